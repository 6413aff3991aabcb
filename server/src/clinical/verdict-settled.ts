/**
 * A suspicion the note only asks that the writer's own verdict later denies (round 51, fix51c): "Rheum referral
 * ?spondyloarthritis … CRP 1, ESR 5, HLA-B27 neg - not inflammatory in my view" asks the referral's question and answers it.
 * The explicit negation wins, as it does for a skin sign asked then examined away (guards.ts questionSettled).
 */
import { toWords } from '../notes/words';
import type { FindingHit } from './findings';
import { wordSetOf } from './patterns';
import { findAny, phraseSetOf, readingVocabulary } from './vocabulary';

/** How far each side of a denial its clause is read for the writer's verdict. */
const CLAUSE_REACH = 60;

/**
 * reading-vocabulary.json verdictSettled: each suspicion of `categories` whose every present mention is only asked (a
 * question, "?", "r/o") is settled when a denial of the same finding after the last question, of the child, neither
 * hypothetical nor past, names it or a kind that covers it, in a clause holding the writer's verdict ("in my view", "I do
 * not think"). A suspicion told outright anywhere ("concern for sacroiliitis") keeps every mention of it.
 */
export function verdictSettled(hits: FindingHit[], text: string): void {
  const rule = readingVocabulary().verdictSettled;
  const categories = wordSetOf(rule.categories);
  const verdicts = phraseSetOf(rule.verdicts);
  const named = (h: FindingHit) =>
    toWords(text.slice(h.span.start, h.span.end))
      .map((w) => w.text)
      .join(' ');
  const covers = (denied: string, asked: string) => denied === asked || rule.kinds.some((k) => k.denied.includes(denied) && k.covers.includes(asked));
  const byId = new Map<string, FindingHit[]>();
  for (const h of hits) {
    if (!h.present || !categories.has(h.finding.category)) continue;
    const list = byId.get(h.finding.id);
    if (list) list.push(h);
    else byId.set(h.finding.id, [h]);
  }
  let settled: Set<FindingHit> | undefined;
  for (const [id, present] of byId) {
    if (present.some((h) => !h.context.uncertain)) continue;
    const lastAsked = Math.max(...present.map((h) => h.span.end));
    const denials = hits.filter(
      (x) =>
        x.finding.id === id &&
        x.negated &&
        !x.present &&
        x.span.start >= lastAsked &&
        x.context.experiencer === 'patient' &&
        !x.context.hypothetical &&
        !x.context.historical &&
        verdictInClause(text, x, verdicts),
    );
    if (!denials.length) continue;
    const deniedNames = denials.map(named);
    for (const h of present) {
      const asked = named(h);
      if (deniedNames.some((d) => covers(d, asked))) (settled ??= new Set()).add(h);
    }
  }
  if (!settled) return;
  for (let i = 0; i < hits.length; i++) if (settled.has(hits[i])) hits[i] = { ...hits[i], present: false };
}

/** The denial's own clause (to a full stop, semicolon, comma, line break or spaced dash each side) holds a verdict word. */
function verdictInClause(text: string, x: FindingHit, verdicts: ReturnType<typeof phraseSetOf>): boolean {
  const before = text.slice(Math.max(0, x.span.start - CLAUSE_REACH), x.span.start);
  const after = text.slice(x.span.end, x.span.end + CLAUSE_REACH);
  const open = before.search(/[^.;,!?\r\n]*$/);
  const dash = before.lastIndexOf(' - ');
  const from = Math.max(open, dash >= 0 ? dash + 3 : 0);
  const close = after.search(/[.;,!?\r\n]|\s-\s/);
  const clause = before.slice(from) + text.slice(x.span.start, x.span.end) + (close < 0 ? after : after.slice(0, close));
  return findAny(toWords(clause), verdicts).length > 0;
}
