import * as fs from 'node:fs';

/**
 * The "Clinician feedback" section of the report card, from the CDS service's feedback log
 * (one JSON object a line: card, rule, outcome, reason, time). A card reported more than once
 * counts once, with its latest outcome.
 */
export function feedbackSection(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  const latest = new Map<string, { rule: string; outcome: string; reason?: string; time: string }>();
  let unreadable = 0;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    let r: { card?: unknown; rule?: unknown; outcome?: unknown; reason?: unknown; time?: unknown };
    try {
      r = JSON.parse(line);
    } catch {
      unreadable++;
      continue;
    }
    if (typeof r.card !== 'string' || typeof r.rule !== 'string' || (r.outcome !== 'accepted' && r.outcome !== 'overridden') || typeof r.time !== 'string') {
      unreadable++;
      continue;
    }
    const prev = latest.get(r.card);
    if (!prev || prev.time <= r.time) latest.set(r.card, { rule: r.rule, outcome: r.outcome, reason: typeof r.reason === 'string' ? r.reason : undefined, time: r.time });
  }
  const byRule = new Map<string, { accepted: number; overridden: number; reasons: Map<string, number> }>();
  for (const f of latest.values()) {
    let e = byRule.get(f.rule);
    if (!e) byRule.set(f.rule, (e = { accepted: 0, overridden: 0, reasons: new Map() }));
    if (f.outcome === 'accepted') e.accepted++;
    else {
      e.overridden++;
      const reason = f.reason ?? '(no reason code)';
      e.reasons.set(reason, (e.reasons.get(reason) ?? 0) + 1);
    }
  }
  const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '–');
  const rows = [...byRule.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([rule, e]) => {
      const n = e.accepted + e.overridden;
      const reasons = [...e.reasons.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r, c]) => `${r} (${c})`).join(', ');
      return `| \`${rule}\` | ${n} | ${e.accepted} (${pct(e.accepted, n)}) | ${e.overridden} (${pct(e.overridden, n)}) | ${reasons || '–'} |`;
    });
  return [
    '## Clinician feedback (CDS Hooks)',
    '',
    `From ${latest.size} card${latest.size === 1 ? '' : 's'} with feedback${unreadable ? `; ${unreadable} unreadable line${unreadable === 1 ? '' : 's'} skipped` : ''}.`,
    '',
    '| rule | cards | accepted | overridden | override reasons |',
    '|---|---:|---:|---:|---|',
    ...rows,
    '',
  ].join('\n');
}
