/**
 * The age of a parent who is the patient (round 54, fix54d; age-vocabulary.json parentOwnComplaint): a family doctor's
 * note that opens on the parent and her age, and says in that first sentence that the complaint is her own:
 *
 *   "41 yo mom, here with her 3 kids, c/o her own mechanical LBP x 4 days."
 *   "Dad, 38 y, c/o his own low back pain since lifting."
 *
 * A parent's age in a child's note is someone else's (age-vocabulary relatives), and stays so: only where the note opens on
 * the parent (the first line, nothing before the age or the relation word), and a complaint verb right before "her own" (a
 * mother) or "his own" (a father) in that sentence tells the complaint is the parent's. Refused: a parent named later or
 * after a heading, a complaint not told as the parent's own ("Mum (41) with LBP", "41 yo mom c/o baby's dimple"), a
 * complaint denied ("not c/o her own …"), "her own" of another person ("c/o her own mother's back"), the other parent's
 * pronoun ("41 yo mom c/o his own …"), a child named after the complaint anywhere in the note ("c/o her own LBP; also asks
 * about son's dimple") or a note that speaks of an infant, and years outside the adult range. The caller reads it last, so any age told
 * otherwise (the child's) wins.
 */

export interface ParentOwnWords {
  /** Words for a mother ("mom", "mum", "mother"): "her own" is hers. */
  mothers: ReadonlySet<string>;
  /** Words for a father ("dad", "father"): "his own" is his. */
  fathers: ReadonlySet<string>;
  /** Year units after the number ("yo", "y/o", "year old"), longest first. */
  units: readonly string[];
  /** Complaint verbs, right before "her own" / "his own" ("c/o", "complains of", "presents with"). */
  complaints: readonly string[];
  /** Words among the three before the verb that deny it ("not c/o her own …"). */
  notBefore: ReadonlySet<string>;
  /** Words right after "own" that make it another person's ("her own mother's", "his own son"). */
  otherPerson: (word: string) => boolean;
  years: { min: number; max: number };
  /** Words for a child (age-vocabulary openingPerson.childAnywhere, relatives.childOf): none may stand after the complaint. */
  childAfter: RegExp;
  /** The note speaks of an infant (age-fact.ts speaksOfAnInfant): a baby's note, never the parent's. */
  infant: (text: string) => boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((x) => escape(x).replace(/ /g, '[ \\t-]+'))
    .join('|');

const cache = new WeakMap<ParentOwnWords, { ageFirst: RegExp; relationFirst: RegExp; complaint: RegExp }>();

function patterns(w: ParentOwnWords) {
  let p = cache.get(w);
  if (p) return p;
  const relation = alt([...w.mothers, ...w.fathers]);
  const units = alt(w.units);
  p = {
    // "41 yo mom", "38-year-old father", "41 y/o mum,"
    ageFirst: new RegExp(String.raw`^[ \t]*(\d{2})[ \t]*-?[ \t]*(?:${units})(?![A-Za-z])[ \t]+(${relation})\b`, 'i'),
    // "Mom, 41 yo,", "Mum (41)", "Dad (38 y) -"
    relationFirst: new RegExp(
      String.raw`^[ \t]*(${relation})[ \t]*(?:,[ \t]*(\d{2})[ \t]*(?:${units})?(?![A-Za-z\d])[ \t]*(?=[,.;:-])|\([ \t]*(\d{2})[ \t]*(?:${units})?[ \t]*\))`,
      'i',
    ),
    complaint: new RegExp(String.raw`(?<![A-Za-z/])(?:${alt(w.complaints)})[ \t]+(her|his)[ \t]+own\b[ \t]*([A-Za-z]*)`, 'gi'),
  };
  cache.set(w, p);
  return p;
}

export function parentOwnComplaintAge(text: string, w: ParentOwnWords): { months: number; span: { start: number; end: number } } | undefined {
  // Only the first line, and only a note whose first characters can be a number or a relation word, is read.
  const lineEnd = text.search(/[\r\n]/);
  const line = lineEnd < 0 ? text : text.slice(0, lineEnd);
  if (!/\bown\b/i.test(line)) return undefined;
  const p = patterns(w);
  let years: number;
  let relation: string;
  let span: { start: number; end: number };
  let after: number;
  const a = p.ageFirst.exec(line);
  if (a) {
    years = Number(a[1]);
    relation = a[2].toLowerCase();
    const start = a.index + a[0].indexOf(a[1]);
    span = { start, end: start + a[1].length };
    after = a.index + a[0].length;
  } else {
    const b = p.relationFirst.exec(line);
    if (!b) return undefined;
    const n = b[2] ?? b[3];
    years = Number(n);
    relation = b[1].toLowerCase();
    const start = b.index + b[0].indexOf(n, b[1].length);
    span = { start, end: start + n.length };
    after = b.index + b[0].length;
  }
  if (years < w.years.min || years > w.years.max) return undefined;
  const pronoun = w.mothers.has(relation.replace(/\s+/g, ' ')) ? 'her' : 'his';
  // The first sentence: to a full stop before a space, a semicolon, "?" or "!", or the line's end.
  const stop = line.slice(after).search(/[.!?](?:\s|$)|;/);
  const sentence = stop < 0 ? line.slice(after) : line.slice(after, after + stop);
  p.complaint.lastIndex = 0;
  for (let m = p.complaint.exec(sentence); m; m = p.complaint.exec(sentence)) {
    if (m[1].toLowerCase() !== pronoun) continue;
    if (m[2] && w.otherPerson(m[2].toLowerCase().replace(/'s$/, ''))) continue;
    if (/^[A-Za-z]+['\u2019]s\b/.test(sentence.slice(m.index + m[0].length - m[2].length))) continue;
    const before = sentence
      .slice(0, m.index)
      .toLowerCase()
      .split(/[^a-z']+/)
      .filter(Boolean)
      .slice(-3);
    if (before.some((x) => w.notBefore.has(x))) continue;
    // The children she came with may be named before her complaint ("here with her 3 kids, c/o her own LBP"); a child named
    // after it, anywhere in the note, may be whom the note is about ("c/o her own LBP; also asks about son's dimple").
    const rest = text.slice(after + m.index + m[0].length);
    w.childAfter.lastIndex = 0;
    if (w.childAfter.test(rest) || w.infant(text)) return undefined;
    return { months: years * 12, span };
  }
  return undefined;
}
