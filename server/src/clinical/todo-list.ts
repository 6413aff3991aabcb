import { work } from '../notes/work';
import { escapeRegExp, perVocabulary } from './patterns';
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
 * option as absent): "[ ] MRI ordered" is an MRI ordered whose follow-up is pending. So such a line's boxes are only
 * marks, and its item is read as written: its own words order, ask, pend or condition it ("[ ] if febrile -> MRI" stays
 * a condition, "[ ] bld cx pending" pending) (reading-vocabulary.json handoff.todo).
 *
 * A line is a to-do item when it opens on its box (after an indent or a bullet) under a to-do heading with nothing after
 * its colon ("To do:", "Action list:", "AL:"), or right after such a heading's colon or dash ("To do: [ ] …"; in a
 * handoff also its action list's letter, "A: [ ] …", "A - [ ] …"), or opens on its box anywhere in a handoff that is not
 * under another heading ("Skin:" / "[ ] dimple" stays a form's). A handoff is a note that names I-PASS, gives an illness
 * severity under a severity key ("I: stable", "IS: watcher", "illness sev: stable") or tags its first line with one in
 * capitals ("13yo F - WATCHER"). A line whose boxes hold yes/no answers ("[ ] Y [x] N") is a form's question wherever it
 * stands.
 */
export function todoLines(text: string, from: number, to: number, isAnswer: (word: string) => boolean): ReadonlySet<number> {
  const out = new Set<number>();
  const p = todoPatterns(readingVocabulary());
  const handoff = handoffSigns(text.slice(from, Math.min(to, from + 400)), p);
  let under: 'todo' | 'other' | undefined;
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
      else if (BOX_FIRST.test(rest) && !answered(rest, isAnswer)) out.add(lineStart);
    } else if (BOX_FIRST.test(line)) {
      if ((under === 'todo' || (under === undefined && handoff)) && !answered(line, isAnswer)) out.add(lineStart);
    } else under = OTHER_HEADING.test(line) ? 'other' : undefined;
    lineStart = lineEnd + 1;
  }
  return out;
}

/** A line opening on its box, after an indent or a bullet: "[ ] MRI ordered", " - [x] bloods sent", "☐ call mum". */
const BOX_FIRST = /^[ \t]*(?:[-*•+][ \t]*)?(?:\[ {0,3}[xX✓✔✗✘vV*]? {0,3}\]|\((?: {1,3}| {0,3}[xX✓✔✗✘*] {0,3})\)|[☐□❑❏☑☒✅])/;
/** Another heading with nothing after its colon ("Skin:", "Red flags (check all present):"): the boxes under it are a form's. */
const OTHER_HEADING = /^[ \t]*[A-Za-z][^:\n]{0,60}:[ \t]*$/;
/** A box holding a yes/no answer right after it ("[ ] Y [x] N", "( ) yes"): a form's question, not a to-do. */
function answered(line: string, isAnswer: (word: string) => boolean): boolean {
  for (const m of line.matchAll(/[\])☐□❑❏☑☒✅][ \t]{0,3}([A-Za-z/]+)/g)) if (isAnswer(m[1].toLowerCase())) return true;
  return false;
}

function handoffSigns(head: string, p: TodoPatterns): boolean {
  return p.name.test(head) || p.severityKey.test(head) || p.severityTag.test(head.split('\n', 1)[0]);
}

interface TodoPatterns {
  heading: RegExp;
  letter: RegExp;
  name: RegExp;
  severityKey: RegExp;
  severityTag: RegExp;
}
const alternatives = (words: readonly string[]) => words.map((w) => escapeRegExp(w).replace(/[-\s]/g, '[-\\s]?')).join('|');
const todoPatterns = perVocabulary((v: ReadingVocabulary): TodoPatterns => {
  const t = v.handoff.todo;
  const severities = alternatives(v.handoff.severities);
  return {
    // "To do:", "  Action list:", "- AL:": the heading, then its colon (or a spaced dash), then the rest of its line.
    heading: new RegExp(String.raw`^[ \t]*(?:[-*•+][ \t]*)?(?:${alternatives(t.headings)})[ \t]*(?::|[ \t][-–—])(.*)$`, 'i'),
    // "A: [ ] …", "A - [ ] …": the action list's letter, in capitals, in a handoff only.
    letter: new RegExp(String.raw`^[ \t]*${escapeRegExp(t.letter)}[ \t]*(?::|[ \t][-–—])(.*)$`),
    name: new RegExp(String.raw`(?<![a-z])(?:${alternatives(v.handoff.names)})(?![a-z])`, 'i'),
    // "I: stable", "IS - watcher", "illness sev: Stable": a severity key's value opening on a severity.
    severityKey: new RegExp(String.raw`^[ \t]*(?:${alternatives(t.severityKeys)})[ \t]*(?::|[ \t][-–—])[ \t]*(?:${severities})\b`, 'im'),
    // "13yo F - WATCHER", "Bed 4 | UNSTABLE": a severity in capitals closing the first line after a dash, comma or bar.
    severityTag: new RegExp(String.raw`[-–—,|][ \t]*(?:${v.handoff.severities.map((s) => escapeRegExp(s.toUpperCase())).join('|')})[ \t]*$`),
  };
});
