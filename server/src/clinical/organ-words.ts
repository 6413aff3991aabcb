/**
 * Words that make a marker's or a suspicion's name another thing: an angioma or hemangioma of an organ or a bone, not of the
 * skin ("vertebral hemangioma at T11", "hepatic angiomas", "cavernous angioma of the brainstem", "retinal angioma?"), an
 * angioma gone ("angioma over the sacrum, resolved"), and an infiltration that is an injection, fat or a plan
 * ("spinal infiltration with corticoids", "fatty infiltration of the vertebral bodies", "if no improvement … infiltration")
 * (reading-vocabulary.json notOfTheSkin).
 */
import type { FindingHit } from './findings';
import { alternation, perVocabulary, wordSetOf } from './patterns';
import { wholeWordsPattern } from './word-lists';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';
import { sentenceSpan } from './clauses';
import { toWords } from '../notes/words';
import type { Span } from '../notes/text';

const words = perVocabulary((v: ReadingVocabulary['notOfTheSkin']) => ({
  organ: wordSetOf(v.organ),
  resolved: wordSetOf(v.resolved),
  skinPlace: wordSetOf(v.skinPlace),
  placeNeeded: new Set(v.placeNeeded),
  joins: wordSetOf(v.joins),
  lookAlike: wordSetOf(v.lookAlike),
  fat: wordSetOf(v.infiltration.fat),
  cavernous: wordSetOf(v.cavernous),
  studies: wordSetOf(v.imaged.studies),
  leads: wordSetOf(v.imaged.leads),
  reach: v.imaged.reach,
  showed: wordSetOf(v.imaged.showed),
  incidental: wordSetOf(v.imaged.incidental),
  done: wordSetOf(v.imaged.done),
  notDone: wordSetOf(v.imaged.notDone),
  report: wordSetOf(v.imaged.report),
  skin: wordSetOf(v.imaged.skin),
  cavernousNamed: wholeWordsPattern(v.cavernous, { flags: '' }),
  named: new RegExp(alternation(v.infiltration.named)),
  infiltration: wordSetOf(v.infiltration.notSuspected),
  injection: wordSetOf(v.infiltration.injection),
}));

/** The clause around a span: from the last "," ";" "." "?" "!" "(" or line break before it to the first after it. */
function clauseOf(text: string, at: Span): Span {
  let start = at.start;
  while (start > 0 && !/[,;.?!()\n\r]/.test(text[start - 1])) start--;
  let end = at.end;
  while (end < text.length && !/[,;.?!()\n\r]/.test(text[end])) end++;
  return { start, end };
}
const wordsIn = (text: string, s: Span, but?: Span) =>
  toWords(text.slice(s.start, s.end), s.start)
    .filter((w) => !but || w.end <= but.start || w.start >= but.end)
    .map((w) => w.text);

/**
 * The hemangioma's clause (the words `before` and `after` it) tells it seen on a study done (notOfTheSkin.imaged): a lead and a
 * study after it with a word telling the study done between ("on prior MRI", "on the 2024 CT") or a word of seeing right
 * before the lead ("seen on MRI"), or a study and its verb of showing before it ("MRI 2024 showed"); never a study asked
 * for ("on MRI referral", "on MRI requested by derm", "on scan request": notDone right after it). Its sentence then tells a
 * report's words or a bone's (`report`: "stable", "incidental", "vertebral body"), and no word of the skin (`skin`:
 * "superficial skin lesion", "raised") nor a skin place outside the study's own words ("on L-spine MRI").
 */
function imagedLesion(before: string[], after: string[], sentence: string[], w: ReturnType<typeof words>): boolean {
  const study = new Set<number>();
  let done = false;
  let seen = false;
  for (let k = 0; k < after.length && !done; k++) {
    if (!w.leads.has(after[k])) continue;
    for (let j = k + 1; j <= k + 1 + w.reach && j < after.length; j++)
      if (w.studies.has(after[j])) {
        if (j + 1 < after.length && w.notDone.has(after[j + 1])) return false;
        const told = after.slice(k + 1, j).some((x) => w.done.has(x) || /^(?:19|20)\d\d$/.test(x));
        const lookBack = k > 0 ? after.slice(Math.max(0, k - 2), k) : before.slice(-1);
        const seenBy = lookBack.some((x) => w.showed.has(x));
        if (told || seenBy) {
          for (let m = k; m <= j; m++) study.add(m);
          done = true;
          seen ||= seenBy;
        }
        break;
      }
  }
  for (let k = 0; k < before.length && !done; k++)
    if (w.studies.has(before[k]) && !w.notDone.has(before[k + 1] ?? ''))
      for (let j = k + 1; j <= k + 1 + w.reach && j < before.length; j++) if (w.showed.has(before[j])) done = seen = true;
  if (!done) return false;
  if (!seen && !before.slice(-2).some((x) => w.incidental.has(x)) && !sentence.some((x) => w.report.has(x) || w.incidental.has(x))) return false;
  if (sentence.some((x) => w.skin.has(x))) return false;
  return !before.some((x) => w.skinPlace.has(x)) && !after.some((x, k) => !study.has(k) && w.skinPlace.has(x));
}

/**
 * A hemangioma hit is an organ's or a bone's only when an organ word names the lesion itself: right before it ("vertebral
 * hemangioma", "hepatic angiomas", "retinal angioma?") or right after it with "of" / "in" ("hemangioma of the liver", "angioma in
 * the T11 vertebral body"); a place after "over", "overlying", "at the level of", "at" or "on" is where a skin lesion sits ("hemangioma
 * over the sacral bone"), and a second finding's organ word in the clause ("… and liver hemangiomas", "renal US pending") is
 * another finding's. "Cavernous" alone names no organ when the clause tells a skin place ("deep cavernous hemangioma over the
 * sacrum"). A look-alike ("spider angioma", "cherry angioma", notOfTheSkin.lookAlike) is no marker. A bare "angioma(s)"
 * (notOfTheSkin.placeNeeded; "flat angioma" and "capillary angioma" name a skin marker as before) counts only when its clause
 * places it on the skin of the back (skinPlace) and its sentence does not tell it gone (resolved). A denial ("no angiomas") is
 * left as read.
 */
export function hemangiomasOfOrgans(hits: FindingHit[], text: string): void {
  let w: ReturnType<typeof words> | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || (h.finding.id !== 'hemangioma' && h.finding.id !== 'large-hemangioma')) continue;
    w ??= words(readingVocabulary().notOfTheSkin);
    const span = clauseOf(text, h.span);
    const clause = wordsIn(text, span, h.span);
    const all = toWords(text.slice(span.start, span.end), span.start);
    const before = all.filter((x) => x.end <= h.span.start).map((x) => x.text);
    const after = all.filter((x) => x.start >= h.span.end).map((x) => x.text);
    const own = text.slice(h.span.start, h.span.end).toLowerCase().replace(/\s+/g, ' ');
    // A vertebral level names the back as a place word does ("angioma at L5").
    const placed = clause.some((x) => w!.skinPlace.has(x) || /^[ctls]\d{1,2}$/.test(x));
    // "Hemangioma at T12 on prior MRI", "MRI 2024 showed a hemangioma in L3", "incidental hemangioma L3": seen on a study
    // (never "large sacral hemangioma on MRI": a skin place in its own name).
    if (imagedLesion(before, after, wordsIn(text, sentenceSpan(text, h.span)), w) && !toWords(own).some((x) => w!.skinPlace.has(x.text))) {
      hits[i] = { ...h, present: false };
      continue;
    }
    const organ = (x: string) => w!.organ.has(x) && !(placed && w!.cavernous.has(x));
    // The words naming the lesion before it: up to three, back to the first word that joins or places another thing.
    const naming: string[] = [];
    for (let k = before.length - 1; k >= 0 && naming.length < 3 && !w.joins.has(before[k]); k--) naming.push(before[k]);
    // The words after "of" / "in" (the) right after it, up to the first word that joins or places another thing.
    const ofIt: string[] = [];
    if (after[0] === 'of' || after[0] === 'in') for (let k = after[1] === 'the' ? 2 : 1; k < after.length && ofIt.length < 3 && !w.joins.has(after[k]); k++) ofIt.push(after[k]);
    let off = naming.some(organ) || ofIt.some(organ) || w.lookAlike.has(naming[0] ?? '') || (!placed && w.cavernousNamed.test(own));
    if (!off && w.placeNeeded.has(own)) off = !placed || wordsIn(text, sentenceSpan(text, h.span), h.span).some((x) => w!.resolved.has(x));
    if (off) hits[i] = { ...h, present: false };
  }
}

/**
 * An infiltration of the spine named by this round's phrases ("vertebral infiltration", "infiltration of the vertebral bodies")
 * or main's "leukemic infiltration" is no suspicion when its sentence tells a plan on a condition (notOfTheSkin.infiltration.notSuspected),
 * fat right before it ("fatty infiltration", "fat infiltration"; never "fat-suppressed") or, with no cancer read, an injection
 * (infiltration.injection); the vertebral one counts only in a child with a cancer read (a malignancy present in the note).
 * An "epidural infiltrate" is read as on main (a suspected infection or tumour with or without a cancer).
 */
export function infiltrationsNotSuspected(hits: FindingHit[], text: string): void {
  let w: ReturnType<typeof words> | undefined;
  const cancer = hits.some((h) => h.present && h.finding.id === 'malignancy');
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.finding.category !== 'suspected-infection-or-tumor') continue;
    const own = text.slice(h.span.start, h.span.end).toLowerCase();
    if (!/infiltrat/.test(own) || /epidural/.test(own)) continue;
    w ??= words(readingVocabulary().notOfTheSkin);
    const span = sentenceSpan(text, h.span);
    const sentence = wordsIn(text, span);
    const named = w.named.test(own);
    // Fat names the infiltration only right before it ("fatty infiltration of the vertebral bodies").
    const prev = toWords(text.slice(span.start, h.span.start), span.start).pop()?.text;
    const fat = prev !== undefined && w.fat.has(prev);
    // In a child with a cancer "steroid-related" names the chemotherapy ("leukemic infiltration vs steroid-related fx"), no injection.
    const refused = fat || sentence.some((x) => (w!.infiltration.has(x) && !w!.fat.has(x)) || (!cancer && w!.injection.has(x)));
    if (refused || (!named && !cancer)) hits[i] = { ...h, present: false };
  }
}
