/**
 * Orders told as requests (set 19): a referral's condition on the next plan line stays the referral's; study names from abroad (Russian-trained "Ro-graphy", "УЗИ позвоночника", German
 * "Röntgen LWS"); a gadolinium agent named with the study is contrast.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('a condition on the next plan line', () => {
  const hx = 'Hx: 12 yo F, LBP 6 wk, waking at night, clonus L ankle.';
  for (const next of ['      Refer visiting neurosurgeon if abnormal', '      - Refer NSGY if abnormal', '      Ortho f/u if abnormal']) {
    it(`"${next.trim()}" leaves the order above it standing`, () => assert.equal(orderOf(hx, 'Plan: MRI whole spine w/o contrast', next), 'mri-complete-without'));
  }
  it('a referral conditioned on the line above leaves the study below it standing', () =>
    assert.equal(orderOf(hx, 'Plan: Refer NSGY if abnormal', '      MRI whole spine w/o contrast'), 'mri-complete-without'));
  it('a wrapped line continuing the clause still conditions the study', () =>
    assert.equal(orderOf(hx, 'Plan: MRI L-spine w/o contrast', '      in 4 weeks if no improvement'), 'none'));
  it('a line opening on its condition leads to the study below it', () => assert.equal(orderOf(hx, 'Plan: If no better in 2 wk', '      MRI whole spine w/o contrast'), 'none'));
  it('a condition after a comma on the line above conditions the study below it', () =>
    assert.equal(orderOf(hx, 'Plan: PT, if no better in 2 wk', '      MRI whole spine w/o contrast'), 'none'));
  it("the study's own condition still holds", () => {
    assert.equal(orderOf(hx, 'Plan: Physio', '      MRI L-spine if no improvement'), 'none');
    assert.equal(orderOf(hx, 'Plan: Refer NSGY if abnormal', '      MRI whole spine w/o contrast if no better'), 'none');
  });
});

describe('study names from abroad', () => {
  it('"Ro-graphy of thoracic spine in 2 projections" is a radiograph', () =>
    assert.equal(orderOf('Hx: 10 yo, back trauma 3 days ago, thoracic pain.', 'Plan: Ro-graphy of thoracic spine in 2 projections.'), 'xr-area'));
  it('"УЗИ позвоночника" is a spinal ultrasound', () =>
    assert.equal(orderOf('Hx: 3 mo girl, sacral dimple 4 mm with pigmented spot.', 'Plan: УЗИ позвоночника (USI of spine).'), 'us-area'));
  it('"Röntgen LWS" is a lumbar radiograph', () => assert.equal(orderOf('Hx: 8 yo, LBP 2 wk, night sweats.', 'Plan: Röntgen LWS'), 'xr-area'));
  it('"УЗИ" of another organ is no spine study', () => assert.equal(orderOf('Hx: 3 mo girl, sacral dimple 4 mm.', 'Plan: УЗИ почек.'), 'none'));
});

describe('contrast told by the agent', () => {
  const hx = 'Hx: 10 mo M, skin tag at the top of the natal cleft, deviated cleft.';
  for (const order of ['Order: MRI lumbosacral spine, gadoterate meglumine 0.2 mL/kg (1.8 mL) IV', 'Order: MRI L-spine, Gadovist 0.1 mmol/kg', 'Order: MRI L-spine with Dotarem']) {
    it(`"${order}" is with contrast`, () => assert.equal(orderOf(hx, order), 'mri-area-with'));
  }
  for (const order of [
    'Order: MRI L-spine, no gadobutrol',
    'Order: MRI L-spine. Allergies: prior reaction to gadobutrol',
    'Order: MRI L-spine, gadobutrol allergy',
    'Order: MRI L-spine w/o; CT abdomen with gadoterate',
  ]) {
    it(`"${order}" is without`, () => assert.equal(orderOf(hx, order), 'mri-area-without'));
  }
});
