/**
 * Review of r14a/r14b (orders sent, referred, management keys; study names from abroad): a patient "sent to" a study
 * told as done before or reported, a Referral line that sends a study's results, and a chest, heart or abdomen study
 * named in Czech, Polish or Vietnamese, are no order of a spine study.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('review q-ab: a patient sent to a study', () => {
  it('not when the sending is told with a month or a result', () => {
    assert.equal(orderOf('13 y girl, back pain 6 weeks.', 'I sent her to MRI in October, which was normal.'), 'none');
    assert.equal(orderOf('13 y girl, back pain 6 weeks.', 'Sent to MRI in May - normal.'), 'none');
    assert.equal(orderOf('13 y girl, back pain 6 weeks.', 'Sent to MRI L-spine: no abnormality.'), 'none');
  });
  it('still when the writer sends today', () => {
    assert.equal(orderOf('13 y girl, back pain 6 weeks.', 'I sent her directly to MRI of the lumbar spine today.'), 'mri-area-without');
  });
});

describe('review q-ab: a Referral line sending a study record', () => {
  it('is no order', () => {
    assert.equal(orderOf('13 y girl, back pain 6 weeks.', 'Referral: MRI L-spine results to neurosurgery'), 'none');
    assert.equal(orderOf('13 y girl, back pain 6 weeks.', 'Referral: MRI findings reviewed, to ortho'), 'none');
  });
  it('a Referral opening on the study still orders it', () => {
    assert.equal(orderOf('4 mo girl. Sacral dimple, deep.', 'Referral: US spine'), 'us-area');
  });
});

describe('review q-ab: studies of the chest, heart or abdomen named abroad', () => {
  it('are no spine study', () => {
    assert.equal(orderOf('10 y boy, cough, back pain after fall.', 'Plan: RTG of the lungs.'), 'none');
    assert.equal(orderOf('10 y boy, cough, back pain after fall.', 'Plan: RTG płuc.'), 'none');
    assert.equal(orderOf('10 y boy, cough, back pain after fall.', 'Plan: RTG hrudníku.'), 'none');
    assert.equal(orderOf('10 y boy, cough, back pain.', 'Plan: X-quang phổi.'), 'none');
    assert.equal(orderOf('1 mo, sacral dimple, deep. Murmur.', 'Plan: siêu âm tim.'), 'none');
    assert.equal(orderOf('1 mo, sacral dimple, deep.', 'Plan: sieu am bung.'), 'none');
  });
  it('the spine study still reads', () => {
    assert.equal(orderOf('10 y boy, back pain after fall.', 'Plan: RTG L-S spine.'), 'xr-area');
    assert.equal(orderOf('1 mo, sacral dimple, deep.', 'Plan: siêu âm cột sống.'), 'us-area');
  });
});
