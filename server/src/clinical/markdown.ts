import { textLines } from '../notes/text';
import { isAboutRelative, twinKeyLabel } from '../notes/headings';
import { lookupKey } from '../notes/keys';
import { work } from '../notes/work';
import { readingVocabulary } from './vocabulary';

/**
 * Notes from note-taking apps and EHR smart-text are written in Markdown (issue 8, round 56): a title or section heading
 * opens on "#" marks ("## 3 mo F — well baby", "### Skin", "# LBP — 12 y/o M"). The note language reads a line opening on
 * "#" as a comment, so such a note's age, clinic and sections went unread. A heading is read as the line of text it
 * marks, through a view of the same length (as a pasted page's line numbers are, pasted.ts): its marks and the blank after
 * them are moved to the end of the line above as blanks, so the heading's words keep their offsets and the line does not
 * read as an indented continuation of the one above. The note as written is unchanged, so its comments are still
 * comments for the format rules and acknowledgements (engine/analyze.ts reads those from the written note).
 *
 * Which "#" lines are headings read as text (narrowed after review r56: only a heading telling the patient's age):
 * - two to six marks and a blank, the words holding an age ("## 3 mo F — well baby", "#### 7 mo M — spine w/u"); a label
 *   alone ("### Fever", "### Sacral dimple", "## Exam", "### Red flags (fever, wt loss)") stays a comment;
 * - one mark and a blank, the words opening on an age ("# 1 mo WCC", "# 3 mo F — …"), only in a note written in Markdown
 *   elsewhere: another line is a heading of two marks or more, a bold key ("**Plan:** …", "- **Order:** …") or a table's
 *   row ("| Prior US | nl |"). Any other one-mark line ("# screen for weight loss next visit", "# rule out spondylolysis
 *   if persists") and a note not written in Markdown ("# reason for the order" over "Patient: …") keep their comment;
 * - never an acknowledgement ("# acknowledge missing-age: other", "## acknowledged …"), which stays a comment to the
 *   engine, nor "#1", "#2" (a problem list's items, already read as the note's lines, notes/parser.ts).
 *
 * Bold and italic marks ("**Plan:** US spine", "- **neg:** fever, night pain", "*no* injury", "**CT L-spine** w/o") are
 * blanks, so a bold key is its key ("**ROS neg:**" was the unknown key "**ROS neg", its denial lost) and a marked word
 * reads as the word ("*no* injury" denies the injury). Marks opening a line are moved out as a heading's are, so the line
 * is not read as an indented continuation. Marks alone change no meaning: "MRI *if* no better", "XR **declined**" stay
 * conditional and declined.
 */
export interface MarkdownReading {
  view: string;
}

/** A heading's marks and the blanks after them; group 1 the marks. */
const HEADING = /^(#{1,6})[ \t]+(?=\S)/;
/**
 * An age ("3 mo F", "14-month-old", "22-wk-old", "12 y/o", "2 y M"), never a duration ("LBP x 2 wk", "fever for 3 days").
 * Narrowed after review r56: a heading is read as text only when it tells the patient's age; a heading that is only a
 * label ("### Fever" over "- denies", "### Sacral dimple" over "- not present", "### Pain at night?", "### Twin A") asserts
 * nothing, and stays the comment the note language reads, its answer under it read as main reads it.
 */
const AGE_SOURCE = String.raw`(?<![\p{L}\p{N}.])(?<!\bx ?)(?<!\b(?:for|over|since) )\d{1,2}(?:\.\d)?[ \t-]?(?:y\/o|yo|yrs?|years?|y|mos?|m\/o|months?|wks?|weeks?|days?|d\/o)(?:[ \t-]?old)?(?![\p{L}\p{N}])`;
const AGE_IN = new RegExp(AGE_SOURCE, 'iu');
/** A one-mark heading is read only when it opens on the age ("# 1 mo WCC", "# 3 mo F — …"; review r56). */
const AGE_OPENING = new RegExp('^' + AGE_SOURCE, 'iu');
/**
 * A bold key opening a line ("**GU:** new dribbling", "- **Gait:** toe walking"): group 1 the key. Its marks are blanked
 * only when the key is one the note language knows ("**Plan:**", "**HPI:**") or one that denies ("**ROS neg:**",
 * reading-vocabulary markdownBoldKeys.denials) or a relative's or twin's ("**Twin A:**"); another key keeps its marks, so the line is read as free text as on main
 * (review r56: "GU:", "Gait:", "MSK:" written bare are keys whose values are not read).
 */
const BOLD_KEY = /^[ \t]*(?:[-*+][ \t]+)?\*\*([^*\n:]{1,40}?)[ \t]*(?::[ \t]*\*\*|\*\*[ \t]*:)/;
/** An acknowledgement comment, which never becomes text (engine/acknowledge.ts). */
const ACKNOWLEDGEMENT = /^acknowledged?\b/i;
/** A line written in Markdown other than a one-mark heading: a deeper heading, a bold key, a table row. */
const MARKDOWN_LINE = /^(?:#{2,6}[ \t]+\S|(?:[-*+][ \t]+)?\*\*[^*\n]{1,40}:[ \t]*\*\*|\*\*[^*\n]{1,40}\*\*:|\|.*\|[ \t]*$)/;
/**
 * Bold or italic words on one line: two marks or one, the words inside opening and closing on a character that is no blank
 * and no mark, no letter or digit touching the marks outside ("**Plan:**", "*no* injury", "**CT L-spine** w/o"). Never a
 * run of three marks or more (an unfilled field, "***", notes/placeholders.ts), a de-identified name's "[**…**]", a
 * bullet ("* LBP x 2 wk": a blank follows it) or a product ("5*3").
 */
const EMPHASIS = /(?<![\p{L}\p{N}*[])(\*\*?)(?=[^\s*])[^*\n]{0,80}?[^\s*]\1(?![\p{L}\p{N}*\]])|(?<![\p{L}\p{N}*[])(\*\*?)(?=[^\s*])[^\s*]\2(?![\p{L}\p{N}*\]])/gu;
/**
 * A bold key whose marks are blanked: a key the language knows, one that denies ("ROS neg", "neg"), or a relative's or a
 * twin's ("**Twin A:**", "**Brother:**"), whose line the engine then reads as theirs (review r56).
 */
function boldKeyRead(raw: string): boolean {
  const key = raw.replace(/\s+/g, ' ').trim();
  if (lookupKey(key) || twinKeyLabel(key) !== undefined || isAboutRelative(key)) return true;
  return readingVocabulary().markdownBoldKeys.denials.includes(key.toLowerCase());
}

/** A note that may hold a heading or emphasis at all: most notes fail this one test. */
const SIGN = /(?:^|\n)#{1,6}[ \t]|\*[^\s*]/;

/** The note with its Markdown headings and emphasis read as plain text (see above), or the note itself when it has none. */
export function markdownReading(text: string): MarkdownReading {
  work.steps += text.length;
  if (!SIGN.test(text)) return { view: text };
  const lines = textLines(text);
  let markdown = false;
  for (const l of lines) {
    if (MARKDOWN_LINE.test(text.slice(l.start, l.end))) {
      markdown = true;
      break;
    }
  }
  let out = '';
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i];
    const line = text.slice(start, end);
    // The marks opening the line (a heading's, then an emphasis's right after them) are moved out; the rest are blanks.
    let moved = 0;
    const h = HEADING.exec(line);
    if (h) {
      const words = line.slice(h[0].length);
      const told = h[1].length > 1 ? AGE_IN.test(words) : markdown && AGE_OPENING.test(words);
      if (told && !ACKNOWLEDGEMENT.test(words)) moved = h[0].length;
    }
    const key = moved ? undefined : BOLD_KEY.exec(line);
    if (key && !boldKeyRead(key[1])) continue;
    let body = '';
    let from = moved;
    EMPHASIS.lastIndex = moved;
    for (let m = EMPHASIS.exec(line); m; m = EMPHASIS.exec(line)) {
      const marks = (m[1] ?? m[2]).length;
      const open = m.index;
      const close = open + m[0].length - marks;
      if (open === moved) moved += marks;
      else body += line.slice(from, open) + ' '.repeat(marks);
      body += line.slice(open + marks, close) + ' '.repeat(marks);
      from = close + marks;
    }
    if (!moved && !body) continue;
    // The line break before the line moves after the blanks standing for its opening marks; the first line's are blanks.
    const breakAt = i === 0 ? start : lines[i - 1].end;
    out += text.slice(at, breakAt) + ' '.repeat(moved) + text.slice(breakAt, start) + body + line.slice(from);
    at = end;
  }
  if (!at) return { view: text };
  return { view: out + text.slice(at) };
}
