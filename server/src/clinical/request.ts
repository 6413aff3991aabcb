import { isOrderKeyed } from '../notes/headings';
import { type KeyInfo, lookupKey } from '../notes/keys';
import type { Field, ParsedNote } from '../notes/parser';
import { toWords } from '../notes/words';
import { work } from '../notes/work';
import { startsWithStudy } from './study-names';
import { perVocabulary } from './patterns';
import { type PhraseSet, type ReadingVocabulary, longestPhraseAt, readingVocabulary } from './vocabulary';

/**
 * A request, requisition or protocol line writes the clinical history inside it, after the study's own name and
 * its technique: "Request: US spine, 10 mo F, \"hairy patch lower back, eval for tethered cord\"", "Protocol: CT
 * C-spine w/o contrast. 13 yo F, restrained rear passenger, highway-speed head-on MVC", "Request: CT lumbar spine
 * with contrast, STAT. 2 y M, 5 days of fever". That history is read as the reason for the study (an Indication:
 * "r/o dermal sinus" there stays a question, not a finding), by the readers of findings, age and injury only: it
 * is never read for an order, so a request's text does not become a second order.
 *
 * The line is an Order line as written (not one read from prose) or a line under a key for the study to do that
 * the language does not know ("Protocol:", "Requisition:"). Its first clause must name a study; the clauses after
 * it that only tell how or when it is done (order-vocabulary.json request.technique: "STAT", "2 views", "thin
 * sections with sag/cor reformats", "feed and wrap") are still the study's, as is a clause naming the protocol it is done
 * by ("neonatal spine protocol", "peds trauma pathway": order-vocabulary request.protocolNames). The history is the rest of the value,
 * from the first clause that is not technique. One pass over each such value.
 */
export function requestHistories(
  fields: readonly Field[],
  technique: ReadonlySet<string>,
  namesStudy: (clause: string) => boolean,
  protocolNames: ReadonlySet<string> = NONE,
  referredChild?: PhraseSet,
): Field[] {
  const out: Field[] = [];
  for (const f of fields) {
    if (!f.value || f.inferred || f.prose) continue;
    const referral = f.key?.name === 'Referral';
    if (!referral && (f.key ? f.key.name !== 'Order' : !isOrderKeyed(f.rawKey))) continue;
    const letter = referredChild !== undefined && opensOnTheChild(f.value, namesStudy, referredChild);
    // "Referral: MRI L-spine. 10 yo girl, 3 weeks low back pain", "Referral (GP): US lumbar spine. 3yo girl, sacral dimple": a
    // referral (a requisition, as much of Europe writes it) that opens on its study writes the history after it as a request does.
    const at = letter ? 0 : referral && !startsWithStudy(f.value.trimStart()) ? undefined : historyStart(f.value, technique, namesStudy, protocolNames);
    if (at === undefined) continue;
    const start = f.valueSpan.start + at;
    out.push({
      // A referral letter tells the child's story as an HPI does, read as one for all it gives: prior imaging ("Spinal US at
      // 2 wk normal"), injury, red flags, exam. A request's history after its study stays the study's indication.
      key: letter ? PRESENTATION : INDICATION,
      rawKey: f.rawKey,
      keySpan: { start, end: start },
      valueSpan: { start, end: f.valueSpan.end },
      value: f.value.slice(at),
      lineSpan: { start, end: f.valueSpan.end },
      inferred: true,
    });
  }
  return out;
}

/**
 * An Order or Request line written as the referral letter, whose study is asked for in a sentence of its own that opens on
 * a request ("Order: 10 yo with back pain 2 weeks, no red flags. X-ray L-spine in ED normal. Please perform MRI spine.",
 * "Request: 3 mo F with a hairy patch. US spine today. Kindly arrange MRI L-spine."), is read as the same letter under
 * "Referral:" is: the child's history (prior studies told there are studies done, not the order), and the study the
 * "Please perform / Kindly arrange" sentence asks for is the order; one that asks for another body part ("Please perform
 * renal US. Spinal US already done, normal.") orders no spine study. A line with no such sentence ("Order: infant w/
 * sacral dimple, for spinal ultrasound") is still read whole as the order.
 */
export function withLetterOrdersAsReferrals(note: ParsedNote, namesStudy: (clause: string) => boolean, referredChild: PhraseSet, opening: PhraseSet): ParsedNote {
  let fields: Field[] | undefined;
  note.fields.forEach((f, i) => {
    if (!f.value || f.inferred || f.prose) return;
    if (f.key ? f.key.name !== 'Order' : !isOrderKeyed(f.rawKey)) return;
    if (!opensOnTheChild(f.value, namesStudy, referredChild) || !asksInASentence(f.value, opening)) return;
    fields ??= [...note.fields];
    fields[i] = { ...f, key: REFERRAL };
  });
  return fields ? { ...note, fields } : note;
}
/** A sentence of the value (after ". ", ";" or a line break) that opens on a request ("Please perform", "Kindly arrange"). */
function asksInASentence(value: string, opening: PhraseSet): boolean {
  for (const m of value.matchAll(/(?:^|[.;!?]\s+|\n)\s*([^.;!?\n]+)/g)) {
    const words = toWords(m[1]);
    if (words.length && longestPhraseAt(words, 0, opening) > 0) return true;
  }
  return false;
}
const REFERRAL = lookupKey('Referral') as KeyInfo;
const INDICATION = lookupKey('Indication') as KeyInfo;
const PRESENTATION = lookupKey('Presentation') as KeyInfo;

/**
 * A referral or request written as the referral letter itself: the value opens on the child referred (order-vocabulary
 * request.referredChild: "Referral: infant w/ sacral dimple, 2 mm, in the gluteal cleft … Neuro exam normal. Please perform
 * spinal ultrasound.", "Request: 3 mo F with a hairy patch. Kindly do US spine") or on an age ("Referral: 4 mo, dimple …"),
 * and its first clause names no study. The whole value is then the child's history, read as the study's reason; the
 * study it asks for is read by the order readers as before (its sentences that open on a request: order-openings.ts), and
 * a referral it names stays the referral. A value that names where the child is sent ("Referral: pediatric neurosurgery",
 * "Referral: PCP, daytime wetting") or opens on its study ("Request: US spine, 10 mo F") is no letter.
 */
function opensOnTheChild(value: string, namesStudy: (clause: string) => boolean, referredChild: PhraseSet): boolean {
  const ends = clauseEnds(value);
  if (namesStudy(value.slice(0, ends[0]))) return false;
  if (AGE_OPENING.test(value)) return true;
  const words = toWords(value.slice(0, 80));
  return words.length > 0 && longestPhraseAt(words, 0, referredChild) > 0;
}
/** An age opening the value: "4 mo", "3-month-old", "2 yo", "10 wk", "6y", and as British writers count months and weeks, "3/12", "6/52" (not a date "3/12/25"). */
const AGE_OPENING = /^\s*(?:\d{1,2}(?:\.\d)?\s*-?\s*(?:d|days?|wks?|weeks?|mo|mos|months?|y|yo|y\/o|yrs?|years?)\b|\d{1,2}\/(?:12|52)(?![/\d]))/i;
const NONE: ReadonlySet<string> = new Set();

/** Where the history starts in an order value, or undefined when its first clause names no study or nothing follows the study and its technique. */
export function historyStart(
  value: string,
  technique: ReadonlySet<string>,
  namesStudy: (clause: string) => boolean,
  protocolNames: ReadonlySet<string> = NONE,
): number | undefined {
  const ends = clauseEnds(value);
  let from = 0;
  for (let k = 0; k < ends.length; k++) {
    const clause = value.slice(from, ends[k]);
    if (k === 0) {
      if (!namesStudy(clause)) return undefined;
    } else if (!onlyTechnique(clause, technique) && !namesProtocol(clause, protocolNames)) {
      // The clause's first character that is no space, punctuation or quote.
      let s = from;
      while (s < ends[k] && /[\s"'\u201c\u201d(\-–—]/.test(value[s])) s++;
      return s < ends[k] ? s : undefined;
    }
    from = ends[k] + 1;
  }
  return undefined;
}

/** A clause of words of technique and numbers only ("STAT", "2 views", "thin sections with sag/cor reformats"); an empty one too. */
function onlyTechnique(clause: string, technique: ReadonlySet<string>): boolean {
  for (const w of toWords(clause)) if (!technique.has(w.text) && !/^\d+$/.test(w.text)) return false;
  return true;
}

/**
 * A clause that names the protocol or pathway the study is done by, ending on one of order-vocabulary request.protocolNames
 * ("neonatal spine protocol", "tumor protocol", "peds trauma pathway"): the words before it name the protocol, not the
 * patient's age, a finding or an injury.
 */
function namesProtocol(clause: string, protocolNames: ReadonlySet<string>): boolean {
  const words = toWords(clause);
  return words.length > 1 && protocolNames.has(words[words.length - 1].text);
}

/**
 * The ends of the value's clauses (each an index of its boundary character, the last the value's length): a comma, a
 * semicolon, a colon, a line break, a full stop before a space (not a decimal point "1.5 cm", nor "w/o." before a
 * word) and a dash between spaces ("US spine - 5 mo F").
 */
function clauseEnds(value: string): number[] {
  const ends: number[] = [];
  work.steps += value.length;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === ',' || c === ';' || c === ':' || c === '\n' || c === '\r') ends.push(i);
    else if ((c === '.' || c === '!' || c === '?') && (i + 1 === value.length || /\s/.test(value[i + 1]))) ends.push(i);
    else if ((c === '-' || c === '–' || c === '—') && value[i - 1] === ' ' && value[i + 1] === ' ') ends.push(i);
  }
  ends.push(value.length);
  return ends;
}

/**
 * A booking or scheduling clerk copies the clinician's request in quotation marks under a request key ('Request
 * (quoted): "Sacral dimple with adjacent skin tag. Spine US: conus L2-L3, indeterminate. Please MRI."', 'Request:
 * "LBP 3 weeks, no red flags, normal neuro exam"'): a value that opens on a quotation whose first clause names no
 * study is the child's history as the clinician wrote it, read as the study's reason (an Indication), never as the
 * order: a study named inside it is the history's ("Spine US: … indeterminate") or the clinician's wish, and the study
 * booked is written elsewhere in the note. So is such a quotation under a key the language does not know that names a
 * request (order-vocabulary request.quotedRequestKeys: "Referrer's request (copied)", "Original request"). A quoted request that opens on its study ('Request: "US spine - sacral
 * dimple"') stays the order. One pass over the fields.
 */
export function withQuotedRequestsRead(note: ParsedNote, namesStudy: (clause: string) => boolean, requestKeys: ReadonlySet<string>): ParsedNote {
  // "Referrer's request (copied)", "Original request", "Request from Dr L (quoted)": a key the language does not know that names a request.
  // The value's opening quotation mark is looked for first: most values have none, and their key is then not cut into words.
  const quoted = note.fields.filter(
    (f) =>
      f.value && !f.inferred && !(f.prose && f.key) && OPENING_QUOTE.test(f.value) && (f.key ? f.key.name === 'Order' : toWords(f.rawKey).some((w) => requestKeys.has(w.text))),
  );
  if (!quoted.length) return note;
  // 'Request: "3 mo, sacral dimple. US spine please"', 'Original request: "MRI L-spine w/o for hair tuft"': a quotation that
  // names a study where the note names no other (no booked study, no order line) is still the order, as it was read before.
  const elsewhere = namesStudyOutside(note, quoted, namesStudy);
  let changed = false;
  const lines: Field[] = [];
  const fields = note.fields.map((f) => {
    if (!quoted.includes(f)) return f;
    const open = OPENING_QUOTE.exec(f.value) as RegExpExecArray;
    const rest = f.value.slice(open[0].length);
    if (!elsewhere && namesStudy(rest)) return f;
    const ends = clauseEnds(rest);
    // Under a key the language does not know the value was never an order: it is history however it opens ("Spinal US last month: …").
    if (f.key && namesStudy(rest.slice(0, ends[0]))) return f;
    changed = true;
    if (f.prose) lines.push(f);
    return { ...f, key: INDICATION, writtenKey: f.writtenKey ?? f.rawKey, prose: false };
  });
  if (!changed) return note;
  // The line's text taken for prose is now the Indication's: dropped from the prose (one pass over both lists, in note order).
  let j = 0;
  const prose = lines.length
    ? note.prose.filter((p) => {
        while (j < lines.length && lines[j].lineSpan.end < p.valueSpan.start) j++;
        const line = lines[j];
        return !(line && line.lineSpan.start <= p.lineSpan.start && p.valueSpan.end <= line.lineSpan.end);
      })
    : note.prose;
  return { ...note, prose, fields };
}
// A straight, curly, low-9 or angle quotation mark, double or single: '"', '“', "'", '‘', '„', '«'.
const OPENING_QUOTE = /^\s*["'\u201c\u201e\u2018\u201a\u00ab\u2039]/;

/**
 * The note names a study outside these quoted request lines: another line of the note that may write the order (an Order line, a
 * booked study under a key the language does not know "Booked: MRI L-spine", a prose line "MRI booked Thu 09:00"), not one under
 * a key of history or priors ("Hx: XR L-spine 2 wk ago normal", "Prior imaging: US spine normal").
 */
function namesStudyOutside(note: ParsedNote, quoted: readonly Field[], namesStudy: (text: string) => boolean): boolean {
  const within = (s: { start: number; end: number }, f: Field) => f.lineSpan.start <= s.start && s.end <= Math.max(f.lineSpan.end, f.valueSpan.end);
  const skip = (s: { start: number; end: number }) => quoted.some((q) => within(s, q)) || note.fields.some((f) => f.key && f.key.name !== 'Order' && !f.prose && within(s, f));
  let start = 0;
  work.steps += note.text.length;
  while (start <= note.text.length) {
    let end = note.text.indexOf('\n', start);
    if (end < 0) end = note.text.length;
    const line = { start, end };
    if (end > start && !skip(line) && namesStudy(note.text.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

const paperworkKeys = perVocabulary((v: ReadingVocabulary): ReadonlySet<string> => new Set(v.orderLineColumns.paperworkKeys));

/**
 * Whether an order line's column key is the order's paperwork (reading-vocabulary.json orderLineColumns.paperworkKeys:
 * "STAT: N", "ORD CD: CT0721", "PRIOR: US SPINE 10/02 - NL"), so the note parser splits it off the study; a column
 * telling the study's status, date, result, condition, region or contrast stays in the study's value.
 */
export function orderLinePaperwork(rawKey: string): boolean {
  return paperworkKeys(readingVocabulary()).has(rawKey.toLowerCase().replace(/\s+/g, ' ').trim());
}

const laterPattern = perVocabulary((v: ReadingVocabulary): RegExp => new RegExp(`\\bin\\s{1,3}\\d{1,2}\\s{0,2}(?:${v.orderLineColumns.laterUnits.join('|')})\\b`, 'i'));

/** A time ahead on an order-entry line ("ORD: REPEAT US SPINE IN 3 MOS"): the study is for later, no order of today. */
export function orderLineLater(value: string): boolean {
  return laterPattern(readingVocabulary()).test(value);
}

const screenKeys = perVocabulary((v: ReadingVocabulary): ReadonlySet<string> => new Set(v.orderLineColumns.screenOrderKeys));

/** Whether a key is an order key only an order-entry screen writes ("ORD:", "ORD :"). */
export function screenOrderKey(rawKey: string): boolean {
  return screenKeys(readingVocabulary()).has(rawKey.toLowerCase().replace(/\s+/g, ' ').trim());
}
