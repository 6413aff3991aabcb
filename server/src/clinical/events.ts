import type { Field } from '../notes/parser';
import { CLAUSE_STOP, type Span, endsSentence, sentenceEnd, sentenceStart, widen } from '../notes/text';
import { type Phrase, type Word, findPhrase, lowerBound, toWords } from '../notes/words';
import { work } from '../notes/work';
import { readContext } from './context';
import { lowEnergyGated } from './gated-phrases';
import { questionToSpecialist } from './referral-question';
import { BEFORE_PLACE, HEIGHT_DIGITS, jumpFromHeight } from './jump-height';
import { contextLexicon } from './lexicon';
import { type FindingHit, fieldWords } from './findings';
import { RELATIVE_WORDS } from '../notes/headings';
import { SLASH_DATE, alternation, escapeRegExp, perVocabulary, phraseOrStem, phrasePattern, wordSetOf } from './patterns';
import { wordsSource } from './word-lists';
import { type PhraseSet, type ReadingVocabulary, findAny, phraseSetOf, phrasesOf, readingVocabulary } from './vocabulary';

/** Where a clause or a sentence ends, a bracket too (widen; CLAUSE_STOP for a clause). */
const CLAUSE_OR_BRACKET = /[,;.()\n\r]/y;
const SENTENCE_OR_BRACKET = /[;.()\n\r]/y;
/** Where a sentence ends; a bracket does not end it ("car crash (mum only injured)"). */
const SENTENCE = /[;.\n\r]/y;

export type TraumaSignificance = 'none' | 'trivial' | 'significant' | 'unclear';

export interface TraumaFact {
  significance: TraumaSignificance;
  /** The words that decided it (the mechanism), or the injury mention when the mechanism is unclear. */
  span?: Span;
}

interface Mention {
  span: Span;
  field: Field;
}

/**
 * A phrase read across a gap ("midline ... tenderness") is denied by a cue inside that gap: "midline without
 * tenderness", "midline - no ttp" tell no tenderness. A span's context is read at its ends, so the cue would go unseen.
 */
function deniedInside(text: string, m: Mention): boolean {
  const inner = text.slice(m.span.start, m.span.end);
  const lastWord = inner.search(/\S+$/);
  if (lastWord <= 0) return false;
  const lastStart = m.span.start + lastWord;
  const c = readContext(text, lastStart, m.span.end);
  return c.negated && c.cues.some((cue) => cue.start >= m.span.start && cue.end <= lastStart);
}

function mentions(fieldsToRead: readonly Field[], set: PhraseSet, words: WordsOf): Mention[] {
  const out: Mention[] = [];
  for (const f of fieldsToRead) {
    if (!f.value) continue;
    for (const span of findAny(words(f), set)) out.push({ span, field: f });
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

/** Each field's words, taken once per reading. */
type WordsOf = (f: Field) => Word[];

function wordsOnce(): WordsOf {
  const memo = new Map<Field, Word[]>();
  return (f) => {
    let w = memo.get(f);
    if (!w) memo.set(f, (w = fieldWords(f)));
    return w;
  };
}

/**
 * Spec §4: significant trauma takes a note out of S1; a trivial bump does not; an injury without
 * its mechanism keeps the non-trauma scenario and asks for the mechanism. A deficit or focal
 * tenderness after an injury makes it significant whatever the mechanism.
 *
 * The energy is the mechanism's. What the child did afterwards ("got up", "walked off", "cried right
 * away") lowers only a mechanism that may be either ("fell off his bike") and only when nothing in its
 * sentence makes it high-energy ("at a gallop", "collided … at speed", "down 10 stairs"); a low-energy
 * description of the mechanism itself ("at low speed", "slid off", "down 2 steps") lowers it whatever
 * was done afterwards. A denied or qualified "got up" ("not back to baseline", "got up with difficulty")
 * never lowers, and points to a significant injury.
 */
export function readTrauma(text: string, hits: readonly FindingHit[], fieldsToRead: readonly Field[], deficit: boolean, thisYear = Infinity): TraumaFact {
  // Every reading below starts from an injury read as a finding (`injuries`, a subset of the trauma hits): a note without
  // one (most) is read as no trauma before anything is built for it.
  const v = readingVocabulary().trauma;
  // "after jumping from a 2nd-floor balcony (~4 m)": a jump from a stated height, which no injury word tells.
  const jump = jumpFromHeight(text, fieldsToRead, v);
  if (!jump && !hits.some((h) => h.finding.category === 'trauma')) return { significance: 'none' };
  const remote = { phrases: phraseSetOf(v.remote), now: phraseSetOf(v.now), thisYear };
  const asked = phraseSetOf(v.askedAbout);
  const notApplicable = v.checklistNotApplicable.answers;
  const objects = phraseSetOf(v.patientObject);
  // "his brother pushed him", "mommy's friend hit me": told of someone else, done to the child.
  const doneToChild = (h: FindingHit) => !h.present && !h.negated && h.context.experiencer === 'other' && !h.context.hypothetical && childIsObject(text, h.span, objects);
  const lookalike = injuryLookalike(text, v.injuryLookalikes.groups);
  const trauma = hits.filter((h) => h.finding.category === 'trauma' && !lookalike(h.span));
  const fragile = fragilityFracture(text, hits, fieldsToRead, v.fragility);
  // "RTA - mother only, child unhurt": an accident whose sentence puts someone else in it, not the child.
  const hurt = complaints(hits);
  // Asked of an injury's hit and again of the mention on the same words (asserted): answered once a span, this note only.
  let othersAt: Map<string, boolean> | undefined;
  const others = (s: Span) => {
    const at = `${s.start}:${s.end}`;
    let r = othersAt?.get(at);
    if (r === undefined) (othersAt ??= new Map()).set(at, (r = othersAccident(text, s, hurt)));
    return r;
  };
  const words = wordsOnce();
  // "dives into the pool every week without problems": a dive told as a habit or as uneventful is no injury.
  const habitualDive = uneventfulDive(text, fieldsToRead, words, v.uneventfulDive);
  // "Peds Ortho f/u - healed L radius buckle fx … Cleared from fracture care": an old fracture, no injury now.
  const healed = healedFracture(text, v.healed);
  // A word inside no mechanism at all ("pain on axial load to the head", "parachute landing game") tells no injury, not even an
  // unclear one.
  const notMechanism = mentions(fieldsToRead, phraseSetOf(v.notMechanism), words);
  const inNoMechanism = (s: Span) => notMechanism.some((t) => t.span.start <= s.start && s.end <= t.span.end);
  // "he fall a lot, walking unsteady": falling told as how the child walks is a sign, no injury.
  const symptomFalls = mentions(fieldsToRead, phraseSetOf(v.fallsAsSymptom), words);
  const fallSymptom = (h: FindingHit) =>
    (fallAlone(text, h, v.fallsAlone) || fallAlone(text, h, v.fallsRepeated)) && symptomFalls.some((m) => m.span.start <= h.span.start && h.span.end <= m.span.end);
  const injuries = trauma.filter(
    (h) =>
      (h.present || doneToChild(h)) &&
      !fallSymptom(h) &&
      !inNoMechanism(h.span) &&
      !toldRemote(text, h.span, remote) &&
      !healed(h.span) &&
      !suspectedFracture(text, h, asked) &&
      !checklistNotApplicable(text, h.span, notApplicable) &&
      !fragile(h.span) &&
      !others(h.span) &&
      !habitualDive(h.span),
  );
  if (!injuries.length && !jump) return { significance: 'none' };
  // "concern is vertebral compression fracture", "?compression fracture", "low suspicion for fracture" (round 56): a fracture
  // asked about or weighed is no mechanism either.
  const suspected = trauma.filter((h) => h.present && suspectedFracture(text, h, asked));
  const bones = phraseSetOf(v.otherBones);
  const asserted = (m: Mention) => {
    if (checklistNotApplicable(text, m.span, notApplicable)) return false;
    const c = readContext(text, m.span.start, m.span.end);
    if (c.negated || c.hypothetical || toldRemote(text, m.span, remote) || healed(m.span) || others(m.span)) return false;
    return c.experiencer === 'patient' || childIsObject(text, m.span, objects);
  };
  if (jump && asserted({ span: jump, field: fieldOf(fieldsToRead, jump) })) return { significance: 'significant', span: jump };
  if (!injuries.length) return { significance: 'none' };
  // "onto the mat", "struck head on the coffee table": low only as told alone (not "from the rings onto the mat").
  const guarded = guardedLows(text, fieldsToRead, words, v.guardedLow, asserted);
  const trivial = [...mentions(fieldsToRead, phraseSetOf(v.trivial), words).filter(asserted), ...guarded.trivial].sort((a, b) => a.span.start - b.span.start);
  // A significant word inside a trivial phrase ("fell from standing") or inside no mechanism at all
  // ("worse going down stairs") is not a mechanism.
  const inside = (list: readonly Mention[]) => (s: Span) => list.some((t) => t.span.start <= s.start && s.end <= t.span.end);
  const inTrivial = inside(trivial);
  const mechanism = (m: Mention) => !inTrivial(m.span) && !inNoMechanism(m.span) && !habitualDive(m.span) && asserted(m);
  const notSpinal = (m: Mention) => suspected.some((h) => h.span.start < m.span.end && m.span.start < h.span.end) || otherBoneFracture(text, m, bones) || fragile(m.span);
  // A mechanism is told within one clause: "in the car, rolled off the back seat" is no car that rolled.
  const oneClause = (m: Mention) => !/[,;]|[.:!?](?=\s)/.test(text.slice(m.span.start, m.span.end));
  const significant = mentions(fieldsToRead, phraseSetOf(v.significant), words).filter(
    (m) => mechanism(m) && oneClause(m) && !deniedInside(text, m) && !diffuseTenderness(text, m) && !notSpinal(m) && !lowEnergyGated(text, m.span, 'trauma'),
  );
  if (significant.length) return { significance: 'significant', span: significant[0].span };
  const assertedAt = (span: Span) => asserted({ span, field: fieldsToRead[0] });
  const height = fallHeight(text, fieldsToRead, words, assertedAt, v);
  // "fell off his bike": significant, unless its sentence says the mechanism was low-energy ("at low
  // speed", "2 ft", "down 2 steps") or, with nothing in it that makes it high-energy, that the child
  // was fine afterwards ("got up and rode home").
  const fine: Mention[] = [];
  const notFine: Mention[] = [];
  const afterSigns = mentions(fieldsToRead, phraseSetOf(v.afterwards), words);
  for (const m of afterSigns) {
    const c = readContext(text, m.span.start, m.span.end);
    if (c.hypothetical || c.experiencer !== 'patient') continue;
    (c.negated || qualified(text, m, v.notLowEnergyNear) ? notFine : fine).push(m);
  }
  const low: Mention[] = [...mentions(fieldsToRead, phraseSetOf(v.lowEnergy), words).filter(asserted), ...guarded.low];
  const speed = statedSpeeds(fieldsToRead, words, assertedAt);
  for (const s of [...height.lows, ...speed.lows]) low.push({ span: s, field: fieldOf(fieldsToRead, s) });
  // A high-energy word inside a trivial phrase is not one, as a significant word is not: "landed on her" (someone
  // landed on the child) read inside "landed on her bottom" (the child's own landing) made "fell down the last 2 steps,
  // landed on her bottom" a fast ride.
  const openLanding = pronounLandingOpen(text, v.pronounLandings);
  const high = mentions(fieldsToRead, phraseSetOf(v.highEnergy), words).filter((m) => asserted(m) && !inTrivial(m.span) && !openLanding(m.span));
  const highIn = sentencesWith(text, high);
  const lowIn = sentencesWith(text, low);
  const fineIn = sentencesWith(text, fine);
  // "Ski school incident form", "during a ski lesson": the activity's setting, whose energy the whole note tells.
  const settings = mentions(fieldsToRead, phraseSetOf(v.rideSettings), words).filter(asserted);
  const inSetting = inside(settings);
  const activity = mentions(fieldsToRead, phraseSetOf(v.significantUnlessLowEnergy), words).filter(mechanism);
  const ride = [...activity.filter((m) => !inSetting(m.span)), ...settings];
  const settingSet = new Set(settings);
  const setting = (m: Mention) => settingSet.has(m);
  // "hurt my back at the trampoline park ... he can't say what happened": where it happened, not how.
  // Such words count only about the injury, beside it (its sentence or the next) and not about something else ("don't know
  // how long / how to / how she will tolerate MRI", "unsure if he needs an x-ray", "no witness to any LOC"), nor when the
  // sentence goes on to tell the mechanism after all ("could not say how, but he says he landed on his head").
  const notAboutHow = mentions(fieldsToRead, phraseSetOf(v.unknownMechanismNot), words);
  const answered = mentions(fieldsToRead, phraseSetOf(v.unknownMechanismAnswered), words);
  const toldInjury = [...injuries.map((h) => h.span), ...ride.map((m) => m.span)];
  // "doesn't remember how it happened" after a head injury is amnesia, no unknown mechanism.
  const remembered = findAny(toWords(text), phraseSetOf(v.unknownMechanismRemembered.headInjury)).length
    ? []
    : mentions(fieldsToRead, phraseSetOf(v.unknownMechanismRemembered.phrases), words);
  const unknown = [...mentions(fieldsToRead, phraseSetOf(v.unknownMechanism), words), ...remembered].filter(
    (u) =>
      !notAboutHow.some((w) => w.span.start >= u.span.start && w.span.start <= u.span.end + 1) &&
      !answered.some((a) => a.span.start >= u.span.end && a.span.start < sentenceEnd(text, u.span.end)) &&
      toldInjury.some((s) => toldBeside(text, u.span, s)),
  );
  // "Hurt his back at school - no further details": only where no mechanism is told, so never a told grade demoted.
  const noMechanism = !ride.length && !trivial.length && !low.length && !speed.high && !height.high;
  if (noMechanism) unknown.push(...injuryDetailsUnknown(text, fieldsToRead, words, injuries, v.unknownDetails));
  // A setting's energy is told where the note tells an injury or the setting itself: "tripped at school last month"
  // or "slow to walk" elsewhere in the note is about something else.
  const energyTold = [...settings, ...injuries.map((h) => ({ span: h.span, field: fieldOf(fieldsToRead, h.span) })).filter((m) => inFields(fieldsToRead, m.span))];
  const inInjurySentence = sentencesWith(text, energyTold);
  const settingLow = low.filter(inInjurySentence);
  const settingFine = fine.filter(inInjurySentence);
  const fastRide = ride.find((m) =>
    setting(m) ? high.length > 0 || (!settingLow.length && !settingFine.length && !unknown.length) : highIn(m) || (!lowIn(m) && !fineIn(m) && !unknown.length),
  );
  if (fastRide) return { significance: 'significant', span: fastRide.span };
  const fast = speed.high ?? height.high;
  if (fast) return { significance: 'significant', span: fast };
  // "legs giving out - fell twice at school ... No injury.": falls told alone, where the note denies any injury, are none
  // (the weakness is a deficit, not a sign that the falls were injuries).
  if (!ride.length && injuryDenied(text, trauma, v.deniedInjury) && injuries.every((h) => fallAlone(text, h, v.fallsAlone))) return { significance: 'none' };
  // "now stiff legs and 2 falls on the stairs this week": falls told as repeated, beside a deficit and with no
  // mechanism (no significant, either-energy or trivial one), are the deficit's sign, not an injury.
  if (deficit && !ride.length && !trivial.length && injuries.every((h) => fallAlone(text, h, v.fallsRepeated))) return { significance: 'none' };
  // "Child protection team consulted … legs weak": an abuse evaluation alone tells no injury of the spine for a deficit or tenderness to follow.
  const abuse = phraseSetOf(v.abuseOnly);
  const told = injuries.some((h) => !wholly(toWords(text.slice(h.span.start, h.span.end), h.span.start), abuse));
  if (deficit && told) return { significance: 'significant', span: injuries[0].span };
  // Tenderness over the thoracolumbar spine ("tender at L1", read as back pain on examination) is focal tenderness. Beside
  // an injury whose mechanism is told unknown ("injured his back at kindergarten, details unknown"), a tenderness that
  // names no focus ("mild tenderness at lower back") tells where it hurts, not how hard the injury was: the mechanism is
  // asked for (unclear, below).
  // Focal tenderness (at a level, over a spinous process, midline, point tender) still makes it significant.
  const tender = told ? spinalTenderness(text, hits, unknown.length > 0) : undefined;
  if (tender) return { significance: 'significant', span: tender };
  // "hurt his back at daycare; staff could not say how. Playing normally since": how the child was afterwards is no
  // mechanism, and beside a mechanism told unknown it leaves the injury unclear (the mechanism is asked for). A trivial
  // mechanism named ("rolled off the sofa, nobody saw the landing") still decides.
  // "dad doesn't know what happened … Imp: back pain, ?minor injury": a trivial grade only raised ("?", "possible") is the
  // writer's guess at the injury, not its mechanism told; beside a mechanism told unknown it leaves the injury unclear too.
  const raised = (m: Mention) => readContext(text, m.span.start, m.span.end).uncertain;
  const afterwardsOnly = unknown.length > 0 && trivial.every((m) => inside(afterSigns)(m.span) || raised(m));
  if (trivial.length && !afterwardsOnly) return { significance: 'trivial', span: trivial[0].span };
  const slowRide = ride.find((m) => (setting(m) ? settingLow.length > 0 : lowIn(m)));
  // A mechanism told in low-energy words itself ("slid off a couch cushion", "slipped off the low beam") is trivial whatever follows.
  const lowMechanism =
    slowRide?.span ?? height.lows[0] ?? (ride.length ? undefined : low.find((m) => injuries.some((h) => h.span.start < m.span.end && m.span.start < h.span.end))?.span);
  if (lowMechanism) return { significance: 'trivial', span: lowMechanism };
  // "not back to baseline", "got up with difficulty": no sign of a minor injury, rather of a significant one.
  if (notFine.length) return { significance: 'significant', span: notFine[0].span };
  if (unknown.length) return { significance: 'unclear', span: injuries[0].span };
  // A mechanism that may be either, with nothing high-energy in its sentence, and the child fine afterwards.
  if (ride.length) return { significance: 'trivial', span: ride[0].span };
  return { significance: 'unclear', span: injuries[0].span };
}

/**
 * A dive told as a habit or as uneventful (reading-vocabulary.json trauma.uneventfulDive): a span holding one of the
 * `dives` words, in a sentence with one of the `habits` phrases ("she dives into the pool every week without problems",
 * "dived into the deep end on holiday, no neck pain, no complaints", "back pain that comes on while diving"). Not when
 * the sentence tells an impact or a deficit (`yields`, asserted: "comes on while diving, worse since he hit his head on
 * the bottom", "started ... now tingling in both arms") nor a complaint after the habit (`turns`: "no complaints at
 * first, then neck pain that evening").
 */
function uneventfulDive(text: string, fieldsToRead: readonly Field[], words: WordsOf, vocab: ReadingVocabulary['trauma']['uneventfulDive']): (s: Span) => boolean {
  const habits = mentions(fieldsToRead, phraseSetOf(vocab.habits), words);
  if (!habits.length) return () => false;
  const dives = new Set(vocab.dives);
  const yields = mentions(fieldsToRead, phraseSetOf(vocab.yields), words).filter((m) => !readContext(text, m.span.start, m.span.end).negated);
  const turns = mentions(fieldsToRead, phraseSetOf(vocab.turns), words);
  return (s) => {
    if (!toWords(text.slice(s.start, s.end), s.start).some((w) => dives.has(w.text))) return false;
    const from = sentenceStart(text, s.start);
    const to = sentenceEnd(text, s.end);
    const inSentence = (m: Mention) => m.span.start >= from && m.span.end <= to;
    if (yields.some(inSentence)) return false;
    return habits.some((h) => inSentence(h) && !turns.some((t) => inSentence(t) && t.span.start >= h.span.end));
  };
}

/**
 * The low-energy landings and bumps of reading-vocabulary.json trauma.guardedLow told alone: a group's phrase, asserted,
 * with none of its `anywhere` phrases (asserted) in its sentence (and the next, for `nextSentence`), none of its `before`
 * phrases before it in its sentence and none of its `after` phrases after it there. "Fell off the couch onto the
 * cushions" is low; "fell from the rings onto the mat", "onto the mat edge and then the ground", "missed the landing
 * mat", "struck head on the door frame, lost consciousness briefly" are not.
 */
function guardedLows(
  text: string,
  fieldsToRead: readonly Field[],
  words: WordsOf,
  groups: ReadingVocabulary['trauma']['guardedLow'],
  asserted: (m: Mention) => boolean,
): { trivial: Mention[]; low: Mention[] } {
  const trivial: Mention[] = [];
  const low: Mention[] = [];
  const find = (list: readonly string[], live: boolean) => {
    if (!list.length) return [];
    const found = mentions(fieldsToRead, phraseSetOf(list), words);
    return live ? found.filter((m) => !readContext(text, m.span.start, m.span.end).negated) : found;
  };
  for (const g of groups) {
    const told = mentions(fieldsToRead, phraseSetOf(g.phrases), words).filter(asserted);
    if (!told.length) continue;
    const anywhere = find(g.anywhere, true);
    const after = find(g.after, false);
    const before = find(g.before, false);
    for (const m of told) {
      const from = sentenceStart(text, m.span.start);
      const to = sentenceEnd(text, m.span.end);
      const reach = g.nextSentence && to < text.length ? sentenceEnd(text, to + 1) : to;
      const apart = (w: Mention) => w.span.end <= m.span.start || w.span.start >= m.span.end;
      // "fell off his bed?": a landing asked about is none told.
      const asked = /^\s*\?/.test(text.slice(m.span.end, m.span.end + 4));
      const undone =
        asked ||
        anywhere.some((w) => apart(w) && w.span.start >= from && w.span.end <= reach) ||
        after.some((w) => w.span.start >= m.span.end && w.span.end <= to) ||
        before.some((w) => w.span.start >= from && w.span.end <= m.span.start);
      if (undone) continue;
      trivial.push(m);
      if (g.low) low.push(m);
    }
  }
  return { trivial, low };
}

/** How far apart an injury and the words telling its mechanism unknown may stand, in characters. */
const BESIDE_CHARS = 240;

/**
 * Two spans told beside each other: in one sentence or in two that follow each other (at most one sentence end
 * between them: "hurt his back this morning; staff could not say how", "Nobody saw. He says he hurt his back"), within
 * BESIDE_CHARS. Not words in another paragraph of the note ("Mom unsure if he needs an x-ray" far from the fall).
 */
/** The first words after `s` (an ampersand read as "and"), for a phrase that must follow it at once. */
function startsRightAfter(text: string, s: Span, set: PhraseSet): boolean {
  const rest = text.slice(s.end, s.end + 40).replace(/&/g, 'and');
  const next = toWords(rest, s.end).slice(0, 4);
  return next.length > 0 && findAny(next, set).some((m) => m.start === next[0].start);
}

/**
 * An injury phrase of a lookalike group (reading-vocabulary trauma.injuryLookalikes) in company that makes it no injury:
 * "after Accident and Emergency visit", "knock to the back of the head", "Any knock to the back?".
 */
function injuryLookalike(text: string, groups: ReadingVocabulary['trauma']['injuryLookalikes']['groups']): (s: Span) => boolean {
  const sets = groups.map((g) => ({ g, phrases: phraseSetOf(g.phrases), next: phraseSetOf(g.next), before: new Set(g.before) }));
  return (s) => {
    const own = toWords(text.slice(s.start, s.end), s.start);
    return sets.some(({ g, phrases, next, before }) => {
      if (!findAny(own, phrases).length) return false;
      if (g.next.length && startsRightAfter(text, s, next)) return true;
      if (g.asked && /^[^\S\n]*\?/.test(text.slice(s.end, s.end + 4))) return true;
      const prior = toWords(text.slice(Math.max(0, s.start - 20), s.start), Math.max(0, s.start - 20));
      return prior.length > 0 && before.has(prior[prior.length - 1].text);
    });
  };
}

/**
 * "Landing on her bottom": a pronoun landing (reading-vocabulary trauma.pronounLandings) not closed by its pronoun, the
 * child's own landing rather than someone landing on the child.
 */
function pronounLandingOpen(text: string, v: ReadingVocabulary['trauma']['pronounLandings']): (s: Span) => boolean {
  const phrases = phraseSetOf(v.phrases);
  const next = phraseSetOf(v.next);
  return (s) => {
    if (!findAny(toWords(text.slice(s.start, s.end), s.start), phrases).length) return false;
    // "landing on top of him": the longer phrase read from the same start closes on its pronoun.
    const longer = toWords(text.slice(s.start, s.start + 40), s.start);
    const whole = findAny(longer, phrases)
      .filter((m) => m.start === s.start)
      .reduce((a, m) => Math.max(a, m.end), s.end);
    if (/^[^\S\n]*(?:[.,;:!?)\-\u2013\u2014]|\n|$)/.test(text.slice(whole, whole + 3))) return false;
    return !startsRightAfter(text, { start: s.start, end: whole }, next);
  };
}

/**
 * "No further details" about an injury itself: in the injury's sentence, after it, with at most one clause break and no
 * sentence end between ("Hurt his back at school on Friday - no further details"), and not going on to say the details
 * are not needed or are about something else ("no further details needed", "no further details in the letter").
 */
function injuryDetailsUnknown(
  text: string,
  fieldsToRead: readonly Field[],
  words: WordsOf,
  injuries: readonly FindingHit[],
  v: ReadingVocabulary['trauma']['unknownDetails'],
): Mention[] {
  const notAfter = phraseSetOf(v.notAfter);
  return mentions(fieldsToRead, phraseSetOf(v.phrases), words).filter((d) => {
    const next = toWords(text.slice(d.span.end, d.span.end + 20), d.span.end).slice(0, 2);
    if (findAny(next, notAfter).some((a) => a.start === next[0]?.start)) return false;
    return injuries.some((h) => {
      if (h.span.end > d.span.start || sentenceStart(text, d.span.start) > h.span.start) return false;
      const between = text.slice(h.span.end, d.span.start);
      return !/[.!?](?=\s)|\n/.test(between) && (between.match(/[,;:\u2013\u2014]|\s-\s/g) ?? []).length <= 1;
    });
  });
}

function toldBeside(text: string, a: Span, b: Span): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  if (to <= from) return true;
  if (to - from > BESIDE_CHARS) return false;
  let ends = 0;
  for (let i = from; i < to; i++) {
    // A CRLF ends one sentence, not two.
    if (endsSentence(text, i) && !(text[i] === '\r' && text[i + 1] === '\n') && ++ends > 1) return false;
  }
  work.steps += to - from;
  return true;
}

/**
 * An accident told in a sentence that says it befell someone else (reading-vocabulary.json trauma.othersAccident): the
 * child was not in it ("family involved in MVC, child not in the car": an `absent` phrase right after a word for the
 * child), a relative alone was, in the accident's own clause ("Road traffic accident - mother only", "car crash (mum only
 * injured)"), or a relative was hurt and the child, in a clause of its own, not ("RTA - dad injured, pt restrained and
 * unhurt"). A misread here hides a spine injury, so only these plain statements count: "Lives with mother alone, fell
 * down stairs" keeps the fall, and any complaint or sign of the child's on the accident's line ("uninjured at scene;
 * today back pain", "no injuries apparent, c/o neck pain") keeps an "alone" or "unhurt" accident the child's.
 * `complaintSpans` (sorted by start) are the child's complaints read as findings. One line of bounded length is read.
 */
export function othersAccident(text: string, span: Span, complaintSpans: readonly Span[]): boolean {
  const v = readingVocabulary().trauma.othersAccident;
  const { start: a, end: b } = widen(text, span.start, span.end, SENTENCE, v.sentenceChars);
  const words = toWords(text.slice(a, b), a);
  if (words.length < 2) return false;
  const children = findAny(words, phraseSetOf(v.child));
  // "child not in the car": the absent phrase opens on the word right after the child's.
  const next = (end: number) => words.find((w) => w.start >= end)?.start;
  if (children.length && findAny(words, phraseSetOf(v.absent)).some((f) => children.some((c) => next(c.end) === f.start))) return true;
  const clause = widen(text, span.start, span.end, CLAUSE_NOT_BRACKET, v.sentenceChars, v.sentenceChars, a, b);
  const relations = wordSetOf(contextLexicon().speakers.relations);
  const alones = wordSetOf(v.alone);
  const hurt = phraseSetOf(v.hurt);
  const hurtAt = (i: number) => i < words.length && findAny(words.slice(i, i + 3), hurt).some((s) => s.start === words[i].start);
  let alone = false;
  let relativeHurt = false;
  for (let i = 0; i < words.length - 1; i++) {
    if (!relations.has(words[i].text)) continue;
    if (alones.has(words[i + 1].text)) {
      // "mother only," / "mum alone - " / "dad only injured", in the accident's clause: not "mother only restrained".
      if (words[i].start < clause.start || words[i + 1].end > clause.end) continue;
      const rest = text.slice(words[i + 1].end, b);
      if (/^\s*(?:$|[,;:)\-–—])/.test(rest) || hurtAt(i + 2)) alone = true;
    } else if (hurtAt(i + 1)) relativeHurt = true;
  }
  // "pt restrained and unhurt": the unhurt phrase within `reach` words after the child's, in the child's clause.
  const unhurt =
    relativeHurt &&
    children.length > 0 &&
    findAny(words, phraseSetOf(v.unhurt)).some((f) =>
      children.some((c) => {
        if (f.start < c.end || /[,;:]/.test(text.slice(c.end, f.start))) return false;
        let between = 0;
        for (const w of words) if (w.start >= c.end && w.start < f.start) between++;
        return between < v.reach;
      }),
    );
  if (!alone && !unhurt) return false;
  return !complainsOnLine(text, span, complaintSpans);
}

/** Where a clause of the accident's own ends: a bracket stays in it ("car crash (mum only injured)"). */
const CLAUSE_NOT_BRACKET = /[,;.\n\r]/y;
const LINE = /[\n\r]/y;

/** A complaint or sign of the child's on the accident's line: a finding (`complaintSpans`) or a `complaints` phrase. */
function complainsOnLine(text: string, span: Span, complaintSpans: readonly Span[]): boolean {
  const v = readingVocabulary().trauma.othersAccident;
  const { start: a, end: b } = widen(text, span.start, span.end, LINE, v.lineChars);
  // The complaints are sorted by start: only those starting on the line are looked at.
  const lo = lowerBound(complaintSpans, (s) => s.start, a);
  if (lo < complaintSpans.length && complaintSpans[lo].start < b) return true;
  return findAny(toWords(text.slice(a, b), a), phraseSetOf(v.complaints)).length > 0;
}

/** The spans of the child's complaints read as findings (trauma.othersAccident.complaintCategories), sorted by start. */
function complaints(hits: readonly FindingHit[]): Span[] {
  const categories = readingVocabulary().trauma.othersAccident.complaintCategories;
  return hits
    .filter((h) => h.present && categories.includes(h.finding.category))
    .map((h) => h.span)
    .sort((x, y) => x.start - y.start);
}

/** An accident that befell someone else (othersAccident) is read as that person's: the hover says so, and it never counts. */
export function othersAccidents(hits: FindingHit[], text: string): void {
  // Only an injury read present is looked at: without one, the complaints are not gathered.
  if (!hits.some((h) => h.present && h.finding.category === 'trauma')) return;
  const hurt = complaints(hits);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.finding.category !== 'trauma' || !othersAccident(text, h.span, hurt)) continue;
    hits[i] = { ...h, present: false, context: { ...h.context, experiencer: 'other' } };
  }
}

/**
 * The child is the object of an injury's verb: an object phrase opens on the word after its first word,
 * inside the span or right after it ("pushed him", "hit me with", "struck the child"). A bounded look.
 */
function childIsObject(text: string, span: Span, objects: PhraseSet): boolean {
  const w = toWords(text.slice(span.start, Math.min(text.length, span.end + 24)), span.start).slice(0, 8);
  const own = w.filter((x) => x.end <= span.end).length;
  const at = new Set(w.slice(1, Math.max(2, own + 1)).map((x) => x.start));
  return findAny(w, objects).some((s) => at.has(s.start));
}

/**
 * A fracture with another bone named in the three words before it, in its clause ("R femur fracture",
 * "femoral shaft fracture", "rib fractures"): an injury, not a spinal one.
 */
function otherBoneFracture(text: string, m: Mention, bones: PhraseSet): boolean {
  if (!/fract|\bfx/i.test(text.slice(m.span.start, m.span.end))) return false;
  const { start: a } = widen(text, m.span.start, m.span.start, CLAUSE_OR_BRACKET, 40, 0, m.field.valueSpan.start, m.field.valueSpan.end);
  const before = toWords(text.slice(a, m.span.start)).slice(-3);
  if (findAny(before, bones).length > 0) return true;
  // "fracture of the wrist", "fx of L radius": the bone named after "of".
  const { end: b } = widen(text, m.span.end, m.span.end, CLAUSE_OR_BRACKET, 0, 40, m.field.valueSpan.start, m.field.valueSpan.end);
  const after = toWords(text.slice(m.span.end, b)).slice(0, 4);
  return after[0]?.text === 'of' && findAny(after.slice(1), bones).length > 0;
}

/**
 * A denied injury word ("No injury.", "no known trauma", "denies any injury") with nothing but `between` words after its cue,
 * and nothing but `after` words after it in its clause (a bounded look).
 */
function injuryDenied(text: string, trauma: readonly FindingHit[], rule: ReadingVocabulary['trauma']['deniedInjury']): boolean {
  const names = phraseSetOf(rule.injuries);
  for (const h of trauma) {
    if (!h.negated) continue;
    if (!wholly(toWords(text.slice(h.span.start, h.span.end), h.span.start), names)) continue;
    const cue = readContext(text, h.span.start, h.span.end)
      .cues.filter((c) => c.end <= h.span.start)
      .sort((x, y) => y.end - x.end)[0];
    if (!cue || h.span.start - cue.end > 40) continue;
    if (!toWords(text.slice(cue.end, h.span.start)).every((w) => rule.between.includes(w.text))) continue;
    // "No injury to head or neck", "no trauma to his back": a denial of one injury, not of any.
    const { end: b } = widen(text, h.span.end, h.span.end, CLAUSE_OR_BRACKET, 0, 40, h.field.valueSpan.start, h.field.valueSpan.end);
    if (toWords(text.slice(h.span.end, b)).every((w) => rule.after.includes(w.text))) return true;
  }
  return false;
}

/** The words are one phrase of the set, wholly. */
function wholly(own: readonly Word[], set: PhraseSet): boolean {
  return own.length > 0 && findAny(own, set).some((s) => s.start === own[0].start && s.end === own[own.length - 1].end);
}

/** An injury hit that is only a fall word ("fell", "falls"). */
function fallAlone(text: string, h: FindingHit, falls: readonly string[]): boolean {
  return wholly(toWords(text.slice(h.span.start, h.span.end), h.span.start), phraseSetOf(falls));
}

/**
 * "concerned about an insufficiency fracture", "need to exclude vertebral compression fractures",
 * "r/o fracture": a fracture the note asks about is a question for the study, not an injury told.
 */
/**
 * Whether a span is a fracture of a fragile or diseased bone (reading-vocabulary.json trauma.fragility): the note
 * states a non-injury cause for the child ("steroid-induced osteoporosis", "osteopenic", "pathologic") or the
 * child has a cancer, and the span is a fracture's words. Such a fracture tells no injury; a mechanism beside it still does.
 */
function fragilityFracture(text: string, hits: readonly FindingHit[], fieldsToRead: readonly Field[], v: ReadingVocabulary['trauma']['fragility']): (span: Span) => boolean {
  const fractures = phraseSetOf(v.fractures);
  if (!hits.some((h) => h.finding.category === 'trauma' && findAny(toWords(text.slice(h.span.start, h.span.end)), fractures).length)) return () => false;
  const causes = phraseSetOf(v.causes);
  // A cancer of the child's, or a tumor suspected in the fracture itself ("L1 compression fracture, ?pathologic",
  // "r/o pathologic fracture"): the fracture is thought the disease's, no injury.
  const cancer = hits.some(
    (h) =>
      h.present &&
      (h.finding.id === 'malignancy' || (h.finding.category === 'suspected-infection-or-tumor' && findAny(toWords(text.slice(h.span.start, h.span.end)), causes).length > 0)),
  );
  // A cause only wondered about ("Osteopenia?", "possibly osteoporotic", "r/o osteopenia") is no cause stated: the
  // fracture is read as it was before a cause was known.
  const caused =
    cancer ||
    mentions(fieldsToRead, causes, wordsOnce()).some((m) => {
      const c = readContext(text, m.span.start, m.span.end);
      return !c.negated && !c.hypothetical && !c.uncertain && !c.ruleOut && c.experiencer === 'patient' && !/^\s*\?/.test(text.slice(m.span.end, m.span.end + 3));
    });
  if (!caused) return () => false;
  return (span) => findAny(toWords(text.slice(span.start, span.end)), fractures).length > 0;
}

/**
 * Whether a span is a fracture told healed or discharged from its care (reading-vocabulary.json trauma.healed): the
 * span holds a fracture's own words and its clause (a bounded look each way) a healed word not held by a `not` phrase
 * ("healed L radius buckle fx", "fx has healed", "Cleared from fracture care"; not "not yet healed"). An old fracture
 * is no injury now; a mechanism of today told beside it ("fell off the roof today") is read as before. Never one of the
 * spine (trauma.healed.spine: a vertebra, a level, a compression or pars fracture).
 */
function healedFracture(text: string, v: ReadingVocabulary['trauma']['healed']): (span: Span) => boolean {
  const fractures = phraseSetOf(v.fractures);
  const healedWords = phraseSetOf(v.phrases);
  const notHealed = phraseSetOf(v.not);
  const spine = phraseSetOf(v.spine);
  return (span) => {
    if (!findAny(toWords(text.slice(span.start, span.end)), fractures).length) return false;
    const { start: a, end: b } = widen(text, span.start, span.end, CLAUSE_OR_BRACKET, 60, 60);
    const words = toWords(text.slice(a, b), a);
    // A fracture of the spine (review2 r35 H7: "Healed compression fracture T12 (old)") is never an old injury set aside.
    if (findAny(words, spine).length) return false;
    const denied = findAny(words, notHealed);
    return findAny(words, healedWords).some((s) => !denied.some((d) => d.start <= s.start && s.end <= d.end));
  };
}

/**
 * "Trauma checklist - MOI high energy? N/A", "Fall > 3 m? N/A  RTC? N/A": the injury named in a checklist's question that is
 * answered not applicable (reading-vocabulary trauma.checklistNotApplicable) is not told. The question's mark follows the
 * injury's words on their line within QUESTION_TAIL characters, with no stop, colon or column gap between ("Fell off the
 * trampoline. Head injury? N/A" keeps the fall), and the answer ends its item: the line's end, a column gap, a comma,
 * semicolon or stop ("RTC? N/A - passenger in car that hit a tree" is no such answer). Round 54, fix54h.
 */
function checklistNotApplicable(text: string, span: Span, answers: readonly string[]): boolean {
  const after = text.slice(span.end, span.end + QUESTION_TAIL + 24);
  // Narrowed after review r54: the N/A answers only its own question's clause, from the last comma, stop, semicolon, colon
  // or dash before the "?" ("Fell from a 3 m wall, LOC? N/A", "MVC, restrained? N/A" keep the injury).
  const m = /^([^\n.;:!?,\u2013\u2014]*?)\?[ \t]*/.exec(after);
  if (!m || m[1].length > QUESTION_TAIL || /\S {2,}|\t/.test(m[1]) || /(?:^|\s)-(?:\s|$)/.test(m[1])) return false;
  const rest = after.slice(m[0].length).toLowerCase();
  return answers.some((a) => rest.startsWith(a) && /^(?:[ \t]*(?:$|\n|[,;]|\.(?:\s|$))| {2,}|\t)/.test(rest.slice(a.length)));
}
const QUESTION_TAIL = 24;

function suspectedFracture(text: string, h: FindingHit, asked: PhraseSet): boolean {
  // The injury's words and the one before them ("pars injury", "compression fracture").
  if (!/fract|\bfx|\bpars\b/i.test(text.slice(Math.max(0, h.span.start - 12), h.span.end))) return false;
  if (h.context.uncertain) return true;
  const before = text.slice(widen(text, h.span.start, h.span.start, CLAUSE_OR_BRACKET, 50, 0).start, h.span.start);
  return before.includes('?') || findAny(toWords(before), asked).length > 0;
}

/**
 * The sentence around a span (to a semicolon, full stop, parenthesis or line end; at most 120 characters
 * each way) dates it to another time of life: of the words in it that tell when ("2 years ago", "at
 * birth", "as a toddler", "at 6 wk", "in 2019" for an earlier year; "today", "this morning"), the one
 * nearest the injury is a remote one. "Fell from a tree 2 years ago, wrist fracture" is remote; "fell
 * 10 ft from a tree today, also broke his arm last year" is today's.
 */
function toldRemote(text: string, span: Span, remote: { phrases: PhraseSet; now: PhraseSet; thisYear: number }): boolean {
  const { start: a, end: b } = widen(text, span.start, span.end, SENTENCE_OR_BRACKET, 120);
  const sentence = text.slice(a, b);
  const words = toWords(sentence, a);
  const times: { at: Span; remote: boolean }[] = [];
  for (const s of findAny(words, remote.now)) times.push({ at: s, remote: false });
  for (const s of findAny(words, remote.phrases)) times.push({ at: s, remote: true });
  for (const m of sentence.matchAll(AT_AN_AGE)) times.push({ at: { start: a + m.index, end: a + m.index + m[0].length }, remote: true });
  for (const m of sentence.matchAll(IN_A_YEAR)) if (Number(m[1]) < remote.thisYear) times.push({ at: { start: a + m.index, end: a + m.index + m[0].length }, remote: true });
  let nearest: { at: Span; remote: boolean } | undefined;
  let best = Infinity;
  for (const t of times) {
    const d = t.at.end <= span.start ? span.start - t.at.end : t.at.start >= span.end ? t.at.start - span.end : 0;
    if (d < best || (d === best && !t.remote)) [best, nearest] = [d, t];
  }
  return nearest?.remote ?? false;
}
/** "at 6 wk", "at 2 months", "at 10 days of age", "at 6 yr": the age the child was when it happened. */
const AT_AN_AGE = /\bat (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:d|days?|wks?|weeks?|mos?|months?|m|y|yo|yrs?|years?)\b/gi;
/** "in 2019", "in March 2019", "during 2019". */
const IN_A_YEAR = /\b(?:in|during)\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b/g;

/** The field a span was read in (the fields are few). */
function inFields(fieldsToRead: readonly Field[], s: Span): boolean {
  return fieldsToRead.some((f) => f.valueSpan.start <= s.start && s.end <= f.valueSpan.end);
}

function fieldOf(fieldsToRead: readonly Field[], s: Span): Field {
  return fieldsToRead.find((f) => f.valueSpan.start <= s.start && s.end <= f.valueSpan.end) ?? fieldsToRead[0];
}

/**
 * Whether a word of `near` stands within two words before an `afterwards` phrase or three words after
 * it, in its clause ("got up slowly", "got up with difficulty", "wasn't consolable", "eventually got up").
 * A bounded look on each side.
 */
function qualified(text: string, m: Mention, near: ReadingVocabulary['trauma']['notLowEnergyNear']): boolean {
  const v = m.field.valueSpan;
  const { start: a, end: b } = widen(text, m.span.start, m.span.end, CLAUSE_STOP, 30, 40, v.start, v.end);
  const before = toWords(text.slice(a, m.span.start)).slice(-2);
  const after = toWords(text.slice(m.span.end, b)).slice(0, 3);
  return findAny(before, phraseSetOf(near.before)).length > 0 || findAny(after, phraseSetOf(near.after)).length > 0;
}

/**
 * A present reading of focal tenderness over the thoracolumbar spine (findings.ts readSpinalTenderness),
 * if any: not of the muscles beside it ("paraspinal tenderness L4-5") nor diffuse ("lower back diffusely
 * tender"), named in the reading, in the three words before it or the two after it in its clause.
 */
function spinalTenderness(text: string, hits: readonly FindingHit[], focalOnly = false): Span | undefined {
  const rule = readingVocabulary().spinalTenderness;
  for (const h of hits) {
    if (!h.present || h.finding.id !== rule.finding) continue;
    const own = toWords(text.slice(h.span.start, h.span.end));
    if (!own.some((w) => rule.signs.includes(w.text))) continue;
    if (notFocalBeside(text, h.span, h.field.valueSpan, own.length)) continue;
    if (focalOnly && !focusNamed(text, h.span, rule.focal)) continue;
    return h.span;
  }
  return undefined;
}

/** A spinal level ('L4', 'T12', 'L4-5', 'the thoracolumbar junction') or a focal word ('point', 'midline', 'spinous') in the tenderness's own clause. */
function focusNamed(text: string, span: Span, focal: readonly string[]): boolean {
  const before =
    text
      .slice(Math.max(0, span.start - 40), span.start)
      .split(/[,;.\r\n]/)
      .pop() ?? '';
  const after = text.slice(span.end, span.end + 40).split(/[,;\r\n]|\.(?:\s|$)/)[0];
  const clause = before + ' ' + text.slice(span.start, span.end) + ' ' + after;
  return junctionNamedOf(readingVocabulary().spinalJunctions).test(clause) || toWords(clause).some((w) => /^[tls]\d{1,2}$/.test(w.text) || focal.includes(w.text));
}
/**
 * A junction of the spine is a named level ("at the thoracolumbar junction", "at the T/L junction", "lumbosacral junction"):
 * a junction's name (reading-vocabulary spinalJunctions) or its slashed letters, then "junction".
 */
export const junctionNamedOf = perVocabulary(
  (v: ReadingVocabulary['spinalJunctions']) => new RegExp(`\\b(?:${wordsSource(v.words)}|t\\s*\\/\\s*l|l\\s*\\/\\s*s)\\s+junction\\b`, 'i'),
);

/**
 * A generic tenderness phrase of the significant list ("tenderness over", "TTP") with a notFocal word
 * beside it ("generalized tenderness over the lower back", "diffuse TTP of the paraspinals") is no sign
 * of a significant injury. One that names its focus ("point tenderness", "midline tenderness") is.
 */
function diffuseTenderness(text: string, m: Mention): boolean {
  const rule = readingVocabulary().spinalTenderness;
  const own = toWords(text.slice(m.span.start, m.span.end));
  if (!own.some((w) => rule.signs.includes(w.text)) || own.some((w) => rule.focal.includes(w.text))) return false;
  return notFocalBeside(text, m.span, m.field.valueSpan, own.length);
}

/** Words that deny a focal place named after them ("no midline tenderness", "not over the spinous processes"). */
const FOCAL_DENIED = new Set(['no', 'not', 'non', 'without', 'nor', 'sparing']);
/** Words that deny a focal place named right before them ("midline nontender", "midline non-tender", "midline spared"). */
const FOCAL_DENIED_AFTER = new Set(['nontender', 'non', 'negative', 'neg', 'spared', 'normal', 'nl']);

/** Words that stand between a tenderness and its place without naming it. */
const PLACE_FILLERS = new Set(['the', 'a', 'his', 'her', 'l', 'r', 'lt', 'rt', 'left', 'right', 'bilateral', 'bilat', 'both']);

/** A notFocal word among the words of a span, the three before it or the two after it, in its clause; a focal word among them keeps it focal. */
function notFocalBeside(text: string, span: Span, value: Span, ownLength: number): boolean {
  const rule = readingVocabulary().spinalTenderness;
  const { start: a, end: b } = widen(text, span.start, span.end, CLAUSE_STOP, 40, 30, value.start, value.end);
  const before = toWords(text.slice(a, span.end)).slice(-(ownLength + 3));
  // "tenderness over the L paraspinal muscles": an article or a side before the place is passed over.
  const near = [
    ...before,
    ...toWords(text.slice(span.end, b))
      .filter((w) => !PLACE_FILLERS.has(w.text))
      .slice(0, 2),
  ];
  if (!near.some((w) => rule.notFocal.includes(w.text)) || near.some((w) => rule.focal.includes(w.text))) return false;
  // "tender over the L paraspinals and the L2 spinous process", "… and midline at L1": a focal place named
  // later in the clause, not denied ("no midline tenderness"), keeps the tenderness focal.
  const rest = widen(text, span.end, span.end, CLAUSE_STOP, 0, 60, value.start, value.end);
  const later = toWords(text.slice(span.end, rest.end));
  const denied = (i: number) => later.slice(Math.max(0, i - 3), i).some((d) => FOCAL_DENIED.has(d.text)) || FOCAL_DENIED_AFTER.has(later[i + 1]?.text ?? '');
  return !later.some((w, i) => rule.focal.includes(w.text) && !denied(i));
}

/**
 * Whether a mention shares a sentence (to ". ", ";" or a line break) with one of the given mentions.
 * The sentence ends of each given mention are found once; each query is a binary search.
 */
function sentencesWith(text: string, given: readonly Mention[]): (m: Mention) => boolean {
  if (!given.length) return () => false;
  const ends = (at: number, step: 1 | -1, limit: number): number => {
    let i = at;
    let n = 0;
    while (i !== limit && n++ < 400) {
      const c = text.charCodeAt(step > 0 ? i : i - 1);
      if (c === 59 || c === 10 || c === 13 || (c === 46 && /\s/.test(text[step > 0 ? i + 1 : i] ?? ' '))) break;
      i += step;
    }
    work.steps += n;
    return i;
  };
  const spans = given.map((g) => ({ start: ends(g.span.start, -1, g.field.valueSpan.start), end: ends(g.span.end, 1, g.field.valueSpan.end) })).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const s of spans) maxEnd.push(Math.max(s.end, maxEnd[maxEnd.length - 1] ?? -1));
  return (m) => {
    // The spans starting at or before the mention's start (offsets are whole numbers).
    const lo = lowerBound(spans, (s) => s.start, m.span.start + 1);
    return lo > 0 && maxEnd[lo - 1] >= m.span.end;
  };
}

/** A child's own height, not a fall: "5 ft 2 in", "5 feet tall", "ht 5 ft". */
const INCHES = new Set(['in', 'inch', 'inches']);
const OWN_HEIGHT_BEFORE = new Set(['ht', 'height', 'tall', 'measures', 'measuring']);

/** Each height unit word with its threshold, built once per vocabulary. */
const unitsOf = perVocabulary((v: ReadingVocabulary['trauma']) => {
  const m = new Map<string, ReadingVocabulary['trauma']['height'][number]>();
  for (const h of v.height) for (const u of h.units) m.set(u, h);
  return m;
});

/**
 * A fall from a stated height (reading-vocabulary.json trauma.height): "fell 6 ft", "off a 6-ft jump",
 * "from ~2 meters", "five feet". A height at or above the unit's threshold is significant (`high`); a
 * lower one ("fell 2 ft from a chair") is a trivial fall (`low`). One pass over each field's words.
 */
function fallHeight(text: string, fieldsToRead: readonly Field[], words: WordsOf, asserted: (s: Span) => boolean, v: ReadingVocabulary['trauma']): { high?: Span; lows: Span[] } {
  const lows: Span[] = [];
  const units = unitsOf(v);
  for (const f of fieldsToRead) {
    if (!f.value) continue;
    const w = words(f);
    for (let i = 0; i < w.length; i++) {
      const t = w[i].text;
      const unit = units.get(t);
      let u: ReadingVocabulary['trauma']['height'][number] | undefined;
      let n: number | undefined;
      /** The word that holds the number. */
      let at = i;
      let digits: string | undefined;
      if (unit) {
        if (i === 0) continue;
        const before = w[i - 1].text;
        n = HEIGHT_DIGITS.test(before) ? Number(before) : Object.hasOwn(v.numberWords, before) ? v.numberWords[before] : undefined;
        if (HEIGHT_DIGITS.test(before)) digits = before;
        u = unit;
        at = i - 1;
      } else {
        const joined = /^(\d{1,3})([a-z]+)$/.exec(t);
        if (joined && units.has(joined[2])) {
          u = units.get(joined[2]);
          digits = joined[1];
        } else if (HEIGHT_DIGITS.test(t)) {
          // "6'", "~6′": a mark written right after the number.
          u = markAfter(f, w[i].end, v);
          digits = t;
        }
        if (u) n = Number(digits);
      }
      if (!u || n === undefined) continue;
      // "2.5 ft", "1,5 m", "1.5m": the whole number and its decimal are two words.
      let first = at;
      const whole = digits === undefined ? undefined : decimalBefore(f, w, at);
      if (whole) {
        n = Number(`${whole.text}.${digits}`);
        first = at - 1;
      }
      // "ht 5 ft", "height 1.5 m": the child's own height.
      if (first > 0 && OWN_HEIGHT_BEFORE.has(w[first - 1].text)) continue;
      // "5 ft 2 in", "5 feet tall": the child's own height.
      const next = w[i + 1]?.text;
      if (next === 'tall' || (next && HEIGHT_DIGITS.test(next) && INCHES.has(w[i + 2]?.text ?? ''))) continue;
      // "fell down 10 stairs", not "walked 10 steps": a unit that needs a fall word has one just before the number.
      let fromPlace = false;
      if (u.fallWords && !fallWordBefore(w, first, u.fallWords, v.heightHedges)) {
        // "fell from first-floor window (~3 m)": the place fallen from, itself after a fall word, stands for one (placeWords).
        const place = u.placeWords && wordBefore(w, first, u.placeWords, v.heightHedges);
        // Only a fall told as done ("could fall from an upstairs window 3 m" is a worry), the place right after its
        // "from", "off" or "out of" with at most a determiner and a storey between ("fell from the first-floor window",
        // not "fell off the toy car roof", not "fell, ran to the window 2 m away").
        const fell = place === undefined ? undefined : fallRightBeforePlace(w, place, v.fellBeforePlace);
        if (place === undefined || fell === undefined || /[,;.:!?()]/.test(text.slice(w[fell].end, w[place].start))) continue;
        // "nearly fell from an upstairs window 3 m, caught by dad": a near miss is no fall.
        if (w.slice(Math.max(0, fell - 2), fell).some((x) => NEAR_MISS.has(x.text))) continue;
        // "Fell from 1st floor window 3 m? denied by parents": a fall asked about or denied in the rest of its sentence.
        if (ASKED_OR_DENIED.test(text.slice(w[i].end, Math.max(w[i].end, f.lineSpan.end)).split(/[.;]/)[0])) continue;
        if (!asserted({ start: w[fell].start, end: w[i].end })) continue;
        fromPlace = true;
      }
      const span = { start: w[first].start, end: w[i].end };
      if (!asserted(span)) continue;
      // "fell out of the upstairs window, sill 60 cm": a low number after the place is no fall height.
      if (fromPlace && n < u.significantFrom) continue;
      if (n >= u.significantFrom) return { high: span, lows };
      if (lows.length < 8) lows.push(span);
    }
  }
  return { lows };
}

/**
 * One of `fallWords` in the three words before the number at `first`, a hedge ("approx.", "about") not
 * counted among the three: "fell off a mango tree approx. 4 m" is a fall of 4 m as "fell off it 4 m" is.
 */
function fallWordBefore(w: readonly Word[], first: number, fallWords: readonly string[], hedges: readonly string[]): boolean {
  return wordBefore(w, first, fallWords, hedges) !== undefined;
}

/** The index of one of `words` in the three words before the one at `first` (hedges not counted), or undefined. */
function wordBefore(w: readonly Word[], first: number, words: readonly string[], hedges: readonly string[]): number | undefined {
  let seen = 0;
  // At most six words back, so a run of hedges cannot make the look-back grow with the note.
  for (let j = first - 1; j >= Math.max(0, first - 6) && seen < 3; j--) {
    const t = w[j].text;
    if (words.includes(t)) return j;
    if (!hedges.includes(t)) seen++;
  }
  return undefined;
}

/** After the height, in its sentence: the fall was asked about or denied ("3 m? denied by parents", "not witnessed"). */
const ASKED_OR_DENIED = /\?|\bden(?:y|ies|ied|ial)\b|\bnot\b|\bno\b|\bunlikely\b|\bunclear\b/i;
const FROM_PLACE = new Set(['from', 'off']);

/**
 * The index of a word of `fell` (trauma.fellBeforePlace: "fell", "dropped", "jumped", a fall told as done) right before
 * "from"/"off"/"out of" and the place at `place`, or undefined.
 */
function fallRightBeforePlace(w: readonly Word[], place: number, fell: readonly string[]): number | undefined {
  let j = place - 1;
  for (let between = 0; j >= 0 && BEFORE_PLACE.has(w[j].text) && between < 3; between++) j--;
  if (j < 1) return undefined;
  if (w[j].text === 'of' && w[j - 1].text === 'out') j--;
  else if (!FROM_PLACE.has(w[j].text)) return undefined;
  return fell.includes(w[j - 1]?.text ?? '') ? j - 1 : undefined;
}

/** Words that make a fall told after them a near miss ("nearly fell", "almost fell"). */
const NEAR_MISS = new Set(['nearly', 'almost']);

/** A speed at or above which a crash or a fall from a vehicle is high-energy. */
const HIGH_SPEED_MPH = 20;
const SPEED = /^\d{1,3}$/;
/** A speed's unit, alone or after its number in one word ("mph", "40mph", "kph", "40kph", "km", "40km"). */
const SPEED_UNIT = /^(\d{1,3})?(mph|kph|km)$/;
const KM_IN_MILES = 0.621;

/**
 * "2.5 ft", "1,5 m", "1.5m": the whole number before the word at `i` when a point or a comma (and no
 * space) stands between them.
 */
function decimalBefore(f: Field, w: readonly Word[], i: number): Word | undefined {
  if (i < 1 || !HEIGHT_DIGITS.test(w[i - 1].text) || !/^\d/.test(w[i].text) || w[i].start !== w[i - 1].end + 1) return undefined;
  const c = f.value[w[i - 1].end - f.valueSpan.start];
  return c === '.' || c === ',' ? w[i - 1] : undefined;
}

/** The height unit written as a mark right after a number ("6'", "6′"), not a child's own height ("5'2"). */
function markAfter(f: Field, end: number, v: ReadingVocabulary['trauma']): ReadingVocabulary['trauma']['height'][number] | undefined {
  const at = end - f.valueSpan.start;
  const c = f.value[at];
  if (c === undefined || /\d/.test(f.value[at + 1] ?? '')) return undefined;
  return v.height.find((h) => h.marks?.includes(c));
}

/**
 * Stated speeds, in mph or km/h ("at 60 mph", "going 25mph", "travelling at 40 km/h", "40kph"): the first
 * of 20 mph or more is a high-energy mechanism; a lower one ("3 mph" on a scooter, "at 10 km/h") tells a
 * low-energy one. One pass over each field's words.
 */
function statedSpeeds(fieldsToRead: readonly Field[], words: WordsOf, asserted: (s: Span) => boolean): { high?: Span; lows: Span[] } {
  const lows: Span[] = [];
  for (const f of fieldsToRead) {
    if (!f.value) continue;
    const w = words(f);
    for (let i = 0; i < w.length; i++) {
      const t = w[i].text;
      let n: string | undefined;
      let start = w[i].start;
      let end = w[i].end;
      // Miles an hour, or kilometres ("40 km/h", "40kph", "40 km per hour") at 0.62 miles each.
      let perMile = 1;
      const unit = SPEED_UNIT.exec(t);
      if (unit && unit[1] && unit[2] === 'km' && (w[i + 1]?.text === 'h' || (w[i + 1]?.text === 'per' && w[i + 2]?.text === 'hour'))) {
        n = unit[1];
        perMile = KM_IN_MILES;
        end = w[w[i + 1].text === 'h' ? i + 1 : i + 2].end;
      } else if (unit && unit[1]) {
        n = unit[1];
        perMile = unit[2] === 'kph' ? KM_IN_MILES : 1;
      } else if (unit && i > 0 && SPEED.test(w[i - 1].text)) {
        const kmh = unit[2] === 'km';
        if (kmh && !(w[i + 1]?.text === 'h' || (w[i + 1]?.text === 'per' && w[i + 2]?.text === 'hour'))) continue;
        n = w[i - 1].text;
        start = w[i - 1].start;
        perMile = unit[2] === 'mph' ? 1 : KM_IN_MILES;
        if (kmh) end = w[w[i + 1].text === 'h' ? i + 1 : i + 2].end;
      }
      if (!n || !SPEED.test(n)) continue;
      const span = { start, end };
      if (!asserted(span)) continue;
      if (Number(n) * perMile >= HIGH_SPEED_MPH) return { high: span, lows };
      lows.push(span);
    }
  }
  return { lows };
}

export interface ReferralFact {
  neurosurgery: boolean;
  field?: Field;
  /** Where the neurosurgery referral was read. */
  span?: Span;
}

/** Every spelling of neurosurgery holds "neuro", "nsg" or the word "NS" ("Consult to Ped NS OPD"; reading-vocabulary neurosurgeryNamed). */
export const mayNameNeurosurgeryOf = perVocabulary(
  (v: ReadingVocabulary['neurosurgeryNamed']) => new RegExp(`${wordsSource(v.parts, { spaces: String.raw`\s+` })}|\\b(?:${wordsSource(v.words)})\\b`, 'i'),
);
const mayNameNeurosurgery = (text: string) => mayNameNeurosurgeryOf(readingVocabulary().neurosurgeryNamed).test(text);

const definitionPatterns = new Map<string, RegExp>();
/** "(NS)" after its words, or "NS (…)" / "NS = …" before them; built once per spelling (every field of every note is scanned). */
function definitionPattern(abbr: string): RegExp {
  let re = definitionPatterns.get(abbr);
  if (!re) {
    re = new RegExp(`\\(\\s*${abbr}\\s*\\)|\\b${abbr}\\s*(?:\\(|=)\\s*([a-z][a-z' -]{0,60})`, 'gi');
    definitionPatterns.set(abbr, re);
  }
  return re;
}

/**
 * The short spellings of neurosurgery (referral.definedOtherwise) the note defines by their initials as something else:
 * "nephrotic syndrome (NS)", "NS (normal saline)", "NS = nephrotic syndrome". Not "pediatric neurosurgery (NS)": a
 * definition naming neurosurgery keeps it. Each field's value is scanned once per spelling.
 */
function definedOtherwise(fieldsToRead: readonly Field[], v: ReadingVocabulary['referral']): Set<string> {
  const out = new Set<string>();
  if (!v.definedOtherwise.length) return out;
  const names = phraseSetOf(v.neurosurgery);
  const spells = (ws: readonly Word[], abbr: string) => ws.length === abbr.length && ws.every((w, i) => w.text[0] === abbr[i]);
  const other = (ws: readonly Word[]) => !findAny(ws, names).length && !ws.some((w) => /^(?:neuro|surg)/.test(w.text));
  for (const f of fieldsToRead) {
    if (!f.value) continue;
    for (const abbr of v.definedOtherwise) {
      if (out.has(abbr)) continue;
      for (const m of f.value.matchAll(definitionPattern(abbr))) {
        work.steps += m[0].length;
        // "nephrotic syndrome (NS)": the words right before the bracket; "NS (normal saline)", "NS = …": the words after.
        const ws = m[1] === undefined ? toWords(f.value.slice(Math.max(0, m.index - 60), m.index)).slice(-abbr.length) : toWords(m[1]).slice(0, abbr.length);
        if (spells(ws, abbr) && other(ws)) {
          out.add(abbr);
          break;
        }
      }
    }
  }
  return out;
}

/**
 * A referral counts only when made or requested: "Referral: NSGY", "refer to neurosurgery".
 * Not "will refer if MRI abnormal", not "no referral yet", not "seen by neurosurgery in 2024",
 * and not another specialty (neurology is not neurosurgery).
 */
export function readReferral(
  text: string,
  referralField: Field | undefined,
  fieldsToRead: readonly Field[],
  unknownKeyed: readonly Field[] = [],
  thisYear = Infinity,
  /** Every field of the note, where an abbreviation may be defined ("PMH: nephrotic syndrome (NS)"). */
  allFields: readonly Field[] = fieldsToRead,
): ReferralFact {
  const v = readingVocabulary().referral;
  const answered = answeredKey(unknownKeyed, v);
  if (answered) return { neurosurgery: true, field: answered, span: answered.keySpan };
  // Neurosurgery's own short heading, which no field holds (a line of one or two words is no narrative): read when
  // nothing else in the note tells the referral.
  const notTold = (): ReferralFact => {
    const own = ownNoteHeading(text, v, allFields);
    return own && (datedTitle(text, v) || !fieldsToRead.some((f) => f.valueSpan.start <= own.start && own.end <= f.valueSpan.end))
      ? { neurosurgery: true, field: referralField, span: own }
      : { neurosurgery: false, field: referralField };
  };
  // A note with no spelling of neurosurgery (mayNameNeurosurgery) is read no further.
  if (!fieldsToRead.some((f) => mayNameNeurosurgery(f.value))) return notTold();
  const conditional = phrasesOf(v.conditional);
  const undecided = phrasesOf(v.undecided);
  const unlessMade = phrasesOf(v.conditionalUnlessMade);
  const heldTill = phrasesOf(v.heldTill);
  const made = phrasesOf(v.made);
  const notYetMade = phrasesOf(v.notYetMade);
  const takenBack = phrasesOf(v.takenBack);
  const waitedOn = phrasesOf(v.waitedOn.phrases);
  const waitedOnMade = phrasesOf(v.waitedOn.made);
  const notMadeHere = v.notMadeHere;
  const words = wordsOnce();
  const saline = mentions(fieldsToRead, phraseSetOf(v.notNeurosurgery), words);
  const otherwise = definedOtherwise(allFields, v);
  for (const m of mentions(fieldsToRead, phraseSetOf(v.neurosurgery), words)) {
    // "peds NS bolus x2": normal saline, no neurosurgery.
    if (saline.some((s) => s.span.start < m.span.end && m.span.start < s.span.end)) continue;
    // "nephrotic syndrome (NS) … followed in NS clinic": the note's own NS is not neurosurgery.
    if (otherwise.size && toWords(text.slice(m.span.start, m.span.end)).some((w) => otherwise.has(w.text))) continue;
    // "NSGY referral: not done yet", "referral to neurosurgery not yet arranged": the referral's own words say it is not
    // made. Only right after the mention, nothing but the referral's noun, a key's colon or a dash between; a thing named
    // between is another's ("Referred to neurosurgery - appointment not booked yet", "(MRI not done yet)").
    // Not when the same line goes on to tell it made after all ("not done - see below; referred today via ERS", "not
    // requested by GP, requested by us today", "not made previously; made today"): the later word is the latest, and
    // the denial ("not made" is also a conditional word; "previously" tells the denial's time) is read no further.
    // "NSGY not indicated at this time": the specialty itself judged not needed, referral noun or not.
    const notMadeTo = referralSaidNotMade(text, m.span, notMadeHere) ?? judgedNotNeeded(text, m.span, v);
    const madeAfter = notMadeTo !== undefined && madeLaterOnLine(text, notMadeTo, v.madeLater);
    if (notMadeTo !== undefined && !madeAfter) continue;
    const c = readContext(referralText(text, m.span, v.bracketDoubts), m.span.start, m.span.end);
    if (c.negated || c.hypothetical || c.uncertain || (c.historical && !madeAfter) || c.experiencer === 'other') continue;
    if (deniedInDutchOrGerman(text, m.span)) continue;
    const clause = clauseWords(text, m);
    // "Neurosurgery referral placed by PCP 10/02, pediatric neurosurgery appointment pending": the part that
    // opens the clause (to a comma) holds the mention and says it was made, with nothing conditional in it; a
    // condition after it is another thing's. Not "if new leg weakness, numbness -> call NSGY stat".
    const part = clauseWords(text, m, true);
    // Not "referral to be placed, pending MRI": yet to be made.
    const madeHere = opensClause(text, m) && has(part, made) && !has(part, conditional) && !has(part, unlessMade) && !has(part, notYetMade);
    const weighed = madeAfter ? clause.filter((w) => w.start >= notMadeTo) : clause;
    // "NSGY referral placed, declined by family", "… cancelled by family": taken back, wherever in its clause.
    // A wish to wait on the referral puts it off unless its sentence, past a semicolon too, tells one made ("NSGY
    // referral - mum would rather wait; explained, referral faxed" stays made).
    if (
      (has(weighed, conditional) && !madeHere) ||
      undecidedReferral(text, m, weighed, undecided, made) ||
      has(weighed, takenBack) ||
      (has(weighed, waitedOn) && !has(sentenceWords(text, m), waitedOnMade)) ||
      (has(weighed, unlessMade) && !has(weighed, made)) ||
      heldTillThen(text, m, heldTill, made) ||
      unanswered(text, m.span.start, m.span.end)
    )
      continue;
    if (toldPast(text, m, clause, thisYear)) continue;
    if (documentOnly(clause, sentenceWords(text, m), v)) continue;
    return { neurosurgery: true, field: m.field, span: m.span };
  }
  return notTold();
}

/**
 * A Dutch or German denial of the referral, which the context lexicon (English) does not read: a "geen"/"kein(e/en)" in
 * the two words before the mention ("Geen verwijzing neurochirurgie", "Keine Überweisung Neurochirurgie"), or a
 * "niet"/"nicht" in the three words after it in its clause, a colon or dash allowed ("Neurochirurgie niet nodig volgens
 * ouders", "Neurochirurg: nicht notwendig", "Verwijzing neurochirurgie niet geïndiceerd"). A comma, semicolon or sentence's
 * end closes the clause ("Verwezen naar neurochirurgie, niet eerder gezien" stays a referral).
 */
const DUTCH_GERMAN_NO_BEFORE = /(?:^|[^\p{L}])(?:geen|kein|keine|keinen)\s+(?:[\p{L}-]+\s+)?$/iu;
const DUTCH_GERMAN_NOT_AFTER = /^[\p{L}-]*(?:\s*[:\u2013\u2014-]\s*|\s+)(?:[\p{L}-]+\s+){0,2}(?:niet|nicht)(?![\p{L}])/iu;
function deniedInDutchOrGerman(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const before =
    text
      .slice(Math.max(lineStart, span.start - 40), span.start)
      .split(/[,;.!?]/)
      .pop() ?? '';
  if (DUTCH_GERMAN_NO_BEFORE.test(before)) return true;
  const after = text.slice(span.end, span.end + 60).split(/[,;!?\r\n]|\.(?:\s|$)/)[0];
  return DUTCH_GERMAN_NOT_AFTER.test(after);
}

/**
 * A first line closed by the visit's date ("Neurocirugía pediátrica - Consulta externa 22/05/2025", "Neurosurgery clinic
 * 12/03/2026", "… 2026-03-12"): the date makes the parser hold the line as a field, yet it is the note's heading still.
 */
const DATED_HEADING = new RegExp(String.raw`^[ \t]*([^\r\n]*?\S)[ \t,;:\-–—]+(?:${SLASH_DATE}\/\d{2,4}|\d{4}-\d{2}-\d{2})[ \t]*(?:\r?\n|$)`);

/** Every word of neurosurgery's names, its services and a heading's other words (referral.ownNote.titleWords), once per vocabulary. */
const titleWordsOf = perVocabulary(
  (v: ReadingVocabulary['referral']): ReadonlySet<string> =>
    new Set([...v.neurosurgery, ...v.ownNote.services, ...v.ownNote.titleWords].flatMap((p) => toWords(p).map((w) => w.text))),
);

/** The first line is a heading closed by a date, its other words only neurosurgery's, its services' and titleWords, and no question. */
function datedTitle(text: string, v: ReadingVocabulary['referral']): boolean {
  const m = DATED_HEADING.exec(text);
  // "Neurosurgery clinic? 22/05/2025": a question of a heading, no referral told.
  if (!m || /[?¿]/.test(m[1])) return false;
  const allowed = titleWordsOf(v);
  return toWords(m[1]).every((w) => allowed.has(w.text));
}

/**
 * Neurosurgery's own note (reading-vocabulary.json referral.ownNote): its first line, a short heading, names neurosurgery
 * and a service of its ("NSGY CLINIC", "Neurosurgery Clinic - Follow up", "Neurosurgery outpatient consult"), so the
 * child is in its care. A heading that speaks of a referral ("Referral to NSGY clinic - not yet placed") is left to the
 * referral's own reading, and one read negated, conditional, uncertain, past or someone else's names no care now.
 */
function ownNoteHeading(text: string, v: ReadingVocabulary['referral'], allFields: readonly Field[]): Span | undefined {
  const first = /^\s*([^\r\n]*)/.exec(text)!;
  const heading = first[1].trimEnd();
  if (!heading || !mayNameNeurosurgery(heading) || /\brefer/i.test(heading)) return undefined;
  const start = first.index + first[0].length - first[1].length;
  const words = toWords(heading, start);
  if (words.length > v.ownNote.maxWords || !findAny(words, phraseSetOf(v.ownNote.services)).length) return undefined;
  const m = findAny(words, phraseSetOf(v.neurosurgery))[0];
  if (!m) return undefined;
  // "NS clinic" where the note defines NS as something else (nephrotic syndrome).
  const otherwise = definedOtherwise(allFields, v);
  if (otherwise.size && toWords(text.slice(m.start, m.end)).some((w) => otherwise.has(w.text))) return undefined;
  const c = readContext(text, m.start, m.end);
  if (c.negated || c.hypothetical || c.uncertain || c.historical || c.experiencer === 'other') return undefined;
  return m;
}

/**
 * A line the note language does not know whose key names neurosurgery and whose value answers it made
 * ("Neurosurgery: referred", "NSGY referral: yes", "Neurosurgery referral: placed today"; not
 * "Neurosurgery: no", "NSGY referral: not yet, pending MRI", "Neurosurgery hx: shunt revised 2019").
 */
function answeredKey(fields: readonly Field[], v: ReadingVocabulary['referral']): Field | undefined {
  for (const f of fields) {
    if (f.key || !f.value.trim() || !mayNameNeurosurgery(f.rawKey)) continue;
    const key = toWords(f.rawKey.slice(0, 60));
    if (!findAny(key, phraseSetOf(v.neurosurgery)).length) continue;
    // Only a key of the referral itself: the specialty, and at most a word of referring ("NSGY referral", "Neurosurgery consult").
    if (key.length > 3 || key.some((w) => !REFERRAL_KEY_WORDS.has(w.text) && !findAny([w], phraseSetOf(v.neurosurgery)).length)) continue;
    const value = toWords(f.value.slice(0, 200));
    if (!phrasesOf(v.answeredKeys.yes).some((p) => findPhrase(value, p).some((h) => h.from === 0))) continue;
    if (has(value, phrasesOf(v.answeredKeys.no)) || has(value, phrasesOf(v.conditional))) continue;
    return f;
  }
  return undefined;
}

/**
 * The mention tells the child's past with neurosurgery, no referral now (reading-vocabulary.json referral.past): a history
 * word within a word of it ("Neurosurgery hx: VP shunt placed 2019", "prior NSGY") or a remote time in its clause ("seen by
 * neurosurgery as a baby", "shunt by NSGY in 2019"), and nothing in the clause that keeps neurosurgery caring now
 * ("followed by neurosurgery since 2019", "NSGY aware").
 */
function toldPast(text: string, m: Mention, clause: Word[], thisYear: number): boolean {
  const v = readingVocabulary();
  const past = v.referral.past;
  if (findAny(clause, phraseSetOf(past.ongoing)).length) return false;
  // The words beside it on its line, within its value ("Referral: neurosurgery\nPrior imaging: …" is no "neurosurgery prior").
  let a = m.span.start;
  const aMin = Math.max(m.field.valueSpan.start, a - 20);
  while (a > aMin && text[a - 1] !== '\n') a--;
  let b = m.span.end;
  const bMax = Math.min(m.field.valueSpan.end, b + 20);
  while (b < bMax && text[b] !== '\n' && text[b] !== '\r') b++;
  const around = toWords(text.slice(a, b), a);
  const at = around.findIndex((w) => w.start >= m.span.start);
  const last = around.findIndex((w) => w.end >= m.span.end);
  if (at >= 0 && last >= 0) {
    const near = [...around.slice(Math.max(0, at - 1), at), ...around.slice(last + 1, last + 3)];
    if (findAny(near, phraseSetOf(past.history)).length) return true;
  }
  if (findAny(clause, phraseSetOf(v.trauma.now)).length) return false;
  if (findAny(clause, phraseSetOf(v.trauma.remote)).length) return true;
  return clause.some((w) => /^(?:19|20)\d\d$/.test(w.text) && Number(w.text) < thisYear);
}

/**
 * "Emailed the MRI report to neurosurgery": the clause sends (referral.documentsSent.verbs) a document
 * (documentsSent.documents), both told before the mention, to neurosurgery and asks nothing of it (no word of documentsSent.asking): neurosurgery is kept informed,
 * no referral is made.
 */
function documentOnly(clause: Word[], sentence: Word[], v: ReadingVocabulary['referral']): boolean {
  const rule = v.documentsSent;
  const mention = findAny(clause, phraseSetOf(v.neurosurgery))[0];
  if (!mention) return false;
  const before = clause.filter((w) => w.end <= mention.start);
  // The asking may come in the sentence's next clause: "Sent MRI report to neurosurgery; urgent referral placed".
  return has(before, phrasesOf(rule.verbs)) && has(before, phrasesOf(rule.documents)) && !has(clause, phrasesOf(rule.asking)) && !has(sentence, phrasesOf(rule.asking));
}

/** The words of the mention's sentence, within its value (to ". " or a line's end). */
function sentenceWords(text: string, m: Mention): Word[] {
  const { start, end } = m.field.valueSpan;
  let a = m.span.start;
  while (a > start && text[a - 1] !== '\n' && !(text[a - 1] === ' ' && text[a - 2] === '.')) a--;
  let b = m.span.end;
  while (b < end && text[b] !== '\n' && text[b] !== '\r' && !(text[b] === '.' && /\s/.test(text[b + 1] ?? ' '))) b++;
  return toWords(text.slice(a, b), a);
}

const REFERRAL_KEY_WORDS = new Set(['referral', 'refer', 'referred', 'consult', 'consulted', 'consultation', 'peds', 'pediatric', 'paediatric']);

/**
 * The mention is a question left unanswered: it opens its line, its sentence or a list item, a word or two,
 * a colon or a question mark, and nothing after it on its line ("Neurosurgery referral: {Yes/No:12345} ***",
 * with the template's placeholders blanked; "NSGY consult?"). Not a statement that ends in a colon
 * ("Referred to peds neurosurgery:", "discussed with neurosurgery today:"), nor a question answered on the
 * next line, indented under it ("Neurosurgery referral:\n  - placed today").
 */
function unanswered(text: string, start: number, end: number): boolean {
  const after = /^[ \t]*(?:[A-Za-z]{1,15}[ \t]*){0,2}[?:][ \t]*(?:\r?\n|$)/.exec(text.slice(end, end + 200));
  if (!after) return false;
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 200);
  const before = text.slice(lineStart, start);
  if (!/(?:^|[.;:?!]|^[ \t]*[-*\u2022])[ \t]*$/.test(before)) return false;
  // The next line, indented deeper than the mention's, answers it.
  const next = /^[ \t]*(?=\S)/.exec(text.slice(end + after[0].length, end + after[0].length + 200));
  const indent = /^[ \t]*/.exec(before)![0].length;
  return !(next && after[0].endsWith('\n') && next[0].length > indent);
}

/** The phrases right after a referral's mention, with its noun, a colon or a dash and "is/has been/still" between; built once per list. */
const saidNotMadePattern = perVocabulary((phrases: readonly string[]): RegExp | undefined => {
  const alternatives = phrases.map((p) => p.trim().split(/\s+/).map(escapeRegExp).join('\\s+')).join('|');
  if (!alternatives) return undefined;
  return new RegExp(`^((?:\\s*[:\\-\u2013\u2014]\\s*|\\s+(?:referral|referrals|consult|consultation|is|was|has|have|been|still|as\\s+yet)\\b)*)\\s*(${alternatives})\\b`, 'i');
});

/**
 * "NSGY referral: not done yet", "referral to neurosurgery not yet arranged", "Neurosurgery: not referred": one of
 * `phrases` right after the mention, with only the referral's noun, a colon or a dash and "is/has been/still" between,
 * and the referral named (before the mention, between, or "referred" in the phrase itself). Anything else named between
 * ("- appointment not booked yet", "sent as MRI not done yet") leaves the referral as the rest of the clause reads it.
 * Phrases that judge neurosurgery itself not needed ("NSGY not indicated") need no referral word (`needsReferralWord`).
 */
function referralSaidNotMade(text: string, span: Span, phrases: readonly string[], needsReferralWord = true): number | undefined {
  const pattern = saidNotMadePattern(phrases);
  if (!pattern) return undefined;
  const after = pattern.exec(text.slice(span.end, span.end + 80));
  if (!after) return undefined;
  if (!needsReferralWord) return span.end + after[0].length;
  const named = /\b(?:referral|referrals|consult|consultation)\b/i;
  const said = named.test(text.slice(Math.max(0, span.start - 15), span.end)) || named.test(after[1]) || /\breferred\b/i.test(after[2]);
  return said ? span.end + after[0].length : undefined;
}

/**
 * "NSGY not indicated at this time.": neurosurgery itself judged not needed right after its mention (`notNeededHere`),
 * where the phrase ends where it is said to. Only a time may follow it to its sentence's end: "not indicated for
 * surgery / to operate", "unnecessary per mum, will refer anyway" judge something else or go on. Not after a contact
 * already made ("Seen by NSGY - not indicated …", "Discussed with neurosurgery - not needed …") or told later on the
 * line ("… at this time. They will follow her in clinic."), and never in neurosurgery's own note (its first line names
 * neurosurgery): there the surgery is what is judged, and the referral stands as the rest of the clause reads it.
 */
function judgedNotNeeded(text: string, span: Span, v: ReadingVocabulary['referral']): number | undefined {
  const to = referralSaidNotMade(text, span, v.notNeededHere, false);
  if (to === undefined) return undefined;
  const only = v.notNeededOnly;
  const closed = closedByTimePattern(only).exec(text.slice(to, to + 200));
  if (!closed) return undefined;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const before = text.slice(sentenceStart(text, span.start, lineStart), span.start);
  if (namesAny(before, only.contactBefore)) return undefined;
  const lineEnd = text.indexOf('\n', to);
  if (namesAny(text.slice(to + closed[0].length - (closed[0].endsWith('\n') ? 1 : 0), lineEnd < 0 ? text.length : lineEnd), only.contactAfter)) return undefined;
  // Neurosurgery's own note: its first line (the heading, not the mention's own line) names neurosurgery.
  const heading = /^\s*([^\r\n]*)/.exec(text)!;
  const headingEnd = heading.index + heading[0].length;
  if (span.start > headingEnd && mayNameNeurosurgery(heading[1]) && namesAny(heading[1], readingVocabulary().referral.neurosurgery)) return undefined;
  return to;
}

/**
 * Only a time ("at this time", "for now") and then the sentence's or line's end; built once per list of times. The
 * family's wish the judgement rests on may come last ("… at this stage per mum's preference", "as per parents' wishes"):
 * a relative (notes/headings.ts RELATIVE_WORDS) owning one of `wishes`, nothing after it. A relative's opinion alone
 * ("not needed per mum") is no wish and still goes on to `contactAfter`'s "per".
 */
const closedByTimePattern = perVocabulary(({ times, familyWishes: wishes }: ReadingVocabulary['referral']['notNeededOnly']): RegExp => {
  const time = times.length ? `(?:\\s+(?:${alternation(times.map(phrasePattern), { longestFirst: true, one: (w) => w })}))?` : '';
  const owner = `(?:${RELATIVE_WORDS.filter((w) => /^[a-z]+$/.test(w)).join('|')})(?:'s|\u2019s|s'|s\u2019|s)?`;
  const wish = wishes.length
    ? `(?:,?\\s+(?:as\\s+)?per\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?${owner}\\s+(?:${alternation(wishes.map(phrasePattern), { longestFirst: true, one: (w) => w })}))?`
    : '';
  return new RegExp(`^${time}${wish}[ \\t]*(?:[.;!]|\\r?\\n|$)`, 'i');
});

/** Any of the phrases as its own words (a phrase's word edges only where it has word characters); built once per list. */
const phrasesAsWords = perVocabulary((phrases: readonly string[]): RegExp | undefined => {
  if (!phrases.length) return undefined;
  const one = (p: string) => `${/^\w/.test(p) ? '\\b' : ''}${phrasePattern(p)}${/\w$/.test(p) ? '\\b' : ''}`;
  return new RegExp(alternation(phrases, { one }), 'i');
});

/**
 * The note as the referral's context reads it: a bracketed question to the specialist closing the referral's line
 * ("Referral peds neurosurgery ('tethered cord?')") is blanked, its "?" being the finding's, not the referral's.
 */
function referralText(text: string, mention: Span, doubts: readonly string[]): string {
  const q = questionToSpecialist(text, mention, doubts);
  return q ? text.slice(0, q.start) + ' '.repeat(q.end - q.start) + text.slice(q.end) : text;
}

/** Whether `text` holds one of `phrases` as its own words. */
function namesAny(text: string, phrases: readonly string[]): boolean {
  if (!text) return false;
  return phrasesAsWords(phrases)?.test(text) ?? false;
}

/**
 * The rest of the line after a referral said not made (from `from`, at most 160 characters) tells it made after all: a
 * word of `rule.made` ("referred", "done now", "requested by us today", "made today"), and nothing there of a plan or a
 * condition ("will refer today", "pending MRI", "(family declined)"), another denial ("not referred") or another thing
 * ("MRI booked first", "ortho referral sent"), whose word that would be.
 */
function madeLaterOnLine(text: string, from: number, rule: ReadingVocabulary['referral']['madeLater']): boolean {
  let to = from;
  while (to < text.length && to - from < 160 && text[to] !== '\n' && text[to] !== '\r') to++;
  const rest = toWords(text.slice(from, to), from);
  if (!has(rest, phrasesOf(rule.made)) || has(rest, phrasesOf(rule.notIf))) return false;
  // "US booked" names the ultrasound only in capitals ("requested by us today" is the team).
  const written = new Set(text.slice(from, to).split(/[^A-Za-z]+/));
  return !rule.notIfAsWritten.some((w) => written.has(w));
}

/**
 * "NSGY referral - NP to decide after US results", "neurosurgery referral tbd": the referral itself left undecided (referral.undecided).
 * Not "Neurosurgery to decide re: surgery" (neurosurgery, the one deciding, is already seeing the child), nor "Neurosurgery
 * referral sent - clinic date to be decided" (made, before what is left to decide).
 */
function undecidedReferral(text: string, m: Mention, clause: Word[], undecided: Phrase[], made: Phrase[]): boolean {
  const at = undecided.flatMap((p) => findPhrase(clause, p)).map((x) => x.from);
  if (!at.length) return false;
  if (/^\s+(?:will\s+|is\s+|are\s+)?(?:to\s+)?(?:decide|deciding)\b/i.test(text.slice(m.span.end, m.span.end + 30))) return false;
  const first = Math.min(...at);
  return !made.some((p) => findPhrase(clause, p).some((x) => x.from < first));
}

function has(words: Word[], phrases: Phrase[]): boolean {
  return phrases.some((p) => findPhrase(words, p).length > 0);
}

/** No comma stands between the start of the mention's clause and the mention (bounded as clauseWords). */
function opensClause(text: string, m: Mention): boolean {
  const aMin = Math.max(m.field.valueSpan.start, m.span.start - 80);
  for (let a = m.span.start; a > aMin; a--) {
    const c = text[a - 1];
    if (c === ',') return false;
    if (/[;.\n\r]/.test(c)) return true;
  }
  return true;
}

/**
 * The words of the mention's clause, where a conditional word counts ("NSGY referral if abnormal", "consider NSGY");
 * with `toComma`, only the part of it the mention stands in, to a comma.
 */
/**
 * A referral held till a time ("ok, will hold NSGY till then", "Will hold NSGY referral till then"; referral.heldTill): a
 * word of it in the mention's own clause, up to a comma, semicolon, stop or spaced dash, which tells no word of it made. Something else held till then in a later clause ("NSGY referral, oxybutynin till then", "Refer NSGY - no
 * trampolining till the appointment") leaves the referral as it is told.
 */
function heldTillThen(text: string, m: Mention, heldTill: Phrase[], made: Phrase[]): boolean {
  const v = m.field.valueSpan;
  const stop = (i: number) => /[,;.\n\r]/.test(text[i]) || (/[-\u2013\u2014]/.test(text[i]) && /[ \t]/.test(text[i - 1] ?? '') && /[ \t]/.test(text[i + 1] ?? ''));
  let a = m.span.start;
  const aMin = Math.max(v.start, a - 80);
  while (a > aMin && !stop(a - 1)) a--;
  let b = m.span.end;
  const bMax = Math.min(v.end, b + 80);
  while (b < bMax && !stop(b)) b++;
  const own = toWords(text.slice(a, b));
  return has(own, heldTill) && !has(own, made);
}

function clauseWords(text: string, m: Mention, toComma = false): Word[] {
  const v = m.field.valueSpan;
  const stop = toComma ? /[,;.\n\r]/ : /[;.\n\r]/;
  // Bounded: a clause is read at most 80 characters each way, so many mentions stay linear.
  let a = m.span.start;
  const aMin = Math.max(v.start, a - 80);
  while (a > aMin && !stop.test(text[a - 1])) a--;
  let b = m.span.end;
  const bMax = Math.min(v.end, b + 80);
  while (b < bMax && !stop.test(text[b])) b++;
  work.steps += b - a;
  return toWords(appointmentWaitBlanked(asideBefore(text.slice(a, b), m.span.start - a), m.span.end - a));
}

/**
 * The clause with an appointment's wait after the mention blanked out (reading-vocabulary referral.appointmentWait):
 * "Referred to neurosurgery (appt pending)", "referred to NSGY - appointment awaited" tell the referral made and only its
 * date to come. Only a wait ending its bracket or clause: "appt pending MRI" waits on the MRI, and "referral pending" (no
 * appointment noun) is the referral's own wait; both stay.
 */
function appointmentWaitBlanked(clause: string, mentionEnd: number): string {
  const v = readingVocabulary().referral.appointmentWait;
  const wait = appointmentWait(v);
  const after = clause.slice(mentionEnd).replace(wait, (g: string) => ' '.repeat(g.length));
  if (after === clause.slice(mentionEnd)) return clause;
  // Only a referral told made in the clause, none planned, asked or weighed (review r55: "Neurosurgery referral to be
  // made, appt pending", "Plan: NSGY referral - appt pending", "Refer to neurosurgery? appt pending" keep the wait).
  const rest = clause.slice(0, mentionEnd) + after;
  const { toldMade, notMade } = appointmentWaitTold(v);
  if (!toldMade.test(rest) || notMade.test(rest) || rest.includes('?')) return clause;
  return rest;
}
const appointmentWaitTold = perVocabulary((v: ReadingVocabulary['referral']['appointmentWait']) => ({
  toldMade: new RegExp(`\\b(?:${alternation(v.toldMade, { longestFirst: true, one: phrasePattern })})\\b`, 'i'),
  notMade: new RegExp(`\\b(?:${alternation(v.notMade, { longestFirst: true, one: phraseOrStem })})\\b`, 'i'),
}));
const appointmentWait = perVocabulary(
  (v: ReadingVocabulary['referral']['appointmentWait']) =>
    new RegExp(
      `\\b(?:${alternation(v.nouns, { longestFirst: true, one: phrasePattern })})\\s+(?:${alternation(v.waits, { longestFirst: true, one: phrasePattern })})(?=\\s*(?:\\)|$))`,
      'gi',
    ),
);

/**
 * The clause with each parenthetical that closes before the mention blanked out: its words are its own thing's
 * ("I've arranged an USS (date pending), and I have also written to neurosurgery": the date is pending, not the
 * referral). One that holds or follows the mention stays ("NSGY referral (pending MRI)", "refer to NSGY (if abnormal)").
 */
function asideBefore(clause: string, mentionAt: number): string {
  if (!clause.includes('(')) return clause;
  return clause.replace(/\([^()]*\)/g, (g: string, at: number) => (at + g.length <= mentionAt ? ' '.repeat(g.length) : g));
}
