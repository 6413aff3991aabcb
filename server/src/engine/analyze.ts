import { type AckReason, parseAcknowledgement } from './acknowledge';
import { type Classification, classify } from '../clinical/classify';
import { type Facts, readFacts } from '../clinical/facts';
import { asWritten, languageReading } from '../clinical/language';
import { htmlReading } from '../clinical/html';
import { markdownReading } from '../clinical/markdown';
import { ocrReading } from '../clinical/ocr';
import { pastedReading } from '../clinical/pasted';
import { readTable } from '../clinical/table';
import { reportsOnTheChild } from '../clinical/tellers';
import { textedRequestLine } from '../clinical/clauses';
import { namesTheChild } from '../clinical/age-fact';
import { orderLinePaperwork } from '../clinical/request';
import type { OrderReading } from '../clinical/order';
import type { Knowledge } from '../knowledge/knowledge';
import type { Rating, Scenario } from '../knowledge/schema';
import { MAX_DOCUMENT_CHARS, MAX_VALUE_CHARS, grouped } from './limits';
import { todayIso } from '../notes/age';
import { type NoteSlice, type ParsedNote, parseNote, splitNotes } from '../notes/parser';
import { type Span, detach, dominantEol } from '../notes/text';
import { RULES, RULES_BY_ID, RULE_IDS } from '../rules';
import type { Finding, RuleContext, Severity } from '../rules/types';
import type { Settings } from './settings';
import type { NoteCache } from './incremental';
import { type PackedReading, packReading, readingOf } from '../clinical/reading';

export interface AcknowledgedFinding {
  finding: Finding;
  reason: AckReason;
}

/** One note's analysis; every offset in it is relative to the note's own text. */
export interface NoteResult {
  parsed: ParsedNote;
  facts: Facts;
  classification: Classification;
  /** The recognized order's rating in the note's scenario: looked up here once, read by every view. */
  rating?: Rating;
  findings: Finding[];
  acknowledged: AcknowledgedFinding[];
}

export interface NoteAnalysis extends NoteResult {
  index: number;
  /** Offset of the note's first character in the document. */
  start: number;
  end: number;
}

export interface DocumentAnalysis {
  text: string;
  notes: NoteAnalysis[];
  /** All findings with document offsets, in document order. */
  findings: Finding[];
  acknowledged: AcknowledgedFinding[];
}

export interface Engine {
  knowledge: Knowledge;
  settings: Settings;
}

/**
 * A line not `Key: value` for what it says: a carer's report of the child ("Parent: says her back hurts"), or a texted "Pls:"
 * asking a study alone ("Pls: XR T-spine + L-spine", round 51). Clinical vocabulary, so the parser is given it (notes/prose.ts).
 */
export const readsAsProse = (rawKey: string, value: string): boolean => reportsOnTheChild(rawKey, value) || textedRequestLine(rawKey, value);

/** Analyzes one note on its own (pure: same text and settings, same result). */
export function analyzeNote(text: string, atDocumentStart: boolean, engine: Engine, eol = dominantEol(text)): NoteResult {
  const { knowledge, settings } = engine;
  text = detach(text);
  const parsed = parseNote(text, atDocumentStart, readsAsProse, namesTheChild, orderLinePaperwork, readTable);
  // A dictated, Spanish or French note, or one naming studies as written abroad ("NMR"), is read as typed
  // English, offsets unchanged (language.ts); the rules see the note as written.
  // A faxed note's OCR look-alikes ("dirnple", "MRl") are undone first, offsets unchanged too (ocr.ts), after an EHR
  // export's HTML markup ("<br>", "&amp;") is read as the lines and characters it stands for (html.ts).
  // Text pasted from a PDF or Word (no-break spaces, a page's line numbers, a phrase cut by the width's line break) is
  // read first, offsets unchanged too (pasted.ts).
  const pasted = pastedReading(text);
  // A Markdown heading ("## 3 mo F", "### Plan") is read as the line of text it marks, offsets unchanged (markdown.ts).
  const markdown = markdownReading(pasted.view);
  const html = htmlReading(markdown.view);
  const ocr = ocrReading(html.view);
  const language = languageReading(ocr.view);
  const view = language.view;
  const rewritten = mergedSpans(mergedSpans(mergedSpans(pasted.rewritten, html.rewritten), ocr.rewritten), language.rewritten);
  const read = view === text ? parsed : parseNote(view, atDocumentStart, readsAsProse, namesTheChild, orderLinePaperwork, readTable);
  // Over-long values are left out of the clinical reading; value-too-long reports them.
  const readable = read.fields.some((f) => f.value.length > MAX_VALUE_CHARS)
    ? { ...read, fields: read.fields.map((f) => (f.value.length > MAX_VALUE_CHARS ? { ...f, value: '' } : f)) }
    : read;
  const facts = readFacts(readable, knowledge, settings.today ?? todayIso(), language.spelledStudies);
  const classification = classify(view, facts, knowledge);
  if (rewritten.length) writtenSpans(facts, rewritten);
  const procedure = facts.order?.reading.procedure;
  const rating = procedure ? knowledge.rating(classification.scenario.id, procedure.id) : undefined;
  const findings: Finding[] = [];
  let ruleId = '';
  let severity: Severity = 'warning';
  // One context per note; `report` stamps the rule that is running.
  const ctx: RuleContext = {
    note: parsed,
    facts,
    classification,
    knowledge,
    ultrasoundWindow: settings.ultrasoundWindow,
    eol,
    ruleIds: RULE_IDS,
    report: (f) => findings.push({ ruleId, severity, message: f.message, detail: f.detail, span: f.span, fixes: f.fixes ?? [], related: f.related ?? [] }),
  };
  for (const { rule, level } of activeRules(settings.rules)) {
    ruleId = rule.id;
    severity = level;
    rule.check(ctx);
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  const acks = new Map<string, AckReason>();
  for (const c of parsed.comments) {
    const ack = parseAcknowledgement(c.text, RULE_IDS);
    if (ack?.valid && ack.reason) acks.set(ack.ruleId, ack.reason);
  }
  const acknowledged: AcknowledgedFinding[] = [];
  const shown = acks.size
    ? findings.filter((f) => {
        const reason = acks.get(f.ruleId);
        if (reason) acknowledged.push({ finding: f, reason });
        return !reason;
      })
    : findings;
  return { parsed, facts, classification, rating, findings: shown, acknowledged };
}

/** Two lists of rewritten extents in text order as one, extents that overlap joined (asWritten takes them disjoint). */
function mergedSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  if (!a.length) return b as Span[];
  if (!b.length) return a as Span[];
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The rules a settings' severities leave on, with their severity: worked out once per severities object, not per note. */
const activeByRules = new WeakMap<Settings['rules'], { rule: (typeof RULES)[number]; level: Severity }[]>();

function activeRules(rules: Settings['rules']): { rule: (typeof RULES)[number]; level: Severity }[] {
  let list = activeByRules.get(rules);
  if (!list) {
    list = [];
    for (const rule of RULES) {
      const setting = rules[rule.id];
      if (setting !== 'off') list.push({ rule, level: setting ?? rule.defaultSeverity });
    }
    activeByRules.set(rules, list);
  }
  return list;
}

/**
 * The spans the rules quote and edit, read in the language view, as written (language.ts asWritten):
 * a finding, the exam, the injury and the order's value cover the words as the note writes them. Spans
 * are changed in place, so the classification's evidence, which shares them, follows.
 */
function writtenSpans(facts: Facts, rewritten: readonly Span[]): void {
  const widen = (s: Span | undefined) => {
    if (!s) return;
    const w = asWritten(rewritten, s);
    s.start = w.start;
    s.end = w.end;
  };
  const seen = new Set<Span>();
  for (const s of [...facts.hits.map((h) => h.span), facts.neuro.span, facts.trauma.span, facts.order?.field.valueSpan, facts.age?.span]) {
    if (!s || seen.has(s)) continue;
    seen.add(s);
    widen(s);
  }
}

function shiftSpan(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

export function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return {
    ...f,
    span: shiftSpan(f.span, by),
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
    related: f.related.map((r) => ({ ...r, span: shiftSpan(r.span, by) })),
  };
}

function tooLarge(text: string, engine: Engine): Finding {
  const rule = RULES_BY_ID.get('document-too-large')!;
  const setting = engine.settings.rules[rule.id];
  return {
    ruleId: rule.id,
    severity: setting && setting !== 'off' ? setting : rule.defaultSeverity,
    message: `This document is ${grouped(text.length)} characters, over the ${grouped(MAX_DOCUMENT_CHARS)} limit, so it was not analyzed; split it into smaller files`,
    span: { start: 0, end: 0 },
    fixes: [],
    related: [],
  };
}

/** Every note of a document with its result; the one loop behind both document analyses. */
function* noteResults(text: string, engine: Engine, cache?: NoteCache): Generator<{ result: NoteResult; start: number; end: number }> {
  const eol = dominantEol(text);
  // "Today" is read once per document, so DOB-only ages agree across its notes (and cache keys change with the day).
  if (!engine.settings.today) engine = { ...engine, settings: { ...engine.settings, today: todayIso() } };
  cache?.begin(engine.settings);
  for (const slice of splitNotes(text)) {
    const noteText = text.slice(slice.start, slice.end);
    const atStart = slice.start === 0;
    const compute = () => analyzeNote(noteText, atStart, engine, eol);
    yield { result: cache ? cache.take(noteText, atStart, eol, compute) : compute(), start: slice.start, end: slice.end };
  }
  cache?.commit();
}

function shiftAcknowledged(a: AcknowledgedFinding, by: number): AcknowledgedFinding {
  return { ...a, finding: shiftFinding(a.finding, by) };
}

/** A document analysis over its notes; document-offset findings are built only when read. */
export function documentOf(text: string, notes: NoteAnalysis[]): DocumentAnalysis {
  let findings: Finding[] | undefined;
  let acknowledged: AcknowledgedFinding[] | undefined;
  return {
    text,
    notes,
    get findings() {
      return (findings ??= notes.flatMap((n) => n.findings.map((f) => shiftFinding(f, n.start))));
    },
    get acknowledged() {
      return (acknowledged ??= notes.flatMap((n) => n.acknowledged.map((a) => shiftAcknowledged(a, n.start))));
    },
  };
}

/**
 * A note's result at its place in the document. Written out rather than spread: an object spread
 * with added properties takes V8's slow path, ~2 µs a note (6 % of a large document's analysis).
 */
export function placed(r: NoteResult, index: number, start: number, end: number): NoteAnalysis {
  return { parsed: r.parsed, facts: r.facts, classification: r.classification, rating: r.rating, findings: r.findings, acknowledged: r.acknowledged, index, start, end };
}

export function analyzeDocument(text: string, engine: Engine, cache?: NoteCache): DocumentAnalysis {
  if (text.length > MAX_DOCUMENT_CHARS) return { text, notes: [], findings: [tooLarge(text, engine)], acknowledged: [] };
  const notes: NoteAnalysis[] = [];
  for (const { result, start, end } of noteResults(text, engine, cache)) notes.push(placed(result, notes.length, start, end));
  return documentOf(text, notes);
}

/** What reports and formatters need of a note: no parse tree, no facts, so a large run stays small. */
export interface NoteSummary {
  index: number;
  start: number;
  end: number;
  /** Offset (in the note) of its first field or prose line; -1 for a note with neither (comments only). */
  firstField: number;
  scenario: Scenario;
  reasons: string[];
  ageMonths?: number;
  order?: { text: string; reading: OrderReading; rating?: Rating };
  /** What was read and in which context (`--format json` "reading"); packed, see reading.ts. */
  reading: PackedReading;
}

export interface DocumentSummary {
  notes: NoteSummary[];
  findings: Finding[];
  acknowledged: AcknowledgedFinding[];
}

/** Where the note's first read line starts: a key line, or a line of prose for a note written as a paragraph. */
function firstLineRead(p: ParsedNote): number {
  const starts = [p.fields[0]?.lineSpan.start, p.prose[0]?.lineSpan.start].filter((x): x is number => x !== undefined);
  return starts.length ? Math.min(...starts) : -1;
}

export function summarizeNote(n: NoteResult, index: number, start: number, end: number, knowledge: Knowledge): NoteSummary {
  const order = n.facts.order;
  return {
    index,
    start,
    end,
    firstField: firstLineRead(n.parsed),
    scenario: n.classification.scenario,
    reasons: n.classification.reasons,
    ageMonths: n.facts.age?.months,
    order: order ? { text: order.field.value, reading: order.reading, rating: n.rating } : undefined,
    reading: packReading(readingOf(n.facts, dimpleFinding(knowledge)), knowledge),
  };
}

/** The finding a `Dimple:` line stands for (a few dozen findings: a scan per note costs nothing). */
function dimpleFinding(k: Knowledge) {
  return k.findings.find((f) => f.category === 'dimple');
}

/**
 * analyzeDocument for whole-file runs (CLI, workspace lint, report): each note's full result is
 * dropped as soon as it is summarized, so memory and garbage-collection time follow one note, not
 * the file (100,000 notes would otherwise keep about 600 MB alive).
 */
export function summarizeDocument(text: string, engine: Engine): DocumentSummary {
  if (text.length > MAX_DOCUMENT_CHARS) return { notes: [], findings: [tooLarge(text, engine)], acknowledged: [] };
  const slices = splitNotes(text);
  return summarizeNotes(text, slices, 0, slices.length, withToday(engine));
}

/** The engine with "today" fixed, read once per document so DOB-only ages agree across its notes. */
export function withToday(engine: Engine): Engine {
  return engine.settings.today ? engine : { ...engine, settings: { ...engine.settings, today: todayIso() } };
}

/**
 * summarizeDocument for the notes slices[from, to) of `text`, so the CLI's workers can share one
 * large file at note boundaries. `text` may be a part of the document that starts at a note:
 * `part` then says where it sits (its offset, the index of its first note) and the document's
 * dominant line ending; offsets in the result stay relative to `text`, note indexes are the
 * document's. `engine` must have "today" fixed (withToday) so every part reads DOB-only ages for
 * the same day.
 */
export function summarizeNotes(
  text: string,
  slices: readonly NoteSlice[],
  from: number,
  to: number,
  engine: Engine,
  part: { offset: number; firstIndex: number; eol: string } = { offset: 0, firstIndex: 0, eol: dominantEol(text) },
): DocumentSummary {
  const out: DocumentSummary = { notes: [], findings: [], acknowledged: [] };
  for (let i = from; i < to; i++) {
    const { start, end } = slices[i];
    const result = analyzeNote(text.slice(start, end), part.offset + start === 0, engine, part.eol);
    out.notes.push(summarizeNote(result, part.firstIndex + i - from, start, end, engine.knowledge));
    for (const f of result.findings) out.findings.push(shiftFinding(f, start));
    for (const a of result.acknowledged) out.acknowledged.push(shiftAcknowledged(a, start));
  }
  return out;
}
