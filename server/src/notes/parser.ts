import { type KeyInfo, type KeyName, isClosingPlanSpelling, isLetterAgeSpelling, lookupKey } from './keys';
import type { Span } from './text';
import { type CarerReport, insideOpenBracket, readProse } from './prose';
import { work } from './work';
import { isOrderKeyed } from './headings';

export interface Field {
  /** The known key, or undefined when the key is not in the language. */
  key: KeyInfo | undefined;
  rawKey: string;
  keySpan: Span;
  /** Trimmed value, possibly spanning indented continuation lines. */
  valueSpan: Span;
  value: string;
  /** From the start of the key line to the end of the field's last line, terminator included. */
  lineSpan: Span;
  /** An indented line that starts with a known key: read as that key; the indent is a layout slip. */
  indent?: Span;
  /** Read from free text (a note written as prose): the key was inferred, not written. */
  inferred?: boolean;
  /** The key as written, when the line is read under another key (clinical/unknown-keys.ts: "DDx:" read as Indication). */
  writtenKey?: string;
  /** A line with an unknown key that reads as prose ("10 mo old boy seen today: …"): read as free text. */
  prose?: boolean;
  /** A table's cell read under its column's header (clinical/table.ts): `keySpan` is the header cell, `valueSpan` the cell. */
  column?: boolean;
}

/**
 * A note written as table rows, read by its columns: the lines the table covers (its header and every row, never
 * read as lines of their own) and the fields of the one row read, a cell under its header each (clinical/table.ts).
 */
export interface TableReading {
  /** From the header line's start to the end of the table's last row. */
  span: Span;
  fields: Field[];
}

/** How a note's table is read; clinical vocabulary, so the engine passes it in (clinical/table.ts readTable). */
export type TableReader = (text: string) => TableReading | undefined;

export interface NoteComment {
  span: Span;
  text: string;
}

export interface ParsedNote {
  text: string;
  fields: Field[];
  comments: NoteComment[];
  /** Non-blank lines that are neither `Key: value`, a continuation nor a comment. */
  malformed: Span[];
  /** Free text read as the note's history (and the keys written inside it): see notes/prose.ts. */
  prose: Field[];
  /** The note has no known key at all: it was written as prose. */
  freeText: boolean;
}

export interface NoteSlice extends Span {
  /** Separator line before this note, if any (its span includes the terminator). */
  separator?: Span;
}

interface Line {
  start: number;
  contentEnd: number;
  end: number;
}

/** Reads the line starting at `start` into `out` (no allocation: this runs for every line typed). */
function readLine(text: string, start: number, to: number, out: Line): Line {
  let i = start;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  let end = i;
  if (end < to) end += text.charCodeAt(end) === 13 && end + 1 < to && text.charCodeAt(end + 1) === 10 ? 2 : 1;
  work.steps += end - start + 1;
  out.start = start;
  out.contentEnd = i;
  out.end = end;
  return out;
}

/** What nextColumnKey needs before a column: two spaces or tabs, or one tab. */
const COLUMN_GAP = /[ \t]{2}|\t/;
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

function isSeparator(text: string, line: Line): boolean {
  let s = line.start;
  let e = line.contentEnd;
  if (s === 0 && text.charCodeAt(0) === 0xfeff) s++;
  while (s < e && isSpaceOrTab(text.charCodeAt(s))) s++;
  while (e > s && isSpaceOrTab(text.charCodeAt(e - 1))) e--;
  return e - s === 3 && text.startsWith('---', s);
}

/** Splits a document into notes at `---` lines; a cheap scan so unchanged notes can be reused. */
export function splitNotes(text: string): NoteSlice[] {
  const notes: NoteSlice[] = [];
  let noteStart = 0;
  let separator: Span | undefined;
  const line: Line = { start: 0, contentEnd: 0, end: 0 };
  for (let at = 0; at < text.length; at = line.end) {
    readLine(text, at, text.length, line);
    if (isSeparator(text, line)) {
      notes.push({ start: noteStart, end: line.start, separator });
      separator = { start: line.start, end: line.end };
      noteStart = line.end;
    }
  }
  notes.push({ start: noteStart, end: text.length, separator });
  return notes;
}

/**
 * Parses one note. Offsets are relative to the note's own text so an unchanged note parses to the
 * same result wherever it sits in the document.
 */
/** "20:40", "9:05": one or two digits standing alone before the colon, two after and no third. */
function isClockColon(text: string, colon: number, end: number): boolean {
  const digit = (i: number) => i >= 0 && i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
  if (!digit(colon - 1) || !digit(colon + 1) || !digit(colon + 2) || digit(colon + 3)) return false;
  const h = digit(colon - 2) ? colon - 2 : colon - 1;
  return !digit(h - 1) && (h === 0 || !/[\p{L}]/u.test(text[h - 1]));
}

/**
 * `reportsOnTheChild`: whether a line keyed by a carer reports the child (notes/prose.ts); clinical vocabulary, so the
 * engine passes it in (clinical/tellers.ts reportsOnTheChild). Without it no such line is read as the child's history.
 * `namesTheChild`: whether a key names the child, so its line is a form's header (clinical/age-fact.ts namesTheChild);
 * without it only the record's and the visit's keys open a header line.
 */
export function parseNote(
  text: string,
  atDocumentStart = false,
  reportsOnTheChild?: CarerReport,
  namesTheChild: NamesTheChild = namesNoChild,
  orderPaperwork: OrderPaperwork = noPaperwork,
  readTable?: TableReader,
): ParsedNote {
  const table = readTable?.(text);
  const fields: Field[] = [];
  const comments: NoteComment[] = [];
  const malformed: Span[] = [];
  let open: Field | undefined; // the field that an indented line would continue

  const soap = soapParenthesized(text);
  const line: Line = { start: 0, contentEnd: 0, end: 0 };
  for (let at = 0; at < text.length; at = line.end) {
    readLine(text, at, text.length, line);
    let s = line.start;
    const e = line.contentEnd;
    if (table && s >= table.span.start && s < table.span.end) {
      open = undefined;
      continue;
    }
    if (s === 0 && atDocumentStart && text.charCodeAt(0) === 0xfeff) s = 1;
    let firstNonSpace = s;
    while (firstNonSpace < e && isSpaceOrTab(text.charCodeAt(firstNonSpace))) firstNonSpace++;
    let lastNonSpace = e;
    while (lastNonSpace > firstNonSpace && isSpaceOrTab(text.charCodeAt(lastNonSpace - 1))) lastNonSpace--;

    if (firstNonSpace === e) {
      // Blank lines are ignored (spec §1): an indented line after one still continues the value.
    } else if (text.charCodeAt(firstNonSpace) === 35 /* # */ && !isDigit(text.charCodeAt(firstNonSpace + 1)) && (firstNonSpace === s || !open)) {
      // "#1 RSV bronchiolitis", "#2 Neurosurgery consult requested": a problem list numbers its items so, as a hospital's
      // assessment and plan writes them; such a line is the note's own text (a leading number, as "1. …" is), never a
      // comment. A comment has no digit right after its "#" ("# 3-month-old at a routine check-up" stays one).
      comments.push({ span: { start: firstNonSpace, end: lastNonSpace }, text: text.slice(firstNonSpace + 1, lastNonSpace).trim() });
      open = undefined;
    } else if (open && firstNonSpace > s && !startsWithKnownKey(text, firstNonSpace, e)) {
      if (open.valueSpan.start === open.valueSpan.end) open.valueSpan.start = firstNonSpace;
      open.valueSpan.end = lastNonSpace;
      open.value = text.slice(open.valueSpan.start, open.valueSpan.end);
      open.lineSpan.end = line.end;
    } else {
      // "P) Lumbosacral spine X-ray (AP/Lat) first.": a SOAP section's letter and a parenthesis, in a note written so
      // (soapParenthesized), is that letter's key, as "P:" is.
      let colon =
        soap && SOAP_LETTERS.has(text[firstNonSpace]) && text.charCodeAt(firstNonSpace + 1) === 41 /* ) */ && isSpaceOrTab(text.charCodeAt(firstNonSpace + 2))
          ? firstNonSpace + 1
          : firstNonSpace;
      // Searched within the line only: indexOf would run to the end of the note on every colon-less line.
      // A clock time's colon ("PIT 20:40 - 5 y M", "Seen 9:05") is no key's: the key ends at the next colon, if any.
      if (colon === firstNonSpace) while (colon < e && (text.charCodeAt(colon) !== 58 /* : */ || isClockColon(text, colon, e))) colon++;
      work.steps += colon - firstNonSpace;
      if (colon === e) colon = -1;
      // "US lumbar spine ordered (discussed: may have limited views)": a colon inside a bracket the line opened before it
      // is the aside's, and the line no key and value.
      if (colon > 0 && insideOpenBracket(text, firstNonSpace, colon)) colon = -1;
      let keyEnd = colon;
      while (keyEnd > firstNonSpace && isSpaceOrTab(text.charCodeAt(keyEnd - 1))) keyEnd--;
      if (colon < 0 || colon >= e || keyEnd === firstNonSpace) {
        malformed.push({ start: firstNonSpace, end: lastNonSpace });
        open = undefined;
      } else {
        let valueStart = colon + 1;
        while (valueStart < e && isSpaceOrTab(text.charCodeAt(valueStart))) valueStart++;
        const valueEnd = Math.max(valueStart, lastNonSpace);
        const rawKey = text.slice(firstNonSpace, keyEnd);
        open = {
          key: lookupKey(rawKey),
          rawKey,
          keySpan: { start: firstNonSpace, end: keyEnd },
          valueSpan: { start: valueStart, end: valueEnd },
          value: text.slice(valueStart, valueEnd),
          // After a byte-order mark, so a line inserted before this one never lands before the BOM.
          lineSpan: { start: s, end: line.end },
        };
        if (firstNonSpace > s && open.key) open.indent = { start: s, end: firstNonSpace };
        fields.push(open);
        // "Name: [child]   Age: 7 yrs   Sex: M": a form's columns, each a known key after a column gap, are fields of their own.
        // Only on a header line, whose own key says who the child is or which visit: "Mother: Jane Doe   DOB: 1992-03-04" is
        // the mother's birthday, "Prior imaging: US spine normal   Date: 2026-08-15" the study's date.
        // An order-entry screen lays out its order line so too ("EXAM: XR THORACIC SPINE AP/LAT          STAT: N", "ORD : CT
        // L-SPINE W/O CONTRAST      ORD CD: CT0721"): the priority or the code in its next column is no part of the study.
        // Only a column of the order's paperwork (`orderPaperwork`): one that tells the study's status, date, result,
        // condition, region or contrast ("STATUS: CANCELLED", "DONE: 10/02 - NL", "PRN: ONLY IF XR ABNORMAL", "REGION:
        // WHOLE") is what the order reader must see of it, and "Order: MRI   region: lumbar spine" the order's own detail.
        const header = open.key ? COLUMN_KEYS.has(open.key.name) : isHeaderKey(rawKey, namesTheChild, { text, valueStart, valueEnd });
        // A column needs a gap of two spaces or a tab (nextColumnKey): most lines have none, and skip the key test.
        const orderLine = !header && COLUMN_GAP.test(text.slice(colon + 1, valueEnd)) && opensOrderColumns(open.key, rawKey);
        for (let column = header || orderLine ? nextColumnKey(text, colon + 1, valueEnd) : undefined; column; column = nextColumnKey(text, column.valueStart, valueEnd)) {
          if (orderLine && !orderPaperwork(text.slice(column.keyStart, column.keyEnd))) continue;
          // "Age:        Wt: 5.1 kg": a column right after an empty header key is read in its value, as before (the
          // blank column gives no age and missing-age asks for it); a header key's column splits even there.
          if (column.keyStart === open.valueSpan.start && !(column.key && COLUMN_KEYS.has(column.key.name))) continue;
          const before = open.valueSpan;
          before.start = Math.min(before.start, column.gap);
          before.end = Math.max(before.start, column.gap);
          open.value = text.slice(before.start, before.end);
          const end = Math.max(column.valueStart, valueEnd);
          open = {
            key: column.key,
            rawKey: text.slice(column.keyStart, column.keyEnd),
            keySpan: { start: column.keyStart, end: column.keyEnd },
            valueSpan: { start: column.valueStart, end },
            value: text.slice(column.valueStart, end),
            lineSpan: { start: s, end: line.end },
          };
          fields.push(open);
        }
      }
    }
  }
  if (table?.fields.length) {
    fields.push(...table.fields);
    fields.sort((a, b) => a.lineSpan.start - b.lineSpan.start || a.valueSpan.start - b.valueSpan.start);
  }
  const prose = readProse(text, fields, malformed, reportsOnTheChild);
  // A letter of prose that closes on "Recommend:" or "Direction:" (keys.ts CLOSING_PLAN_SPELLINGS) is still free text: its
  // closing line is read as its plan, its paragraphs as prose. So is a letter of prose under "Age at clinic:" (keys.ts
  // LETTER_AGE_SPELLINGS): its age is read from the key.
  const freeText = prose.length > 0 && !fields.some((f) => f.key && !isClosingPlanSpelling(f.rawKey) && !isLetterAgeSpelling(f.rawKey));
  return { text, fields, comments, malformed, prose, freeText };
}

/** The letters of a SOAP note's sections (Subjective, Objective, Assessment, Plan): keys "S", "O", "A" and "P". */
const SOAP_LETTERS = new Set(['S', 'O', 'A', 'P']);

/**
 * The note heads its sections with a SOAP letter and a parenthesis ("S) At well baby check …", "O) …", "A) …",
 * "P) Lumbosacral spine X-ray"), as some clinicians trained in East Asia write them: two of the letters or more open
 * lines so, and no other capital letter does ("A) XR L-spine  B) US spine  C) MRI" lists a quiz's options).
 */
function soapParenthesized(text: string): boolean {
  if (!text.includes(')')) return false;
  const seen = new Set<string>();
  for (const m of text.matchAll(/^[ \t]*([A-Z])\)[ \t]/gm)) {
    if (!SOAP_LETTERS.has(m[1])) return false;
    seen.add(m[1]);
  }
  return seen.size >= 2;
}

interface Column {
  /** Where the column gap before the key starts (the value before it ends there). */
  gap: number;
  /** The key, when the note language knows it ("Injury:", "Fever:" are fields with no known key, as on their own line). */
  key: KeyInfo | undefined;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
}

/**
 * Keys a form's header writes as columns ("Name: [child]   Age: 7 yrs   Sex: M", "Patient: 9 mo M   DOB: ***"): a line
 * opened by one of them (or by a header key: `RECORD_KEY`, or a word naming the child) is a header line, whose columns are fields of their own.
 * A clinical key in a column of another line ("Findings: Hair tuft: No [x]   Dimple: No [ ] Yes [x]") is a question of
 * the value it stands in, which readContext reads there: it stays part of that value.
 */
const COLUMN_KEYS = new Set<KeyName>(['Patient', 'Age', 'DOB', 'Date', 'Sex']);
/**
 * A key written as a column of a header line, known or not ("Age: 14   Injury: fell from horse", "Age: 14   Fever: yes",
 * "Age: ***   Wt: 5.1 kg", "Age: 7 wk   Mom: 17 yo"): up to three words of letters (an abbreviation's slash, dot,
 * hyphen, ampersand or apostrophe within), no number. Read as a field of its own, as on its own line.
 */
const COLUMN_WORD_KEY = /^[A-Za-z][A-Za-z'\u2019/&.-]*(?: [A-Za-z][A-Za-z'\u2019/&.-]*){0,2}$/;
/**
 * The other keys that open a form's header line ("Name: [child]   Age: 7 yrs", "MRN: 12345   DOB: 2026-01-02"):
 * the child's name or record (a key naming the child too, as a nursery's or a school's form writes it: "Child: Maya R.
 * DOB: 2023-03-12" with a column gap between; those words are age-vocabulary.json patientKeys.words, as the age reader
 * reads them, so the engine gives them: clinical/age-fact.ts namesTheChild), the visit and who sees the child. An order-entry
 * screen abbreviates the name ("PT NM: OKAFOR,DAVID      AGE/SX: 09Y/M     ACCT 55102983"). A line opened by any other key is no header:
 * "Mother: Jane Doe   DOB: …", "Guardian: …   Age: 34", "FHx: brother …   Age: 6" keep their columns in the value.
 */
const RECORD_KEY =
  /^(?:(?:patient|pt|child|child's|patient's|pt's)[ \t]+)?(?:name|nm|full name|mrn|record|id|csn|fin|acct|account|encounter|visit|visit date|date of service|dos|room|bed|location|unit|clinic|service|provider|attending|pcp|referring(?: provider| physician| clinician| md)?)$/i;

/**
 * A line keyed for the study to do: the Order key, or a key of order words ("Exam", "Exam req", "Ord", "Proc"; notes/headings.ts
 * isOrderKeyed), whose value a column gap and a key end.
 */
function opensOrderColumns(key: KeyInfo | undefined, rawKey: string): boolean {
  return key ? key.name === 'Order' || (key.name === 'Findings' && isOrderKeyed(rawKey)) : isOrderKeyed(rawKey);
}

/** Whether a key of an order line's column is the order's paperwork ("STAT", "ORD CD", "ACC#"): clinical vocabulary, given by the caller. */
export type OrderPaperwork = (rawKey: string) => boolean;

const noPaperwork: OrderPaperwork = () => false;

/** Whether a key names the child, as a form's header writes it ("Child:", "Pupil:", "Camper:"): clinical vocabulary, given by the caller. */
export type NamesTheChild = (rawKey: string, line?: { text: string; valueStart: number; valueEnd: number }) => boolean;

const namesNoChild: NamesTheChild = () => false;

function isHeaderKey(rawKey: string, namesTheChild: NamesTheChild, line: { text: string; valueStart: number; valueEnd: number }): boolean {
  return RECORD_KEY.test(rawKey) || namesTheChild(rawKey, line);
}

/**
 * The next key written as a column of a form's header line, in text[from, to): after a gap of two spaces or
 * more, or a tab, a known key or a `COLUMN_WORD_KEY` (two letters or more, within 40 characters) and its colon
 * ("Age: 7 yrs   Sex: M", "Age: 14   Injury: fell from horse"). A key after a single space stays part of the value,
 * and only a header line is split so (a clinical line's "Hair tuft: No   Hemangioma: No" keeps its answers).
 */
/**
 * "Age 15", "Age 3 mo": an age column with no colon, only where the line ends after it or a keyed column follows
 * ("Age 15   Sex F" keeps the rest in the value above, as before).
 */
const BARE_AGE_COLUMN = /^age[ \t]+(?=\d{1,2}(?:[ \t]*[a-z]{1,6}\.?)?(?:[ \t]*$|[ \t]{2,}[A-Za-z][\w /.&-]{0,30}:))/i;

function nextColumnKey(text: string, from: number, to: number): Column | undefined {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceOrTab(c)) continue;
    let j = i;
    while (j < to && isSpaceOrTab(text.charCodeAt(j))) j++;
    work.steps += j - i;
    if ((j - i >= 2 || c === 9) && j < to) {
      // "Name: Chloe W     Age 15": an age column written with no colon, the number right after the word.
      const bareAge = BARE_AGE_COLUMN.exec(text.slice(j, Math.min(to, j + 60)));
      if (bareAge) return { gap: i, key: lookupKey('Age'), keyStart: j, keyEnd: j + 3, valueStart: j + bareAge[0].length };
      let colon = j;
      const limit = Math.min(to, j + 40);
      while (colon < limit && text.charCodeAt(colon) !== 58 /* : */) colon++;
      work.steps += colon - j;
      if (colon < limit) {
        let keyEnd = colon;
        while (keyEnd > j && isSpaceOrTab(text.charCodeAt(keyEnd - 1))) keyEnd--;
        // One letter is no column's key: "T 37.2  P: 90  RR: 20" gives a pulse, not a plan.
        const raw = keyEnd > j + 1 ? text.slice(j, keyEnd) : '';
        const key = raw ? lookupKey(raw) : undefined;
        if (key || COLUMN_WORD_KEY.test(raw)) {
          let valueStart = colon + 1;
          while (valueStart < to && isSpaceOrTab(text.charCodeAt(valueStart))) valueStart++;
          return { gap: i, key, keyStart: j, keyEnd, valueStart };
        }
      }
    }
    i = j - 1;
  }
  return undefined;
}

/**
 * "  Neuro: intact" under a value is that key, indented by a slip, not more of the value above:
 * a known key and a colon within the first few words of the line.
 */
function startsWithKnownKey(text: string, from: number, to: number): boolean {
  let colon = from;
  const limit = Math.min(to, from + 40);
  while (colon < limit && text.charCodeAt(colon) !== 58 /* : */) colon++;
  work.steps += colon - from;
  return colon < limit && lookupKey(text.slice(from, colon)) !== undefined;
}

/** The first field with this key (a repeated key is reported; the first one counts). */
export function field(note: ParsedNote, name: KeyName): Field | undefined {
  return note.fields.find((f) => f.key?.name === name);
}

export function fields(note: ParsedNote, ...names: KeyName[]): Field[] {
  return note.fields.filter((f) => f.key !== undefined && names.includes(f.key.name));
}
