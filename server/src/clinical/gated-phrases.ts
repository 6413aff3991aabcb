/**
 * Phrases that name a finding only when their sentence bears them out (reading-vocabulary.json legPainRadicular,
 * absentSkin). Their denials are read as any finding's ("no leg pain", "no missing skin"); a present hit that its
 * sentence does not bear out is dropped, so the note reads as it did without the phrase: a missed red flag or marker is
 * the old reading, a wrong one moves the child into another scenario.
 */
import { type Span, sentenceEnd, sentenceStart } from '../notes/text';
import { toWords } from '../notes/words';
import { work } from '../notes/work';
import type { FindingHit } from './findings';
import { escapeRegExp, perVocabulary, wordSetOf } from './patterns';
import { type PhraseSet, type ReadingVocabulary, findAny, phraseSetOf, readingVocabulary } from './vocabulary';
import { foldedPhrasesPattern, foldedText } from './word-lists';

/** The farthest a sentence is looked for on either side of a hit (keeps the cost linear). */
const REACH = 300;

/** The sentence around a span (notes/text.ts sentenceStart / sentenceEnd), within REACH characters of it, counted as work. */
export function sentenceOf(text: string, span: Span): Span {
  const start = sentenceStart(text, span.start, Math.max(0, span.start - REACH));
  const end = sentenceEnd(text, span.end, span.end + REACH);
  work.steps += end - start;
  return { start, end };
}

/** A word without its plural's "s": the finding's matcher reads "legs ache" by "leg ache". */
const stem = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);
const stemmedSet = perVocabulary((list: readonly string[]) => phraseSetOf(list.map((p) => p.split(' ').map(stem).join(' '))));

/** Whether the words of `span` are one whole phrase of the list, plurals aside. */
function wholePhrase(text: string, span: Span, list: readonly string[]): boolean {
  const words = toWords(text.slice(span.start, span.end), span.start).map((w) => ({ ...w, text: stem(w.text) }));
  return findAny(words, stemmedSet(list)).some((m) => m.start === span.start && m.end === span.end);
}

/** The finding's own phrases that are not gated ("shoots down", "radiating"): a hit they tell stands as read. */
const ungated = perVocabulary((_gated: readonly string[]) => new WeakMap<readonly string[], string[]>());
const ungatedOf = (h: FindingHit, gated: readonly string[]) => {
  const memo = ungated(gated);
  let list = memo.get(h.finding.phrases);
  if (!list) {
    const g = new Set(gated);
    memo.set(h.finding.phrases, (list = h.finding.phrases.filter((p) => !g.has(p))));
  }
  return list;
};

/** Whether the hit was told by one of the gated phrases, and by none of its finding's other phrases. */
const toldBy = (text: string, h: FindingHit, gated: readonly string[]) => wholePhrase(text, h.span, gated) && !wholePhrase(text, h.span, ungatedOf(h, gated));

/** Whether the words of `s` hold a phrase of the set. */
const holds = (s: string, set: PhraseSet) => findAny(toWords(s), set).length > 0;

/** Clause punctuation: what lies before or after a hit in its own clause stops at it. */
const CLAUSE_CUT = /[,;:()[\]\u2013\u2014]|\s-\s/;

/** A site the pain reaches after a word of legPainRadicular.extentBefore ("down the L leg to the knee"), built once per vocabulary. */
const extentPattern = perVocabulary(
  (v: ReadingVocabulary['legPainRadicular']) =>
    new RegExp(
      `\\b(?:${v.extentBefore.map((e) => e.replace(/ /g, '\\s+')).join('|')})\\s+(?:(?:the|his|her|their|l|r|left|right|both|lower|upper|lateral|outer|inner|front)\\s+)*(?:${v.legWords.join('|')})\\b`,
      'gi',
    ),
);

/**
 * "LBP x 3 wk with L leg pain", "back and leg pain", "the pain goes into the L leg": leg pain is the child's radiating pain
 * only with a present back pain in its sentence; see reading-vocabulary.json legPainRadicular. Hits the sentence does not
 * bear out (another cause, a past or settled pain, a question, a pain of the knee or of a crisis) are dropped, and so are
 * the phrase's mentions that are not denials (a relative's, a past one): the phrase was added to deny, not to tell.
 */
export function legPainAsRadicular(hits: FindingHit[], text: string): void {
  const v = readingVocabulary().legPainRadicular;
  const mine = hits.filter((h) => h.finding.id === 'radicular-pain' && !h.negated && toldBy(text, h, v.phrases));
  if (!mine.length) return;
  const painWords = wordSetOf(v.painWords);
  const legWords = wordSetOf(v.legWords);
  const notNear = phraseSetOf(v.notNear);
  const resolved = phraseSetOf(v.resolvedOrPast);
  const extent = extentPattern(v);
  let noteSays: boolean | undefined;
  const noteRulesOut = () =>
    (noteSays ??=
      // A denial of radicular pain, or of the back pain itself ('Sent in with "back and leg pain", but on questioning
      // denies back pain'), anywhere in the note.
      hits.some((h) => (h.finding.id === 'radicular-pain' || h.finding.id === 'back-pain') && h.negated && h.context.experiencer === 'patient') ||
      holds(text, phraseSetOf(v.notInNote)) ||
      holds(text, phraseSetOf(v.noRedFlags)));
  const bears = (h: FindingHit): boolean => {
    const c = h.context;
    if (!h.present || c.uncertain || c.historical || c.hypothetical || c.experiencer !== 'patient') return false;
    if (/\?\s*$/.test(text.slice(Math.max(0, h.span.start - 3), h.span.start))) return false;
    const s = sentenceOf(text, h.span);
    const before = text.slice(s.start, h.span.start);
    const clauseBefore = before.split(CLAUSE_CUT).pop() ?? '';
    const after = text.slice(h.span.end, s.end);
    const clauseAfter = after.split(CLAUSE_CUT)[0];
    const own = toWords(text.slice(h.span.start, h.span.end));
    if (
      !own.some((w) => painWords.has(w.text)) &&
      !toWords(clauseBefore)
        .slice(-3)
        .some((w) => painWords.has(w.text))
    )
      return false;
    if (
      !own.some((w) => legWords.has(w.text)) &&
      !toWords(clauseAfter)
        .slice(0, 6)
        .some((w) => legWords.has(w.text))
    )
      return false;
    const back = hits.some(
      (x) =>
        x.finding.id === 'back-pain' &&
        x.present &&
        !x.negated &&
        x.context.experiencer === 'patient' &&
        !x.context.historical &&
        !x.context.hypothetical &&
        x.span.start >= s.start &&
        x.span.end <= s.end &&
        // Not the leg pain's own word ("Leg ache": "ache" is read as a back pain too).
        (x.span.start < h.span.start || x.span.end > h.span.end),
    );
    if (!back) return false;
    // A site the pain reaches ("down the L leg to the knee", "down the back of the thigh") is no other cause.
    const sentence = text.slice(s.start, s.end).replace(extent, ' ');
    if (holds(sentence, notNear) || holds(sentence, resolved)) return false;
    return !noteRulesOut();
  };
  const drop = new Set(mine.filter((h) => !bears(h)));
  if (!drop.size) return;
  dropHits(hits, drop);
}

/**
 * "2 cm area of absent skin over the sacrum", "skin absent over L3", "patch of missing skin": aplasia cutis told by the
 * skin that is missing; see reading-vocabulary.json absentSkin. A phrase read across punctuation ("Markers: absent - skin
 * on the back clear"), a marker's "absent" ("lipoma absent skin over it normal"), a check to come ("check for missing
 * skin at 6 wk"), an acquired loss or another site ("missing skin from adhesive tape", "skin defect on the foot") is no
 * lesion; "Absent skin over L3: no.", "skin absent over the spine? No - skin intact" deny it.
 */
export function absentSkin(hits: FindingHit[], text: string): void {
  const v = readingVocabulary().absentSkin;
  listDenied(hits, text, v.listDeniedAfter);
  const mine = hits.filter((h) => h.finding.id === 'aplasia-cutis' && !h.negated && toldBy(text, h, v.phrases));
  if (!mine.length) return;
  const owners = wordSetOf(v.ownersBefore);
  const normal = wordSetOf(v.normalAfter);
  const lookFor = phraseSetOf(v.lookFor);
  const acquired = phraseSetOf(v.acquired);
  const denials = phraseSetOf(v.denials);
  const drop = new Set<FindingHit>();
  const deny = new Set<FindingHit>();
  for (const h of mine) {
    const told = text.slice(h.span.start, h.span.end);
    if (/[^\p{L}\p{N}\s]/u.test(told)) {
      drop.add(h);
      continue;
    }
    const s = sentenceOf(text, h.span);
    const before = text.slice(s.start, h.span.start);
    const lastBefore = toWords(before).pop();
    const first = toWords(told)[0]?.text;
    if (lastBefore && (first === 'absent' || first === 'missing' || first === 'absence') && owners.has(lastBefore.text) && !/[^\p{L}\p{N}\s]\s*$/u.test(before)) {
      drop.add(h);
      continue;
    }
    // What follows the phrase in its line: a key's or a question's answer ("Absent skin over L3: no.", "skin absent? No").
    const lineAfter = text.slice(h.span.end, Math.min(text.length, h.span.end + REACH)).split(/[\r\n]/)[0];
    const answer = /^[^.;:?]*[:?]\s*(.*)$/.exec(lineAfter);
    if (answer) {
      const said = toWords(answer[1]);
      if (said.length && findAny(said.slice(0, 2), denials).some((m) => m.start === said[0].start)) deny.add(h);
      else if (/^[^.;:]*\?/.test(lineAfter)) drop.add(h);
      else if (/^[^.;?]*:/.test(lineAfter) && !said.length) drop.add(h);
      if (deny.has(h) || drop.has(h)) continue;
    }
    const clauseAfter = toWords(text.slice(h.span.end, s.end).split(CLAUSE_CUT)[0]);
    if (clauseAfter[0]?.text === 'of' || clauseAfter.some((w) => normal.has(w.text))) {
      drop.add(h);
      continue;
    }
    if (holds(text.slice(s.start, s.end), lookFor) || holds(text.slice(s.start, s.end), acquired)) drop.add(h);
  }
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    if (drop.has(h)) hits.splice(i, 1);
    else if (deny.has(h)) hits[i] = { ...h, present: false, negated: true, context: { ...h.context, negated: true } };
  }
}

const MARKERS = new Set(['cutaneous-marker', 'dimple']);

/**
 * "1 cm area of absent skin over the sacrum, dimple, tuft absent", "Back: dimple, tuft absent": a bare marker opening its
 * list item, with only a comma, "and" or "or" before the next marker, which a word of `after` right after it denies, is
 * denied with it: the denial closes the list.
 */
function listDenied(hits: FindingHit[], text: string, after: readonly string[]): void {
  // Most notes deny no marker: nothing to close a list.
  if (!hits.some((x) => x.negated && MARKERS.has(x.finding.category))) return;
  const closing = phraseSetOf(after);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.negated || !MARKERS.has(h.finding.category)) continue;
    if (!/(?:^|[,;:(\n]|\band|\bor)\s*$/i.test(text.slice(Math.max(0, h.span.start - 8), h.span.start))) continue;
    const gap = /^\s*(?:,|\/|&|\band\b|\bor\b)\s*/i.exec(text.slice(h.span.end, h.span.end + 12));
    if (!gap) continue;
    const at = h.span.end + gap[0].length;
    const next = hits.find((x) => x !== h && x.span.start === at && x.negated && MARKERS.has(x.finding.category));
    if (!next) continue;
    const words = toWords(text.slice(next.span.end, next.span.end + 24), next.span.end);
    if (!findAny(words, closing).some((m) => m.start === words[0]?.start && /^\s*$/.test(text.slice(next.span.end, m.start)))) continue;
    hits[i] = { ...h, present: false, negated: true, context: { ...h.context, negated: true } };
  }
}

/** Whether the hit's words are one whole phrase of `gated` as written (no plural folded) and of none of its finding's others. */
function toldExactlyBy(text: string, h: FindingHit, gated: readonly string[]): boolean {
  const words = toWords(text.slice(h.span.start, h.span.end), h.span.start);
  const whole = (list: readonly string[]) => findAny(words, phraseSetOf(list)).some((m) => m.start === h.span.start && m.end === h.span.end);
  return whole(gated) && !whole(ungatedOf(h, gated));
}

/** A possessive or article before the subject of a gate's `after` ("the back pain", "his LBP"). */
const SUBJECT_LEAD = new Set(['the', 'his', 'her', 'their']);

/**
 * Whether the phrase follows a subject of `after` itself (sentenceGated `after`): the words before it in its own clause are
 * one whole subject ("Back pain present all the time", "his LBP there all the time"), or, where it opens its clause, the
 * clause before it opens on one ("Back pain since 2 wks, present all the time", "LBP, present all the time"). Never
 * another's ("knee pain present all the time", "Back pain after sport, stiffness present all the time"), a denial or a
 * question before it ("no longer present all the time", "Is the pain present all the time?").
 */
function toldAfter(before: string, after: PhraseSet): boolean {
  const clauses = before.split(/[,;:]|\s-\s/);
  let own = toWords(clauses[clauses.length - 1]);
  let whole = true;
  if (!own.length && clauses.length > 1) {
    own = toWords(clauses[clauses.length - 2]);
    whole = false;
  }
  while (own.length && SUBJECT_LEAD.has(own[0].text)) own = own.slice(1);
  if (!own.length) return false;
  return findAny(own, after).some((m) => m.start === own[0].start && (!whole || m.end === own[own.length - 1].end));
}

/**
 * Whether the hit's own clause goes on with its place (sentenceGated `placeAfter`): one of `leads`, an optional
 * "the"/"his"/"her"/"their" and one of `places` right after the hit ("hyper pigmentation over the sacrum", "… of his lower
 * back"); never another site ("of the knuckles", "nappy area") or a place in another clause.
 */
function placeFollows(after: string, v: { leads: readonly string[]; places: readonly string[] }): boolean {
  const words = toWords(after.split(CLAUSE_CUT)[0]);
  if (!words.length || !wordSetOf(v.leads).has(words[0].text)) return false;
  let k = 1;
  if (k < words.length && SUBJECT_LEAD.has(words[k].text)) k++;
  if (k >= words.length) return false;
  return findAny(words.slice(k), phraseSetOf(v.places)).some((m) => m.start === words[k].start);
}

/**
 * Whether only words of `allowed` (and numbers) come before the phrase in its sentence after any key's colon, or in its own
 * clause with `clause` (sentenceGated `onlyAfter`): the phrase opens it or follows the child's age, sex or pronoun ("13 y/o, rear-seat passenger
 * in RTC", "Pt was driver in RTA", "13 yo skateboarder, came off at speed"), never another subject ("Nanny was driver in
 * RTC", "Steroids came off at speed").
 */
function onlyAfter(before: string, allowed: ReadonlySet<string>, clause: boolean): boolean {
  // A key's colon opens its value ("Presentation: passenger in RTC").
  const own = (clause ? before.split(CLAUSE_CUT) : before.split(':')).pop()!;
  return toWords(own).every((w) => /^\d+$/.test(w.text) || allowed.has(w.text));
}

/** A speed in miles or kilometres an hour ("at 5 mph", "20km/h", "10 kph"). */
const SPEED = /(?<![\d.])(\d+(?:\.\d+)?)\s*(mph|miles per hour|miles an hour|km\/h|kmh|kph|km per hour|kilometres per hour|kilometers per hour)(?![\p{L}])/giu;

/**
 * Whether the sentence tells a speed of at most `low.mph` miles or `low.kmh` kilometres an hour (sentenceGated `lowSpeed`,
 * narrowed after merge review r55: "Passenger in RTC at 5 mph in a car park" tells a low-energy collision).
 */
function slowIn(sentence: string, low: { mph: number; kmh: number }): boolean {
  for (const m of sentence.matchAll(SPEED)) {
    const n = Number(m[1]);
    if (n <= (/^mi|^mph/i.test(m[2]) ? low.mph : low.kmh)) return true;
  }
  return false;
}

/**
 * Whether a mention of `finding` at `span`, told wholly by a phrase of one of its gates with `lowSpeed`, is in a sentence its gate
 * refuses by `not` or by a low speed (narrowed after merge review r55): the mechanism lists of events.ts read "passenger in RTC"
 * as significant by themselves, so "Passenger in RTC at 5 mph in a car park, walked away" must be refused there too, and is
 * read as it was before the role was ("RTC at 5 mph": a low speed, trivial).
 */
export function lowEnergyGated(text: string, span: Span, finding: string): boolean {
  const words = toWords(text.slice(span.start, span.end), span.start);
  for (const g of readingVocabulary().sentenceGated.gates) {
    if (g.finding !== finding || !g.lowSpeed) continue;
    if (!findAny(words, phraseSetOf(g.phrases)).some((m) => m.start === span.start && m.end === span.end)) continue;
    const s = sentenceOf(text, span);
    const sentence = text.slice(s.start, s.end);
    if (holds(sentence, phraseSetOf(g.not)) || slowIn(sentence, g.lowSpeed)) return true;
  }
  return false;
}

/**
 * A carer's plain words for a symptom that tell it only where their sentence bears them out (reading-vocabulary.json
 * sentenceGated): "feel tingly" of the legs or feet (not "lips feel tingly"), "wet himself" told as new (not while potty
 * training, laughing or in a seizure), "trips a lot" told as more or lately, "not kicking his leg as much" with no cause
 * told beside it ("after vaccine"), pain down the back of the thigh that is no hamstring's. A hit its sentence does not bear
 * out is dropped: a missed symptom is the old reading.
 */
export function sentenceGated(hits: FindingHit[], text: string): void {
  const { gates } = readingVocabulary().sentenceGated;
  const drop = new Set<FindingHit>();
  for (const g of gates) {
    const mine = hits.filter((h) => h.finding.id === g.finding && (h.present || g.onlyAfter !== undefined) && !h.negated && toldExactlyBy(text, h, g.phrases));
    for (const h of mine) {
      const s = sentenceOf(text, h.span);
      // A clause after a semicolon still speaks of it ("after sprinting; hamstring strain").
      let end = s.end;
      while (text[end] === ';' && end < s.end + REACH) end = sentenceEnd(text, end + 1, end + 1 + REACH);
      const sentence = text.slice(s.start, end);
      if ((g.needs.length && !holds(sentence, phraseSetOf(g.needs))) || holds(sentence, phraseSetOf(g.not))) drop.add(h);
      else if (g.lowSpeed && slowIn(sentence, g.lowSpeed)) drop.add(h);
      else if (g.after && !toldAfter(text.slice(s.start, h.span.start), phraseSetOf(g.after))) drop.add(h);
      else if (g.placeAfter && !placeFollows(text.slice(h.span.end, end), g.placeAfter)) drop.add(h);
      else if (g.onlyAfter && !onlyAfter(text.slice(s.start, h.span.start), wordSetOf(g.onlyAfter), g.onlyAfterClause === true)) drop.add(h);
      else if (g.unqueried && (sentence.includes('?') || text[end] === '?' || /\?[^\S\r\n]*$/.test(text.slice(Math.max(0, s.start - 3), s.start)))) drop.add(h);
    }
  }
  if (!drop.size) return;
  dropHits(hits, drop);
}

const backPainRefused = perVocabulary((v: ReadingVocabulary['nativeReadingsGuard']) => foldedPhrasesPattern(v.backPainRefusedIn));
const spanishRefused = perVocabulary((v: ReadingVocabulary['nativeReadingsGuard']) => foldedPhrasesPattern(v.spanishRefusedIn));
const englishNegation = perVocabulary((v: ReadingVocabulary['nativeReadingsGuard']) => foldedPhrasesPattern(v.englishNegationsBefore));
/**
 * An English gloss in brackets, or a duration right after the phrase: a number and a time unit (nativeReadingsGuard
 * durationUnits, at most one of durationSince before it: "od 2 tygodni") or a word of chronic pain (chronicWords: "cronică").
 */
const glossOrDuration = perVocabulary((v: ReadingVocabulary['nativeReadingsGuard']) => {
  const alt = (list: readonly string[]) => list.map(escapeRegExp).join('|');
  return new RegExp(
    // A closing quote may stand between the phrase and its duration ('"le duele la espalda" x 1 wk', round 55).
    String.raw`^["\u201d\u00bb]?[^\S\n]*(?:\([^()\n]*[a-z][^()\n]*\)|(?:(?:${alt(v.durationSince)})[^\S\n]+)?\d+(?:[.,]\d+)?[^\S\n]*(?:${alt(v.durationUnits)})(?![\p{L}])|(?:${alt(v.chronicWords)})(?![\p{L}]))`,
    'iu',
  );
});

/** The English-note and Spanish back-pain phrases as one list, joined once per vocabulary: the phrase sets built from it are cached by the list. */
const backPainGated = perVocabulary((v: ReadingVocabulary['nativeReadingsGuard']) => [...v.backPainPhrases, ...v.spanishBackPainPhrases]);

/**
 * Narrowed after review r54 (fix54e): the writers' own back-pain phrases ("ból pleców", "lombalgie", "bel ağrısı", "dureri
 * de spate"; reading-vocabulary nativeReadingsGuard.backPainPhrases) tell the child's back pain only with an English gloss in
 * brackets or a duration right after ("ból pleców (back pain)", "lombalgie cronică", "lombalgie since 1 week"), and never in
 * a sentence holding a native negation, a past-resolved word or a relative ("Ból pleców: nie.", "Ból pleców w zeszłym roku,
 * ustąpił.", "Babcia ma ból pleców.", "Tatăl are lombalgie."): other present hits told by them are dropped.
 */
export function nativeBackPainGated(hits: FindingHit[], text: string): void {
  const v = readingVocabulary().nativeReadingsGuard;
  const gated = backPainGated(v);
  const mine = hits.filter((h) => h.finding.id === 'back-pain' && !h.negated && toldBy(text, h, gated));
  if (!mine.length) return;
  const bears = (h: FindingHit): boolean => {
    if (!glossOrDuration(v).test(foldedText(text.slice(h.span.end, h.span.end + 80)))) return false;
    const s = sentenceOf(text, h.span);
    const sentence = foldedText(text.slice(s.start, s.end));
    if (backPainRefused(v).test(sentence)) return false;
    if (!toldBy(text, h, v.spanishBackPainPhrases)) return true;
    // Narrowed after review r55: the Spanish refusals refuse the Spanish phrases only ("no LE weakness", the Romanian
    // "și se" are none of the Polish, Romanian or Turkish phrases'), and an English negation before the Spanish phrase in
    // its sentence refuses it ('No "dolor lumbar" x 2 wks', 'Mom denies "le duele la espalda" x 1 wk').
    return !spanishRefused(v).test(sentence) && !englishNegation(v).test(foldedText(text.slice(s.start, h.span.start)));
  };
  const drop = new Set(mine.filter((h) => !bears(h)));
  if (!drop.size) return;
  dropHits(hits, drop);
}

const injuryRefused = perVocabulary((v: ReadingVocabulary['nativeReadingsGuard']) => foldedPhrasesPattern([...v.backPainRefusedIn, ...v.spanishRefusedIn, ...v.injuryRefusedIn]));
const injuryLeadSet = perVocabulary((v: ReadingVocabulary['nativeReadingsGuard']) => new Set(v.injuryLeads));
/**
 * Narrowed after review r55: nothing but a reporting lead stands before the injury word in its clause, the clause opening
 * at its sentence's start, a colon or an opening quote ('Mom says "se lastimó …"', 'Mamá dice que se cayó', 'Per mom: se
 * cayó'); a noun or a name before it ('Su hermanito se cayó', 'Papi se cayó', 'The dog se cayó') is another's fall.
 */
function onlyLeadBefore(before: string, v: ReadingVocabulary['nativeReadingsGuard']): boolean {
  const cut = Math.max(before.lastIndexOf(':'), before.lastIndexOf('"'), before.lastIndexOf('\u201c'), before.lastIndexOf('\u00ab'));
  const lead = foldedText(before.slice(cut + 1))
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim()
    .split(/\s+/)
    .join(' ');
  // The child named by a pronoun after the lead is the child ('Mom says he se cayó at the park').
  const bare = lead.replace(/(?:^| )(?:that )?(?:he|she)$/, '');
  return bare === '' || injuryLeadSet(v).has(bare);
}
/**
 * Round 55 (fix55d): Spanish injury words in an English note ('Mom says "se lastimó la espalda" last week', 'se cayó de la
 * bici'; reading-vocabulary nativeReadingsGuard.injuryPhrases) tell the child's injury only in a sentence holding no Spanish
 * negation, condition, past or relative (backPainRefusedIn: "no se cayó", "si se cayó", "su hermano se cayó") and nothing
 * that tells it trivial (injuryRefusedIn: "se cayó pero está bien, sin dolor"): other present hits told by them are dropped.
 */
export function nativeInjuryGated(hits: FindingHit[], text: string): void {
  const v = readingVocabulary().nativeReadingsGuard;
  const mine = hits.filter((h) => h.finding.id === 'trauma' && !h.negated && toldBy(text, h, v.injuryPhrases));
  if (!mine.length) return;
  const drop = new Set(
    mine.filter((h) => {
      const s = sentenceOf(text, h.span);
      return injuryRefused(v).test(foldedText(text.slice(s.start, s.end))) || !onlyLeadBefore(text.slice(s.start, h.span.start), v);
    }),
  );
  if (!drop.size) return;
  dropHits(hits, drop);
}

/** Takes the hits of `drop` out of `hits`, in place. */
function dropHits(hits: FindingHit[], drop: ReadonlySet<FindingHit>): void {
  for (let i = hits.length - 1; i >= 0; i--) if (drop.has(hits[i])) hits.splice(i, 1);
}
