/**
 * A pasted order-entry line ("IMG5530 US SPINE INFANT, Priority: Routine"): its procedure code before the study makes it
 * read as a line opening on the study (study-names.ts ORDER_CODE_LEAD). Such a line is the screen's row for the order,
 * and the row tells its status as a billing line does (coded.ts): it orders nothing when told cancelled, discontinued,
 * declined, completed or with its result or date, asked, on a condition, under a heading of results or prior studies, or
 * with its report on the next line. The key the parser cuts the row at ("Priority:", "Status:") leaves the row's status
 * outside the study's own field, so the whole row is judged, up to a key that gives the reason for the study ("Reason for
 * exam: r/o tethered cord" tells why, not how the order stands).
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { Field } from '../notes/parser';
import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import { priorHeading, statusIn, statusWord, toldDone } from './coded';
import { CONDITION } from './clauses';
import type { OrderWords } from './order-words';
import { WITHDRAWN } from './order-withdrawn';
import { wordSetOf } from './patterns';
import { ORDER_CODE_LEAD } from './study-names';
import { RESULT_WORD, reportOnNextLine, toldPast } from './study-reported';
import { findAny } from './vocabulary';

/** A key on the row that gives the study's reason or history: the row's status is told before it. */
const REASON_KEY =
  /\b(?:reason(?:\s+for\s+(?:exam|study|imaging|request|referral|order))?|indications?|clinical(?:\s+(?:hx|history|info\w*|details|indication|question))?|hx|history|dx|diagnosis|comments?)\s*:/i;

/** A question on the row: a "?" right after a word ("Priority: Routine?"), not one opening a query ("?tethered cord"). */
const ASKED = /[\p{L}\p{N})]\s*\?(?![\p{L}\p{N}])/u;

/**
 * The line of the order's field when it is a pasted order-entry row (it opens on a procedure code) that orders nothing
 * (see above); else undefined.
 */
export function refusedEntryLine(text: string, f: Field, k: Knowledge, ow: OrderWords): Span | undefined {
  if (!ORDER_CODE_LEAD.test(f.value.trimStart())) return undefined;
  const from = f.valueSpan.start;
  const start = text.lastIndexOf('\n', from - 1) + 1;
  let end = text.indexOf('\n', from);
  if (end < 0) end = text.length;
  const line = text.slice(from, end);
  const reason = REASON_KEY.exec(line);
  const row = reason ? line.slice(0, reason.index) : line;
  const words = toWords(row, from);
  const refused =
    statusIn(row, k) ||
    statusWord(words, wordSetOf(k.vocabulary.coded.priorLabels), k) ||
    toldDone(text, { start: from, end: from + row.length }, k) ||
    RESULT_WORD.test(row) ||
    // ("Priority:" is the row's column, no "prior" study.)
    toldPast(row.replace(/\bpriority\b/gi, ' ')) ||
    WITHDRAWN.test(row) ||
    findAny(words, ow.confirmed.undoneAfter).length > 0 ||
    ASKED.test(row) ||
    CONDITION.test(row) ||
    underPriorHeading(text, start, k) ||
    reportOnNextLine(text, end) !== undefined;
  return refused ? { start, end } : undefined;
}

/** The line above (the first not blank) is a heading of results or studies done ("Results:", "Prior imaging:"). */
function underPriorHeading(text: string, lineStart: number, k: Knowledge): boolean {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const value = text.slice(start, end).trim();
    if (value) return value.endsWith(':') && priorHeading(value, k);
    end = start - 1;
  }
  return false;
}
