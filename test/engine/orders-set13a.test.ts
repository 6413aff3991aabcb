/**
 * Orders missed in set13 (task r14a): a patient the writer sends to a study ("I sent her directly to MRI …", "Sent to
 * bone scan with SPECT"), a Referral line or a "Req.:" line that opens on a spine study, a management key ("Mx:"), and
 * terse notes whose study stands as a sentence of its own before a closing sentence about something else ("XR T+L
 * spine. CT abdo by surg team", "bone scan. FBC film LDH ESR CXR", "Ix MRI L-spine w/o. NSGY ref sent").
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('a patient sent to a study', () => {
  it('is ordered when the writer sends', () => {
    assert.equal(orderOf('Baby girl, 9 weeks old. Skin tag.', 'No US here, so I sent her directly to MRI of the lumbosacral spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf('4 y boy, toe walking.', 'I am sending him to MRI of the lumbar spine without contrast to rule out tethered cord.'), 'mri-area-without');
    assert.equal(orderOf('13 y girl, night pain.', 'I suspect osteoid osteoma. Sent to bone scan with SPECT of the lumbar spine.'), 'bone-scan-area');
    assert.equal(orderOf('13 y girl, back pain.', 'We will send her to MRI of the lumbar spine.'), 'mri-area-without');
  });
  it('not when sent by someone else, before, on a condition, or to a clinic', () => {
    assert.equal(orderOf('13 y girl, back pain.', 'PCP sent her to MRI of the lumbar spine last week, which showed a disc bulge.'), 'none');
    assert.equal(orderOf('13 y girl, back pain.', 'She was sent to MRI of the lumbar spine.'), 'none');
    assert.equal(orderOf('13 y girl, back pain.', 'I sent her to MRI of the lumbar spine at 2 months, normal.'), 'none');
    assert.equal(orderOf('13 y girl, back pain.', 'Will send her to MRI of the lumbar spine if pain persists.'), 'none');
    assert.equal(orderOf('13 y girl, back pain.', 'MRI of the lumbar spine normal. Sent to neurosurgery clinic.'), 'none');
    assert.equal(orderOf('13 y girl, back pain.', 'Did not send her to MRI of the lumbar spine.'), 'none');
  });
});

describe('a referral, a request or a management line naming the study', () => {
  it('orders the study it opens on', () => {
    assert.equal(orderOf('Pt 4 mo. lipoma.', 'Referral: MR of lumbo-sacral spine without contrast, with sedation (anaesthesiologist informed).'), 'mri-area-without');
    assert.equal(orderOf('Pt 8 y. back pain 10 days.', 'Req.: XR of L-S spine in two projections.'), 'xr-area');
    assert.equal(orderOf('14F LBP x 2 months, night pain.', 'Mx: MRI whole spine arranged, FU with result. Paracetamol PRN meanwhile.'), 'mri-complete-without');
    assert.equal(orderOf('5-mth-old girl. hairy patch.', 'Mx: repeat USG spine arranged, early slot.'), 'us-area');
  });
  it('not a referral to a specialist, a result, or a conditioned or declined study', () => {
    assert.equal(orderOf('Pt 4 mo. lipoma.', 'Referral: pediatric neurosurgery'), 'none');
    assert.equal(orderOf('Pt 4 mo. lipoma.', 'Referral: MRI L-spine showed a lipoma; neurosurgery.'), 'none');
    assert.equal(orderOf('Pt 4 mo. lipoma.', 'Referral: MRI of the lumbar spine if the swelling grows.'), 'none');
    assert.equal(orderOf('Pt 8 y. back pain.', 'Req.: XR L-spine normal.'), 'none');
    assert.equal(orderOf('14F LBP.', 'Mx: analgesia, physio. MRI L-spine if no better in 6 weeks.'), 'none');
    assert.equal(orderOf('14F LBP.', 'Management: reassurance, physio; no imaging needed.'), 'none');
  });
});

describe('a terse note whose study stands alone before a closing sentence', () => {
  it('orders the study past a study of another body part, a list of tests, a referral', () => {
    assert.equal(orderOf('8 y F MVC rear seat lap belt only. tender L1 midline. neuro intact. XR T+L spine. CT abdo by surg team'), 'xr-area');
    assert.equal(orderOf('teen boy LBP 5/52 + night sweats + wt loss 4kg. ?lymphoma ?TB. bone scan. FBC film LDH ESR CXR'), 'bone-scan-complete');
    assert.equal(orderOf('day 6 M. hairy tuft L-S, ?dermal sinus. afebrile. neuro NAD. Ix MRI L-spine w/o. NSGY ref sent'), 'mri-area-without');
  });
  it('not a study reported, done before, or of another body part alone', () => {
    assert.equal(orderOf('8 y F MVC. tender L1. XR T+L spine normal. CT abdo by surg team'), 'none');
    assert.equal(orderOf('8 y F MVC. tender L1. CT abdo by surg team'), 'none');
    assert.equal(orderOf('teen boy LBP 5/52. Prior XR L-spine. FBC ESR CXR'), 'none');
    assert.equal(orderOf('day 6 M. dimple. Ix US spine normal.'), 'none');
    assert.equal(orderOf('day 6 M. dimple. neuro NAD. Ix US spine 2 days ago. NSGY ref sent'), 'none');
  });
});
