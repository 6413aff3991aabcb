/**
 * An order told of another visit, place or clinician, or one never carried out, is no order of this note; a study
 * this note orders beside it still is, and an order placed by this visit's team stays the order (order-another-visit.ts
 * orderOfAnotherVisit, order-vocabulary prose.orderedElsewhere).
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
const HPI = 'PCP follow-up. 12 yo M, low back pain 3 weeks after soccer. No fever, no night pain. Neuro normal.';

describe('an order of another visit or place, or never carried out', () => {
  it('is no order of this note', () => {
    assert.equal(orderOf(HPI, 'ED course: MRI lumbar spine ordered by ED, pt left before it was done.', 'Plan: ibuprofen, PT, return if worse.'), 'none');
    assert.equal(orderOf(HPI, 'ED visit 3/2: an MRI L-spine was ordered by the ED but the patient left AMA before it was done.', 'Plan: PT.'), 'none');
    assert.equal(orderOf(HPI, 'Outside hospital ordered a CT of the lumbar spine; family declined to go.', 'Plan: labs, follow up in 1 week.'), 'none');
    assert.equal(orderOf(HPI, 'Dr Smith had ordered XR lumbar spine last month; it was never done.', 'Plan: PT.'), 'none');
    assert.equal(orderOf(HPI, 'The PCP ordered an MRI of the lumbar spine 2 weeks ago but insurance denied it.', 'Plan: PT, NSAIDs.'), 'none');
    assert.equal(orderOf(HPI, 'Her previous pediatrician ordered an x-ray of the lumbar spine, which she never had.', 'Reassured. Stretching program.'), 'none');
    assert.equal(orderOf(HPI, 'Urgent care ordered lumbar spine x-rays at the first visit; he left before they were taken.', 'Plan: ibuprofen.'), 'none');
    assert.equal(orderOf(HPI, 'Chiropractor ordered x-rays of the lumbar spine last week.', 'Plan: core strengthening, return in 4 weeks.'), 'none');
    assert.equal(orderOf(HPI, 'Previously ordered XR L-spine (by ortho, 1/2026) not done.', 'Plan: PT.'), 'none');
    assert.equal(
      orderOf(
        'Well visit. 9 mo F, shallow dimple in the cleft, base visible. Neuro normal.',
        'At the 2-month visit Dr Lee had ordered a spinal US, which was never scheduled.',
        'Reassured.',
      ),
      'none',
    );
  });
  it('a study this note orders beside it is still the order', () => {
    assert.equal(orderOf(HPI, 'ED course: MRI lumbar spine ordered by ED, pt left before it was done.', 'Plan: XR lumbar spine AP/lateral today.'), 'xr-area');
    assert.equal(orderOf(HPI, 'Dr Smith had ordered XR lumbar spine last month (normal).', 'MRI lumbar spine without contrast ordered today.'), 'mri-area-without');
    assert.equal(
      orderOf(
        'Trauma transfer. 15 yo M, MVC, midline lumbar tenderness. GCS 15.',
        'OSH ordered CT L-spine but it was not done before transfer.',
        'MRI lumbar spine without contrast ordered on arrival.',
      ),
      'mri-area-without',
    );
  });
  it("not an order of this visit's team, a requisition sent here, nor a time of something else", () => {
    assert.equal(orderOf('NICU. Newborn M, hair tuft sacrum. MRI L spine w/o ordered by NICU team.'), 'mri-area-without');
    assert.equal(
      orderOf('ED RETURN VISIT. 11 y F, LBP 5 weeks. Tender L4-L5, neuro normal.', 'Plan: CT lumbar spine without contrast ordered by the ED provider; PCP to follow.'),
      'ct-area-without',
    );
    assert.equal(orderOf('Protocol: US spinal canal (requested by outside clinic)', 'Clinical info: sacral dimple.', 'Protocolled as requested.'), 'us-area');
    assert.equal(orderOf('5mo f w sacral lipoma. mri l spine wo ordered, nsgy appt already booked next wk (referral sent last month)'), 'mri-area-without');
    assert.equal(orderOf('Clinic. 14 yo F, LBP, night pain. MRI lumbar spine without contrast ordered for pain since 3 weeks ago.'), 'mri-area-without');
    assert.equal(orderOf('Clinic. 14 yo F, LBP 6 weeks, night pain. Never had any spine imaging, so MRI lumbar spine without contrast ordered today.'), 'mri-area-without');
    assert.equal(
      orderOf('Transfer. 14 y M, T12 fracture on OSH CT. Neuro intact. MRI thoracolumbar spine without contrast ordered to compare with the OSH CT.'),
      'mri-area-without',
    );
    assert.equal(orderOf('Inpatient. 12 yo M, fever and back pain. MRI lumbar spine without contrast ordered, not done yet - scheduled for this afternoon.'), 'mri-area-without');
  });
});
