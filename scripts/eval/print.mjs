/** Plain-text report of one split for `npm run eval`. */

const pct = (v) => (v === undefined ? '    –' : (v * 100).toFixed(1).padStart(5));

/** The flat figures under one prefix ("facts.age") as { precision, recall, f1, accuracy }. */
function under(figures, prefix) {
  const out = {};
  for (const [k, v] of Object.entries(figures)) if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = v;
  return out;
}

function table(title, rows, say) {
  const acc = rows.some((r) => r.f.accuracy !== undefined);
  say(`  ${title.padEnd(36)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}   tp   fp   fn${acc ? '   acc' : ''}`);
  for (const { name, t, f } of rows) {
    const counts = [t.tp, t.fp, t.fn].map((n) => String(n).padStart(4)).join(' ');
    say(`  ${name.padEnd(36)} ${pct(f.precision)} ${pct(f.recall)} ${pct(f.f1)} ${counts}${f.accuracy !== undefined ? ` ${pct(f.accuracy)}` : ''}`);
  }
}

export function printSplit(name, file, result, say) {
  say('');
  say(`== ${name} (${file}): ${result.notes} notes ==`);
  if (!result.notes) return say('  (no records)');
  say(`  vignettes fully right (scenario and every scored rule): ${pct(result.figures['vignettes.exact'])} %`);
  say('');
  table(
    'fact type',
    Object.entries(result.facts).map(([n, t]) => ({ name: n, t, f: under(result.figures, `facts.${n}`) })),
    say,
  );
  say('');
  const rules = Object.entries(result.rules).map(([n, t]) => ({ name: n, t, f: under(result.figures, `rules.${n}`) }));
  table('rule', [...rules, { name: '(all scored rules, micro)', t: result.micro, f: under(result.figures, 'rules.micro') }], say);
  say('');
  // Columns are numbered so the table stays narrow; the rows carry the names.
  const labels = [...new Set([...Object.keys(result.confusion), ...Object.values(result.confusion).flatMap((r) => Object.keys(r))])].sort();
  const w = Math.max(...labels.map((l) => l.length));
  say('  scenario confusion (rows: gold; columns: engine, numbered as the rows):');
  say(`  ${''.padEnd(w + 5)}${labels.map((_, i) => String(i + 1).padStart(5)).join('')}`);
  labels.forEach((g, i) => say(`  ${String(i + 1).padStart(2)}. ${g.padEnd(w)}${labels.map((p) => String(result.confusion[g]?.[p] ?? '·').padStart(5)).join('')}`));
}
