import { RELATIVE_WORDS, isAboutRelative, isHeading, isNotHistory, isOrderKeyed, namesThePatient, patientTwinLabel } from './headings';
import { type KeyInfo, type KeyName, lookupKey, mayBeMisspelt } from './keys';
import type { Field } from './parser';
import type { Span } from './text';
import { work } from './work';

/**
 * Notes as clinicians write them: "3 mo M w/ deep sacral dimple + hair tuft, neuro intact. Plan:
 * XR L-spine" is one line that is not `Key: value`, yet it says everything a structured note says.
 * Such lines are read as the note's history (Presentation), and a known key written inside them
 * ("Plan:", "Neuro:") starts that key's value, up to the next key or the end of the line.
 *
 * A line is prose when it has no colon (and is not a continuation), or when the text before its
 * first colon is not a known key and reads as words rather than as a mistyped key: four words or
 * more, a sentence mark, or a leading number ("10 mo old boy …: …"); or when it is a heading
 * ("Onc clinic:", "Peds Ortho:", "Re:", "Newborn exam:": notes/headings.ts); or when it is no likely
 * misspelling of a key (none within a few edits of it, keys.ts mayBeMisspelt: not "Nuero:", "Ordr:", "Imp:")
 * and its value is narrative, unless the key is about someone or something else ("Mother:", "Allergies:").
 * A line keyed by a relative
 * ("Uncle:", "Twin A:", "Mom's hx:", "Sib (6 yo):") is never prose, whatever its punctuation, unless a carer
 * reports the child there ("Parent: \"won't stand up, says her back hurts\"": `reportsOnTheChild`, given by the caller,
 * since which words are a carer's report is clinical vocabulary: the engine passes clinical/tellers.ts reportsOnTheChild).
 */
const PRESENTATION = lookupKey('Presentation') as KeyInfo;
/** Keys that tell the patient's presentation, exam or identity. */
const DESCRIBES_PATIENT = new Set<KeyName>(['Patient', 'Presentation', 'Findings', 'Dimple', 'Symptoms', 'Indication', 'Neuro', 'Red flags']);

export function readProse(text: string, fields: readonly Field[], malformed: readonly Span[], reportsOnTheChild: CarerReport = neverReports): Field[] {
  // A line of one or two words ("xxxx", "see above") is a slip, not a narrative: malformed-line reports it.
  const spans: Span[] = malformed.filter((m) => /\S+\s+\S+\s+\S/.test(text.slice(m.start, Math.min(m.end, m.start + 200))));
  // Whether the note tells the patient anywhere but under a twin's key ("Twin A:" alone may be the patient).
  const described = spans.length > 0 || fields.some((f) => (f.key && DESCRIBES_PATIENT.has(f.key.name)) || (!f.key && namesThePatient(f.rawKey)));
  const twin = patientTwinLabel(text);
  for (const f of fields) {
    if (
      !f.key &&
      (reportsOnTheChild(f.rawKey, f.value) ||
        (!isAboutRelative(f.rawKey, described, twin) &&
          !connectiveOfRelative(f.rawKey, f.value) &&
          (looksLikeProse(f.rawKey) || isHeading(f.rawKey) || headsNarrative(f.rawKey, f.value))))
    ) {
      f.prose = true;
      // A table's cell is read alone: its header stands lines above it, over every other row.
      spans.push({ start: f.column ? f.valueSpan.start : f.keySpan.start, end: f.valueSpan.end });
    }
  }
  if (!spans.length) return [];
  spans.sort((a, b) => a.start - b.start);
  const out: Field[] = [];
  for (const span of spans) splitAtKeys(text, span, out);
  return out;
}

/**
 * Whether a line keyed `rawKey` is read as prose for what it says: a carer's report of the child, so the child's history ("Parent:
 * says her back hurts"), or a texted "Pls:" asking a study alone (engine/analyze.ts readsAsProse).
 */
export type CarerReport = (rawKey: string, value: string) => boolean;
const neverReports: CarerReport = () => false;

/**
 * "NB: spinal US in sibling - tethered cord", "PS: spinal US in brother (2019) showed a lipoma": a connective's line that names a
 * study and a relative other than a parent is left unread, as before round 55 (review r55): what it tells may be the relative's, not the child's.
 */
function connectiveOfRelative(rawKey: string, value: string): boolean {
  if (!/^\s*(?:but|nb|ps)\s*$/i.test(rawKey) || !CONNECTIVE_STUDY.test(value)) return false;
  return (value.toLowerCase().match(/[a-z][a-z-]*/g) ?? []).some((w) => CONNECTIVE_RELATIVES.has(w));
}
/** A study named on the line: the relative's study is what the review found read as the child's. */
const CONNECTIVE_STUDY = /\b(?:US|USS|ultrasound|ultrasonography|sonogram|XR|x-?rays?|radiographs?|films?|MRI|CT|scan)\b/i;
// A parent is most often the teller ("PS: mum worried about leukaemia as her sister had it" stays read).
const CONNECTIVE_TELLERS = new Set(['mother', 'mom', 'mum', 'father', 'dad', 'parent', 'parents', 'stepmother', 'stepfather', 'stepmom', 'stepdad', 'stepmum']);
const CONNECTIVE_RELATIVES = new Set([...RELATIVE_WORDS, 'sib', 'sibs', 'cotwin', 'co-twin'].filter((w) => !CONNECTIVE_TELLERS.has(w)));

function looksLikeProse(rawKey: string): boolean {
  // A leading number, or a problem's ("#2 FEN: ad lib PO"), numbers an item of a list.
  if (/[.,;()!?'"]/.test(rawKey) || /^\s*#?\d/.test(rawKey)) return true;
  // A spaced "/", "&" or "+" still separates words here: "Assesment & Plan" (misspelt) and "Fever + night pain" are
  // read as prose, as they always were; a known key written so is found by its normalized spelling first (keys.ts).
  const words = rawKey.trim().split(/\s+/);
  // "ED note:", "Seen today:", "ED:", "radiologist comment:", "Radiology consult:": a heading for the narrative that follows.
  // "BUT: reduced movement of L leg", "NB: L knee jerk absent", "PS: …": a connective or a note-bene mark set off by a colon
  // heads the sentence it opens, no key a short spelling of one might be (round 55).
  if (words.length === 1) return /^(?:ED|ER|UC|NP|PA|RN|note|addendum|comment|update|intake|triage|summary|narrative|consult|but|nb|ps)$/i.test(words[0]);
  return words.length >= 3 || (words.length === 2 && /^(?:note|today|visit|addendum|update|summary|hpi|comment|intake|triage|consult|consultation)$/i.test(words[1]));
}

/**
 * "Problem: sacral dimple with overlying hair tuft", "Incidental: small tuft of hair over the lower
 * back": an unknown key that is not a misspelling of one, before a value of three words or more
 * that is not a form to tick ("[x] yes [ ] no" is left to what reads forms).
 */
function headsNarrative(rawKey: string, value: string): boolean {
  if (/\[[ xX✓✔]?\]/.test(value.slice(0, 400))) return false;
  if (!/[A-Za-z]{2,}\W+[A-Za-z]+\W+[A-Za-z]/.test(value.slice(0, 400))) return false;
  // "Radiology: MRI L-spine w/o", "Investigations: XR lumbar spine": a key for the study to do is no history
  // (clinical/facts.ts reads its study as the order; otherwise unknown-key reports it).
  return !isNotHistory(rawKey) && !isOrderKeyed(rawKey) && (titledInitial(rawKey) || !mayBeMisspelt(rawKey));
}

/**
 * "Dr B:", "Dr. E:", "Prof K:": a doctor's reply under a letter keyed by the title and the surname's initial, as "Dr Obi:" is
 * keyed by the whole name; a title and one letter are a few edits from short keys ("Dx:", "DOB:") but no slip for them.
 */
const TITLED_INITIAL = /^\s*(?:[Dd]r|DR|[Pp]rof|PROF)\.?\s+[A-Z]\.?\s*$/;
function titledInitial(rawKey: string): boolean {
  return TITLED_INITIAL.test(rawKey);
}

function splitAtKeys(text: string, span: Span, out: Field[]): void {
  let segStart = span.start;
  let segKey: KeyInfo = PRESENTATION;
  let keySpan: Span = { start: span.start, end: span.start };
  work.steps += span.end - span.start;
  for (let c = span.start; c < span.end; c++) {
    // A key written inside prose ("Neuro: nl. Plan …") holds its value to the end of its sentence.
    if (segKey !== PRESENTATION && text.charCodeAt(c) === 46 /* . */ && (c + 1 === span.end || /\s/.test(text[c + 1]))) {
      push(text, segKey, keySpan, segStart, c, out);
      segKey = PRESENTATION;
      keySpan = { start: c + 1, end: c + 1 };
      segStart = c + 1;
      continue;
    }
    if (text.charCodeAt(c) !== 58 /* : */) continue;
    const found = keyBefore(text, span.start, c);
    if (!found) continue;
    push(text, segKey, keySpan, segStart, found.start, out);
    segKey = found.key;
    keySpan = { start: found.start, end: c };
    segStart = c + 1;
  }
  push(text, segKey, keySpan, segStart, span.end, out);
}

/** A bracket opened between from and at is still open at `at`. */
export function insideOpenBracket(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */ || c === 91 /* [ */) depth++;
    else if ((c === 41 /* ) */ || c === 93) /* ] */ && depth > 0) depth--;
  }
  return depth > 0;
}

/** A known key of one to three words ending at the colon, starting the text or a sentence or clause. */
function keyBefore(text: string, from: number, colon: number): { key: KeyInfo; start: number } | undefined {
  let b = colon;
  const limit = Math.max(from, colon - 40);
  while (b > limit && !/[.;,!?\n\r]/.test(text[b - 1])) b--;
  work.steps += colon - b;
  if (b > limit || (b === limit && limit !== from)) {
    // Only a boundary (or the start of the line) may come before a key.
    if (b !== from && !/[.;,!?\n\r]/.test(text[b - 1])) return undefined;
  }
  if (insideOpenBracket(text, b, colon)) return undefined;
  const words = text.slice(b, colon);
  const trimmedStart = b + (words.length - words.trimStart().length);
  const key = lookupKey(words);
  return key ? { key, start: trimmedStart } : undefined;
}

function push(text: string, key: KeyInfo, keySpan: Span, start: number, end: number, out: Field[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  if (e <= start) return;
  out.push({
    key,
    rawKey: text.slice(keySpan.start, keySpan.end),
    keySpan,
    valueSpan: { start, end: e },
    value: text.slice(start, e),
    lineSpan: { start: keySpan.start < start ? keySpan.start : start, end: e },
    inferred: true,
  });
}
