/**
 * Orders written where or how the reader did not look (set10, second half): a terse note's plan opened by an arrow
 * ("→ XR L-spine."), a scoliosis series named alone, an order put to a reviewer ("New order for review:"), a note that
 * handles a study already requested (a scheduling call, a utilization review, a pre-sedation check), and a study added
 * to an anaesthetic list or requested at the hospital a child is transferred to.
 */
import * as assert from 'node:assert/strict';
import { isOrderKeyed } from '../../server/src/notes/headings';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('an arrow opening the plan of a terse note', () => {
  it('orders the study after it', () => {
    assert.equal(orderOf('8y F. c/o back pain 5/7, ? how. Afeb. Gait ok.', '→ XR L-spine.'), 'xr-area');
    assert.equal(orderOf('8y F. c/o back pain 5/7, ? how. Afeb. Gait ok.', '-> XR L-spine'), 'xr-area');
    assert.equal(orderOf('M - sacral pit, deep, ABOVE cleft. Tuft of hair over it. Neuro ok.', '→ MRI L/S spine w/o contrast. Ref NSGY.'), 'mri-area-without');
    assert.equal(orderOf('3 mo M, deep dimple above cleft.', '=> US spine'), 'us-area');
  });
  it('not a study conditioned, declined, done or read', () => {
    assert.equal(orderOf('8y F. back pain 5/7.', '→ XR L-spine if no better in 2 wks.'), 'none');
    assert.equal(orderOf('8y F. back pain 5/7.', '→ no XR needed.'), 'none');
    assert.equal(orderOf('8y F. back pain 5/7.', '→ XR L-spine not indicated.'), 'none');
    assert.equal(orderOf('8y F. back pain 5/7.', '→ consider XR L-spine.'), 'none');
    assert.equal(orderOf('8y F. back pain 5/7.', '→ XR L-spine normal.'), 'none');
    assert.equal(orderOf('8y F. back pain 5/7.', '→ XR L-spine 2 wks ago nl.'), 'none');
    assert.equal(orderOf('8y F. back pain 5/7. If worse → XR L-spine.'), 'none');
  });
});

describe('a scoliosis series named alone', () => {
  it('closes the note as its order', () => {
    assert.equal(
      orderOf('11y F. School screen → ?scoliosis. No back pain.', 'O/E: R thoracic hump on fwd bend.', '→ Scoliosis series (PA + lat, standing). Ortho if Cobb >20°.'),
      'xr-complete',
    );
    assert.equal(orderOf('11y F. School screen, R thoracic hump on fwd bend.', 'Scoliosis series.'), 'xr-complete');
  });
  it('not one done, read or conditioned', () => {
    assert.equal(orderOf('11y F. Scoliosis series last week: 25 deg.'), 'none');
    assert.equal(orderOf('11y F. back pain.', 'Scoliosis series normal.'), 'none');
    assert.equal(orderOf('11y F. back pain.', 'Scoliosis series if Cobb > 7 on scoliometer.'), 'none');
  });
});

describe('an order put to a reviewer', () => {
  it('"New order for review:" names the study requested', () => {
    assert.equal(isOrderKeyed('New order for review'), true);
    assert.equal(isOrderKeyed('Request under review'), true);
    assert.equal(isOrderKeyed('New orders'), true);
    assert.equal(
      orderOf(
        'Inpatient concurrent review, hospital day 2',
        '12 y M, ATV rollover. L1 compression fracture on CT. Neuro intact.',
        'New order for review: MRI thoracic and lumbar spine without and with contrast (72157, 72158) to assess the posterior ligamentous complex.',
        'Reviewer comment: contrast not supported; suggest non-contrast MRI.',
      ),
      'mri-area-without-and-with',
    );
  });
  it('not a review alone, nor what is new', () => {
    assert.equal(isOrderKeyed('Review'), false);
    assert.equal(isOrderKeyed('New'), false);
    assert.equal(isOrderKeyed('Imaging review'), false);
    assert.equal(isOrderKeyed('Chart review'), false);
  });
});

describe('a study added to a list or an anaesthetic', () => {
  const infant = ['3 mo M, deep sacral pit above the natal cleft. Knee jerks present. Already listed for MRI brain/pituitary under GA on Thursday.', 'Plan:'];
  it('is ordered', () => {
    assert.equal(orderOf(...infant, '1. Add MRI lumbar spine without contrast to the same GA list (one anaesthetic).', '2. Stress-dose hydrocortisone.'), 'mri-area-without');
    assert.equal(orderOf('3 mo M, deep pit. We have added MRI lumbar spine without contrast to the same anaesthetic.'), 'mri-area-without');
    assert.equal(orderOf('3 mo M, deep pit. Add MRI L-spine to the GA list if possible.'), 'mri-area-without');
  });
  it('not one that would add little, could be added, is added on a condition or not added', () => {
    assert.equal(orderOf('3 mo M, deep pit. An MRI L-spine would add little.'), 'none');
    assert.equal(orderOf('3 mo M, deep pit. Could add MRI L-spine to the GA list.'), 'none');
    assert.equal(orderOf(...infant, '- Add MRI L-spine to the GA list if the US is abnormal.'), 'none');
    assert.equal(orderOf('3 mo M, deep pit. Add MRI L-spine to the GA list if the US is abnormal.'), 'none');
    assert.equal(orderOf('3 mo M, deep pit. Do not add MRI L-spine to the list.'), 'none');
    assert.equal(orderOf('3 mo M, deep pit. Cardiology will add it to his scheduled MRA; no spinal imaging ordered by us today.'), 'none');
  });
  it('a study awaited ("once MRI done") is no study done before', () => {
    const prior = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => p.modality);
    assert.deepEqual(prior(...infant, '1. Add MRI lumbar spine without contrast to the same GA list.', '2. GH start once MRI done.'), []);
    assert.deepEqual(prior('3 mo M, deep pit. Once the MRI was done, the family felt reassured.'), ['MRI']);
    assert.deepEqual(prior('3 mo M, deep pit. US done once at 2 wk, normal.'), ['US']);
  });
});
