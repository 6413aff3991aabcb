/**
 * Orders in set18's voices: Filipino "APL" (AP and lateral views: a radiograph), "DL spine" (dorsolumbar) and "T-L
 * spine" as the thoracolumbar spine, "Inv:" as the investigations to do; and the near-misses: a study reported on
 * its investigation line, a labs-only line, stay no order.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const subregionsOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.subregions ?? [];

describe('r21 orders: study names as Filipino and South Asian notes write them', () => {
  it('APL is a radiograph, of the whole spine when it says so', () => {
    assert.equal(orderOf('16 y/o M', 'CC: LBP x 5 days', 'Plan: LS APL, Celecoxib 200mg OD x 5 days'), 'xr-area');
    assert.equal(orderOf('10 y/o F', 'CC: back pain', 'Plan: Whole spine APL, Paracetamol PRN'), 'xr-complete');
    assert.equal(orderOf('12 y/o M', 'CC: back pain after fall', 'Plan: T-L spine APL'), 'xr-area');
    assert.equal(orderOf('12 y/o M', 'back pain', 'Plan: XR lumbar spine AP and lateral'), 'xr-area');
  });
  it('DL and T-L spine are the thoracic and lumbar spine', () => {
    assert.deepEqual(subregionsOf('11 yr old boy, fell from a roof, back pain.', 'Order: X-ray DL spine AP & lateral'), ['thoracic', 'lumbar']);
    assert.deepEqual(subregionsOf('12 y/o M, back pain.', 'Plan: T-L spine APL'), ['thoracic', 'lumbar']);
    assert.deepEqual(subregionsOf('12 y/o M, back pain.', 'Plan: LS APL'), ['lumbar']);
  });
  it('an Inv line lists the investigations to do', () => {
    assert.equal(orderOf('11 yr old boy, fell from a roof (~10 ft), pain mid back.', 'Inv: X-ray DL spine AP & lateral', 'Analgesia, log roll.'), 'xr-area');
    assert.equal(orderOf('9 yr old boy, back pain and fever.', 'Inv: CBC, ESR, CRP; LS APL'), 'xr-area');
  });
  it('a study reported on its Inv line, labs only, or LS that names no study order nothing', () => {
    assert.equal(orderOf('9 yr old boy, back pain.', 'Inv: CBC, ESR, CRP'), 'none');
    assert.equal(orderOf('9 yr old boy, back pain.', 'Inv: XR LS spine - normal'), 'none');
    assert.equal(orderOf('9 yr old boy, back pain.', 'Inv: X-ray LS spine - NAD'), 'none');
    assert.equal(orderOf('9 yr old boy, back pain.', 'Inv: X-ray LS spine - nil'), 'none');
    assert.equal(orderOf('9 yr old boy, back pain.', 'Ix: XR L-spine NAD'), 'none');
    assert.equal(orderOf('9 yr old boy, back pain.', 'Inv: X-ray L-spine - nil acute'), 'none');
    assert.equal(orderOf('9 yr old boy, back pain.', 'Inv: X-ray L-spine - nil abnormality'), 'none');
    assert.equal(orderOf('9 yr old boy, back pain.', 'Inv: X-ray L-spine - NIL SIGNIFICANT.'), 'none');
    assert.equal(orderOf('9 yr old boy, back pain.', 'Investigations: XR L-spine: unremarkable'), 'none');
  });
  it('a normal word of something else after the study leaves it ordered', () => {
    assert.equal(orderOf('9 yr old boy, back pain, night pain.', 'Plan: MRI L-spine - nil by mouth from 6am'), 'mri-area-without');
    assert.equal(orderOf('9 yr old boy, back pain, night pain.', 'Plan: MRI L-spine - nil acute distress'), 'mri-area-without');
    assert.equal(orderOf('9 yr old boy, back pain, night pain.', 'Plan: MRI L-spine, exam normal'), 'mri-area-without');
    assert.equal(orderOf('9 yr old boy, LS pain x 1 week.', 'Plan: paracetamol, review 2/52'), 'none');
    // APL is also acute promyelocytic leukaemia: only after a spine word is it a radiograph's views.
    assert.equal(orderOf('9 yr old boy, back pain, h/o APL in remission.', 'Plan: MRI L-spine w/o'), 'mri-area-without');
    assert.equal(orderOf('9 yr old boy, back pain, h/o APL in remission.', 'Plan: paracetamol'), 'none');
  });
});

describe('r21 orders: a study after a condition and an arrow', () => {
  it('a condition before the arrow orders nothing, whatever the sentence before it holds', () => {
    assert.equal(orderOf('9yo boy, back pain x 1/52. No trauma, no fever.', 'Plan: PCM PRN, TCA 2/52. If pain persists/worsens -> XR LS spine.'), 'none');
    assert.equal(orderOf('9yo boy, back pain x 1/52.', 'Plan: If not better in 3 wks -> XR L-spine'), 'none');
    assert.equal(orderOf('9yo boy, back pain x 1/52.', 'Plan: Should it worsen \u2192 MRI L-spine'), 'none');
    assert.equal(orderOf('9yo boy, back pain x 1/52.', 'Plan: analgesia; unless settling in 2 wks => MRI L-spine'), 'none');
    // The paracetamol's "PRN" in the sentence before keeps no condition of the study's own.
    assert.equal(orderOf('9yo boy, back pain x 1/52.', 'Plan: PCM PRN. If pain persists, XR LS spine'), 'none');
  });
  it('an arrow after a finding, or a condition that keeps the order, still orders', () => {
    assert.equal(orderOf('9yo boy, back pain x 3/52, night pain.', 'Plan: if pain persists, review. Tender L3 -> XR L-spine'), 'xr-area');
    assert.equal(orderOf('9yo boy, back pain x 3/52, night pain.', 'Plan: PCM PRN. XR LS spine if needed'), 'xr-area');
  });
});

describe('r21 orders: the study a letter to the ordering clinician asks for', () => {
  const letter = (...body: string[]) => ['Dear Dr Hughes,', '', 'Re: Oliver Grant  11y', '', ...body, '', 'Yours sincerely', 'Priya Nair', 'Senior Physiotherapist'];
  it('a study the writer suggests, asks for or supports is the order', () => {
    assert.equal(orderOf(...letter('Back pain 3 wks, constant, wakes him at night.', 'I would suggest plain X-rays of the thoracolumbar spine as a first step.')), 'xr-area');
    assert.equal(orderOf(...letter('Back pain 3 wks, constant.', 'I wonder whether an MRI of the lumbar spine would be appropriate.')), 'mri-area-without');
    assert.equal(orderOf(...letter('Back pain 3 wks, leg pain.', "I'd support an MRI L-spine.")), 'mri-area-without');
    assert.equal(
      orderOf('Dr. Lindqvist -', '', 'Ella S., 16 yo rower, LBP w/ sciatica 3 wks.', 'P: Please consider MRI lumbar spine. Holding off on rowing.', '', 'Thanks, B. Okoro PT'),
      'mri-area-without',
    );
    assert.equal(
      orderOf(
        'To: Dr. R. Mensah, Pediatrics',
        'Re: Noah K., 4 month old',
        'Small dimple above the gluteal crease with a tuft of hair.',
        'I would suggest a spinal ultrasound be considered while he is still young enough for it.',
        'Thanks,',
        'J. Alvarez, PT',
      ),
      'us-area',
    );
  });
  it('a suggestion conditioned, declined or of no study, a parent question or a wish, orders nothing', () => {
    assert.equal(
      orderOf(...letter('Back pain 1 wk, mechanical.', "I don't think imaging is indicated. If not improving in 4 weeks I'll write back re: X-ray of the lumbar spine.")),
      'none',
    );
    assert.equal(orderOf(...letter('Back pain 1 wk.', 'I would suggest an MRI of the lumbar spine if he is no better in 6 weeks.')), 'none');
    assert.equal(orderOf(...letter('Back pain 1 wk.', 'I would suggest no imaging of the spine for now.')), 'none');
    assert.equal(orderOf(...letter('Back pain 1 wk.', 'I would suggest a course of physiotherapy for the lumbar spine.')), 'none');
    assert.equal(
      orderOf(
        'Message from: Karen L. (parent)',
        'Emma (14) strained her back. Sore lower back. Should she get an xray??',
        '',
        'Reply - Jen Morales, FNP',
        "An x-ray won't help right now.",
      ),
      'none',
    );
  });
  it('a study argued against, put off, declined after, or not the cue\u2019s own object orders nothing', () => {
    assert.equal(orderOf(...letter('Back pain 3 wks.', 'I would recommend against an MRI of the lumbar spine.')), 'none');
    assert.equal(orderOf(...letter('Back pain 3 wks.', "I wonder whether an MRI of the spine is really necessary; I'd suggest reassurance.")), 'none');
    assert.equal(orderOf(...letter('Back pain 3 wks.', "I'd recommend rehab before any MRI of the spine.")), 'none');
    assert.equal(orderOf(...letter('Sacral dimple.', 'I would suggest a spinal ultrasound be considered. However mother declined today.')), 'none');
    assert.equal(orderOf(...letter('UTI x2.', 'I would suggest a renal ultrasound given the lumbar dimple.')), 'none');
    assert.equal(orderOf(...letter('Hip pain.', 'I would suggest a hip X-ray rather than imaging the spine.')), 'none');
    assert.equal(orderOf(...letter('Back pain 1 wk.', 'I would suggest holding off on lumbar spine X-rays.')), 'none');
    // The same letters asking plainly do order: the guards above are what stop them.
    assert.equal(orderOf(...letter('Sacral dimple.', 'I would suggest a spinal ultrasound be considered.')), 'us-area');
    assert.equal(orderOf(...letter('Back pain 3 wks.', 'I would recommend an MRI of the lumbar spine.')), 'mri-area-without');
    assert.equal(orderOf(...letter('Back pain 3 wks.', 'Please consider MRI lumbar spine with and without contrast.')), 'mri-area-without-and-with');
  });
});

describe('r21 orders: what makes a note a letter', () => {
  const ask = 'I wonder whether an MRI of the lumbar spine would be appropriate.';
  it('"To:", "Re:" or "Attn:" with the colon, "Dear", "Hi Dr" or a sign-off line', () => {
    assert.equal(orderOf('To: Dr Patel', '12 yo, back pain 3 wks.', ask), 'mri-area-without');
    assert.equal(orderOf('Attn: Dr Patel', '12 yo, back pain 3 wks.', ask), 'mri-area-without');
    assert.equal(orderOf('Hi Dr Patel,', '12 yo, back pain 3 wks.', ask), 'mri-area-without');
    assert.equal(orderOf('Hello Doctor Ng,', '12 yo, back pain 3 wks.', ask), 'mri-area-without');
    assert.equal(orderOf('Dear Dr Patel,', '12 yo, back pain 3 wks.', ask), 'mri-area-without');
    assert.equal(orderOf('12 yo, back pain 3 wks.', ask, 'Kind regards'), 'mri-area-without');
  });
  it('a clinic note that only looks like one is no letter: its suggestion orders nothing', () => {
    assert.equal(orderOf('12 yo, back pain 3 wks.', ask), 'none');
    assert.equal(orderOf('Re-presents with low back pain x 3 wks, 12 yo.', ask), 'none');
    assert.equal(orderOf('To be seen by ortho next week.', '12 yo, back pain 3 wks.', ask), 'none');
    assert.equal(orderOf('Dr. Okafor', '12 yo, back pain 3 wks.', ask), 'none');
    assert.equal(orderOf('Hi, 12 yo, back pain 3 wks.', ask), 'none');
    assert.equal(orderOf('Hi Nurse Ng, 12 yo, back pain 3 wks.', ask), 'none');
  });
});

describe('r21 orders: bare LS names no spine', () => {
  it('another study beside an "LS" that is not the spine is not spinal', () => {
    assert.equal(orderOf('9 yo girl, lichen sclerosus.', 'Plan: pelvic US, clobetasol for LS.'), 'none');
    assert.equal(orderOf('9 yo boy, UTI.', 'Plan: Renal US ordered, LS clear'), 'none');
    assert.equal(orderOf('6 wk old girl, hip click, LS dimple.', 'Plan: hip US, LS dimple reassurance'), 'none');
    assert.equal(orderOf('3 mo old boy, LS hemangioma.', 'Plan: US abdomen, LS hemangioma review'), 'none');
  });
  it('LS with the spine or its views still names the lumbar spine', () => {
    assert.deepEqual(subregionsOf('12 y/o M, back pain.', 'Plan: XR LS spine'), ['lumbar']);
    assert.deepEqual(subregionsOf('12 y/o M, back pain.', 'Plan: XR L-S spine'), ['lumbar']);
    assert.deepEqual(subregionsOf('12 y/o M, back pain.', 'Plan: MRI L/S spine w/o'), ['lumbar']);
  });
});

describe('r21 orders: a study ordered by a relative clause after it', () => {
  it('"…, which I have ordered" orders the study before it', () => {
    assert.equal(orderOf('2 mo girl with a skin tag, US: low lying conus.', "Next step is an MRI of the lower spine without contrast, which I've ordered."), 'mri-area-without');
    assert.equal(orderOf('2 mo girl with a skin tag.', 'An MRI of the lumbar spine, which we have requested, should settle it.'), 'mri-area-without');
    assert.equal(orderOf('2 mo girl with a skin tag.', "An MRI of the lumbar spine, that we've already requested."), 'mri-area-without');
  });
  it('a relative clause that does not order, or is someone else\u2019s, orders nothing', () => {
    assert.equal(orderOf('2 mo girl with a skin tag.', 'An MRI of the lumbar spine, which I have not ordered.'), 'none');
    assert.equal(orderOf('2 mo girl with a skin tag.', 'An MRI of the lumbar spine, which mum wanted.'), 'none');
    assert.equal(orderOf('2 mo girl with a skin tag.', 'An MRI of the lumbar spine, which they have requested.'), 'none');
    // A study done before, and a verb with an object of its own: the report is requested, not the study.
    assert.equal(orderOf('2 mo girl with a skin tag.', 'She had an MRI of the lumbar spine in March, which I have requested the report of.'), 'none');
    assert.equal(orderOf('2 mo girl with a skin tag.', 'An MRI of the lumbar spine last year, which I have requested.'), 'none');
    assert.equal(orderOf('2 mo girl with a skin tag.', 'An MRI of the lumbar spine, which I have requested the images of.'), 'none');
  });
});
