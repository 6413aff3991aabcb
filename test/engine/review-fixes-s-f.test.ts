/**
 * Review r17f fixes: a draining opening placed on an umbilical stump or a gastrostomy site, or told of pilonidal
 * disease, is no dermal sinus; "I've put in a referral …  and an XR L-spine" orders the study put in alongside.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (n: ReturnType<typeof readNote>, id: string) => n.facts.hits.some((h) => h.finding.id === id && h.present);
const orderOf = (n: ReturnType<typeof readNote>) => n.facts.order?.reading.procedure?.id ?? 'none';

describe('review r17f fixes', () => {
  it('reads fluid leaking from an umbilical stump as no dermal sinus', () => {
    const n = readNote('1 mo. Sacral dimple; umbilical stump leaking clear fluid. Neuro normal.', 'Plan: US spine');
    assert.equal(present(n, 'dermal-sinus'), false);
    assert.ok(n.rules.includes('dimple-undescribed'));
  });
  it('reads a gastrostomy site opening with discharge as no dermal sinus', () => {
    const n = readNote('1 mo. Sacral dimple in cleft. Gastrostomy site opening with some discharge. Neuro normal.', 'Plan: US spine');
    assert.equal(present(n, 'dermal-sinus'), false);
  });
  it('reads a pilonidal abscess opening as no dermal sinus, a named dermal sinus and a pilonidal dimple that drains still one', () => {
    const n = readNote('15yo M with pilonidal abscess, opening in the natal cleft skin with purulent fluid.', 'Order: MRI L-spine wo');
    assert.equal(present(n, 'dermal-sinus'), false);
    assert.equal(n.scenario, 'no-criteria');
    assert.equal(present(readNote('6 wk old, pilonidal dimple with clear fluid expressible. Neuro nl.', 'Plan: MRI L-spine'), 'dermal-sinus'), true);
    assert.equal(present(readNote('6 wk old, pilonidal area with a midline dermal sinus. Neuro nl.', 'Plan: MRI L-spine'), 'dermal-sinus'), true);
    assert.equal(present(readNote('3 wk. Midline lumbosacral opening above the gluteal cleft with clear fluid expressed. Neuro nl.', 'Plan: US spine'), 'dermal-sinus'), true);
  });
  it("reads the study put in alongside a referral as the writer's order, not one put off on a condition", () => {
    assert.equal(orderOf(readNote("15 yo LBP 8 wks. I've put in a referral to ortho and an XR L-spine")), 'xr-area');
    assert.equal(orderOf(readNote("15 yo LBP 8 wks. I've put in a referral to ortho and also an XR L-spine.")), 'xr-area');
    assert.equal(orderOf(readNote("15 yo LBP 8 wks. I've put in a referral to ortho and MRI L-spine if no better in 6 wks.")), 'none');
    assert.equal(orderOf(readNote("15 yo LBP 8 wks. I've put in a referral to PT and ortho.")), 'none');
  });
});
