/**
 * What makes an injury significant, unclear or none (set7 review): a fracture the note only asks about is
 * no mechanism; a fracture of another bone is an injury but not a spinal mechanism; an abuse evaluation
 * tells an injury without its mechanism (unclear), never a significant one by itself; an injury done to
 * the child by someone else is the child's; falls told alone where the note denies any injury are none;
 * and a few words that only look like injuries ("fall out", "neurologic injury") are none.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

function traumaOf(...lines: string[]): string {
  return readNote(...lines).facts.trauma.significance;
}

function expectAll(cases: string[][], want: string, what: string): void {
  for (const lines of cases) it(`"${lines.join(' / ')}" ${what}`, () => assert.equal(traumaOf(...lines), want));
}

describe('trauma: what counts as an injury and as a mechanism', () => {
  describe('a fracture asked about is no mechanism', () => {
    expectAll(
      [
        ['HPI: 16 yo, LBP x 3 months after long steroid exposure - concern is vertebral compression fracture / low bone density.', 'Plan: MRI L-spine w/o'],
        ['HPI: 14 yo wrestler, LBP x 5 months. Outside MRI: radiology raised the possibility of an apophyseal ring fracture.', 'Plan: CT L-spine w/o'],
        ['HPI: 12 yo, back pain x 6 wk, the question of a compression fracture was raised.', 'Plan: MRI L-spine w/o'],
      ],
      'none',
      'holds no injury',
    );
    // Near misses: a fracture told, or one the question is about after a real mechanism.
    expectAll(
      [
        ['HPI: 14 yo fell from a tree yesterday; XR shows an L1 compression fracture.', 'Plan: CT L-spine w/o'],
        ['HPI: 14 yo MVC at highway speed; concern is vertebral compression fracture.', 'Plan: CT L-spine w/o'],
      ],
      'significant',
      'is significant trauma',
    );
  });

  describe('a fracture of another bone is an injury, not a spinal mechanism', () => {
    expectAll(
      [
        ['HPI: 10 mo F admitted with a R femur fracture. Neither parent describes a fall or any injury.', 'Plan: MRI T/L-spine w/o'],
        ['HPI: 10 mo F, skeletal survey: R femoral shaft fracture. No history of injury given.', 'Plan: MRI L-spine w/o'],
        ['HPI: 4 mo M with healing rib fractures, mechanism unknown.', 'Plan: MRI L-spine w/o'],
      ],
      'unclear',
      'is an injury without its mechanism',
    );
    expectAll(
      [
        ['HPI: 10 yo fell from the monkey bars, forearm fracture, back pain.', 'Plan: XR L-spine'],
        ['HPI: 14 yo with an L2 burst fracture after a fall, back pain.', 'Plan: CT L-spine w/o'],
        ['HPI: 14 yo, back pain; CT: T12 vertebral body fracture.', 'Plan: MRI T-spine w/o'],
      ],
      'significant',
      'is still significant trauma',
    );
  });

  describe('an abuse evaluation tells an injury, not its mechanism', () => {
    expectAll(
      [
        ['Child Abuse Pediatrics - inpatient consult', 'HPI: 8 mo M admitted for evaluation of bruising; no caregiver has offered any mechanism.', 'Plan: no spine imaging'],
        ['CHILD PROTECTION TEAM CONSULT', 'HPI: 4 mo M, 1 cm bruise on the flank; mother has no idea how it happened.', 'Findings: sacral dimple 3 mm', 'Plan: US L-spine'],
        [
          'HPI: 2 yo, healing marks on the thighs, grandmother does not know how. Concern for physical abuse - CAP consult placed.',
          'Findings: lumbar hair patch',
          'Plan: MRI L-spine w/o',
        ],
        ['HPI: 8 mo, bruises of differing colour - concerning for inflicted injury.', 'Plan: skeletal survey'],
      ],
      'unclear',
      'is an injury without its mechanism',
    );
    // A mechanism told in an abuse evaluation still decides; abuse words of someone else or of another time tell no injury now.
    expectAll(
      [
        ['CAP consult', "HPI: 12 yo M. He disclosed that his foster mother's boyfriend pushed him down a full flight of stairs 2 days ago.", 'Plan: XR T/L-spine'],
        ['HPI: 3 y F. Disclosure: "mommy\'s friend hit me with the broom stick". Exam: focal midline tenderness at L2.', 'Plan: MRI T/L-spine w/o'],
      ],
      'significant',
      'is significant trauma',
    );
    expectAll(
      [['HPI: 8 yo, sacral dimple. Mother has a history of substance abuse; fell off the couch today, playing normally since.', 'Plan: US L-spine']],
      'trivial',
      'is a trivial injury (substance abuse is no mechanism)',
    );
    expectAll(
      [
        ['HPI: 19 yo with low back ache x 3 wk after lifting boxes. Remote hx: humerus fracture at age 7, substantiated physical abuse.', 'Plan: none'],
        ['HPI: 3 mo, sacral dimple. No concerns for physical abuse.', 'Plan: US L-spine'],
      ],
      'none',
      'holds no injury now',
    );
  });

  describe('an injury done to the child by someone else', () => {
    expectAll([['HPI: 6 yo, his brother hit him in the back yesterday, mechanism otherwise unclear.', 'Plan: XR L-spine']], 'unclear', "is the child's injury");
    expectAll([['HPI: 8 yo, sacral dimple. His brother fell off the trampoline last week.', 'Plan: US L-spine']], 'none', "is the brother's injury, not the child's");
    expectAll([['HPI: 8 yo, hair tuft. Mom hit her head on the cabinet yesterday.', 'Plan: MRI L-spine w/o']], 'none', 'is the mother\'s injury ("her head" is no object)');
  });

  describe('falls told alone where the note denies any injury', () => {
    expectAll(
      [
        ['CC: back pain x 1 week, now with legs "giving out" since yesterday - fell twice at school - and new wetting accidents today. No injury. No fever.'],
        ['HPI: 10 yo, LBP x 2 wk, weak legs, falls at recess. No known trauma.', 'Plan: MRI L-spine w/o'],
      ],
      'none',
      'holds no injury',
    );
    expectAll(
      [
        // The denial is of another injury ("no head injury"), or the fall has its own mechanism.
        ['HPI: 10 yo fell at school, back pain. No head injury.', 'Plan: XR L-spine'],
        ['HPI: 10 yo fell at recess, back pain, no other injury.', 'Plan: XR L-spine'],
      ],
      'unclear',
      'is an injury without its mechanism',
    );
    expectAll([['HPI: 10 yo fell off the monkey bars today. No injury seen by the nurse. Back pain.', 'Plan: XR L-spine']], 'significant', 'keeps its mechanism');
  });

  describe('words that only look like injuries', () => {
    expectAll(
      [
        ['HPI: 9 mo F, patch of dark hair on the lower back; mother thought it would fall out.', 'Plan: MRI L-spine w/o'],
        ['HPI: 9 mo F, hair tuft over a deep dimple. Early diagnosis allows untethering before irreversible neurologic injury.', 'Plan: MRI L-spine w/o'],
        ['HPI: 4 mo, sacral dimple, fell asleep on the way in.', 'Plan: US L-spine'],
      ],
      'none',
      'holds no injury',
    );
    expectAll([['HPI: 9 yo fell out of a tree yesterday, back pain.', 'Plan: XR L-spine']], 'significant', 'is a fall');
    expectAll([['HPI: 9 yo fell out of bed, back pain.', 'Plan: XR L-spine']], 'unclear', 'is a fall');
  });

  describe('tenderness of the paraspinal muscles is not focal', () => {
    expectAll(
      [['HPI: 9 yo "hurt his back at school" - pt cannot say what happened.', 'Exam: mild tenderness L lumbar paraspinals, no midline tenderness.', 'Plan: XR L-spine']],
      'unclear',
      'is an injury without its mechanism',
    );
    expectAll(
      [['HPI: 9 yo "hurt his back at school" - pt cannot say what happened.', 'Exam: tenderness over the L2 spinous process.', 'Plan: XR L-spine']],
      'significant',
      'is significant (focal tenderness)',
    );
  });

  describe('a shallow dimple is no diving injury', () => {
    expectAll([['HPI: 4 mo, bumped her head on the crib today.', 'Findings: sacral dimple, shallow, base visible', 'Plan: US L-spine']], 'trivial', 'is trivial');
    expectAll([['HPI: 14 yo dove into the shallow end of a pool, neck pain.', 'Plan: CT C-spine']], 'significant', 'is significant trauma');
  });
});
