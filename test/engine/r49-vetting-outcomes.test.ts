/**
 * Round 49 (fix49a): orders in radiology's own notes. A vetting outcome that accepts or protocols a study makes it the order
 * ("Accept: US spine.", "Accept - MRI whole spine w/o, urgent.", "Protocolled by rads: MRI L-spine w/wo") when nothing but
 * the study's region, contrast, views, sedation or urgency follows it. A plan "if" a CRP rises or a neuro change comes is
 * conditioned. Near misses: accept and protocol words of consent, of another service, opening a sentence without a colon,
 * asked, conditioned, past or followed by a verdict or a second study, with a bracket before the colon; a rise or a neuro change found at this visit's review.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const BOY = ['8 yo M, back pain 2/52, new limp and L leg weakness.', 'Exam: absent L ankle jerk.'];

describe('a vetting outcome accepting or protocolling a study (round 49)', () => {
  it('orders the study after "Accept:", "Accepted -", "Protocolled by rads:", "Accepted by duty radiologist -"', () => {
    assert.equal(orderOf('Vetting: 3 mo M, single dimple 3 mm within the gluteal cleft, neuro intact. Accept: US spine.'), 'us-area');
    assert.equal(orderOf('Vetting:', ...BOY, 'Accept - MRI whole spine w/o, urgent.'), 'mri-complete-without');
    assert.equal(orderOf(...BOY, 'Accepted: MRI L-spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf(...BOY, 'Protocolled by rads: MRI L-spine w/wo.'), 'mri-area-without-and-with');
    assert.equal(orderOf(...BOY, 'Accepted by duty radiologist - MRI whole spine w/o.'), 'mri-complete-without');
    assert.equal(orderOf(...BOY, 'Protocolled by consultant radiologist: MRI whole spine w/o'), 'mri-complete-without');
  });
  it('leaves the order placed when more than the study follows the acceptance, or a vetting verb opens a sentence without a colon (review r49)', () => {
    const INFANT = ['2 mo M, sacral hair tuft, neuro exam normal, no prior imaging.', 'Plan: US spine today.'];
    assert.equal(orderOf(...INFANT, 'Accepted - MRI L-spine w/o request returned to GP, US more appropriate.'), 'us-area');
    assert.equal(orderOf(...INFANT, 'Accept: MRI L-spine w/o not justified at this age.'), 'us-area');
    assert.equal(orderOf(...INFANT, 'Protocol MRI L-spine w/o for sibling (separate request).'), 'us-area');
    assert.equal(orderOf(...INFANT, 'Protocol MRI L-spine w/o: sag T1, T2; ax T2 (template for future use).'), 'us-area');
    assert.equal(orderOf(...INFANT, 'Parents asked about MRI. Accept MRI L-spine w/o may be needed later.'), 'us-area');
    assert.equal(orderOf(...INFANT, 'Protocolled by rads: MRI L-spine w/o if US equivocal.'), 'us-area');
  });
  it('leaves the order placed when a bracket stands between the acceptance and its colon, or a second study follows (review r49, second pass)', () => {
    const XR = ['Referral from GP: XR lumbar spine please. 6 wk old boy, sacral hair tuft, neuro exam normal, no previous imaging.'];
    const MRI = ['Request (GP): MRI L-spine w/o. 9 mo F, sacral hair tuft, neuro exam normal, no previous imaging.'];
    assert.equal(orderOf(...XR, 'Accept (for twin sibling): US spine.'), 'xr-area');
    assert.equal(orderOf(...XR, 'Accepted (2023, older sister): US spine.'), 'xr-area');
    assert.equal(orderOf(...MRI, 'Accept (if MRI slot unavailable): US spine'), 'mri-area-without');
    assert.equal(orderOf(...MRI, 'Accept (alternative only): US spine'), 'mri-area-without');
    assert.equal(orderOf(...XR, 'Accept (?): US spine', 'Awaiting consultant sign-off; XR request unchanged.'), 'xr-area');
    assert.equal(orderOf(...XR, 'Accepted (by neurosurgery, not radiology): US spine'), 'xr-area');
    assert.equal(orderOf(...MRI, 'Accept: US spine, MRI L-spine w/o', '(US first is standard, but 9 mo - MRI only)'), 'mri-area-without');
    assert.equal(orderOf(...XR, 'Accept: US spine, CT'), 'xr-area');
  });
  it('orders nothing on consent, another service, a question, a condition, a past study or a mid-sentence word', () => {
    assert.equal(orderOf(...BOY, 'Consent: accept MRI under GA.'), 'none');
    assert.equal(orderOf(...BOY, 'Accepted by neurosurgery: MRI whole spine on arrival.'), 'none');
    assert.equal(orderOf(...BOY, 'Protocolled by neurosurgery: MRI L-spine w/o.'), 'none');
    assert.equal(orderOf(...BOY, 'Accept: MRI L-spine w/o if XR abnormal.'), 'none');
    assert.equal(orderOf(...BOY, 'Accept: MRI L-spine w/o? d/w consultant.'), 'none');
    assert.equal(orderOf(...BOY, 'Would accept: MRI L-spine w/o if neuro signs.'), 'none');
    assert.equal(orderOf(...BOY, 'Not accepted: MRI L-spine. XR first.'), 'none');
    assert.equal(orderOf(...BOY, 'Accept: MRI L-spine - declined by parents.'), 'none');
    assert.equal(orderOf(...BOY, 'Accept: MRI L-spine last year, normal.'), 'none');
    assert.equal(orderOf(...BOY, 'Accept: no. MRI L-spine not indicated.'), 'none');
    assert.equal(orderOf(...BOY, "Mum's MRI L-spine: accepted."), 'none');
    assert.equal(orderOf(...BOY, 'As per protocol MRI whole spine w/o.'), 'none');
    assert.equal(orderOf(...BOY, 'Protocol MRI whole spine w/o if neuro signs develop.'), 'none');
    assert.equal(orderOf(...BOY, 'Protocol MRI whole spine w/o? discuss with consultant.'), 'none');
    assert.equal(orderOf(...BOY, 'Protocol MRI whole spine w/o from 2024 reviewed - normal.'), 'none');
    assert.equal(orderOf(...BOY, 'Accept transfer. MRI whole spine on arrival if neuro change.'), 'none');
    assert.equal(orderOf(...BOY, 'Previously protocolled by rads: MRI L-spine w/o. Now cancelled.'), 'none');
    assert.equal(orderOf(...BOY, 'Protocolled by rads: MRI L-spine w/o - pending d/w referrer.'), 'none');
    assert.equal(orderOf(...BOY, 'Would protocol MRI whole spine w/o if referrer agrees.'), 'none');
    assert.equal(orderOf(...BOY, 'Dad: protocol MRI L-spine done 2019, normal.'), 'none');
    assert.equal(orderOf(...BOY, 'Plan: XR L-spine. Accept: MRI L-spine if XR abnormal.'), 'xr-area');
  });
});

describe('a plan on a rising CRP or a neuro change (round 49)', () => {
  const HX = '16 yo M. Back pain 10 days, spiking fevers, tender T-L junction.';
  it('is conditioned: no order', () => {
    assert.equal(orderOf(HX, 'Plan: if CRP keeps rising or any neuro change, MRI whole spine w/wo contrast at receiving hospital.'), 'none');
    assert.equal(orderOf(HX, 'Plan: if any neuro change, MRI whole spine w/wo contrast.'), 'none');
    assert.equal(orderOf(HX, 'Plan: IV abx. If CRP rises, MRI whole spine w/wo contrast.'), 'none');
    assert.equal(orderOf(HX, 'Plan: IV abx. Should CRP continue to rise, MRI whole spine w/wo contrast.'), 'none');
  });
  it('orders the study when the rise or the change is told now, or the condition is of something else', () => {
    assert.equal(orderOf(HX, 'Plan: CRP rising - MRI whole spine w/wo contrast.'), 'mri-complete-without-and-with');
    assert.equal(orderOf(HX, 'Plan: given rising CRP, MRI whole spine w/wo contrast.'), 'mri-complete-without-and-with');
    assert.equal(orderOf(HX, 'CRP keeps rising despite IV abx. MRI whole spine w/wo contrast requested.'), 'mri-complete-without-and-with');
    assert.equal(orderOf(HX, 'Plan: as CRP is rising, MRI whole spine w/wo contrast today.'), 'mri-complete-without-and-with');
    assert.equal(orderOf(HX, 'Plan: new neuro signs today - MRI whole spine w/wo contrast now.'), 'mri-complete-without-and-with');
    assert.equal(orderOf(HX, 'Plan: if sedation needed, MRI whole spine w/wo contrast.'), 'mri-complete-without-and-with');
  });
  it('orders the study when a review at this visit found the rise or the change (review r49)', () => {
    assert.equal(orderOf(HX, 'Plan: when reviewed this am CRP rising - MRI whole spine w/wo contrast.'), 'mri-complete-without-and-with');
    assert.equal(
      orderOf('8 yo M, back pain 2/52, new L leg weakness.', 'Exam: absent L ankle jerk.', 'When examined today new neuro signs in L leg -> urgent MRI whole spine w/o.'),
      'mri-complete-without',
    );
  });
});
