import * as path from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir, parseJsonFile } from '../knowledge/loader';
import { type KeyInfo, type KeyName, lookupKey, normalizeKey } from '../notes/keys';
import type { Field, TableReading } from '../notes/parser';
import type { Span } from '../notes/text';
import { work } from '../notes/work';
import { perVocabulary } from './patterns';
import { unknownKeyReading } from './unknown-keys';

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
 * One row is read, never cells of two: one patient's visits (rows that agree in every identity column) are read at
 * the latest (by the date column, else the last written), an earlier visit's plan being no order of today; a list of
 * several patients (a bed list) at its first patient's row, as the reader reads a note about several patients.
 * Where whose or which visit a row is cannot be told, the table is read as before.
 */
const TableVocabularySchema = z.strictObject({
  $comment: z.string().optional(),
  $readAs: z.string().optional(),
  readAs: z.record(z.string(), z.array(z.string().min(1))),
  $otherColumns: z.string().optional(),
  otherColumns: z.array(z.string().min(1)),
  $identityColumns: z.string().optional(),
  identityColumns: z.array(z.string().min(1)),
  $dateColumns: z.string().optional(),
  dateColumns: z.array(z.string().min(1)),
});

export type TableVocabulary = z.infer<typeof TableVocabularySchema>;

let cachedVocabulary: TableVocabulary | undefined;

export function tableVocabulary(): TableVocabulary {
  cachedVocabulary ??= parseJsonFile(path.join(defaultKnowledgeDir(), 'table-vocabulary.json'), TableVocabularySchema);
  return cachedVocabulary;
}

interface Compiled {
  readAs: Map<string, KeyInfo>;
  other: Set<string>;
  identity: Set<string>;
  date: Set<string>;
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
  return { readAs, other: set(v.otherColumns), identity: set(v.identityColumns), date: set(v.dateColumns) };
});

interface Cell extends Span {
  /** The cell's text, blanks and quotes off. */
  text: string;
}

/** Delimiters in the order a spreadsheet's export prefers them: a tab or a pipe never stands inside a cell of prose. */
const DELIMITERS = ['\t', '|', ';', ','] as const;

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
      if (i >= end) return undefined;
      e = i;
      i++;
      while (i < end && (text[i] === ' ' || (text[i] === '\t' && delim !== '\t'))) i++;
      if (i < end && text[i] !== delim) return undefined;
    } else {
      s = i;
      while (i < end && text[i] !== delim) i++;
      e = i;
      while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    }
    cells.push({ start: s, end: e, text: text.slice(s, e) });
    if (i >= end) return cells;
    i++; // the delimiter
  }
}

/** A header's cell: a name of four words at most, no number or colon ("Age", "DOB/Age", "study_requested", "Reason for referral"). */
const HEADER_CELL = /^[A-Za-z][A-Za-z/.#&'()-]*(?:[ _][A-Za-z/.#&'()-]+){0,3}$/;

interface Line {
  start: number;
  end: number;
  next: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  while (at < text.length) {
    let e = text.indexOf('\n', at);
    const next = e < 0 ? text.length : e + 1;
    if (e < 0) e = text.length;
    lines.push({ start: at, end: e > at && text[e - 1] === '\r' ? e - 1 : e, next });
    at = next;
  }
  return lines;
}

const isBlank = (text: string, l: Line) => text.slice(l.start, l.end).trim() === '';

/** The key a column's cells are read under, undefined for a column word of no key; null for a word that is no column's. */
function columnKey(raw: string, c: Compiled): KeyInfo | undefined | null {
  const name = columnName(raw);
  const key = c.readAs.get(name) ?? lookupKey(name) ?? unknownKeyReading(name)?.key;
  if (key) return key;
  return c.other.has(name) ? undefined : null;
}

/** A row's date, comparable among its table's ("2024-05-02", "03/18", "3/18/2024"); undefined when not one. */
function dateOf(cell: string): number | undefined {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cell);
  if (m) return +m[1] * 10_000 + +m[2] * 100 + +m[3];
  m = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$/.exec(cell);
  if (m) return (m[3] ? (m[3].length === 2 ? 2000 + +m[3] : +m[3]) : 0) * 10_000 + +m[1] * 100 + +m[2];
  return undefined;
}

/** Which row is the one to read, or undefined when that cannot be told. */
function rowToRead(header: Cell[], rows: Cell[][], c: Compiled): number | undefined {
  if (rows.length === 1) return 0;
  const names = header.map((h) => columnName(h.text));
  const identity = names.flatMap((n, i) => (c.identity.has(n) ? [i] : []));
  const dates = names.flatMap((n, i) => (c.date.has(n) ? [i] : []));
  const same = (i: number) => rows.every((r) => r[i].text.toLowerCase() === rows[0][i].text.toLowerCase());
  // Several patients: the first one's row, as a note about several patients is read at its first.
  if (identity.some((i) => !same(i))) return 0;
  if (dates.length) {
    const at = rows.map((r) => dateOf(r[dates[0]].text));
    if (at.some((d) => d === undefined)) return undefined;
    let best = 0;
    for (let i = 1; i < rows.length; i++) if (at[i]! > at[best]!) best = i;
    // Two rows of the latest date: which is today's cannot be told.
    return at.filter((d) => d === at[best]).length === 1 ? best : undefined;
  }
  // One patient's rows without a date: visits are written as they come, the last is the latest.
  return identity.length ? rows.length - 1 : undefined;
}

/** The note's table read by its columns, or undefined when the note is no table (see above). */
export function readTable(text: string, v: TableVocabulary = tableVocabulary()): TableReading | undefined {
  // A table's header holds a delimiter: most notes hold no tab, pipe or semicolon, and commas only in prose.
  if (!/[\t|;,]/.test(text)) return undefined;
  work.steps += text.length;
  const c = compiled(v);
  const lines = linesOf(text);
  for (let h = 0; h < lines.length; h++) {
    const line = lines[h];
    const first = text.slice(line.start, line.end).trimStart()[0];
    // A markdown table ("| Age | Order |") has its own reader.
    if (first === undefined || first === '|' || first === '#') continue;
    for (const delim of DELIMITERS) {
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
        rows.push(cells);
        last = r;
      }
      if (!rows.length) continue;
      const at = rowToRead(header, rows, c);
      const span = { start: line.start, end: lines[last].next };
      if (at === undefined) return undefined;
      const row = rows[at];
      const rowLine = lines[h + 1 + at];
      const fields: Field[] = header.map((x, i) => ({
        key: keys[i] ?? undefined,
        rawKey: x.text.replace(/_/g, ' '),
        keySpan: { start: x.start, end: x.end },
        valueSpan: { start: row[i].start, end: row[i].end },
        value: row[i].text,
        lineSpan: { start: rowLine.start, end: rowLine.next },
        column: true,
      }));
      return { span, fields };
    }
  }
  return undefined;
}
