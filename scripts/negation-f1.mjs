#!/usr/bin/env node
/**
 * Negation F1 of `readContext` on a NegEx-style annotated corpus (issue 8: "negation F1 >= 0.96 through
 * readContext"). The corpus is the public NegEx test set (`rsAnnotations-1-120-random.txt` of the
 * chapmanbe/negex repository); it is not committed here (licensing), so the file is named on the command line.
 *
 *   node scripts/negation-f1.mjs FILE                  # counts, precision, recall, F1, accuracy
 *   node scripts/negation-f1.mjs FILE --show-errors    # also every false positive and false negative
 *
 * FILE: one tab-separated row per target, with a header line — line number, Condition, sentence,
 * negation status (Negated / Affirmed / Possible), temporality (Recent / Historical / Not particular),
 * experiencer (Patient / Other / Family member). The Condition is found in the sentence case-insensitively,
 * runs of whitespace collapsed on both sides (offsets mapped back to the sentence as written; of several
 * occurrences the one written in capitals, as the corpus marks its targets), and
 * `readContext(sentence, start, end)` decides. Scored: the negated class (gold "Negated"; Affirmed and
 * Possible are not negated). Secondary: experiencer (gold Patient vs anyone else) and historical (gold
 * Historical vs the rest) agreement. Rows whose Condition is not in the sentence are skipped and listed.
 *
 * Needs a compiled tree (npm run build). Exit 0 when scored; 2 when FILE is missing or unreadable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showErrors = args.includes('--show-errors');
const file = args.find((a) => !a.startsWith('--'));
const usage = 'usage: node scripts/negation-f1.mjs FILE [--show-errors]   (FILE: NegEx-style annotations, e.g. rsAnnotations-1-120-random.txt)';

if (!file) {
  console.error(`negation-f1: no annotation file given.\n${usage}`);
  process.exit(2);
}
let raw;
try {
  raw = readFileSync(file, 'utf8');
} catch (e) {
  console.error(`negation-f1: cannot read ${file}: ${e.code ?? e.message}\n${usage}`);
  process.exit(2);
}
const compiled = join(root, 'out', 'server', 'src', 'clinical', 'context.js');
if (!existsSync(compiled)) {
  console.error('negation-f1: no compiled tree in out/; run `npm run build` first.');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { readContext } = require(compiled);

/** `s` with every run of whitespace as one space, lower-cased, and for each of its characters the offset it came from. */
function collapse(s) {
  let text = '';
  const from = [];
  for (let i = 0; i < s.length; i++) {
    if (/\s/.test(s[i])) {
      if (text.endsWith(' ')) continue;
      text += ' ';
    } else text += s[i].toLowerCase();
    from.push(i);
  }
  return { text, from };
}

/**
 * Where `condition` is in `sentence` (case and whitespace runs ignored), or undefined. The corpus marks its
 * target by writing it in capitals ("ALLERGIES:  He has no known ALLERGIES."), so of several occurrences the
 * first one written in capitals is taken, else the first.
 */
function findSpan(sentence, condition) {
  const needle = collapse(condition).text.trim();
  if (!needle) return undefined;
  const hay = collapse(sentence);
  let first;
  for (let at = hay.text.indexOf(needle); at >= 0; at = hay.text.indexOf(needle, at + 1)) {
    const span = { start: hay.from[at], end: hay.from[at + needle.length - 1] + 1 };
    const written = sentence.slice(span.start, span.end);
    if (written === written.toUpperCase()) return span;
    first ??= span;
  }
  return first;
}

const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
const ratio = (a, b) => (b ? a / b : 0);
const fmt = (x) => x.toFixed(4);

const rows = [];
const malformed = [];
raw.split(/\r?\n/).forEach((line, i) => {
  if (!line.trim()) return;
  const cols = line.split('\t');
  if (i === 0 && !/^\d+$/.test(cols[0].trim())) return; // the header
  if (cols.length < 6) {
    malformed.push({ lineNo: i + 1, cols: cols.length });
    return;
  }
  const [id, condition, sentence, status, temporality, experiencer] = cols;
  rows.push({ lineNo: i + 1, id: id.trim(), condition, sentence, status: status.trim(), temporality: temporality.trim(), experiencer: experiencer.trim() });
});

const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
const exp = { agree: 0, goldOther: 0, readOther: 0, both: 0 };
const hist = { agree: 0, gold: 0, read: 0, both: 0 };
const skipped = [];
const errors = { fp: [], fn: [] };
for (const r of rows) {
  const span = findSpan(r.sentence, r.condition);
  if (!span) {
    skipped.push(r);
    continue;
  }
  const reading = readContext(r.sentence, span.start, span.end);
  const gold = /^negated$/i.test(r.status);
  const read = reading.negated === true;
  if (gold && read) c.tp++;
  else if (!gold && read) {
    c.fp++;
    errors.fp.push(r);
  } else if (gold && !read) {
    c.fn++;
    errors.fn.push(r);
  } else c.tn++;

  const goldOther = !/^patient$/i.test(r.experiencer);
  const readOther = reading.experiencer === 'other';
  exp.goldOther += +goldOther;
  exp.readOther += +readOther;
  exp.both += +(goldOther && readOther);
  exp.agree += +(goldOther === readOther);

  const goldHist = /^historical$/i.test(r.temporality);
  const readHist = reading.historical === true;
  hist.gold += +goldHist;
  hist.read += +readHist;
  hist.both += +(goldHist && readHist);
  hist.agree += +(goldHist === readHist);
}

const scored = c.tp + c.fp + c.fn + c.tn;
const precision = ratio(c.tp, c.tp + c.fp);
const recall = ratio(c.tp, c.tp + c.fn);
const f1 = ratio(2 * precision * recall, precision + recall);
const say = (s = '') => process.stdout.write(`${s}\n`);
// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

say(`negation-f1: ${file}`);
say(`rows ${rows.length}  scored ${scored}  skipped ${skipped.length} (condition not found in sentence)${malformed.length ? `  malformed ${malformed.length}` : ''}`);
say(`negated: gold ${c.tp + c.fn}  read ${c.tp + c.fp}`);
say(`TP ${c.tp}  FP ${c.fp}  FN ${c.fn}  TN ${c.tn}`);
say(`precision ${fmt(precision)}  recall ${fmt(recall)}  F1 ${fmt(f1)}  accuracy ${fmt(ratio(c.tp + c.tn, scored))}`);
say(`experiencer (secondary): agreement ${exp.agree}/${scored} (${fmt(ratio(exp.agree, scored))}); gold other ${exp.goldOther}, read other ${exp.readOther}, both ${exp.both}`);
say(`historical (secondary): agreement ${hist.agree}/${scored} (${fmt(ratio(hist.agree, scored))}); gold historical ${hist.gold}, read historical ${hist.read}, both ${hist.both}`);
if (malformed.length) {
  say();
  say('malformed lines (fewer than 6 tab-separated columns):');
  for (const m of malformed) say(`  line ${m.lineNo}: ${m.cols} column(s)`);
}
if (skipped.length) {
  say();
  say('skipped (condition not found in sentence):');
  for (const r of skipped) say(`  #${r.id}: "${oneLine(r.condition)}" in "${oneLine(r.sentence)}"`);
}
if (showErrors) {
  for (const [kind, label] of [
    ['fp', 'false positives (read negated, gold not)'],
    ['fn', 'false negatives (gold negated, not read)'],
  ]) {
    say();
    say(`${label}: ${errors[kind].length}`);
    for (const r of errors[kind]) say(`  #${r.id} [${r.status}] ${oneLine(r.condition)} | ${oneLine(r.sentence)}`);
  }
}
