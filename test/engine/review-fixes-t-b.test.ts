/**
 * Review rv18b of r18b (Romanian/Hungarian- and Cuba/Peru-trained words): each severe defect found, as a note
 * clinicians write it.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const B = '16 y M. Lumbar pain 2 months, night pain.';
const priors = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => `${p.modality}:${p.result}`);
const order = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id;

describe('review rv18b: r18b fixes', () => {
  describe('1. "Paraclinical:" holding a study done in a sentence of prose keeps it as a prior', () => {
    it('"Paraclinical: XR lumbar spine 2 weeks ago normal." is a prior negative radiograph', () =>
      assert.equal(readNote(B, 'Paraclinical: XR lumbar spine 2 weeks ago normal.', 'Plan: MRI lumbar spine.').scenario, 'back-pain-red-flags-negative-radiographs'));
    it('"Paraclinical: CBC normal, ESR 8. XR lumbar spine normal." reads the radiograph after the labs', () =>
      assert.deepEqual(priors(B, 'Paraclinical: CBC normal, ESR 8. XR lumbar spine normal.', 'Plan: MRI lumbar spine.'), ['XR:normal']));
    it('"Paraclinical: CBC, ESR: normal. XR lumbar spine: normal." too', () =>
      assert.deepEqual(priors(B, 'Paraclinical: CBC, ESR: normal. XR lumbar spine: normal.', 'Plan: MRI lumbar spine.'), ['XR:normal']));
  });

  describe('2. a prior and the study to do on one "Paraclinical:" line: both read', () => {
    it('"Paraclinical: XR done normal; MRI requested"', () => {
      const r = readNote('16 y M. Lumbar pain 2 months, mechanical. No night pain.', 'Paraclinical: XR done normal; MRI requested');
      assert.equal(r.facts.order?.reading.procedure?.modality, 'MRI');
      assert.deepEqual(
        r.facts.prior.map((p) => `${p.modality}:${p.result}`),
        ['XR:normal'],
      );
    });
    it('"Paraclinical: XR lumbar spine: normal. MRI lumbar spine requested."', () => {
      const r = readNote(B, 'Paraclinical: XR lumbar spine: normal. MRI lumbar spine requested.');
      assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
      assert.equal(r.scenario, 'back-pain-red-flags-negative-radiographs');
    });
  });

  describe("3. what follows a study's colon under a studies key that tells how or when to do it is the order, no prior", () => {
    for (const [line, id] of [
      ['Paraclinical: MRI lumbar spine: to be scheduled.', 'mri-area-without'],
      ['Paraclinical: MRI lumbar spine: scheduled for Monday', 'mri-area-without'],
      ['Paraclinical: MRI lumbar spine: urgent', 'mri-area-without'],
      ['Paraclinical: MRI lumbar spine: under sedation', 'mri-area-without'],
      ['Paraclinical: XR lumbar spine: AP and lateral', 'xr-area'],
    ])
      it(line, () => {
        const r = readNote(B, line);
        assert.equal(r.facts.order?.reading.procedure?.id, id);
        assert.equal(r.facts.prior.length, 0);
      });
    it('"Paraclinical: XR lumbar spine: awaiting report" is no prior and no order over the Plan', () => {
      const r = readNote(B, 'Paraclinical: XR lumbar spine: awaiting report', 'Plan: MRI lumbar spine.');
      assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
      assert.equal(r.facts.prior.length, 0);
    });
    it('a result after the colon is still a prior ("Paraclinical: XR lumbar spine: normal")', () =>
      assert.deepEqual(priors(B, 'Paraclinical: XR lumbar spine: normal'), ['XR:normal']));
  });

  describe('4. Spanish "radiografía" of another region is no spine radiograph', () => {
    for (const said of ['Radiografía de tórax normal.', 'Radiografía torácica normal.', 'Radiografía de cadera normal.'])
      it(said, () => assert.equal(readNote(`12 y M. Back pain 3 weeks, night pain. ${said}`, 'Plan: MRI lumbar spine.').scenario, 'back-pain-red-flags'));
    it('"Radiografía de columna lumbar normal." still is one', () =>
      assert.equal(
        readNote('12 y M. Back pain 3 weeks, night pain. Radiografía de columna lumbar normal.', 'Plan: MRI lumbar spine.').scenario,
        'back-pain-red-flags-negative-radiographs',
      ));
  });

  describe('5. "native" then contrast is without and with, not without', () => {
    for (const said of ['native and post-gadolinium', 'native then with contrast', '(native sequences and after gadolinium)'])
      it(`"MRI lumbar spine ${said}"`, () => assert.equal(order(B, `Plan: MRI lumbar spine ${said}.`), 'mri-area-without-and-with'));
    it('"MRI lumbar spine, native; contrast if lesion" stays without', () => assert.equal(order(B, 'Plan: MRI lumbar spine, native; contrast if lesion.'), 'mri-area-without'));
  });
});
