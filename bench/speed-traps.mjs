#!/usr/bin/env node
// Speed traps in the engine's regular expressions (timing lives here, not in the unit tests): a run of blanks that two
// adjacent `[ \t]*` (or a star and an optional group around it) can share out in n ways makes a match attempt
// quadratic or worse, and the engine's work counter (server/src/notes/work.ts) does not see inside a regular
// expression. Each trap line is timed against a control line of the same length measured in the same run (best of
// several runs each), the control differing only in the word that opens the trap. Exit code 1 when a trap costs more
// than LIMIT times its control (measured 1.0-1.5x; the old patterns put back: 100-1,300x).
//
//   npm run build && npx tsc -b && node bench/speed-traps.mjs
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

const require = createRequire(import.meta.url);
const out = (p) => join(ROOT, 'out', 'server', 'src', p);
const { analyzeDocument } = require(out('engine/analyze.js'));
const { DEFAULT_SETTINGS } = require(out('engine/settings.js'));
const { defaultKnowledge } = require(out('knowledge/loader.js'));
const engine = { knowledge: defaultKnowledge(), settings: { ...DEFAULT_SETTINGS, today: '2026-12-01' } };

const LIMIT = 10;

/** The best of `runs` timings of the analysis of `text`, in nanoseconds. */
function best(text, runs) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    analyzeDocument(text, engine);
    min = Math.min(min, Number(process.hrtime.bigint() - t));
  }
  return min;
}

const blanks = ' '.repeat(19_000);
const history = (line) => `Age: 9 y\nHPI: back pain, ${line}x\nOrder: MRI L-spine`;
const ageLine = (head, n) => `Age: ${head}${' '.repeat(n)}x\nHPI: back pain\nOrder: MRI L-spine`;
const traps = [
  // told-flags.ts lossPattern: "weight" then blanks before a colon or a sign ("Weight : -5 kg").
  ['"weight" then 19,000 blanks', history(`weight${blanks}`), history(`height${blanks}`)],
  ['"Wt" then 19,000 blanks', history(`Wt${blanks}`), history(`Ht${blanks}`)],
  ['"weight" then blanks around a colon', history(`weight${blanks.slice(9_500)}:${blanks.slice(9_500)}`), history(`height${blanks.slice(9_500)}:${blanks.slice(9_500)}`)],
  ['"weight" then 19,000 tabs', history(`weight${'\t'.repeat(19_000)}`), history(`height${'\t'.repeat(19_000)}`)],
  // age-fact.ts bareNumber: a number, a run of blanks, then text that is no next field (was cubic).
  ['"Age: 14" then 2,000 blanks and a word', ageLine('14', 2_000), ageLine('ab', 2_000)],
  ['"Age: 14" then 20,000 blanks and a word', ageLine('14', 20_000), ageLine('ab', 20_000)],
  // study-reported.ts SLASHED_DENIED: a denial's slashed studies were an unbounded repeat inside look-behinds tried at
  // every study of the line (1 s at 2,400 characters; round 57's second read).
  ['"no prior" then 600 slashed studies', history(`no prior ${'US/'.repeat(600)}MRI`), history(`no other ${'US/'.repeat(600)}MRI`)],
];

let failed = 0;
for (const [name, trap, control] of traps) {
  best(trap, 1);
  best(control, 1);
  const r = best(trap, 5) / best(control, 5);
  const ok = r <= LIMIT;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'SLOW'} ${name}: ${r.toFixed(2)}x its control (limit ${LIMIT}x)`);
}
process.exit(failed ? 1 : 0);
