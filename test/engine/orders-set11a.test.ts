/**
 * Orders written where or how the reader did not look (set11, first half): a Russian-trained "roentgenogram" for a
 * plain radiograph, an order told in the passive ("MRI … was requested under sedation"), and a study given up in its
 * sentence for the one ordered after it ("whole-body MRI denied by insurance twice -> NM bone scan … ordered today").
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('a roentgenogram is a plain radiograph', () => {
  it('is ordered in a plan or with an order word', () => {
    assert.equal(orderOf('Patient: girl 9 mon. Tuft of long dark hair at L4-L5.', 'Plan: roentgenogram of lumbosacral spine in 2 projections to exclude spina bifida.'), 'xr-area');
    assert.equal(
      orderOf('Female, 15 y. Lumbar pain after training 2 weeks.', 'Roentgenogram of lumbar spine in 2 projections (direct and lateral) - ordered. Control after.'),
      'xr-area',
    );
    assert.equal(orderOf('Boy 12 y. Back pain 3 weeks.', 'Plan: roentgenography of the lumbar spine.'), 'xr-area');
  });
  it('not one told done, nor one recommended on a condition', () => {
    assert.equal(orderOf('Female, 15 y. Lumbar pain 2 weeks.', 'Roentgenogram of lumbar spine last month - normal.'), 'none');
    assert.equal(orderOf('Female, 15 y. Lumbar pain 2 weeks.', 'Roentgenography of lumbar spine is recommended if pain persists.'), 'none');
  });
});

describe('an order told in the passive', () => {
  it('is the writer’s order', () => {
    assert.equal(
      orderOf(
        '5 months old male infant, tuft of hair at the lower back since birth.',
        'As the hair tuft is a high risk sign, MRI lumbosacral spine without contrast was requested under sedation. Mother was reassured.',
      ),
      'mri-area-without',
    );
    assert.equal(orderOf('5 mo M. Hair tuft lumbosacral.', 'An MRI of the lumbosacral spine was requested.'), 'mri-area-without');
    assert.equal(orderOf('5 mo M. Hair tuft lumbosacral.', 'Then MRI lumbosacral spine was arranged.'), 'mri-area-without');
    assert.equal(orderOf('6 mo F. Deep dimple.', 'US lumbosacral spine was requested.'), 'us-area');
  });
  it('not one of another time, never done, or told with its result', () => {
    assert.equal(orderOf('5 mo M. Hair tuft lumbosacral.', 'An MRI lumbosacral spine was requested 2 months ago.'), 'none');
    assert.equal(orderOf('5 mo M. Hair tuft lumbosacral.', 'Previously an MRI lumbosacral spine was requested, never done.'), 'none');
    assert.equal(orderOf('5 mo M. Hair tuft lumbosacral.', 'An MRI lumbosacral spine was requested at 2 months and was normal.'), 'none');
    assert.equal(orderOf('5 mo M. Hair tuft lumbosacral.', 'An MRI lumbosacral spine was requested at 2 months and showed a low conus.'), 'none');
    assert.equal(orderOf('5 mo M. Hair tuft lumbosacral.', 'Her MRI lumbosacral spine was normal.'), 'none');
  });
});

describe('a study given up for the one ordered after it', () => {
  it('reads the study ordered after an arrow or dated today', () => {
    assert.equal(
      orderOf('9 y F. Mid-thoracic back pain 5 wk, wakes her some nights.', 'Plan: whole-body MRI denied by insurance twice -> NM bone scan, whole body, ordered today. Naproxen.'),
      'bone-scan-complete',
    );
    assert.equal(orderOf('9 y F. Back pain 5 wk, night pain.', 'Plan: MRI denied by insurance, bone scan ordered today instead.'), 'bone-scan-complete');
    assert.equal(orderOf('9 y F. Back pain 5 wk, night pain.', 'MRI L-spine denied by insurance -> XR L-spine ordered.'), 'xr-area');
  });
  it('orders nothing when nothing is ordered after it, or the study ordered is the one given up', () => {
    assert.equal(orderOf('9 y F. Back pain 5 wk, night pain.', 'MRI L-spine denied by insurance -> will discuss.'), 'none');
    assert.equal(orderOf('9 y F. Back pain 5 wk, night pain.', 'MRI L-spine denied by insurance.'), 'none');
    assert.equal(orderOf('9 y F. Back pain 5 wk, night pain.', 'MRI L-spine ordered today but pt left before it was done.'), 'none');
    assert.equal(orderOf('9 y F. Back pain 5 wk, night pain.', 'Plan: MRI ordered by ED, pt left before it was done.'), 'none');
    assert.equal(orderOf('9 y F. Back pain 5 wk, night pain.', 'MRI L-spine ordered last week, never scheduled -> discuss again next visit.'), 'none');
  });
});

describe('words before the study on an order line that say where or how to do it', () => {
  it('are passed over to the study', () => {
    assert.equal(orderOf('2 mo M. Deep sacral dimple, base not seen.', 'Ordered: repeat bedside spinal US this week.'), 'us-area');
    assert.equal(orderOf('2 mo M. Deep sacral dimple, base not seen.', 'Ordered: portable US spine.'), 'us-area');
  });
  it('not when the line declines, conditions or reports the study', () => {
    assert.equal(orderOf('2 mo M. Deep sacral dimple.', 'Ordered: bedside spinal US - parents declined.'), 'none');
    assert.equal(orderOf('2 mo M. Deep sacral dimple.', 'Ordered: bedside spinal US if dimple deepens.'), 'none');
    assert.equal(orderOf('2 mo M. Deep sacral dimple.', 'Ordered: bedside spinal US on day 2 - normal.'), 'none');
  });
});

describe('a study said not reasonable or not advisable', () => {
  it('is no order', () => {
    assert.equal(orderOf('2 mo M. Deep sacral dimple.', "Family wants information if it's easy, nothing invasive; sedation for MRI not reasonable with his physiology."), 'none');
    assert.equal(orderOf('2 mo M. Deep sacral dimple.', 'MRI under GA not advisable at present.'), 'none');
  });
  it('while a study ordered beside a sedation said not reasonable still is', () => {
    assert.equal(orderOf('2 mo M. Deep sacral dimple.', 'MRI L-spine ordered; sedation not reasonable today so it will be done with feed-and-wrap.'), 'mri-area-without');
    assert.equal(
      orderOf(
        '2 mo M. Deep sacral dimple.',
        'Bedside spinal US last wk: limited by motion.',
        'Sedation for MRI not reasonable with his physiology.',
        'Ordered: repeat bedside spinal US this week.',
      ),
      'us-area',
    );
  });
});

describe('a verbal order read back', () => {
  it('orders the study after it', () => {
    assert.equal(
      orderOf(
        'Pt: 5-week-old female. Dimple at the top of the gluteal cleft, 6 mm, deep.',
        'Called Dr. M (pediatrician) 1120 - phone order received and read back: US lumbosacral spine, outpatient, this week.',
      ),
      'us-area',
    );
    assert.equal(orderOf('5 wk F. Deep dimple 6 mm.', 'Telephone order received and read back: US lumbosacral spine.'), 'us-area');
  });
  it('not a request to read a study, a result read back, or an order on a condition', () => {
    assert.equal(orderOf('5 wk F. Deep dimple 6 mm.', 'Please read the US lumbosacral spine from the birth hospital.'), 'none');
    assert.equal(orderOf('5 wk F. Deep dimple 6 mm.', 'Result read back to mom: US lumbosacral spine normal.'), 'none');
    assert.equal(orderOf('5 wk F. Deep dimple 6 mm.', 'Phone order received and read back: US lumbosacral spine if dimple deepens.'), 'none');
  });
});
