/**
 * What the editor shows about a note's medicine — hover text, the rating badge, completion
 * choices, the new-note template — as plain data: Markdown strings and note-relative spans.
 * The LSP layer only turns these into protocol types, so clinical wording has one home.
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { Procedure, Rating, Scenario } from '../knowledge/schema';
import { formatAge } from '../notes/age';
import { KEYS, type KeyName } from '../notes/keys';
import type { ParsedNote } from '../notes/parser';
import type { Span } from '../notes/text';
import { PROVENANCE_LABEL, RATING_LABEL, rrlLabel } from '../rules/source';
import type { Classification } from './classify';
import type { Facts } from './facts';
import { type UltrasoundWindow, windowStatus } from './window';
import { type ReadingFact, contextWords, readingOf } from './reading';

/** What an explanation reads of a note's analysis (the engine's note result has all of it). */
export interface ExplainedNote {
  parsed: ParsedNote;
  facts: Facts;
  classification: Classification;
  /** The recognized order's rating in the note's scenario, computed once by the engine. */
  rating?: Rating;
  /** The note's findings: the detail of those under the cursor follows the explanation. */
  findings?: readonly { ruleId: string; message: string; detail?: string; span: Span }[];
}

/** Markdown paragraphs about one place in a note; `span` is note-relative. */
export interface Explanation {
  sections: string[];
  span: Span;
}

/** Note text is shown literally: a pasted link or heading must not render as one. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&').replace(/\s+/g, ' ');
}

function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

function clip(s: string, n = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function orderSections(note: ExplainedNote, k: Knowledge): string[] {
  const order = note.facts.order!;
  const reading = order.reading;
  const c = note.classification;
  const s = c.scenario;
  const out: string[] = [];
  const p = reading.procedure;
  const scenarioLine = `**Scenario:** ${s.label} — ${s.title}${s.topic !== 'none' ? ` (ACR ${s.topic})` : ''}`;
  const why = c.reasons.length ? `**Why this scenario:** ${c.reasons.join('; ')}.` : '';
  if (!p) {
    const shown = escapeMarkdown(order.field.value.length > 120 ? `${order.field.value.slice(0, 120)}…` : order.field.value);
    out.push(reading.status === 'not-spine' ? `**${shown}** — not a spine study; these criteria do not rate it.` : `**${shown}** — order not recognized.`);
    if (reading.candidates.length) out.push(`Did you mean: ${reading.candidates.map((x) => `\`${x.acrName}\``).join(', ')}?`);
    out.push(scenarioLine);
    if (why) out.push(why);
    return out;
  }
  const rating = note.rating;
  out.push(
    `**${p.acrName}** — ${rating ? RATING_LABEL[rating.rating] : 'no rating on file'} for this patient (${s.topic !== 'none' ? `ACR ${s.topic}, ` : ''}scenario ${s.label})`,
  );
  const extra: string[] = [];
  if (reading.cpt) extra.push(`CPT ${reading.cpt.code}: ${reading.cpt.description}`);
  if (reading.contrastAssumed) extra.push('no contrast stated: read as without IV contrast');
  if (reading.contrastFromField) extra.push('contrast taken from the `Contrast:` line');
  if (extra.length) out.push(`_${extra.join(' · ')}_`);
  out.push(`**Pediatric radiation:** ${rrlLabel(p)}`);
  const rationale = k.rationale(s.rationale);
  if (rationale) out.push(`**Why:** ${rationale}`, `_Sources of the why: ${sourcesOf(k, s.rationale)}_`);
  const better = s.ratings.filter((r) => r.rating === 'usually-appropriate' && r.procedure !== p.id);
  if (better.length && rating?.rating !== 'usually-appropriate') {
    const list = ['**Better alternatives:**'];
    for (const r of better) {
      const bp = k.procedure(r.procedure);
      if (bp) list.push(`- ${bp.acrName} — ${RATING_LABEL[r.rating]} · ${rrlLabel(bp)}`);
    }
    out.push(list.join('\n'));
  } else if (better.length) {
    out.push(`**Also Usually Appropriate:** ${better.map((r) => k.procedure(r.procedure)?.acrName ?? r.procedure).join('; ')}`);
  }
  out.push(scenarioLine);
  if (why) out.push(why);
  if (rating) {
    const src = k.source(rating.source);
    const srcText = src ? `[${src.title}](${src.url})` : rating.source;
    out.push(`**Source:** ${srcText} — provenance ${PROVENANCE_LABEL[rating.provenance]}`);
    if (rating.note) out.push(`_${rating.note}_`);
  } else {
    out.push(`**Source:** no rating on file for ${p.acrName} in scenario ${s.label}; none is guessed.`);
  }
  return out;
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
function readIn(note: ExplainedNote, span: Span, k: Knowledge): ReadingFact[] {
  const dimple = k.findings.find((f) => f.category === 'dimple');
  return readingOf(note.facts, dimple).facts.filter((f) => f.start >= span.start && f.end <= span.end);
}

/** "**Read here:** fever — negated · leukemia — history". */
function readList(note: ExplainedNote, read: ReadingFact[]): string {
  const text = note.parsed.text;
  const items = read.map((f) => `- ${escapeMarkdown(text.slice(f.start, f.end))} (${f.finding.label}) — ${contextWords(f.flags)}`);
  return ['**Read here:**', ...items].join('\n');
}

/** One sentence on the acoustic window at this age, worded for its status. */
export function describeWindow(months: number, w: UltrasoundWindow): string {
  switch (windowStatus(months, w)) {
    case 'closed':
      return `closed — older than ${w.warnAfterMonths} months: the posterior elements have ossified and spinal ultrasound is not reliable; MRI without IV contrast is the study`;
    case 'closing':
      return `closing — between ${w.infoFromMonths} and ${w.warnAfterMonths} months: spinal ultrasound may be technically limited; order it promptly`;
    case 'open':
      return `open — under ${w.infoFromMonths} months: spinal ultrasound can see the cord`;
  }
}

/**
 * The explanation of whatever is at note-relative `offset` (the order, a finding, the age or a key),
 * followed by the detail of each finding there: its message is only the summary.
 */
export function explainAt(note: ExplainedNote, offset: number, k: Knowledge, window: UltrasoundWindow): Explanation | undefined {
  const details = (note.findings ?? []).filter((f) => f.detail && contains(f.span, offset));
  const e = explainPlace(note, offset, k, window);
  if (!e) return details.length ? { sections: details.map((f) => `**${f.ruleId}** — ${f.message}\n\n${f.detail}`), span: details[0].span } : undefined;
  for (const f of details) e.sections.push(`---\n\n**${f.ruleId}** — ${f.message}\n\n${f.detail}`);
  return e;
}

function explainPlace(note: ExplainedNote, offset: number, k: Knowledge, window: UltrasoundWindow): Explanation | undefined {
  const order = note.facts.order;
  if (order && order.field.value && contains(order.field.valueSpan, offset)) return { sections: orderSections(note, k), span: order.field.valueSpan };

  const hit = note.facts.hits.find((h) => contains(h.span, offset));
  if (hit) {
    const f = hit.finding;
    const sections = [`**${f.label}**${riskLabel(f, k)} (${f.category.replace(/-/g, ' ')})`];
    if (hit.negated) sections.push('_Recorded here as absent (negated)._');
    const r = k.rationale(f.rationale);
    if (r) sections.push(r);
    const sources = sourcesOf(k, f.rationale);
    if (sources) sections.push(`**Sources:** ${sources}`);
    const value = note.parsed.fields.find((x) => contains(x.valueSpan, offset));
    const read = value ? readIn(note, value.valueSpan, k) : [];
    if (read.length > 1) sections.push(readList(note, read));
    return { sections, span: hit.span };
  }

  const age = note.facts.age;
  if (age && contains(age.span, offset)) {
    const months = Math.round(age.months * 100) / 100;
    const exact = Number.isInteger(months) ? '' : ` (${months} months)`;
    const from = age.from === 'DOB' ? ' — computed from DOB and the order date' : age.from === 'Patient' ? ' — read from Patient' : '';
    const sections = [`**Age:** ${formatAge(age.months)}${exact}${from}`];
    const corrected = readingOf(note.facts, undefined).correctedAgeMonths;
    if (corrected !== undefined) sections.push(`**Corrected age (preterm):** ${formatAge(corrected)}; the ultrasound window below uses the chronological age.`);
    sections.push(`**Ultrasound window:** ${describeWindow(age.months, window)}.`);
    return { sections, span: age.span };
  }

  // Anywhere else in a value: what was read in it, so a user sees why the note landed where it did.
  const value = note.parsed.fields.find((f) => f.value && contains(f.valueSpan, offset));
  if (value) {
    const read = readIn(note, value.valueSpan, k);
    if (read.length) return { sections: [readList(note, read)], span: value.valueSpan };
  }

  const field = note.parsed.fields.find((f) => contains(f.keySpan, offset));
  if (field) {
    const key = field.key;
    if (!key)
      return {
        sections: [`**${escapeMarkdown(field.rawKey.slice(0, 60))}** is not a key of the note language. Known keys: ${KEYS.map((x) => `\`${x.name}\``).join(', ')}.`],
        span: field.keySpan,
      };
    return {
      sections: [`**${key.name}**${key.aliases.length ? ` (also: ${key.aliases.map((a) => `\`${a}\``).join(', ')})` : ''}`, key.meaning, `**Accepted forms:** ${key.forms}`],
      span: field.keySpan,
    };
  }
  return undefined;
}

/** The rating badge on each Order line, e.g. "Usually Not Appropriate · RRL Varies · S1 (reported)". */
export function orderBadge(note: ExplainedNote): string | undefined {
  const order = note.facts.order;
  if (!order) return undefined;
  const s = note.classification.scenario;
  const p = order.reading.procedure;
  if (!p) return order.reading.status === 'not-spine' ? `Not a spine study · ${s.label}` : `Order not recognized · ${s.label}`;
  const r = note.rating;
  return r ? `${RATING_LABEL[r.rating]} · RRL ${p.rrl} · ${s.label} (${r.provenance})` : `No rating on file · RRL ${p.rrl} · ${s.label}`;
}

/** A note's one-line name in outlines: "3 months · US spine area of interest". */
export function noteTitle(note: ExplainedNote): string {
  const age = note.facts.age ? formatAge(note.facts.age.months) : 'age not given';
  const order = note.facts.order;
  const what = order?.reading.procedure?.acrName ?? (order?.field.value ? clip(order.field.value) : 'no order');
  return `${age} · ${what}`;
}

/** A value a completion can offer; `rank` orders choices (lower first), `match` is extra words to filter on. */
export interface Choice {
  label: string;
  detail?: string;
  documentation?: string;
  match: string[];
  rank: number;
}

/** Each key spelling (names first, then aliases), with what it means. */
export function keyChoices(): (Choice & { key: KeyName; alias: boolean })[] {
  return KEYS.flatMap((key, i) =>
    [key.name, ...key.aliases].map((spelling, j) => ({
      key: key.name,
      alias: j > 0,
      label: spelling,
      detail: j === 0 ? key.meaning : `${key.name} — ${key.meaning}`,
      documentation: `${key.meaning}\n\nAccepted forms: ${key.forms}`,
      match: [],
      rank: i,
    })),
  );
}

/** A line of the new-note template: fixed text, then a placeholder (one default, or a choice of values). */
export interface TemplateLine {
  text: string;
  placeholder: string | string[];
}

/** A whole note with the facts the criteria need, in the order a clinician writes them. */
export const NEW_NOTE: readonly TemplateLine[] = [
  { text: '# ', placeholder: 'reason for the order' },
  { text: 'Patient: ', placeholder: '3-month-old boy' },
  { text: 'Findings: ', placeholder: 'deep dimple above the gluteal cleft' },
  { text: 'Neuro: ', placeholder: ['intact', 'normal'] },
  { text: 'Red flags: ', placeholder: 'none' },
  { text: 'Order: ', placeholder: 'US spine area of interest' },
  { text: 'Indication: ', placeholder: 'sacral dimple (Q82.6)' },
];

function rankOf(r: Rating | undefined): number {
  return r?.rating === 'usually-appropriate' ? 0 : r?.rating === 'usually-not-appropriate' ? 2 : 1;
}

/** Every procedure, ranked by its rating in the note's scenario (when the note has one). */
export function orderChoices(k: Knowledge, scenario: Scenario | undefined): (Choice & { procedure: Procedure })[] {
  return k.procedures.map((p) => {
    const r = scenario ? k.rating(scenario.id, p.id) : undefined;
    return {
      procedure: p,
      label: p.acrName,
      detail: `${r ? RATING_LABEL[r.rating] : 'no rating on file'}${scenario ? ` (${scenario.label})` : ''} · RRL ${p.rrl}`,
      documentation: [
        p.cpt.length ? `CPT: ${p.cpt.map((c) => `${c.code} ${c.description}`).join('; ')}` : '',
        p.synonyms.length ? `Also written: ${p.synonyms.slice(0, 8).join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
      match: p.synonyms,
      rank: rankOf(r),
    };
  });
}

/** Which finding categories each list-valued key takes. */
const FINDING_KEYS: Partial<Record<KeyName, readonly string[]>> = {
  Findings: ['cutaneous-marker', 'dimple'],
  Dimple: ['dimple'],
  'Red flags': ['systemic-red-flag', 'back-pain-red-flag'],
  Symptoms: ['neurologic-symptom', 'urologic-symptom', 'orthopedic-symptom', 'back-pain'],
  Presentation: ['back-pain', 'trauma', 'overuse', 'suspected-infection-or-tumor'],
};

/** Keys whose value is a list of findings: completion works on the item under the cursor. */
export function isFindingList(key: KeyName): boolean {
  return key in FINDING_KEYS;
}

/** The findings a list-valued key accepts, each offered by its first plain phrase. */
export function findingChoices(k: Knowledge, key: KeyName): Choice[] {
  const cats = FINDING_KEYS[key];
  if (!cats) return [];
  const out: Choice[] = key === 'Red flags' ? [{ label: 'none', match: [], rank: 0 }] : [];
  for (const f of k.findings) {
    if (!cats.includes(f.category)) continue;
    const phrases = f.phrases.filter((p) => !p.includes('...'));
    const phrase = phrases[0] ?? f.label;
    out.push({ label: phrase, detail: `${f.label}${f.risk ? ` · ${f.risk} risk` : ''}`, documentation: k.rationale(f.rationale), match: [f.label, ...phrases], rank: 1 });
  }
  return out;
}

/** The ICD-10 codes the knowledge base knows, with their labels. */
export function indicationChoices(k: Knowledge): Choice[] {
  return k.icd10.map((c) => ({ label: c.code, detail: c.label, match: [c.label], rank: 0 }));
}

const FIXED_VALUES: Partial<Record<KeyName, readonly string[]>> = {
  Neuro: ['intact', 'normal'],
  Contrast: ['none', 'without', 'with', 'without and with'],
  Sex: ['M', 'F'],
  Referral: ['pediatric neurosurgery'],
  Priority: ['routine', 'urgent'],
};

/** The few words a single-valued key is usually given. */
export function fixedValueChoices(key: KeyName): Choice[] {
  return (FIXED_VALUES[key] ?? []).map((v) => ({ label: v, match: [], rank: 0 }));
}
