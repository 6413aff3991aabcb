/**
 * Round 49 (fix49a): orders in radiology's own notes. A vetting outcome that accepts or protocols a study makes it the order
 * ("Accept: US spine.", "Accept - MRI whole spine w/o, urgent.", "Protocol MRI whole spine w/o - urgent", "Protocolled by
 * rads: MRI L-spine w/wo"); one that declines the study requested, at its own place on a later line, takes it back
 * ("Outcome: declined.", "Vetting: CT declined (dose)"). A plan on a rising CRP or a neuro change is conditioned. Near
 * misses: accept and protocol words of consent, of another service, mid-sentence, asked, conditioned or past; declines of
 * sedation, of another study, by the family, asked or further on in a line.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const BOY = ['8 yo M, back pain 2/52, new limp and L leg weakness.', 'Exam: absent L ankle jerk.'];
const GIRL = 'Pt: 9 y F, back pain 3/52, no red flags, neuro intact.';

describe('a vetting outcome accepting or protocolling a study (round 49)', () => {
  it('orders the study after "Accept:", "Accepted -", "Protocolled by rads:", "Accepted by duty radiologist -"', () => {
    assert.equal(orderOf('Vetting: 3 mo M, single dimple 3 mm within the gluteal cleft, neuro intact. Accept: US spine.'), 'us-area');
    assert.equal(orderOf('Vetting:', ...BOY, 'Accept - MRI whole spine w/o, urgent.'), 'mri-complete-without');
    assert.equal(orderOf(...BOY, 'Accepted: MRI L-spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf(...BOY, 'Protocolled by rads: MRI L-spine w/wo.'), 'mri-area-without-and-with');
    assert.equal(orderOf(...BOY, 'Accepted by duty radiologist - MRI whole spine w/o.'), 'mri-complete-without');
    assert.equal(orderOf(...BOY, 'Protocolled by consultant radiologist: MRI whole spine w/o'), 'mri-complete-without');
  });
  it('orders the study after a vetting verb opening its sentence', () => {
    assert.equal(orderOf('Vetting - 5 yo F', 'New gait change and bilat leg weakness 3 wks.', 'Protocol MRI whole spine w/o - urgent.'), 'mri-complete-without');
    assert.equal(orderOf(...BOY, 'Discussed with the registrar. Accept MRI whole spine w/o, first slot.'), 'mri-complete-without');
    assert.equal(orderOf('2 mo F, sacral hair tuft.', 'Accept US lumbar spine.'), 'us-area');
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

describe('a vetting outcome declining the study requested (round 49)', () => {
  it('takes the request back: "Outcome: declined.", "Vetting: CT declined (…)", "MRI declined (…)"', () => {
    assert.equal(orderOf('Vetting - MRI L-spine request, 13 y F', 'LBP 2 wks since extra gymnastics. Neuro exam intact.', 'Outcome: declined. Physio first.'), 'none');
    assert.equal(
      orderOf(
        '18mo F - hyperpigmented patch over lumbar spine. CT L-spine requested by ED.',
        'Vetting: CT declined (dose). Suggested MRI L-spine w/o instead - referrer to submit a new request if they agree.',
      ),
      'none',
    );
    assert.equal(orderOf(GIRL, 'MRI L-spine requested by GP.', 'MRI declined (no red flags), physio first.'), 'none');
    assert.equal(orderOf(GIRL, 'MRI L-spine requested by GP.', 'Radiology decision - rejected.'), 'none');
  });
  it('reads the study booked in its place', () => {
    assert.equal(orderOf(GIRL, 'MRI L-spine requested by GP.', 'Outcome: declined. US spine booked instead.'), 'us-area');
  });
  it('keeps the request when another thing, another study, someone else or a question is declined', () => {
    const req = [GIRL, 'MRI L-spine requested by GP.'];
    assert.equal(orderOf(...req, 'Outcome: sedation declined - booked awake.'), 'mri-area-without');
    assert.equal(orderOf(...req, 'Vetting: XR declined (dose). MRI accepted.'), 'mri-area-without');
    assert.equal(orderOf(...req, 'Outcome: declined by family - they want to wait.'), 'mri-area-without');
    assert.equal(orderOf(...req, 'Outcome: declined?'), 'mri-area-without');
    assert.equal(orderOf(...req, 'Vetting: accepted. Family declined sedation.'), 'mri-area-without');
    assert.equal(orderOf(...req, 'Declined.'), 'mri-area-without');
    assert.equal(orderOf(...req, 'Outcome: GA declined by anaesthetics; MRI awake.'), 'mri-area-without');
    assert.equal(orderOf(...req, 'Outcome: appointment declined, rebook.'), 'mri-area-without');
    assert.equal(orderOf(...req, 'Referral: declined by neurosurgery.'), 'mri-area-without');
    assert.equal(orderOf(...req, 'Outcome: neurosurgery referral declined.'), 'mri-area-without');
    assert.equal(orderOf(...req, "Mum's MRI declined last year."), 'mri-area-without');
    assert.equal(orderOf(...req, 'Outcome: if declined, discuss with consultant.'), 'mri-area-without');
  });
});

describe('a plan on a rising CRP or a neuro change (round 49)', () => {
  const HX = '16 yo M. Back pain 10 days, spiking fevers, tender T-L junction.';
  it('is conditioned: no order', () => {
    assert.equal(orderOf(HX, 'Plan: if CRP keeps rising or any neuro change, MRI whole spine w/wo contrast at receiving hospital.'), 'none');
    assert.equal(orderOf(HX, 'Plan: if any neuro change, MRI whole spine w/wo contrast.'), 'none');
    assert.equal(orderOf(HX, 'Plan: IV abx. If CRP rises, MRI whole spine w/wo contrast.'), 'none');
  });
  it('orders the study when the rise or the change is told now, or the condition is of something else', () => {
    assert.equal(orderOf(HX, 'Plan: CRP rising - MRI whole spine w/wo contrast.'), 'mri-complete-without-and-with');
    assert.equal(orderOf(HX, 'Plan: given rising CRP, MRI whole spine w/wo contrast.'), 'mri-complete-without-and-with');
    assert.equal(orderOf(HX, 'CRP keeps rising despite IV abx. MRI whole spine w/wo contrast requested.'), 'mri-complete-without-and-with');
    assert.equal(orderOf(HX, 'Plan: as CRP is rising, MRI whole spine w/wo contrast today.'), 'mri-complete-without-and-with');
    assert.equal(orderOf(HX, 'Plan: new neuro signs today - MRI whole spine w/wo contrast now.'), 'mri-complete-without-and-with');
    assert.equal(orderOf(HX, 'Plan: if sedation needed, MRI whole spine w/wo contrast.'), 'mri-complete-without-and-with');
  });
});
