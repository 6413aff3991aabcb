/**
 * Teaching vignettes and quizzes: the choices a quiz lists are no order, the answer it gives is (by letter, by name,
 * or none), and a learner's choice marked wrong is no order (server/src/clinical/quiz.ts).
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

const DIMPLE = 'Quiz: A 6-week-old boy has a deep sacral dimple above the gluteal cleft, base not seen. Neuro exam normal.';

describe('a quiz that lists its choices', () => {
  it('the answered choice is the order, however the choices and the answer are written', () => {
    assert.equal(orderOf(DIMPLE, 'Which imaging study is most appropriate?', 'A. XR lumbar spine', 'B. US spine', 'C. MRI lumbar spine without contrast', 'Answer: B'), 'us-area');
    assert.equal(
      orderOf(
        'Board review item 12. A 14-year-old gymnast, LBP 6 weeks, normal radiographs.',
        'Which study next?',
        'a) XR lumbar spine obliques',
        'b) MRI lumbar spine without contrast',
        'c) CT lumbar spine',
        'Correct answer: (b)',
      ),
      'mri-area-without',
    );
    assert.equal(
      orderOf(
        'Board-style: an 8-year-old in a rollover, neck pain, midline tenderness at C5. GCS 15.',
        'Next step?',
        '(A) XR cervical spine (B) CT cervical spine without contrast (C) MRI cervical spine',
        'Ans - B',
      ),
      'ct-area-without',
    );
    assert.equal(orderOf(DIMPLE, 'Best first study? A - XR lumbar spine; B - US spine; C - MRI lumbar spine.', 'The correct answer is B.'), 'us-area');
    assert.equal(orderOf(DIMPLE, '1. XR lumbar spine', '2. US spine', '3. MRI lumbar spine', 'Answer: 2'), 'us-area');
    assert.equal(orderOf(DIMPLE, 'What is the best initial study?', '- XR lumbar spine', '- US of the spine', '- MRI lumbar spine', 'Answer: US of the spine'), 'us-area');
    assert.equal(orderOf(DIMPLE, 'Which study? A) XR lumbosacral spine B) US spine C) MRI L-spine', "Learner's choice: B"), 'us-area');
  });
  it('a letter of either case names the choice, followed by its reason or not', () => {
    assert.equal(orderOf(DIMPLE, 'Which study?', 'a) XR lumbar spine', 'b) US spine', 'c) MRI lumbar spine', 'Answer: B'), 'us-area');
    assert.equal(orderOf(DIMPLE, 'Which study?', 'A. XR lumbar spine', 'B. US spine', 'C. MRI lumbar spine', 'Answer: B (US spine is best before 6 months).'), 'us-area');
    assert.equal(orderOf(DIMPLE, 'Which study?', 'A) XR obliques  B) CT lumbar spine  C) MRI lumbar spine without contrast', 'Answer is C'), 'mri-area-without');
  });
  it('an answered choice that is no study, or no answer at all, orders none', () => {
    const CHOICES = ['Which study?', 'A. XR lumbar spine', 'B. MRI lumbar spine', 'C. Reassurance and follow-up'];
    assert.equal(orderOf(DIMPLE, ...CHOICES, 'Answer: C'), 'none');
    assert.equal(orderOf(DIMPLE, ...CHOICES, 'Resident chose A (incorrect). Correct answer = C.'), 'none');
    assert.equal(orderOf(DIMPLE, ...CHOICES, 'Answer: see discussion below.'), 'none');
    assert.equal(orderOf(DIMPLE, 'Which imaging study is most appropriate?', 'A. XR lumbar spine', 'B. US spine', 'C. MRI lumbar spine', 'D. No imaging', 'Answer: D'), 'none');
    assert.equal(orderOf(DIMPLE, 'Which imaging study is most appropriate?', 'A. XR lumbar spine', 'B. US spine', 'C. MRI lumbar spine without contrast'), 'none');
    assert.equal(orderOf(DIMPLE, 'Which study? A) XR lumbosacral spine B) US spine C) MRI L-spine', 'Discuss with your group.'), 'none');
    assert.equal(orderOf(DIMPLE, 'What is the best initial study?', '- XR lumbar spine', '- US of the spine', '- MRI lumbar spine'), 'none');
  });
  it('the answer in the line of the vignette, or naming its study, is the order', () => {
    assert.equal(
      orderOf('Board-style: an 8-year-old in a highway rollover, neck pain, midline tenderness at C5. GCS 15. Next step? Answer: CT cervical spine without contrast.'),
      'ct-area-without',
    );
    assert.equal(
      orderOf(
        'Trauma bootcamp: a 15-year-old hit in the back, midline tenderness T12-L1, neuro normal.',
        'What is the first imaging study?',
        'Answer: AP and lateral radiographs of the thoracolumbar spine.',
      ),
      'xr-area',
    );
  });
  it('not a plan list, a handoff, an exam list or an order made after a question', () => {
    assert.equal(
      orderOf('Newborn nursery. 3 d old M with a deep sacral dimple above the cleft.', 'Plan:', '1. US lumbar spine', '2. Neurosurgery referral if abnormal'),
      'us-area',
    );
    assert.equal(
      orderOf('I-PASS sign-out', 'I: stable', 'P: 11yo F, LBP 5 weeks, night pain. Neuro exam normal.', 'A: MRI lumbar spine without contrast ordered.', 'S: questions answered'),
      'mri-area-without',
    );
    assert.equal(orderOf('Ortho. 16 yo M, LBP 8 weeks, radicular pain. Neuro: A. reflexes 2+ B. strength 5/5.', 'Plan: MRI lumbar spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf('6 wk, deep dimple above the cleft, base not seen. Mom asked which test is best?', '- US spine ordered today', '- follow up with results'), 'us-area');
    assert.equal(orderOf('ED note. 15 yo M, fall from a ladder, midline tenderness L1. ?compression fracture', '- XR thoracolumbar spine AP/lateral', '- ibuprofen'), 'xr-area');
    assert.equal(
      orderOf(
        'Derm e-consult',
        'Question: 10-week-old with a skin tag and a pit over the coccyx - can we tie it off?',
        'Answer: Please do not ligate. I have ordered a spinal US so it is done before 3 months of age.',
      ),
      'us-area',
    );
  });
});

describe("a learner's choice and the answer", () => {
  const CASE = 'Teaching case. 10-year-old, low back pain 1 week after soccer, no red flags, neuro normal.';
  it("a learner's choice marked wrong is no order; the correct answer is, and 'no imaging' orders none", () => {
    assert.equal(orderOf(CASE, "Resident's choice: XR L-spine (incorrect). Correct answer: no imaging."), 'none');
    assert.equal(orderOf(CASE, "Resident's choice: XR L-spine - incorrect.", 'Correct answer: no imaging; reassure.'), 'none');
    assert.equal(orderOf(CASE, "Resident's choice: XR L-spine - wrong."), 'none');
    assert.equal(orderOf(CASE, "Student's choice: CT lumbar spine (wrong).", 'Correct answer: MRI lumbar spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf(CASE, 'Learner chose XR L-spine again - incorrect; the correct answer is MRI L-spine without contrast.'), 'mri-area-without');
    assert.equal(
      orderOf('Quiz: 6-week-old, shallow dimple within the cleft, base seen.', "Resident's answer: US spine. Correct answer: none - no imaging needed for a simple dimple."),
      'none',
    );
  });
  it("a learner's choice not marked wrong stays the order when no answer is given", () => {
    assert.equal(orderOf(CASE, "Resident's choice: MRI lumbar spine without contrast (correct)."), 'mri-area-without');
    assert.equal(orderOf(CASE, "Resident's choice: CT lumbar spine without contrast, thin sections."), 'ct-area-without');
  });
});
