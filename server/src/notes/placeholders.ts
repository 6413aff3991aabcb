import { work } from './work';

/**
 * A template's placeholders, which hold no content: a blank left to fill in ("***", "___"), a field the
 * record or the family left empty ("(not entered)", "[left blank]", "(blank)", "[not given]"), a smart link not expanded ("@AGE@"), a pick list's prompt
 * ("{Yes/No:12345}", "{NORMAL/ABNORMAL:20001}", "-- select --", "<choose one>", a smart phrase's "Select: normal/abnormal" with its
 * choices, and the bare choice "normal/abnormal" left as a field's whole value — in a sentence, "Gait normal/abnormal? Hard to say, limping", it is the writer's own doubt) and an order set's help text in
 * brackets ("(guidance: US spine if 6 mo or younger; MRI L-spine w/o if older)"), which tells the choices, not the one made. A pick list's chosen answer is written after its prompt
 * ("{NORMAL/ABNORMAL:20001} NORMAL"), so only the prompt is blank: the answer counts, and the choices it
 * offers ("ABNORMAL") say nothing. A run of stars or underscores against a word ("***fever***") is
 * emphasis, not a blank.
 */
const PLACEHOLDER =
  /(?<![A-Za-z0-9*])\*{3,}(?![A-Za-z0-9*])|(?<![A-Za-z0-9_])_{3,}(?![A-Za-z0-9_])|\{[^{}\n]{1,80}:\s*\d{2,}\s*\}|@[A-Z][A-Z0-9_]{1,30}@|[([](?:not|none) entered[)\]]/g;
/** A field the record or the family left empty, in any case ("[left blank]", "(Blank)", "[not given]"). */
const LEFT_EMPTY = /[([](?:(?:not|none) (?:entered|given|filled(?: in)?|completed)|(?:left )?blank|empty)[)\]]/gi;
/** A pick list's prompt and an order set's help text, in any case ("-- Select --", "(Guidance: …)"). */
const PROMPT =
  /(?<![A-Za-z0-9])-{2,}\s*(?:select|choose|pick)(?: one| an? option)?\s*-{2,}(?![A-Za-z0-9-])|[<[](?:select|choose|pick)(?: one| an? option)?[>\]]|\((?:guidance|hint|help text)\s*:[^()\n]{0,200}\)|(?<![A-Za-z0-9])(?:select|choose|pick)(?: one| an? option)?[ \t]*:[ \t]*[A-Za-z]+(?:[ \t]*\/[ \t]*[A-Za-z]+)+(?![A-Za-z0-9/])|(?<=(?:^|[:\n])[ \t]*\(?)(?:normal|nl)[ \t]*\/[ \t]*(?:abnormal|abnl)(?=\)?[ \t]*(?:[\r\n]|$))/gi;
/**
 * Cheap first tests: most notes hold no placeholder. Each is what its pattern cannot match without (the mark that
 * opens it, then its first word), so a text is scanned for punctuation rather than for common letters.
 */
const MAY_HOLD = /\*\*\*|___|[{@]|[([]no(?:t|ne) entered/;
const MAY_BE_EMPTY = /[([](?:not |none |left |blank|empty)/i;
const MAY_PROMPT = /[-<[]\s*(?:select|choose|pick)|\((?:guidance|hint|help)|(?:select|choose|pick)(?: one| an? option)?[ \t]*:|(?:normal|nl)[ \t]*\//i;

/** The text with every placeholder blanked to spaces (offsets unchanged); the text itself when it holds none. */
export function blankPlaceholders(text: string): string {
  work.steps += text.length >> 4;
  return blank(blank(blank(text, MAY_HOLD, PLACEHOLDER), MAY_PROMPT, PROMPT), MAY_BE_EMPTY, LEFT_EMPTY);
}

function blank(text: string, may: RegExp, re: RegExp): string {
  if (!may.test(text)) return text;
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  re.lastIndex = 0;
  return text.replace(re, (m) => ' '.repeat(m.length));
}

/** A value that is only placeholders (and blanks or punctuation): nothing written. */
export function onlyPlaceholders(value: string): boolean {
  const blank = blankPlaceholders(value);
  return blank !== value && !/[A-Za-z0-9]/.test(blank);
}
