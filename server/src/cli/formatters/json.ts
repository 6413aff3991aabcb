import { Finding } from '../../rules/types';
import { LineIndex, Span } from '../../notes/text';
import { RATING_LABEL } from '../../rules/source';
import { NoteSummary } from '../../analyze';
import { LintedFile, totals } from '../model';

/**
 * The `--format json` shape, version 1 (documented in README "JSON output"). Fields are only ever
 * added, never renamed or removed, within one version. Written in pieces (the same bytes as one
 * compact JSON.stringify), so 100,000 notes never become one giant object tree and string.
 */
export function* jsonChunks(files: readonly LintedFile[], toolVersion: string): Generator<string> {
  const list = <T>(items: readonly T[], one: (item: T) => unknown): string => items.map((i) => JSON.stringify(one(i))).join(',');
  yield `{"version":1,"tool":${JSON.stringify({ name: 'imaging-order-lint', version: toolVersion })},"files":[`;
  let first = true;
  for (const f of files) {
    yield `${first ? '' : ','}{"path":${JSON.stringify(f.displayPath)},"notices":${JSON.stringify(f.notices)},"notes":[`;
    first = false;
    const notes = f.analysis.notes.filter((n) => n.firstField >= 0);
    for (let i = 0; i < notes.length; i += 1_000) yield (i ? ',' : '') + list(notes.slice(i, i + 1_000), (n) => note(n, f));
    yield '],"findings":[';
    const findings = f.analysis.findings;
    for (let i = 0; i < findings.length; i += 1_000) yield (i ? ',' : '') + list(findings.slice(i, i + 1_000), (x) => finding(x, f.lines));
    yield `],"acknowledged":[${list(f.analysis.acknowledged, (a) => ({ reason: a.reason, finding: finding(a.finding, f.lines) }))}],"fixed":${f.fixed}}`;
  }
  yield `],"summary":${JSON.stringify(totals(files))}}\n`;
}

function note(n: NoteSummary, f: LintedFile) {
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
    line: r.start.line + 1,
    column: r.start.character + 1,
    range: r,
    fixes: x.fixes.map((fix) => ({ title: fix.title, preferred: fix.preferred, edits: fix.edits.map((e) => ({ range: range(lines, e), newText: e.newText })) })),
    related: x.related.map((rel) => ({ message: rel.message, range: range(lines, rel.span) })),
  };
}
