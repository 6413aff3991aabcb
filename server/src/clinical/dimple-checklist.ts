import { type Span, textLines } from '../notes/text';
import { readingVocabulary } from './vocabulary';

/**
 * A note-taking app's or smart-text's checklist of a dimple's criteria (issue 8, round 56): a line naming only the dimple,
 * then a Markdown table of two cells a row, each a criterion and its answer:
 *
 *   **Dimple check:**
 *   | feature | |
 *   |---|---|
 *   | size < 5 mm | ✅ (~2 mm) |
 *   | within gluteal cleft | ✅ |
 *   | < 2.5 cm from anus | ✅ (about 1 cm) |
 *   | deep / base not seen | ❌ |
 *
 * The criteria ticked are the dimple's description, read together as "size < 5 mm, within gluteal cleft, < 2.5 cm from
 * anus" would be (facts.ts merges it into the description of the dimple the note names). A row answered otherwise (a
 * cross, "no", a blank) tells nothing, as an unticked box does. The title is the whole line, its marks and colon aside
 * (reading-vocabulary dimpleChecklist.titles), so a relative's or a study's table ("Brother's dimple:", "US dimple
 * findings:") is never read; blank lines may stand between the title and the table, nothing else. Narrowed after review
 * r56: no table is read below a line naming another child (dimpleChecklist.otherChild: "### Twin A (seen today too)"),
 * nor one whose header row tells the ticks mean absent (dimpleChecklist.headerRefused: "| concerning feature | absent |").
 */
export interface DimpleChecklist {
  told: string;
  span: Span;
}

/** A row of exactly two cells: the criterion, the answer. */
const TWO_CELLS = /^[ \t]*\|([^|\n]*)\|([^|\n]*)\|[ \t]*$/;
/** A table's rule under its header: "|---|---|", "| :-- | --: |". */
const RULE_ROW = /^[ \t]*\|[ \t:-]*-[ \t:-]*\|[ \t:-]*-[ \t:-]*\|[ \t]*$/;
/** A title's marks and colon: "### ", "**", "- ", ":". */
const TITLE_MARKS = /[#*_:]+|^[ \t]*[-•][ \t]+/g;

/** The ticked criteria of the dimple's checklist in the note (see above), or undefined. */
export function dimpleChecklist(text: string): DimpleChecklist | undefined {
  if (!text.includes('|')) return undefined;
  const { titles, ticked, otherChild, headerRefused } = readingVocabulary().dimpleChecklist;
  const lines = textLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    // Another child named above the table ("### Twin A (seen today too)", "## Twin A (separate note)", "Sibling:"): the
    // table may be theirs, so no table below it is read (review r56).
    if (hasWord(line.toLowerCase(), otherChild)) return undefined;
    if (line.length > 60 || line.includes('|')) continue;
    const title = line.replace(TITLE_MARKS, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    if (!titles.includes(title)) continue;
    let j = i + 1;
    while (j < lines.length && !text.slice(lines[j].start, lines[j].end).trim()) j++;
    const told: string[] = [];
    const first = j;
    for (; j < lines.length; j++) {
      const row = text.slice(lines[j].start, lines[j].end);
      if (RULE_ROW.test(row)) continue;
      const cells = TWO_CELLS.exec(row);
      if (!cells) break;
      // A header row (the row over the rule) telling the ticks mean absent ("| concerning feature | absent |", "| red flag |
      // ruled out |"): the ticked criteria are not the dimple's, so the table tells nothing (review r56).
      const next = lines[j + 1] ? text.slice(lines[j + 1].start, lines[j + 1].end) : '';
      if (RULE_ROW.test(next) && hasWord(row.toLowerCase().replace(/[|*_]/g, ' '), headerRefused)) return undefined;
      const criterion = cells[1].replace(/[*_]/g, ' ').replace(/\s+/g, ' ').trim();
      if (criterion && isTicked(cells[2].trim().toLowerCase(), ticked)) told.push(criterion);
    }
    if (told.length) return { told: told.join(', '), span: { start: lines[first].start, end: lines[j - 1].end } };
  }
  return undefined;
}

/** The text holds one of the words or phrases standing alone ("twin", "ruled out"; never "twine"). */
function hasWord(text: string, words: readonly string[]): boolean {
  return words.some((w) => {
    const at = text.indexOf(w);
    for (let k = at; k >= 0; k = text.indexOf(w, k + 1)) {
      if (!/[\p{L}\p{N}]/u.test(text.charAt(k - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(k + w.length))) return true;
    }
    return false;
  });
}

/** The answer opens on a tick: a glyph, or a word standing alone ("yes", "y (2 mm)"; never "yellow"). */
function isTicked(answer: string, ticked: readonly string[]): boolean {
  return ticked.some((t) => answer.startsWith(t) && (!/^[a-z]/.test(t) || !/[\p{L}\p{N}]/u.test(answer.charAt(t.length))));
}
