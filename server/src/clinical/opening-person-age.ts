/**
 * The age a note's opening tells after the patient's rank and surname or after what the patient does, a bare number of
 * years between commas or closing its sentence (round 52, fix52f; age-vocabulary.json openingPerson):
 *
 *   "Pte Adeyemi, 22. Injured lower back on exercise …"    a military medical officer's note
 *   "OCdt Jones, 19, seen at sick parade re hairy patch …"
 *   "Fast bowler, 16, county academy. 3/52 LBP …"          a sports clinic's
 *
 * Only the note's first line holds it (after a heading and a colon or a spaced dash at most: "Sick parade - Pte Adeyemi,
 * 22."), for there the note names whom it is about; the same words deeper in a note are as often a colleague, a relative
 * or another player. The caller reads it last, only when the note tells no other age and speaks of no infant. Refused: a
 * number going on as a list, a date, a squad or a count ("Pte Adeyemi, 22 Sqn", "Bowler, 16 overs", "Gymnast, 12, 14 and
 * 15 May"), a room, a bed or a school year after it, a sentence that names a relative, a companion or another adult ("Pte
 * Smith, 24, re his son's dimple"; the next sentence opening on one: "Cpl Jones, 30. Daughter has …"), another person the
 * named one acts on ("Opposing bowler, 19, hit him"), and a second person with a number in the sentence.
 */
import { toWords } from '../notes/words';

export interface OpeningPersonWords {
  /** Service ranks as abbreviated before a surname ("pte", "ocdt", "lcpl"). */
  ranks: ReadonlySet<string>;
  rankYears: { min: number; max: number };
  /** What a young person does (afterAge.roles: "bowler", "gymnast", "cadet"). */
  roles: ReadonlySet<string>;
  /** Words before a role that make it someone else ("opposing", "his"). */
  roleNotBefore: ReadonlySet<string>;
  roleYears: { min: number; max: number };
  /** Words naming someone other than the patient: relatives, a child of someone's, companions, other tellers, other adults. */
  other: (word: string) => boolean;
  /** A relative or a child of someone's ("daughter", "son", "nephew"): opening the next sentence, it says whose the note is. */
  kin: (word: string) => boolean;
  /** A surname's word: capitalised, no drug, finding or word of time (age-fact.ts nameWord). */
  name: (word: string) => boolean;
  /** A room, a bed, a ward or a school year right after the number (bracketNotAge). */
  notAge: RegExp;
  /** The note speaks of an infant (age-fact.ts speaksOfAnInfant): a rank's or a role's number is then none of the child's. */
  infant: boolean;
  /** Words for the child opening the note before a bracket with its age ("Baby (11 wk)", "Toddler (15 mo)"). */
  child: ReadonlySet<string>;
  /** A bracket's whole text read as an age with its unit, in months (no gestation, no bare number), or undefined. */
  bracketAge: (inner: string) => number | undefined;
}

/** The first line's heading, when it has one: its words, then a colon or a spaced dash ("Sick parade - ", "MO note: "). */
const HEADING = /^([^:\n\d]{1,40}?)(?::[ \t]*|[ \t]+[-\u2013\u2014][ \t]+)/;
/** A rank and one or two surname words, then a comma and the number ("Pte Adeyemi, 22", "OCdt Jones, 19"). */
const RANKED = /^([A-Za-z0-9]{2,5})\.?[ \t]+([A-Z][A-Za-z'\u2019-]{1,20}(?:[ \t]+[A-Z][A-Za-z'\u2019-]{1,20})?)[ \t]*,[ \t]*(\d{1,2})/;
/** Up to two describing words, a role, then a comma and the number ("Fast bowler, 16", "Gymnast, 12"). */
const ROLED = /^((?:[A-Za-z-]{2,20}[ \t]+){0,2})([A-Za-z]{3,20})[ \t]*,[ \t]*(\d{1,2})/;
/** The number closes its clause: a comma (no number after it), a full stop ending the sentence, or the line's end. */
const CLOSES = /^[ \t]*(?:,(?![ \t]*\d)|\.(?![\d])|$)/;
/** Another person with a number in the rest of the sentence: "and Pte Jones, 24", "Ella (8)". */
const SECOND_PERSON = /\b[A-Z][a-z]+[ \t]*(?:,[ \t]*\d{1,2}\b|\([ \t]*\d{1,2}[ \t]*\))/;
/** "hit him", "pushed her off", "kicked them.": another person acted on (not "her back"). */
const ACTED_ON =
  /\b(?:him|her|them)(?=[ \t]*(?:[.,;:!?)]|$|[ \t]+(?:off|over|down|into|onto|on|in|at|to|from|with|and|out|up|away|by|against|again|hard|twice|today|yesterday)\b))/i;
/** The sentence's end: a full stop, "?", "!" or ";" then a space or the end, a line break, or a spaced dash. */
const SENTENCE_END = /[.;!?](?=\s|$)|\n|[ \t][-\u2013\u2014][ \t]/;

/** A heading line alone above the note ("Sick parade - family member"): a few words, no number, no sentence's end. */
const HEADING_LINE = /^[ \t]*[A-Za-z][A-Za-z '&/()\u2013-]{0,50}[ \t]*:?[ \t]*\r?$/;
/** A word for the child, then a bracket ("Baby (11 wk)", "Toddler (15 months)"): the bracket's text as a group. */
const CHILD_BRACKET = /^([A-Za-z]{3,12})[ \t]*\(([^()\n]{1,20})\)/;
/** After the child's bracket: its clause closes, or the child is named by a parent ("of Pte Kowalski", "of Mrs Shah"). */
const CHILD_CLOSES = /^[ \t]*(?:[,.;]|$|[ \t]-[ \t]|of[ \t]+[A-Z])/;

type Found = { months: number; span: { start: number; end: number } };

export function openingPersonAge(noteText: string, w: OpeningPersonWords): Found | undefined {
  const first = noteText.search(/\S/);
  if (first < 0) return undefined;
  const firstEnd = noteText.indexOf('\n', first);
  const found = openingLineAge(noteText, first, w);
  if (found !== null || firstEnd < 0) return found ?? undefined;
  // "Sick parade - family member\nBaby (11 wk) of Pte Kowalski.": a heading line alone, naming no relative, above it.
  const heading = noteText.slice(first, firstEnd);
  if (!HEADING_LINE.test(heading) || toWords(heading).some((x) => w.kin(x.text) || w.other(x.text))) return undefined;
  const second = firstEnd + 1 + noteText.slice(firstEnd + 1).search(/\S|$/);
  return openingLineAge(noteText, second, w) ?? undefined;
}

/** The age the line at lineStart opens on; null when the line opens on no shape read here (a heading line may be above). */
function openingLineAge(noteText: string, lineStart: number, w: OpeningPersonWords): Found | undefined | null {
  const lineEnd = noteText.indexOf('\n', lineStart);
  const line = noteText.slice(lineStart, lineEnd < 0 ? noteText.length : lineEnd).replace(/\r$/, '');
  let at = 0;
  const heading = HEADING.exec(line);
  // A heading naming a relative ("Mother - Pte Smith, 22.") keeps the line unread: the subject must open the line then.
  if (heading && !toWords(heading[1]).some((x) => w.kin(x.text))) at = heading[0].length;
  const subject = line.slice(at);
  const bracket = CHILD_BRACKET.exec(subject);
  if (bracket && w.child.has(bracket[1].toLowerCase())) return childBracket(subject, bracket, lineStart + at, w);
  if (w.infant) return null;
  const ranked = RANKED.exec(subject);
  const roled = ranked ? undefined : ROLED.exec(subject);
  const m = ranked ?? roled;
  if (!m) return null;
  const years = Number(m[3]);
  if (ranked) {
    if (!w.ranks.has(ranked[1].toLowerCase()) || !ranked[2].split(/[ \t]+/).every((x) => w.name(x))) return undefined;
    if (years < w.rankYears.min || years > w.rankYears.max) return undefined;
  } else {
    const described = toWords(m[1]).map((x) => x.text);
    if (!w.roles.has(m[2].toLowerCase()) || !/^[A-Z]/.test(subject) || described.some((x) => w.roleNotBefore.has(x) || w.other(x))) return undefined;
    if (years < w.roleYears.min || years > w.roleYears.max) return undefined;
  }
  const close = m[0].length;
  const after = subject.slice(close);
  if (!CLOSES.test(after) || w.notAge.test(after.replace(/^[ \t]*,/, ''))) return undefined;
  // The rest of its sentence: whose the number is, if it names anyone else.
  const end = SENTENCE_END.exec(after);
  const rest = after.slice(0, end ? end.index : after.length);
  if (toWords(rest).some((x) => w.other(x.text)) || ACTED_ON.test(rest) || SECOND_PERSON.test(rest)) return undefined;
  // "Capt Jones, 34, MO. Pte Smith LBP": another ranked person on the line; whose the number is cannot be told.
  for (const r of line.slice(at + close).matchAll(/\b([A-Za-z0-9]{2,5})\.?[ \t]+(?=[A-Z][a-z])/g)) if (w.ranks.has(r[1].toLowerCase())) return undefined;
  // "Cpl Jones, 30. Daughter has a dimple", "Fast bowler, 16. His brother …": the next sentence opening on someone else.
  if (end) {
    const next = toWords(after.slice(end.index + end[0].length).split(/[.;!?](?:\s|$)/)[0]).slice(0, 3);
    if (next.some((x) => w.kin(x.text))) return undefined;
  }
  const start = lineStart + at + m[0].length - m[3].length;
  return { months: years * 12, span: { start, end: start + m[3].length } };
}

/**
 * "Baby (11 wk) of Pte Kowalski.", "Toddler (15 months), walking": a word for the child opening the line, then a bracket
 * holding only an age with its unit (never a gestation, a bare number or anything more: "Baby (34/40)", "Baby (2nd)",
 * "Baby (11 wk gestation)"), its clause closing or a parent naming the child after it. Never with a relative or another
 * adult in its sentence before a parent's name ("Baby (6 wk) brother of the patient").
 */
function childBracket(subject: string, m: RegExpExecArray, base: number, w: OpeningPersonWords): Found | undefined {
  const months = w.bracketAge(m[2]);
  const after = subject.slice(m[0].length);
  if (months === undefined || !CHILD_CLOSES.test(after)) return undefined;
  const end = SENTENCE_END.exec(after);
  const rest = after.slice(0, end ? end.index : after.length);
  if (toWords(rest).some((x) => w.other(x.text))) return undefined;
  const start = base + m[0].indexOf('(') + 1;
  return { months, span: { start, end: start + m[2].length } };
}
