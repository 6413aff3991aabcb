/** A value safe in a Markdown table cell: pipes escaped, line breaks made spaces. */
function cell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}

/** Milliseconds since the epoch, or NaN when unreadable. */
const ms = (t: string) => Date.parse(t);

/**
 * The "Clinician feedback" section of the report card, from the CDS service's feedback log
 * (one JSON object a line: card, rule, outcome, reason, time). A card reported more than once
 * counts once, with its latest outcome (by time, not by string order). Takes the log's text: the
 * caller reads the file, so the engine does no file I/O.
 */
export function feedbackSection(text: string): string {
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
    if (
      typeof r.card !== 'string' ||
      typeof r.rule !== 'string' ||
      (r.outcome !== 'accepted' && r.outcome !== 'overridden') ||
      typeof r.time !== 'string' ||
      Number.isNaN(ms(r.time))
    ) {
      unreadable++;
      continue;
    }
    const prev = latest.get(r.card);
    if (!prev || ms(prev.time) <= ms(r.time)) latest.set(r.card, { rule: r.rule, outcome: r.outcome, reason: typeof r.reason === 'string' ? r.reason : undefined, time: r.time });
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
      const reasons = [...e.reasons.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([r, c]) => `${cell(r)} (${c})`)
        .join(', ');
      return `| \`${cell(rule)}\` | ${n} | ${e.accepted} (${pct(e.accepted, n)}) | ${e.overridden} (${pct(e.overridden, n)}) | ${reasons || '–'} |`;
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
