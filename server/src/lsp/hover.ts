import { Hover, MarkupKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalysis, NoteAnalysis } from '../analyze';
import { Knowledge } from '../knowledge/knowledge';
import { KEYS } from '../notes/keys';
import { PROVENANCE_LABEL, RATING_LABEL, rrlLabel } from '../rules/source';
import { formatAge } from '../notes/age';
import { UltrasoundWindow } from '../rules/types';
import { contains, noteAt, spanRange } from './documents';
import { ReadingFact, contextWords, readingOf } from '../reading';
import { Span } from '../notes/text';

/** Note text is shown literally: a pasted link or heading must not render as one. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&').replace(/\s+/g, ' ');
}

function orderHover(note: NoteAnalysis, k: Knowledge): string {
  const order = note.facts.order!;
  const reading = order.reading;
  const c = note.classification;
  const s = c.scenario;
  const lines: string[] = [];
  const p = reading.procedure;
  const scenarioLine = `**Scenario:** ${s.label} — ${s.title}${s.topic !== 'none' ? ` (ACR ${s.topic})` : ''}`;
  const why = c.reasons.length ? `**Why this scenario:** ${c.reasons.join('; ')}.` : '';
  if (!p) {
    const shown = escapeMarkdown(order.field.value.length > 120 ? `${order.field.value.slice(0, 120)}…` : order.field.value);
    lines.push(reading.status === 'not-spine' ? `**${shown}** — not a spine study; these criteria do not rate it.` : `**${shown}** — order not recognized.`);
    if (reading.candidates.length) lines.push('', `Did you mean: ${reading.candidates.map((x) => `\`${x.acrName}\``).join(', ')}?`);
    lines.push('', scenarioLine);
    if (why) lines.push('', why);
    return lines.join('\n');
  }
  const rating = k.rating(s.id, p.id);
  lines.push(`**${p.acrName}** — ${rating ? RATING_LABEL[rating.rating] : 'no rating on file'} for this patient (${s.topic !== 'none' ? `ACR ${s.topic}, ` : ''}scenario ${s.label})`);
  const extra: string[] = [];
  if (reading.cpt) extra.push(`CPT ${reading.cpt.code}: ${reading.cpt.description}`);
  if (reading.contrastAssumed) extra.push('no contrast stated: read as without IV contrast');
  if (reading.contrastFromField) extra.push('contrast taken from the `Contrast:` line');
  if (extra.length) lines.push('', `_${extra.join(' · ')}_`);
  lines.push('', `**Pediatric radiation:** ${rrlLabel(p)}`);
  const rationale = k.rationale(s.rationale);
  if (rationale) lines.push('', `**Why:** ${rationale}`, '', `_Sources of the why: ${sourcesOf(k, s.rationale)}_`);
  const better = s.ratings.filter((r) => r.rating === 'usually-appropriate' && r.procedure !== p.id);
  if (better.length && rating?.rating !== 'usually-appropriate') {
    lines.push('', '**Better alternatives:**');
    for (const r of better) {
      const bp = k.procedure(r.procedure);
      if (bp) lines.push(`- ${bp.acrName} — ${RATING_LABEL[r.rating]} · ${rrlLabel(bp)}`);
    }
  } else if (better.length) {
    lines.push('', `**Also Usually Appropriate:** ${better.map((r) => k.procedure(r.procedure)?.acrName ?? r.procedure).join('; ')}`);
  }
  lines.push('', scenarioLine);
  if (why) lines.push('', why);
  if (rating) {
    const src = k.source(rating.source);
    const srcText = src ? `[${src.title}](${src.url})` : rating.source;
    lines.push('', `**Source:** ${srcText} — provenance ${PROVENANCE_LABEL[rating.provenance]}`);
    if (rating.note) lines.push('', `_${rating.note}_`);
  } else {
    lines.push('', `**Source:** no rating on file for ${p.acrName} in scenario ${s.label}; none is guessed.`);
  }
  return lines.join('\n');
}

/** " — high risk (per …)" for a graded marker; ungraded ones say so, since the rules treat them conservatively. */
function riskLabel(f: { risk?: string; riskSource?: string }, k: Knowledge): string {
  if (!f.risk) return '';
  if (f.risk === 'ungraded') return ' — risk not graded by our sources';
  const src = f.riskSource ? k.source(f.riskSource) : undefined;
  return ` — ${f.risk} risk${src ? ` (per ${src.title})` : ''}`;
}

/** The distinct sources a rationale's sentences cite, as links where there is a url. */
function sourcesOf(k: Knowledge, file: string): string {
  const ids = [...new Set(k.rationaleSentences(file).flatMap((s) => s.sources))];
  return ids
    .map((id) => k.source(id))
    .filter((s) => s !== undefined)
    .map((s) => (s.url ? `[${escapeMarkdown(s.title)}](${s.url})` : escapeMarkdown(s.title)))
    .join('; ');
}

/** The facts read inside a value, in text order. */
function readIn(note: NoteAnalysis, span: Span, k: Knowledge): ReadingFact[] {
  const dimple = k.findings.find((f) => f.category === 'dimple');
  return readingOf(note.facts, dimple).facts.filter((f) => f.start >= span.start && f.end <= span.end);
}

/** "**Read here:** fever — negated · leukemia — history". */
function readList(note: NoteAnalysis, read: ReadingFact[]): string {
  const text = note.parsed.text;
  const items = read.map((f) => `- ${escapeMarkdown(text.slice(f.start, f.end))} (${f.finding.label}) — ${contextWords(f.flags)}`);
  return ['**Read here:**', ...items].join('\n');
}

export function windowStatus(months: number, w: UltrasoundWindow): string {
  if (months > w.warnAfterMonths) return `closed — older than ${w.warnAfterMonths} months: the posterior elements have ossified and spinal ultrasound is not reliable; MRI without IV contrast is the study`;
  if (months >= w.infoFromMonths) return `closing — between ${w.infoFromMonths} and ${w.warnAfterMonths} months: spinal ultrasound may be technically limited; order it promptly`;
  return `open — under ${w.infoFromMonths} months: spinal ultrasound can see the cord`;
}

export function hoverAt(doc: TextDocument, analysis: DocumentAnalysis, offset: number, k: Knowledge, window: UltrasoundWindow): Hover | null {
  const note = noteAt(analysis, offset);
  if (!note) return null;
  const rel = offset - note.start;
  // The detail of each finding under the cursor (its reasoning, alternatives and full citation): the message is only its summary.
  const details = note.findings.filter((f) => f.detail && contains(f.span, rel)).map((f) => `---\n\n**${f.ruleId}** — ${f.message}\n\n${f.detail}`);
  const md = (value: string, span: { start: number; end: number }): Hover => ({
    contents: { kind: MarkupKind.Markdown, value: [value, ...details].join('\n\n') },
    range: spanRange(doc, note, span),
  });

  const order = note.facts.order;
  if (order && order.field.value && contains(order.field.valueSpan, rel)) return md(orderHover(note, k), order.field.valueSpan);

  const hit = note.facts.hits.find((h) => contains(h.span, rel));
  if (hit) {
    const f = hit.finding;
    const lines = [`**${f.label}**${riskLabel(f, k)} (${f.category.replace(/-/g, ' ')})`];
    if (hit.negated) lines.push('', '_Recorded here as absent (negated)._');
    const r = k.rationale(f.rationale);
    if (r) lines.push('', r);
    const sources = sourcesOf(k, f.rationale);
    if (sources) lines.push('', `**Sources:** ${sources}`);
    const value = note.parsed.fields.find((x) => contains(x.valueSpan, rel));
    const read = value ? readIn(note, value.valueSpan, k) : [];
    if (read.length > 1) lines.push('', readList(note, read));
    return md(lines.join('\n'), hit.span);
  }

  const age = note.facts.age;
  if (age && contains(age.span, rel)) {
    const months = Math.round(age.months * 100) / 100;
    const exact = Number.isInteger(months) ? '' : ` (${months} months)`;
    const from = age.from === 'DOB' ? ' — computed from DOB and the order date' : age.from === 'Patient' ? ' — read from Patient' : '';
    const lines = [`**Age:** ${formatAge(age.months)}${exact}${from}`];
    const corrected = readingOf(note.facts, undefined).correctedAgeMonths;
    if (corrected !== undefined) lines.push('', `**Corrected age (preterm):** ${formatAge(corrected)}; the ultrasound window below uses the chronological age.`);
    lines.push('', `**Ultrasound window:** ${windowStatus(age.months, window)}.`);
    return md(lines.join('\n'), age.span);
  }

  // Anywhere else in a value: what was read in it, so a user sees why the note landed where it did.
  const value = note.parsed.fields.find((f) => f.value && contains(f.valueSpan, rel));
  if (value) {
    const read = readIn(note, value.valueSpan, k);
    if (read.length) return md(readList(note, read), value.valueSpan);
  }

  const field = note.parsed.fields.find((f) => contains(f.keySpan, rel));
  if (field) {
    const key = field.key;
    if (!key) return md(`**${escapeMarkdown(field.rawKey.slice(0, 60))}** is not a key of the note language. Known keys: ${KEYS.map((x) => `\`${x.name}\``).join(', ')}.`, field.keySpan);
    const lines = [`**${key.name}**${key.aliases.length ? ` (also: ${key.aliases.map((a) => `\`${a}\``).join(', ')})` : ''}`, '', key.meaning, '', `**Accepted forms:** ${key.forms}`];
    return md(lines.join('\n'), field.keySpan);
  }
  const at = note.findings.find((f) => f.detail && contains(f.span, rel));
  return at ? { contents: { kind: MarkupKind.Markdown, value: details.join('\n\n').replace(/^---\n\n/, '') }, range: spanRange(doc, note, at.span) } : null;
}
