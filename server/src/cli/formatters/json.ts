import { Finding } from '../../rules/types';
import { LineIndex, Span } from '../../notes/text';
import { RATING_LABEL } from '../../rules/source';
import { Knowledge } from '../../knowledge/knowledge';
import { LintedFile, totals } from '../model';

/**
 * The `--format json` shape, version 1 (documented in README "JSON output"). Fields are only ever
 * added, never renamed or removed, within one version.
 */
export function toJson(files: readonly LintedFile[], knowledge: Knowledge, toolVersion: string): unknown {
  return {
    version: 1,
    tool: { name: 'imaging-order-lint', version: toolVersion },
    files: files.map((f) => ({
      path: f.displayPath,
      notices: f.notices,
      notes: f.analysis.notes
        .filter((n) => n.parsed.fields.length > 0)
        .map((n) => {
          const p = n.facts.order?.reading.procedure;
          const rating = p ? knowledge.rating(n.classification.scenario.id, p.id) : undefined;
          return {
            index: n.index,
            line: f.lines.positionAt(n.start + (n.parsed.fields[0]?.lineSpan.start ?? 0)).line + 1,
            scenario: { id: n.classification.scenario.id, label: n.classification.scenario.label, title: n.classification.scenario.title, reasons: n.classification.reasons },
            ageMonths: n.facts.age ? Math.round(n.facts.age.months * 100) / 100 : null,
            order: n.facts.order
              ? {
                  text: n.facts.order.field.value,
                  status: n.facts.order.reading.status,
                  procedure: p ? { id: p.id, acrName: p.acrName, rrl: p.rrl } : null,
                  rating: rating ? { category: rating.rating, label: RATING_LABEL[rating.rating], provenance: rating.provenance, source: rating.source } : null,
                }
              : null,
          };
        }),
      findings: f.analysis.findings.map((x) => finding(x, f.lines)),
      acknowledged: f.analysis.acknowledged.map((a) => ({ reason: a.reason, finding: finding(a.finding, f.lines) })),
      fixed: f.fixed,
    })),
    summary: totals(files),
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
