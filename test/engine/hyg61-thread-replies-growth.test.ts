/**
 * Round 61 (hyg61): the message after each line of a chat thread is found in linear work. tellers.ts nextMessage looked a
 * clinician's proposal line up in the note's fields (indexOf) for every such line: a long thread of proposals cost work
 * growing with the square of its lines. The readings are the same: the next message with a value still answers the line.
 */
import * as assert from 'node:assert/strict';
import { parseNote } from '../../server/src/notes/parser';
import { withTellersRead } from '../../server/src/clinical/tellers';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import { work } from '../../server/src/notes/work';
import { orderOf } from '../helpers';

describe('hyg61: the reply to each thread line, in linear work', () => {
  describe('the readings', () => {
    const thread = (...reply: string[]) => ['Secure chat', '[09:01] Rad reg: night pain is a flag. Start with XR lumbar spine AP + lat', ...reply];
    it("another clinician's agreeing reply orders the study proposed", () => assert.equal(orderOf(...thread('[09:02] Paeds rad: ok, booked')), 'xr-area'));
    it('the next message with a value answers it, past an empty one', () => assert.equal(orderOf(...thread('[09:02] Paeds rad:', '[09:03] Paeds rad: ok, booked')), 'xr-area'));
    it('a reply declining it orders nothing', () => assert.equal(orderOf(...thread('[09:02] Paeds rad: ok but mum says no')), 'none'));
  });

  describe("10x the thread's lines cost at most 12x the tellers' work (counted, no clock)", () => {
    // notes/work.ts counts what the readers visit; nextMessage counts the fields it passes. A hundred lines and a thousand:
    // at twenty the quadratic part is too small beside each line's own reading to show. Measured on this tree: 9.9x. On the
    // tree before (round 61's start, 22df214) with the same count added to its nextMessage (the fields its indexOf and its
    // loop passed): 23.8x, and this test fails there.
    function steps(text: string): number {
      const k = defaultKnowledge();
      withTellersRead(parseNote(text), k);
      const before = work.steps;
      withTellersRead(parseNote(text), k);
      return work.steps - before;
    }
    // Each line proposes a study; the next message is the same speaker's, so no reply agrees and no later message is read.
    const make = (n: number) => 'Secure chat\n[08:59] Paeds rad: hello\n' + 'Rad reg: XR lumbar spine AP + lat\n'.repeat(n);
    it('a thread of proposal lines, none agreed', () => {
      const a = steps(make(100));
      const b = steps(make(1000));
      assert.ok(a > 0, 'the readers count their work');
      assert.ok(b <= 12 * a, `${a} -> ${b} steps (${(b / a).toFixed(1)}x)`);
    });
  });
});
