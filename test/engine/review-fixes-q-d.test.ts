/**
 * Review q-d of r14d (prior results, study names from abroad, pain durations told bare): an age or another thing's
 * length read as how long the pain has lasted, a heart echo read as a spine ultrasound, a hospital day read as a day of
 * life.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const priors = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => [p.modality, p.result]);
const painWeeks = (...lines: string[]) => readNote(...lines).facts.painWeeks?.weeks;

describe('review q-d: a bare duration before the pain (r14d)', () => {
  it('an age told as "18 mo LBP" with no other age is no pain duration', () => {
    assert.equal(painWeeks('History: 18 mo LBP, refuses to walk.', 'Order: XR L-spine.'), undefined);
    assert.equal(readNote('History: 18 mo LBP, refuses to walk.', 'Order: XR L-spine.').scenario, 'back-pain-no-red-flags');
  });
  it('the number the age is read from is no pain duration ("9 mo ex-preemie back pain")', () =>
    assert.equal(painWeeks('History: 9 mo ex-preemie back pain.', 'Order: XR L-spine.'), undefined));
  it('a time since surgery or a treatment\'s length is no pain duration ("3 mo post-op", "2 wk antibiotics", "3 mo gymnastics")', () => {
    assert.equal(painWeeks('History: 14 y M. 3 mo post-op back pain.', 'Order: XR L-spine.'), undefined);
    assert.equal(readNote('History: 14 y M. 3 mo post-op back pain.', 'Order: XR L-spine.').scenario, 'back-pain-no-red-flags');
    assert.equal(painWeeks('History: 14 y F. 2 wk antibiotics LBP.', 'Order: XR L-spine.'), undefined);
    assert.equal(painWeeks('History: 14 y M. 2 wk steroids back pain.', 'Order: XR L-spine.'), undefined);
    assert.equal(painWeeks('History: 14 y M. 3 mo gymnastics LBP.', 'Order: XR L-spine.'), undefined);
  });
  it('words that tell of the pain still let the duration be read ("3 mo chronic LBP", "2 wk intermittent LBP")', () => {
    assert.ok(Math.abs((painWeeks('History: 14 y M. 3 mo chronic LBP.', 'Order: XR L-spine.') ?? 0) - 13) < 0.1);
    assert.equal(painWeeks('History: 14 y M. 2 wk intermittent LBP.', 'Order: XR L-spine.'), 2);
  });
});

describe('review q-d: a heart echo beside the cord named in a clause of its own (r14d)', () => {
  it('"Echo showed small ASD, renal US normal, no cord imaging yet" is no spine ultrasound', () =>
    assert.deepEqual(priors('History: 3 wk old with sacral dimple, heart murmur. Echo showed small ASD, renal US normal, no cord imaging yet.', 'Order: MRI lumbar spine.'), []));
  it('"Echo of the spinal cord was done at birth: conus at L1-2, normal" stays a normal ultrasound', () =>
    assert.deepEqual(priors('History: 2 mo M, sacral dimple. Echo of the spinal cord was done at birth: conus at L1-2, normal.', 'Order: MRI lumbar spine.'), [['US', 'normal']]));
});

describe('review q-d: a day of a stay is no day of life (r14d)', () => {
  it('"Spinal US day 3 of admission", "Spinal US on day 3 of admission" are no study done', () => {
    assert.deepEqual(priors('History: 2 day old with sacral dimple. Spinal US day 3 of admission.', 'Order: US lumbar spine.'), []);
    assert.deepEqual(priors('History: 3 wk old, sacral dimple, admitted for jaundice. Spinal US on day 3 of admission.', 'Order: US lumbar spine.'), []);
  });
  it('"Hospital day 3 US of the spine pending" is no study done', () =>
    assert.deepEqual(priors('History: 3 wk old, hair tuft, in NICU. Hospital day 3 US of the spine pending.', 'Order: US lumbar spine.'), []));
  it('a day of life still reads the study done ("Spinal US on DOL 3", "Day-3 US")', () => {
    assert.deepEqual(priors('History: 2 mo old, hair tuft. Spinal US on DOL 3: conus L1, normal.', 'Order: MRI lumbar spine.'), [['US', 'normal']]);
    assert.deepEqual(priors('History: 2 mo old, hair tuft. Day-3 US: conus L3, tethered.', 'Order: MRI lumbar spine.'), [['US', 'abnormal']]);
  });
});
