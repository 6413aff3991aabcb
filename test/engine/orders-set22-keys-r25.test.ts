/**
 * Orders as set 22's writers key them: a Dutch letter's plan in English ("Policy:"), a request card's heading ("Request
 * card: USS spine"), a coordinator's "Plan by Dr. Demir:", and an SBAR handover whose R line tells the request made ("R: CT
 * thoracolumbar spine with IV contrast requested"). Each beside its near misses, where the same words order nothing now: a
 * conditioned or declined plan, a card that is no request, another place's clinician, a nurse's R line that asks.
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

describe('a Dutch letter\'s "Policy:" is its plan', () => {
  it('orders the study it names', () => {
    assert.equal(
      orderOf(...INFANT, 'Conclusion: hair tuft lumbosacral.', 'Policy: MRI lumbar spine without contrast, with feed-and-wrap. Follow-up after the MRI.'),
      'mri-area-without',
    );
    assert.equal(orderOf(...INFANT, 'Policy:', '- echo of the lumbar spine', '- follow-up in 6 weeks'), 'us-area');
  });
  it('orders nothing when it conditions or declines the study', () => {
    assert.equal(orderOf(CHILD, 'Policy: paracetamol, 1 week rest from sport. If the pain after 4 weeks not over, then X-ray of the LWK.'), 'none');
    assert.equal(orderOf(CHILD, 'Policy: reassurance; MRI discussed, not indicated.'), 'none');
  });
  it('a course told "not over", "not resolved" or "not settled" is a condition, as "persists" is, and governs only its own sentence', () => {
    for (const key of ['Policy', 'Beleid', 'Plan']) {
      assert.equal(orderOf(CHILD, `${key}: paracetamol. If not resolved in 4 weeks, XR L-spine.`), 'none', key);
      assert.equal(orderOf(CHILD, `${key}: XR L-spine today. If not settled after PT, MRI.`), 'xr-area', key);
    }
  });
  it('beside a "Plan:" line it is another policy, neither read nor a repeated key', () => {
    const r = readNote(...INFANT, 'Plan: US spine', 'Policy: BCBS PPO');
    assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
    assert.ok(!r.rules.includes('duplicate-key'));
    assert.equal(orderOf(CHILD, 'Plan: physio', 'Policy: MRI L-spine requires prior authorisation'), 'none');
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
  const TRAUMA = [
    'Trauma call - SBAR',
    'S: 8yo boy, rear-seat passenger, lap belt only, head-on collision ~60 km/h.',
    'B: no PMH.',
    'A: GCS 15, seatbelt sign, c/o back pain, midline tenderness L2. Neuro: power 5/5 LL, sensation intact.',
  ];
  const NEWBORN = [
    'SBAR - postnatal ward handover 22:00',
    'S: Baby boy, 2/7 old, term.',
    'B: NIPE today: dimple at the top of the natal cleft with a patch of hyperpigmented skin around it.',
    'A: Obs stable, afebrile, feeding well. Normal tone and reflexes.',
  ];
  it('orders the study it tells requested, booked or its request submitted', () => {
    assert.equal(orderOf(...TRAUMA, 'R: CT thoracolumbar spine with IV contrast requested (together with CT abdo); surgical reg aware.'), 'ct-area-with');
    assert.equal(
      orderOf(
        ...NEWBORN,
        'R: Consultant asked for MRI lumbosacral spine without and with gadolinium - request submitted, slot Thursday. USS not booked as consultant prefers MRI. Pls make sure parents are aware.',
      ),
      'mri-area-without-and-with',
    );
    assert.equal(orderOf(...NEWBORN, 'R: US spine booked for the morning, please consent parents.'), 'us-area');
    assert.equal(orderOf(...NEWBORN, 'R: Have booked an US lumbar spine for the AM.'), 'us-area');
  });
  for (const r of [
    'R: Asking about an X-ray.',
    'R: MRI L-spine?',
    'R: Requesting MRI L-spine.',
    'R: Request MRI L-spine please.',
    'R: MRI L-spine requested by mum.',
    'R: Mum requested MRI L-spine.',
    'R: Consultant asked for MRI L-spine.',
    'R: MRI L-spine not yet requested.',
    'R: USS not booked as consultant prefers MRI.',
    'R: MRI L-spine report requested from the birth hospital.',
    'R: Please evaluate; MRI was planned "when available".',
  ]) {
    it(`"${r}" orders nothing`, () => assert.equal(orderOf(...NEWBORN, r), 'none'));
  }
  it('a line keyed R outside an SBAR is read as before', () => {
    assert.equal(orderOf('Pt: 8 y M', 'HPI: MVC, midline tenderness L2.', 'R: CT thoracolumbar spine requested.'), 'none');
  });
});
