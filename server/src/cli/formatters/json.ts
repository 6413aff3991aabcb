import { Finding } from '../../rules/types';
import { LineIndex, Span } from '../../notes/text';
import { RATING_LABEL } from '../../rules/source';
import { NoteSummary } from '../../analyze';
import { Knowledge } from '../../knowledge/knowledge';
import { LintedFile, totals } from '../model';
import { PackedReading, unpackContext, unpackReading } from '../../reading';

/**
 * The `--format json` shape, version 1 (documented in README "JSON output"). Fields are only ever
 * added, never renamed or removed, within one version. Written in pieces (the same bytes as one
 * compact JSON.stringify), so 100,000 notes never become one giant object tree and string.
 */
export function* jsonChunks(files: readonly LintedFile[], knowledge: Knowledge, toolVersion: string): Generator<string> {
  const list = <T>(items: readonly T[], one: (item: T) => unknown): string => items.map((i) => JSON.stringify(one(i))).join(',');
  yield `{"version":1,"tool":${JSON.stringify({ name: 'imaging-order-lint', version: toolVersion })},"files":[`;
  let first = true;
  for (const f of files) {
    yield `${first ? '' : ','}{"path":${JSON.stringify(f.displayPath)},"notices":${JSON.stringify(f.notices)},"notes":[`;
    first = false;
    const notes = f.analysis.notes.filter((n) => n.firstField >= 0);
    for (let i = 0; i < notes.length; i += 1_000) yield (i ? ',' : '') + list(notes.slice(i, i + 1_000), (n) => note(n, f, knowledge));
    yield '],"findings":[';
    const findings = f.analysis.findings;
    for (let i = 0; i < findings.length; i += 1_000) yield (i ? ',' : '') + list(findings.slice(i, i + 1_000), (x) => finding(x, f.lines));
    yield `],"acknowledged":[${list(f.analysis.acknowledged, (a) => ({ reason: a.reason, finding: finding(a.finding, f.lines) }))}],"fixed":${f.fixed},"applied":${JSON.stringify(f.applied)}}`;
  }
  yield `],"summary":${JSON.stringify(totals(files))}}\n`;
}

function note(n: NoteSummary, f: LintedFile, knowledge: Knowledge) {
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
function reading(packed: PackedReading, ageMonths: number | undefined, noteStart: number, f: LintedFile, knowledge: Knowledge) {
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
    fixes: x.fixes.map((fix) => ({ title: fix.title, kind: fix.kind, preferred: fix.preferred, procedureId: fix.procedureId ?? null, edits: fix.edits.map((e) => ({ range: range(lines, e), newText: e.newText })) })),
    related: x.related.map((rel) => ({ message: rel.message, range: range(lines, rel.span) })),
  };
}
