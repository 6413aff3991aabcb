/**
 * r44-history4 (held-out s51-s53): an interpreter's or a parent's relayed answer to a question ("Q: pain at night?
 * Interpreter: "mother says no"") denies the item asked, as "Night pain? no" does; a relayed "yes", a relative's own words
 * after the question mark, or a question left unanswered keep the finding.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const PAIN = ['Age: 12 y', 'HPI: low back pain x 2 wk, volleyball'];
const MRI = 'Order: MRI lumbar spine';

/** How a finding id is read: 'present', 'absent', 'unasserted' or 'unread'. */
function stateOf(id: string, ...lines: string[]): string {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  if (!hits.length) return 'unread';
  if (hits.some((h) => h.present)) return 'present';
  return hits.some((h) => h.negated) ? 'absent' : 'unasserted';
}

describe('r44: a relayed answer to a question', () => {
  for (const q of [
    'Q: pain at night? Interpreter: "mother says no, he sleeps well."',
    'Q: night pain? Mother says no.',
    'Night pain? Mum says no.',
    'Pain at night? Interpreter - "no".',
    'Night pain? A: no.',
    'Pain at night? Translator: dad says no, sleeps through.',
  ])
    it(`"${q}" denies night pain`, () => assert.equal(stateOf('night-pain', ...PAIN, `History: ${q}`, MRI), 'absent'));
  // Harmful if wrong: a relayed "yes", a relative's own words or an open question never deny the child's night pain.
  for (const q of [
    'Q: night pain? Interpreter: "mother says yes, it wakes him".',
    'Night pain? Mum says he wakes at night with it.',
    'Night pain? Mother has back pain too.',
    'Night pain? Mum says no but he says yes.',
    'Q: pain at night?',
    'Pain at night? Mum unsure.',
  ])
    it(`"${q}" keeps night pain`, () => assert.notEqual(stateOf('night-pain', ...PAIN, `History: ${q}`, MRI), 'absent'));
  it('the whole interpreter Q and A reads no red flag', () =>
    assert.equal(
      readNote(
        'Age: 12 y',
        'History: volleyball team, training daily. LBP 2 weeks, worse after training.',
        '  Q: pain at night? Interpreter: "mother says no, he sleeps well."',
        '  Q: fever? - "no".',
        '  Q: pain in the legs? - "no, only back".',
        'Exam: no midline tenderness. Neuro normal.',
        MRI,
      ).scenario,
      'back-pain-overuse',
    ));
});
