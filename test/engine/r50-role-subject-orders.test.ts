/**
 * Round 50 (fix50b): orders written with a role as the subject or with an abbreviated order verb, as nurse practitioners,
 * physician assistants and South Asian and African hospital notes write them. Each reading with the look-alikes it must
 * leave alone: a role that only considers or will order on a condition, a family's or another service's request, advice to
 * return, a request asked, cancelled, refused or told done before.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const head = ['9 yo M, low back pain 4 wks, worse after football. No fever, no night pain. Neuro exam normal.'];
const infant = ['Pt: 8 mo F. Deep sacral pit ~6 mm above the cleft with a small hair tuft. Neuro normal for age.'];

describe('a role as the subject of a present-tense order verb opening the sentence orders the study (r50, order-role-subject)', () => {
  it("reads the role's own order, with or without a service before the role, modality or region first", () => {
    assert.equal(orderOf(...head, 'PA requests XR L-spine AP/lat.'), 'xr-area');
    assert.equal(orderOf(...head, 'NP requests thoracolumbar spine x-rays.'), 'xr-area');
    assert.equal(orderOf(...head, 'Spine PA orders MRI L-spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf(...head, 'Peds NP is requesting MRI whole spine w/o contrast.'), 'mri-complete-without');
    assert.equal(orderOf(...head, 'PA-C orders an x-ray of the lumbar spine.'), 'xr-area');
    assert.equal(orderOf(...head, 'Sports med NP requests CT L-spine with contrast.'), 'ct-area-with');
  });

  it('reads no order of a role that considers, will order on a condition, asks, times it later or recommends to another', () => {
    assert.equal(orderOf(...head, 'PA to consider XR L-spine if pain persists.'), 'none');
    assert.equal(orderOf(...head, 'PA requests XR L-spine if no better after 6 wks of physio.'), 'none');
    assert.equal(orderOf(...head, 'NP requests MRI L-spine?'), 'none');
    assert.equal(orderOf(...head, 'PA orders XR L-spine should the pain persist.'), 'none');
    assert.equal(orderOf(...head, 'PA requests XR L-spine in 6 weeks.'), 'none');
    assert.equal(orderOf(...head, 'PA recommends to GP an MRI L-spine if worse.'), 'none');
    assert.equal(orderOf(...head, 'PA requests XR L-spine unless improving by review.'), 'none');
  });

  it("reads no order of a role's request cancelled, refused, told done before or with its result", () => {
    assert.equal(orderOf(...head, 'PA requests XR L-spine; cancelled after discussion with attending, no imaging.'), 'none');
    assert.equal(orderOf(...head, 'PA orders XR L-spine - parents declined.'), 'none');
    assert.equal(orderOf(...head, 'NP requests MRI L-spine, previously done at OSH, normal.'), 'none');
    assert.equal(orderOf(...head, 'PA requests XR L-spine 2024: normal.'), 'none');
    assert.equal(orderOf(...head, 'PA-C requests MRI L-spine last month showed a disc bulge.'), 'none');
    assert.equal(orderOf(...head, 'PA requests ortho consult. No imaging.'), 'none');
  });

  it("leaves a family's, a GP's or another service's request the writer answers otherwise as before", () => {
    assert.equal(orderOf(...head, 'Mum requests MRI L-spine. Reassured, no imaging.'), 'none');
    assert.equal(orderOf(...head, 'GP requests MRI L-spine. Not indicated.'), 'none');
    assert.equal(orderOf(...head, 'Ortho requests MRI L-spine. Explained not indicated, physio first.'), 'none');
  });
});

describe('"Now adv" and "Req" without a colon open the order as "Adv" and "Request" do (r50, order-openings)', () => {
  it('reads advice after a word of today, and a requisition word right before the study', () => {
    assert.equal(orderOf(...head, 'Now adv XR LS spine AP/lat.'), 'xr-area');
    assert.equal(orderOf(...head, 'Today advised MRI L-spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf(...infant, 'Req MRI L-spine w/o contrast.'), 'mri-area-without');
    assert.equal(orderOf(...infant, 'Req US spine today.'), 'us-area');
  });

  it('reads no order of advice to return, advice conditioned, refused or asked, nor of a requisition weighed or asked', () => {
    assert.equal(orderOf(...head, 'Now adv to return if the pain wakes him at night.'), 'none');
    assert.equal(orderOf(...head, 'Now adv MRI L-spine if no better in 2 wks.'), 'none');
    assert.equal(orderOf(...head, 'Now adv MRI L-spine; parents refused.'), 'none');
    assert.equal(orderOf(...head, 'Today advised MRI L-spine at the next visit if the pain persists.'), 'none');
    assert.equal(orderOf(...infant, 'Req MRI L-spine?'), 'none');
    assert.equal(orderOf(...infant, 'Req MRI L-spine received from GP, declined.'), 'none');
    assert.equal(orderOf(...infant, 'Req MRI L-spine if US equivocal.'), 'none');
    assert.equal(orderOf(...infant, 'MRI L-spine not required at this age.'), 'none');
  });

  it('reads no order under a patient header of a study asked, conditioned or put to a later time', () => {
    const pt = 'Pt: 14 y M, LBP 3 wks, neuro intact.';
    assert.equal(orderOf(`${pt} Request MRI L-spine?`), 'none');
    assert.equal(orderOf(`${pt} Get MRI L-spine?`), 'none');
    assert.equal(orderOf(`${pt} Book MRI L-spine when 16.`), 'none');
    assert.equal(orderOf(`${pt} Get XR L-spine at next visit if still sore.`), 'none');
    assert.equal(orderOf(`${pt} Will get MRI L-spine if worse.`), 'none');
    assert.equal(orderOf(`${pt} Order XR L-spine today.`), 'xr-area');
  });
});

describe('"NCCT" and "SPECT-CT" open a study as "CT" and "bone scan" do (r50, study-names)', () => {
  it('reads the advised or requested study', () => {
    assert.equal(orderOf(...head, 'Adv NCCT LS spine.'), 'ct-area-without');
    assert.equal(orderOf(...head, 'Req: SPECT-CT lumbar spine.'), 'bone-scan-area');
    assert.equal(orderOf(...head, 'Req: SPECT lumbar spine to look for a pars stress reaction.'), 'bone-scan-area');
  });

  it('reads no order of one told done, conditioned, declined or dated with its result', () => {
    assert.equal(orderOf(...head, 'NCCT LS spine done last year: normal.'), 'none');
    assert.equal(orderOf(...head, 'Adv NCCT LS spine if no better.'), 'none');
    assert.equal(orderOf(...head, 'SPECT-CT 2025: L4 pars uptake.', 'Plan: physio.'), 'none');
    assert.equal(orderOf(...head, 'Req: SPECT-CT lumbar spine - declined by radiology.'), 'none');
    assert.equal(orderOf(...head, 'Prior SPECT normal. Plan: rest and review.'), 'none');
    assert.equal(orderOf(...head, 'SPECT-CT not needed.'), 'none');
  });
});
