/**
 * A scheduling clerk's note (clinical/order-withdrawn.ts withdrawnInPlace, age-fact.ts): a study cancelled right after its name on its
 * own line is no order, unless the sentence books it again; "(GA)" or "under GA" before "for 2 y M" is general
 * anaesthesia, and the age after it the child's.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const order = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const age = (...lines: string[]) => readNote(...lines).facts.age?.months;

describe('a booking cancelled on its own line', () => {
  it('orders nothing', () => {
    const lines = [
      'Scheduling - CANCELLATION',
      'MRI lumbar spine w/o contrast (GA) for 2 y M cancelled by family today; mum wants to talk it over first.',
      'Original request: "Lumbosacral hair tuft + small hemangioma, no neuro sx."',
    ];
    assert.equal(order(...lines), null);
    assert.equal(age(...lines), 24);
    assert.equal(order('Age: 3 mo', 'US spine CANCELLED - parents unwell, no new date.'), null);
  });
  it('near-misses: another study booked in its place, or another thing cancelled', () => {
    assert.equal(order('Age: 2 y', 'MRI lumbar spine w/o contrast booked Tue; sedation slot cancelled, GA instead. Hair tuft.'), 'mri-area-without');
    assert.equal(order('Age: 8 mo', 'XR sacrum cancelled, MRI lumbar spine without contrast booked instead. Hair tuft.'), 'mri-area-without');
  });
});

describe('GA before an age', () => {
  it('general anaesthesia in brackets or after "under", then "for" and the age: the age is the child\'s', () => {
    assert.equal(age('MRI L-spine under GA for 3 y F with hair tuft'), 36);
    assert.equal(age('MRI L-spine w/o (GA) for 2 y M, hair tuft'), 24);
  });
  it('a gestational age is still no chronological age', () => {
    assert.equal(age('Infant GA of 36 wk, sacral dimple'), undefined);
    assert.equal(age('Infant (GA) 36 wk, sacral dimple'), undefined);
    assert.ok(Math.abs((age('Baby boy, GA 34 wk, now 3 wk old') ?? 0) - 0.69) < 0.05);
  });
});

describe('a sport named as who asks for the study', () => {
  const scenario = (...lines: string[]) => readNote(...lines).scenario;
  it('is no overuse: "rugby club wants an x-ray before tournament"', () => {
    assert.equal(
      scenario('Age: 13 y', 'Order: XR L-spine', '2/52 LBP, no trauma, no fever, no night pain, neuro nl; rugby club wants an x-ray before tournament.'),
      'back-pain-no-red-flags',
    );
    assert.equal(scenario('Age: 14 y', 'Order: XR L-spine', 'LBP 3 wk, no red flags, neuro normal. The football academy requested imaging.'), 'back-pain-no-red-flags');
  });
  it('near-misses: the sport as the activity loading the back stays overuse', () => {
    assert.equal(scenario('Age: 13 y', 'Order: XR L-spine', '2/52 LBP after rugby training, no fever, no night pain, neuro nl; rugby club wants an x-ray.'), 'back-pain-overuse');
    assert.equal(scenario('Age: 13 y', 'Order: XR L-spine', '2/52 LBP, rugby club training daily, no fever, no night pain, neuro nl.'), 'back-pain-overuse');
    assert.equal(scenario('Age: 13 y', 'Order: XR L-spine', '2/52 LBP, plays rugby 5x/week, no fever, no night pain, neuro nl.'), 'back-pain-overuse');
  });
});
