/**
 * Round 42, orders: the request keys that Spanish- and Portuguese-speaking writers put in English ("Solicit:"), the writer's
 * own request after an arrow ("MRI waiting list 3 months -> requesting CT L-spine"), and a correction that changes the order
 * ("Correction: change the order to ultrasound of lumbosacral spine instead of the Rx").
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const GYMNAST = 'Female 15 years. Lumbar pain 2 months, worse with extension. Neurologic normal.';
const SCIATICA = '16 yo F, LBP 3 wk with sciatica-type pain down L leg, worse coughing. Neuro: L ankle reflex absent.';
const DIMPLE =
  'Infant female 3 months. Physical exam: sacral dimple of 2 mm inside the gluteal fold, no hair, no stain. Neurologic normal.\nPlan: Rx of lumbosacral column AP and lateral.';

describe('orders r42: a request key written in English from solicitar', () => {
  it('reads "Solicit:" as the request', () => {
    assert.equal(orderOf(GYMNAST, 'Solicit: MRI lumbar spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf(GYMNAST, 'I solicit: MRI lumbar spine without contrast.'), 'mri-area-without');
  });
  it('leaves "Solicitation:", which heads other business too, no request key (review r42 H3)', () => {
    assert.equal(orderOf(GYMNAST, 'Solicitation: patient solicitation of opioid - declined. XR L-spine'), 'xr-area');
  });
});

describe("orders r42: the writer's request after an arrow", () => {
  it('orders the study requested after the arrow, whatever the study before it', () => {
    assert.equal(orderOf(SCIATICA, 'MRI waiting list 3 months -> requesting CT L-spine non-contrast in the meantime.'), 'ct-area-without');
    assert.equal(orderOf(SCIATICA, 'MRI unavailable -> request CT L-spine.'), 'ct-area-without');
    assert.equal(orderOf(SCIATICA, 'MRI unavailable -> will request CT L-spine.'), 'ct-area-without');
    assert.equal(orderOf(SCIATICA, 'Long wait for MRI \u2192 ordering XR L-spine.'), 'xr-area');
  });
  it('keeps a conditional arrow, a time to come, a request declined or conditioned after it as they were', () => {
    assert.equal(orderOf(SCIATICA, 'If XR normal -> requesting MRI L-spine.'), 'none');
    assert.equal(orderOf(SCIATICA, 'Should pain persist -> will request MRI L-spine.'), 'none');
    assert.equal(orderOf(SCIATICA, 'MRI waiting list 3 months -> not requesting CT, will wait.'), 'none');
    assert.equal(orderOf(SCIATICA, 'MRI waiting list 3 months -> requesting CT L-spine if no better.'), 'none');
    assert.equal(orderOf(SCIATICA, 'MRI unavailable -> requesting CT L-spine? discuss with rads.'), 'none');
  });
});

describe('orders r42: a correction that changes the order', () => {
  it('orders the study the writer changes the order to', () => {
    const line = 'Correction: after discussing with the radiologist, change the order to ultrasound of lumbosacral spine instead of the Rx.';
    assert.equal(orderOf(DIMPLE, line), 'us-area');
    assert.equal(orderOf(DIMPLE, 'Correction: change the order to US lumbosacral spine.'), 'us-area');
    assert.equal(orderOf(DIMPLE, 'Addendum: please change the order to US lumbosacral spine.'), 'us-area');
  });
  it('keeps a correction of something else, a proposal, a condition or a change left pending as the order was', () => {
    assert.equal(orderOf(DIMPLE, 'Correction: change the side to left.'), 'xr-area');
    assert.equal(orderOf(DIMPLE, 'Correction: change the date to 12/03.'), 'xr-area');
    assert.equal(orderOf(DIMPLE, 'Suggest change the order to US lumbosacral spine.'), 'xr-area');
    assert.equal(orderOf(DIMPLE, 'If XR not possible, change the order to US lumbosacral spine.'), 'xr-area');
    assert.equal(orderOf(DIMPLE, 'Mum asked to change the order to MRI lumbar spine.'), 'xr-area');
    assert.equal(orderOf(DIMPLE, 'Do not change the order to US lumbosacral spine.'), 'xr-area');
    assert.equal(orderOf(DIMPLE, 'Correction: change the order to US lumbosacral spine - pending discussion with consultant.'), 'xr-area');
    assert.equal(orderOf(DIMPLE, 'Radiologist: change the order to US lumbosacral spine?'), 'xr-area');
  });
});

describe('orders r42: a body CT written by its initials names no spine', () => {
  const MVC = '12 y M, MVC rollover, back pain, midline tenderness T12.';
  it('"CT C/A/P", "CT CAP", "CT T/A/P" order no spine study', () => {
    assert.equal(orderOf(MVC, 'Plan: CT head w/o, CT C/A/P'), 'none');
    assert.equal(orderOf(MVC, 'Plan: CT C/A/P with contrast'), 'none');
    assert.equal(orderOf(MVC, 'Plan: CT T/A/P'), 'none');
  });
  it('a body CT by its initials with the spine reformatted, or a spine CT, still orders the spine CT', () => {
    assert.equal(orderOf(MVC, 'Plan: CT CAP with contrast incl. T and L spine reformats'), 'ct-area-with');
    assert.equal(orderOf(MVC, 'Plan: CT L-spine w/o'), 'ct-area-without');
  });
});
