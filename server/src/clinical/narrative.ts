import type { Knowledge } from '../knowledge/knowledge';
import type { Field } from '../notes/parser';
import { work } from '../notes/work';
import { readOrder, type OrderReading } from './order';
import { readPriorImaging } from './prior';
import { alternation, perVocabulary, phrasePattern } from './patterns';
import { wholeWordsPattern } from './word-lists';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';

/**
 * A case report or case presentation ("Case report\nA 7-year-old boy dove headfirst … CT of the cervical spine without
 * contrast was obtained.", "We describe a 3-week-old … MRI of the lumbar spine without contrast was obtained as the first
 * study") tells its whole story in the past tense: the study the case is about is told as done, and it is the note's
 * order (test/corpus/README.md). A note is one when its first line is a case heading or it opens on a case report's
 * words (reading-vocabulary.json caseNarrative). Only such a note is read this way: in a clinic note "MRI was obtained"
 * tells an earlier study.
 */
export function isCaseNarrative(text: string): boolean {
  const v = readingVocabulary().caseNarrative;
  const head = text.slice(0, 300).toLowerCase();
  work.steps += head.length;
  const m = /^\s*([^\n]*)(?:\n\s*([^\n]*))?/.exec(head);
  if (!m) return false;
  const line = m[1].trim();
  // "Case report form completed …" heads a clinic note (`notAfter`).
  const after = (h: string) =>
    line
      .slice(h.length)
      .trim()
      .split(/[^a-z]+/, 1)[0];
  if (v.headings.some((h) => line.startsWith(h) && !/[a-z0-9]/.test(line.charAt(h.length)) && !v.notAfter.includes(after(h)))) return true;
  return [line, (m[2] ?? '').trim()].some((l) => v.openers.some((o) => l.startsWith(`${o} `)));
}

interface Compiled {
  done: RegExp;
  earlier: RegExp;
  withheld: RegExp;
}
/** Phrases of the vocabulary as one alternation, a space in a phrase matching any run of white space. */
const phrases = (list: readonly string[]) => alternation(list, { one: phrasePattern });

/** The case-narrative patterns, built once per vocabulary. */
const compiled = perVocabulary((v: ReadingVocabulary['caseNarrative']): Compiled => ({
  // "CT … was obtained", "radiographs … were subsequently obtained", "the primary team obtained a repeat spinal
  // ultrasound", "he underwent MRI": the study told as done in the story's own past tense (not "had been obtained").
  done: new RegExp(
    String.raw`(?<!\bha(?:d|s|ve)\s+(?:been\s+)?)\b(?:(?:was|were)\s+(?:[a-z]+\s+){0,2}?(?:${phrases(v.passive)})|(?:${phrases(v.active)})\s+(?:an?|the|his|her|their|a\s+repeat)?\b)`,
    'i',
  ),
  earlier: wholeWordsPattern(v.earlier, { spaces: String.raw`\s+` }),
  withheld: wholeWordsPattern(v.withheld, { spaces: String.raw`\s+` }),
}));

/**
 * The study a case narrative is about: the last clause of its prose that tells a spine study as done in the story's past
 * ("… and CT of the cervical spine without contrast was obtained"), not one told as earlier ("had shown", "previously",
 * "at an outside hospital"), withheld ("was not available", "declined") or as a later follow-up. Undefined when none.
 */
export function narrativeOrder(prose: readonly Field[], k: Knowledge): { field: Field; reading: OrderReading } | undefined {
  const c = compiled(readingVocabulary().caseNarrative);
  let found: { field: Field; reading: OrderReading } | undefined;
  for (const f of prose) {
    const value = f.value;
    work.steps += value.length;
    const clause = /[^,;:.!?]+(?:\.(?=\S)[^,;:.!?]*)*/g;
    for (let m = clause.exec(value); m; m = clause.exec(value)) {
      const part = m[0];
      if (!c.done.test(part) || c.earlier.test(part) || c.withheld.test(part)) continue;
      const reading = readOrder(part, undefined, k);
      if (reading.status !== 'recognized') continue;
      const lead = part.length - part.trimStart().length;
      const text = part.trim();
      const start = f.valueSpan.start + m.index + lead;
      found = { field: { ...f, value: text, valueSpan: { start, end: start + text.length } }, reading };
    }
  }
  return found;
}

/**
 * A radiologist's report on top of a note, with the ordering clinician's addendum below ("TELERAD PRELIM: XR LUMBAR SPINE
 * 3 VIEWS … Impression: no acute osseous abnormality.\n\nOrdering physician addendum: … MRI whole spine ordered"): the
 * report tells a study done with its result, a prior study, and only the addendum orders. A note is one when its first
 * line names a radiology report (reading-vocabulary.json reportOnTop.headings) and a later line opens on an addendum
 * (`addenda`, within its first words). The span of the report: from the start of the note to the addendum's line.
 */
export function reportOnTop(text: string): { start: number; end: number } | undefined {
  const v = readingVocabulary().reportOnTop;
  const nl = text.indexOf('\n');
  const first = (nl < 0 ? text : text.slice(0, nl)).toLowerCase();
  work.steps += first.length;
  const c = reportPatterns(v);
  if (nl < 0 || !c.heading.test(first)) return undefined;
  for (let at = nl + 1; at < text.length;) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, Math.min(end < 0 ? text.length : end, at + 60)).toLowerCase();
    work.steps += line.length;
    if (c.addendum.test(line)) return { start: 0, end: at };
    if (end < 0) break;
    at = end + 1;
  }
  return undefined;
}

interface ReportPatterns {
  heading: RegExp;
  addendum: RegExp;
  advised: RegExp;
}
/**
 * The report's patterns, built once per vocabulary: every note's first line is tested, so building them per note cost
 * more than the rest of the test. One alternation finds what any of its words alone would.
 */
const reportPatterns = perVocabulary((v: ReadingVocabulary['reportOnTop']): ReportPatterns => ({
  // "Preliminary diagnosis:", "Prelim plan:" head a clinician's own note, not a report (`notReports`).
  heading: new RegExp(String.raw`(?:^|[^a-z])(?:${phrases(v.headings)})(?![a-z])(?!\s+(?:${phrases(v.notReports)})(?![a-z]))`),
  addendum: new RegExp(String.raw`^[^a-z]*(?:[a-z.,()' -]{0,30}[^a-z])?(?:${phrases(v.addenda)})(?![a-z])`),
  advised: new RegExp(String.raw`\b(?:${phrases(v.advised)})\b`, 'i'),
}));

/**
 * The report with what it only advises blanked ("MRI recommended", "final read to follow"): no study it names there was
 * done. Only the advice is blanked, from the clause that names its study to the end of its sentence; the result told
 * before it in the same sentence stays ("Low-lying conus at L3, MRI recommended": the conus is the ultrasound's result).
 */
export function reportDone(text: string, span: { start: number; end: number }, k: Knowledge): string {
  const advised = reportPatterns(readingVocabulary().reportOnTop).advised;
  const report = text.slice(span.start, span.end);
  work.steps += report.length;
  return report.replace(/[^.;\n]+/g, (sentence) => {
    const at = advised.exec(sentence)?.index;
    if (at === undefined) return sentence;
    // Walk back over the sentence's clauses to the one naming the advised study ("MRI of the lumbar spine, without
    // contrast, is recommended"); with none named, the whole sentence goes ("Final report to follow").
    const clauses = sentence.slice(0, at).split(',');
    let from = at;
    for (let i = clauses.length - 1; i >= 0; i--) {
      from -= clauses[i].length + (i < clauses.length - 1 ? 1 : 0);
      if (readPriorImaging(clauses[i] + sentence.slice(at).split(',')[0], 0, k).some((p) => p.modality)) break;
      if (i === 0) from = 0;
    }
    return sentence.slice(0, from) + ' '.repeat(sentence.length - from);
  });
}
