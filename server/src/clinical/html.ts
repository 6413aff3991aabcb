import type { Span } from '../notes/text';
import { work } from '../notes/work';

/**
 * A note exported from an EHR as HTML keeps its markup: "Spine:&nbsp;single sacral dimple … natal cleft &amp; ~1 cm above
 * the anus<br>Plan: <b>USS spine</b> requested". It is read through a view of the same length, as a faxed note is
 * (ocr.ts): a line-breaking tag (<br>, <p>, </div>, <li>, </tr>) is a line's end, padded before it so the next line does
 * not read as an indented continuation; any other tag of HTML's inline or table markup (<b>, </strong>, <span …>, <td>) is
 * blank; a character entity (&amp;, &nbsp;, &lt;, &#39;) is its character, padded before it ("&lt;5 mm" is "   <5 mm").
 * A list's bullet drawn in another glyph of the export ("▪ Plan: MRI lumbar spine", "● Neuro: normal", "◦", "‣", "⁃")
 * is the bullet "•" every reader knows. Every finding and fix still points at the note as written.
 *
 * Only HTML's own tag names are read, never a "<" before a number or a word of the note ("<5 mm", "<2.5cm from anus",
 * "<abnormal>"), and only the entities named here: a note with neither is passed over with one pattern test.
 */
export interface HtmlReading {
  view: string;
  /** The entities read as their character, in text order. */
  rewritten: Span[];
}

const BREAK_TAGS = 'br|p|div|li|ul|ol|tr|table|tbody|thead|h[1-6]|hr|blockquote|pre';
const INLINE_TAGS = 'b|i|u|s|em|strong|span|font|small|big|mark|sup|sub|a|td|th|code|tt|strike|ins|del|col|colgroup|caption';
/** One tag (with its attributes, on one line) or one entity; the tag name ends at a blank, "/" or ">". */
const MARKUP = new RegExp(
  String.raw`<(\/?)(${BREAK_TAGS}|${INLINE_TAGS})(?=[\s/>])(?:\s[^<>\n]{0,200})?\/?>|&(amp|nbsp|lt|gt|quot|apos|ndash|mdash|#\d{2,4}|#x[0-9a-f]{2,4});`,
  'gi',
);
const BREAK = new RegExp(String.raw`^(?:${BREAK_TAGS})$`, 'i');
/** The bullets an export draws in other glyphs: ▪ ▫ ● ◦ ‣ ⁃ (never a box, □ ■ ☐, a form's unticked or ticked option). */
const GLYPH_BULLET = /[\u25aa\u25ab\u25cf\u25e6\u2023\u2043]/g;
/** A note with any markup at all: most notes fail this one test. */
const SIGN = /<\/?[a-z][^<>\n]{0,200}>|&[a-z#][a-z0-9]{1,5};|[\u25aa\u25ab\u25cf\u25e6\u2023\u2043]/i;

const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '\u2013', mdash: '\u2014' };

function entityChar(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower in ENTITIES) return ENTITIES[lower];
  const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
  // A printable character of one UTF-16 unit; a control character or a surrogate is left as written.
  return code >= 32 && code < 0xd800 && code !== 127 ? String.fromCharCode(code) : undefined;
}

/** The note with its HTML markup and bullet glyphs read (see above), or the note itself when it has none. */
export function htmlReading(text: string): HtmlReading {
  work.steps += text.length;
  if (!SIGN.test(text)) return { view: text, rewritten: [] };
  const rewritten: Span[] = [];
  const view = text.replace(MARKUP, (whole: string, _close: string | undefined, tag: string | undefined, entity: string | undefined, at: number) => {
    if (tag !== undefined) {
      return BREAK.test(tag) ? ' '.repeat(whole.length - 1) + '\n' : ' '.repeat(whole.length);
    }
    const ch = entityChar(entity!);
    if (ch === undefined) return whole;
    if (ch !== ' ') rewritten.push({ start: at, end: at + whole.length });
    return ' '.repeat(whole.length - 1) + ch;
  });
  const bulleted = view.replace(GLYPH_BULLET, '\u2022');
  // Every tag and entity read changes the text, so an equal view is a note of look-alike signs only ("<abnormal>").
  return bulleted !== text ? { view: bulleted, rewritten } : { view: text, rewritten: [] };
}
