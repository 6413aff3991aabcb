/** Studies a note names without ordering them: records asked for, a question, another visit's study, one reviewed or in transit. */
import type { Knowledge } from '../knowledge/knowledge';
import type { Field } from '../notes/parser';
import { type Word, lowerBound, toWords } from '../notes/words';
import { readOrder } from './order';
import { DATED, wordSetOf } from './patterns';
import { contextLexicon } from './lexicon';
import { findAny } from './vocabulary';
import type { OrderWords } from './order-words';
import { ASKS, RESULT_WORD, tellsAFinding, toldPast, NOT_PAST, reportedNext } from './study-reported';
import { startsWithStudy, STUDY_NAMED_WORDS, US_WORDS, STUDY_WORDS, studyHead, STUDY_HEAD, NAMES_A_STUDY, NAMES_SPINE, BONE_SCAN, joinedStudy, ARROWS } from './study-names';
import { ordersOutright, proposedByOthers, decidesNotToImage, governingCue } from './order-cues';
import { isOrderKeyed } from '../notes/headings';
import { conditioned, wordIndex, sentences, negates, sentenceSpan, breaksClause, studyTailEnd } from './clauses';
import type { Facts } from './note-facts';
import { declinedNext } from './order-withdrawn';
import { afterOrderSystem } from './order-system-route';
import { keySaysCopied } from './copied';

/**
 * An Order key that is no word of ordering ("Imaging:", not "Order:" or "Request:") before a study told done at
 * another time (PAST, order-vocabulary prose.doneBefore: "yesterday", "prior") with its findings or result, and no
 * word that orders in its value: "Imaging: visiting radiologist did a portable US spine yesterday - conus at L4".
 */
export function reportedUnderImagingKey(text: string, f: Field, ow: OrderWords): boolean {
  const known = reportedUnder.get(f);
  if (known && known.text === text && known.ow === ow) return known.reported;
  const reported = reportedUnderImagingKeyRead(text, f, ow);
  reportedUnder.set(f, { text, ow, reported });
  return reported;
}
/**
 * reportedUnderImagingKey's answer for a Field, with the text and the words it was read with: the order readers and the
 * reader of prior studies in the text (readPriorInText) ask it of the same Order line of a note (about two calls in five
 * on the benchmark notes are asked again). A Field never changes once parsed; its answer is reused only for the same text
 * and vocabulary, and goes with the Field (a new parse, a new Field), so nothing is shared across notes.
 */
const reportedUnder = new WeakMap<Field, { text: string; ow: OrderWords; reported: boolean }>();
function reportedUnderImagingKeyRead(text: string, f: Field, ow: OrderWords): boolean {
  // A value that opens on its study is the study to do ("Imaging: XR T/L spine to look for compression fractures"),
  // as is one asking a question of it.
  if (/order|request|requisition/i.test(f.rawKey) || ASKS.test(f.value)) return false;
  // "Imaging (copied fwd): MRI L-spine w/o & w/ contrast 10/3 - L2 osteomyelitis …": a key that says its line is carried
  // over from an earlier note or the admission (reading-vocabulary copiedText.inKey) tells that record, not today's order.
  // Not when the value still orders ("Imaging (copied fwd): MRI L-spine w/ and w/o contrast - please order today"): an
  // outstanding request copied forward stays the order, as it was read before (review r36-wards H1).
  if (keySaysCopied(f.rawKey)) {
    const all = toWords(f.value, f.valueSpan.start);
    return NAMES_A_STUDY.test(f.value) && !findAny(all, ow.explicit).length && !ordersOutright(text, all, ow) && !STILL_TO_DO.test(f.value);
  }
  // "Imaging today: XR L-spine normal": a key that names today tells a study done today when its value tells a result.
  if (/\btoday\b/i.test(f.rawKey) && (RESULT_WORD.test(f.value) || tellsAFinding(f.value))) {
    const all = toWords(f.value, f.valueSpan.start);
    if (!findAny(all, ow.explicit).length && !ordersOutright(text, all, ow)) return true;
  }
  if (startsWithStudy(f.value)) return openingStudyReported(text, f, ow);
  if (!(RESULT_WORD.test(f.value) || tellsAFinding(f.value) || BONY_FINDING.test(f.value))) return false;
  const words = toWords(f.value, f.valueSpan.start);
  if (!(toldPast(f.value) || findAny(words, ow.doneBefore).length)) return false;
  return !findAny(words, ow.explicit).length && !ordersOutright(text, words, ow);
}

/**
 * "Imaging: CT L-spine last year: normal.", "Imaging: XR L-spine done at OSH - normal.": a value that opens on its
 * study and tells, in that study's own clause (to the next study named or the sentence's end), when or where it was
 * done and what it showed is a report of one before. Not "Imaging: MRI L-spine w/o" (nothing told done), "XR T/L spine
 * to look for compression fractures" (no result), "MRI L-spine w/o, prior XR normal" (the result is another study's)
 * nor "MRI L-spine given previous normal US" (the study's reason: a word that ties it to something else).
 */
function openingStudyReported(text: string, f: Field, ow: OrderWords): boolean {
  const sentence = /^(?:[^.;\n]|\.(?!\s|$))*/.exec(f.value)![0];
  const lead = STUDY_NAMED_WORDS.exec(sentence);
  const from = lead ? lead.index + lead[0].length : 0;
  const next = sentence.slice(from).search(STUDY_NAMED_WORDS);
  let own = next < 0 ? sentence : sentence.slice(0, from + next);
  // "XR L-spine 2 views, prior 2024 normal": a study before told without its name (prose.anotherStudyBefore) after a
  // break is another study's clause, not this one's.
  const rest = toWords(own.slice(from), 0);
  const other = rest.findIndex((w, i) => i > 0 && ow.anotherStudyBefore.has(w.text) && /[,;(\-\u2013\u2014/]\s*$/.test(own.slice(from).slice(0, w.start)));
  if (other > 0) own = own.slice(0, from + rest[other].start);
  // What it showed: a result word, or a finding ("XR L-spine (HD1): no acute findings").
  if (!(RESULT_WORD.test(own) || tellsAFinding(own) || BONY_FINDING.test(own)) || OWN_STUDY_TIED.test(own) || NOT_PAST.test(own)) return false;
  const words = toWords(own, f.valueSpan.start);
  const toldBefore = toldPast(own) || DATED.test(own) || findAny(words, ow.doneBefore).length > 0;
  if (!toldBefore && !onStayDay(words, ow)) return false;
  // Told only by its stay day ("XR L-spine (HD1): no acute findings") or only with a finding, the study is a prior for its own clause alone: a
  // value that names any other study after it ("… MRI L-spine w/ and w/o contrast today", "… no acute findings on XR"),
  // or says a study is still to do, is left to the order readers as before (review r36-wards H1).
  // So too for one told only with a finding, no result word (the reading main had for those stands).
  const newPath = !toldBefore || !RESULT_WORD.test(own);
  if (newPath && (STUDY_NAMED_WORDS.test(f.value.slice(own.length)) || STILL_TO_DO.test(f.value))) return false;
  return !findAny(toWords(f.value, f.valueSpan.start), ow.explicit).length && !ordersOutright(text, words, ow);
}
/**
 * What a radiograph or CT of the spine shows of its bones, read only under an imaging key beside a study told done ("Imaging:
 * PCP obtained XR L-spine last wk -> bilateral L5 pars defects with grade 1 anterolisthesis", "Imaging: XR T-spine + L-spine in
 * ED: mild anterior wedge compression of T12"): a finding of that study, as tellsAFinding's words are.
 */
const BONY_FINDING =
  /\b(?:pars (?:interarticularis )?defects?|spondylolys[ie]s|spondylolisthesis|anterolisthesis|retrolisthesis|wedg(?:e|ed|ing) (?:compression|deformity|fracture)|anterior wedg\w*|height loss|loss of (?:vertebral )?height)\b/i;
/** Words saying a study is still to do ("today", "pending", "need", "pls do", "to be done"). */
export const STILL_TO_DO = /\b(?:today|tonight|tomorrow|pending|needs?|needed|pls|please|plan(?:ned)?|to be (?:done|performed|obtained)|awaiting|booked|scheduled)\b/i;
/**
 * The words tell a day of an inpatient stay with its number (order-vocabulary prose.stayDays): "HD 1", "HD#2", "POD 3",
 * "hospital day 1", or one word glued to its number ("HD1", "POD2").
 */
export function onStayDay(words: readonly Word[], ow: OrderWords): boolean {
  if (findAny(words, ow.stayDays.spaced).length) return true;
  return words.some((w) => {
    const m = /^([a-z]+)(\d{1,3})$/.exec(w.text);
    return m !== null && ow.stayDays.glued.has(m[1]);
  });
}

/** Words tying a study to a reason, a condition or another study ("given", "because", "if", "vs", "to look for"). */
const OWN_STUDY_TIED =
  /\b(?:given|since|because|(?<!\b(?:read|reported|interpreted|described|read out)\s+)as|after|vs|versus|than|per|despite|following|if|unless|once|when|to|for|r\/o)\b/i;

/** Quotation marks, straight or curly. */
const QUOTE_MARK = /["\u201c\u201d]/g;
/** The spaces and quotation marks a sentence opens on. */
const LEADING_MARKS = /^[\s"'\u2018-\u201d]*/;
/** Where each quotation mark of a value stands, computed once per value. */
const quoteMarks = new WeakMap<Field, number[]>();
/**
 * The sentence stands inside a quotation the note copies from someone else ('Chiropractic referral: "… Please order
 * MRI."'): an odd number of quotation marks of its field stand before it, and one closes after it.
 */
export function quoted(f: Field, s: Field): boolean {
  let marks = quoteMarks.get(f);
  if (!marks) {
    marks = [...f.value.matchAll(QUOTE_MARK)].map((m) => f.valueSpan.start + m.index);
    quoteMarks.set(f, marks);
  }
  if (marks.length < 2) return false;
  let lo = lowerBound(marks, (m) => m, s.valueSpan.start);
  // 'Mother states "it hurts." MRI L-spine ordered.': a quotation closed by its own full stop leaves its closing mark
  // at the head of the next sentence; that mark ends the quotation before the sentence's words, which are the writer's.
  if (lo % 2 === 1 && lo < marks.length && marks[lo] < s.valueSpan.start + LEADING_MARKS.exec(s.value)![0].length) lo++;
  return lo % 2 === 1 && lo < marks.length;
}

/**
 * The study of an order told in a relative clause, then its report: "The USS I arranged at 6 weeks was reported as …",
 * "I arranged an US at 6 weeks which was normal",
 * "the MRI we ordered showed …", "the x-ray that was requested came back normal".
 */
export const ORDERED_STUDY_REPORTED = new RegExp(
  String.raw`\b(?:i|we)\s+(?:had\s+|have\s+)?(?:arranged|ordered|requested|booked|organi[sz]ed|sent (?:her|him|them) for)\s+(?:an?|the|her|his|their)\s+(?:[\w-]+\s+){0,3}?(?:${US_WORDS}|${STUDY_WORDS})\b[^.;?]{0,60}?(?:\b(?:which|that|and it)|[,-]\s*it)\s+(?:(?:was|were)\s+(?:reported as\s+)?(?:normal|abnormal|negative|unremarkable|fine|clear|reassuring)|came back|showed|revealed|demonstrated)\b|\b(?:the|this|that|her|his|their)\s+(?:[\w-]+\s+){0,3}?(?:${US_WORDS}|${STUDY_WORDS})\b[^.;?]{0,40}?\b(?:(?:that|which)\s+)?(?:(?:i|we|you|they|he|she)\s+(?:had\s+|have\s+)?|(?:was|were|had been)\s+)(?:arranged|ordered|requested|booked|organi[sz]ed|sent for)\b[^.;?]{0,120}?\b(?:reported|came back|showed|shows|revealed|demonstrated|found|(?:was|were) (?:normal|abnormal|negative|unremarkable|fine|clear))\b`,
  'i',
);

/**
 * The writer's request for a study's record, not for the study: its name followed by what is sent of it (prose.studyRecords: "I
 * have requested the ultrasound images be sent", "the MRI report"), or told as done before (prose.oldStudy: "I have
 * requested the old films", "her previous x-rays").
 */
export function requestsRecords(words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  // The writer's own request ("I have requested", "we have asked for"): another's wish for a result is read elsewhere.
  if (head < 0 || !words.slice(0, head).some((w) => w.text === 'i' || w.text === 'we')) return false;
  const tail = studyTailEnd(words, head);
  const next = words[tail + 1];
  if (next && findAny(words.slice(tail + 1, tail + 3), ow.records).some((r) => r.start === next.start)) return true;
  // Right before the name ("her previous x-rays"), or after a determiner ("the old lumbar spine films"); not "Too old now for USS".
  const from = Math.max(0, head - 3);
  return findAny(words.slice(from, head), ow.oldStudy).some((o) => {
    const j = wordIndex(words, o.start);
    return j === head - 1 || RECORD_DETERMINERS.has(words[j - 1]?.text ?? '');
  });
}
/** The study's name is followed by its record (prose.studyRecords: "MRI L-spine results …", "MRI findings reviewed"). */
export function recordAfterStudy(words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  const tail = studyTailEnd(words, head);
  const next = words[tail + 1];
  return next !== undefined && findAny(words.slice(tail + 1, tail + 3), ow.records).some((r) => r.start === next.start);
}
const RECORD_DETERMINERS = new Set(['the', 'her', 'his', 'their', 'its', 'all', 'any']);

/**
 * A sentence that asks about its study rather than ordering it: opening on a question mark ("? need for USS", "?MRI"),
 * or one that opens on an asking word (prose.askingOpeners), with a question mark closing the study's name ("Need for
 * USS?", "Should I order an MRI?"), or on the study itself asked about and left undone ("MRI? Not now.", "US spine?"). Never a request asked as a question
 * (prose.requestCues, "Could you please arrange an US spine?", "Can we get an US spine?") nor a study ordered for a
 * query ("Order MRI L-spine ? tethered cord": the question mark opens the words it queries).
 */
const QUESTION_LABEL = new Set(['q', 'question', 'query']);
/** The text up to and including its first sentence's end (a full stop, "!", ";", a line break or a closing "?"). */
const firstSentence = (s: string): string => s.slice(0, s.search(/[.!;\n]|\?(?!\S)|$/) + 1);
/**
 * A question that is a request put politely ("Could you repeat the MRI L-spine?", "Can you please organise an MRI?"): a request
 * cue in its words other than one that is only the study's own verb after its subject (prose.requestVerbsAsked,
 * requestVerbsAskedSubjects: "Should we repeat MRI L-spine?" asks, as "Should we get an MRI?" does).
 */
export function askedPolitely(words: readonly Word[], ow: OrderWords): boolean {
  return findAny(words, ow.requests).some((r) => {
    const i = words.findIndex((x) => x.start === r.start);
    // Only after a subject is the verb the question's own: "Organise MRI L-spine today" after a question, and "Need to organise
    // MRI … today, is that ok with you?", order.
    return !(i > 0 && words[i].end === r.end && ow.requestVerbsAsked.has(words[i].text) && ow.requestVerbsAskedSubjects.has(words[i - 1].text));
  });
}

export function asksAboutStudy(
  s: Field,
  words: readonly Word[],
  ow: OrderWords,
  /** The text after the clause to its field's end, where a plan cut at its arrows goes on ("… -> not for now"). */
  after = '',
): boolean {
  const value = s.value;
  if (!value.includes('?')) return false;
  const head = words.findIndex((w) => STUDY_HEAD.has(w.text));
  if (head < 0) return false;
  if (asksWhichStudy(value, s.valueSpan.start, words, head)) return true;
  if (askedPolitely(words, ow)) return false;
  // "?axial disease / sacroiliitis -> MRI whole spine": the question is the suspicion; the arrow leads from it to the study.
  // Not when the study's own sentence asks again or leaves the choice open ("-> MRI whole spine w/ contrast?", "… vs
  // watchful waiting - family to decide", "… -> not for now"): then the study is what is asked, as before.
  // "?relapse / spinal mets - MRI whole spine w/ and w/o contrast booked for tomorrow": a spaced dash leads so too, only
  // when the study's own sentence orders it outright (prose.explicitCues: booked, requested, ordered, arranged …).
  if (/^\s*\?/.test(value)) {
    const at = words[head].start - s.valueSpan.start;
    const arrow = LEADS_TO.test(value.slice(0, at));
    if (head > 3 || !(arrow || SPACED_DASH_BEFORE.test(value.slice(0, at)))) return head <= 3;
    const rest = value.slice(at) + after;
    const sentence = firstSentence(rest);
    if (sentence.includes('?') || findAny(toWords(sentence), ow.suspicionLeftOpen).length > 0) return true;
    if (!arrow && !findAny(toWords(sentence), ow.explicit).length) return true;
    // "… -> MRI L-spine, refused", "… -> MRI L-spine. Discussed, mum prefers to wait.": refused or put off, in its
    // sentence or the next (prose.suspicionTakenBack); the next sentence's "if" is another step's condition, not read.
    const next = firstSentence(rest.slice(sentence.length));
    return findAny(toWords(sentence + ' ' + next), ow.suspicionTakenBack).length > 0;
  }
  const tail = studyTailEnd(words, head);
  const rest = value.slice(words[tail].end - s.valueSpan.start);
  // "Should she get an xray??": a parent's question may double its mark.
  if (!/^\s*\?{1,3}(?:\s*$|\s+[A-Z])/.test(rest)) return false;
  // "Q: Should I order an MRI? A: Not at this time": after a question's label.
  const opens = QUESTION_LABEL.has(words[0].text) && words.length > 1 ? words[1].start : words[0].start;
  const answer = toWords(rest.slice(rest.indexOf('?') + 1));
  // "Need US spine? Yes - ordered today.": the question answered yes orders its study (prose.askedAnswersYes).
  if (answer.length > 0 && findAny(answer, ow.answersYes).some((a) => a.start === answer[0].start)) return false;
  // "Is it worth we repeat the MRI? MRI L-spine ordered today.": the next sentence orders a study of its own, outright.
  if (studyHead(answer) >= 0 && findAny(answer, ow.explicit).some((c) => !negates(answer, wordIndex(answer, c.start) - 1))) return false;
  if (head > 0) return findAny(words, ow.asking).some((a) => a.start === opens);
  // "MRI? Not now.": the study alone asked about, then an answer that leaves it undone; "MRI? Yes, ordered" orders it.
  return answer.length === 0 || findAny(answer, ow.answersNo).some((a) => a.start === answer[0].start);
}

/**
 * A question that closes its sentence offering two studies of different kinds as the alternatives ("Would you do plain
 * films first or go straight to MRI?", "XR or MRI?", "US vs MRI for this one?") asks which to do and orders neither,
 * however politely it opens ("would you" is also a request's cue). Not one study with its options ("MRI with or
 * without contrast?", "MRI L-spine or whole spine?": one head) nor a study requested and then a question about it.
 */
function asksWhichStudy(value: string, base: number, words: readonly Word[], head: number): boolean {
  // The sentence of the first study named, read to its end: it must be the question.
  const at = words[head].start - base;
  const stop = value.slice(at).search(/[.!?;\n]/);
  if (stop < 0 || value[at + stop] !== '?') return false;
  const end = words[head].start + stop;
  const kinds = new Set<string>();
  let alternative = false;
  for (let i = head; i < words.length && words[i].start < end; i++) {
    const w = words[i].text;
    if (STUDY_HEAD.has(w)) kinds.add(STUDY_KIND[w] ?? w);
    else if (kinds.size > 0 && (w === 'or' || w === 'vs' || w === 'versus')) alternative = true;
  }
  // "XR or MRI? Ordered MRI L-spine today": a study named after the question is read on its own.
  if (words.some((w) => w.start > end && STUDY_HEAD.has(w.text))) return false;
  return alternative && kinds.size > 1;
}
/** Heads of the same kind of study, so that "x-ray or radiograph?" is one study named twice. */
const STUDY_KIND: Record<string, string> = {
  us: 'us',
  uss: 'us',
  usg: 'us',
  utz: 'us',
  usi: 'us',
  ultrasound: 'us',
  sono: 'us',
  sonogram: 'us',
  sonography: 'us',
  ultrasonography: 'us',
  ultrasonogram: 'us',
  mri: 'mri',
  mr: 'mri',
  xr: 'xr',
  x: 'xr',
  xray: 'xr',
  xrays: 'xr',
  radiograph: 'xr',
  radiographs: 'xr',
  radiography: 'xr',
  roentgenography: 'xr',
  roentgenogram: 'xr',
  roentgenograms: 'xr',
  roentgenograph: 'xr',
  film: 'xr',
  films: 'xr',
  scoliosis: 'xr',
  ct: 'ct',
};

/**
 * When the note orders no study, a spine study it tells as done at this visit, in the writer's record of it: an ED's
 * discharge paperwork ("Physician addendum: … Midline tenderness T12-L1 -> XR T/L spine obtained, no fracture", "L-spine
 * XR done at parent request - normal", "-> CT C-spine without contrast, negative"). The visit's study is the one the
 * checks judge, as the corpus reads a trauma bay's "CT T/L spine with IV contrast (done together with CT abdomen/pelvis)".
 * Never a study told of another time or place (a date, order-vocabulary prose.doneBefore: "prior", "last week", "at 6
 * weeks", "by PCP", "outside"), one told not done or still to do ("not done", "to be done"), nor one declined.
 */
export function visitStudy(text: string, fields: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords, acute: boolean): Facts['order'] {
  for (const f of fields) {
    if (!f.value || !NAMES_A_STUDY.test(f.value) || !NAMES_SPINE.test(f.value)) continue;
    for (const s of sentences(f)) {
      if (!NAMES_SPINE.test(s.value) || DATED.test(s.value)) continue;
      const words = toWords(s.value, s.valueSpan.start);
      const head = studyHead(words);
      if (head < 0 || !(doneAtVisit(words, ow) || arrowedStudy(text, s, words, head, f.valueSpan.end))) continue;
      // "Follow-up: … MRI L-spine done, shows …", "HPI: … XR L-spine obtained, normal. Presents for second opinion": told
      // in a clinic's note, a study done is one of before the visit, unless its sentence says it is of this one ("today").
      if (!acute && !findAny(words, ow.doneNow).length) continue;
      // "Sacral dimple noted, no spinal US done": a study named after a negation is told not done.
      if (words.slice(Math.max(0, head - 3), head).some((_, j) => negates(words, Math.max(0, head - 3) + j))) continue;
      // "Per mom, XR L-spine obtained and was normal": a word of another time in the sentence before the clause counts too.
      const sentence = sentenceSpan(text, s.valueSpan);
      const lead = sentence.start < s.valueSpan.start ? toWords(text.slice(sentence.start, s.valueSpan.start)) : [];
      if (findAny(words, ow.doneBefore).length || findAny(lead, ow.doneBefore).length || findAny(words, ow.before).length || proposedByOthers(text, words, ow)) continue;
      const r = readOrder(s.value, contrast, k);
      if (r.status === 'recognized') return { field: s, reading: r };
    }
  }
  return undefined;
}

/**
 * The note is an acute visit's record (order-vocabulary prose.visitSettings): a word of one in a key ("ED course:", "ED
 * physician addendum:") or in the note's first line ("Emergency Department Discharge").
 */
export function acuteVisit(text: string, ow: OrderWords): boolean {
  // A heading of a few words ("ED Discharge - Back Pain"), not a line of history ("Ortho clinic f/u. Seen in ED 1 week ago").
  const first = toWords(/\S[^\n]*/.exec(text)?.[0] ?? '');
  if (first.length <= 6 && findAny(first, ow.visitSettings).length) return true;
  for (const m of text.matchAll(LINE_KEY)) if (findAny(toWords(m[1]), ow.visitSettings).length) return true;
  return false;
}
/** The key opening a line: a few words before a colon. */
const LINE_KEY = /^[ \t]*([A-Za-z&][^:\n]{0,40}):/gm;

/**
 * The clause opens on its study and says what it showed right after its name and region (prose.resultAfterStudy):
 * "MRI L-spine normal, physio", "XR L-spine clear", "XR L-spine: normal". Not "MRI L-spine w/o" nor "XR L-spine to clear
 * the spine" (a purpose), nor a word after a dash ("MRI L-spine - abnormal neuro exam", a reason), nor a study named
 * later in the clause ("PT; prior XR normal" is reportsStudy's).
 */
export function resultRightAfterStudy(text: string, words: readonly Word[], ow: OrderWords): boolean {
  let j = 0;
  while (j < words.length && j < 3 && !STUDY_HEAD.has(words[j].text)) j++;
  if (j >= words.length || !STUDY_HEAD.has(words[j].text)) return false;
  j = studyTailEnd(words, j);
  // After a dash the word opens what is said of the study, not its result: "MRI L-spine - abnormal neuro exam" is the reason
  // (a result told there is resultAfterDash's: "XR L-spine (GP) - normal").
  if (j + 1 < words.length && /[-\u2013\u2014]/.test(text.slice(words[j].end, words[j + 1].start))) return false;
  // "MRI L-spine normal sequences + STIR", "XR L-spine clear views AP/lat": how it is done (prose.techniqueAfterResult), no result.
  return ow.resultAfterStudy.has(words[j + 1]?.text ?? '') && !ow.techniqueAfterResult.has(words[j + 2]?.text ?? '');
}

/**
 * A study told with its result after a spaced dash, where it was done in brackets before ("УЗИ позвоночника (роддом) -
 * норма", "Rentgenogram of L-spine (polyclinic, 10.03) - without pathology"): a prior study, not the order. The result
 * (prose.resultAfterDash) is all the clause after the dash says: "- to exclude pathology", "- ? intraspinal pathology",
 * "- abnormal neuro exam" tell why the study is ordered, and "XR L-spine - MRI if abnormal" what comes next.
 */
export function resultAfterDash(value: string, ow: OrderWords): boolean {
  const dash = /\s[-\u2013\u2014]\s/.exec(value);
  if (!dash) return false;
  const from = dash.index + dash[0].length;
  const end = value.slice(from).search(/[.,;:()\n]/);
  const clause = value.slice(from, end < 0 ? value.length : from + end);
  // "Spinal USS - indeterminate?": a result asked about is none told.
  if (clause.includes('?')) return false;
  const words = toWords(clause);
  return words.length > 0 && findAny(words, ow.resultAfterDash).some((m) => m.start === words[0].start && m.end === words[words.length - 1].end);
}

/**
 * The clause after the first spaced dash that follows a study (`names` tells whether the words before the dash name one)
 * tells the study done, gives its whole result or leaves it to someone's decision: "EOS standing PA - done today: 25 deg",
 * "CT T/L spine - NAD", "CT T/L spine - ortho to decide". A planned line's study so told is no order. Not a way of doing it
 * ("MRI L-spine - done under GA"), nor a reason ("MRI L-spine - abnormal neuro exam", a result word that is not the whole
 * clause), nor a dash inside a bracket.
 */
const LEFT_TO_DECIDE = /\b(?:decide|decides|deciding|undecided|discretion|discuss|tbd)\b/i;
const DONE_HOW = new Set(['under', 'with', 'if', 'when', 'once', 'as', 'asap', 'soon', 'tomorrow', 'urgently']);
export function toldAfterStudyDash(value: string, names: (before: string) => boolean, ow: OrderWords): boolean {
  for (const m of value.matchAll(/\s[-\u2013\u2014]\s/g)) {
    const before = value.slice(0, m.index);
    // A dash in an aside is the aside's ("MRI whole spine w/ contrast (ordered by NP - will discuss w/ ortho …)").
    if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0) || !names(before)) continue;
    const from = (m.index ?? 0) + m[0].length;
    const end = value.slice(from).search(/[.,;:()\n]/);
    const clause = value.slice(from, end < 0 ? value.length : from + end);
    const words = toWords(clause);
    if (!words.length) return false;
    if (ow.doneAtVisit.has(words[0].text) && !DONE_HOW.has(words[1]?.text ?? '')) return true;
    if (findAny(words, ow.resultAfterDash).some((r) => r.start === words[0].start && r.end === words[words.length - 1].end)) return true;
    return LEFT_TO_DECIDE.test(clause);
  }
  return false;
}

/**
 * The study's name is followed, in its clause, by a word that makes it what is reviewed (prose.reviewAfterStudy: "I sent
 * her to Dr Smith for MRI review", "sent the images to ortho for MRI review"): the study to review, not to do.
 */
export function reviewedStudy(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  const tail = studyTailEnd(words, head, text);
  const next = words[tail + 1];
  return next !== undefined && ow.reviewAfterStudy.has(next.text) && !breaksClause(text, words[tail].end, next.start);
}

/**
 * The study is named as its records (films, or its name then studyRecords: "MRI images", "XR report") and a word of
 * prose.inTransit in the same clause tells them on their way ("review when films arrive", "awaiting outside films",
 * "films to be sent by OSH", "review once MRI images are uploaded"): a prior in transit, not the study to do.
 */
/** An em or en dash between two words: "US spine — report to be sent to GP" tells the study, then what becomes of its report. */
export const DASH = /[\u2013\u2014]/;
export function recordsInTransit(text: string, words: readonly Word[], ow: OrderWords): boolean {
  const head = studyHead(words);
  if (head < 0) return false;
  const tail = studyTailEnd(words, head, text);
  const next = words[tail + 1];
  const records =
    words[head].text === 'films' ||
    words[head].text === 'film' ||
    (next !== undefined && !breaksClause(text, words[tail].end, next.start) && !DASH.test(text.slice(words[tail].end, next.start)) && findAny([next], ow.records).length > 0);
  if (!records) return false;
  return findAny(words, ow.inTransit).some((m) => {
    const at = m.start < words[head].start ? m.end : words[tail].end;
    const to = m.start < words[head].start ? words[head].start : m.start;
    return !breaksClause(text, at, to);
  });
}

/** A word of prose.doneAtVisit in the clause, told as done: not turned round ("not done", "never performed") nor still to do ("to be done", "being done"). */
function doneAtVisit(words: readonly Word[], ow: OrderWords): boolean {
  return words.some((w, i) => {
    if (!ow.doneAtVisit.has(w.text)) return false;
    const before = words[i - 1]?.text;
    return !negates(words, i - 1) && !(before === 'yet' && negates(words, i - 2)) && before !== 'be' && before !== 'being';
  });
}

/** "midline C-spine tenderness on arrival -> CT C-spine without contrast, negative": a study after an arrow, its result told right after it. */
function arrowedStudy(text: string, s: Field, words: readonly Word[], head: number, limit: number): boolean {
  const from = head > 0 ? words[head - 1].end : s.valueSpan.start;
  return /->|\u2192|=>/.test(text.slice(from, words[head].start)) && reportedNext(text, s, limit);
}

/**
 * A sentence of a line under a key read for nothing else ("Provider reply:", "Clinician response and
 * orders:", a chat's "PCP:") that orders a spine study outright in the writer's voice ("I've ordered an
 * ultrasound of his lower spine", "MRI L-spine w/o ordered"); never one someone else proposes, declined,
 * conditioned, or told as done, dated or with its result ("MRI ordered by PCP in 2023 showed …").
 */
export function unreadOrder(text: string, unread: readonly Field[], contrast: string | undefined, k: Knowledge, ow: OrderWords): Facts['order'] {
  for (const f of unread) {
    if (!NAMES_A_STUDY.test(f.value)) continue;
    const studiesKey = !f.key && isOrderKeyed(f.rawKey);
    for (const whole of sentences(f)) {
      // "Ix: ICE - US spine requested": the order system's name before a dash is the request's route (order-system-route.ts).
      const s = afterOrderSystem(whole, ow) ?? whole;
      const words = toWords(s.value, s.valueSpan.start);
      // "Ix: I have requested an MRI of the lumbar spine without contrast as mum is very anxious": under a key naming the
      // studies (notes/headings.ts isOrderKeyed), a sentence the writer opens on an order of their own (an explicit cue,
      // prose.explicitCues) orders as it would in prose, the family's worry that moved it notwithstanding.
      // Not the writer's request for an earlier study's record ("We have requested the MRI lumbar spine report from Birmingham
      // Children's"), one told done and read, nor one for another person ("… for her older brother").
      const writers =
        studiesKey &&
        WRITER.has(words[0]?.text ?? '') &&
        governingCue(words, findAny(words, ow.cues), ow) === 'explicit' &&
        !requestsRecords(words, ow) &&
        !ORDERED_STUDY_REPORTED.test(s.value) &&
        !forAnother(s.value, ow) &&
        !heldFromHere(text, s, f, ow);
      const spoken = spokenByDoctor(text, s, f, words, ow);
      if (!writers && !spoken && (!ordersOutright(text, words, ow) || proposedByOthers(text, words, ow))) continue;
      if (!(NAMES_SPINE.test(s.value) || BONE_SCAN.test(s.value))) continue;
      const r = readOrder(s.value, contrast, k);
      const own = studyPart(text, s, r.procedure?.modality, k);
      if (toldPast(own) || DATED.test(own) || RESULT_WORD.test(own)) continue;
      if (r.status === 'recognized' && !decidesNotToImage(text, s, ow) && !declinedNext(text, s, f.valueSpan.end, ow)) return { field: s, reading: r };
    }
  }
  return undefined;
}

/**
 * "Dr: CT lumbar spine with contrast requested, and oncology informed.": under a doctor's speaker label alone
 * (prose.speakerLabels), a sentence opening on the study with an order word after it is the writer's order, as it is
 * under "MD:" or with no label; never asked, on a condition, declined next, or another's. Narrowed after review r55: the
 * order word closes its clause, and no word of prose.speakerLabelRefused stands on the line, past its clauses ("Dr: XR L-spine
 * requested by the school nurse isn't needed", "Dr: XR L-spine requested, then cancelled after exam"). The label is
 * checked first: most unread lines have none, and the rest of the test is work on every sentence of them.
 */
function spokenByDoctor(text: string, s: Field, f: Field, words: readonly Word[], ow: OrderWords): boolean {
  if (f.key || !ow.speakerLabels.has(f.rawKey.trim().toLowerCase())) return false;
  const cue = findAny(words, ow.explicit).find((c) => c.start > words[0].start);
  return (
    cue !== undefined &&
    /^[ \t]*(?:[,;.]|$)/.test(text.slice(cue.end, s.valueSpan.end)) &&
    !findAny(toWords(f.value), ow.speakerLabelRefused).length &&
    startsWithStudy(s.value) &&
    !s.value.includes('?') &&
    !conditioned(s.value) &&
    !forAnother(s.value, ow) &&
    !proposedByOthers(text, words, ow) &&
    !heldFromHere(text, s, f, ow)
  );
}

/**
 * "Ix: I have requested an MRI of the lumbar spine at her next visit if still concerned" (a condition or a time ahead in the
 * request's own sentence, prose.adviceConditioned), "… under GA; however the anaesthetist has declined" (a refusal,
 * prose.adviceDeclined, in the sentence or in the next one set against it by "however", "but", "though"): the request is
 * held back or refused, no order (review r33-orders 4). A refusal of something else in a sentence of its own ("Parents
 * declined bloods.") or a review at the next visit after the request ("…; will review at next visit") leaves it ordered.
 */
function heldFromHere(text: string, s: Field, f: Field, ow: OrderWords): boolean {
  const own = toWords(s.value, s.valueSpan.start);
  if (findAny(own, ow.adviceConditioned).length || findAny(own, ow.adviceDeclined).length) return true;
  const after = text.slice(s.valueSpan.end, f.valueSpan.end).replace(/^[\s.;,]+/, '');
  const next = /^[^.;]*/.exec(after)?.[0] ?? '';
  return /^(?:however|but|though|although)\b/i.test(next) && findAny(toWords(next), ow.adviceDeclined).length > 0;
}

/** The writer as the subject opening a sentence ("I have requested …", "We have arranged …"). */
const WRITER = new Set(['i', 'we']);

/**
 * A study requested for a relative ("an MRI of the lumbar spine for her older brother", "for the sibling"); not the child's
 * own study requested for a relative's sake ("for mum's reassurance", "for parental anxiety", "for family reassurance"):
 * prose.forAnother (orderWords forPerson), its word one of the context lexicon's speakers.relations.
 */
export function forAnother(sentence: string, ow: OrderWords): boolean {
  const relations = wordSetOf(contextLexicon().speakers.relations);
  for (const m of sentence.matchAll(ow.forPerson)) if (relations.has(m[1].toLowerCase())) return true;
  return false;
}
/**
 * "MRI L-spine ordered by PCP in 2023 showed no abnormality": the study ordered is told dated and read, a study
 * of another time; not when the date and the result are another study's ("Ordered MRI L-spine w/o since XR from
 * 2026-11-15 was negative").
 */
export function datedWithResult(text: string, s: Field, modality: string | undefined, k: Knowledge): boolean {
  const own = studyPart(text, s, modality, k);
  return DATED.test(own) && RESULT_WORD.test(own);
}

/**
 * The part of a sentence naming two studies or more that tells the one of this modality: from its name to the next
 * study's ("Ordered MRI L-spine w/o since XR from 2026-11-15 was negative" → "MRI L-spine w/o since"); the
 * whole sentence when it names one study, or none of the modality.
 */
function studyPart(text: string, s: Field, modality: string | undefined, k: Knowledge): string {
  if (!modality) return s.value;
  const words = toWords(s.value, s.valueSpan.start);
  const heads: number[] = [];
  for (let j = 0; j < words.length; j++) if (STUDY_HEAD.has(words[j].text) && (heads.length === 0 || !joinedStudy(text, words, j))) heads.push(j);
  if (heads.length < 2) return s.value;
  for (let h = 0; h < heads.length; h++) {
    const from = h === 0 ? s.valueSpan.start : words[heads[h]].start;
    const to = h + 1 < heads.length ? words[heads[h + 1]].start : s.valueSpan.end;
    const part = text.slice(from, to);
    if (readOrder(part, undefined, k).procedure?.modality === modality) return part;
  }
  return s.value;
}

/** An arrow leading from what is asked to the study that answers it. */
const LEADS_TO = new RegExp(ARROWS);
/** A dash with a space on each side, the last thing before the study's name ("?relapse - MRI …"). */
const SPACED_DASH_BEFORE = /\s[-\u2013\u2014]\s+$/;
