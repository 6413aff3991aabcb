/**
 * Orders as set 22's writers key them: a Dutch letter's plan in English ("Conclusion: … / Policy:"), a request card's heading
 * ("Request card: USS spine") and a coordinator's "Plan by Dr. Demir:". Each beside its near misses, where the same words
 * order nothing now: a conditioned or declined plan, a policy of an insurer or a department, a card or form that is no
 * request, another place's clinician. An SBAR handover's R line is read as any line under a key the language does not know:
 * what it tells requested or booked may be conditioned, rejected, booked in error or asked for by others.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const INFANT = ['Boy, 5 mnd.', 'Physical examination: tuft of dark hairs at L5 in the midline. Neurological examination: normal.'];
const TODDLER = [
  'Patient: boy, 2 years old.',
  'Complaint: hair patch on lower back since birth, limping for 2 months.',
  'Exam: hairy patch lumbosacral, right ankle reflex absent.',
];
const CHILD = '6yo boy, 4/7 of lower back ache, no injury, afebrile, no night pain.';

const CONCLUSION = 'Conclusion: hair tuft lumbosacral, suspicion occult spinal dysraphism.';
const BACK = 'Conclusion: mechanical back pain.';

describe('a Dutch letter\'s "Policy:" is its plan', () => {
  it('orders the study it names', () => {
    assert.equal(
      orderOf(...INFANT, 'Conclusion: hair tuft lumbosacral.', 'Policy: MRI lumbar spine without contrast, with feed-and-wrap. Follow-up after the MRI.'),
      'mri-area-without',
    );
    assert.equal(orderOf(...INFANT, CONCLUSION, 'Policy:', '- echo of the lumbar spine', '- follow-up in 6 weeks'), 'us-area');
  });
  it('orders nothing when it conditions or declines the study', () => {
    assert.equal(orderOf(CHILD, BACK, 'Policy: paracetamol, 1 week rest from sport. If the pain after 4 weeks not over, then X-ray of the LWK.'), 'none');
    assert.equal(orderOf(CHILD, BACK, 'Policy: reassurance; MRI discussed, not indicated.'), 'none');
  });
  it('a course told "not over", "not resolved" or "not settled" is a condition, as "persists" is, and governs only its own sentence', () => {
    for (const key of ['Policy', 'Beleid', 'Plan']) {
      assert.equal(orderOf(CHILD, BACK, `${key}: paracetamol. If not resolved in 4 weeks, XR L-spine.`), 'none', key);
      assert.equal(orderOf(CHILD, BACK, `${key}: XR L-spine today. If not settled after PT, MRI.`), 'xr-area', key);
    }
  });
  it('beside a "Plan:" line it is another policy, neither read nor a repeated key', () => {
    const r = readNote(...INFANT, 'Plan: US spine', 'Policy: BCBS PPO');
    assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
    assert.ok(!r.rules.includes('duplicate-key'));
    assert.equal(orderOf(CHILD, 'Plan: physio', 'Policy: MRI L-spine requires prior authorisation'), 'none');
  });
  it('without a conclusion line, or telling of insurance or a rule, it is a policy, never the order', () => {
    assert.equal(orderOf(...INFANT, 'Policy: MRI lumbar spine without contrast, with feed-and-wrap.'), 'none');
    assert.equal(orderOf(...INFANT, CONCLUSION, 'Policy: MRI lumbar spine without contrast only after prior authorization.'), 'none');
    assert.equal(orderOf(...INFANT, 'Insurer: BCBS', CONCLUSION, 'Policy: MRI lumbar spine without contrast.'), 'none');
    assert.equal(
      orderOf(
        'Patient: Emma R., 10 y F',
        'Insurance: Aetna Choice POS II',
        'Policy: MRI lumbar spine requires prior authorization; not covered for back pain < 6 weeks.',
        'HPI: 2 wk low back pain after cheer practice, no red flags. Exam: non-tender, neuro intact.',
        'Assessment: mechanical LBP. Advised rest, ibuprofen, RTC 4 wk.',
      ),
      'none',
    );
  });
  it('the study ordered elsewhere in the note stays the order', () => {
    assert.equal(
      orderOf(
        'Age: 12 y',
        'HPI: LBP 8 weeks, night pain, neuro intact.',
        'Policy: MRI not covered without 6 weeks of PT - will appeal.',
        'Assessment: persistent LBP with night pain.',
        'MRI L-spine w/o ordered; PA submitted.',
      ),
      'mri-area-without',
    );
    assert.equal(
      orderOf(
        'Age: 12 y',
        'HPI: LBP 8 weeks, night pain, 3 kg weight loss, neuro intact.',
        'Policy: MRI not covered without 6 weeks of PT - will appeal.',
        'MRI L-spine w/ and w/o contrast ordered; PA submitted.',
      ),
      'mri-area-without-and-with',
    );
    assert.equal(
      orderOf(
        'Age: 13 y',
        'HPI: 3 wk LBP after falling off horse at a gallop, midline tenderness L1, neuro intact.',
        'Policy: CT spine only after XR per department radiation policy.',
        'XR thoracolumbar spine AP/lat ordered.',
      ),
      'xr-area',
    );
  });
});

describe('a request card or form names the study requested', () => {
  const DIMPLE = 'Clinical info: baby with deep sacral pit above the natal cleft, base not visible. Neuro normal. Please scan.';
  it('as the request does', () => {
    assert.equal(orderOf('Request card: USS spine', DIMPLE, 'Requested by Dr K Lindqvist, paeds.'), 'us-area');
    assert.equal(orderOf('Radiology request form: XR L-spine AP/lat', CHILD), 'xr-area');
    assert.equal(orderOf('Imaging slip: US lumbar spine', DIMPLE), 'us-area');
  });
  it('not a study told done, one conditioned, nor a card that is no request', () => {
    assert.equal(orderOf('Request card: US spine done at birth - normal', DIMPLE.replace(' Please scan.', '')), 'none');
    assert.equal(orderOf('Request form: US spine if the dimple persists', DIMPLE.replace(' Please scan.', '')), 'none');
    assert.equal(orderOf('Card: US spine', DIMPLE.replace(' Please scan.', '')), 'none');
    assert.equal(orderOf('Request form: completed and faxed', DIMPLE.replace(' Please scan.', '')), 'none');
    assert.equal(orderOf('Test form: US lumbar spine', DIMPLE.replace(' Please scan.', '')), 'none');
  });
  it('a form of the examination is the examination, no order key', () => {
    const r = readNote('Age: 12 y', 'Hx: back pain 8 wk, night pain.', 'Exam form: neuro normal, SLR neg');
    assert.equal(r.facts.neuro.state, 'normal');
    assert.equal(r.facts.order, undefined);
  });
});

describe('a plan told with the clinician whose plan it is', () => {
  it('is the plan, on one line or over numbered lines under it', () => {
    assert.equal(
      orderOf(
        ...TODDLER,
        'Plan by Dr. Demir:',
        ' 1) MRI whole spine without IV contrast (sedation, Wednesday 09:00)',
        ' 2) Appointment with pediatric neurosurgery booked for Thursday, after the MRI',
        'Hotel transfer and interpreter arranged for both days.',
      ),
      'mri-complete-without',
    );
    assert.equal(orderOf(CHILD, 'Plan per Dr Smith: XR L-spine AP/lat today.', 'Parents happy with plan.'), 'xr-area');
    assert.equal(orderOf(...TODDLER, 'Plan by the consultant:', ' 1) MRI whole spine without contrast', ' 2) neurosurgery review', 'Parents informed.'), 'mri-complete-without');
  });
  it('conditions its study as any plan does', () => {
    assert.equal(orderOf(CHILD, 'Plan per Dr Smith: MRI L-spine if no better in 4 weeks.', 'Parents happy with plan.'), 'none');
  });
  it("never another place's or visit's clinician, nor beside a plan of the note's own", () => {
    const items = [' 1) MRI whole spine without contrast', ' 2) neurosurgery review', 'Parents informed.'];
    assert.equal(orderOf(...TODDLER, 'Plan by previous Dr. Jones:', ...items), 'none');
    assert.equal(orderOf(...TODDLER, 'Plan: physio', 'Plan per Dr. Jones:', ...items), 'none');
  });
});

describe("an SBAR handover's R line", () => {
  const S = 'S: 10 y F, 5 days back pain, fever 38.9, refusing to walk.';
  const BA = ['B: previously well.', 'A: tender L3, HR 130, neuro intact.'];
  for (const [lines, r] of [
    [
      ['SBAR - nurse to GP', 'S: 9 y boy, 2 wk low back pain, mum worried.', 'B: no trauma, no PMH.', 'A: walking ok, no fever.'],
      'R: Insurance company requested an MRI lumbar spine before they approve physio. Please advise.',
    ],
    [
      ['S: 6yo F, fall from monkey bars ~2 m, c/o back pain.', 'B: well child, no meds.', 'A: GCS 15, midline tenderness T12/L1, neuro intact, pain 6/10.'],
      'R: CT thoracolumbar spine requested - rejected by radiology on vetting, they suggest XR first. Please discuss with consultant.',
    ],
    [
      ['SBAR handover (ED reg -> night reg)', 'S: 11 y M, MVC 70 km/h, back pain.', 'B: nil.', 'A: GCS 15, midline tenderness L1, neuro normal.'],
      'R: CT thoracolumbar spine w/ contrast to be requested only if he develops neuro signs or abdo CT shows injury; currently observing.',
    ],
    [
      ['S: 5 y F, back pain + fever 39.', 'B: previously well.', 'A: refusing to walk, tender L3, HR 140.'],
      'R: MRI whole spine with gad arranged for tomorrow AM if still febrile; bloods sent.',
    ],
    [[S, ...BA], 'R: MRI L-spine with contrast will be booked if CRP still rising in the morning.'],
    [[S, ...BA], 'R: MRI L-spine with contrast requested, but only if blood cultures positive.'],
    [['S: 2 day old boy, sacral dimple, NIPE.', 'B: term, SVD.', 'A: well.'], 'R: US spine booked by midwife in error - please cancel, consultant says simple dimple.'],
    [['S: 15 yo M, LBP after weights, tender L5.', 'B: nil.', 'A: neuro intact.'], 'R: GP letter says MRI L-spine requested by them in January (results not seen). Can we chase?'],
  ] as const) {
    it(`"${r}" orders nothing`, () => assert.equal(orderOf(...lines, r), 'none'));
  }
});
