/**
 * Round 48's held-out sets 97-104, scenarios and findings: a service's name and a sport still played or play at school told
 * as no overuse, a back pain's length told over "upper and lower back ache", a dimple "inside of" the cleft, a lower-limb
 * exam told "free", "legs NAD" or "normal legs", and a spinal ultrasound told "not conclusive". Each reading with the
 * look-alikes it must leave alone. Review r48-D took out the exam told "free", "legs NAD", "normal legs" and the ultrasound's
 * "poor acoustic window" as unsafe; those notes are missed again and not asserted (a missed reading is no behaviour to keep).
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const scenarioOf = (...lines: string[]) => readNote(...lines).scenario;
const rulesOf = (...lines: string[]) => readNote(...lines).rules;
const priorsOf = (...lines: string[]) => (readNote(...lines).facts.prior ?? []).map((p) => `${p.modality}:${p.result}`);

describe('no overuse in a service named MSK, a sport still played, or play at school (s99, s102)', () => {
  it('reads "Paediatric MSK" and "MSK clinic" as a service, no overuse', () => {
    assert.equal(scenarioOf('MRI VETTING - Paediatric MSK', 'Request: MRI lumbar spine. 12F. Low back pain 2/52. No fever.'), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('12F referred to MSK clinic. Low back pain 2/52. No fever. Plan: MRI L-spine'), 'back-pain-no-red-flags');
  });

  it('keeps "MSK back pain" and "likely musculoskeletal" as overuse', () => {
    assert.equal(scenarioOf('12F. MSK back pain 2/52. No fever. Plan: MRI L-spine'), 'back-pain-overuse');
    assert.equal(scenarioOf('12F. Low back pain 2/52, likely musculoskeletal. No fever. Plan: MRI L-spine'), 'back-pain-overuse');
  });

  it('reads a sport the child is "still playing" as activity unchanged, no overuse', () => {
    assert.equal(scenarioOf('13yo girl. Lower back pain x 1 wk, no injury. Still playing netball. No fever. Plan: XR L-spine'), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('13yo girl. Lower back pain x 1 wk. Continues to play football. No fever. Plan: XR L-spine'), 'back-pain-no-red-flags');
  });

  it('keeps the sport the pain came after, or played hard, as overuse', () => {
    assert.equal(scenarioOf('13yo girl. Lower back pain x 1 wk after netball, still playing netball. No fever. Plan: XR L-spine'), 'back-pain-overuse');
    assert.equal(scenarioOf('13yo girl. Lower back pain x 1 wk, plays netball 5x/week. No fever. Plan: XR L-spine'), 'back-pain-overuse');
  });

  it('reads "running about at school" as play, no overuse', () => {
    assert.equal(scenarioOf('7yo boy, back ache for a week. No fever, running about at school. Plan: US lumbar spine'), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('7yo boy, back ache for a week. No fever, running around with friends. Plan: US lumbar spine'), 'back-pain-no-red-flags');
  });

  it('keeps running told with the pain or as a sport', () => {
    assert.equal(scenarioOf('7yo boy, back ache for a week when running about at school. No fever. Plan: US lumbar spine'), 'back-pain-overuse');
    assert.equal(scenarioOf('7yo boy, back ache for a week. No fever. Cross-country running at school. Plan: US lumbar spine'), 'back-pain-overuse');
  });
});

describe('a back pain\'s length told over "upper and lower back ache" (s101)', () => {
  it('reads "2 months of upper and lower back ache" as pain over 4 weeks', () => {
    assert.equal(scenarioOf('14 yo M, 2 months of upper and lower back ache. No fever. Plan: XR L-spine'), 'back-pain-red-flags');
    assert.equal(scenarioOf('14 yo M, 2 months of mid and low back pain. No fever. Plan: XR L-spine'), 'back-pain-red-flags');
  });

  it('leaves a short length, and a length of something else, alone', () => {
    assert.equal(scenarioOf('14 yo M, 2 weeks of upper and lower back ache. No fever. Plan: XR L-spine'), 'back-pain-no-red-flags');
    assert.equal(scenarioOf('14 yo M, 2 months of physio and lower back ache. No fever. Plan: XR L-spine'), 'back-pain-no-red-flags');
  });
});

describe('a simple dimple "inside of" the cleft; the legs\' exam told "free", "legs NAD" or "normal legs" taken out (s98, s99)', () => {
  const dimple = 'Sacral dimple, 3 mm, inside natal cleft, 1.5 cm above anus.';

  it('reads "inside of gluteal cleft" as within the cleft', () => {
    assert.ok(rulesOf('2 yo M. Sacral dimple, 3mm, inside of gluteal cleft, 1 cm from anus. Neuro normal. Plan: MRI L-spine').includes('simple-dimple'));
  });

  it('leaves "not inside of" the cleft, and another finding inside of it, alone', () => {
    const rules = rulesOf('2 yo M. Sacral dimple, 3mm, not inside of gluteal cleft, 1 cm from anus. Neuro normal. Plan: MRI L-spine');
    assert.equal(rules.includes('simple-dimple'), false);
    assert.ok(rules.includes('dimple-undescribed'));
    const other = rulesOf('2 yo M. Sacral dimple 3mm 1 cm from anus, above the cleft. Rash inside of gluteal cleft. Neuro normal. Plan: MRI L-spine');
    assert.equal(other.includes('simple-dimple'), false);
  });

  it('leaves an exam told "not free", not done, a parent\'s word or a deficit alone', () => {
    for (const exam of ['Neurological examination of lower limbs not free.', 'Legs not examined.', 'Mum says normal legs.']) {
      assert.equal(readNote('3 yo M.', dimple, exam, 'Plan: MRI L-spine').facts.neuro.state, 'unknown', exam);
    }
    assert.equal(readNote('3 yo M.', dimple, 'Neuro exam: weak L leg, pain free.', 'Plan: MRI L-spine').facts.neuro.state, 'abnormal');
  });
});

describe('a spinal ultrasound told "not conclusive" (s99)', () => {
  const skin = '2 mo F. Sacral dimple and hair tuft.';

  it('reads it indeterminate, so a repeat ultrasound is flagged', () => {
    const lines = [skin, 'Spinal US at 3 weeks: conus could not be clearly delimited, finding not conclusive.', 'Plan: repeat spinal US in 4 weeks'];
    assert.deepEqual(priorsOf(...lines), ['US:indeterminate']);
    assert.ok(rulesOf(...lines).includes('next-study-after-ultrasound'));
  });

  it('leaves a conclusive study and a study still to do alone', () => {
    assert.deepEqual(priorsOf(skin, 'Spinal US at 3 weeks: conus at L1, normal; the result is conclusive.', 'Plan: MRI L-spine'), ['US:normal']);
    assert.deepEqual(priorsOf(skin, 'Plan: spinal US; if not conclusive MRI.'), []);
  });
});

describe('a request form\'s "Clinical history:" tells the presenting complaint (s99)', () => {
  const form = (history: string) => [
    'REQUEST FOR X-RAY',
    'Age: 3 months   Sex: M',
    `Clinical history: ${history}`,
    'Investigation requested: Plain X-ray of lumbosacral spine AP and lateral views.',
  ];

  it('reads the marker it tells', () => {
    const r = readNote(...form('soft swelling on the lower back since birth, midline, with a reddish strawberry-like haemangioma on top of it.'));
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(r.rules.includes('inappropriate-initial-study'));
  });

  it("leaves a denied marker and a relative's alone", () => {
    assert.equal(scenarioOf(...form('no swelling, no haemangioma, no dimple. Well baby.')), 'no-criteria');
    assert.equal(scenarioOf(...form("mother has a haemangioma on her back. Baby's skin normal.")), 'no-criteria');
  });
});

describe("review r48-D: look-alikes of the round's readings", () => {
  const pain = '13yo girl. Lower back pain x 1 wk.';
  const xr = 'No fever. Plan: XR L-spine';

  it('A: keeps a sport still played hard, or with the pain, as overuse', () => {
    for (const sport of [
      'Still playing netball 6 days a week.',
      'Still plays football, trains daily.',
      'Still playing football 3x/week, no change.',
      'still doing ballet 15 hrs/wk.',
      'Still plays tennis competitively.',
      'Still playing rugby for county U15s, 5 sessions/wk.',
      'Still doing gymnastics at elite level.',
      'Still plays cricket - fast bowler.',
      'Still playing football but pain after every match.',
      'hurts when she bowls. Still playing cricket.',
      'Continues to play rugby, pain worse with tackling.',
      'Still does tennis; pain on serving.',
      'Still playing basketball, pain when jumping.',
      'Still able to do gymnastics but hurts on back walkovers.',
      'Continues to play football through the pain.',
      'Continuing to play football despite being asked to rest.',
    ])
      assert.equal(scenarioOf(pain, sport, xr), 'back-pain-overuse', sport);
    assert.equal(scenarioOf('13yo girl. Lower back pain x 1 wk, still playing netball 6 days a week. No fever. Plan: XR L-spine'), 'back-pain-overuse');
  });

  it('B: keeps "paediatric MSK back pain" and play with the pain after it as overuse', () => {
    assert.equal(scenarioOf('12F. Impression: paediatric MSK back pain. No fever. Plan: XR L-spine'), 'back-pain-overuse');
    assert.equal(scenarioOf('7yo boy, back ache for a week. No fever. Running about in the playground, pain after. Plan: US lumbar spine'), 'back-pain-overuse');
  });

  it('C: reads no normal exam from a questioned, future, past, skin or joint exam, or a deficit', () => {
    const dimple = '3 yo M. Sacral dimple, 3 mm, inside natal cleft, 1.5 cm above anus.';
    for (const exam of [
      'Neuro exam to be repeated when pain free.',
      'Neuro exam once pain-free.',
      'Will complete neurological exam when symptom free.',
      'Repeat neuro exam when free of pain.',
      'Neurological examination of lower limbs free? to be confirmed by senior.',
      'Neurological examination of lower limbs - free? Uncooperative.',
      'Legs NAD? Check with senior.',
      '? legs NAD',
      'Legs NAD? Neuro exam next week.',
      'Normal legs? To examine next visit.',
      'Neurological examination of lower limbs free at last visit, today not examined.',
      'Neurological examination of lower limbs free at 6 week check. Not examined today.',
      'Neurological examination of lower limbs free per previous notes; not repeated today.',
      'Neuro exam free per referral letter; we have not examined.',
      "Legs NAD was the previous registrar's finding; I have not examined.",
      'Last seen 6 months ago: legs NAD. Not examined today.',
      'Skin: legs NAD, no rash.',
      'Lower limbs NAD for varicella rash.',
      'Legs NAD (hips/joints only).',
      'Gen exam: chest clear, legs NAD (skin/joints). Neuro not done.',
      'Lower limbs NAD; did not examine neuro.',
      'Legs NAD - not formally examined.',
      'Normal legs, neuro not assessed.',
      'Normal legs skin, neuro not examined.',
      'Neuro exam normal? to confirm.',
      'Neuro exam normal per previous notes; not repeated today.',
      'Neuro exam normal at 6 week check. Not examined today.',
      'Neuro exam to be done when normal sleep resumes.',
    ]) {
      assert.equal(readNote(dimple, exam, 'Plan: MRI L-spine').facts.neuro.state, 'unknown', exam);
      assert.equal(rulesOf(dimple, exam, 'Plan: MRI L-spine').includes('simple-dimple'), false, exam);
    }
    assert.notEqual(readNote(dimple, 'Power: free against gravity only L leg.', 'Plan: MRI L-spine').facts.neuro.state, 'normal');
    const infant = '2 mo F. Sacral dimple, 3 mm, inside natal cleft, 1.5 cm above anus.';
    assert.equal(readNote(infant, 'Legs NAD? Check with senior.', 'Plan: spinal US').facts.neuro.state, 'unknown');
    const back = '12 yo M. Low back pain for 3 weeks. No fever.';
    for (const exam of [
      'Neuro exam to be repeated when pain free.',
      'Legs NAD? to confirm.',
      'Normal legs? to examine.',
      'Legs NAD; neuro not examined.',
      'Normal legs at birth. Now toe walking and L foot drop.',
      'Neurological examination of lower limbs free at birth (NIPE); today L foot drop.',
      'Legs NAD by GP 2 months ago; now weak.',
      'Lower limbs NAD except L pes cavus.',
      'Legs NAD, urinary dribbling.',
      'Exam incl legs NAD. Gait: waddling, frequent falls.',
      'Neurological exam free. Dribbling urine constantly.',
    ])
      assert.notEqual(readNote(back, exam, 'Plan: MRI L-spine').facts.neuro.state, 'normal', exam);
  });

  it('D: reads a spinal US scheduled or conclusive despite its window as no indeterminate study', () => {
    const four = '4 mo F. Sacral dimple and hair tuft.';
    const lines = [four, 'Spinal US: poor acoustic window expected at this age; scheduled.', 'Plan: spinal US'];
    assert.equal(priorsOf(...lines).includes('US:indeterminate'), false);
    assert.equal(rulesOf(...lines).includes('next-study-after-ultrasound'), false);
    const skin = '2 mo F. Sacral dimple and hair tuft.';
    assert.deepEqual(priorsOf(skin, 'Spinal US at 3 weeks: poor acoustic window but conus clearly at L1 and normal.', 'Plan: repeat spinal US'), ['US:normal']);
    assert.deepEqual(priorsOf(skin, 'Spinal US at 3 weeks: conus not clearly delimited but terminates at L1-2, normal.', 'Plan: repeat spinal US'), ['US:normal']);
  });

  it('E: reads no simple dimple where its place is asked or it discharges', () => {
    for (const d of [
      'Sacral dimple, 3mm, ?inside of gluteal cleft, 1 cm from anus.',
      'Sacral dimple, 3mm, ?inside gluteal cleft, 1 cm from anus.',
      'Sacral dimple, 3mm, 1 cm from anus, inside gluteal cleft, discharging.',
      'Sacral dimple, 3mm, 1 cm from anus, inside of gluteal cleft, discharging.',
    ])
      assert.equal(rulesOf('2 yo M.', d, 'Neuro normal. Plan: MRI L-spine').includes('simple-dimple'), false, d);
    assert.ok(rulesOf('2 yo M.', 'Sacral dimple, 3mm, 1 cm from anus, inside of gluteal cleft, not discharging.', 'Neuro normal. Plan: MRI L-spine').includes('simple-dimple'));
  });

  it('F: reads no marker asked in "Clinical history:" and not seen on exam', () => {
    const r = readNote(
      'REQUEST FOR X-RAY',
      'Age: 3 months   Sex: M',
      'Clinical history: ?haemangioma lower back, mum not sure, not seen on exam today.',
      'Investigation requested: Plain X-ray of lumbosacral spine AP and lateral views.',
    );
    assert.equal(r.scenario, 'no-criteria');
    assert.equal(r.rules.includes('inappropriate-initial-study'), false);
  });
});
