/**
 * Round 35's earlier studies as these writers tell them: the region's radiographs named by their views ("LS spine APL (2 wks
 * ago): no bony abnormality", APL = AP and lateral, as Filipino notes write it) and a study told on the patient line after the
 * age ("Pt: 2 yo M (26 mo). h/o sacral dimple, spinal US at birth normal."). A bare APL (acute promyelocytic leukaemia) and a
 * radiograph still to do stay no prior.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const PAIN = '10 y/o F, LBP x 5 weeks, not relieved by rest. No fever. No trauma.';
const priors = (r: ReturnType<typeof readNote>) => r.facts.prior.map((p) => `${p.modality}:${p.result}`);

describe('round 35: earlier studies as these writers tell them', () => {
  describe('radiographs named by the region and APL', () => {
    for (const line of ['LS spine APL (2 wks ago): no bony abnormality.', 'L-spine APL 2 wks ago normal.', 'Lumbosacral spine APL (10/11): normal.'])
      it(`"${line}" is a negative prior radiograph`, () => {
        const r = readNote(PAIN, line, 'Plan: MRI L-spine w/o contrast');
        assert.deepEqual(priors(r), ['XR:normal']);
        assert.equal(r.scenario, 'back-pain-red-flags-negative-radiographs');
      });
    it('a bare APL (the leukaemia) is no radiograph', () => assert.deepEqual(priors(readNote(PAIN, 'Hx APL in remission.', 'Plan: MRI L-spine w/o contrast')), []));
    it('"Plan: LS spine APL" is the order, no prior', () => {
      const r = readNote(PAIN, 'Plan: LS spine APL');
      assert.deepEqual(priors(r), []);
      assert.equal(r.facts.order?.reading.procedure?.id, 'xr-area');
    });
  });
  describe('a study told on the patient line', () => {
    it('"Pt: 2 yo M (26 mo). h/o sacral dimple, spinal US at birth normal." is a normal prior US', () =>
      assert.deepEqual(priors(readNote('Pt: 2 yo M (26 mo). h/o sacral dimple, spinal US at birth normal.', 'Exam: dimple small, in cleft.', 'Plan: MRI L-spine w/o')), [
        'US:normal',
      ]));
    it('a patient line with no study, or one asked for, tells none', () => {
      assert.deepEqual(priors(readNote('Pt: 2 yo M. h/o sacral dimple.', 'Plan: MRI L-spine w/o')), []);
      assert.deepEqual(priors(readNote('Pt: 3 mo F, sacral dimple, for spinal US.', 'Plan: US spine')), []);
    });
  });
});
