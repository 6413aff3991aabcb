/**
 * A marker someone else reported that the writer's own examination does not find: "mum felt a lump on his lower back …
 * O/E: no lipoma or lump palpable", 'Referred by GP for "sacral dimple". On my exam no dimple is seen'. The exam is the
 * clinician's reading of the skin today; the report is what sent the child. The report's marker is not present.
 */
import type { FindingHit } from './findings';
import { perVocabulary, phrasePattern, alternation } from './patterns';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';
import { sentenceEnd, sentenceStart } from '../notes/text';

const MARKERS: ReadonlySet<string> = new Set(['cutaneous-marker', 'dimple']);
const CORD_SIGNS: ReadonlySet<string> = new Set(['neurologic-symptom', 'urologic-symptom', 'orthopedic-symptom']);

/** Any of the phrases as its own words, case aside; "o/e" and "o e" alike. */
const wordsPattern = (phrases: readonly string[]): RegExp | undefined => {
  if (!phrases.length) return undefined;
  const one = (p: string) => `${/^\w/.test(p) ? '\\b' : ''}${phrasePattern(p).replace(/\\\//g, '[\\/ ]?')}${/\w$/.test(p) ? '\\b' : ''}`;
  return new RegExp(alternation(phrases, { one, longestFirst: true }), 'i');
};

const patterns = perVocabulary((v: ReadingVocabulary['markerDeniedOnExam']) => ({
  // The exam's lead opens its sentence, after at most a bullet: "O/E:", "On my exam", "Examination -".
  lead: v.examLeads.length
    ? new RegExp(`^[\\s\\-*\\u2022>]*(?:${alternation(v.examLeads, { one: (p) => phrasePattern(p).replace(/\\\//g, '[\\/ ]?'), longestFirst: true })})\\b`, 'i')
    : undefined,
  reporters: wordsPattern(v.reporters),
  contrast: wordsPattern(v.contrast),
  denials: v.denials.length ? new RegExp(`^\\s*(?:${alternation(v.denials, { one: phrasePattern, longestFirst: true })})\\b`, 'i') : undefined,
}));

/** Words that may join the markers a denial names: "no lipoma or lump", "no dimple/pit", "no tuft and no sinus". */
const JOINS = /^(?:\s|\bor\b|\band\b|\bno\b|\/)*$/i;

/**
 * The denied marker `n` is denied by its own clause: from the clause's start (the end of the exam's lead, or after a later
 * comma, semicolon or colon) a word of `denials` opens it, and between that word and `n` stand only other markers' names and
 * the words that join them.
 */
function ownDenial(text: string, hits: readonly FindingHit[], leadEnd: number, n: FindingHit, denials: RegExp | undefined): boolean {
  if (!denials) return false;
  const before = text.slice(leadEnd, n.span.start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const from = leadEnd + cut + 1;
  const opening = denials.exec(text.slice(from, n.span.start));
  if (!opening) return false;
  let gap = text.slice(from + opening[0].length, n.span.start);
  // The other markers named between, blanked.
  for (const o of hits) {
    if (!MARKERS.has(o.finding.category) || o.span.start < from + opening[0].length || o.span.end > n.span.start) continue;
    const a = o.span.start - (from + opening[0].length);
    gap = gap.slice(0, a) + ' '.repeat(o.span.end - o.span.start) + gap.slice(a + o.span.end - o.span.start);
  }
  return JOINS.test(gap);
}

/**
 * A present marker (cutaneous or a dimple) told in a sentence that names who reported it (`reporters`: a parent, the
 * GP, a referral) is not present when a later sentence opened by the writer's exam (`examLeads`: "O/E", "On exam",
 * "On my examination") denies the same marker, and that sentence says nothing more of it after the denial (no word of
 * `contrast`: "no lipoma, but a soft lump", "dimple not seen today but documented deep at birth") and nothing later in
 * the note tells the marker present again. Refused in a note with a new neurologic, urologic or orthopedic sign, where
 * the reported marker beside the sign is kept (the safe reading, as markersToldGone keeps it).
 */
export function markersDeniedOnExam(hits: FindingHit[], text: string): void {
  if (!hits.some((h) => h.present && MARKERS.has(h.finding.category))) return;
  if (hits.some((h) => h.present && CORD_SIGNS.has(h.finding.category))) return;
  const p = patterns(readingVocabulary().markerDeniedOnExam);
  if (!p.lead || !p.reporters) return;
  // Sentences opened by the exam's lead that deny a marker: by the marker's finding, the denial's sentence start.
  const denials = new Map<string, number[]>();
  for (const n of hits) {
    if (!n.negated || n.present || !MARKERS.has(n.finding.category)) continue;
    const s = sentenceStart(text, n.span.start);
    const lead = p.lead.exec(text.slice(s, n.span.start));
    if (!lead) continue;
    // The marker's own denial: its clause opens with a denial word, and only other markers and "or"/"and" stand between
    // ("O/E: no lipoma or lump palpable"). Not "O/E no spinal tenderness, hairy patch over L4/5", where the context may
    // carry the tenderness's denial onto a marker the exam finds.
    if (!ownDenial(text, hits, s + lead[0].length, n, p.denials)) continue;
    // Its sentence's own closing mark too: "O/E: no dimple?" asks.
    const rest = text.slice(n.span.end, sentenceEnd(text, n.span.end) + 1);
    if (p.contrast?.test(rest)) continue;
    (denials.get(n.finding.id) ?? denials.set(n.finding.id, []).get(n.finding.id)!).push(s);
  }
  if (!denials.size) return;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || !MARKERS.has(h.finding.category)) continue;
    const examAt = denials.get(h.finding.id)?.find((s) => s > h.span.end);
    if (examAt === undefined) continue;
    const s = sentenceStart(text, h.span.start);
    // The marker's own sentence names who reported it, and is no exam of the writer's.
    const own = text.slice(s, sentenceEnd(text, h.span.end));
    if (!p.reporters.test(own) || p.lead.test(text.slice(s, h.span.start))) continue;
    // Told present again at or after the exam: "O/E: no dimple. Repeat exam: small pit at S2".
    if (hits.some((o) => o.present && o.finding.id === h.finding.id && o.span.start >= examAt)) continue;
    hits[i] = { ...h, present: false };
  }
}
