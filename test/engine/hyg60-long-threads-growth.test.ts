/**
 * Round 60 (hyg60): a long chat thread and a long order form read in linear work. A thread's clinician line naming a study
 * alone is taken back by a later message (tellers.ts studyRefused), and a form's study line by a line of its block below it
 * (keyed-study.ts takenBackBelow); each used to read the rest of the note, or of its block, again for every such line.
 * The readings are the same: the later message or the line below still takes the study back.
 */
import * as assert from 'node:assert/strict';
import { analyzeNote } from '../../server/src/engine/analyze';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import { work } from '../../server/src/notes/work';
import { engine, lint, orderOf } from '../helpers';

describe('hyg60: thread and form lines taken back later, in linear work', () => {
  describe('the readings', () => {
    const thread = (...later: string[]) => ['Secure chat', '[09:01] Rad reg: US lumbar spine now, will protocol', '[09:02] Paeds rad: agree', ...later];
    const form = (...below: string[]) => ['Order form', 'MRI lumbar spine: [ ] without contrast  [x] with contrast', ...below];
    it('a thread line naming the study alone orders it', () => assert.equal(orderOf(...thread()), 'us-area'));
    it('a later message declining imaging takes it back', () => assert.equal(orderOf(...thread('[09:05] Rad reg: parents declined imaging, hold off')), 'none'));
    it("a form's study line with one contrast ticked orders it", () => assert.equal(orderOf(...form()), 'mri-area-with'));
    it('a line of its block below taking it back', () => assert.equal(orderOf(...form('Status: cancelled - parents declined sedation')), 'none'));
  });

  describe("a thread line's words are the order vocabulary's of the knowledge the note is read with", () => {
    // tellers.ts threadStudyLine read defaultKnowledge() inside a memo keyed by the reading vocabulary alone: a note read with
    // other knowledge got the default's closing words. Knowledge whose order vocabulary adds "pronto" as a closing word
    // (prose.closingLeads) lets "US lumbar spine pronto" stand alone; the default's does not.
    const text = 'Secure chat\n[09:01] Rad reg: US lumbar spine pronto, will protocol\n[09:02] Paeds rad: agree\n';
    const orderWith = (knowledge: ReturnType<typeof defaultKnowledge>) => analyzeNote(text, true, { ...engine(), knowledge }).facts.order?.reading.procedure?.id ?? 'none';
    it('read with the default knowledge, then with other knowledge, then the default again', () => {
      const k = defaultKnowledge();
      const other = { ...k, vocabulary: { ...k.vocabulary, prose: { ...k.vocabulary.prose, closingLeads: [...k.vocabulary.prose.closingLeads, 'pronto'] } } };
      assert.deepEqual([orderWith(k), orderWith(other), orderWith(k)], ['none', 'us-area', 'none']);
    });
  });

  describe('10x the lines cost at most 12x the work (counted, no clock)', () => {
    // notes/work.ts counts the characters and words the readers visit. Measured on this tree: 9.8x (thread), 8.8x and 9.2x
    // (forms). On the tree before (round 60's start), which read the rest of the note per thread line and the rest of the
    // block per form line: 30.7x, 33.8x and 37.3x (run on that tree's tellers.ts, keyed-study.ts and facts.ts).
    function steps(text: string): number {
      lint(text);
      const before = work.steps;
      lint(text);
      return work.steps - before;
    }
    const time = (i: number) => `[09:${String(i % 60).padStart(2, '0')}]`;
    const SHAPES: [string, (n: number) => string][] = [
      [
        'a thread of clinician lines each naming a study alone',
        (n) => 'Secure chat\n' + Array.from({ length: n }, (_, i) => `${time(i)} ${i % 2 ? 'Paeds rad' : 'Rad reg'}: US lumbar spine now, will protocol\n`).join(''),
      ],
      ['a block of form lines each ticking one contrast', (n) => 'Order form\n' + 'MRI lumbar spine: [ ] without contrast  [x] with contrast\n'.repeat(n)],
      [
        'form lines with prose between them',
        (n) => 'Order form\n' + 'MRI lumbar spine: [ ] without contrast  [x] with contrast\nnotes here about the child and more words\n'.repeat(n),
      ],
    ];
    for (const [name, make] of SHAPES)
      it(name, () => {
        const a = steps(make(20));
        const b = steps(make(200));
        assert.ok(a > 0, 'the readers count their work');
        assert.ok(b <= 12 * a, `${name}: ${a} -> ${b} steps (${(b / a).toFixed(1)}x)`);
      });
  });
});
