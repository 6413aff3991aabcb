/**
 * A study ordered today, written on a Prior imaging or PMH line: after the line's own "none" ("Prior imaging: none; XR
 * L-spine ordered") or opening on the writer's order verb ("Imaging reviewed: none. Will order MRI L-spine"), it is the
 * order, and no prior study done; what such a line tells of an order before (another's, dated, with its result, routine,
 * conditional, or someone's wish) stays history (order-after-none.ts, order-openings.ts).
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const infant = ['Patient: 4 mo M', 'Indication: sacral dimple with hair tuft, neuro intact'];

describe('an order written on a Prior imaging or PMH line (r39)', () => {
  for (const [line, id] of [
    ['Prior imaging: none; XR L-spine ordered', 'xr-area'],
    ['Prior imaging: none; XR L-spine ordered today', 'xr-area'],
    ['Imaging reviewed: none. Will order MRI L-spine', 'mri-area-without'],
    ['Previous imaging: nil. Will order MRI L-spine', 'mri-area-without'],
    ['Prior imaging: none. Spinal US ordered today.', 'us-area'],
    ['Prior imaging: nil - US spine requested', 'us-area'],
    ['Prior imaging: none - spinal ultrasound arranged', 'us-area'],
    ['Prior imaging: no prior imaging. US spine booked', 'us-area'],
    ['Prior imaging: none done; MRI L-spine w/o requested', 'mri-area-without'],
    ['Prior imaging: none. Order US spine', 'us-area'],
    ['Prior imaging: none. Arranging US spine today', 'us-area'],
    ['PMH: none; XR L-spine ordered', 'xr-area'],
    ['PMH: nil; US spine requested', 'us-area'],
    ['PMH: none, US spine ordered', 'us-area'],
  ]) {
    it(`"${line}" orders ${id}, and no missing-order`, () => {
      const r = readNote(...infant, line);
      assert.equal(r.facts.order?.reading.procedure?.id, id);
      assert.ok(!r.rules.includes('missing-order'), r.rules.join());
    });
  }

  for (const line of ['Prior imaging: none. Spinal US ordered today.', 'Prior imaging: nil - US spine requested']) {
    it(`"${line}": the US ordered today is no prior US`, () => {
      const r = readNote(...infant, line);
      assert.ok(!r.facts.prior.some((p) => p.modality === 'US'), JSON.stringify(r.facts.prior));
      assert.ok(r.rules.includes('ultrasound-window-closing'), r.rules.join());
    });
  }

  it('"Prior imaging: none; XR L-spine ordered" at 4 mo: the radiograph is flagged as the wrong first study', () => {
    assert.ok(readNote(...infant, 'Prior imaging: none; XR L-spine ordered').rules.includes('inappropriate-initial-study'));
  });

  for (const line of [
    'Prior imaging: US spine ordered by PCP at 6 wk - normal',
    'Prior imaging: spinal US ordered at birth, never done',
    'Prior imaging: MRI ordered last month, not yet done',
    'Prior imaging: XR L-spine requested by GP 2 wk ago, result awaited',
    'PMH: scoliosis, XR spine ordered yearly',
    'Prior imaging: US spine (ordered 3/2) normal',
    'Prior imaging: none. Will order MRI if US abnormal',
    'Prior imaging: none; mum asked for an x-ray',
    'Prior imaging: none; XR L-spine not ordered',
    'Prior imaging: none; US spine ordered by PCP',
    'Prior imaging: none; US spine requested by mum',
    'Prior imaging: none; US spine ordered if dimple deepens',
    'Prior imaging: none; US spine ordered 2 wk ago',
    'Prior imaging: none; US spine ordered, normal',
    'Prior imaging: nil. US spine requested, parents declined',
    'Prior imaging: none; US spine ordered at OSH',
    'Prior imaging: none; sibling US spine ordered',
    'Prior imaging: none; US spine ordered yearly',
    'Prior imaging: none; US spine requested - pending approval',
    'Prior imaging: none; US spine to be ordered by GP',
    'Prior imaging: normal; XR L-spine ordered',
    'PMH: asthma; XR L-spine ordered',
    'PMH: none; mother had XR spine ordered',
    'Family history: none; US spine ordered',
  ]) {
    it(`"${line}" orders nothing`, () => {
      assert.equal(orderOf(...infant, line), 'none');
    });
  }

  it('"Prior imaging: US spine ordered by PCP at 6 wk - normal" keeps the normal prior US', () => {
    const r = readNote(...infant, 'Prior imaging: US spine ordered by PCP at 6 wk - normal');
    assert.ok(
      r.facts.prior.some((p) => p.modality === 'US' && p.result === 'normal'),
      JSON.stringify(r.facts.prior),
    );
  });

  it('"Prior imaging: none. Will order MRI if US abnormal": the US of the condition is no abnormal prior US', () => {
    const r = readNote(...infant, 'Prior imaging: none. Will order MRI if US abnormal');
    assert.ok(!r.facts.prior.some((p) => p.modality === 'US'), JSON.stringify(r.facts.prior));
    assert.ok(!r.rules.includes('referral-after-abnormal-ultrasound'), r.rules.join());
  });

  it('"Prior imaging: XR L-spine normal. Will order MRI L-spine" in back pain: the normal radiograph stays a prior, the MRI is the order', () => {
    const r = readNote('Patient: 12 yo F', 'Indication: low back pain 8 weeks, neuro intact', 'Prior imaging: XR L-spine normal. Will order MRI L-spine');
    assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
    assert.ok(
      r.facts.prior.some((p) => p.modality === 'XR' && p.result === 'normal'),
      JSON.stringify(r.facts.prior),
    );
  });

  it('"Prior imaging: Ordered XR L-spine at OSH: normal" stays a prior radiograph and no order', () => {
    const r = readNote('Patient: 12 yo F', 'Indication: low back pain 8 weeks, neuro intact', 'Prior imaging: Ordered XR L-spine at OSH: normal');
    assert.equal(r.facts.order, undefined);
    assert.ok(
      r.facts.prior.some((p) => p.modality === 'XR' && p.result === 'normal'),
      JSON.stringify(r.facts.prior),
    );
  });
});
