/**
 * Review r44-orders: the harmful misreadings of round 44's order readings (a clinician told ordering now, "Actions
 * expected:", SBAR "R:", a requisition told done, "depending on result", relayed plans), each read as main read it,
 * beside look-alikes that keep the round's readings.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const H1 = ['Pt: 3 mo M', 'Exam: sacral dimple with hair tuft above gluteal cleft, neuro nl'];
const H2 = ['Pt: 9 yo F', 'HPI: 2 wk LBP after soccer, no fever, no night pain, neuro exam nl'];
const SBAR = ['SBAR', 'S: 3 mo M with sacral dimple and hair tuft', 'B: term', 'A: neuro nl'];

describe('review r44-orders: order readings mended', () => {
  describe('H1 a study changed later wins over a clinician told ordering', () => {
    it('"GP requests XR L-spine. Radiologist advises ultrasound instead; US booked." orders the US', () => {
      assert.equal(orderOf(...H1, 'GP requests XR L-spine. Radiologist advises ultrasound instead; US booked.'), 'us-area');
    });
    it('"The resident orders XR L-spine. Radiology suggests US instead; …" orders no XR', () => {
      assert.notEqual(orderOf(...H1, 'The resident orders XR L-spine. Radiology suggests US instead; resident agrees and orders US lumbar spine.'), 'xr-area');
    });
  });

  it('H2 "Actions expected: recognise MRI not first line; order US lumbar spine" orders the US', () => {
    assert.equal(orderOf(...H1, 'Actions expected: recognise MRI not first line; order US lumbar spine'), 'us-area');
  });

  describe('H3 a relayed plan telling a study done keeps its prior', () => {
    it('"Per MD (tele): spinal US last week normal; MRI L-spine now": prior US normal, the MRI ordered', () => {
      const r = readNote(...H1, 'Per MD (tele): spinal US last week normal; MRI L-spine now');
      assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
      assert.ok(r.facts.prior.some((p) => p.modality === 'US'));
    });
    it('"Per MD (tele): spinal US was normal last week, no further imaging": prior US kept, no order', () => {
      const r = readNote(...H1, 'Per MD (tele): spinal US was normal last week, no further imaging');
      assert.equal(r.facts.order, undefined);
      assert.ok(r.facts.prior.some((p) => p.modality === 'US'));
    });
    it('look-alike: "Per MD (tele): US lumbar spine at Stanton - req sent" still orders the US', () => {
      assert.equal(orderOf(...H1, 'Per MD (tele): US lumbar spine at Stanton - req sent, book w/ medical travel.'), 'us-area');
    });
  });

  describe("H4 a surgical service's advice is its referral, not the writer's plan", () => {
    for (const line of ['Neurosurgery recs (phone): MRI L-spine at their clinic next month', 'Neurosurgery recs (phone): MRI whole spine under GA'])
      it(`"${line}" is a referral, no order`, () => {
        const r = readNote(...H1, line);
        assert.equal(r.facts.referral.neurosurgery, true);
        assert.equal(r.facts.order, undefined);
      });
    it('"Per ortho: XR L-spine at their clinic" orders nothing', () => {
      assert.equal(orderOf(...H1, 'Per ortho: XR L-spine at their clinic'), 'none');
    });
  });

  describe("H5 an SBAR's R: refused, disputed or of no spine region orders nothing", () => {
    for (const r of ['R: MRI L-spine, mother refuses', 'R: CT L-spine - radiology says unnecessary', 'R: CT'])
      it(`"${r}" orders nothing`, () => {
        assert.equal(orderOf(...SBAR, r), 'none');
      });
    it('look-alike: "R: US L-spine - book soon" orders the US', () => {
      assert.equal(orderOf(...SBAR, 'R: US L-spine - book soon.'), 'us-area');
    });
  });

  describe('H6–H11 a clinician told ordering: cancelled, past, done, conditioned, asked, of another service, a teaching error', () => {
    const NONE: [string[], string][] = [
      [H2, 'The attending places: XR L-spine\nThe attending then cancels the XR after discussion.'],
      [H2, 'The resident orders lumbar spine radiographs. The attending cancels them and orders no imaging.'],
      [H2, 'The intern orders XR L-spine; senior overrides: no imaging.'],
      [H2, 'Last visit the GP orders XR L-spine (normal). Today: physio.'],
      [H2, 'At last visit PCP orders XR L-spine; result normal. Plan: reassure.'],
      [H2, 'XR L-spine - req done, result normal. Physio.'],
      [H2, 'The resident orders MRI L-spine once pain persists beyond 6 weeks.'],
      [H2, 'Dr Patel requests: XR L-spine? discuss with attending'],
      [H1, 'Recommended: MRI lumbar spine depending on result'],
      [H2, 'Orthopaedic registrar requests MRI at their clinic.\nPlan: physio.'],
      [[], 'Sim case: 3 mo M with sacral dimple and hair tuft\nCommon errors: learner orders MRI or XR.\nExpected: US lumbar spine'],
    ];
    for (const [history, line] of NONE)
      it(`"${line.replace(/\n/g, ' / ')}" orders nothing`, () => {
        assert.equal(orderOf(...history, ...line.split('\n')), 'none');
      });
    it('"Last visit the GP orders XR L-spine (normal)" keeps the normal XR a prior radiograph', () => {
      const r = readNote(...H2, 'Last visit the GP orders XR L-spine (normal). Today: physio.');
      assert.ok(r.facts.prior.some((p) => p.modality === 'XR'));
    });
    it('"XR L-spine - req done, result normal" keeps the XR a prior', () => {
      assert.ok(readNote(...H2, 'XR L-spine - req done, result normal. Physio.').facts.prior.some((p) => p.modality === 'XR'));
    });
    // Look-alikes that keep the round's readings.
    const READ: [string[], string, string][] = [
      [H2, 'The resident orders lumbar spine radiographs (AP and lateral).  Which of the following is the most appropriate next step?', 'xr-area'],
      [H2, 'XR lumbar spine at QGH w/ next medical travel - req done.', 'xr-area'],
      [H2, 'GP requests XR L-spine "to be sure". Ordered as requested.', 'xr-area'],
      [H1, 'Recommended: US lumbar spine. After that consult of neurosurgeon depending on result', 'us-area'],
    ];
    for (const [history, line, id] of READ)
      it(`look-alike: "${line}" orders ${id}`, () => {
        assert.equal(orderOf(...history, line), id);
      });
  });
});
