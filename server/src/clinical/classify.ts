import type { Knowledge } from '../knowledge/knowledge';
import type { Scenario } from '../knowledge/schema';
import type { Span } from '../notes/text';
import { type Facts, type FindingHit, present } from './facts';
import { toWords } from '../notes/words';
import { readContext } from './context';
import { type ReadingVocabulary, findAny, phraseSetOf, readingVocabulary } from './vocabulary';
import { alternation, perVocabulary, phraseOrStem, wordSetOf, wordsPattern } from './patterns';
import { wholeWordsPattern, wordsSource } from './word-lists';
import { sentenceSpan } from './clauses';

export interface Classification {
  scenario: Scenario;
  /** Plain words: why the note was put in this scenario. */
  reasons: string[];
  /** Where the deciding facts are, for relatedInformation. */
  evidence: { span: Span; label: string }[];
  /** Cutaneous markers present (dimple excluded), and whether any is high risk. */
  markers: FindingHit[];
  highRiskMarker: boolean;
}

const ADULT_MONTHS = 18 * 12;
/** A suspected lesion inside the spinal canal, as a suspicion's words name it. */
function intraspinalLesion(words: string): boolean {
  const p = lesionPatterns(readingVocabulary().suspectedIntraspinalLesion);
  return p.intraspinal.test(words) && !p.infectious.test(words);
}
/**
 * reading-vocabulary suspectedIntraspinalLesion as patterns: an infection's word parts match inside any word
 * ("osteomyelitis", "meningitis"), its whole words ("TB") only as words.
 */
export const lesionPatterns = perVocabulary((v: ReadingVocabulary['suspectedIntraspinalLesion']) => ({
  infectious: new RegExp(`${wordsSource(v.infectiousParts)}|\\b(?:${wordsSource(v.infectiousWords)})\\b`, 'i'),
  intraspinal: wholeWordsPattern(v.intraspinal),
}));

let describing: { list: readonly string[]; set: Set<string> } | undefined;
const spelled = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();

/**
 * The overuse a note tells: none when it denies an activity ("not related to sports (doesn't play
 * any)", "no new sports, no heavy lifting") and its only overuse words describe the pain ("postural",
 * "musculoskeletal": reading-vocabulary.json overuseWithoutActivity) rather than name one.
 */
function overuseOf(text: string, facts: Facts): FindingHit[] {
  // "Musculoskeletal: mild paraspinal tenderness", "MSK:": the name of a part of the exam, no cause of the pain.
  const v = readingVocabulary();
  const found = present(facts, 'overuse').filter(
    (h) =>
      !LABEL_AFTER.test(text.slice(h.span.end, h.span.end + 4)) &&
      !serviceNamed(text, h) &&
      !inRoleName(text, h, v.overuseRoles) &&
      !activityUnchanged(text, h, v.activityUnchanged) &&
      !stillPlayed(text, h, v.activityUnchanged.still, v.activityUnrelated.pain) &&
      !sportAsking(text, h, v.sportAsking) &&
      !sportDeniedAfter(text, h, v.sportDenied) &&
      !activityAsFunction(text, h, v.activityAsFunction),
  );
  if (!found.length) return found;
  // "here for pre-participation physical for basketball … low back ache x 2 wks … not related to any particular activity":
  // the writer unties the pain from activity, so a sport told apart from the pain is the visit's reason, not its cause.
  const untied = untiedFromActivity(text, found, v.activityUnrelated);
  if (untied.length < found.length) return untied;
  const list = v.overuseWithoutActivity;
  if (describing?.list !== list) describing = { list, set: new Set(list.map(spelled)) };
  const describes = (h: FindingHit) => describing!.set.has(spelled(text.slice(h.span.start, h.span.end)));
  if (!found.every(describes)) return found;
  const denied = facts.hits.some((h) => h.finding.id === 'overuse' && h.negated && !describes(h)) || deniedCause(text, v.causeDenied);
  return denied ? [] : found;
}
const LABEL_AFTER = /^[ \t]*:/;
/**
 * "Athletic trainer note", "seen by the athletic therapist": the overuse word is part of a role's or a department's name
 * (reading-vocabulary overuseRoles), who writes or sees the child, not an activity. Read on the hit's own line only.
 */
function inRoleName(text: string, h: FindingHit, roles: readonly string[]): boolean {
  const from = text.lastIndexOf('\n', h.span.start - 1) + 1;
  const nl = text.indexOf('\n', h.span.end);
  const to = nl < 0 ? text.length : nl;
  return findAny(toWords(text.slice(from, to), from), phraseSetOf(roles)).some((r) => r.start <= h.span.start && h.span.end <= r.end);
}
/**
 * "MRI VETTING - Paediatric MSK", "MSK radiology", "referred to MSK clinic": "MSK" or "musculoskeletal" naming a service (a
 * specialty before it, a service word after it), no cause of the pain; "MSK pain", "musculoskeletal back pain" stay.
 */
function serviceNamed(text: string, h: FindingHit): boolean {
  const p = servicePatterns(readingVocabulary().musculoskeletalService);
  if (!p.serviceName.test(text.slice(h.span.start, h.span.end))) return false;
  // "paediatric MSK back pain": a pain word right after it names the cause, no service.
  if (p.painAfter.test(text.slice(h.span.end, h.span.end + 24))) return false;
  return p.specialtyBefore.test(text.slice(Math.max(0, h.span.start - 14), h.span.start)) || p.serviceAfter.test(text.slice(h.span.end, h.span.end + 16));
}
/** reading-vocabulary musculoskeletalService as the patterns of serviceNamed: the hit is the whole service word, the others touch it. */
export const servicePatterns = perVocabulary((v: ReadingVocabulary['musculoskeletalService']) => ({
  painAfter: new RegExp(`^[ \\t]+(?:(?:${wordsSource(v.painSites)})[ \\t]+)*(?:${wordsSource(v.painWords)})\\b`, 'i'),
  serviceName: new RegExp(`^(?:${wordsSource(v.services)})$`, 'i'),
  specialtyBefore: new RegExp(`\\b(?:${wordsSource(v.specialties)})[ \\t]+$`, 'i'),
  serviceAfter: new RegExp(`^[ \\t]+(?:${wordsSource(v.serviceWords)})\\b`, 'i'),
}));

/**
 * "Walking/running normally", "running around normally", "playing and running normally": the word tells how the child
 * moves (a normal gait), not a sport or a repetitive load. Only a bare gait word followed in its clause by nothing but
 * gait or linking words (reading-vocabulary.json activityAsFunction.between) and then a word of normal function; "runs
 * cross-country 5x/week", "running 5 km daily without difficulty" keep the activity.
 */
function activityAsFunction(text: string, h: FindingHit, v: ReadingVocabulary['activityAsFunction']): boolean {
  if (!v.activities.includes(text.slice(h.span.start, h.span.end).toLowerCase())) return false;
  const after = text.slice(h.span.end, h.span.end + 80).split(/[,;.:()\n]/)[0];
  const words = toWords(after, h.span.end);
  const normal = findAny(words, phraseSetOf(v.normal));
  if (!normal.length) return false;
  if (!words.filter((w) => w.end <= normal[0].start).every((w) => v.between.includes(w.text))) return false;
  // "running normal but painful", "LBP when running normally", "fine until 3 wks ago": the clause tells the running with
  // pain or a change, so it is the load, not the gait.
  const lineStart = text.lastIndexOf('\n', h.span.start - 1) + 1;
  const before =
    text
      .slice(Math.max(lineStart, h.span.start - 80), h.span.start)
      .split(/[,;.:()\n]/)
      .pop() ?? '';
  const clause = [...toWords(before), ...words];
  if (clause.some((w) => v.notFunction.includes(w.text))) return false;
  // "Running about in the playground, pain after": play told by its place is weaker than a gait told normal, so a word
  // tying pain or a change to it anywhere in its sentence keeps the activity.
  if (!PLAY_PLACE.test(text.slice(normal[0].start, normal[0].end))) return true;
  const s = sentenceSpan(text, h.span);
  const sentence = text.slice(s.start, s.end);
  return !toWords(sentence).some((w) => v.notFunction.includes(w.text)) && !playProvokes(v.playProvokes).test(sentence);
}
const PLAY_PLACE = /^(?:about|around)\s+(?:at|in|with)\b/i;
/** Pain or its provocation told anywhere in a place-told play's sentence ("Running about at break makes it worse"; review r55). */
const playProvokes = perVocabulary((words: readonly string[]) => new RegExp(`\\b(?:${words.map(phraseOrStem).join('|')})\\b`, 'i'));

/**
 * "Plays cricket on weekend but pain not related to it per child": the sport named, then untied from the pain later in its
 * own sentence by a denial pointing back to it (reading-vocabulary sportDenied.denials), so it is no overuse cause. Never
 * undone ("not unrelated to it") nor with another person in the sentence ("mum thinks not related to it": whose view is
 * uncertain, and the sport stays, the safer reading).
 */
function sportDeniedAfter(text: string, h: FindingHit, v: ReadingVocabulary['sportDenied']): boolean {
  const s = sentenceSpan(text, h.span);
  const denials = findAny(toWords(text.slice(h.span.end, s.end), h.span.end), phraseSetOf(v.denials)).filter(
    (d) => !/\bnot\s+$/i.test(text.slice(Math.max(0, d.start - 6), d.start)),
  );
  return denials.length > 0 && !sportDeniedOthers(v).test(text.slice(s.start, s.end));
}
const sportDeniedOthers = perVocabulary((v: ReadingVocabulary['sportDenied']) => wordsPattern(v.others, 'i'));

/**
 * The overuse hits still tied to the pain when the writer unties the patient's back pain from activity
 * (activityUnrelated.denials): only those told in a sentence with a word of pain ("Back pain worse after basketball
 * practice" stays, a denial beside it or not). All of them when no denial is the back pain's own (patientsOwnDenial).
 */
function untiedFromActivity(text: string, found: FindingHit[], v: ReadingVocabulary['activityUnrelated']): FindingHit[] {
  const pain = phraseSetOf(v.pain);
  const own = ownDenialOf(v);
  const denials = findAny(toWords(text), phraseSetOf(v.denials)).filter((d) => patientsOwnDenial(text, d, pain, own));
  if (!denials.length) return found;
  return found.filter((h) => {
    if (denials.some((d) => d.start <= h.span.start && h.span.end <= d.end)) return false;
    const s = sentenceSpan(text, h.span);
    return findAny(toWords(text.slice(s.start, s.end), s.start), pain).length > 0;
  });
}
/**
 * A denial about the patient's back pain (review r36-wards H4): its sentence names the back ("Low back pain x 3 wks,
 * unrelated to sports") or, naming no pain of its own, follows right after a sentence that does ("Low back ache x 2 wks.
 * No injury, not related to any particular activity."); never with another person in it ("Her mother's back pain …",
 * "per dad, but patient disagrees", "Mom says …"), another pain ("Wrist pain unrelated to sports"), nor undone ("not
 * unrelated to sports").
 */
function patientsOwnDenial(text: string, d: Span, pain: ReturnType<typeof phraseSetOf>, w: ReturnType<typeof ownDenialOf>): boolean {
  if (/\bnot\s+$/i.test(text.slice(Math.max(0, d.start - 6), d.start))) return false;
  const s = sentenceSpan(text, d);
  const own = text.slice(s.start, s.end);
  if (w.anotherPerson.test(own) || w.tiedBefore.test(text.slice(s.start, d.start))) return false;
  const backPain = backPainOf(readingVocabulary().backPainNamed);
  if (backPain.test(own)) return true;
  if (findAny(toWords(own, s.start), pain).length || w.anyPain.test(own)) return false;
  const before = text.slice(0, s.start).replace(/\s+$/, '');
  if (!before) return false;
  const prev = sentenceSpan(text, { start: before.length - 1, end: before.length - 1 });
  const told = text.slice(prev.start, prev.end);
  return backPain.test(told) && !w.anotherPerson.test(told);
}
/**
 * The words of patientsOwnDenial (reading-vocabulary activityUnrelated): before the denial in its sentence, a word tying the
 * pain to a time or load ("2 wk after increasing rehearsals, not worse with activity"); any pain, for a denial sentence that
 * must name none of its own; another person than the patient, or the writer setting the denial against another view.
 */
const ownDenialOf = perVocabulary((v: ReadingVocabulary['activityUnrelated']) => ({
  tiedBefore: wordsPattern(v.tiedBefore, 'i'),
  anyPain: wordsPattern(v.anyPain, 'i'),
  anotherPerson: new RegExp(String.raw`\b(?:${alternation(v.anotherPerson.words)})\b|['\u2019]s\s+(?:${alternation(v.anotherPerson.possessed)})`, 'i'),
}));
/** Words of the back's pain ("low back pain", "LBP", "back ache", "backache"): reading-vocabulary backPainNamed. */
export const backPainOf = perVocabulary((v: ReadingVocabulary['backPainNamed']) => new RegExp(`\\b(?:back\\s*(?:${wordsSource(v.afterBack)})|${wordsSource(v.whole)})\\b`, 'i'));

/**
 * "No change in play or sports", "activities unchanged": the child's ordinary activity goes on as before, no new load
 * that strains the back. Read in the clause before the word (a bounded look-back, so linear), and right after it
 * ("sports unchanged"; not past a comma: "gymnast, no increase in training" is still a gymnast).
 */
function activityUnchanged(
  text: string,
  h: FindingHit,
  words: { before: readonly string[]; after: readonly string[]; contrast: readonly string[]; load: readonly string[] },
): boolean {
  const before = clauseBefore(text, h.span.start);
  const after = clauseAfter(text, h.span.end);
  // Only the activity's own words between ("no change in play or sports"), and only right after ("sports unchanged"):
  // "weight unchanged, plays soccer", "pain unchanged, worse after gymnastics" keep the sport.
  const near = (gap: string) => gap.length <= 25 && !/[,.;:!?\n]/.test(gap);
  return (
    findAny(toWords(before.text, before.start), phraseSetOf(words.before)).some((s) => near(text.slice(s.end, h.span.start))) ||
    findAny(toWords(after.text, h.span.end), phraseSetOf(words.after)).some((s) => near(text.slice(h.span.end, s.start))) ||
    contrastedUnchanged(text, h.span.end, words)
  );
}

/**
 * "Still playing netball.", "Continues to play football.": the sport goes on as before, told bare (reading-vocabulary
 * activityUnchanged.still right before it, only its words between, the sentence closing right after it), in a sentence
 * naming no pain, and no sentence of the note ties a pain to a doing ("hurts when she bowls. Still playing cricket"). A
 * load or effort told after it ("6 days a week", "- fast bowler", "at elite level", "through the pain") keeps the sport.
 */
function stillPlayed(text: string, h: FindingHit, still: readonly string[], pain: readonly string[]): boolean {
  const before = clauseBefore(text, h.span.start);
  const told = findAny(toWords(before.text, before.start), phraseSetOf(still)).some(
    (s) => s.end <= h.span.start && text.slice(s.end, h.span.start).length <= 25 && !/[,.;:!?\n()-]/.test(text.slice(s.end, h.span.start)),
  );
  if (!told || !/^[ \t]*(?:[.;!\n]|$)/.test(text.slice(h.span.end, h.span.end + 4))) return false;
  const s = sentenceSpan(text, h.span);
  const painWords = phraseSetOf(pain);
  if (findAny(toWords(text.slice(s.start, s.end), s.start), painWords).length) return false;
  return !painTiedToDoingOf(readingVocabulary().painTiedToDoing).test(text);
}
/**
 * A pain word, then within its clause a word of when and the first letter of a doing (reading-vocabulary painTiedToDoing):
 * never a word of rest after it, nor a bare "and", "or", "off".
 */
export const painTiedToDoingOf = perVocabulary(
  (v: ReadingVocabulary['painTiedToDoing']) =>
    new RegExp(`\\b(?:${wordsSource(v.pain)})\\b[^.;\\n]{0,30}?\\b(?:when|whenever|with|on|after|during|while|from)\\s+(?!(?:${wordsSource(v.atRest)}|and|or|off)\\b)[a-z]`, 'i'),
);

/**
 * "Plays football at rec level but no change in training": the sport named, then set against an unchanged load in its
 * own sentence (activityUnchanged.contrast right before a `before` phrase, and a word of activityUnchanged.load right
 * after it): the writer names the sport to dismiss it. Without the contrast ("gymnast, no increase in training") the
 * sport stands, and so it does when what is unchanged is not the load ("but no change in pain with rest", "in bowel
 * habit"). A bounded look-ahead, over a wrapped line.
 */
function contrastedUnchanged(text: string, at: number, words: { before: readonly string[]; contrast: readonly string[]; load: readonly string[] }): boolean {
  const piece = text.slice(at, at + 2 * LOOK);
  const cut = piece.search(/[.;:!?]/);
  const sentence = cut >= 0 ? piece.slice(0, cut) : piece;
  const ws = toWords(sentence, at);
  const loads = findAny(ws, phraseSetOf(words.load));
  const unchanged = findAny(ws, phraseSetOf(words.before)).filter((u) => loads.some((l) => /^\s*$/.test(text.slice(u.end, l.start))));
  if (!unchanged.length) return false;
  return findAny(ws, phraseSetOf(words.contrast)).some((c) => unchanged.some((u) => /^[\s,]*$/.test(text.slice(c.end, u.start))));
}
/**
 * "rugby club wants an x-ray before tournament", "the football academy requested imaging": the sport names who asks for the
 * study, not an activity loading the back. A body word right after the sport's word, then an asking word within three
 * words, in one clause (a bounded look-ahead).
 */
function sportAsking(text: string, h: FindingHit, v: { bodies: readonly string[]; asks: readonly string[] }): boolean {
  const after = clauseAfter(text, h.span.end);
  const words = toWords(after.text);
  if (!words.length || words[0].start > 1 || !v.bodies.includes(words[0].text)) return false;
  return words.slice(1, 4).some((w) => v.asks.includes(w.text));
}
const LOOK = 60;
function clauseBefore(text: string, at: number): { text: string; start: number } {
  let start = Math.max(0, at - LOOK);
  const piece = text.slice(start, at);
  const cut = Math.max(piece.lastIndexOf('.'), piece.lastIndexOf(';'), piece.lastIndexOf('\n'));
  if (cut >= 0) start += cut + 1;
  return { text: text.slice(start, at), start };
}
function clauseAfter(text: string, at: number): { text: string } {
  const piece = text.slice(at, at + LOOK);
  const cut = piece.search(/[.,;:\n]/);
  return { text: cut >= 0 ? piece.slice(0, cut) : piece };
}

/** "no precipitating factor", "no known cause": a denied cause (read only when every overuse word merely describes the pain). */
function deniedCause(text: string, words: readonly string[]): boolean {
  return findAny(toWords(text), phraseSetOf(words)).some((s) => readContext(text, s.start, s.end).negated);
}

function quote(text: string, hit: { span: Span }): string {
  return `"${text.slice(hit.span.start, hit.span.end)}"`;
}

/**
 * Whether a significant injury is of the cervical spine: the study ordered says so by the regions it names, not
 * those its sentence denies ("XR T-L spine. C-collar not indicated (no neck pain)" is thoracolumbar). An order that
 * names no region ("clear collar per CT/exam") follows a positive sign of a neck injury told undenied ("c/o neck pain",
 * "midline TTP C5-6"), never a collar, a supple neck or a cleared c-spine, and only with no back pain and no sign of a
 * thoracolumbar injury ("step-off at L1", "seatbelt sign").
 */
function cervicalInjury(text: string, facts: Facts, k: Knowledge): boolean {
  const order = facts.order;
  if (!order) return false;
  const sub = k.vocabulary.subregions;
  const undenied = (s: Span) => !readContext(text, s.start, s.end).negated;
  if (order.reading.subregions.length) {
    const ordered = toWords(order.field.value, order.field.valueSpan.start);
    // "C-spine imaging not indicated": a region its sentence goes on to decline (order-vocabulary prose.declinedAfter).
    const declined = findAny(ordered, phraseSetOf(k.vocabulary.prose.declinedAfter));
    // Where the region's sentence ends, found once per region and without copying the rest of the note.
    const sentenceEnd = (at: number) => {
      SENTENCE_MARK.lastIndex = at;
      return SENTENCE_MARK.exec(text)?.index ?? text.length;
    };
    const asked = (s: Span) => {
      if (!undenied(s)) return false;
      if (!declined.length) return true;
      const end = sentenceEnd(s.end);
      return !declined.some((d) => d.start >= s.end && d.start < end);
    };
    const regions = (Object.keys(sub) as (keyof typeof sub)[]).filter((r) => findAny(ordered, phraseSetOf(sub[r])).some(asked));
    return regions.length ? regions.includes('cervical') : order.reading.subregions.includes('cervical');
  }
  if (present(facts, 'back-pain').length) return false;
  const v = readingVocabulary().trauma.cervicalInjury;
  const words = toWords(text);
  const levels = wordSetOf(v.levels);
  const lowerLevels = wordSetOf(v.lowerLevels);
  const tender = findAny(words, phraseSetOf(v.tenderAtLevel)).filter(undenied);
  const cLevels = words.filter((w) => levels.has(w.text));
  // A word within three words of a level, in its clause ("midline TTP C5-6", "C6-7 tenderness").
  const near = (s: Span, w: Span) => {
    const [a, b] = s.start < w.start ? [s.end, w.start] : [w.end, s.start];
    const between = text.slice(a, b);
    return !/[,;:\n]|[.!?](?=\s)/.test(between) && between.split(/\s+/).filter(Boolean).length <= 3;
  };
  const atCervical = (s: Span) => cLevels.some((w) => near(s, w));
  const lower = words.some((w) => lowerLevels.has(w.text) && undenied(w)) || findAny(words, phraseSetOf(v.lowerSigns)).some((s) => undenied(s) && !atCervical(s));
  if (lower) return false;
  return findAny(words, phraseSetOf(v.signs)).some(undenied) || tender.some(atCervical);
}

/** What ends a sentence for cervicalInjury: a full stop, a semicolon or a line break. */
const SENTENCE_MARK = /[.;\n]/g;

/** Puts a note in exactly one scenario (spec §4), with the reason. */
export function classify(text: string, facts: Facts, k: Knowledge): Classification {
  const markers = present(facts, 'cutaneous-marker');
  const skin = markers.length > 0 || facts.dimple !== undefined;
  const highRiskMarker = markers.some((m) => m.finding.risk === 'high') || markers.length >= 2;
  const evidence: Classification['evidence'] = [];
  const out = (id: string, ...reasons: string[]): Classification => ({ scenario: k.scenario(id), reasons, evidence, markers, highRiskMarker });
  const cite = (hits: FindingHit[]) => {
    for (const h of hits) evidence.push({ span: h.span, label: h.finding.label });
    return hits.map((h) => quote(text, h)).join(', ');
  };

  if (facts.age && facts.age.months >= ADULT_MONTHS) {
    evidence.push({ span: facts.age.span, label: 'age' });
    return out('no-criteria', 'the patient is 18 or older, and these criteria are for children');
  }

  // Only significant trauma leaves S1 (spec §4); a trivial bump or an unclear mechanism does not.
  if (facts.trauma.significance === 'significant') {
    const cervical = cervicalInjury(text, facts, k);
    const span = facts.trauma.span ?? present(facts, 'trauma')[0]?.span;
    if (span) evidence.push({ span, label: 'trauma' });
    return out(cervical ? 'spine-trauma-cervical' : 'spine-trauma-thoracolumbar', `significant trauma is recorded${span ? ` ("${text.slice(span.start, span.end)}")` : ''}`);
  }

  const systemic = present(facts, 'systemic-red-flag');
  const listed = facts.listedRedFlags;
  const infection = present(facts, 'suspected-infection-or-tumor');
  const backPain = present(facts, 'back-pain');
  const neuroSymptoms = [...present(facts, 'neurologic-symptom')];
  // New bladder or bowel dysfunction (retention, incontinence) is a deficit too: with back pain it is
  // the red flag of a compressed cauda equina, however normal the rest of the exam.
  const neuroDeficit = facts.neuro.state === 'abnormal' || neuroSymptoms.length > 0 || present(facts, 'urologic-symptom').length > 0;

  const systemicText = [cite(systemic), ...listed.map((s) => `"${text.slice(s.start, s.end)}"`)].filter(Boolean).join(', ');
  for (const s of listed) evidence.push({ span: s, label: 'red flag' });

  // In a child with a skin marker, a lesion inside the canal asked about ("r/o cord tumour", "tethered cord
  // vs myelitis", "evaluate for spinal involvement") is the dysraphism work-up itself, not a suspicion
  // that leaves S1; one of the bone or a systemic one ("concern for osteomyelitis", "leukemia") does.
  const suspicion = skin ? infection.filter((h) => !intraspinalLesion(text.slice(h.span.start, h.span.end))) : infection;
  if (skin && !systemic.length && !listed.length && !suspicion.length) {
    const what = markers.length ? cite(markers) : '';
    if (facts.dimple) evidence.push({ span: facts.dimple.span, label: 'dimple' });
    const parts = [what, facts.dimple ? 'a sacral dimple' : ''].filter(Boolean).join(' and ');
    return out(
      's1-cutaneous-marker',
      `a cutaneous marker of occult spinal dysraphism is recorded (${parts}) and no systemic red flag, significant trauma or suspected infection or tumor`,
    );
  }

  if (infection.length && (backPain.length || skin)) {
    return out('back-pain-infection-tumor', `infection, inflammation or a tumor is suspected (${cite(infection)})`);
  }

  const backFlags = present(facts, 'back-pain-red-flag');
  // "More than 4 weeks" (">4 wks") is longer than four weeks, as the README's red flag counts it.
  const longPain = facts.painWeeks && (facts.painWeeks.weeks > 4 || (facts.painWeeks.over === true && facts.painWeeks.weeks >= 4)) ? facts.painWeeks : undefined;
  if (longPain) evidence.push({ span: longPain.span, label: 'pain duration' });
  const flagWords = [systemicText, cite(backFlags), longPain ? 'pain for more than 4 weeks' : '', neuroDeficit ? 'a neurologic deficit' : ''].filter(Boolean);
  if (facts.neuro.state === 'abnormal' && facts.neuro.span) evidence.push({ span: facts.neuro.span, label: 'neurologic exam' });

  if (backPain.length) {
    cite(backPain);
    if (flagWords.length) {
      // "XR last month: no pars defect. Repeat XR today shows a pars lucency": positive radiographs, whichever is told first.
      // An abnormality the report only raises ("XR L-spine: ?L5 pars lucency") is a positive study too: the radiographs
      // did not clear the spine, and the next study is the one that answers them.
      // Only while no other spine study is told: a later MRI or CT may have answered the query ("MRI last week: normal").
      const answered = facts.prior.some((p) => p.modality !== undefined && p.modality !== 'XR');
      const positive = (p: (typeof facts.prior)[number]) => p.result === 'abnormal' || (p.result === 'indeterminate' && p.raised === true && !answered);
      const xr = facts.prior.find((p) => p.modality === 'XR' && positive(p)) ?? facts.prior.find((p) => p.modality === 'XR' && p.result === 'normal');
      if (xr) {
        evidence.push({ span: xr.span, label: 'prior radiographs' });
        return out(
          xr.result === 'normal' ? 'back-pain-red-flags-negative-radiographs' : 'back-pain-red-flags-positive-radiographs',
          `back pain with red flags (${flagWords.join('; ')}) and ${xr.result === 'normal' ? 'negative' : 'positive'} prior radiographs`,
        );
      }
      return out('back-pain-red-flags', `back pain with at least one red flag (${flagWords.join('; ')})`);
    }
    // Pain after an injury, even a trivial one or one told without its mechanism ("hurt at hockey"), is
    // not overuse: the sport names where it happened, not a repetitive strain.
    const overuse = facts.trauma.significance === 'none' ? overuseOf(text, facts) : [];
    if (overuse.length) return out('back-pain-overuse', `back pain from overuse or mechanical strain (${cite(overuse)}) without red flags`);
    return out('back-pain-no-red-flags', 'back pain with no red flag, skin marker or trauma recorded');
  }

  if (skin && (systemicText || infection.length)) {
    return out('no-criteria', `the skin-marker scenario does not apply with ${systemicText || cite(infection)}, and without back pain no Back Pain-Child scenario matches`);
  }
  if (neuroDeficit) return out('no-criteria', 'a neurologic deficit without a skin marker or back pain is outside the covered criteria');
  return out('no-criteria', 'no skin marker, back pain or trauma is recorded');
}
