import { ACK_REASONS, ACK_REASON_LABEL } from './acknowledge';
import type { DocumentSummary } from './analyze';
import type { Knowledge } from '../knowledge/knowledge';
import { defaultKnowledge } from '../knowledge/loader';
import { RULES } from '../rules';

function pct(n: number, of: number): string {
  return of ? `${((100 * n) / of).toFixed(1)}%` : '–';
}

/** The Markdown report card: shared by the CLI (`--report`) and the editor command. */
export function buildReport(files: { path: string; analysis: DocumentSummary }[], knowledge: Knowledge = defaultKnowledge(), date: Date = new Date()): string {
  const notes = files.flatMap((f) => f.analysis.notes.filter((n) => n.firstField >= 0));
  const byScenario = new Map<string, number>();
  let unaOrders = 0;
  let ordered = 0;
  for (const n of notes) {
    byScenario.set(n.scenario.id, (byScenario.get(n.scenario.id) ?? 0) + 1);
    const p = n.order?.reading.procedure;
    if (p) {
      ordered++;
      if (n.order?.rating?.rating === 'usually-not-appropriate') unaOrders++;
    }
  }
  const ruleCounts = new Map<string, number>();
  const ackCounts = new Map<string, number>();
  for (const f of files) {
    for (const x of f.analysis.findings) ruleCounts.set(x.ruleId, (ruleCounts.get(x.ruleId) ?? 0) + 1);
    for (const a of f.analysis.acknowledged) ackCounts.set(a.reason, (ackCounts.get(a.reason) ?? 0) + 1);
  }
  const noCriteria = byScenario.get('no-criteria') ?? 0;
  const lines = [
    '# Imaging Order Lint — report card',
    '',
    `Generated ${date.toISOString().slice(0, 10)} from ${files.length} file${files.length === 1 ? '' : 's'}.`,
    '',
    `- Notes checked: **${notes.length}**`,
    `- No covered criteria apply: **${noCriteria}** (${pct(noCriteria, notes.length)} of notes)`,
    `- Orders rated Usually Not Appropriate for their scenario: **${unaOrders}** (${pct(unaOrders, notes.length)} of notes; ${pct(unaOrders, ordered)} of ${ordered} recognised orders)`,
    '',
    '## Notes by scenario',
    '',
    '| scenario | title | notes | share |',
    '|---|---|---:|---:|',
    ...knowledge.scenarios.filter((s) => byScenario.has(s.id)).map((s) => `| ${s.label} | ${s.title} | ${byScenario.get(s.id)} | ${pct(byScenario.get(s.id)!, notes.length)} |`),
    '',
    '## Findings by rule',
    '',
    '| rule | severity (default) | findings |',
    '|---|---|---:|',
    ...RULES.filter((r) => ruleCounts.has(r.id)).map((r) => `| \`${r.id}\` | ${r.defaultSeverity} | ${ruleCounts.get(r.id)} |`),
    '',
    '## Acknowledged findings by reason',
    '',
    '| reason | findings |',
    '|---|---:|',
    ...ACK_REASONS.map((r) => `| ${ACK_REASON_LABEL[r]} | ${ackCounts.get(r) ?? 0} |`),
    '',
  ];
  return lines.join('\n');
}
