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
/**
 * A field the record or the family left empty, in any case ("[left blank]", "(Blank)", "[not given]"), and a word a scribe
 * typing up handwritten notes could not read ("Age: [illegible]", "Name: (indecipherable)"; round 58, s162): nothing is
 * told, so an age so marked is a missing age, not an unreadable one, as a de-identified one is (DEIDENTIFIED). Only the
 * bracketed mark itself is blanked ("Dimple [illegible] mm" keeps its dimple); "report unreadable (motion)" is no mark.
 */
const LEFT_EMPTY = /[([](?:(?:not|none) (?:entered|given|filled(?: in)?|completed)|(?:left )?blank|empty|illegible|indecipherable)[)\]]/gi;
/** A pick list's prompt and an order set's help text, in any case ("-- Select --", "(Guidance: …)"). */
const PROMPT =
  /(?<![A-Za-z0-9])-{2,}\s*(?:select|choose|pick)(?: one| an? option)?\s*-{2,}(?![A-Za-z0-9-])|[<[](?:select|choose|pick)(?: one| an? option)?[>\]]|\((?:guidance|hint|help text)\s*:[^()\n]{0,200}\)|(?<![A-Za-z0-9])(?:select|choose|pick)(?: one| an? option)?[ \t]*:[ \t]*[A-Za-z]+(?:[ \t]*\/[ \t]*[A-Za-z]+)+(?![A-Za-z0-9/])|(?<=(?:^|[:\n])[ \t]*\(?)(?:normal|nl)[ \t]*\/[ \t]*(?:abnormal|abnl)(?=\)?[ \t]*(?:[\r\n]|$))/gi;
/**
 * A de-identification tag standing where the record's value was ("Age: [**Age**]", "[**Name**]", "[REDACTED]", "<redacted>",
 * "[age]", "[name]"), and a template's merge field left unfilled ("DOB: {DOB}", "Patient: {NAME}" — the braces name the field the
 * record was to fill; a pick list's choices, "{yes/no}", are read by PICK_LIST): the value was taken out, so nothing is told — an age so masked is a missing age, not an unreadable one.
 * Letters masked in an Age or DOB value ("Age: XX", "Age: xx months", "DOB: XX/XX/2019") are the same. "46,XX" (a karyotype)
 * and "XX" anywhere else are words, not masks.
 */
const DEIDENTIFIED =
  /\[\*\*[^\]\n]{0,40}\*\*\]|\[(?:redacted|removed|de-?identified|anonymi[sz]ed|age|name|dob|date of birth|mrn)\]|<(?:redacted|removed|de-?identified|anonymi[sz]ed|age|name|dob|date of birth|mrn)>|\{(?:age|name|dob|date of birth|mrn)\}|(?<=\b(?:age|dob|d\.o\.b\.?|date of birth)[ \t]*[:=][ \t]*(?:[xX]{1,4}[./-])*)[xX]{2,4}(?:[ \t]*(?:months?|mos?|m|weeks?|wks?|w|years?|yrs?|y|days?|d)\b\.?)?(?![A-Za-z0-9])/gi;
/** A field's whole value masked with letters: "XX", "xx months", "XX/XX". */
const MASKED_VALUE = /^[ \t]*(?:[xX]{2,4}[./-])*[xX]{2,4}(?:[ \t]*(?:months?|mos?|m|weeks?|wks?|w|years?|yrs?|y|days?|d)\b\.?)?[ \t]*$/;
const MAY_BE_MASKED = /\[\*\*|[[<{](?:redacted|removed|de-?id|anonymi|age|name|dob|date of|mrn)|\b(?:age|dob|d\.o\.b|date of birth)\b.{0,6}[xX]{2}/i;

/**
 * Cheap first tests: most notes hold no placeholder. Each is what its pattern cannot match without (the mark that
 * opens it, then its first word), so a text is scanned for punctuation rather than for common letters.
 */
const MAY_HOLD = /\*\*\*|___|[{@]|[([]no(?:t|ne) entered/;
const MAY_BE_EMPTY = /[([](?:not |none |left |blank|empty|illegible|indecipherable)/i;
const MAY_PROMPT = /[-<[]\s*(?:select|choose|pick)|\((?:guidance|hint|help)|(?:select|choose|pick)(?: one| an? option)?[ \t]*:|(?:normal|nl)[ \t]*\//i;

/**
 * A smart phrase's pick list left unanswered: its choices in braces, no answer written after them ("{yes/no}",
 * "{normal/abnormal:***}", "{Present/Absent}", "{mild/moderate/severe:12345}"). The choices say nothing, so the list is blanked.
 * The words before it are blanked with it only when they are a bare question label ("hair tuft {yes/no}": no hair tuft told,
 * present or absent): a lone name of at most LABEL_WORDS words opening its clause (a key's colon, ";", ",", a bracket or the
 * line's start) with no word of FINDING_WORD ("present", "abnormal", a description, a measurement or a deficit). Anything the
 * writer asserted before the list stays: "hair tuft present {yes/no}", "abnormal - weak L leg {mild/moderate/severe}",
 * "large hemangioma over sacrum {Present/Absent}", "new incontinence {Yes/No:20001}". A list followed by its answer, on its
 * line ("{yes/no} no", "{NORMAL/ABNORMAL:20001} NORMAL") or on the next ("{Present/Absent}⏎ Present"), is a prompt answered:
 * only the prompt goes (PLACEHOLDER, when it carries its number).
 */
const PICK_LIST = /\{[ \t]*[A-Za-z][A-Za-z \t-]{0,30}(?:\/[ \t]*[A-Za-z][A-Za-z \t-]{0,30}){1,5}(?::[^{}\n]{0,40})?\}/g;
const MAY_PICK = /\{[ \t]*[A-Za-z][^{}\n]{0,60}\/[^{}\n]{0,80}\}/;
/** The longest question label blanked with an unanswered pick list ("hair tuft", "bowel or bladder concerns"). */
const QUESTION_MAX = 40;
const LABEL_WORDS = 3;
/** Words that make the words before a pick list a finding told, never a bare label. */
const FINDING_WORD =
  /\b(?:present|positive|pos|yes|seen|noted|abnormal|abn|absent|negative|none|no|not|large|small|big|tiny|giant|multiple|deep|new|weak\w*|drop|deficit\w*|decreased|reduced|diminished|increased|brisk|absent|loss|lost|numb\w*|incontinen\w*|retention|palsy|paresis|clonus|spastic\w*|atroph\w*|over|at|on|with|above|below|left|right|l|r|bilateral|midline|off|deviated|mild|moderate|severe|\d+\w*)\b/i;
function blankUnansweredPickLists(text: string): string {
  if (!MAY_PICK.test(text)) return text;
  PICK_LIST.lastIndex = 0;
  let out = text;
  for (let m = PICK_LIST.exec(text); m; m = PICK_LIST.exec(text)) {
    const end = m.index + m[0].length;
    // Answered: a word follows on its line before the clause ends ("{yes/no} no", "{NORMAL/ABNORMAL:20001} NORMAL").
    // A finding typed after it, past a colon or a dash, keeps the label's finding ("Hemangioma {Present/Absent}: 2 cm over L5",
    // "Sacral dimple {Present/Absent} - mum concerned"): the list stays as written (review r37-2 H5).
    if (/^[ \t]*(?:[:\u2013\u2014-][ \t]*)?[A-Za-z0-9]/.test(text.slice(end, end + 40))) continue;
    // Answered on the next line by one of the list's own choices ("{Present/Absent}⏎ Present").
    const next = /^[ \t]*\r?\n[ \t]*([A-Za-z]+)/.exec(text.slice(end, end + 60));
    const choices = m[0]
      .slice(1, -1)
      .split(':')[0]
      .split('/')
      .map((c) => c.trim().toLowerCase());
    if (next && choices.includes(next[1].toLowerCase())) continue;
    let start = m.index;
    const before = text.slice(Math.max(0, start - QUESTION_MAX - 1), start);
    const question = /(?:^|[\n:;,([])[ \t]*([A-Za-z][A-Za-z \t/]*)$/.exec(before);
    const label = question?.[1].trim();
    if (label && question![1].length <= QUESTION_MAX && label.split(/[\s/]+/).length <= LABEL_WORDS && !FINDING_WORD.test(label)) start -= question![1].length;
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/** The text with every placeholder blanked to spaces (offsets unchanged); the text itself when it holds none. */
export function blankPlaceholders(text: string): string {
  work.steps += text.length >> 4;
  return blank(blank(blank(blank(blankUnansweredPickLists(text), MAY_HOLD, PLACEHOLDER), MAY_PROMPT, PROMPT), MAY_BE_EMPTY, LEFT_EMPTY), MAY_BE_MASKED, DEIDENTIFIED);
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
  // A value that is only masked letters ("XX", "xx months", "XX/XX/2019" left out) — DEIDENTIFIED reads them only after an Age or DOB key.
  if (MASKED_VALUE.test(value)) return true;
  const blank = blankPlaceholders(value);
  return blank !== value && !/[A-Za-z0-9]/.test(blank);
}
