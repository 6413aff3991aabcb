/**
 * Set 21 orders: a condition opening a plan sentence governs its study however it is joined to it ("will get", a dash);
 * a letter's study the writer declines later by its modality is no order; the study after a reason's arrow is the order,
 * not the films the reason names; a setting's plan or a procedure line ("ED plan:", "ED:", "Proc:") names the study to do
 * unless told done; a consultant's recommendation followed by "Will obtain …" is the consultant's order.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
const HX = '12 yo F, LBP x 10 days, worse after sport. No fever, no night pain. Neuro WNL.';

describe('a condition opening the plan sentence', () => {
  for (const plan of [
    'P: rest from spiking 1 wk, core strengthening. If not improved in 4-6 wks will get XR L spine.',
    'Plan: Rest, ibuprofen. If no improvement in 4/52 - X-ray LS spine.',
    'Plan: rest. If no improvement, X-ray LS spine.',
    'Plan: rest. If not better in 2 weeks will order MRI L spine.',
    'Plan: rest; if pain persists beyond 6 weeks we will request an MRI lumbar spine.',
    'Plan: PT. Should symptoms persist beyond 6 weeks, XR L spine.',
  ]) {
    it(`"${plan}" orders nothing`, () => assert.equal(orderOf(HX, plan), 'none'));
  }
  it('in free text too: "If not improved in 4-6 wks will get XR L spine."', () => {
    assert.equal(orderOf(`${HX} If not improved in 4-6 wks will get XR L spine.`), 'none');
  });
  it('the study ordered outright, or the condition on another step or sentence, keeps the order', () => {
    assert.equal(orderOf(HX, 'Plan: will get XR L spine.'), 'xr-area');
    assert.equal(orderOf(HX, 'Plan: XR L spine. If not improved in 4 wks, MRI.'), 'xr-area');
    assert.equal(orderOf(HX, 'Plan: If not improved in 4-6 wks, follow up. XR L spine today.'), 'xr-area');
    assert.equal(orderOf(HX, 'Plan: When seen in clinic, XR L-spine.'), 'xr-area');
    assert.equal(orderOf(`${HX} Will get XR L spine. If not improved in 4-6 wks will refer.`), 'xr-area');
  });
  it('"will get XR if …" stays conditioned, and an order told done after the course is no condition', () => {
    assert.equal(orderOf(HX, 'Plan: will get XR L spine if not improved in 4-6 wks.'), 'none');
    assert.equal(orderOf(HX, 'Plan: If pain persists despite PT, ordered XR L-spine today.'), 'xr-area');
  });
});

describe('a study asked for and declined later by its kind', () => {
  const letter = [
    'To: Dr. Oyelaran, Family Medicine',
    'From: Summit Family Chiropractic',
    'Ava (10 y) presents with mid-back soreness for about 2 weeks. We would like full spine radiographs (standing AP/lateral) for subluxation analysis.',
    '',
    '--- reply from Dr. Oyelaran ---',
  ];
  for (const reply of [
    'Examined Ava, normal exam incl. neuro. I do not think x-rays are indicated for a 2 wk hx of mild back pain and have not ordered them.',
    'Normal exam. X-rays not indicated.',
    "Normal exam. I don't think radiographs are needed.",
  ]) {
    it(`"${reply}" takes the request back`, () => assert.equal(orderOf(...letter, reply), 'none'));
  }
  it('a reply that declines another study, tells the kind done or orders it keeps the order', () => {
    assert.equal(orderOf(...letter, 'Normal exam. MRI not indicated.'), 'xr-complete');
    assert.equal(orderOf(...letter, 'Normal exam. X-rays were done at urgent care last week.'), 'xr-complete');
    assert.equal(orderOf(...letter, 'Normal exam. Repeat x-rays not needed; XR whole spine ordered.'), 'xr-complete');
  });
  it("a letter's suggestion declined in the reply", () => {
    const suggestion = ['Dear Dr Lee,', 'Thank you for seeing Sam, 9, back pain 6 weeks with night pain. I would suggest an MRI lumbar spine.', 'Kind regards'];
    assert.equal(orderOf(...suggestion), 'mri-area-without');
    assert.equal(orderOf(...suggestion, '', 'Reply: seen, exam normal, MRI not warranted.'), 'none');
  });
});

describe('the study after a reason and an arrow', () => {
  it('"given night pain w/ negative films -> MRI whole spine w/o contrast ordered" orders the MRI', () => {
    assert.equal(
      orderOf(
        'Hi Dr. Brennan - re: Liam (12)',
        'Back pain 5 weeks, wakes him at night. Lumbar x-rays at urgent care 2 wks ago were read normal.',
        '',
        'Dr. Brennan: normal neuro exam today. given night pain w/ negative films -> MRI whole spine w/o contrast ordered.',
      ),
      'mri-complete-without',
    );
  });
  it('after a condition the arrow still waits', () => {
    assert.equal(orderOf(HX, 'Plan: If pain persists -> XR LS spine.'), 'none');
  });
});

describe("a setting's plan or a procedure line", () => {
  const trauma = '14 y M fell 3 m from hayloft onto his back. Midline TTP at T12-L1, no step off. MAE x4.';
  it('"ED plan: CT T/L spine w/o contrast, CXR, FAST" and "ED: CT lumbar spine without contrast." order the CT', () => {
    assert.equal(orderOf(trauma, 'ED plan: CT T/L spine w/o contrast, CXR, FAST'), 'ct-area-without');
    assert.equal(
      orderOf('Cheer - incident report', '11 yo fell from top of pyramid. LBP, tender L1-L3 midline. Neuro intact.', 'ED: CT lumbar spine without contrast.'),
      'ct-area-without',
    );
  });
  it('no spine study, a study told done or with its result orders nothing', () => {
    assert.equal(orderOf(trauma, 'ED plan: CXR, FAST'), 'none');
    assert.equal(orderOf(trauma, 'ED: seen and discharged.'), 'none');
    assert.equal(orderOf(trauma, 'ED: CT C-spine neg for fx (prelim).'), 'none');
  });
  it('"Proc: whole-body MRI STIR incl. complete spine, no contrast" orders the MRI', () => {
    assert.equal(
      orderOf(
        '11yo F known CNO. New thoracic back pain 5 wks, night pain.',
        'Proc: whole-body MRI STIR incl. complete spine, no contrast. Consider pamidronate if vertebral involvement.',
      ),
      'mri-complete-without',
    );
  });
  it('a procedure done is no order', () => {
    assert.equal(orderOf('11yo F, back pain.', 'Proc: US guided LP 2 days ago.'), 'none');
    assert.equal(orderOf('11yo F, back pain.', 'Proc: MRI L-spine under sedation, tolerated well.'), 'none');
    assert.equal(orderOf('11yo F, back pain.', 'Proc: sedation for MRI L-spine.'), 'none');
  });
});

describe('a recommendation the writer goes on to order', () => {
  const consult = '3 mo M, sacral dimple with hair tuft. Spinal US at 6 wks normal. Normal tone and reflexes.';
  it('"I recommend MRI lumbar spine without contrast … Will obtain in our clinic" orders it', () => {
    assert.equal(
      orderOf(
        consult,
        'Impression: given the hair tuft, I recommend MRI lumbar spine without contrast to exclude a tethered cord despite normal US. Will obtain in our clinic and call family with results.',
      ),
      'mri-area-without',
    );
    assert.equal(orderOf(`${consult} I recommend MRI lumbar spine without contrast. This has been ordered.`), 'mri-area-without');
  });
  for (const rest of [
    'I recommend MRI lumbar spine without contrast.',
    'I recommend MRI lumbar spine without contrast. Will arrange follow-up in clinic.',
    'I recommend MRI lumbar spine without contrast. PCP to arrange.',
    'I recommend PCP obtain MRI lumbar spine without contrast. Will obtain records.',
    'I recommend MRI lumbar spine without contrast. Will obtain if parents agree.',
    'I recommend MRI lumbar spine without contrast. Will arrange in 6 weeks.',
    'I recommend MRI lumbar spine without contrast if the dimple changes. Will obtain in our clinic.',
    // Review r23-orders21: put off until a talk, or the next sentence orders something else.
    'I recommend MRI lumbar spine without contrast. Will order it after discussing with parents.',
    'I recommend MRI lumbar spine without contrast. Will order it once parents agree.',
    'I recommend MRI lumbar spine without contrast. Will obtain today CBC, ESR, CRP.',
    'I recommend MRI lumbar spine without contrast. Will obtain today labs and urinalysis.',
  ]) {
    it(`"${rest}" orders nothing`, () => assert.equal(orderOf(`${consult} ${rest}`), 'none'));
  }
});

describe('a bare "ED:"/"ER:"/"Proc:" line that tells what was done (review r23-orders21)', () => {
  for (const note of [
    ['12yo M, tackled at football 3 days ago, LBP. Seen in ED same day.', 'ED: XR L spine', 'Today: still sore, neuro normal.', 'Plan: rest, ibuprofen, RTC 2 wks.'],
    ['Follow-up visit. 14 yo M, MVC 5 days ago.', 'ED: CT T-spine, CT L-spine, CXR.', 'Today: sore, neuro intact.', 'Plan: PT.'],
    ['14 yo M, MVC yesterday.', 'ER: CT L-spine w/o contrast', 'Plan: PT.'],
    ['15 y F, fall from horse 1 wk ago.', 'ED: CT T/L spine - no fx', 'Plan: physio.'],
    ['15 y F, fall from horse.', 'ED: CT T/L spine no fx', 'Plan: physio.'],
    ['15 y F, fall from horse.', 'ED: CT T/L spine, no fracture.', 'Plan: physio.'],
    ['7 yo F, LBP.', 'Proc: US spine. Findings: conus at L1-2, filum 1 mm, normal.'],
    ['3 mo M, sacral dimple.', 'Proc: US lumbar spine', 'Findings: conus ends L2, normal filum.', 'Impression: normal.'],
    ['Proc: XR LUMBAR SPINE 2 VIEWS', 'Hx: 11 y F, LBP.', 'Comparison: none.', 'Findings: no fracture.', 'Impression: negative.'],
    ['9 yo F, LBP.', 'Proc: MRI L spine w/ and w/o contrast under GA by anesthesia team; pt extubated in OR.'],
    ['9 yo F, LBP.', 'Proc: MRI L-spine w/o contrast (sedation RN: Jones). Sedation: propofol, no events.'],
    ['12 yo, LBP.', 'Proc: CT-guided biopsy L3, path pending'],
    ['12 yo, LBP.', 'Proc: CT guided biopsy of L3 lesion.'],
  ]) {
    it(`${JSON.stringify(note.join(' | '))} orders nothing`, () => assert.equal(orderOf(...note), 'none'));
  }
  it("the setting's own note of today keeps its study", () => {
    assert.equal(
      orderOf('Cheer - incident report', '11 yo fell from top of pyramid. LBP, tender L1-L3 midline. Neuro intact.', 'ED: CT lumbar spine without contrast.'),
      'ct-area-without',
    );
    assert.equal(orderOf('14 yo M, MVC, LBP, tender L2.', 'ER: CT L-spine w/o contrast'), 'ct-area-without');
    assert.equal(orderOf('AGE 0Y3M', 'PROC: MRI LUMBAR SPINE W WO CONTRAST        (MRI0345)', 'CLIN: MIDLINE PINPOINT SINUS ABOVE GLUTEAL CLEFT'), 'mri-area-without-and-with');
    // "ED plan:" is a plan even in a later visit's note.
    assert.equal(orderOf('14 yo M, MVC 2 hours ago, LBP.', 'ED plan: CT T/L spine w/o contrast, CXR, FAST'), 'ct-area-without');
  });
});
