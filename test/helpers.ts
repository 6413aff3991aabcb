import * as assert from 'node:assert/strict';
import { type Engine, analyzeDocument, type DocumentAnalysis } from '../server/src/engine/analyze';
import { defaultKnowledge } from '../server/src/knowledge/loader';
import { parseNote, splitNotes } from '../server/src/notes/parser';
import { LineIndex } from '../server/src/notes/text';
import { DEFAULT_SETTINGS, type Settings } from '../server/src/engine/settings';

/** A fixed "today" so DOB-only ages do not drift with the calendar. */
export const TODAY = { y: 2026, m: 11, d: 26 };

export function engine(settings: Partial<Settings> = {}): Engine {
  return { knowledge: defaultKnowledge(), settings: { ...DEFAULT_SETTINGS, today: TODAY, ...settings } };
}

export function lint(text: string, settings: Partial<Settings> = {}): DocumentAnalysis {
  return analyzeDocument(text, engine(settings));
}

export function ids(text: string, settings: Partial<Settings> = {}): string[] {
  return lint(text, settings).findings.map((f) => f.ruleId);
}

/** "ruleId@line:col" (1-based) for compact assertions. */
export function located(text: string, settings: Partial<Settings> = {}): string[] {
  const lines = new LineIndex(text);
  return lint(text, settings).findings.map((f) => {
    const p = lines.positionAt(f.span.start);
    return `${f.ruleId}@${p.line + 1}:${p.character + 1}`;
  });
}

export function note(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** The first note of these lines: its facts, scenario id and the rules that fired. */
export function readNote(...lines: string[]) {
  const n = lint(note(...lines)).notes[0];
  return { facts: n.facts, scenario: n.classification.scenario.id, rules: n.findings.map((f) => f.ruleId), note: n };
}

/** The procedure the note orders, or 'none'. */
export function orderOf(...lines: string[]): string {
  return readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
}

/** The result of the first earlier study of this modality the note tells ("XR", "US", "MRI"), or 'none'. */
export function firstPriorOf(modality: string, ...lines: string[]): string {
  return readNote(...lines).facts.prior.find((p) => p.modality === modality)?.result ?? 'none';
}

/** The result of the last earlier study of this modality the note tells, or 'none'. */
export function lastPriorOf(modality: string, ...lines: string[]): string {
  return (
    readNote(...lines)
      .facts.prior.filter((p) => p.modality === modality)
      .at(-1)?.result ?? 'none'
  );
}

/** The procedure the note orders, its reading's status in brackets when it names none, or 'none'. */
export function orderOrStatusOf(...lines: string[]): string {
  const o = readNote(...lines).facts.order;
  return o ? (o.reading.procedure?.id ?? `(${o.reading.status})`) : 'none';
}

/** The trauma significance read in these lines. */
export function traumaOf(...lines: string[]): string {
  return readNote(...lines).facts.trauma.significance;
}

/** A finding of this id is read in these lines and counts as present. */
export function presentIn(id: string, ...lines: string[]): boolean {
  return readNote(...lines).facts.hits.some((h) => h.finding.id === id && h.present);
}

/** A finding of this category is read in these lines and counts as present. */
export function categoryPresentIn(category: string, ...lines: string[]): boolean {
  return readNote(...lines).facts.hits.some((h) => h.finding.category === category && h.present);
}

/**
 * Non-blank lines of a document that the parser did not read as a field (key line or continuation),
 * a comment, a separator or a malformed line: each one would be text silently dropped from the
 * analysis, so the answer must always be empty.
 */
export function unreadLines(text: string): string[] {
  const out: string[] = [];
  for (const slice of splitNotes(text)) {
    const noteText = text.slice(slice.start, slice.end);
    const p = parseNote(noteText, slice.start === 0);
    const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
    for (let m = re.exec(noteText); m && m[0] !== ''; m = re.exec(noteText)) {
      const start = m.index;
      const end = start + m[0].replace(/[\r\n]+$/, '').length;
      // The byte-order mark is only skipped at the very start of the document, as the parser does.
      const from = start === 0 && slice.start === 0 && noteText.startsWith('\uFEFF') ? 1 : start;
      const content = noteText.slice(from, end);
      if (/^[ \t]*$/.test(content)) continue;
      const within = (s: { start: number; end: number }) => s.start >= start && s.end <= end;
      // A field's line starts after the byte-order mark, as the parser's lineSpan does.
      const read = p.fields.some((f) => f.lineSpan.start <= from && from < f.lineSpan.end) || p.comments.some((c) => within(c.span)) || p.malformed.some(within);
      if (!read) out.push(content);
    }
  }
  return out;
}

/** A week and a day, in months (ages are read in months). */
export const WEEK = 7 / 30.4375;
export const DAY = 1 / 30.4375;

/** The age read from these lines, in months, or undefined. */
export function ageOf(...lines: string[]): number | undefined {
  return readNote(...lines).facts.age?.months;
}

/** The age read is the expected one, to a hundredth of a month. */
export function near(actual: number | undefined, expected: number, text: string): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 0.01, `${text}: read ${actual}, expected ${expected}`);
}
