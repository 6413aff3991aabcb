/**
 * A change or a "Final"/"Protocol" label that its line holds back: the order first requested stands. A label's line
 * reporting the study done, a change asked ("?"), proposed, told in general, left open or undone later on its line, a
 * label's study offered with another ("vs", "or"), a change of another, non-spine request, and a spine order kept "as
 * requested". Each near miss that must still change is beside it.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const INFANT = ['Pt: 3 mo F', 'Skin: sacral hair tuft', 'Order: XR L-spine'];
const LIPOMA = ['Pt: 9 mo F', 'Skin: lumbosacral lipoma', 'Order: MRI L-spine w/ and w/o contrast'];

describe('a change held back by its line', () => {
  it('a label whose line reports the study done is no order', () => {
    assert.equal(orderOf(...INFANT, 'Final: US spine, no tethered cord.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Final: US lumbar spine - fatty filum, NSGY referral.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Final study: US lumbar spine; impression: normal.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Protocol: US lumbar spine; result: tethered cord.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Final exam: ultrasound of the lumbar spine - conus ends at L2, images reviewed.'), 'xr-area');
    assert.equal(orderOf(...LIPOMA, 'Final: MRI L-spine w/o; findings discussed with neurosurgery.'), 'mri-area-without-and-with');
    assert.equal(orderOf(...INFANT, 'Final: spinal US - low lying conus, thick filum; NSGY aware.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Protocol: US spine; conus ends at L2-3.'), 'xr-area');
    // What the study is to look for, or how to image the parts, is no report.
    assert.equal(orderOf(...INFANT, 'Final: US lumbar spine to assess conus level.'), 'us-area');
    assert.equal(orderOf(...LIPOMA, 'Protocol: MRI L-spine w/o, indication: ?tethered cord.'), 'mri-area-without');
    assert.equal(orderOf(...INFANT, 'Protocol: USS lumbosacral spine, linear probe, prone, conus level and filum.'), 'us-area');
    assert.equal(orderOf(...LIPOMA, 'Protocol: MRI L-spine without contrast, sag T1/T2, axial T2 through the conus.'), 'mri-area-without');
  });
  it('a change asked with a "?" right before or after it is none', () => {
    assert.equal(orderOf(...INFANT, 'Vetting: ?protocolled as US spine'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Radiology: replaced with US spine?'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Vetting: vetted to spinal US? will discuss'), 'xr-area');
    assert.equal(orderOf(...LIPOMA, 'Final: MRI L-spine w/o?'), 'mri-area-without-and-with');
    assert.equal(orderOf(...INFANT, 'Vetting: protocolled as US spine.'), 'us-area');
  });
  it('a change proposed is none', () => {
    assert.equal(orderOf(...INFANT, 'Radiology: suggest protocolled as US spine.'), 'xr-area');
    assert.equal(orderOf(...INFANT, "Radiologist: I'd suggest this is protocolled as US spine."), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Radiology: advise replaced with US spine.'), 'xr-area');
    assert.equal(orderOf(...LIPOMA, 'Vetting: would recommend converted into MRI L-spine without contrast.'), 'mri-area-without-and-with');
    assert.equal(orderOf(...INFANT, 'Radiology: XR not indicated, protocolled as US spine.'), 'us-area');
  });
  it('a general statement is no change', () => {
    assert.equal(orderOf(...INFANT, 'Note: in infants XR has been replaced by US spine as the first-line test.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Per guideline, XR is superseded by US spine under 6 months.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Radiology: XR replaced with US spine in our pathway since 2019.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Comment: plain films are generally substituted by spinal US at this age.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Vetting: XR L-spine is protocolled as US spine.'), 'us-area');
    assert.equal(orderOf(...INFANT, 'Vetting: XR not usually helpful in infants, protocolled as US spine.'), 'us-area');
  });
  it('a change left open or undone later on its line keeps the first order', () => {
    assert.equal(orderOf(...INFANT, 'Vetting: vetted to US spine - GP not happy, XR proceeds.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Vetting: replaced with US spine, GP to confirm.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Vetting: protocolled as US spine; referrer insists, plain film goes ahead.'), 'xr-area');
    assert.equal(orderOf(...LIPOMA, 'Protocolled as MRI L-spine w/o - awaiting approval from neurosurgery.'), 'mri-area-without-and-with');
    assert.equal(orderOf(...INFANT, 'Vetting: protocolled as US spine, proceeds tomorrow.'), 'us-area');
    assert.equal(orderOf(...INFANT, 'Vetting: protocolled as US spine to confirm conus level; MRI to proceed if equivocal.'), 'us-area');
    assert.equal(orderOf(...INFANT, 'Vetting: XR would not show the cord, protocolled as US spine; sedation declined by parents.'), 'us-area');
  });
  it('a spine order kept "as requested" and a non-spine request changed leave the spine order', () => {
    assert.equal(orderOf(...INFANT, 'Final: MRI brain and C-spine; L-spine XR as requested.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Vetting: MRI brain protocolled as MRI brain and whole spine.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Vetting: US head replaced with US spine.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Vetting: XR accepted; US hips replaced with US spine.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Radiology: renal tract US replaced by US kidneys and spine.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Vetting: XR L-spine replaced with US spine.'), 'us-area');
  });
  it('a label offering two studies settles nothing', () => {
    assert.equal(orderOf(...INFANT, 'Final: US spine vs MRI'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Final: US spine or MRI, d/w radiologist'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Protocol: spinal ultrasound versus MRI lumbar spine'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Final: US spine with or without Doppler'), 'us-area');
  });
});
