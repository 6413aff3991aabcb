import * as path from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir, parseJsonFile } from '../knowledge/loader';
import { type KeyInfo, type KeyName, lookupKey, normalizeKey } from '../notes/keys';
import type { Field, TableReading } from '../notes/parser';
import { type Span, type TextLine, textLines } from '../notes/text';
import { work } from '../notes/work';
import { perVocabulary } from './patterns';
import { findingQuestionAnswer, unknownKeyReading } from './unknown-keys';

/**
 * A note exported from a spreadsheet or a clinic list, a handover board or a bed list is a header line of column
 * names and rows of cells ("Name,Age,Dx,Order" / "\"Lopez, Daniel\",22,M,…"). A clinician reads each cell under its
 * header, as a "Header: cell" line: the row is read as fields whose key span is the header's cell and whose value span
 * is the row's cell, so every finding and fix points at the cell as written.
 *
 * Read only where the note is clearly a table: a header line of three cells or more, most of them column words
 * (server/knowledge/table-vocabulary.json, the keys' own spellings and the unknown keys read as ours), and rows of as
 * many cells. A prose line with commas, a vitals line ("BP 110/70 | HR 88"), a line of values without a header, a
 * header of unknown words and a markdown table (its own reader, forms) are read as before.
 *
 * Only a table of one data row is read: with several rows, whose row (a bed list, a relative's) or which visit is
 * today's cannot be told safely, and the note is read as before. A table whose reading is in doubt (inDoubt: past
 * studies, a relative's row, an order line of the note's own, a finding's question answered in a cell) is read as
 * before too.
 */
export const TableVocabularySchema = z.strictObject({
  $comment: z.string().optional(),
  $readAs: z.string().optional(),
  readAs: z.record(z.string(), z.array(z.string().min(1))),
  $otherColumns: z.string().optional(),
  otherColumns: z.array(z.string().min(1)),
  $relationColumns: z.string().optional(),
  relationColumns: z.array(z.string().min(1)),
  $resultColumns: z.string().optional(),
  resultColumns: z.array(z.string().min(1)),
  $priorHeadings: z.string().optional(),
  priorHeadings: z.array(z.string().min(1)),
});

export type TableVocabulary = z.infer<typeof TableVocabularySchema>;

let cachedVocabulary: TableVocabulary | undefined;

export function tableVocabulary(): TableVocabulary {
  cachedVocabulary ??= parseJsonFile(path.join(defaultKnowledgeDir(), 'table-vocabulary.json'), TableVocabularySchema);
  return cachedVocabulary;
}

interface Compiled {
  readAs: Map<string, KeyInfo>;
  /** Every column word of no key: the other, relation and result columns' (one list each, their union here). */
  other: Set<string>;
  relation: Set<string>;
  result: Set<string>;
  priorHeadings: Set<string>;
}

const columnName = (raw: string) => normalizeKey(raw.replace(/_/g, ' '));

const compiled = perVocabulary((v: TableVocabulary): Compiled => {
  const readAs = new Map<string, KeyInfo>();
  for (const [name, spellings] of Object.entries(v.readAs)) {
    const key = lookupKey(name);
    if (!key || key.name !== (name as KeyName)) throw new Error(`table-vocabulary.json: "${name}" is no key of the note language`);
    for (const s of spellings) readAs.set(columnName(s), key);
  }
  const set = (list: readonly string[]) => new Set(list.map(columnName));
  const relation = set(v.relationColumns);
  const result = set(v.resultColumns);
  return {
    readAs,
    other: new Set([...set(v.otherColumns), ...relation, ...result]),
    relation,
    result,
    priorHeadings: new Set(v.priorHeadings.map((w) => w.toLowerCase())),
  };
});

interface Cell extends Span {
  /** The cell's text, blanks and quotes off. */
  text: string;
}

/** Delimiters in the order a spreadsheet's export prefers them: a tab or a pipe never stands inside a cell of prose. */
const DELIMITERS = ['\t', '|', ';', ','] as const; // headerSplits gives them as bits 1, 2, 4 and 8, in this order

/**
 * The cells of the line [start, end) split at `delim`, a cell opened by a double quote running to its closing quote
 * ("" inside is a quote); undefined when a quote is left open or text follows a closing quote. One pass.
 */
function cellsOf(text: string, start: number, end: number, delim: string): Cell[] | undefined {
  const cells: Cell[] = [];
  let i = start;
  for (;;) {
    while (i < end && (text[i] === ' ' || (text[i] === '\t' && delim !== '\t'))) i++;
    let s: number;
    let e: number;
    if (text[i] === '"') {
      s = i + 1;
      i = s;
      while (i < end && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1;
      if (i >= end) {
        work.steps += i - start;
        return undefined;
      }
      e = i;
      i++;
      while (i < end && (text[i] === ' ' || (text[i] === '\t' && delim !== '\t'))) i++;
      if (i < end && text[i] !== delim) {
        work.steps += i - start;
        return undefined;
      }
    } else {
      s = i;
      while (i < end && text[i] !== delim) i++;
      e = i;
      while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    }
    cells.push({ start: s, end: e, text: text.slice(s, e) });
    if (i >= end) {
      work.steps += i - start;
      return cells;
    }
    i++; // the delimiter
  }
}

/** A header's cell: a name of four words at most, no number or colon ("Age", "DOB/Age", "study_requested", "Reason for referral"). */
const HEADER_CELL = /^[A-Za-z][A-Za-z/.#&'()-]*(?:[ _][A-Za-z/.#&'()-]+){0,3}$/;

/**
 * The delimiters a line may be a header split at, as bits of their index in DELIMITERS: those it holds twice (a header
 * has three cells or more, and a quoted delimiter splits none). None when the line holds a digit or a colon: cellsOf
 * leaves every character but blanks, quotes and the delimiter in some cell, and no header cell holds one (HEADER_CELL).
 * Most lines of a note are "Key: value" lines or hold a number, and are passed over without a split.
 */
function headerSplits(text: string, l: TextLine): number {
  let once = 0;
  let twice = 0;
  for (let i = l.start; i < l.end; i++) {
    const k = text.charCodeAt(i);
    if ((k >= 48 && k <= 57) || k === 58 /* : */) return 0;
    const d = k === 9 ? 1 : k === 124 /* | */ ? 2 : k === 59 /* ; */ ? 4 : k === 44 /* , */ ? 8 : 0;
    twice |= once & d;
    once |= d;
  }
  return twice;
}

const isBlank = (text: string, l: TextLine) => text.slice(l.start, l.end).trim() === '';

/** The key a column's cells are read under, undefined for a column word of no key; null for a word that is no column's. */
function columnKey(raw: string, c: Compiled): KeyInfo | undefined | null {
  const name = columnName(raw);
  const key = c.readAs.get(name) ?? lookupKey(name) ?? unknownKeyReading(name)?.key;
  if (key) return key;
  return c.other.has(name) ? undefined : null;
}

/** Keys whose column holds the study to do: beside a result column, or under a line of the note's own, no order of today. */
const ORDER_KEYS: ReadonlySet<string> = new Set(['Order', 'Plan']);

/** A "Key: value" line's key, as the note language reads it ("Plan: MRI", "Imaging requested: US"); undefined for any other line. */
function lineKey(text: string, l: TextLine, c: Compiled): KeyInfo | undefined {
  const line = text.slice(l.start, l.end);
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 40) return undefined;
  const name = columnName(line.slice(0, colon).trim());
  return c.readAs.get(name) ?? lookupKey(name) ?? undefined;
}

/**
 * Whether the table, its header at line `h` and its rows to `last`, is one whose reading is in doubt, so read as
 * before: a list of past studies (a result column, or a heading of past imaging above it),
 * a relative's row, an order column where the note writes its own order line, or a cell answering a finding's
 * question but a plain no ("Fever | yes 39.2", "Night pain | ?"), whose question stands lines away in the header.
 */
function inDoubt(text: string, lines: TextLine[], h: number, last: number, fields: Field[], c: Compiled): boolean {
  const names = fields.map((f) => columnName(f.rawKey));
  if (names.some((n) => c.relation.has(n))) return true;
  // A result column lists studies done ("Date;Exam;Impression" over "MRI lumbar spine;tethered cord"), whatever its
  // study's column is called.
  if (names.some((n) => c.result.has(n))) return true;
  const orderColumn = fields.some((f) => f.key && ORDER_KEYS.has(f.key.name));
  let above = h - 1;
  while (above >= 0 && isBlank(text, lines[above])) above--;
  if (above >= 0) {
    const words = text
      .slice(lines[above].start, lines[above].end)
      .toLowerCase()
      .split(/[^a-z]+/);
    if (words.some((w) => c.priorHeadings.has(w))) return true;
  }
  if (orderColumn) {
    for (let i = 0; i < lines.length; i++) {
      if (i >= h && i <= last) continue;
      const key = lineKey(text, lines[i], c);
      if (key && ORDER_KEYS.has(key.name)) return true;
    }
  }
  return fields.some((f) => findingQuestionAnswer(f) === 'answered');
}

/** The note's table read by its columns, or undefined when the note is no table (see above). */
export function readTable(text: string, v: TableVocabulary = tableVocabulary()): TableReading | undefined {
  // A table's header holds a delimiter: most notes hold no tab, pipe or semicolon, and commas only in prose.
  if (!/[\t|;,]/.test(text)) return undefined;
  work.steps += text.length;
  const c = compiled(v);
  const lines = textLines(text);
  for (let h = 0; h < lines.length; h++) {
    const line = lines[h];
    const split = headerSplits(text, line);
    if (!split) continue;
    const first = text.slice(line.start, line.end).trimStart()[0];
    // A markdown table ("| Age | Order |") has its own reader.
    if (first === undefined || first === '|' || first === '#') continue;
    for (let d = 0; d < DELIMITERS.length; d++) {
      if (!(split & (1 << d))) continue;
      const delim = DELIMITERS[d];
      const header = cellsOf(text, line.start, line.end, delim);
      if (!header || header.length < 3 || !header.every((x) => x.text.length <= 40 && HEADER_CELL.test(x.text))) continue;
      const keys = header.map((x) => columnKey(x.text, c));
      const words = keys.filter((k) => k !== null).length;
      // Most of its cells, and three at least (a three-column header all): "Age, sex, and order reviewed" is prose.
      if (words * 2 <= header.length || words < Math.min(header.length, 3) || !keys.some((k) => k)) continue;
      const rows: Cell[][] = [];
      let last = h;
      for (let r = h + 1; r < lines.length && !isBlank(text, lines[r]); r++) {
        const cells = cellsOf(text, lines[r].start, lines[r].end, delim);
        if (!cells) break;
        // "a,b,c," : a trailing delimiter closes the row.
        if (cells.length === header.length + 1 && !cells[header.length].text) cells.pop();
        if (cells.length !== header.length) break;
        // One data row only: which of several rows is this patient's today (a bed list, a relative's row, visits whose
        // dates may read day-first, a line of prose of as many commas) cannot be told safely; such a note is read as before.
        if (rows.length) return undefined;
        rows.push(cells);
        last = r;
      }
      if (!rows.length) continue;
      const span = { start: line.start, end: lines[last].next };
      const row = rows[0];
      const rowLine = lines[h + 1];
      const fields: Field[] = header.map((x, i) => ({
        key: keys[i] ?? undefined,
        rawKey: x.text.replace(/_/g, ' '),
        keySpan: { start: x.start, end: x.end },
        valueSpan: { start: row[i].start, end: row[i].end },
        value: row[i].text,
        lineSpan: { start: rowLine.start, end: rowLine.next },
        column: true,
      }));
      if (inDoubt(text, lines, h, last, fields, c)) return undefined;
      // "Fever | no", "Dimple | N", "Back pain | " (blank): a finding's question answered no is no finding, its header
      // word never one either; the cell is read under no key ("Dimple" over "N" is no dimple described).
      // A blank cell is nothing written: no empty order or age of the row's ("Order" over "" reads as no order line).
      for (const f of fields) if (f.key && (!f.value || findingQuestionAnswer(f) === 'no')) f.key = undefined;
      return { span, fields };
    }
  }
  return undefined;
}
