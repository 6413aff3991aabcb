/**
 * Speed traps in the engine's regular expressions: a run of blanks that two adjacent `[ \t]*` (or a star and an
 * optional group around it) can share out in n ways makes a match attempt quadratic. The work counter
 * (server/src/notes/work.ts) does not see inside a regular expression, so these tests compare the time of a trap line
 * with that of a control line of the same length measured in the same run (best of several runs each): never an absolute
 * time. The control differs only in the word that opens the trap.
 */
import * as assert from 'node:assert/strict';
import { engine } from './checks';
import { analyzeDocument } from './engine';

/** The best of `runs` timings of the analysis of `text`, in nanoseconds. */
function best(text: string, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    analyzeDocument(text, engine);
    min = Math.min(min, Number(process.hrtime.bigint() - t));
  }
  return min;
}

/** How many times longer the trap line takes than its control (both warmed up first). */
function ratio(trap: string, control: string): number {
  best(trap, 1);
  best(control, 1);
  return best(trap, 5) / best(control, 5);
}

/** A trap line costs at most this many times its control (measured 0.7-3x; the quadratic pattern put back: 100x and more). */
const LIMIT = 10;

describe('speed traps: a trap line costs about what its control line costs (timed against each other, no absolute time)', () => {
  const blanks = ' '.repeat(19_000);
  const note = (line: string) => `Age: 9 y\nHPI: back pain, ${line}x\nOrder: MRI L-spine`;
  // told-flags.ts lossPattern: "weight" then blanks before a colon or a sign ("Weight : -5 kg").
  for (const [word, control, gap] of [
    ['weight', 'height', blanks],
    ['Wt', 'Ht', blanks],
    ['weight', 'height', `${blanks.slice(9_500)}:${blanks.slice(9_500)}`],
    ['weight', 'height', '\t'.repeat(19_000)],
  ] as const) {
    it(`"${word}" then ${gap.length} blanks${gap.includes(':') ? ' around a colon' : ''}`, function () {
      this.timeout(60_000);
      const r = ratio(note(`${word}${gap}`), note(`${control}${gap}`));
      if (process.env.IOL_SHOW_RATIOS) console.log(`    ${r.toFixed(2)}x`);
      assert.ok(r <= LIMIT, `"${word}" took ${r.toFixed(1)}x its control "${control}"`);
    });
  }
});

describe('speed traps in the Age value (timed against a control line, no absolute time)', () => {
  // age-fact.ts bareNumber: a number, a run of blanks, then text that is no next field. Three whitespace runs in one
  // pattern made this cubic (2,000 blanks: seconds); the control opens with letters, so no number is tried.
  for (const n of [2_000, 20_000]) {
    it(`"Age: 14" then ${n} blanks and a word`, function () {
      this.timeout(60_000);
      const gap = ' '.repeat(n);
      const r = ratio(`Age: 14${gap}x\nHPI: back pain\nOrder: MRI L-spine`, `Age: ab${gap}x\nHPI: back pain\nOrder: MRI L-spine`);
      if (process.env.IOL_SHOW_RATIOS) console.log(`    ${r.toFixed(2)}x`);
      assert.ok(r <= LIMIT, `the bare number took ${r.toFixed(1)}x its control`);
    });
  }
});
