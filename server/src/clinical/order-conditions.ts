/** A study ordered on a condition (of the patient's course, of a result) rather than outright. */
import type { Field } from '../notes/parser';
import { type Word, toWords } from '../notes/words';
import { readContext } from './context';
import { findAny, longestPhraseAt } from './vocabulary';
import type { OrderWords } from './order-words';
import { studyHead, STUDY_HEAD, ARROWS, BULLET } from './study-names';
import { breaksClause, conditionWords, CLAUSE_WORDS, wordIndex, ownClauseSpan, conditioned, studyTailEnd } from './clauses';

/**
 * The study whose name starts at `at` in the value f stands in a sentence (or its part after a semicolon) that opens on a
 * condition on the patient's course (opensOnCourseCondition), and its own clause keeps no order ("if needed", "if insurance
 * approves"; "If worse: MRI L-spine; otherwise review in clinic" is the review's alternative, "…; f/u prn" the follow-up's).
 */
export function courseConditionGoverns(text: string, f: Field, at: number, ow: OrderWords): boolean {
  const clause = ownClause(f.value, at - f.valueSpan.start);
  return !ONLY_IF_NEEDED.test(clause) && !KEEPS_ORDER.test(clause) && opensOnCourseCondition(text, at, ow);
}

/**
 * A Plan sentence whose study stands in the scope of a condition (context.ts hypothetical: "If no improvement in 2
 * weeks, MRI L-spine", "If no better, will order MRI L-spine"; or an "if" / "unless" after it in its clause: "MRI
 * L-spine in 4 weeks if no improvement"), with no condition that keeps the order ("if needed", "if insurance approves").
 */
export function conditionedInPlan(text: string, s: Field, ow: OrderWords): boolean {
  const words = toWords(s.value, s.valueSpan.start);
  const h = studyHead(words);
  if (h < 0) return false;
  // The study's own clause keeps it or not: "PCM PRN. If pain persists -> XR LS spine" is the paracetamol's prn, and
  // "If worse: MRI L-spine; otherwise review in clinic" the review's alternative.
  const clause = ownClause(s.value, words[h].start - s.valueSpan.start);
  if (ONLY_IF_NEEDED.test(clause) || KEEPS_ORDER.test(clause)) return false;
  if (readContext(text, words[h].start, words[h].end).hypothetical) return true;
  if (afterConditionArrow(text.slice(s.valueSpan.start, words[h].start))) return true;
  if (opensOnCourseCondition(text, words[h].start, ow)) return true;
  const tail = studyTailEnd(words, h, text);
  for (let i = tail + 1; i < words.length; i++) {
    if (opensLine(text, words, i, ow)) {
      if (BLANK_LINE.test(text.slice(words[i - 1].end, words[i].start)) || actsOnItsOwn(text, words[i].start, ow)) return false;
      // Past a bullet too ("- if no better after PT"), which would otherwise end the clause, when it marks a point under the
      // study's line; a numbered or arrowed line, or one bulleted as the study's is, is an item of its own.
      // A line in lower case with no mark goes on with the sentence above ("… as the family / provided a history of …").
      const mark = lineMark(text, words[i].start).trim();
      const own = mark ? SUB_POINT.test(mark) && !lineMark(text, words[h].start) : /^\p{Lu}/u.test(text[words[i].start]);
      if (own && conditionDangles(text, words[i].start, ow)) return true;
    }
    // "МРТ поясничного отдела позвоночника, если боль сохранится": "if" in the writer's own language after a comma is the study's condition.
    if (text.slice(words[i - 1].end, words[i].start).trim() === ',' && conditionWords().foreignIf.has(words[i].text)) return true;
    if (breaksClause(text, words[i - 1].end, words[i].start) || CLAUSE_WORDS.has(words[i].text) || STUDY_HEAD.has(words[i].text)) return false;
    if (words[i].text === 'if' || words[i].text === 'unless') return !ifKept(words, i);
    // "RM colonna lombare se persistenza del dolore", "MRT LWS bei Verschlechterung": the writer's own "if", with the course after it.
    if (ow.lineConditions.afterStudy.has(words[i].text)) {
      let e = i + 1;
      while (e < words.length && !breaksClause(text, words[e - 1].end, words[e].start)) e++;
      if (findAny(words.slice(i + 1, e), ow.lineConditions.clinical).length) return true;
    }
  }
  return false;
}
/**
 * The study's sentence (or its clause after a semicolon) opens on a condition on the patient's course and reaches the study
 * with no full stop or line between ("If not improved in 4-6 wks will get XR L spine", "If no improvement in 4/52 - X-ray
 * LS spine", "Should pain persist beyond 6 weeks we will request an MRI"): the condition governs the study however the
 * writer joins the two, past the context reader's few words of scope. A course word is needed (prose.lineConditions
 * clinical): "If sedation needed, MRI under GA" and "When seen in clinic, XR L-spine" keep the order, and so does a
 * condition with a step of its own before the study ("If worse, refer ortho, XR L-spine today").
 */
export function opensOnCourseCondition(text: string, at: number, ow: OrderWords): boolean {
  // The study may be read as a clause of its own ("X-ray LS spine" of "If no improvement, X-ray LS spine"): its sentence is the note's.
  const lo = Math.max(0, at - CONDITION_REACH);
  let from = lo;
  // A colon ends a key ("Plan: XR L-spine") but also joins a condition opening the sentence to its study ("If worse: MRI",
  // "If no improvement in 4/52: XR LS spine"): the clause before the last colon is taken in when it is such a condition.
  let beforeColon = -1;
  for (const m of text.slice(lo, at).matchAll(/[.?!;:](?:\s|$)|\n/g)) {
    beforeColon = m[0][0] === ':' ? from : -1;
    from = lo + m.index + m[0].length;
  }
  const lc = ow.lineConditions;
  // "When reviewed today still symptomatic: MRI": a condition told met at this visit keeps the order.
  if (beforeColon >= 0) {
    const cond = toWords(text.slice(beforeColon, from - 1), beforeColon);
    if (courseConditionOpens(cond, lc) && !findAny(cond, ow.doneNow).length && !conditionToldMet(text, cond, lc)) from = beforeColon;
  }
  from = conditionAfterDash(text, from, at, lc) ?? from;
  const clause = toWords(text.slice(from, at), from);
  if (!courseConditionOpens(clause, lc) || conditionToldMet(text, clause, lc)) return false;
  const opened = longestPhraseAt(clause, 0, lc.opens);
  if (actionIn(clause, opened, ow)) return false;
  // "If pain persists despite PT, ordered XR L-spine today": an order told done or for now is the course's outcome, no condition.
  const rest = text.slice(at, at + CONDITION_REACH);
  const end = rest.search(/[.?!;](?:\s|$)|\n/);
  const main = toWords(end < 0 ? rest : rest.slice(0, end), at);
  if (findAny(main, ow.doneNow).length) return false;
  if (main.some((w, j) => DONE_ORDER.test(w.text) && !lc.stillToDo.has(main[j - 1]?.text ?? clause[clause.length - 1].text))) return false;
  // "If no better after PT: MRI L-spine; requested today": a part after a semicolon that opens on the order verb, with no
  // study of its own, tells the study's order done ("…; PT requested today" is the physiotherapy's).
  if (end < 0 || rest[end] !== ';') return true;
  const after = rest.slice(end + 1);
  const stop = after.search(/[.?!;](?:\s|$)|\n/);
  const next = stop < 0 ? after : after.slice(0, stop);
  const nextWords = toWords(next);
  if (!nextWords.length || !DONE_ORDER.test(nextWords[0].text)) return true;
  // Only the verb and when ("requested today"): "…; requested PT" has an object of its own.
  const when = findAny(nextWords, ow.doneNow);
  return !nextWords.slice(1).every((w) => when.some((m) => m.start <= w.start && w.end <= m.end));
}
/**
 * "If still sore in a month will consider MRI.", "If no better after PT, MRI L-spine.": a sentence that opens on "if", "should"
 * or "unless" and a condition of the patient's course (prose.lineConditions, as opensOnCourseCondition reads one), not told met. Its study is the
 * step after, on that condition: closing a note, it is passed over for the study before it (order-elsewhere.ts).
 */
export function opensOnCourse(value: string, ow: OrderWords): boolean {
  const words = toWords(value);
  const lc = ow.lineConditions;
  // Only the openers of a condition still to come ("if", "should", "unless": courseAfterIf.opens); "When reviewed today still
  // sore: MRI" tells a course met now.
  const opened = longestPhraseAt(words, 0, lc.opens);
  if (
    opened <= 0 ||
    !lc.courseAfterIf.opens.has(
      words
        .slice(0, opened)
        .map((w) => w.text)
        .join(' '),
    )
  )
    return false;
  return courseConditionOpens(words, lc) && !conditionToldMet(value, words, lc);
}
/**
 * "Will order spine US if still present at 2 mo visit", "will get XR L-spine if no better in 4 wk": the study's own clause
 * goes on, past the study's name, to a condition of the patient's course (prose.lineConditions opens and clinical, as a
 * condition opening the sentence is read), right after the study's name, so the order waits on it. Never a condition that keeps the order ("if needed",
 * "if insurance approves": ONLY_IF_NEEDED, KEEPS_ORDER, lineConditions keepsOrder), one past a break of the clause ("MRI
 * L-spine ordered; if still sore will refer") or one told met now ("… if still sore, as here").
 */
export function courseConditionAfterStudy(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const h = studyHead(words);
  if (h < 0) return false;
  const lc = ow.lineConditions;
  // Right after the study's name, on its line: "MRI whole spine w/o / Refer neurosurgeon if abnormal" is the referral's
  // condition, "US requested today, if that is abnormal we will go on to MRI" the next study's.
  const i = studyTailEnd(words, h, text) + 1;
  if (i >= words.length || (words[i].text !== 'if' && words[i].text !== 'unless') || /[\n,;:.]/.test(text.slice(words[i - 1].end, words[i].start))) return false;
  let e = i + 1;
  while (e < words.length && !breaksClause(text, words[e - 1].end, words[e].start)) e++;
  const cond = words.slice(i, e);
  const said = text.slice(cond[0].start, cond[cond.length - 1].end);
  return !ifKept(words, i) && !ONLY_IF_NEEDED.test(said) && !KEEPS_ORDER.test(said) && courseConditionOpens(cond, lc) && !conditionToldMet(text, cond, lc);
}
/**
 * "2. Sacral skin tag (Q82.8) - if still present at 2 mo visit will order spine US", "Dimple - if still sore, will get XR": a
 * problem's plan after its spaced dash that opens on a condition of the course is a clause of its own, the problem before
 * the dash no part of it. Where the clause after the last such dash (before the order word) opens so, it starts there;
 * otherwise undefined and the sentence is read from its opening as before. Only ever finds a condition, never takes one away:
 * a dash after the condition ("If no better - will order MRI") leaves the sentence's opening condition read as before.
 */
function conditionAfterDash(text: string, from: number, at: number, lc: OrderWords['lineConditions']): number | undefined {
  let found: number | undefined;
  for (const m of text.slice(from, at).matchAll(/\s[-\u2013\u2014]{1,2}\s+/g)) {
    const start = from + m.index + m[0].length;
    const clause = toWords(text.slice(start, at), start);
    if (courseConditionOpens(clause, lc) && !conditionToldMet(text, clause, lc)) found = start;
  }
  return found;
}
/**
 * A condition opening a sentence that is told met in the patient now (prose.lineConditions toldMet: "When pain persists
 * beyond 6 wk as here"), or this visit's review followed by a comma and the state found, with no condition after it
 * (metAtReview: "When reviewed, still symptomatic after 6 wk PT"; never "When reviewed at 6 wk, still sore", "When seen,
 * if still sore").
 */
function conditionToldMet(text: string, cond: readonly Word[], lc: OrderWords['lineConditions']): boolean {
  if (findAny(cond, lc.toldMet).length) return true;
  const k = longestPhraseAt(cond, 0, lc.metAtReview);
  if (k <= 0 || k >= cond.length || !text.slice(cond[k - 1].end, cond[k].start).includes(',')) return false;
  return !findAny(cond.slice(k), lc.opens).length;
}
/** The words open on a condition on the patient's course (prose.lineConditions), with no word keeping the order in them. */
function courseConditionOpens(words: readonly Word[], lc: OrderWords['lineConditions']): boolean {
  const opened = words.length ? longestPhraseAt(words, 0, lc.opens) : -1;
  if (!words.length || longestPhraseAt(words, 0, lc.notOpening) > 0 || opened <= 0) return false;
  return courseTold(words, opened, lc) && !words.some((w) => lc.keepsOrder.has(w.text));
}
/**
 * A word of the course (prose.lineConditions clinical) in the words, or one of courseAfterIf when the condition opens on its
 * openers (words[0..opened): "if CRP keeps rising"; never "when reviewed this am CRP rising", a finding of now).
 */
function courseTold(words: readonly Word[], opened: number, lc: OrderWords['lineConditions']): boolean {
  if (findAny(words, lc.clinical).length) return true;
  const opener = words
    .slice(0, opened)
    .map((w) => w.text)
    .join(' ');
  return lc.courseAfterIf.opens.has(opener) && findAny(words, lc.courseAfterIf.words).length > 0;
}
/** An order verb in the past ("ordered", "requested"); the words before it that leave it still to do ("will be ordered") are prose.lineConditions.stillToDo. */
export const DONE_ORDER = /^(?:ordered|requested|arranged|booked|placed|sent|organi[sz]ed|scheduled)$/;
/** How far back before a study its sentence's opening condition is looked for: a sentence's length, not the note's. */
const CONDITION_REACH = 200;
/**
 * words[i] opens a line of its own after the study's: the line before ends with no mark ending the clause, nor on a word
 * its sentence runs on after (prose.lineRunsOnAfter: "… w/o contrast at / follow up if no better").
 */
export function opensLine(text: string, words: readonly Word[], i: number, ow: OrderWords): boolean {
  const gap = text.slice(words[i - 1].end, words[i].start);
  const nl = gap.indexOf('\n');
  return nl >= 0 && !ow.lineRunsOnAfter.has(words[i - 1].text) && !breaksClause(text, words[i - 1].end, words[i - 1].end + nl);
}
/** A line with nothing but white space between two lines: the plan's items before and after it are apart. */
export const BLANK_LINE = /\n[ \t]*\r?\n/;
/**
 * The line that starts at `at` is only a condition (prose.lineConditions: "Should symptoms persist beyond 6 weeks",
 * "Provided no improvement with NSAIDs", "Contingent on exam at next visit", "- if no better after PT", "After 6 weeks if
 * still symptomatic"): with nothing of its own to wait on it, it is the study's above. A line that names a study or goes on
 * past a comma, dash or colon ("Should symptoms persist, refer NSGY", "When seen in clinic, MRI L-spine") has its own; a
 * "when" / "once" naming the visit, slot or approval the study waits for is when it is done ("once insurance approves"),
 * and "Provided by parents", "Should be done under GA" tell no condition.
 */
function conditionDangles(text: string, at: number, ow: OrderWords): boolean {
  const words = lineWords(text, at);
  const lc = ow.lineConditions;
  if (!words.length || longestPhraseAt(words, 0, lc.notOpening) > 0) return false;
  let from = longestPhraseAt(words, 0, lc.opens);
  if (from < 0 && lc.onTime.has(words[0].text)) {
    // "After 6 weeks if still symptomatic": the condition after the time, in the same clause.
    const cond = words.findIndex((w, j) => j > 0 && (w.text === 'if' || w.text === 'unless'));
    if (cond < 0 || words.slice(1, cond + 1).some((w, j) => breaksClause(text, words[j].end, w.start))) return false;
    from = cond + 1;
  }
  if (from < 0) return false;
  let end = words.length;
  for (let j = 1; j < end; j++) {
    if (STUDY_HEAD.has(words[j].text) || lc.keepsOrder.has(words[j].text)) return false;
    const gap = text.slice(words[j - 1].end, words[j].start);
    if (CONSEQUENCE.test(gap) && stepIsTheStudy(words.slice(j), ow)) end = j;
    else if (CONSEQUENCE.test(gap) || (breaksClause(text, words[j - 1].end, words[j].start) && !/^\s*[()]\s*$/.test(gap))) return false;
  }
  // Only a condition on the patient's course hangs the study ("Should symptoms persist"), never one with an action of its own
  // ("Depending on result may need neurosurgery") nor a time, a step of preparation, fitness or paperwork or a courtesy ("Once
  // asleep after feed", "Once results back", "Should you have any questions"), which some write under a study they order.
  // A visit or a test the line is timed by or read from is no veto: the course decides ("Once bloods back" orders, "Should
  // bloods be abnormal" and "Should pain persist beyond her 6 week appointment" do not).
  // "Contingent on exam at next visit": there the exam itself is what the study waits on.
  const cond = words.slice(from, end);
  // The condition's opener: the line's own, or after a time its "if" / "unless".
  const openAt = longestPhraseAt(words, 0, lc.opens) > 0 ? 0 : from - 1;
  const told = courseTold(words.slice(openAt, end), from - openAt, lc) || (longestPhraseAt(words, 0, lc.hingesOn) > 0 && findAny(cond, lc.decidedBy).length > 0);
  return told && !actionIn(words.slice(0, end), from, ow);
}
/**
 * The step after a condition's comma or arrow is the study above, with no other ("When not better by 6 weeks, will request",
 * "Should pain persist -> book"): a few words, one of them prose.ownActionLine.forTheStudy near the start, and no study, action
 * or service of its own.
 */
function stepIsTheStudy(step: readonly Word[], ow: OrderWords): boolean {
  if (step.length > STUDY_STEP_WORDS) return false;
  const forIt = findAny(step, ow.ownActionLine.forTheStudy);
  return forIt.length > 0 && wordIndex(step, forIt[0].start) < 3 && !step.some((w) => STUDY_HEAD.has(w.text)) && !actionIn(step, 0, ow);
}
/** "then we will request it": longer, the step tells more than the study. */
const STUDY_STEP_WORDS = 5;
/**
 * words from `from` on name an action of their own, not a treatment or a time the condition tells of ("with physio", "despite
 * ortho and physio input", "on return from holiday", "at 6/52 f/u").
 */
function actionIn(words: readonly Word[], from: number, ow: OrderWords): boolean {
  const acts = findAny(words.slice(from), ow.ownActionLine.opens);
  const starts = new Set(acts.map((m) => wordIndex(words, m.start)));
  return acts.some((m) => {
    // Back over the list or the time the service is in ("ortho and physio", "6/52 f/u") to the word it follows.
    let k = wordIndex(words, m.start);
    while (k - 1 > from && (starts.has(k - 1) || LIST_OR_TIME.test(words[k - 1].text))) k--;
    const one = words[k - 1]?.text ?? '';
    return !ow.ownActionLine.notAfter.has(one) && !(k > 1 && ow.ownActionLine.notAfter.has(`${words[k - 2].text} ${one}`));
  });
}
/** Words that join a list of services or time one ("and", "or", "her", "6", "52", "week"). */
const LIST_OR_TIME = /^(?:and|or|her|his|their|the|a|\d+|wk|wks|week|weeks|month|months|day|days)$/;
/** What leads from a condition to the step it governs, on the condition's own line ("Should it persist -> refer", "…; then PT"). */
const CONSEQUENCE = new RegExp(String.raw`${ARROWS}|[,;:]`);
/** The words of the line that `at` is on, past its indent and its bullet, number or arrow ("* ", "2. ", "> "). */
function lineWords(text: string, at: number): Word[] {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const from = lineStart + lineMark(text, at).length;
  return toWords(text.slice(from, lineEnd), from);
}
/** The indent and bullet, number or arrow that open the line `at` is on; '' when the line opens on a word. */
function lineMark(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const lead = line.length - line.trimStart().length;
  const mark = LINE_MARK.exec(line.slice(lead))?.[0].length ?? 0;
  return mark ? line.slice(0, lead + mark) : '';
}
/** A bullet that marks a point under a line, not an item numbered or led to by an arrow. */
const SUB_POINT = /^[-*•·–]$/;
/** A plan line's bullet, number or arrow, and the quoting "> " that some write as one. */
const LINE_MARK = new RegExp(String.raw`${BULLET.source}|^>(?![=\d])\s*`);
/**
 * The line that starts at `at` opens, past its bullet or number, on an action of its own (prose.ownActionLine: "Refer
 * visiting neurosurgeon if abnormal", "2. NSGY referral if abnormal", "- Review in clinic if abnormal"): the condition on
 * that line is the action's. An action word further in tells when the study is done ("at 6 wk review if pain persists", "on
 * repeat exam if still abnormal"), and a line with none goes on with the study ("In 4 weeks if no improvement"): there the
 * condition stays the study's.
 */
export function actsOnItsOwn(text: string, at: number, ow: OrderWords): boolean {
  const words = lineWords(text, at);
  // "Ortho to request if no better", "Return for this if no better": the action is the study, and so is the condition.
  return words.length > 0 && findAny(words, ow.ownActionLine.opens).some((m) => m.start === words[0].start) && !findAny(words, ow.ownActionLine.forTheStudy).length;
}

/**
 * The clause of a value around an offset, ended by a full stop, a question or exclamation mark, a semicolon or a line
 * break: "If worse: MRI L-spine; f/u prn" holds two steps, and the "prn" is the follow-up's, never the MRI's.
 */
function ownClause(value: string, at: number): string {
  const c = ownClauseSpan(value, at);
  return value.slice(c.start, c.end);
}

/**
 * The words before a study end on an arrow after a condition in their sentence ("If pain persists/worsens -> XR LS
 * spine", "Unless settling => MRI"): the arrow gives the step the condition leads to, which the context reader's scope,
 * ended by the arrow's dash, does not reach. An arrow after a finding ("?OSD -> US LS spine") orders its study.
 */
function afterConditionArrow(before: string): boolean {
  const arrow = CONDITION_ARROW.exec(before);
  if (!arrow) return false;
  const sentence = before.slice(0, arrow.index);
  return conditioned(sentence.slice(Math.max(sentence.lastIndexOf('.'), sentence.lastIndexOf(';')) + 1));
}
const CONDITION_ARROW = new RegExp(String.raw`(?:${ARROWS})[ \t]*$`);

/**
 * A condition on authorization, timing or the scanner keeps the order ("if insurance approves", "tonight if the scanner
 * is available, otherwise first thing tomorrow", "if sedation slot available", "if tolerated").
 */
export const KEEPS_ORDER =
  /\b(?:if|unless)\b[^.;]{0,40}?\b(?:insurance|auth\w*|approv\w*|authori[sz]\w*|covered|available|availability|possible|feasible|tolerat\w*|slot|scheduling)\b|\botherwise\b/i;

/**
 * "with sedation if needed", "today if possible", "prn": a condition that keeps the order. "2day if poss" (round 51): the texted
 * "possible" only where it closes its clause; "if poss tethered cord on US" asks a possibility and stays a condition.
 */
export const ONLY_IF_NEEDED = /\b(?:if (?:needed|possible|necessary)|prn|as needed)\b|\bif poss\b(?=[ \t]*(?:[.,;!)\n]|$))/i;
/** "if" followed by one of these is not a condition against the study. */
export const IF_KEEPS = new Set(['needed', 'possible', 'necessary', 'insurance', 'approved', 'authorized', 'authorised', 'covered', 'available']);
/**
 * words[i] is an "if" that keeps the order: one of IF_KEEPS after it, or the texted "if poss" closing its words, maybe before a
 * thanks ("pls xr t/l spine 2day if poss", "… if poss thx"; round 51). "if poss tethered cord on US" asks a possibility: a condition.
 */
export function ifKept(words: readonly { text: string }[], i: number): boolean {
  const next = words[i + 1]?.text ?? '';
  if (IF_KEEPS.has(next)) return true;
  return next === 'poss' && words.slice(i + 2).every((w) => POSS_CLOSINGS.has(w.text));
}
const POSS_CLOSINGS = new Set(['thx', 'thanks', 'ty', 'pls', 'please', 'plz']);
