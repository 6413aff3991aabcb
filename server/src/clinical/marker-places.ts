/** Skin markers the note places off the spine, corrects, or names again by a generic word or by their look. */
import { work } from '../notes/work';
import type { FindingHit } from './findings';
import { perVocabulary, wordSetOf, wordsPattern } from './patterns';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';
import { sameSentence } from './clauses';
import { NAMES_SPINE } from './study-names';
import { readContext } from './context';

/**
 * "Parents ask about the 'birthmark' … 2 cm flat red vascular lesion c/w infantile hemangioma": a
 * generic word for a skin mark (reading-vocabulary.json genericMarkers) names the marker the note
 * names more precisely, not another one. Alone ("a dark birthmark at the top of the cleft") it counts.
 */
export function genericMarkersNamedElsewhere(hits: FindingHit[], text: string): FindingHit[] {
  return marksByTheirLook(genericMarkers(hits, text), text);
}

/**
 * "red patch over the coccyx … This looks like an early superficial infantile hemangioma": a word for a mark by its look
 * (reading-vocabulary.json markerLooks) names the marker it looks like when the note names that one present, not another.
 * Alone ("red patch over the sacrum") or beside another marker only ("red patch and a hair tuft") it counts.
 */
function marksByTheirLook(hits: FindingHit[], text: string): FindingHit[] {
  if (!hits.some((h) => h.finding.category === 'cutaneous-marker')) return hits;
  const looks = markerLooksBySaying();
  const seen = new Map<FindingHit, string | undefined>();
  const lookOf = (h: FindingHit): string | undefined => {
    if (h.finding.category !== 'cutaneous-marker' || h.span.end - h.span.start > 40 || !looks.initials.has(text.charCodeAt(h.span.start) | 32)) return undefined;
    if (seen.has(h)) return seen.get(h);
    const said = text
      .slice(h.span.start, h.span.end)
      .toLowerCase()
      .replace(/[\s-]+/g, ' ');
    const of = looks.by.get(said)?.find((id) => id !== h.finding.id);
    seen.set(h, of);
    return of;
  };
  const namedHits = hits.filter((h) => h.present && h.finding.category === 'cutaneous-marker' && !lookOf(h));
  if (!namedHits.length) return hits;
  const same = readingVocabulary().markerLookSame;
  // Listed with it in one sentence and nothing saying they are one ("red patch on the sacrum and a hemangioma over L2"):
  // two marks. Told in another sentence ("red patch over the coccyx. This looks like an early hemangioma") or with a word
  // that makes them one ("red patch, likely an early hemangioma"): that marker.
  const isIt = (look: FindingHit, id: string) =>
    namedHits.some((n) => {
      if (n.finding.id !== id) return false;
      if (!sameSentence(text, look.span, n.span)) return true;
      const between = text.slice(Math.min(look.span.end, n.span.end), Math.max(look.span.start, n.span.start)).toLowerCase();
      const said = ` ${between.replace(/[^a-z0-9=?(-]+/g, ' ')} `;
      return same.some((w) => (/^[a-z0-9 ]+$/.test(w) ? said.includes(` ${w} `) : between.includes(w)));
    });
  return hits.filter((h) => {
    const of = lookOf(h);
    return !of || !isIt(h, of);
  });
}

let markerLooksMap: { of: object; by: Map<string, string[]>; initials: Set<number> } | undefined;
/**
 * reading-vocabulary markerLooks by the words said (the markers each look may name, in the file's order), and the
 * letters a look begins with (lower case): a hit beginning otherwise is no look, and is not lower-cased to find out.
 */
function markerLooksBySaying(): { by: Map<string, string[]>; initials: Set<number> } {
  const looks = readingVocabulary().markerLooks;
  if (markerLooksMap?.of !== looks) {
    const by = new Map<string, string[]>();
    for (const [id, words] of Object.entries(looks)) for (const w of words ?? []) by.set(w, [...(by.get(w) ?? []), id]);
    markerLooksMap = { of: looks, by, initials: new Set([...by.keys()].map((w) => w.charCodeAt(0) | 32)) };
  }
  return markerLooksMap;
}

function genericMarkers(hits: FindingHit[], text: string): FindingHit[] {
  const generic = wordSetOf(readingVocabulary().genericMarkers);
  const isGeneric = (h: FindingHit) =>
    h.finding.category === 'cutaneous-marker' && h.span.end - h.span.start <= 12 && generic.has(text.slice(h.span.start, h.span.end).toLowerCase());
  let named = false;
  let any = false;
  for (const h of hits) {
    if (h.finding.category !== 'cutaneous-marker') continue;
    if (isGeneric(h)) any = true;
    else if (h.present) named = true;
  }
  return any && named ? hits.filter((h) => !isGeneric(h)) : hits;
}

/**
 * Spec §4 counts skin markers over the spine (midline back, lumbosacral, sacral, gluteal). A marker
 * its own clause places only elsewhere ("tuft of hair on the scalp", "cheek hemangioma") is not a
 * spinal cutaneous marker; an unplaced one still counts. The clause is the word just before the
 * marker and up to eight words after it, to a comma, semicolon, full stop or line end.
 */
/** The marker-place word sets, built once per vocabulary (this runs for every note). */
type MarkerPlaces = {
  spinal: Set<string>;
  elsewhere: Set<string>;
  sites: Set<string>;
  acquired: Set<string>;
  /** markerPlace.deniedBefore as one pattern of whole words. */
  deniedBefore: RegExp;
  denialAfterComma: Set<string>;
};
const markerPlacesOf = perVocabulary((place: ReadingVocabulary['markerPlace']): MarkerPlaces => ({
  spinal: new Set(place.spinal.map((w) => w.toLowerCase())),
  elsewhere: new Set(place.elsewhere.map((w) => w.toLowerCase())),
  sites: new Set(place.siteWords.map((w) => w.toLowerCase())),
  acquired: new Set(place.acquired.map((w) => w.toLowerCase())),
  deniedBefore: wordsPattern(place.deniedBefore.map((w) => w.toLowerCase())),
  denialAfterComma: new Set(place.denialAfterComma),
}));
const markerPlaces = () => markerPlacesOf(readingVocabulary().markerPlace);

export function markersPlacedElsewhere(hits: FindingHit[], text: string, months?: number): void {
  let places: ReturnType<typeof markerPlaces> | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || (h.finding.category !== 'cutaneous-marker' && h.finding.category !== 'dimple')) continue;
    places ??= markerPlaces();
    const line = h.field.lineSpan ?? h.field.valueSpan;
    if (placedElsewhere(text, Math.max(line.start, h.span.start - 40), h.span.start, h.span.end, places)) hits[i] = { ...h, present: false };
    else if (h.finding.id === 'dermal-sinus' && acquiredBefore(text, line.start, h, places)) hits[i] = { ...h, present: false };
    else if ((h.finding.id === 'dermal-sinus' || h.finding.id === 'sacral-dimple') && pilonidalTied(text, h, months)) hits[i] = { ...h, present: false };
  }
}

/** Pilonidal disease is a disease of adolescents: in a child under this age (or of unknown age) a pit with a tract is a dermal sinus until proven otherwise. */
const PILONIDAL_MIN_MONTHS = 120;

/**
 * "recurrent pilonidal abscess x3, now 2 midline pits in natal cleft with sinus tract", "pilonidal sinus; abscess drained":
 * the pits, the tract and the abscess of pilonidal disease, an acquired disease of the adolescent natal cleft, told in one
 * sentence with it. They are no dysraphism marker and no spinal infection. Only where the note names the disease itself
 * and neither denies nor doubts it ("not a pilonidal sinus", "?dermal sinus vs pilonidal"); an infant's "pilonidal dimple"
 * is a dimple (reading-vocabulary.json markerPlace.pilonidalDisease). A hit naming a dermal sinus or the disease
 * itself is not read here.
 */
function pilonidalTied(text: string, h: FindingHit, months: number | undefined): boolean {
  if (months === undefined || months < PILONIDAL_MIN_MONTHS) return false;
  const v = readingVocabulary().markerPlace.pilonidalDisease;
  const own = text.slice(h.span.start, h.span.end).toLowerCase();
  if (v.disease.some((w) => own.includes(w)) || /dermal/.test(own)) return false;
  const from = text.slice(0, h.span.start).search(/[^.;\n]*$/);
  const to = h.span.end + text.slice(h.span.end).search(/[.;\n]|$/);
  const sentence = text.slice(from, to).toLowerCase();
  const matches = [...sentence.matchAll(/[a-z]+(?:\/[a-z]+)?|\?/g)];
  const words = matches.map((m) => m[0]);
  if (words.some((w) => v.otherReading.includes(w))) return false;
  return words.some((w, k) => {
    if (!v.disease.includes(w) || v.infantNames.includes(words[k + 1] ?? '')) return false;
    // "pilonidal sinus?", "pilonidal?": asked, not told.
    if (words[k + 1] === '?' || (words[k + 2] === '?' && /^[a-z]/.test(words[k + 1] ?? ''))) return false;
    if (words.slice(Math.max(0, k - 4), k).some((b) => b === '?' || v.doubted.includes(b))) return false;
    // The patient's own disease, told as fact: not "dad had pilonidal sinus surgery", "family hx pilonidal disease",
    // "atypical for pilonidal sinus", "?pilonidal" (whatever the punctuation between it and the pit).
    const at = from + (matches[k].index ?? 0);
    const c = readContext(text, at, at + w.length);
    if (c.negated || c.uncertain || c.hypothetical || c.ruleOut || c.doubted || c.experiencer !== 'patient') return false;
    // A relative or a doubt named in the pilonidal word's own clause, which the context reader may not tie to it.
    const clause = sentence.slice(sentence.lastIndexOf(',', matches[k].index ?? 0) + 1, (matches[k].index ?? 0) + w.length);
    return !(clause.match(/[a-z]+/g) ?? []).some((x) => v.notOwn.includes(x));
  });
}

/** The correction phrases of markerPlace.corrections as word lists, longest first, built once per vocabulary. */
const correctionLists = perVocabulary((place: ReadingVocabulary['markerPlace']) => place.corrections.map((c) => c.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length));

/**
 * "hair tuft – scalp? no, sacral", "tuft on the scalp - no wait, sacral": the writer takes back the place named after a
 * marker and gives a spinal one. The "no" answers the place, not the marker, and the place left is the spine's (run
 * after markersPlacedElsewhere): a marker denied or placed elsewhere only after its own words
 * (no denial word in its clause before it), followed by a place, a correction (markerPlace.corrections) and a spinal
 * place, is present. A denial of the marker itself ("no hair tuft", "hair tuft? no", "hair tuft? no, dimple? yes")
 * stays. A few words after each denied marker: linear.
 */
export function markersWithCorrectedPlace(hits: FindingHit[], text: string): void {
  let places: MarkerPlaces | undefined;
  let corrections: string[][] | undefined;
  let between: Set<string> | undefined;
  let tail: Set<string> | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.present || h.context.uncertain || h.context.hypothetical || h.context.historical || h.context.experiencer !== 'patient') continue;
    if (h.finding.category !== 'cutaneous-marker' && h.finding.category !== 'dimple') continue;
    const line = h.field.lineSpan ?? h.field.valueSpan;
    const clause = text.slice(Math.max(line.start, h.span.start - 40), h.span.start);
    const own = clause.slice(clause.search(/[^.,;:\n]*$/)).toLowerCase();
    places ??= markerPlaces();
    if (places.deniedBefore.test(own)) continue;
    between ??= new Set(readingVocabulary().markerPlace.infectionBetween);
    corrections ??= correctionLists(readingVocabulary().markerPlace);
    const after = text.slice(h.span.end, Math.min(line.end, h.span.end + 80)).toLowerCase();
    const toks = [...after.matchAll(/[a-z0-9]+(?:'[a-z]+)?|[^a-z0-9\s]/g)].map((m) => m[0]);
    const word = (t: string | undefined) => t !== undefined && /^[a-z0-9]/.test(t);
    const marks = (k: number) => {
      while (k < toks.length && /^[-\u2013\u2014,:?/(]$/.test(toks[k])) k++;
      return k;
    };
    const linking = (k: number) => {
      while (k < toks.length && (between!.has(toks[k]) || toks[k] === 'it' || toks[k] === "it's" || toks[k] === 'its' || toks[k] === 'is')) k++;
      return k;
    };
    let k = linking(marks(0));
    const first = toks[k];
    if (!word(first) || !(places.elsewhere.has(first) || places.spinal.has(first))) continue;
    k = marks(k + 1);
    let corrected = false;
    for (let taken = true; taken;) {
      taken = false;
      for (const c of corrections) {
        if (c.every((w, n) => toks[k + n] === w)) {
          k = marks(k + c.length);
          corrected = taken = true;
          break;
        }
      }
    }
    if (!corrected) continue;
    k = linking(k);
    const second = toks[k];
    if (!word(second) || second === first || !places.spinal.has(second)) continue;
    // The clause ends at the corrected place ("scalp? no, sacral.", "scalp - no, sacral area"): "scalp, no sacral dimple",
    // "scalp no, sacral no", "face? no, lumbar? no" deny what follows the "no", and the marker stays where it was put.
    tail ??= new Set(readingVocabulary().markerPlace.correctedPlaceTail.map((w) => w.toLowerCase()));
    k++;
    while (k < toks.length && (places.spinal.has(toks[k]) || between.has(toks[k]) || tail.has(toks[k]))) k++;
    const end = toks[k];
    if (end !== undefined && !/^[.;)!]$/.test(end) && !(end === ',' && !places.denialAfterComma.has(toks[k + 1] ?? ''))) continue;
    hits[i] = { ...h, context: { ...h.context, negated: false }, negated: false, present: true };
  }
}

/** "pilonidal abscess, opening in the natal cleft skin with purulent fluid": an opening told in a sentence of acquired disease. */
function acquiredBefore(text: string, lineStart: number, h: FindingHit, places: MarkerPlaces): boolean {
  if (/dermal/i.test(text.slice(h.span.start, h.span.end))) return false;
  const before = text.slice(Math.max(lineStart, h.span.start - 120), h.span.start);
  // "pilonidal dimple" / "pilonidal pit" name an infant's dimple, not the acquired disease.
  const sentence = before
    .slice(before.search(/[^.;\n]*$/))
    .toLowerCase()
    .replace(/pilonidal\s+(?:dimple|pit)s?/g, '');
  return (sentence.match(/[a-z]+/g) ?? []).some((w) => places.acquired.has(w));
}

/**
 * "IV antibiotics (cellulitis R leg)", "abscess of the left thigh", "leg cellulitis": an infection or a tumour placed by the
 * word just before it or the first word after it (past side and linking words only: markerPlace.infectionBetween) on a place
 * of markerPlace.elsewhere is not suspected of the spine. Not "discitis with leg pain" (a word of its own stands between),
 * not a place of the spine ("abscess over the lumbar spine"). A few words around each hit: linear.
 */
export function infectionsPlacedElsewhere(hits: FindingHit[], text: string, months?: number): void {
  let places: ReturnType<typeof markerPlaces> | undefined;
  let between: Set<string> | undefined;
  let ends: Set<string> | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h.present || h.finding.category !== 'suspected-infection-or-tumor') continue;
    places ??= markerPlaces();
    between ??= new Set(readingVocabulary().markerPlace.infectionBetween);
    const own = text.slice(h.span.start, h.span.end).toLowerCase();
    if (NAMES_SPINE.test(own)) continue;
    if (pilonidalInfection(text, h, months)) {
      hits[i] = { ...h, present: false };
      continue;
    }
    const line = h.field.lineSpan ?? h.field.valueSpan;
    const before = /([A-Za-z]+)[ \t]*$/.exec(text.slice(Math.max(line.start, h.span.start - 30), h.span.start));
    let place = before?.[1].toLowerCase();
    if (!place || !places.elsewhere.has(place)) {
      place = undefined;
      const after = text.slice(h.span.end, Math.min(line.end, h.span.end + 60)).toLowerCase();
      const tokens = [...after.matchAll(/[a-z0-9]+|[^a-z0-9\s]/g)].map((m) => m[0]);
      let k = 0;
      while (k < tokens.length && between.has(tokens[k])) k++;
      place = tokens[k];
      // The place ends the clause or a joining word follows it ("cellulitis R leg and fever"); "discitis leg pain" is a
      // discitis and a leg pain. A spinal place later in the clause ("infection in the leg or spine") keeps it.
      ends ??= new Set(readingVocabulary().markerPlace.infectionPlaceEnd);
      const next = tokens[k + 1];
      if (next !== undefined && /^[a-z0-9]/.test(next) && !ends.has(next)) place = undefined;
      for (let n = k + 1; place && n < tokens.length && /^[a-z0-9]/.test(tokens[n]); n++) if (places.spinal.has(tokens[n])) place = undefined;
    }
    if (place && places.elsewhere.has(place) && !places.spinal.has(place)) hits[i] = { ...h, present: false };
  }
}

/** "pilonidal abscess", "infected pilonidal cyst": an infection told by a bare word in a sentence of pilonidal disease. */
function pilonidalInfection(text: string, h: FindingHit, months: number | undefined): boolean {
  const infections = readingVocabulary().markerPlace.pilonidalDisease.infections;
  const own =
    text
      .slice(h.span.start, h.span.end)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  return own.length > 0 && own.every((w) => infections.includes(w)) && pilonidalTied(text, h, months);
}

/**
 * A contrast reason told by a bare infection word in a sentence of pilonidal disease ("pilonidal abscess") is that
 * disease's, not a spinal infection's (see infectionsPlacedElsewhere).
 */
export function pilonidalContrastReasons(hits: FindingHit[], text: string, months?: number): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.present && h.finding.category === 'contrast-reason' && pilonidalInfection(text, h, months)) hits[i] = { ...h, present: false };
  }
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The words around a marker, read in place (this runs for every marker of every note): the last
 * word of its clause before it (back to `from`, a comma, semicolon, full stop, parenthesis or line
 * end) and up to eight words after it within 80 characters, to a comma, semicolon, full stop or line end.
 */
function placedElsewhere(text: string, from: number, start: number, end: number, places: MarkerPlaces): boolean {
  let spinal = false;
  let elsewhere = false;
  // "the back of the head" places it on the head: "back" followed by "of" is no spinal place.
  let back = false;
  const see = (a: number, b: number) => {
    const w = text.slice(a, b).toLowerCase();
    if (back && w !== 'of') spinal = true;
    back = w === 'back';
    if (back) return;
    if (places.spinal.has(w)) spinal = true;
    else if (places.elsewhere.has(w)) elsewhere = true;
  };
  let i = start - 1;
  // The word before; past a site word ("umbilical stump", "gastrostomy site"), the word before that too.
  for (let n = 0; n < 2; n++) {
    while (i >= from && !isAsciiWordChar(text.charCodeAt(i)) && !isClauseEnd(text.charCodeAt(i), true)) i--;
    if (!(i >= from && isAsciiWordChar(text.charCodeAt(i)))) break;
    const b = i + 1;
    while (i >= from && isAsciiWordChar(text.charCodeAt(i))) i--;
    const w = text.slice(i + 1, b).toLowerCase();
    if (!places.sites.has(w)) {
      see(i + 1, b);
      break;
    }
  }
  const limit = Math.min(text.length, end + 80);
  let words = 0;
  for (let j = end; j < limit && words < 8;) {
    const c = text.charCodeAt(j);
    if (isClauseEnd(c, false)) break;
    if (!isAsciiWordChar(c)) {
      j++;
      continue;
    }
    const a = j;
    while (j < limit && isAsciiWordChar(text.charCodeAt(j))) j++;
    see(a, j);
    words++;
  }
  if (back) spinal = true;
  work.steps += limit - from;
  return !spinal && elsewhere;
}

/** , ; . and a line feed end a clause; before a marker, so do parentheses. */
function isClauseEnd(c: number, before: boolean): boolean {
  return c === 44 || c === 59 || c === 46 || c === 10 || (before && (c === 40 || c === 41));
}
