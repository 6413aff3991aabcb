/**
 * Review 8a (l-a): a word of urgency after a study that is someone else's proposal, declined or conditioned after
 * it; "advised" told of an earlier time; "Rx -" a prescription; RX before a hyphened region; NCCT.
 */
import * as assert from 'node:assert/strict';
import { languageView } from '../../server/src/clinical/language';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('review 8a: urgency after a study that is not ordered', () => {
  it("someone else's proposal with 'stat' is no order", () => {
    assert.equal(orderOf('9 yo, fever, back pain, refuses to walk.', 'NSGY recommends MRI whole spine stat.'), 'none');
  });
  it("'stat' / 'asap' declined or conditioned after the study is no order", () => {
    assert.equal(orderOf('9 yo, back pain 2 wk.', 'MRI L-spine stat not needed; can be done outpatient.'), 'none');
    assert.equal(orderOf('8yo M, fall, back pain, no midline tenderness, neuro intact.', 'MRI L-spine asap if any weakness develops.'), 'none');
  });
  it("'CT C-spine stat' still orders", () => {
    assert.equal(orderOf('8yo M, MVC, neck pain, midline tenderness C5-6, neuro intact; C-collar on, CT C-spine stat, trauma team TCS.'), 'ct-area-without');
  });
});

describe('review 8a: advice told of an earlier time', () => {
  it('"previously advised", "advised … last year" order nothing now', () => {
    assert.equal(orderOf('HPI: 12 yo M, LBP 2 wk, no red flags.', 'Previously advised MRI LS spine, not done. Now better. Advised rest.'), 'none');
    assert.equal(orderOf('HPI: 12 yo M, LBP 2 wk, no red flags.', 'Ortho advised MRI LS spine last year.'), 'none');
  });
  it('"Advised X-ray LS spine" still orders', () => {
    assert.equal(orderOf('3 months old male child with dimple at lower back.', 'Advised X-ray LS spine AP/lateral.'), 'xr-area');
  });
});

describe('review 8a: study names outside North America', () => {
  it('"Rx - lumbar spine stretches" is a prescription', () => {
    assert.equal(languageView('Rx - lumbar spine stretches, PT referral.'), 'Rx - lumbar spine stretches, PT referral.');
    assert.equal(orderOf('HPI: 12 yo M, LBP 2 wk, no red flags.', 'Rx - lumbar spine stretches, PT referral.'), 'none');
  });
  it('RX before a hyphened region, NCCT', () => {
    assert.equal(orderOf('HPI: 14 yo F, low back pain 3 wk, no red flags.', 'RX dorso-lumbar spine ordered.'), 'xr-area');
    assert.equal(orderOf('12 yr old boy, backache since 2 months, evening fever, gibbus at D12-L1.', 'Advised: NCCT dorsolumbar spine.'), 'ct-area-without');
  });
});
