/**
 * The age a note's opening tells after the patient's rank and surname or after what the patient does, a bare number of
 * years between commas or closing its sentence (round 52, fix52f; age-vocabulary.json openingPerson):
 *
 *   "Pte Adeyemi, 22. Injured lower back on exercise …"    a military medical officer's note
 *   "OCdt Jones, 19, seen at sick parade. LBP 3 weeks …"
 *   "Fast bowler, 16, county academy. 3/52 LBP …"          a sports clinic's
 *
 * Only the note's first line holds it, opening the note (never after a heading or a key: "NOK: Cpl Jones, 30", "Sick parade -
 * LCpl Okoro, 24" are unread after review r52), for there the note names whom it is about; the same words deeper in a note are as often a colleague, a relative
 * or another player. The caller reads it last, only when the note tells no other age and speaks of no infant. Refused: a
 * number going on as a list, a date, a squad or a count ("Pte Adeyemi, 22 Sqn", "Bowler, 16 overs", "Gymnast, 12, 14 and
 * 15 May"), a room, a bed or a school year after it, a sentence that names a relative, a companion or another adult ("Pte
 * Smith, 24, re his son's dimple"; the next sentence opening on one: "Cpl Jones, 30. Daughter has …"), another person the
 * named one acts on ("Opposing bowler, 19, hit him"), and a second person with a number in the sentence.
 */
import { lookupKey } from '../notes/keys';
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
  /**
   * The units of years a role's number may carry ("Swimmer, 12 y,", "Gymnast, 14 yrs."; openingPerson.roleYearsUnits,
   * round 55, fix55a): matched as a whole word right after the number.
   */
  roleYearsUnit: RegExp;
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
  /** Words for a child anywhere in the note ("baby", "son", "lad", "youngest", "kids", "little one"; review r52). */
  childAnywhere: RegExp;
  /** Words in the number's sentence that bring or ask about someone, or name a clinician's role ("re", "brings", "GP"). */
  sentenceOther: RegExp;
  /** A capitalised word that is a given name ("Amelia", "Jack"): no finding, drug, heading or common word. */
  givenName: (word: string) => boolean;
  /** A bracket's whole text read as an age with its unit, in months (no gestation, no bare number), or undefined. */
  bracketAge: (inner: string) => number | undefined;
}

/** A rank and one or two surname words, then a comma and the number ("Pte Adeyemi, 22", "OCdt Jones, 19"). */
const RANKED = /^([A-Za-z0-9]{2,5})\.?[ \t]+([A-Z][A-Za-z'\u2019-]{1,20}(?:[ \t]+[A-Z][A-Za-z'\u2019-]{1,20})?)[ \t]*,[ \t]*(\d{1,2})/;
/** Up to two describing words, a role, then a comma and the number ("Fast bowler, 16", "Gymnast, 12"). */
const ROLED = /^((?:[A-Za-z-]{2,20}[ \t]+){0,2})([A-Za-z]{3,20})[ \t]*,[ \t]*(\d{1,2})/;
/** The number closes its clause: a comma (no number after it), a full stop ending the sentence, or the line's end. */
const CLOSES = /^[ \t]*(?:,(?![ \t]*\d)|\.(?![\d])|$)/;
/**
 * A role's number with its unit of years closes its clause as CLOSES says, or before a comma and a duration written as a
 * fraction of a week, month or year ("Swimmer, 12 y, 10/7 LBP", "…, 3/52 back pain"): with the unit the number is no
 * list ("Gymnast, 12, 14 and 15 May"), and "10/7" is how long the complaint has lasted, never another age.
 */
const CLOSES_WITH_UNIT = /^[ \t]*,[ \t]*\d{1,2}\/(?:7|52|12)(?![\d/])/;
/** Another person with a number in the rest of the sentence: "and Pte Jones, 24", "Ella (8)". */
const SECOND_PERSON = /\b[A-Z][a-z]+[ \t]*(?:,[ \t]*\d{1,2}\b|\([ \t]*\d{1,2}[ \t]*\))/;
/** "hit him", "pushed her off", "kicked them.": another person acted on (not "her back"). */
const ACTED_ON =
  /\b(?:him|her|them)(?=[ \t]*(?:[.,;:!?)]|$|[ \t]+(?:off|over|down|into|onto|on|in|at|to|from|with|and|out|up|away|by|against|again|hard|twice|today|yesterday)\b))/i;
/** The sentence's end, a spaced dash not among them: "OCdt Jones, 19, seen re … - girlfriend noticed it" is one sentence. */
const SENTENCE_STOP = /[.;!?](?=\s|$)|\n/;
/** The sentence's end or a spaced dash, where the opening's own clause ends. */
const SENTENCE_END = new RegExp(`${SENTENCE_STOP.source}|[ \\t][-\\u2013\\u2014][ \\t]`);

/** A word for the child, then a bracket ("Baby (11 wk)", "Toddler (15 months)"): the bracket's text as a group. */
const CHILD_BRACKET = /^([A-Za-z]{3,12})[ \t]*\(([^()\n]{1,20})\)/;
/** After the child's bracket: its clause closes, or the child is named by a parent ("of Pte Kowalski", "of Mrs Shah"). */
const CHILD_CLOSES = /^[ \t]*(?:[,.;]|$|[ \t]-[ \t]|of[ \t]+[A-Z])/;

type Found = { months: number; span: { start: number; end: number } };

export function openingPersonAge(noteText: string, w: OpeningPersonWords): Found | undefined {
  const first = noteText.search(/\S/);
  if (first < 0) return undefined;
  return openingLineAge(noteText, first, w) ?? undefined;
}

/** The age the note's first line, at lineStart, opens on; null when it opens on no shape read here. */
function openingLineAge(noteText: string, lineStart: number, w: OpeningPersonWords): Found | undefined | null {
  const lineEnd = noteText.indexOf('\n', lineStart);
  const line = noteText.slice(lineStart, lineEnd < 0 ? noteText.length : lineEnd).replace(/\r$/, '');
  // The subject opens the note itself: never after a heading or a key ("NOK: Cpl Jones, 30", "Accompanied by: Pte Smith, 22",
  // "Referrer: Capt Smith, 34", "Sick parade - LCpl Okoro, 24"), where the number is as often the escort's or the referrer's.
  const subject = line;
  const bracket = CHILD_BRACKET.exec(subject);
  if (bracket && w.child.has(bracket[1].toLowerCase())) return childBracket(subject, bracket, lineStart, w);
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
  // "Swimmer, 12 y, 10/7 LBP": a role's number may carry its unit of years, a whole word right after it (never a rank's).
  const unit = roled ? w.roleYearsUnit.exec(subject.slice(m[0].length)) : null;
  const close = m[0].length + (unit ? unit[0].length : 0);
  const after = subject.slice(close);
  if (!(CLOSES.test(after) || (unit && CLOSES_WITH_UNIT.test(after))) || w.notAge.test(after.replace(/^[ \t]*,/, ''))) return undefined;
  // The rest of its sentence: whose the number is, if it names anyone else.
  const end = SENTENCE_END.exec(after);
  const rest = after.slice(0, end ? end.index : after.length);
  if (toWords(rest).some((x) => w.other(x.text)) || ACTED_ON.test(rest) || SECOND_PERSON.test(rest)) return undefined;
  // After review r52: the whole sentence (a spaced dash going on in it) asking, bringing or speaking about someone, or a
  // clinician's role after the number ("Cpl Baker, 28, brings Jack", "Sgt Kaur, 35, asks about …", "Capt Smith, 34, GP").
  const stop = SENTENCE_STOP.exec(after);
  if (w.sentenceOther.test(after.slice(0, stop ? stop.index : after.length))) return undefined;
  // Anyone else named anywhere in the note: a given name, a possessive, a word for a child ("Jack has …", "Amelia's lower
  // back", "His lad has …", "Their youngest …"); the visit may be theirs.
  if (namesAnotherPerson(noteText, lineStart + close, ranked ? ranked[2] : '', w)) return undefined;
  // "Capt Jones, 34, MO. Pte Smith LBP": another ranked person on the line; whose the number is cannot be told.
  for (const r of line.slice(close).matchAll(/\b([A-Za-z0-9]{2,5})\.?[ \t]+(?=[A-Z][a-z])/g)) if (w.ranks.has(r[1].toLowerCase())) return undefined;
  // "Cpl Jones, 30. Daughter has a dimple", "Fast bowler, 16. His brother …": the next sentence opening on someone else.
  if (end) {
    const next = toWords(after.slice(end.index + end[0].length).split(/[.;!?](?:\s|$)/)[0]).slice(0, 3);
    if (next.some((x) => w.kin(x.text))) return undefined;
  }
  const start = lineStart + m[0].length - m[3].length;
  return { months: years * 12, span: { start, end: start + m[3].length + (unit ? unit[0].length : 0) } };
}

/** A possessive of anyone ("Amelia's", "Jack's", "kids'"), not a contraction ("it's", "that's", "he's"). */
const POSSESSIVE = /\b(?!(?:it|that|there|here|he|she|what|who|where|let|how|this)['\u2019]s\b)[A-Za-z]+['\u2019]s\b|\b[A-Za-z]+s['\u2019](?=[ \t,.;:])/i;

/**
 * Another person named anywhere in the note after the number (review r52): a capitalised given name other than the rank's surname ("Jack has
 * a hairy patch", "Re Lily:"), a possessive of anyone, or a word for a child ("His lad", "Their youngest", "the kids'").
 */
function namesAnotherPerson(noteText: string, from: number, surname: string, w: OpeningPersonWords): boolean {
  if (POSSESSIVE.test(noteText) || w.childAnywhere.test(noteText)) return true;
  // The rank, surname or role before the number are the patient's own words; a given name is looked for after them.
  const own = new Set(surname.split(/[ \t]+/).filter(Boolean));
  const text = noteText.slice(from);
  for (const m of text.matchAll(/\b[A-Z][a-z]{2,}\b/g)) {
    if (own.has(m[0]) || !w.givenName(m[0])) continue;
    // Mid-sentence ("brings Jack", "Re Lily", "with Max") it is a name; opening its sentence or line only before a verb
    // of having or a colon that is no key of a note ("Jack has a hairy patch", "Jack: hairy patch"; never "Plan:", "Neuro:").
    const before = text.slice(0, m.index).replace(/[ \t]+$/, '');
    if (before && !/[.;!?:\n]$/.test(before)) return true;
    const next = text.slice(m.index + m[0].length);
    if (/^[ \t]+(?:has|had|is|was|needs|got)\b/.test(next) || (/^[ \t]*:/.test(next) && !lookupKey(m[0]))) return true;
  }
  return false;
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
  // "Boy (4 yr) - brother of the baby seen today": a spaced dash goes on in the sentence (review r52).
  const end = SENTENCE_STOP.exec(after);
  const rest = after.slice(0, end ? end.index : after.length);
  if (toWords(rest).some((x) => w.other(x.text))) return undefined;
  const start = base + m[0].indexOf('(') + 1;
  return { months, span: { start, end: start + m[2].length } };
}
