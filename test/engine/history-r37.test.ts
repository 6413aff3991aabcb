/**
 * Round 37 (clinical English of writers trained in central and eastern Europe, the Netherlands and China; UK, Irish and
 * Canadian GP letters; NICU discharge summaries): ages told 'Concerning: Daan, 15 months', 'Pat. 17 J., m.',
 * '18 y. 2 m.', 'Pt: 8M, male.'; a weight told falling is no fall; an injury of unknown
 * detail is unclear, tenderness or not; a banged back is a trivial injury; pain at the thoracolumbar junction or on
 * flexion of the spine is back pain; 'Ds:' is the diagnosis; a worry about 'the possibility of relapse'; a Dutch 'X-LWK'
 * is a radiograph; a weak reflex is an exam sign, a foot turning inward a deformity; 'St. Mary's' ends no sentence; a
 * Dutch neurosurgery clinic's heading. Each with the look-alikes that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { WEEK, ageOf, categoryPresentIn, presentIn, readNote, traumaOf } from '../helpers';

const XR = 'Plan: XR lumbar spine AP/lat.';

describe('r37: ages', () => {
  it("'Concerning:' and 'Betreft:' head a letter's patient line as 'Re:' does", () => {
    assert.equal(ageOf('To: department of paediatrics', 'Concerning: Daan, 15 months', 'Sacral dimple, 2 mm.', XR), 15);
    assert.equal(ageOf('Betreft: Daan, 15 months', 'Sacral dimple, 2 mm.', XR), 15);
  });
  it("'Concerning:' naming no one, or with a complaint in the age's clause, tells no age", () => {
    assert.equal(ageOf('Concerning: Monday, 3 weeks', 'Sacral dimple, 2 mm.', XR), undefined);
    assert.equal(ageOf('Concerning: Daan, 3 weeks back pain', XR), undefined);
  });
  it("German 'J.' and 'Jahre' are years", () => {
    assert.equal(ageOf('Pat. 17 J., m. Motorcycle accident, GCS 14.', 'Plan: CT cervical spine native.'), 204);
    assert.equal(ageOf('Patient: 8 Jahre, w.', 'Back pain.', XR), 96);
  });
  it("an abbreviated unit keeps its full stop before the next component ('18 y. 2 m.')", () => {
    assert.equal(ageOf('Patient: M., 18 y. 2 m.', 'Lumbalgia.', XR), 218);
    assert.equal(ageOf('Patient: 1 y. 1 m. (13 months)', 'Dimple.', XR), 13);
  });
  it('a full stop after a unit written out, or a component that does not close the age, ends it', () => {
    assert.equal(ageOf('Patient: 14 y. 3 d ago fell from a bike.', XR), 168);
    assert.equal(ageOf('Patient: 5 years. 3 mo history of back pain.', XR), 60);
  });
  it("'8M, male' (the sex its own comma item) is months; '8M' before a complaint stays years", () => {
    assert.equal(ageOf('Pt: 8M, male.', 'Lumbosacral haemangioma.', XR), 8);
    assert.equal(ageOf('Pt: 8M, female.', 'Lumbosacral haemangioma.', XR), 8);
    assert.equal(ageOf('Pt: 8M, back pain for 2 weeks.', XR), 96);
    assert.equal(ageOf('4Y M. C/C: back pain for 1 week.', XR), 48);
  });
  it("'Age at d/c' (a discharge's age) is not taken as today's age: the age is asked for, as on main", () => {
    const dc = readNote(
      'NICU DISCHARGE SUMMARY',
      'Age at d/c: 9 weeks.',
      'Seen in clinic today at 7 months. Sacral dimple 3 mm in cleft 1 cm from anus.',
      'Order: US lumbar spine',
    );
    assert.notEqual(dc.facts.age?.months, 9 * WEEK);
    assert.ok(dc.rules.includes('missing-age') || dc.rules.includes('ultrasound-window-closed'));
    const alone = readNote('Age at d/c: 2 weeks', 'Sacral dimple, deep, 8 mm above cleft.', 'Order: MRI lumbar spine');
    assert.ok(alone.rules.includes('missing-age'));
    assert.equal(alone.rules.includes('mri-first-in-young-infant'), false);
  });
});

describe('r37: trauma', () => {
  const LETTER = ['Many thanks for seeing Jacob, an 11 year old boy with a 5 week history of low back pain which is worse at night.'];
  it('a weight told falling is no fall', () => {
    assert.equal(traumaOf(...LETTER, 'He has dropped from 36 kg in September to 33.4 kg today. No injury.', XR), 'none');
    assert.equal(traumaOf(...LETTER, 'Weight dropped by 2 kg. No injury.', XR), 'none');
    assert.equal(presentIn('weight-loss', ...LETTER, 'Mum feels he has lost weight and he has dropped from 36 kg in September to 33.4 kg today.', XR), true);
  });
  it('a child dropped, or dropped from a height, is still an injury', () => {
    assert.equal(traumaOf('2 yo, back pain. Dropped from 1 m onto a tiled floor yesterday.', XR), 'significant');
    assert.notEqual(traumaOf('1 yo, back pain. He was dropped from the changing table.', XR), 'none');
  });
  it('an injury of unknown detail is unclear, and spinal tenderness beside it does not make it significant', () => {
    const lines = ['4Y M. C/C: back pain for 1 week after injury at kindergarten.', 'Teacher said he injured his back in kindergarten, details unknown.'];
    assert.equal(traumaOf(...lines, 'PE: mild tenderness at lower back.', XR), 'unclear');
    assert.deepEqual(readNote(...lines, 'PE: mild tenderness at lower back.', XR).rules.includes('trauma-mechanism-unclear'), true);
  });
  it('an injury with tenderness and no word of an unknown mechanism stays significant', () => {
    assert.equal(traumaOf('4Y M. C/C: back pain for 1 week after injury at kindergarten.', 'PE: mild tenderness at lower back.', XR), 'significant');
    assert.equal(traumaOf('12 yo M fell off the roof yesterday, details unknown. Tender over L1.', XR), 'significant');
  });
  it('a banged back is a trivial injury', () => {
    assert.equal(traumaOf('He banged his lower back off the corner of the couch 3 days ago. Back sore.', XR), 'trivial');
    assert.equal(traumaOf('She knocked her back against the door frame. Back sore.', XR), 'trivial');
  });
  it('a banged back in a high-energy mechanism, or denied, is read as that', () => {
    assert.equal(traumaOf('He banged his back in a car crash at 80 km/h. Back pain.', XR), 'significant');
    assert.equal(traumaOf('Back pain. No trauma; never banged his back.', XR), 'none');
  });
});

describe('r37: back pain', () => {
  it('pain at the thoracolumbar junction and pain on flexion of the spine are back pain', () => {
    assert.equal(presentIn('back-pain', '15-year-old male, skiing fall. Complaints of pain in the thoracolumbar junction, no paraesthesias.'), true);
    assert.equal(presentIn('back-pain', 'Child 2 years. Fever 3 days. Status: lies quietly, pain on flexion of the spine.'), true);
  });
  it('denied, or of the knee, it is not', () => {
    assert.equal(presentIn('back-pain', 'Knee: pain on flexion of the knee.'), false);
    assert.equal(presentIn('back-pain', 'No pain on flexion of the spine.'), false);
    assert.equal(presentIn('back-pain', 'No pain in the thoracolumbar junction.'), false);
  });
  it('a side alone keeps a denied list denied', () => {
    assert.equal(categoryPresentIn('urologic-symptom', 'Back pain. Denies fever, night pain, radiation on the right, incontinence.'), false);
  });
});

describe('r37: the diagnosis and the suspicion', () => {
  const PAIN = 'Boy, 6 years. Complaints of pain in the lower back, fever up to 38,6 for 4 days.';
  it("'Ds:' and 'Preliminary Ds:' are the diagnosis", () => {
    assert.equal(readNote(PAIN, 'Preliminary Ds: Spondylodiscitis L3-L4?', 'Plan: MRT of lumbar spine with contrast.').scenario, 'back-pain-infection-tumor');
    assert.equal(readNote(PAIN, 'Ds: spondylodiscitis.', 'Plan: MRT of lumbar spine with contrast.').scenario, 'back-pain-infection-tumor');
  });
  it("a 'Ds:' of a muscular pain suspects nothing", () => {
    assert.equal(readNote('Patient 16 y. Pain in lumbar region after deadlift, 10 days.', 'Ds: Lumbalgia, muscular strain.', XR).scenario, 'back-pain-overuse');
  });
  const ALL = 'Completed treatment for ALL in 2022 and in remission since. 3 week history of mid back pain, waking her at night.';
  it("'concerned about the possibility of relapse' suspects the cancer's return", () => {
    assert.equal(readNote(ALL, 'Mum and I are both concerned about the possibility of relapse.').scenario, 'back-pain-infection-tumor');
  });
  it('a cancer history alone, with night pain, stays a red flag', () => {
    assert.equal(readNote(ALL, 'Neuro exam normal.').scenario, 'back-pain-red-flags');
  });
});

describe("r37: a Dutch 'X-LWK' radiograph", () => {
  const PAIN = '15-year-old boy, gymnast. Low back pain for 3 months, worse with extension.';
  it('told with a finding is a positive prior radiograph', () => {
    const r = readNote(PAIN, 'X-LWK (10-03-2025, elsewhere): lysis of pars interarticularis L5 bilateral suspected, no listhesis.', 'Request: CT lumbar spine.');
    assert.equal(r.scenario, 'back-pain-red-flags-positive-radiographs');
  });
  it('told normal is a negative one', () => {
    assert.equal(readNote(PAIN, 'X-LWK: normal.', 'Request: CT lumbar spine.').scenario, 'back-pain-red-flags-negative-radiographs');
  });
  it("'x lumbar' apart ('for') is no study", () => {
    assert.deepEqual(readNote(PAIN, 'PT x lumbar strain, 6 sessions.', 'Request: CT lumbar spine.').facts.prior, []);
  });
});

describe('r37: a weak reflex and a foot turning inward', () => {
  it('a reflex told weak is an abnormal exam, not the symptom of weakness', () => {
    const r = readNote('CC: lumbosacral red patch since birth.', 'PE: lumbosacral haemangioma 1.5x1 cm. Ankle reflex weak on left.', 'Plan: MRI lumbar spine.');
    assert.equal(r.facts.neuro.state, 'abnormal');
    assert.equal(
      r.facts.hits.some((h) => h.finding.category === 'neurologic-symptom' && h.present),
      false,
    );
    assert.equal(presentIn('weakness', '13-year-old boy. Status: knee reflexes symmetric, ankle reflex weaker on the left.'), false);
  });
  it('a weak leg is still weakness', () => {
    assert.equal(presentIn('weakness', 'Back pain. Left leg weaker, ankle reflex weak on left.'), true);
  });
  it('a foot turning inward is a foot deformity', () => {
    assert.equal(presentIn('foot-deformity', 'CC: lumbosacral red patch since birth; left foot turning inward for 1 month.'), true);
    assert.equal(presentIn('foot-deformity', 'PE: Left foot varus, right foot normal.'), true);
  });
  it("denied, or a relative's, it is not", () => {
    assert.equal(presentIn('foot-deformity', 'Dimple. No foot turning inward, feet normal.'), false);
    assert.equal(presentIn('foot-deformity', 'Dimple. Brother has a foot turning inward.'), false);
  });
});

describe("r37: a prior study at a place named with a title's full stop", () => {
  const priors = (r: ReturnType<typeof readNote>) => r.facts.prior.map((p) => `${p.modality}:${p.result}`);
  it("'(St. Mary's)' ends no sentence: the study keeps its result", () => {
    const r = readNote(
      'Gen Peds f/u - 5 mo M',
      "Hx sacral dimple. Spinal US at 6 wks (St. Mary's): conus terminates at L3, ?thickened filum - read as abnormal/low-lying conus.",
      'Plan: MRI lumbar spine w/o contrast.',
    );
    assert.deepEqual(priors(r), ['US:abnormal']);
    assert.ok(r.rules.includes('referral-after-abnormal-ultrasound'));
  });
  it("'(Dr. Lee)': a normal study stays normal", () => {
    assert.deepEqual(priors(readNote('5 mo M, sacral dimple.', 'Spinal US at 6 wks (Dr. Lee): normal, conus at L1.', 'Plan: MRI lumbar spine.')), ['US:normal']);
  });
});

describe("r37: a Dutch neurosurgery clinic's heading", () => {
  const referralOf = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;
  const body = ['3-year-old boy, referred by the paediatrician because of a dermal sinus at L5.', 'Plan: MRI lumbosacral spine without contrast.'];
  it("'Polikliniek kinderneurochirurgie' is neurosurgery's own note", () => {
    assert.equal(referralOf('Polikliniek kinderneurochirurgie', ...body), true);
    assert.equal(referralOf('Polikliniek neurochirurgie', ...body), true);
  });
  it("a paediatric or neurology clinic's is not", () => {
    assert.equal(referralOf('Polikliniek kinderneurologie', ...body), false);
    assert.equal(referralOf('Kinderarts polikliniek', ...body), false);
  });
});

describe('r37 review: weakness beside a reflex (H1, H9)', () => {
  const cases: [string, string][] = [
    ['10 yo M LBP 3 wks. Exam: left leg weak, reflexes normal.', 'Order: MRI L-spine'],
    ['11 yo M LBP. Left ankle dorsiflexion weak, reflexes 2+ symmetric.', 'Order: MRI lumbar spine'],
    ['9 yo. Back pain 2 weeks. Both legs feel weak, reflexes present.', 'Order: MRI lumbar spine'],
    ['15 yo M LBP 2 wks. He says his legs are weak. Reflexes normal, power 5/5.', 'Order: XR lumbar spine'],
    ['12 yo F LBP 2 wks. Legs weak, reflexes brisk.', 'Order: MRI lumbar spine'],
    ['7 yo, LBP 2 weeks. Grip weak, reflexes reduced at ankles.', 'Order: MRI lumbar spine'],
  ];
  it("a weak leg, grip or ankle before a comma or a full stop and 'reflexes' is still weakness, a red flag", () => {
    for (const lines of cases) {
      const r = readNote(...lines);
      assert.equal(presentIn('weakness', ...lines), true, lines[0]);
      assert.equal(r.scenario, 'back-pain-red-flags', lines[0]);
      assert.equal(r.rules.includes('not-appropriate-for-scenario'), false, lines[0]);
    }
    assert.equal(readNote('10 yo M LBP 3 wks. Exam: left leg weak, reflexes normal.', 'Order: MRI L-spine').facts.neuro.state, 'abnormal');
  });
  it('the same with CRLF line ends', () => {
    assert.equal(readNote('10 yo M LBP 3 wks. Exam: left leg weak, reflexes normal.\r', 'Order: MRI L-spine\r').scenario, 'back-pain-red-flags');
  });
  it("a weak leg before '; reflexes' in an infant with a marker still escalates", () => {
    assert.ok(readNote('8 mo F, hair tuft at L5. Left leg looks weak; reflexes present and symmetric.', 'Order: US lumbar spine').rules.includes('escalation-referral'));
  });
  it("'Weak reflex?' asked about is no abnormal exam, and the warning main gave stays", () => {
    const r = readNote('3 mo M, lumbosacral hemangioma 1 cm. Weak reflex? - recheck at next visit, exam otherwise normal.', 'Order: US lumbar spine');
    assert.notEqual(r.facts.neuro.state, 'abnormal');
    assert.ok(r.rules.includes('escalation-referral'));
  });
});

describe('r37 review: focal spinal tenderness beside an unknown mechanism (H2)', () => {
  it('tenderness at a level or point tenderness after an injury stays significant, circumstances unknown or not', () => {
    const a = ['6 yo F back pain after a fall at daycare, circumstances unknown. Spinal tenderness at L4.', 'Order: XR L spine'];
    assert.equal(traumaOf(...a), 'significant');
    assert.equal(readNote(...a).scenario, 'spine-trauma-thoracolumbar');
    assert.equal(traumaOf(...a.map((l) => l + '\r')), 'significant');
    const b = ['15 yo M found at bottom of ramp after skateboard accident, circumstances unclear. Point tender T12.', 'Order: CT thoracolumbar spine'];
    assert.equal(traumaOf(...b), 'significant');
    assert.equal(readNote(...b).rules.includes('not-appropriate-for-scenario'), false);
    assert.equal(traumaOf('6 yo F back pain after a fall at daycare, circumstances unknown. Midline tenderness over the lumbar spine.', 'Order: XR L spine'), 'significant');
    assert.equal(traumaOf('6 yo F back pain after a fall at daycare, circumstances unknown. Tender over the spinous processes.', 'Order: XR L spine'), 'significant');
  });
  it('a tenderness naming no focus beside an unknown mechanism reads unclear', () => {
    assert.equal(traumaOf('6 yo F back pain after a fall at daycare, details unknown. Back sore, mild tenderness at lower back.', 'Order: XR L spine'), 'unclear');
  });
});

describe('r37 review: a foot turning inward that is no deformity (H3)', () => {
  const DIMPLE = '4 mo F sacral dimple 3 mm in cleft 1 cm from anus.';
  it('positional, flexible, correcting, metatarsus adductus or only when lying: a simple dimple stays simple', () => {
    for (const lines of [
      ['4 mo F, sacral dimple 2 mm in cleft 1 cm from anus, neuro nl. Metatarsus adductus, foot turns in, flexible. ', 'Order: US lumbar spine'],
      [DIMPLE + ' Positional foot turning inward (in utero), corrects passively. Neuro nl.', 'Order: US lumbar spine'],
      [DIMPLE + ' Left foot turning inward for 2 weeks, corrects passively. Neuro nl.', 'Order: US lumbar spine'],
      [DIMPLE + ' Mum reports her foot turning inward when she lies on her tummy, which corrects fully.', 'Order: US lumbar spine'],
      ['2 yo sacral dimple 3 mm in cleft, 1 cm from anus. Twisted ankle yesterday - foot turned inward when he tripped on a step. Neuro normal.', 'Order: US lumbar spine'],
    ]) {
      const r = readNote(...lines);
      assert.equal(presentIn('foot-deformity', ...lines), false, lines[0]);
      assert.equal(r.rules.includes('escalation-referral'), false, lines[0]);
    }
  });
  it('an ankle injury with the foot turned inward is no foot deformity', () => {
    assert.equal(presentIn('foot-deformity', '12 yo M. Ankle sprain, foot turned inward playing football. Also mild LBP.', 'Order: XR lumbar spine'), false);
    assert.equal(presentIn('foot-deformity', '14 yo F. LBP. Rolled ankle - foot turned inward on a kerb last week. Neuro normal.', 'Order: XR L-spine'), false);
  });
  it('a foot turning inward for a time, not correcting, is', () => {
    assert.equal(presentIn('foot-deformity', DIMPLE + ' Left foot turning inward for 2 weeks. Neuro nl.', 'Order: US lumbar spine'), true);
  });
});

describe("r37 review: 'NM, male' as months only for an infant's note (H5)", () => {
  it('twelve and over, or with back pain, a sport or school in the note, it stays years', () => {
    assert.equal(ageOf('Pt: 15M, male. LBP 2 weeks.', 'Order: XR lumbar spine'), 180);
    assert.equal(ageOf('Pt: 10M, male, football. LBP 3 wks after tackle.', 'Order: XR lumbar spine'), 120);
    assert.equal(ageOf('Pt: 14M, Male, LBP 6 weeks, night pain.', 'Order: MRI lumbar spine'), 168);
    assert.equal(ageOf('15M, male scout, LBP 2 weeks after hike.', 'Order: XR lumbar spine'), 180);
    assert.equal(ageOf('Pt: 8M, male.', 'Back pain 2 weeks.', XR), 96);
  });
  it("below twelve in a marker's note it is months", () => {
    assert.equal(ageOf('Pt: 8M, male.', 'Lumbosacral haemangioma.', XR), 8);
  });
});

describe('r37 review: an abbreviated unit joined only where the age plainly ends (H6)', () => {
  it("a duration after the age ('2 wk. history of', '4 mo. of', '2 d. ago') stays out of it", () => {
    assert.equal(ageOf('Girl 6 mo. 2 wk. history of sacral dimple, 3 mm, in cleft, 1 cm from anus. Neuro nl.', 'Order: US lumbar spine'), 6);
    assert.ok(
      readNote('Girl 6 mo. 2 wk. history of sacral dimple, 3 mm, in cleft, 1 cm from anus. Neuro nl.', 'Order: US lumbar spine').rules.includes('ultrasound-window-closing'),
    );
    assert.equal(ageOf('Girl 10 y. 4 mo. of LBP, night pain.', 'Order: MRI lumbar spine'), 120);
    assert.equal(ageOf('Boy 13 y. 2 d. ago fell off bike, LBP.', XR), 156);
    assert.equal(ageOf('Boy 3 mo. 3 wk. history of red patch over sacrum.', 'Order: US lumbar spine'), 3);
  });
  it("joined before a comma, a bracket, a sex word, 'old' or the line's end", () => {
    assert.equal(ageOf('Pat. 1 J. 3 Mo., m. Sacral dimple.', 'Plan: US lumbar spine'), 15);
    assert.equal(ageOf('Patient: M., 18 y. 2 m.', 'Lumbalgia.', XR), 218);
  });
});

describe('r37 review: a Dutch or German conditional neurosurgery referral (H7)', () => {
  const referralOf = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;
  const PLAN = 'Plan: MRI lumbosacral spine without contrast.';
  it("'indien', 'als', 'wenn', 'falls' make it conditional, not made", () => {
    assert.equal(referralOf('Kinderarts polikliniek', '3-year-old boy with dermal sinus at L5. Verwijzing neurochirurgie na MRI indien afwijkend.', PLAN), false);
    assert.equal(referralOf('3-year-old boy with dermal sinus at L5. Verwijzing neurochirurgie als MRI afwijkend.', PLAN), false);
    assert.equal(referralOf('3-year-old boy with dermal sinus at L5. Überweisung Neurochirurgie falls MRT auffällig.', PLAN), false);
    assert.equal(referralOf('3-year-old boy with dermal sinus at L5. Überweisung Neurochirurgie wenn MRT auffällig.', PLAN), false);
  });
  it('told made, it is made', () => {
    assert.equal(referralOf('3-year-old boy with dermal sinus at L5. Verwezen naar neurochirurgie.', PLAN), true);
  });
});

describe('r37 review: a denied list stays denied after a described item with a side (H8)', () => {
  it('the items after it are not affirmed', () => {
    assert.equal(presentIn('night-pain', '8 yo. Denies fever, mild limp on the right, night pain.', XR), false);
    const r = readNote('12 yo M, LBP 1 wk. Denies numbness, mild tingling on the left, incontinence. ', XR);
    assert.equal(
      r.facts.hits.some((h) => h.finding.id === 'incontinence' && h.present),
      false,
    );
    assert.notEqual(r.scenario, 'back-pain-red-flags');
  });
});

describe('r37 review: the back of another body part is no back injury (H9)', () => {
  it("'banged the back of his head', 'knocked the back of her knee' tell no back injury", () => {
    assert.equal(traumaOf('6 yo. Banged the back of his head on the table. Now LBP 1 day, no deficit.', 'Order: XR L-spine'), 'none');
    assert.equal(traumaOf('7 yo. Knocked the back of her knee on a step. LBP for 3 weeks, nocturnal.', 'Order: MRI L-spine'), 'none');
  });
});

describe('r37 second review: a Dutch or German denial of neurosurgery is no referral (B H1)', () => {
  const US = '3 mo, sacral dimple. US spine at 4 weeks: low-lying conus at L3.';
  const MRI = 'Order: MRI lumbar spine';
  const denials = [
    'Neurochirurgie niet nodig volgens ouders.',
    'Geen verwijzing neurochirurgie.',
    'Neurochirurg: nicht notwendig.',
    'Verwijzing neurochirurgie niet nodig.',
    'Keine Überweisung Neurochirurgie.',
    'Neurochirurgie niet geïndiceerd.',
  ];
  it('the denial reads no referral, and the abnormal ultrasound still asks for one', () => {
    for (const d of denials) {
      const r = readNote(`${US} ${d}`, MRI);
      assert.equal(r.facts.referral.neurosurgery, false, d);
      assert.ok(r.rules.includes('referral-after-abnormal-ultrasound'), `${d}: ${r.rules.join()}`);
      assert.equal(readNote(`${US} ${d}\r`, MRI + '\r').facts.referral.neurosurgery, false, `${d} (CRLF)`);
    }
    assert.equal(readNote('Boy 6 yo, hair tuft sacral. Neurochirurgie niet nodig.', MRI).facts.referral.neurosurgery, false);
  });
  it('a referral told made in Dutch or German stays one', () => {
    for (const made of [
      'Verwijzing neurochirurgie.',
      'Verwezen naar neurochirurgie, niet eerder gezien.',
      'Überweisung Neurochirurgie erfolgt.',
      'Referred to neurochirurgie today.',
    ]) {
      assert.equal(readNote(`Boy 6 yo, hair tuft sacral. ${made}`, MRI).facts.referral.neurosurgery, true, made);
    }
  });
});

describe('r37 second review: tenderness at a junction of the spine is focal (B H4)', () => {
  it('"at the thoracolumbar junction", "at the T/L junction", "lumbosacral junction" keep an injury of unknown detail significant', () => {
    for (const where of ['Tenderness at thoracolumbar junction.', 'Tenderness at the T/L junction.', 'Tenderness at the lumbosacral junction.']) {
      const a = [`10 yo F. Fell at school, details unknown. ${where}`, 'Order: XR thoracolumbar spine'];
      assert.equal(traumaOf(...a), 'significant', where);
      assert.equal(readNote(...a).scenario, 'spine-trauma-thoracolumbar', where);
      assert.equal(readNote(...a).rules.includes('not-appropriate-for-scenario'), false, where);
    }
  });
  it('a diffuse tenderness of the lower back beside an unknown mechanism still reads unclear', () => {
    assert.equal(traumaOf('10 yo F. Fell at school, details unknown. Diffuse tenderness lower back.', 'Order: XR lumbar spine'), 'unclear');
  });
});
