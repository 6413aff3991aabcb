import { textLines } from '../notes/text';
import { work } from '../notes/work';

/**
 * Notes from note-taking apps and EHR smart-text are written in Markdown (issue 8, round 56): a title or section heading
 * opens on "#" marks ("## 3 mo F — well baby", "### Skin", "# LBP — 12 y/o M"). The note language reads a line opening on
 * "#" as a comment, so such a note's age, clinic and sections went unread. A heading is read as the line of text it
 * marks, through a view of the same length (as a pasted page's line numbers are, pasted.ts): its marks and the blank after
 * them are moved to the end of the line above as blanks, so the heading's words keep their offsets and the line does not
 * read as an indented continuation of the one above. The note as written is unchanged, so its comments are still
 * comments for the format rules and acknowledgements (engine/analyze.ts reads those from the written note).
 *
 * Which "#" lines are headings:
 * - two to six marks and a blank ("## Exam", "#### 7 mo M — spine w/u"): Markdown's heading, never the language's
 *   comment, which is written with one;
 * - one mark and a blank ("# 1 mo WCC") only in a note written in Markdown elsewhere: another line is a heading of two
 *   marks or more, a bold key ("**Plan:** …", "- **Order:** …") or a table's row ("| Prior US | nl |"). A note that
 *   is not ("# reason for the order" over "Patient: …", the language's own template) keeps its comment;
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
    if (h && !ACKNOWLEDGEMENT.test(line.slice(h[0].length)) && (markdown || h[1].length > 1)) moved = h[0].length;
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
