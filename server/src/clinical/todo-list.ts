import { work } from '../notes/work';
import { escapeRegExp, perVocabulary } from './patterns';
import type { Span } from '../notes/text';
import { STUDY_NAMED, STUDY_NAMED_WORDS } from './study-names';
import { type ReadingVocabulary, readingVocabulary } from './vocabulary';

/**
 * A resident's sign-out or cross-cover list writes its to-dos with boxes:
 *
 *   To do:
 *    [x] calorie count started
 *    [ ] MRI L-spine ordered - f/u read
 *    [ ] if febrile -> page NSGY
 *
 * There a box says done or still to do, never present or absent as a form's box does (form.ts reads an unticked
 * option as absent): "[ ] MRI ordered" is an MRI ordered whose follow-up is pending. So the boxes of an item naming a
 * study are only marks, and the item is read as written: its own words order, ask, pend, refuse or condition it
 * ("[ ] if febrile -> MRI" stays a condition, "[ ] MRI - not ordering now" orders nothing), while what it tells of the
 * child is no finding (form.ts: a task to image for X asserts nothing about X). An item naming no study ("[ ] check for
 * urinary retention", "[ ] weigh in AM") keeps a form's reading, as every other box line does (reading-vocabulary.json
 * handoff.todo).
 *
 * A line is a to-do item when it opens on its box (after an indent or a bullet) under a to-do heading with nothing after
 * its colon ("To do:", "Action list:", "AL:"), or right after such a heading's colon or dash ("To do: [ ] …"; in a
 * handoff also its action list's letter, "A: [ ] …", "A - [ ] …"). A handoff is a note that names I-PASS as written,
 * gives an I-PASS severity under its key ("I: stable", "IS: watcher") or tags its first line WATCHER or UNSTABLE. A box
 * list under no to-do heading stays a form's, in a handoff too ("Red flags screened, tick if present" / "[ ] fever"), and
 * so does a line whose boxes hold yes/no answers ("[ ] Y [x] N").
 */
export function todoLines(text: string, from: number, to: number, isAnswer: (word: string) => boolean): ReadonlyMap<number, Span[]> {
  const out = new Map<number, Span[]>();
  const p = todoPatterns(readingVocabulary());
  const handoff = handoffSigns(text.slice(from, Math.min(to, from + 400)), p);
  let under: 'todo' | undefined;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    work.steps += line.length + 1;
    const heading = p.heading.exec(line) ?? (handoff ? p.letter.exec(line) : null);
    if (heading) {
      const rest = heading[1];
      if (!rest.trim()) under = 'todo';
      else if (studyItem(rest, p, isAnswer)) out.set(lineStart, notTheStudy(line, lineStart, line.length - rest.length, p));
    } else if (BOX_FIRST.test(line)) {
      if (under === 'todo' && studyItem(line, p, isAnswer)) out.set(lineStart, notTheStudy(line, lineStart, 0, p));
    } else under = undefined;
    lineStart = lineEnd + 1;
  }
  return out;
}

/** A line opening on its box, after an indent or a bullet: "[ ] MRI ordered", " - [x] bloods sent", "☐ call mum". */
const BOX_FIRST = /^[ \t]*(?:[-*•+][ \t]*)?(?:\[ {0,3}[xX✓✔✗✘vV*]? {0,3}\]|\((?: {1,3}| {0,3}[xX✓✔✗✘*] {0,3})\)|[☐□❑❏☑☒✅])/;
/**
 * A to-do item read as written: it opens on its box, names a study ("[ ] MRI L-spine ordered - f/u read") and holds no
 * yes/no answer nor a word refusing, deferring, conditioning or giving it away ("[ ] MRI - NSGY to decide, not ordering
 * now", "[ ] if febrile -> MRI", "[ ] sib's XR"): those keep a form's reading (unticked: not ordered). An item naming no study ("[ ] check for urinary retention", "[ ] weigh in AM to r/o weight loss", a
 * sibling's "[ ] sib had fever - not our pt") is a task about the child, not an order: it keeps a form's reading.
 */
function studyItem(line: string, p: TodoPatterns, isAnswer: (word: string) => boolean): boolean {
  return BOX_FIRST.test(line) && STUDY_NAMED.test(line) && !p.refusal.test(line) && !answered(line, isAnswer);
}
/** An item's words up to its last break (a comma, colon, plus, arrow, spaced dash or "and") before its study's name. */
const BEFORE_THE_STUDY = /^.*(?:[,;:+>→&]|[ \t][-–—]|\band\b)/;
/**
 * What an item tells besides its study's order: the words before the study's name up to a break ("[ ] dimple -> US spine") and from a
 * word of purpose on ("US spine ordered for dimple - f/u read"). Left unasserted, they tell nothing of the child: a task
 * to image for X asserts nothing about X. Whole-text spans.
 */
function notTheStudy(line: string, lineStart: number, itemFrom: number, p: TodoPatterns): Span[] {
  const out: Span[] = [];
  const box = BOX_FIRST.exec(line.slice(itemFrom));
  const after = itemFrom + (box ? box[0].length : 0);
  const study = STUDY_NAMED_WORDS.exec(line.slice(after));
  const at = after + (study?.index ?? 0);
  // Up to the last break before the study's name: its own words ("spinal US", "urgent MRI") stay read.
  const before = BEFORE_THE_STUDY.exec(line.slice(after, at));
  if (before) out.push({ start: lineStart + after, end: lineStart + after + before[0].length });
  const purpose = p.purpose.exec(line.slice(at));
  if (purpose) out.push({ start: lineStart + at + purpose.index, end: lineStart + line.length });
  return out;
}

/** A box holding a yes/no answer right after it ("[ ] Y [x] N", "( ) yes"): a form's question, not a to-do. */
function answered(line: string, isAnswer: (word: string) => boolean): boolean {
  for (const m of line.matchAll(/[\])☐□❑❏☑☒✅][ \t]{0,3}([A-Za-z/]+)/g)) if (isAnswer(m[1].toLowerCase())) return true;
  return false;
}

/** A handoff, whose "A:" is its action list: I-PASS named as written, an I-PASS severity under its key, or a first line tagged WATCHER. */
function handoffSigns(head: string, p: TodoPatterns): boolean {
  return p.name.test(head) || p.severityKey.test(head) || p.severityTag.test(head.split('\n', 1)[0]);
}

interface TodoPatterns {
  refusal: RegExp;
  purpose: RegExp;
  heading: RegExp;
  letter: RegExp;
  name: RegExp;
  severityKey: RegExp;
  severityTag: RegExp;
}
const alternatives = (words: readonly string[]) => words.map((w) => escapeRegExp(w).replace(/[-\s]/g, '[-\\s]?')).join('|');
const todoPatterns = perVocabulary((v: ReadingVocabulary): TodoPatterns => {
  const t = v.handoff.todo;
  return {
    // "not ordering now", "NSGY to decide", "if febrile", "MRI?": whole words (or the mark) anywhere in the item.
    refusal: new RegExp(String.raw`(?:^|[^A-Za-z])(?:${t.refusals.map((w) => escapeRegExp(w).replace(/ /g, '[ \t]+')).join('|')})(?![A-Za-z])`, 'i'),
    // "for dimple", "to r/o tether": a word of purpose after the study's name.
    purpose: new RegExp(String.raw`(?:^|[^A-Za-z/])(?:${t.purposes.map((w) => escapeRegExp(w).replace(/ /g, '[ \t]+')).join('|')})(?![A-Za-z])`, 'i'),
    // "To do:", "  Action list:", "- AL:": the heading, then its colon (or a spaced dash), then the rest of its line.
    heading: new RegExp(String.raw`^[ \t]*(?:[-*•+][ \t]*)?(?:${alternatives(t.headings)})[ \t]*(?::|[ \t][-–—])(.*)$`, 'i'),
    // "A: [ ] …", "A - [ ] …": the action list's letter, in capitals, in a handoff only.
    letter: new RegExp(String.raw`^[ \t]*${escapeRegExp(t.letter)}[ \t]*(?::|[ \t][-–—])(.*)$`),
    // "I-PASS", "IPASS" as written: "I pass urine" names nothing.
    name: new RegExp(String.raw`(?<![A-Za-z])(?:${t.names.map(escapeRegExp).join('|')})(?![A-Za-z])`),
    // "I: stable", "IS - watcher", "illness sev: Stable": a severity key's value opening on an I-PASS severity.
    severityKey: new RegExp(String.raw`^[ \t]*(?:${alternatives(t.severityKeys)})[ \t]*(?::|[ \t][-–—])[ \t]*(?:${alternatives(t.severities)})\b`, 'im'),
    // "13yo F - WATCHER", "Bed 4 | UNSTABLE": a tag in capitals closing the first line after a dash, comma or bar.
    severityTag: new RegExp(String.raw`[-–—,|][ \t]*(?:${t.tags.map(escapeRegExp).join('|')})[ \t]*$`),
  };
});
