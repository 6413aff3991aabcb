/**
 * Readings from the held-out sets s73 (doctors trained in the Middle East and North Africa), s77 (telehealth) and s78
 * (sports medicine, physiotherapists, chiropractors, osteopaths, athletic trainers), each with the look-alikes that must
 * keep their old reading.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, orderOf, readNote } from '../helpers';

describe('a suggestion opening its sentence, as a writer who cannot order writes it, is the study asked for (s78)', () => {
  const HEAD = '9 month old girl. Tuft of hair over the lumbar spine, midline.';
  const CASES: [string, string][] = [
    ['Recommend spinal ultrasound.', 'us-area'],
    ['Recommend spinal ultrasound - letter to GP.', 'us-area'],
    ['Suggest spinal ultrasound via GP.', 'us-area'],
    ['Recommend MRI whole spine. Letter to GP.', 'mri-complete-without'],
    ['Suggest MRI whole spine with and without contrast + blood cultures.', 'mri-complete-without-and-with'],
    // After a dash, a clause of its own.
    ['Sent to ED - recommend CT thoracolumbar spine.', 'ct-area-without'],
    // Conditioned, asked, timed for later, declined, argued against, told earlier, of no study or of another body part.
    ['Recommend spinal ultrasound if the tuft grows.', 'none'],
    ['Suggest spinal ultrasound?', 'none'],
    ['Recommend spinal ultrasound when older.', 'none'],
    ['Recommend spinal ultrasound at next visit.', 'none'],
    ['Recommend spinal ultrasound; parents declined.', 'none'],
    ['Recommend against spinal ultrasound.', 'none'],
    ['Recommend physio before any spinal ultrasound.', 'none'],
    ['Recommend spinal ultrasound is not required.', 'none'],
    ['Previously recommend spinal ultrasound, not done.', 'none'],
    ['Recommend renal ultrasound.', 'none'],
    ['Recommend MRI R tibia.', 'none'],
    ['If no better in 2 weeks - recommend MRI lumbar spine.', 'none'],
    ['Sent to ED - recommend CT thoracolumbar spine if neuro signs.', 'none'],
    ['Sent to ED - recommend rest.', 'none'],
    // Another clinician's recommendation stays theirs.
    ['Neurosurgery recommends spinal ultrasound.', 'none'],
  ];
  for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(orderOf(HEAD, line), want));

  it('an order told outright elsewhere wins over a suggestion (the study ordered is the one read)', () => {
    const text = [
      'Q (PCP): 10 mo girl, tuft of hair midline at L4. Plan US spine?',
      'A (radiology): Recommend MRI lumbar spine without contrast.',
      'PCP follow-up: US order cancelled. MRI lumbar spine w/o contrast ordered.',
    ];
    assert.equal(orderOf(...text), 'mri-area-without');
  });

  it('"Advised …" as a question or for later orders nothing either', () => {
    assert.equal(orderOf(HEAD, 'Advised spinal ultrasound?'), 'none');
    assert.equal(orderOf(HEAD, 'Advised spinal ultrasound when older.'), 'none');
    assert.equal(orderOf(HEAD, 'Advised spinal ultrasound.'), 'us-area');
  });
});

describe('a study of a limb bone is no spine study (s78)', () => {
  const CASES: [string, string][] = [
    ['?tibial stress fracture. MRI R tibia requested.', 'none'],
    ['MRI tibia requested.', 'none'],
    ['Plan: XR L fibula.', 'none'],
    ['Plan: XR R humerus.', 'none'],
    // The spine named beside the limb: still the spine study.
    ['MRI lumbar spine requested; tibia XR normal.', 'mri-area-without'],
    ['Plan: MRI lumbar spine. Shin pain settled.', 'mri-area-without'],
  ];
  for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(orderOf('14 F cross-country runner. No back pain.', line), want));
});

describe("a call or a message names the parent before the child: an age too young to be the carer's is the child's (s77)", () => {
  const REST = 'LBP x 5 days. XR L-spine ordered.';
  const CASES: [string, number][] = [
    ['Phone call w/ mom re: Aiden, 12 yo', 144],
    ['Phone consult w/ dad, 9 yo F', 108],
    ['Video visit (mom requested) - 3 mo F', 3],
    ['MyChart message + photo from mom (18 mo F): "She has a little skin tag"', 18],
    ['RN call: Mom of Ben, 4 yo, says he has back pain.', 48],
    ['Video visit (mom requested) - 3 mo F with a sacral dimple', 3],
    ['Phone call w/ dad - 9 yo M with back pain', 108],
  ];
  for (const [line, want] of CASES) it(`${line} -> ${want} months`, () => near(ageOf(line, REST), want, line));
  // An age a carer may have, or another child's, stays theirs.
  const REFUSED = [
    'Phone call w/ mom, 32 yo. Child unwell.',
    'Phone call w/ mom re: Aiden, 14 yo',
    'Phone call with sister, 9 yo.',
    'Phone consult w/ mom re: her older son, 12 yo.',
    'Brother 8 yo had tethered cord.',
    'Born to a 12 yo mother.',
    'Baby clinic - Mum’s 6 week check.',
    "Mom's 8 wk postpartum visit.",
    // An age that goes on about someone is no child's named alone (review r45).
    'Phone call w/ mom (12 yo when she had him) re: Aiden.',
    "Phone call w/ mom re: her 12 yo's sibling, baby Leo 3 mo, sacral dimple.",
  ];
  for (const line of REFUSED) it(`${line} -> no age`, () => assert.equal(ageOf(line, REST), undefined));
  it("a sibling's age leaves the infant's own told later: 3 months", () =>
    near(ageOf("Phone call w/ mom re: her 12 yo's sibling, baby Leo, 3 mo, sacral dimple.", REST), 3, 'baby Leo, 3 mo'));
});

describe('a length in fifty-seconds right before the pain ("6/52 LBP") is how long it has lasted (s78)', () => {
  const scenario = (hx: string) => readNote('13 F gymnast.', `${hx}, worse with extension. No night pain, no fever. Neuro normal.`, 'Order: XR L-spine.').scenario;
  const CASES: [string, string][] = [
    ['6/52 LBP', 'back-pain-red-flags'],
    ['8/52 low back pain', 'back-pain-red-flags'],
    ['2/52 LBP', 'back-pain-overuse'],
    // Not a length: a time since, a treatment's, a follow-up interval, or a date-like "/12".
    ['6/52 ago LBP', 'back-pain-overuse'],
    ['6/52 PT for LBP', 'back-pain-overuse'],
    ['Reviewed at f/u 6/52 LBP', 'back-pain-overuse'],
    ['rv in 6/52 LBP', 'back-pain-overuse'],
    ['Seen 3/12 LBP', 'back-pain-overuse'],
    // A relative's, or a visit's interval told before it or named after the pain (review r45).
    ['Sister 6/52 LBP. Pt LBP 1 wk', 'back-pain-overuse'],
    ['Return 6/52 LBP clinic. LBP 1 wk', 'back-pain-overuse'],
    ['Next appt 6/52 LBP review. LBP 1 wk', 'back-pain-overuse'],
    ['Seen 6/52 LBP', 'back-pain-overuse'],
    ['Last seen 6/52 LBP', 'back-pain-overuse'],
    ['6/52 LBP f/u. LBP 1 wk', 'back-pain-overuse'],
  ];
  for (const [hx, want] of CASES) it(`${hx} -> ${want}`, () => assert.equal(scenario(hx), want));
});

describe('a study told with the family doctor who did it ("GP XR: …", "PCP XR …") is one done before (s78)', () => {
  const scenario = (line: string) => readNote('17 F diver. 5 weeks LBP, no night pain, neuro normal.', line, 'Plan: MRI lumbar spine w/o.').scenario;
  const CASES: [string, string][] = [
    ['GP XR: bilat L5 pars defects with grade 1 spondylolisthesis.', 'back-pain-red-flags-positive-radiographs'],
    ['PCP XR: bilat L5 pars defects.', 'back-pain-red-flags-positive-radiographs'],
    ['GP XR: normal.', 'back-pain-red-flags-negative-radiographs'],
    ['PCP XR L-spine normal.', 'back-pain-red-flags-negative-radiographs'],
    // Still to come, asked, a relative's, or of another part: no prior radiograph.
    ['GP XR: requested.', 'back-pain-red-flags'],
    ['GP XR: to be booked.', 'back-pain-red-flags'],
    ['GP XR: r/o spondylolysis', 'back-pain-red-flags'],
    ["Brother's GP XR: pars defects.", 'back-pain-red-flags'],
    ['GP XR knee: effusion.', 'back-pain-red-flags'],
  ];
  for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(scenario(line), want));
});

describe('"not complaining of" denies what follows, as "doesn\'t complain of" does (s78)', () => {
  const CASES: [string, string][] = [
    ['2 yo M rolled off the couch yesterday, playing normally since. No tenderness along the spine, not complaining of any back pain.', 'no-criteria'],
    ['2 yo M rolled off the couch yesterday, playing normally since. Not complaining of back pain.', 'no-criteria'],
    ["2 yo M rolled off the couch yesterday, playing normally since. He isn't complaining of back pain.", 'no-criteria'],
    // The pain told present beside it, or complained of, stays.
    ['12 yo M. Not complaining of back pain at rest, but back pain with running x 2 wks.', 'back-pain-overuse'],
    ['12 yo M, complaining of back pain x 2 wks.', 'back-pain-no-red-flags'],
  ];
  for (const [hx, want] of CASES) it(`${hx} -> ${want}`, () => assert.equal(readNote(hx, 'Order: XR L-spine.').scenario, want));
  // A complaint denied until now, or for a reason the child cannot complain, tells no absence (review r45).
  const PRESENT = [
    '9 yo F fell off trampoline. Not c/o back pain until this morning.',
    '9 yo F fell off trampoline. No c/o back pain till today.',
    '6 yo M fell down stairs. Not complaining of back pain because he is non-verbal.',
    "6 yo M fell down stairs. Doesn't complain of back pain as he is nonverbal.",
  ];
  for (const hx of PRESENT) it(`${hx} -> back pain`, () => assert.ok(readNote(hx, 'Order: XR L-spine.').facts.hits.some((h) => h.finding.id === 'back-pain' && h.present)));
  it('Not c/o back pain since the fall -> still denied', () =>
    assert.ok(!readNote('9 yo F fell off trampoline. Not c/o back pain since the fall.', 'Order: XR L-spine.').facts.hits.some((h) => h.finding.id === 'back-pain' && h.present)));
  it('Not complaining of leg weakness but on exam 3/5 L hip flexion -> red flags (the exam)', () =>
    assert.equal(readNote('8 yo M with low back pain. Not complaining of leg weakness but on exam 3/5 L hip flexion.', 'Order: XR L-spine.').scenario, 'back-pain-red-flags'));
});

describe('a named child "is 10 and plays …" in a coach’s or physio’s letter (round 45, set 78)', () => {
  it('reads the age told of a child named again, going on about what the child does', () => {
    near(ageOf('Could you please organise an X-ray of Tom’s lower back? Tom is 10 and plays U11 rugby with us. Sore since Saturday.'), 120, 'Tom is 10 and plays');
    near(ageOf('Re Mia. Mia is 12 and trains 4x/week in gymnastics. Low back pain 3 wk.', 'Plan: XR L-spine'), 144, 'Mia is 12 and trains');
  });
  it('reads no age of a named sibling, nor of a word that is no name', () => {
    assert.equal(ageOf('Re Ella. Could you organise an X-ray of her lower back? Her brother Tom is 10 and plays rugby; Tom had the same.'), undefined);
    assert.equal(ageOf('Could you organise an X-ray of Mia’s back? Pain is 8 and goes down the leg.'), undefined);
  });
});

describe('a suggestion is the writer’s own ask only: never another’s told on, done, argued against, taken back or of no region (review r45, mend 1)', () => {
  const INFANT = '9 month old girl. Tuft of hair over the lumbar spine, midline.';
  const TEEN = '12 yo boy with low back pain for 6 weeks, worse with sport.';
  const CASES: [string, string, string][] = [
    // Conditioned ("should it …" as "if …").
    [INFANT, 'Recommend spinal ultrasound should it persist.', 'none'],
    [INFANT, 'Advised spinal ultrasound should it persist.', 'none'],
    [INFANT, 'Recommend spinal ultrasound in case it grows.', 'none'],
    // Another clinician's recommendation, told on.
    [TEEN, 'ED doc - recommend CT thoracolumbar spine.', 'none'],
    [TEEN, 'Letter from GP - recommend MRI lumbar spine.', 'none'],
    [TEEN, 'Per radiology - recommend MRI lumbar spine.', 'none'],
    [TEEN, 'Ortho reg - suggest MRI lumbar spine.', 'none'],
    [TEEN, 'Spoke to radiology. Recommend MRI lumbar spine.', 'none'],
    [TEEN, 'Discussed with the on-call consultant. Suggest MRI lumbar spine.', 'none'],
    // Told done or given before, argued against, taken back.
    [TEEN, 'Recommend MRI lumbar spine as previously advised (done 2/12 ago, normal).', 'none'],
    [TEEN, 'Recommend MRI lumbar spine - already done, normal.', 'none'],
    [TEEN, 'Recommend XR lumbar spine - no red flags so likely not needed.', 'none'],
    [TEEN, 'Recommend XR lumbar spine, probably unnecessary.', 'none'],
    [TEEN, 'Suggest MRI lumbar spine - no, US first.', 'none'],
    [TEEN, 'Suggest MRI lumbar spine, actually CT instead.', 'none'],
    // Of no spine region.
    [INFANT, 'Recommend ultrasound.', 'none'],
    [INFANT, 'Recommend renal ultrasound.', 'none'],
    // A radiologist's recommendation in a report's impression.
    [TEEN, 'US spine: normal.\nImpression: Recommend MRI lumbar spine for further evaluation.', 'none'],
    // The writer's own suggestion still reads: to the GP it will arrange, or sent on to the ED.
    [TEEN, 'Dear GP, Suggest MRI lumbar spine. We will not be arranging this.', 'mri-area-without'],
    [TEEN, 'Sent to ED - recommend CT thoracolumbar spine.', 'ct-area-without'],
    [TEEN, 'Referred to ortho - recommend MRI lumbar spine.', 'mri-area-without'],
    [TEEN, 'Recommend MRI lumbar spine - letter to GP.', 'mri-area-without'],
    [TEEN, 'Spoke to mum. Recommend MRI lumbar spine.', 'mri-area-without'],
    [TEEN, 'Recommend MRI lumbar spine as the US was limited.', 'mri-area-without'],
    ['2 month old with a sacral dimple.', 'Recommend spinal ultrasound now while the acoustic window is open (ideally before 3-4 months).', 'us-area'],
  ];
  for (const [head, line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(orderOf(head, line), want));
});

describe('a study of another bone of the body is no spine study (review r45, mend 1)', () => {
  const CASES: [string, string][] = [
    ['Plan: XR R radius', 'none'],
    ['XR left ulna', 'none'],
    ['XR ribs', 'none'],
    ['MRI metatarsal', 'none'],
    ['MRI R radius requested.', 'none'],
    ['Plan: XR ribs.', 'none'],
    ['Plan: XR patella.', 'none'],
    ['Plan: XR 5th metacarpal.', 'none'],
    // The sacrum is the spine's: kept.
    ['Plan: XR sacrum', 'xr-area'],
    ['Plan: MRI lumbar spine. Wrist XR normal, radius fine.', 'mri-area-without'],
  ];
  for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(orderOf('14 F cross-country runner. No back pain.', line), want));
});

describe('a complaint’s denial covers the complaint only, never the event or finding it dates (review r45, mend 8)', () => {
  const TRAUMA: [string, string][] = [
    ['10 yo. Not c/o back pain until after the fall from trampoline yesterday; now midline tenderness.', 'Plan: XR L-spine.'],
    ['9 yo. Not complaining of back pain since the MVC, but leg weakness 4/5 L.', 'Plan: MRI L-spine.'],
    ['9 yo. Not complaining of back pain since the MVC.', 'Plan: MRI L-spine.'],
  ];
  for (const [hx, plan] of TRAUMA) it(`${hx} -> trauma`, () => assert.equal(readNote(hx, plan).scenario, 'spine-trauma-thoracolumbar'));
  it('the complaint before "since" stays denied', () =>
    assert.ok(!readNote('9 yo. Not complaining of back pain since the MVC.', 'Plan: MRI L-spine.').facts.hits.some((h) => h.finding.id === 'back-pain' && h.present)));
});

describe('a suggestion withheld only by words telling THIS study done, another’s advice or a question (review r45, mend 8)', () => {
  const TEEN = '8 yo boy with low back pain.';
  const ORDERS: [string, string, string][] = [
    [TEEN, 'Recommend MRI whole spine w/o contrast given abnormal neuro exam.', 'mri-complete-without'],
    [TEEN, 'Recommend MRI L-spine w/o contrast first, then review in clinic.', 'mri-area-without'],
    [TEEN, 'Recommend MRI L-spine w/o contrast, results to be reviewed by on-call team.', 'mri-area-without'],
    ['3 mo with a sacral dimple.', 'Recommend US lumbar spine - a normal scan would be reassuring.', 'us-area'],
    [TEEN, 'Recommend MRI L-spine w/o contrast as XR reported normal.', 'mri-area-without'],
    [TEEN, 'Recommend MRI L-spine w/o contrast, then review with results.', 'mri-area-without'],
    ['12 yo M, referred from GP with 6 weeks of back pain, night pain, weight loss.', 'Recommend MRI L-spine w/o contrast.', 'mri-area-without'],
  ];
  for (const [head, line, want] of ORDERS) it(`${line} -> ${want}`, () => assert.equal(orderOf(head, line), want));
  it('Recommend US spine? no - MRI L-spine instead -> the US is not ordered', () =>
    assert.notEqual(orderOf('3 mo infant, deep dimple with sinus.', 'Recommend US spine? no - MRI L-spine instead given sinus tract.'), 'us-area'));
});
