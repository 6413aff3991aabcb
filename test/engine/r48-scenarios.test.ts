/**
 * Round 48's held-out sets 97-104, scenarios and findings: a service's name and a sport still played or play at school told
 * as no overuse, a back pain's length told over "upper and lower back ache", and a spinal ultrasound told "not conclusive".
 * Each reading with the look-alikes it must leave alone. Review r48-D took out the exam told "free", "legs NAD", "normal legs"
 * and the ultrasound's "poor acoustic window" as unsafe; review r48-E took out the dimple "inside of" the cleft, a request
 * form's "Clinical history:" as the presenting complaint, and the guards review D's mend added (a neuro verdict not of
 * today, a discharging dimple, a dimple's asked place, a marker asked and not seen on exam), as they misread real notes.
 * Those notes are missed again and not asserted (a missed reading is no behaviour to keep); review E's probes are tested
 * as read safely.
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

describe('a dimple "inside of" the cleft and the legs\' exam told "free", "legs NAD" or "normal legs" taken out (s98, s99)', () => {
  const dimple = 'Sacral dimple, 3 mm, inside natal cleft, 1.5 cm above anus.';

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

describe('a request form\'s "Clinical history:" (its reading as the presenting complaint taken out, review r48-E)', () => {
  const form = (history: string) => [
    'REQUEST FOR X-RAY',
    'Age: 3 months   Sex: M',
    `Clinical history: ${history}`,
    'Investigation requested: Plain X-ray of lumbosacral spine AP and lateral views.',
  ];

  it("leaves a denied marker and a relative's alone", () => {
    assert.equal(scenarioOf(...form('no swelling, no haemangioma, no dimple. Well baby.')), 'no-criteria');
    assert.equal(scenarioOf(...form("mother has a haemangioma on her back. Baby's skin normal.")), 'no-criteria');
  });

  it('reads no marker asked in it and not seen on exam', () => {
    const r = readNote(...form('?haemangioma lower back, mum not sure, not seen on exam today.'));
    assert.equal(r.scenario, 'no-criteria');
    assert.equal(r.rules.includes('inappropriate-initial-study'), false);
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
});

describe('review r48-E: real notes the taken-out guards misread', () => {
  const dimple = '4 mo. Sacral dimple 3 mm, within natal cleft, 1 cm from anus, base seen.';

  it('reads a normal neuro exam told with the past, a settled child or another thing not checked today as normal', () => {
    for (const exam of [
      'Neuro exam normal at birth and today.',
      'Neuro exam normal. Hips not examined today.',
      'Neuro exam normal, hips not checked today (to GP).',
      'Neuro exam normal; weight not checked today.',
      'Neuro exam normal; hearing not checked today.',
      'Neuro exam normal. Reflexes not assessed today.',
      'Neuro exam normal, as previously.',
      'Neuro exam normal as at 6 week check.',
      'Lower limb neuro normal, as at birth.',
      'Neuro exam normal, as was at last visit.',
      'Neuro exam normal at last visit and today.',
      'Neuro exam normal (previously hypotonic, now resolved).',
      'Neuro exam normal, previously reported leg numbness resolved.',
      'Neuro exam normal (also normal at birth per midwife).',
      'Neuro exam when settled: normal.',
      'Neuro exam once calm normal.',
      'Neuro exam normal? yes, normal.',
    ]) {
      assert.equal(readNote(dimple, exam).facts.neuro.state, 'normal', exam);
      assert.ok(rulesOf(dimple, exam, 'Plan: US spine').includes('simple-dimple'), exam);
    }
    const back = '12yo M. Back pain 4 wks, no night pain, no fever.';
    for (const exam of ['Neuro exam normal, as previously.', 'Neuro exam normal. Hips not examined today.', 'Neuro exam normal at last visit and today.'])
      assert.equal(readNote(back, exam, 'Plan: XR L-spine').facts.neuro.state, 'normal', exam);
  });

  it('keeps a simple dimple simple beside a denied discharge or another part discharging', () => {
    const base = '4 mo. Sacral dimple 3 mm, within natal cleft, 1 cm from anus, base seen';
    const notes = [
      ...[
        'not red or discharging',
        'nil oozing/weeping',
        'no signs of discharge/oozing',
        'not oozing or weeping',
        'without any discharging',
        'has never been discharging',
        'no redness, swelling or discharging',
        '(no tuft, mass, or weeping)',
      ].map((d) => `${base}, ${d}.`),
      ...[
        'Umbilical granuloma oozing.',
        'Weeping eczema on cheeks.',
        'Sticky eye, discharging.',
        'Ear discharging - otitis externa.',
        'Nappy rash, weeping.',
        'Mum worried it was discharging, none seen.',
        'Mum asks if it could start oozing.',
        'Advised to return if discharging.',
        'Safety-net: if red, oozing or swollen see GP.',
      ].map((d) => `${base}. ${d}`),
    ];
    for (const n of notes) assert.ok(rulesOf(n, 'Neuro exam normal. Plan: US spine.').includes('simple-dimple'), n);
  });

  it("reads a dimple's place answered after a question, or told probable, as within the cleft", () => {
    for (const n of [
      '4 mo. Sacral dimple 3 mm, 1 cm from anus, base seen. Position? within natal cleft.',
      '4 mo. Sacral dimple 3 mm, 1 cm from anus, base seen, probably within natal cleft.',
    ])
      assert.ok(rulesOf(n, 'Neuro exam normal. Plan: US spine.').includes('simple-dimple'), n);
  });

  it('keeps a haemangioma asked and confirmed, with another marker not seen on exam', () => {
    for (const n of [
      '4 mo. ? haemangioma over L5 - 2 cm red plaque, tuft not seen on examination.',
      '4 mo. ?haemangioma lower back - confirmed 2 cm, hair tuft not seen on exam.',
      '4 mo. ?hairy patch over sacrum, 3 cm, base of dimple not seen on exam.',
      '4 mo. ?haemangioma over sacrum, 2cm, dimple not seen on exam.',
      '4 mo. Lumbosacral ?haemangioma 2 cm, base not seen on exam.',
      '4 mo. ?haemangioma lumbosacral 2cm, dimple not found on exam.',
    ])
      assert.equal(scenarioOf(n, 'Neuro exam normal. Plan: US spine.'), 's1-cutaneous-marker', n);
  });
});
