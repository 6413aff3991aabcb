/**
 * Orders told in prose by teaching vignettes, board stems, sim scripts, order-set design docs and nursing notes (held-out
 * sets 51, 53, 54): a clinician told ordering now ("The resident orders …", "PCP orders …", "the registrar requests …",
 * "The PGY-1 places: …", "peds on call agreed to …"), an order-ish heading ("Order selected:", "Actions expected:"), the
 * writer's order after an arrow ("-> order CT …") and a requisition told sent or done ("- req done"). The look-alikes
 * keep their reading: a parent's or the patient's request, a past order, a declined one, one on a condition, another
 * service's plan.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const INFANT = 'A 4-month-old boy with a single midline sacral dimple, 3 mm, base visible. Neuro normal.';
const TEEN = 'A 12-year-old boy with low back pain for 3 weeks, no red flags, neuro exam normal.';

describe('orders told in prose by a clinician, and order-ish headings (round 44)', () => {
  const READ: [string, string, string][] = [
    [INFANT, 'The PGY-1 places: **US lumbar spine (infant spinal sonogram)**.', 'us-area'],
    [INFANT, 'The PGY-1 orders US lumbar spine.', 'us-area'],
    [TEEN, 'The resident orders lumbar spine radiographs (AP and lateral).  Which of the following is the most appropriate next step?', 'xr-area'],
    [TEEN, 'Parents request "something more definitive"; the PCP orders MRI lumbar spine w/o contrast.', 'mri-area-without'],
    [TEEN, 'The registrar requests a whole-body bone scan.', 'bone-scan-complete'],
    [TEEN, 'His father requests an MRI. The clinician orders MRI lumbar spine without contrast.', 'mri-area-without'],
    [TEEN, 'PCP orders CT lumbosacral spine without contrast "to look for a bony defect".', 'ct-area-without'],
    [TEEN, "After discussion, peds on call agreed to MRI lumbar spine (no contrast) given mother's ongoing anxiety; request sent to Edmonton.", 'mri-area-without'],
    [TEEN, 'GP requests XR L-spine "to be sure". Ordered as requested.', 'xr-area'],
    [TEEN, 'Dr Patel orders XR lumbar spine.', 'xr-area'],
    [TEEN, 'MRI unavailable overnight -> order CT lumbar spine with IV contrast', 'ct-area-with'],
    [INFANT, 'Order selected: US SPINE INFANT (lumbosacral)', 'us-area'],
    [TEEN, 'Actions expected: log roll, spinal precautions, MRI lumbar spine without contrast, urgent NSGY consult.', 'mri-area-without'],
    [TEEN, 'XR lumbar spine at QGH w/ next medical travel - req done.', 'xr-area'],
    [INFANT, 'Per MD (tele): US lumbar spine at Stanton - req sent, book w/ medical travel.', 'us-area'],
  ];
  for (const [history, line, id] of READ)
    it(`"${line}" orders ${id}`, () => {
      assert.equal(orderOf(history, line), id);
    });

  // Look-alikes that order nothing today: a wrong order here would lose the finding that no imaging is needed.
  const NONE: [string, string][] = [
    [TEEN, 'His father requests an MRI lumbar spine.'],
    [TEEN, 'The patient requests MRI lumbar spine.'],
    [TEEN, 'Dad (a physician) requests MRI lumbar spine.'],
    [TEEN, "The resident's mother requests MRI lumbar spine."],
    [TEEN, 'PCP ordered XR lumbar spine last month: normal.'],
    [TEEN, 'The registrar does not order an MRI lumbar spine.'],
    [TEEN, 'The registrar requests MRI lumbar spine; request declined by radiology.'],
    [TEEN, 'The resident orders MRI lumbar spine if pain persists.'],
    [TEEN, 'If the XR is abnormal, the registrar requests MRI lumbar spine.'],
    [TEEN, 'Ortho registrar requests MRI lumbar spine at their clinic next month.'],
    [TEEN, 'The PCP orders physiotherapy. XR lumbar spine last year normal.'],
    [TEEN, 'The resident reviews the XR lumbar spine, which is normal.'],
  ];
  for (const [history, line] of NONE)
    it(`"${line}" orders nothing`, () => {
      assert.equal(orderOf(history, line), 'none');
    });
  it('"The team requests an MRI brain" names another part, no spine order', () => {
    assert.notEqual(orderOf(TEEN, 'The team requests an MRI brain.').slice(0, 3), 'mri');
  });
});
