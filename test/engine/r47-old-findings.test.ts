/**
 * r47 (review's OLD harms, findings, people and ages): a haemangioma seen on a study is a bone's; "unlikely X" doubts X;
 * "hx of X <length>" tells today's complaint's length; a spoken full stop or comma in a note of few spoken marks is a mark;
 * a finding "in/on" a relative is the relative's; a young mother's age is not her baby's. Each with its look-alikes.
 */
import * as assert from 'node:assert/strict';
import { WEEK, ageOf, near, presentIn, readNote } from '../helpers';

const hitsOf = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.filter((h) => h.finding.id === id);

describe('r47: a haemangioma seen on a study is no skin marker', () => {
  for (const t of [
    'Hemangioma at T12 on prior MRI, stable.',
    'MRI 2024 showed a small hemangioma in T11.',
    'Incidental haemangioma L3 on outside CT.',
    'hemangioma L3 seen on the 2024 L-spine MRI',
    'Haemangioma at L1 on previous imaging, unchanged.',
  ])
    it(`"${t}" is a bone's`, () => assert.equal(presentIn('hemangioma', 'Pt: 12 y F', `HPI: back pain 2 wks, no fever. ${t}`, 'Exam: neuro intact', 'Order: XR L-spine'), false));
  // Harmful if wrong: a skin haemangioma of the back asks for spinal imaging.
  for (const t of [
    'Skin: haemangioma over the sacrum, 2 cm, no dimple',
    'Exam: small strawberry hemangioma at the gluteal cleft',
    'HPI: large sacral hemangioma on MRI, no spinal extension',
    'HPI: hemangioma on US over the lower back, no spinal extension',
    'HPI: hemangioma at L2 for MRI',
    'Exam: hemangioma at L4 noted on exam, 2 cm',
    'HPI: incidental finding on exam: flat red hemangioma with hair tuft over L2-3.',
  ])
    it(`"${t}" stays a skin marker`, () =>
      assert.equal(
        hitsOf('hemangioma', 'Pt: 3 mo F', t, 'Order: US lumbar spine').some((h) => h.present) ||
          hitsOf('large-hemangioma', 'Pt: 3 mo F', t, 'Order: US lumbar spine').some((h) => h.present),
        true,
      ));
});

describe('r47: "unlikely X" doubts the suspicion', () => {
  for (const t of ['Unlikely discitis/CRMO.', 'Imp: unlikely infection or tumour, mechanical.', 'Improbable osteomyelitis.', 'Doubt infection.', 'Low suspicion for tumour.'])
    it(`"${t}" suspects nothing`, () =>
      assert.equal(readNote('Pt: 9 y F', `HPI: back pain 3 weeks, no fever. ${t}`, 'Neuro: normal', 'Order: MRI L-spine').scenario, 'back-pain-no-red-flags'));
  it('"Unlikely CRMO" doubts each of a slash pair', () =>
    assert.equal(presentIn('suspected-infection-tumor', 'Pt: 9 y F', 'HPI: back pain 3 weeks. Unlikely discitis/CRMO.', 'Order: MRI L-spine'), false));
  // Harmful if wrong: a doubt taken back, or a suspicion of its own after the doubt, keeps the suspicion.
  for (const t of [
    'Unlikely discitis but cannot be excluded, fever 38.5.',
    'fever 39. Unlikely mechanical, ?discitis.',
    'Discitis unlikely with normal CRP; concern for osteomyelitis.',
  ])
    it(`"${t}" keeps a suspicion`, () => assert.equal(presentIn('suspected-infection-tumor', 'Pt: 9 y F', `HPI: back pain 3 wks, ${t}`, 'Order: MRI L-spine'), true));
  it('a doubt does not deny an observed red flag', () => {
    const r = readNote('Pt: 9 y F', 'HPI: back pain 3 wks with fever 39 and night pain. Unlikely to be mechanical.', 'Order: MRI L-spine');
    assert.equal(r.scenario, 'back-pain-red-flags');
  });
  it('"discitis highly unlikely" stays denied', () =>
    assert.equal(presentIn('suspected-infection-tumor', 'Pt: 9 y F', 'HPI: back pain 3 wks. Discitis highly unlikely.', 'Order: XR L-spine'), false));
  it('"epidural abscess less likely with normal neuro exam" stays doubted', () =>
    assert.equal(
      presentIn('contrast-reason', 'Pt: 6 y F', 'A/P: fever, concern for discitis; spinal epidural abscess less likely with normal neuro exam.', 'Order: MRI L-spine'),
      false,
    ));
});

describe('r47: "hx of X <length>" is the present complaint', () => {
  it('"PC: hx of back pain 3 wks" is back pain now', () =>
    assert.equal(readNote('Pt: 9 y M', 'PC: hx of back pain 3 wks, no trauma. No fever. Neuro intact.', 'Order: XR L-spine').scenario, 'back-pain-no-red-flags'));
  // Over four weeks, the length is itself a red flag.
  for (const t of ['HPI: hx of low back pain x 6 weeks', 'CC: hx back pain 5 wks, no night pain', 'HPI: h/o back pain 5/52'])
    it(`"${t}" is back pain now, over four weeks`, () => assert.equal(readNote('Pt: 13 y F', t, 'Order: XR L-spine').scenario, 'back-pain-red-flags'));
  it('"H/o fever x 10 days" is a fever now', () =>
    assert.equal(presentIn('fever', 'Pt: 6 y M', 'H/o fever x 10 days, high grade', 'c/o back pain since 1 wk', 'Order: MRI whole spine'), true));
  it('"h/o LBP for 10 days after gymnastics" is back pain now', () =>
    assert.equal(presentIn('back-pain', 'Pt: 13 y F', 'CC: h/o LBP for 10 days after gymnastics', 'Order: XR L-spine'), true));
  // Harmful if wrong: a past episode is no complaint of today.
  for (const t of [
    'PC: hx of back pain as a toddler, resolved. Here for dimple check.',
    'PC: sacral dimple. hx of back pain 3 yrs ago, none since.',
    'PC: sacral dimple. hx of back pain for 2 weeks in March, none since.',
    'PC: sacral dimple. hx of back pain at 6 months.',
  ])
    it(`"${t}" stays past`, () => assert.equal(presentIn('back-pain', 'Pt: 9 y M', t, 'Order: US spine'), false));
  it('"PMH: h/o discitis 2 yrs" stays past', () =>
    assert.equal(presentIn('suspected-infection-tumor', 'Pt: 12 y M', 'PMH: h/o discitis 2 yrs', 'HPI: back pain 1 wk, no fever', 'Order: XR L-spine'), false));
  it('"hx of a fall 2 weeks ago" stays past', () =>
    assert.equal(hitsOf('trauma', 'Pt: 12 y M', 'HPI: hx of a fall 2 weeks ago, back pain since', 'Order: XR L-spine')[0]?.context.historical, true));
});

describe('r47: a spoken full stop or comma in a note of few spoken marks', () => {
  for (const t of [
    'HPI: back pain 3 weeks no fever period wakes with night pain period',
    'HPI: no fever comma night pain for 2 weeks, back pain 3 wks',
    'HPI: back pain 3 weeks, no fever full stop night pain most nights',
  ])
    it(`"${t}" ends the denial at the mark`, () => assert.equal(presentIn('night-pain', 'Pt: 8 y M', t, 'Order: MRI L-spine'), true));
  it('a one-line dictation with two spoken stops', () =>
    assert.equal(presentIn('night-pain', '8 year old boy with back pain no fever period night pain for 2 weeks period plan MRI lumbar spine'), true));
  // The word itself: a span of time, a menstrual period, a word at the line's end.
  it('"pain free period of two weeks" stays a word', () =>
    assert.equal(readNote('Pt: 8 y M', 'HPI: back pain, pain free period of two weeks then recurrence, no fever', 'Order: XR L-spine').scenario, 'back-pain-no-red-flags'));
  it('"no fever in the neonatal period no night pain" stays one denial', () =>
    assert.equal(presentIn('night-pain', 'Pt: 8 y M', 'HPI: back pain 2 wks, no fever in the neonatal period no night pain', 'Order: XR L-spine'), false));
  it('"worse around her period" keeps the denial after it', () =>
    assert.equal(presentIn('night-pain', 'Pt: 14 y F', 'HPI: back pain 3 wks, worse around her period. no night pain', 'Order: XR L-spine'), false));
});

describe("r47: a finding in or on a relative is the relative's", () => {
  it('"Mum very worried about a dimple on his older brother" gives the child no dimple', () => {
    const r = readNote(
      'Pt: 5 mo M',
      'HPI: Mum very worried about a dimple on his older brother. Well baby.',
      'Exam: lower back normal, no dimple, no tuft',
      'Order: US lumbar spine',
    );
    assert.equal(r.scenario, 'no-criteria');
  });
  for (const t of ['hx ALL in sister.', 'leukaemia in his older brother, on maintenance.', 'FH: ALL in sister 2020.', 'ALL in both parents? no - ALL in sister.'])
    it(`"${t}" is no cancer of the child`, () => assert.equal(presentIn('malignancy', 'Pt: 9 y F', `HPI: back pain 2 wks, no fever. ${t}`, 'Order: XR L-spine'), false));
  // Harmful if wrong: the child's own finding beside a relative's, or a place of the relative's, stays the child's.
  it("the child's own dimple beside the brother's stays", () =>
    assert.equal(presentIn('sacral-dimple', 'Pt: 6 mo M', 'HPI: sacral dimple on exam today; a similar dimple in his older sister was benign.', 'Order: US lumbar spine'), true));
  it('"leukaemia in sister; pt has back pain with fever and night pain" keeps the red flags', () => {
    const r = readNote('Pt: 9 y M', 'HPI: leukaemia in sister; pt has back pain 2 wks with fever 38.5 and night pain', 'Order: MRI L-spine');
    assert.equal(r.scenario, 'back-pain-red-flags');
  });
  for (const t of ["hair tuft over L5 seen in mum's photos, now bigger", "hair tuft over L5, examined on mum's lap"])
    it(`"${t}" keeps the tuft`, () => assert.equal(presentIn('hair-tuft', 'Pt: 4 mo F', `HPI: ${t}`, 'Order: US lumbar spine'), true));
  it('"fell from a tree in grandparents garden" is the child\'s fall', () =>
    assert.equal(
      readNote('Pt: 15 y M', 'HPI: fell from cherry tree ~3 m in grandparents garden, landed on back. Tenderness T12-L1.', 'Order: CT thoracolumbar spine').scenario,
      'spine-trauma-thoracolumbar',
    ));
  it('"pt is ex-onc pt (ALL 2019, off tx)" is the child\'s own cancer', () =>
    assert.equal(presentIn('malignancy', 'Pt: 9 y M', 'HPI: back pain 2 wks. pt is ex-onc pt (ALL 2019, off tx). No fever.', 'Order: MRI L-spine'), true));
  it('"son of ex-pt (ALL 2019, off tx)" is the parent\'s', () =>
    assert.equal(presentIn('malignancy', 'Pt: 9 y M', 'HPI: back pain 2 wks. son of ex-pt (ALL 2019, off tx). No fever.', 'Order: XR L-spine'), false));
});

describe("r47: a young mother's age is not her baby's", () => {
  for (const t of [
    'Mum is 17, first baby, baby 6 weeks old with a sacral dimple. Plan US spine.',
    'Mum is 17 years old, first baby. Baby 6 weeks, sacral dimple above the cleft. Request: US spine',
    'Baby boy, 6 weeks. Mother 17 y.o., G1. Sacral dimple. Plan: US spine',
    'HPI: 17 year old mum, baby 6 wks old, deep sacral dimple.\nOrder: US lumbar spine',
  ])
    it(`"${t.split('\n')[0]}" is 6 weeks`, () => near(ageOf(t), 6 * WEEK, t));
  for (const t of [
    '17 yo mother brings her baby for a sacral dimple check. US spine requested.',
    'Mum is 17, first baby. Sacral dimple noted on the newborn check. US spine please.',
  ])
    it(`"${t}" tells no age of the child`, () => assert.equal(ageOf(t), undefined));
});

describe('r47-B: a haemangioma over a level on a study asked for, or told of the skin, stays a skin marker', () => {
  for (const t of [
    '8 mo F with hemangioma at L2 on MRI referral from derm. Req: MRI lumbar spine',
    '6 mo F. Large hemangioma at L1-L2 on MRI (done for it): superficial only. Now new leg weakness. MRI L spine w/o.',
    '4 mo M. Hemangioma over L3 on MRI requested by derm. US lumbar spine.',
    '14 yo F. Hemangioma at L3 on MRI: superficial skin lesion, raised, 3 cm. MRI L spine.',
    '8 mo M. Hemangioma at T12 seen by CT surgeon at clinic, midline, skin. US spine.',
    '5 mo M. Hemangioma L3 on scan request; plus deviated gluteal cleft. US spine.',
    '5 mo F. hemangioma at L4 on MRI booked for next week. US spine',
    '5 mo F. Hemangioma T11 on prior MRI: raised red lesion. US spine',
    // Second review r47: a skin lesion's course or look keeps it the skin's.
    '14 mo F. Haemangioma at L2 seen on MRI at 3 mo, growing. MRI L-spine.',
    '14 mo F. Haemangioma at L2 seen on MRI at 3 mo, ulcerating. MRI L-spine.',
    '14 mo F. Haemangioma at L2 seen on MRI at 3 mo, port-wine colour. MRI L-spine.',
    '14 mo F. Haemangioma at L2 seen on MRI at 3 mo, enlarged since. MRI L-spine.',
  ])
    it(`"${t}" keeps the marker`, () =>
      assert.equal(
        readNote(t).facts.hits.some((h) => (h.finding.id === 'hemangioma' || h.finding.id === 'large-hemangioma') && h.present),
        true,
      ));
  for (const w of ['growing', 'grown', 'enlarging', 'enlarged', 'proliferating', 'involuting', 'ulcerated', 'ulcerating', 'bleeding', 'strawberry', 'port-wine', 'blanching'])
    it(`"Haemangioma at L2 seen on prior MRI, ${w}" keeps the marker`, () =>
      assert.equal(
        readNote(`14 mo F. Haemangioma at L2 seen on prior MRI, ${w}. MRI L-spine.`).facts.hits.some(
          (h) => (h.finding.id === 'hemangioma' || h.finding.id === 'large-hemangioma') && h.present,
        ),
        true,
      ));
  it('"Hemangioma in the L3 body on prior MRI, stable" is a bone\'s', () =>
    assert.equal(presentIn('hemangioma', '12 yo F. Back pain 3 wks. Hemangioma in the L3 body on prior MRI, stable. XR L spine'), false));
});

describe('r47-B: "unlikely" doubts forward only where it opens its clause', () => {
  for (const t of [
    '9 yo F. Back pain 2 wks. UTI unlikely, discitis likely. MRI L spine',
    '9 yo F. Back pain 2 wks. Septic hip unlikely (US normal), discitis possible. MRI L spine',
    '9 yo F. Back pain. Unlikely to be discitis but fever 39 and refusing to walk, CRP 80. MRI w/wo',
    '9 yo F. Back pain. Discitis unlikely; osteomyelitis possible. MRI L spine',
  ])
    it(`"${t}" keeps the suspicion`, () => assert.equal(presentIn('suspected-infection-tumor', t), true));
  it('"Septic hip unlikely (US normal), discitis possible" keeps the back pain', () =>
    assert.equal(presentIn('back-pain', '9 yo F. Back pain 2 wks. Septic hip unlikely (US normal), discitis possible. MRI L spine'), true));
  it('"Unlikely to be discitis but fever 39" keeps the fever', () =>
    assert.equal(presentIn('fever', '9 yo F. Back pain. Unlikely to be discitis but fever 39 and refusing to walk, CRP 80. MRI w/wo'), true));
});

describe('r47-B: "hx of X <length>" stays past when its sentence dates, ends or resolves it', () => {
  for (const [id, t] of [
    ['incontinence', '9 yo M. hx of urinary incontinence for 6 months age 5, now dry. Now back pain 3 d. XR L spine'],
    ['back-pain', '9 yo M. Hx of back pain 3 wks age 6, since well. Today: sprain. XR ankle'],
    ['weight-loss', '14 yo F. h/o weight loss 5 kg over 3 months, regained fully after anorexia treatment. Back pain 1 wk. XR L spine'],
    ['night-pain', '14 yo F. hx of night pain 2 wks during growth spurt, gone. LBP mechanical. XR L spine'],
    ['numbness', '9 yo F. Hx of numbness 1 day after spinal anaesthesia, age 4. Now LBP. XR L spine'],
    ['back-pain', '9 yo M. hx of back pain 3 wks in 2022. XR L spine'],
    ['back-pain', '9 yo M. hx of back pain 3 wks when he was 5. Sprain ankle. XR ankle'],
  ])
    it(`"${t}" has no ${id} now`, () => assert.equal(presentIn(id, t), false));
  it('"hx of back pain 2 wks, worse at night" is back pain now', () => assert.equal(presentIn('back-pain', '9 yo M. hx of back pain 2 wks, worse at night. XR L spine'), true));
});

describe('r47-B: the relative fallen on, or a likeness to a relative, bears nothing', () => {
  for (const [id, t] of [
    ['back-pain', '10 yo M. Back pain after falling on his brother. XR L-spine.'],
    ['weakness', 'Weakness left leg after falling on sister. 9 yo. MRI'],
    ['trauma', '9 yo M. Fell on sister at trampoline park, back pain since. XR L spine'],
    ['trauma', '9 yo M. Back pain. Leukaemia in remission, fell on brother. MRI L spine'],
    ['sacral-dimple', '6 mo M. Deep sacral dimple like in brother. US spine'],
    ['sacral-dimple', '4 mo. Sacral dimple as seen in dad. US spine'],
    ['sacral-dimple', '6 mo M. Sacral dimple same as in brother. US spine'],
    ['hair-tuft', '6 mo M. Hair tuft, as in his sister. US spine'],
  ])
    it(`"${t}" keeps the child's ${id}`, () => assert.equal(presentIn(id, t), true));
});
