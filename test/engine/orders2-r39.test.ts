/**
 * r39-orders2: a denial inside a bracketed aside about another study is that study's, not the order's (order-another-visit.ts
 * inAsideOfAnother); a report's own verdict of doubt after a filum at its threshold is not undone by a negation of a later
 * clause about something else ("… reported as indeterminate, follow-up was suggested but family did not come", prior.ts verdictAfter).
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
const HPI = '11 yo F, LBP x 7 wks, constant, now wakes her. XR L-spine last mo nl. Neuro nl. No fever.';

describe('a denial in a bracketed aside about another study (r39-orders2)', () => {
  it('leaves the study ordered outside the aside', () => {
    assert.equal(orderOf(HPI, 'Plan: CT L-spine w/ contrast (insurance denied MRI).'), 'ct-area-with');
    assert.equal(orderOf(HPI, 'Plan: CT L-spine w/o contrast (insurance denied MRI L-spine).'), 'ct-area-without');
    assert.equal(orderOf(HPI, 'Plan: XR L-spine (insurance refused MRI).'), 'xr-area');
    assert.equal(orderOf(HPI, 'Plan: CT L-spine w/ contrast (MRI denied by insurance).'), 'ct-area-with');
  });
  it('still withdraws the study itself denied, and keeps a conditional one conditional', () => {
    assert.equal(orderOf(HPI, 'Plan: MRI L-spine (denied by insurance).'), 'none');
    assert.equal(orderOf(HPI, 'Plan: MRI L-spine - insurance denied.'), 'none');
    assert.equal(orderOf(HPI, 'Plan: MRI L-spine (insurance denied MRI).'), 'none');
    assert.equal(orderOf(HPI, 'Plan: MRI L-spine w/o (insurance denied, appeal sent).'), 'none');
    assert.equal(orderOf(HPI, 'Plan: MRI L-spine (72148 - insurance denied).'), 'none');
    assert.equal(orderOf(HPI, 'Plan: CT L-spine (insurance denied CT).'), 'none');
    assert.equal(orderOf(HPI, 'Plan: CT L-spine if MRI denied.'), 'none');
  });
  it("reads the denial of the aside's own clause only", () => {
    // "(insurance denied; CT instead)": the MRI read is the one denied, the CT its replacement.
    assert.notEqual(orderOf(HPI, 'Plan: MRI L-spine w/o (insurance denied; CT instead).'), 'mri-area-without');
  });
});

const priorOf = (us: string) =>
  readNote(
    'Patient 7 months, female.',
    'Sacral dimple, diameter approx 5 mm, inside the gluteal cleft.',
    `Spinal ultrasound done at 1 month of age in other hospital: ${us}`,
    'Neuro exam normal.',
    'Now I request MRI of lumbosacral spine without contrast.',
  )
    .facts.prior.map((p) => `${p.modality}:${p.result}`)
    .join();

describe("a report's own verdict on a filum at its threshold (r39-orders2)", () => {
  it('is not undone by a negation in a later clause about something else', () => {
    assert.equal(priorOf('conus at L2-L3 level, borderline, filum 2 mm - reported as indeterminate, follow-up was suggested but family did not come.'), 'US:indeterminate');
    assert.equal(priorOf('conus L2, filum 2 mm - indeterminate; repeat was not done.'), 'US:indeterminate');
  });
  it('stays abnormal when the verdict is negated or strengthened, or a measure is past its threshold', () => {
    assert.equal(priorOf('conus L2, filum 2 mm - not indeterminate.'), 'US:abnormal');
    assert.equal(priorOf('conus L2, filum 2 mm - not equivocal, definitely thickened.'), 'US:abnormal');
    assert.equal(priorOf('conus L2, filum 2 mm - equivocal, abnormal.'), 'US:abnormal');
    assert.equal(priorOf('conus at L3, filum 2 mm - reported as indeterminate, follow-up was suggested but family did not come.'), 'US:abnormal');
    assert.equal(priorOf('conus at L2-L3, filum 3 mm - reported as indeterminate, family did not come.'), 'US:abnormal');
  });
});

describe('"limited" opening a Plan clause before the study is how it is done (r39-orders2)', () => {
  const gymnast = '13yo F competitive gymnast. LBP x 2 mo. XR: bilat L5 pars defects.';
  it('leaves the limited study the order', () => {
    assert.equal(
      orderOf(gymnast, 'P: limited CT L5 (w/o contrast) to stage healing potential; Boston brace discussed; no gymnastics x 6-8 wks; RTP progression per PT.'),
      'ct-area-without',
    );
    assert.equal(orderOf(gymnast, 'P: limited CT T12-L1; brace x 3 mo.'), 'ct-area-without');
    assert.equal(orderOf(gymnast, 'P: limited MRI L-spine; PT x 6 wk.'), 'mri-area-without');
  });
  it('still reads a limited study dated as done, or limited after its name, as a report', () => {
    assert.equal(orderOf(gymnast, 'Plan: limited XR 3 wk ago; MRI L-spine; rest x 2 wk.'), 'mri-area-without');
    assert.equal(orderOf(gymnast, 'Plan: prior US limited; MRI L-spine; rest x 2 wk.'), 'mri-area-without');
    assert.equal(orderOf(gymnast, 'Plan: limited XR at 2 mo; MRI L-spine; rest x 2 wk.'), 'mri-area-without');
  });
});

describe("an abbreviation's full stop in an order ends no sentence (r39-orders2)", () => {
  const trauma = '15 y/o M snowboarder, landed flat on back from ~10 ft jump. Midline TTP T7-T9.';
  it('keeps spine reformats of a body CT told after "incl." the study\'s own', () => {
    assert.equal(orderOf(trauma, 'Orders: CT chest/abd/pelvis w/ IV contrast incl. T and L spine reformats.'), 'ct-area-with');
  });
  it('leaves a body CT with no spine named, or a spine told in another sentence, not a spine study', () => {
    assert.equal(orderOf(trauma, 'Orders: CT head w/o; CT chest/abd/pelvis w/ IV contrast.'), 'none');
    assert.equal(orderOf(trauma, 'Orders: CT abdomen w/ contrast. Spine cleared.'), 'none');
  });
});
