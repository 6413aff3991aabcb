/**
 * Review l (area b: orders put off or left to another team, "Advised <study>", device words, order-set prompts):
 * notes written as clinicians write them that the round-8 reading changes misread.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
const C = 'Pt: 12 yo M';
const CH = 'HPI: LBP 8 wk, night pain waking him, no trauma.';

describe('review l-b: orders', () => {
  it('something else put off or left to others after the study ordered keeps the order', () => {
    for (const plan of ['Plan: MRI L-spine w/o contrast (prior auth to be requested by office staff).', 'Plan: MRI L-spine w/o contrast - transport will be arranged by the unit.'])
      assert.equal(orderOf(C, CH, plan), 'mri-area-without', plan);
    // The study itself put off or left to another team is still no order.
    assert.equal(orderOf(C, CH, 'Plan: MRI L-spine w/o to be arranged by neurosurgery.'), 'none');
    assert.equal(orderOf(C, CH, 'Plan: MRI L-spine - will order at next visit if pain persists.'), 'none');
  });

  it('advice conditioned in its clause or refused on its line is no order', () => {
    for (const line of [
      'Advised MRI L-spine at follow-up if symptoms persist.',
      'Advised MRI L-spine w/o in case of weakness.',
      'Advised MRI L-spine w/o after 2 weeks if pain persists.',
      'Advised MRI L-spine, to be done if no relief in 2 weeks.',
      'Advised MRI L-spine SOS.',
      'Advised MRI L-spine; parents refused.',
      'Advised MRI L-spine, but parents refused.',
      'Advised MRI L-spine. Parents not willing, will review.',
    ])
      assert.equal(orderOf(C, CH, line), 'none', line);
    // Advice outright still orders.
    assert.equal(orderOf(C, CH, 'Advised MRI LS spine. Review with report.'), 'mri-area-without');
    assert.equal(orderOf('Pt: 5 mo F', 'HPI: sacral dimple with hair tuft.', 'Advised X-ray LS spine under sedation if needed.'), 'xr-area');
  });

  it('a spaced dash before "conditional" is no device word: the MRI is ordered', () => {
    assert.equal(orderOf(C, CH, 'Plan: MRI - conditional on insurance approval.'), 'mri-area-without');
    assert.equal(orderOf(C, CH, 'Plan: MRI-compatible monitor requested.'), 'none');
  });

  it('bracketed text opened by "Instructions:" or "tip:" keeps its content', () => {
    const r = readNote('Pt: 5 mo F', 'HPI: (Instructions: parent reports sacral hair tuft)', 'Plan: XR L-spine');
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(r.rules.includes('inappropriate-initial-study'));
  });
});
