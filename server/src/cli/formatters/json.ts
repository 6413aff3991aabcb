import {
  type Finding,
  type LineIndex,
  type Span,
  RATING_LABEL,
  type Knowledge,
  type DocumentSummary,
  type NoteSummary,
  type PackedReading,
  unpackContext,
  unpackReading,
} from '../../engine';
import { createHash } from 'node:crypto';
import { type LintedFile, type Totals, totals } from '../model';
/**
 * The `--format json` shape, version 2 (documented in README "JSON output"). Fields are only ever
 * added, never renamed or removed, within one version. Written in pieces (the same bytes as one
 * compact JSON.stringify), so 100,000 notes never become one giant object tree and string.
 *
 * Version 2 (from 1): a finding's `detail` is the id of its text in the top-level `details` table
 * instead of the text itself. Findings share a few thousand distinct details (6,764 among 93,704
 * findings in the 100,000-note corpus: 135 of the output's 320 MB were repeated detail text).
 */
export function* jsonChunks(files: readonly LintedFile[], knowledge: Knowledge, toolVersion: string): Generator<string> {
  yield jsonHead(toolVersion);
  const refs = new DetailRefs();
  const table = new DetailTable();
  let first = true;
  for (const f of files) {
    yield `${first ? '' : ','}${jsonFileOpen(f)}`;
    first = false;
    const notes = f.analysis.notes.filter((n) => n.firstField >= 0);
    for (let i = 0; i < notes.length; i += 1_000) yield (i ? ',' : '') + jsonNotes(notes.slice(i, i + 1_000), f, knowledge);
    yield JSON_FINDINGS;
    const findings = f.analysis.findings;
    for (let i = 0; i < findings.length; i += 1_000) yield (i ? ',' : '') + jsonFindings(findings.slice(i, i + 1_000), f.lines, refs);
    yield `${JSON_ACKNOWLEDGED}${jsonAcknowledged(f.analysis.acknowledged, f.lines, refs)}${jsonFileClose(f.fixed, f.applied)}`;
    table.add(refs.take());
  }
  yield jsonTail(totals(files), table);
}

/**
 * The id of a detail text: the first 16 hex digits (64 bits) of its SHA-256. Derived from the
 * text alone, so every thread names the same detail alike without asking the others, and the
 * output does not depend on which thread rendered what.
 */
export function detailId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/**
 * One thread's detail ids: recent texts keep their id (so a repeated text is hashed once), and each
 * id is handed on (take) once with its text. Both are bounded (forgetting only costs a hash or a
 * repeated pair, which the table drops): a worker's small heap must not hold every distinct text,
 * which the writing thread's table already holds (11 MB for the 100,000-note corpus).
 */
export class DetailRefs {
  private ids = new Map<string, string>();
  private sent = new Set<string>();
  private fresh: [string, string][] = [];
  ref(text: string | undefined): string | null {
    if (text === undefined) return null;
    let id = this.ids.get(text);
    if (id === undefined) {
      if (this.ids.size >= 1_000) this.ids.clear();
      id = detailId(text);
      this.ids.set(text, id);
      if (!this.sent.has(id)) {
        if (this.sent.size >= 100_000) this.sent.clear();
        this.sent.add(id);
        this.fresh.push([id, text]);
      }
    }
    return id;
  }
  /** The [id, text] pairs first referred to since the last take. */
  take(): [string, string][] {
    const f = this.fresh;
    this.fresh = [];
    return f;
  }
}

/** The `details` table in memory (one thread): every distinct detail once, in order of id (so the same bytes whatever the threads). */
export class DetailTable {
  private texts = new Map<string, string>();
  add(pairs: readonly (readonly [string, string])[]): void {
    for (const [id, text] of pairs) {
      const had = this.texts.get(id);
      if (had === undefined) this.texts.set(id, text);
      else if (had !== text) throw new Error(`two details share the id ${id}`); // 64 bits: not expected before ~10^9 distinct texts
    }
  }
  entries(): string {
    return [...this.texts.keys()]
      .sort()
      .map((id) => jsonDetail(id, this.texts.get(id)!))
      .join(',');
  }
}

// The pieces of the shape above, also written by `--concurrency` (cli/parallel.ts), whose workers
// render their own notes and findings: one definition of every byte for both paths.
const list = <T>(items: readonly T[], one: (item: T) => unknown): string => items.map((i) => JSON.stringify(one(i))).join(',');
export const jsonHead = (toolVersion: string) => `{"version":2,"tool":${JSON.stringify({ name: 'imaging-order-lint', version: toolVersion })},"files":[`;
export const jsonFileOpen = (f: Pick<LintedFile, 'displayPath' | 'notices'>) => `{"path":${JSON.stringify(f.displayPath)},"notices":${JSON.stringify(f.notices)},"notes":[`;
export const JSON_FINDINGS = '],"findings":[';
export const JSON_ACKNOWLEDGED = '],"acknowledged":[';
export const jsonFileClose = (fixed: number, applied: LintedFile['applied'] = []) => `],"fixed":${fixed},"applied":${JSON.stringify(applied)}}`;
/** The end: the details table's entries (jsonDetail, comma-separated, in order of id) go between JSON_DETAILS and jsonSummary. */
export const JSON_DETAILS = '],"details":{';
export const jsonDetail = (id: string, text: string) => `${JSON.stringify(id)}:${JSON.stringify(text)}`;
export const jsonSummary = (t: Totals) => `},"summary":${JSON.stringify(t)}}\n`;
export const jsonTail = (t: Totals, details: DetailTable) => `${JSON_DETAILS}${details.entries()}${jsonSummary(t)}`;
/** Notes (those with fields) as comma-separated JSON objects. */
export const jsonNotes = (notes: readonly NoteSummary[], f: Pick<LintedFile, 'lines' | 'text'>, knowledge: Knowledge) => list(notes, (n) => note(n, f, knowledge));
export const jsonFindings = (findings: readonly Finding[], lines: LineIndex, refs: DetailRefs) => list(findings, (x) => finding(x, lines, refs));
export const jsonAcknowledged = (acks: readonly DocumentSummary['acknowledged'][number][], lines: LineIndex, refs: DetailRefs) =>
  list(acks, (a) => ({ reason: a.reason, finding: finding(a.finding, lines, refs) }));

function note(n: NoteSummary, f: Pick<LintedFile, 'lines' | 'text'>, knowledge: Knowledge) {
  const p = n.order?.reading.procedure;
  const rating = n.order?.rating;
  return {
    index: n.index,
    line: f.lines.positionAt(n.start + n.firstField).line + 1,
    scenario: { id: n.scenario.id, label: n.scenario.label, title: n.scenario.title, reasons: n.reasons },
    ageMonths: n.ageMonths !== undefined ? Math.round(n.ageMonths * 100) / 100 : null,
    order: n.order
      ? {
          text: n.order.text,
          status: n.order.reading.status,
          procedure: p ? { id: p.id, acrName: p.acrName, rrl: p.rrl } : null,
          rating: rating ? { category: rating.rating, label: RATING_LABEL[rating.rating], provenance: rating.provenance, source: rating.source } : null,
        }
      : null,
    reading: reading(n.reading, n.ageMonths, n.start, f, knowledge),
  };
}

/** What the engine read in the note and in which context (README "JSON output"); positions are 1-based in the file. */
function reading(packed: PackedReading, ageMonths: number | undefined, noteStart: number, f: Pick<LintedFile, 'lines' | 'text'>, knowledge: Knowledge) {
  const r = unpackReading(packed, ageMonths, knowledge);
  const round = (m: number) => Math.round(m * 100) / 100;
  return {
    ageMonths: r.ageMonths !== undefined ? round(r.ageMonths) : null,
    ...(r.correctedAgeMonths !== undefined ? { correctedAgeMonths: round(r.correctedAgeMonths) } : {}),
    facts: r.facts.map((x) => {
      const at = f.lines.positionAt(noteStart + x.start);
      const { counts, ...context } = unpackContext(x.flags);
      return {
        finding: x.finding.id,
        category: x.finding.category,
        text: f.text.slice(noteStart + x.start, noteStart + x.end),
        line: at.line + 1,
        column: at.character + 1,
        field: x.field ?? null,
        context,
        counts,
      };
    }),
    trauma: r.trauma,
    neuroExam: r.neuroExam,
    priorUltrasound: r.priorUltrasound,
    referralNeurosurgery: r.referralNeurosurgery,
  };
}

function range(lines: LineIndex, s: Span) {
  return lines.rangeOf(s);
}

function finding(x: Finding, lines: LineIndex, refs: DetailRefs) {
  const r = range(lines, x.span);
  return {
    ruleId: x.ruleId,
    severity: x.severity,
    message: x.message,
    detail: refs.ref(x.detail),
    line: r.start.line + 1,
    column: r.start.character + 1,
    range: r,
    fixes: x.fixes.map((fix) => ({
      title: fix.title,
      kind: fix.kind,
      preferred: fix.preferred,
      procedureId: fix.procedureId ?? null,
      edits: fix.edits.map((e) => ({ range: range(lines, e), newText: e.newText })),
    })),
    related: x.related.map((rel) => ({ message: rel.message, range: range(lines, rel.span) })),
  };
}
