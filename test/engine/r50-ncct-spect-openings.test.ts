/**
 * Round 50 (fix50b): "NCCT" (non-contrast CT) and "SPECT"/"SPECT-CT" open a study's name as "CT" and "bone scan" do, as
 * South Asian and African hospital notes write them, only as an opening and never where the sentence weighs the study
 * against another or asks (review r50). The readings of a role as subject ("PA requests …"), "Now/Today adv", "Req" without
 * a colon and "Pt:" notes were taken out after review r50; their tests went with them.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const head = ['9 yo M, low back pain 4 wks, worse after football. No fever, no night pain. Neuro exam normal.'];

describe('"NCCT" and "SPECT-CT" open a study as "CT" and "bone scan" do (r50, study-names)', () => {
  it('reads the advised or requested study', () => {
    assert.equal(orderOf(...head, 'Adv NCCT LS spine.'), 'ct-area-without');
    assert.equal(orderOf(...head, 'Adv NCCT LS spine to r/o PIVD'), 'ct-area-without');
    assert.equal(orderOf(...head, 'Req: SPECT-CT lumbar spine.'), 'bone-scan-area');
    assert.equal(orderOf(...head, 'Req: SPECT-CT lumbar spine to assess activity.'), 'bone-scan-area');
    assert.equal(orderOf(...head, 'Req: SPECT lumbar spine to look for a pars stress reaction.'), 'bone-scan-area');
  });

  it('reads no order of one told done, conditioned, declined or dated with its result', () => {
    assert.equal(orderOf(...head, 'NCCT LS spine done last year: normal.'), 'none');
    assert.equal(orderOf(...head, 'NCCT L-spine shows L5 spondylolysis.'), 'none');
    assert.equal(orderOf(...head, 'Adv NCCT LS spine if no better.'), 'none');
    assert.equal(orderOf(...head, 'SPECT-CT 2025: L4 pars uptake.', 'Plan: physio.'), 'none');
    assert.equal(orderOf(...head, 'Req: SPECT-CT lumbar spine - declined by radiology.'), 'none');
    assert.equal(orderOf(...head, 'Prior SPECT normal. Plan: rest and review.'), 'none');
    assert.equal(orderOf(...head, 'SPECT-CT not needed.'), 'none');
  });

  it('reads no order where the sentence weighs the study against another or asks (review r50 harm 157)', () => {
    assert.equal(orderOf(...head, 'NCCT L-spine vs MRI?'), 'none');
    assert.equal(orderOf(...head, 'NCCT L-spine versus MRI L-spine.'), 'none');
    assert.equal(orderOf(...head, 'Adv NCCT LS spine or MRI L-spine.'), 'none');
    assert.equal(orderOf(...head, 'Req: SPECT-CT lumbar spine?'), 'none');
  });
});
