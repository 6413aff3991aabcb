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
import { type LintedFile, type Totals, totals } from '../model';
/**
 * The `--format json` shape, version 1 (documented in README "JSON output"). Fields are only ever
 * added, never renamed or removed, within one version. Written in pieces (the same bytes as one
 * compact JSON.stringify), so 100,000 notes never become one giant object tree and string.
 */
export function* jsonChunks(files: readonly LintedFile[], knowledge: Knowledge, toolVersion: string): Generator<string> {
  yield jsonHead(toolVersion);
  let first = true;
  for (const f of files) {
    yield `${first ? '' : ','}${jsonFileOpen(f)}`;
    first = false;
    const notes = f.analysis.notes.filter((n) => n.firstField >= 0);
    for (let i = 0; i < notes.length; i += 1_000) yield (i ? ',' : '') + jsonNotes(notes.slice(i, i + 1_000), f, knowledge);
    yield JSON_FINDINGS;
    const findings = f.analysis.findings;
    for (let i = 0; i < findings.length; i += 1_000) yield (i ? ',' : '') + jsonFindings(findings.slice(i, i + 1_000), f.lines);
    yield `${JSON_ACKNOWLEDGED}${jsonAcknowledged(f.analysis.acknowledged, f.lines)}${jsonFileClose(f.fixed, f.applied)}`;
  }
  yield jsonTail(totals(files));
}

// The pieces of the shape above, also written by `--concurrency` (cli/parallel.ts), whose workers
// render their own notes and findings: one definition of every byte for both paths.
const list = <T>(items: readonly T[], one: (item: T) => unknown): string => items.map((i) => JSON.stringify(one(i))).join(',');
export const jsonHead = (toolVersion: string) => `{"version":1,"tool":${JSON.stringify({ name: 'imaging-order-lint', version: toolVersion })},"files":[`;
export const jsonFileOpen = (f: Pick<LintedFile, 'displayPath' | 'notices'>) => `{"path":${JSON.stringify(f.displayPath)},"notices":${JSON.stringify(f.notices)},"notes":[`;
export const JSON_FINDINGS = '],"findings":[';
export const JSON_ACKNOWLEDGED = '],"acknowledged":[';
export const jsonFileClose = (fixed: number, applied: LintedFile['applied'] = []) => `],"fixed":${fixed},"applied":${JSON.stringify(applied)}}`;
export const jsonTail = (t: Totals) => `],"summary":${JSON.stringify(t)}}\n`;
/** Notes (those with fields) as comma-separated JSON objects. */
export const jsonNotes = (notes: readonly NoteSummary[], f: Pick<LintedFile, 'lines' | 'text'>, knowledge: Knowledge) => list(notes, (n) => note(n, f, knowledge));
export const jsonFindings = (findings: readonly Finding[], lines: LineIndex) => list(findings, (x) => finding(x, lines));
export const jsonAcknowledged = (acks: readonly DocumentSummary['acknowledged'][number][], lines: LineIndex) =>
  list(acks, (a) => ({ reason: a.reason, finding: finding(a.finding, lines) }));

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

function finding(x: Finding, lines: LineIndex) {
  const r = range(lines, x.span);
  return {
    ruleId: x.ruleId,
    severity: x.severity,
    message: x.message,
    detail: x.detail ?? null,
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
