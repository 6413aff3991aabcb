import { ACK_REASONS, ACK_REASON_LABEL, AckReason } from './acknowledge';
import { DocumentAnalysis, NoteAnalysis } from './analyze';
import { RULES_BY_ID } from './rules';

/**
 * The Markdown report card (issue 3 item 4), shared by the editor command
 * `imagingOrderLint.writeReport` and the CLI's `--report FILE`.
 */
export interface ReportFile {
  path: string;
  analysis: DocumentAnalysis;
}

/** A note counts when it has at least one `Key: value` line (headers of comments only do not). */
export function isCheckedNote(n: NoteAnalysis): boolean {
  return n.parsed.fields.length > 0;
}

/** The note's order is rated Usually Not Appropriate in the note's own scenario. */
export function orderUsuallyNotAppropriate(n: NoteAnalysis): boolean {
  const p = n.facts.order?.reading.procedure;
  if (!p) return false;
  const r = n.classification.scenario.ratings.find((x) => x.procedure === p.id);
  return r?.rating === 'usually-not-appropriate';
}

function pct(part: number, whole: number): string {
  if (whole === 0) return '0%';
  return `${(Math.round((part / whole) * 1000) / 10).toString()}%`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

export function buildReport(files: ReportFile[]): string {
  let notes = 0;
  let noCriteria = 0;
  let una = 0;
  let withOrder = 0;
  const byScenario = new Map<string, { label: string; title: string; count: number }>();
  const byRule = new Map<string, number>();
  const ackByReason = new Map<AckReason, number>();
  const ackByRule = new Map<string, number>();
  let docFindings = 0;

  for (const f of files) {
    for (const n of f.analysis.notes) {
      if (!isCheckedNote(n)) continue;
      notes++;
      const s = n.classification.scenario;
      const entry = byScenario.get(s.id) ?? { label: s.label, title: s.title, count: 0 };
      entry.count++;
      byScenario.set(s.id, entry);
      if (s.id === 'no-criteria') noCriteria++;
      if (n.facts.order?.reading.procedure) withOrder++;
      if (orderUsuallyNotAppropriate(n)) una++;
    }
    for (const finding of f.analysis.findings) {
      docFindings++;
      byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
    }
    for (const a of f.analysis.acknowledged) {
      ackByReason.set(a.reason, (ackByReason.get(a.reason) ?? 0) + 1);
      ackByRule.set(a.finding.ruleId, (ackByRule.get(a.finding.ruleId) ?? 0) + 1);
    }
  }

  const out: string[] = [];
  out.push('# Imaging Order Lint report', '');
  out.push(`- Files checked: ${files.length}`);
  out.push(`- Notes checked: ${notes}`);
  out.push(`- Notes with no criteria applying: ${noCriteria} of ${notes} (${pct(noCriteria, notes)})`);
  out.push(`- Notes whose order is rated Usually Not Appropriate for their scenario: ${una} of ${notes} (${pct(una, notes)}; ${una} of ${withOrder} recognized orders, ${pct(una, withOrder)})`);
  out.push(`- Findings shown: ${docFindings}`);
  const ackTotal = [...ackByReason.values()].reduce((a, b) => a + b, 0);
  out.push(`- Findings acknowledged: ${ackTotal}`, '');

  out.push('## Notes by scenario', '');
  out.push('| Scenario | Title | Notes | Share |', '|---|---|---:|---:|');
  const scen = [...byScenario.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  for (const s of scen) out.push(`| ${cell(s.label)} | ${cell(s.title)} | ${s.count} | ${pct(s.count, notes)} |`);
  if (scen.length === 0) out.push('| — | no notes | 0 | 0% |');
  out.push('');

  out.push('## Findings by rule', '');
  out.push('| Rule | Severity (default) | Findings | Acknowledged |', '|---|---|---:|---:|');
  const ruleIds = [...new Set([...byRule.keys(), ...ackByRule.keys()])].sort((a, b) => (byRule.get(b) ?? 0) - (byRule.get(a) ?? 0) || a.localeCompare(b));
  for (const id of ruleIds) {
    const rule = RULES_BY_ID.get(id);
    out.push(`| \`${cell(id)}\` | ${rule?.defaultSeverity ?? '—'} | ${byRule.get(id) ?? 0} | ${ackByRule.get(id) ?? 0} |`);
  }
  if (ruleIds.length === 0) out.push('| — | — | 0 | 0 |');
  out.push('');

  out.push('## Acknowledgements by reason', '');
  out.push('| Reason | Code | Count |', '|---|---|---:|');
  for (const r of ACK_REASONS) out.push(`| ${ACK_REASON_LABEL[r]} | \`${r}\` | ${ackByReason.get(r) ?? 0} |`);
  out.push('');

  out.push('## Files', '');
  out.push('| File | Notes | Findings | Acknowledged |', '|---|---:|---:|---:|');
  for (const f of files) {
    out.push(`| ${cell(f.path)} | ${f.analysis.notes.filter(isCheckedNote).length} | ${f.analysis.findings.length} | ${f.analysis.acknowledged.length} |`);
  }
  out.push('');
  return out.join('\n');
}
