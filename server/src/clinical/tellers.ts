import { isHeading, wordsOf } from '../notes/headings';
import { lookupKey } from '../notes/keys';
import type { Field, ParsedNote } from '../notes/parser';
import type { Span } from '../notes/text';
import { lowerBound, toWords, type Word } from '../notes/words';
import { work } from '../notes/work';
import { type ContextLexicon, contextLexicon } from './lexicon';
import { readContext } from './context';
import { alternation, perVocabulary } from './patterns';
import { startsWithStudy, studyHead } from './study-names';
import { conditioned, breaksClause, negates, studyTailEnd } from './clauses';
import type { Knowledge } from '../knowledge/knowledge';
import type { OrderVocabulary } from '../knowledge/schema';
import { orderWords } from './order-words';
import { readOrder } from './order';
import { timedLater } from './order-recommended';
import { findAny, findMatches, type PhraseSet, phraseSetOf, type ReadingVocabulary, readingVocabulary } from './vocabulary';

/**
 * Lines keyed by who tells the patient's story (reading-vocabulary.json tellers): a parent's message in a
 * portal or e-visit note ("Parent: There is a small tuft of hair at the bottom of his back", "Mom's
 * message: He finished treatment for Ewing sarcoma"), the lines of a secure chat between clinicians
 * ("pcp: 2 y 4 m boy w a pinpoint midline opening at L5", "rads: …", "peds rads: …"), a PCP's line in a
 * forwarded note ("PCP: 11 y F, …"). Such a line is the patient's history in the teller's words: it is
 * read as the Presentation, so its findings, age and order count.
 *
 * A key of a relative only ("Parent:", "Mom:") tells the patient's story only in a note of a conversation
 * (a call, a message, a portal or chat note, named on its first line) or when the value speaks as the
 * parent ("my son"); elsewhere "Mother: 32 yo G2P2, GBS neg" is the mother's own. With a message word
 * ("Mom's message:", "Message from dad:") it always does. A relative's own history keeps its key ("Mom's
 * hx: SBO": "hx" is no teller's word), and a value that is only a name ("PCP: Dr Smith", "Parent: Maria
 * Lopez") tells nothing.
 */
type CarerWords = { relations: Set<string>; reported: RegExp; firstPerson: RegExp };
/** Longer words first, so that no word is cut short by a shorter one it begins with. */
const longestFirst = (words: readonly string[]) => alternation(words, { longestFirst: true });

/** context-lexicon speakers.carerReports as a set and two patterns, built once per lexicon. */
const carerWordsOf = perVocabulary((c: ContextLexicon['speakers']['carerReports']): CarerWords => ({
  relations: new Set(c.relations.map((r) => r.toLowerCase())),
  // A quotation, or a reporting verb opening the line (after a time phrase: "since yesterday, says …").
  reported: new RegExp(`["\u201c\u201d]|^\\W*(?:(?:${longestFirst(c.timeLeads)})\\b[^.;:]{0,30}?[,\\s]\\s*)?(?:${longestFirst(c.verbs)})\\b`, 'i'),
  firstPerson: new RegExp(`\\b(?:${longestFirst(c.firstPerson)})\\b`, 'i'),
}));
const carerWords = (lex: ContextLexicon) => carerWordsOf(lex.speakers.carerReports);

/**
 * The carer keys the line with what the child says or does ("Parent: since yesterday \"won't stand up, says her back
 * hurts\"", "Mom: reports he has been falling", "Dad: says she won't walk"): an informant's report, so the line is the
 * child's history, not the carer's (context-lexicon speakers.carerReports). A carer's own illness ("Mom: spina bifida",
 * "Mother: 17 yo, sacral dimple") and a carer speaking of herself ("Mom: \"I had a dimple too\"") stay the carer's; a
 * sibling is never the informant here. The engine gives it to the note parser (notes/prose.ts reads the line as prose).
 */
export function reportsOnTheChild(rawKey: string, value: string, lex: ContextLexicon = contextLexicon()): boolean {
  const words = wordsOf(rawKey);
  if (!words.length || words.length > 2) return false;
  const c = carerWords(lex);
  if (!words.every((w) => c.relations.has(w))) return false;
  const head = value.slice(0, 300);
  return c.reported.test(head) && !c.firstPerson.test(head);
}

/**
 * The note with its tellers' lines read as the history. `ov` is the order vocabulary of the knowledge the note is read with:
 * a thread's study line is weighed with its closing words, order cues and refusals (threadStudyLineOf).
 */
export function withTellersRead(note: ParsedNote, k: Knowledge): ParsedNote {
  const ov = k.vocabulary;
  let any = false;
  for (const f of note.fields) if (!f.key && f.value) any = true;
  // No key to read and no line keyed with a dash (dashedTellers): nothing to do.
  if (!any && !SPACED_DASH.test(note.text)) return note;
  const v = tellerWords();
  // Built only when a thread's line opens on a study (studyRefused): most notes have none.
  const refusals = threadRefusals(note.text, ov);
  let conversation: boolean | undefined;
  const read = new Set<Field>();
  const clinicianLines = new Set<Field>();
  const assents = new Map<Field, number>();
  const thread: Field[] = [];
  const speakers = new Set<string>();
  const clinicians: Field[] = [];
  for (const f of note.fields) {
    if (f.key || !f.value || isHeading(f.rawKey)) continue;
    const who = tellerKey(f.rawKey, v);
    if (!who || nameOnly(f.value, v.credentials)) continue;
    // A line the parser or ownLine leaves as the teller's own ("Rads: xray won't tell you much at that age": "at that age"
    // is a marker of one's own past) still tells that the teller speaks in the thread.
    speakers.add(speakerOf(f.rawKey, v));
    if (ownLine(f.rawKey, f.value, v)) continue;
    if (who !== 'relative') clinicians.push(f);
    // A line holding a question ("[09:25] Paeds rad: MRI L spine?", "any night pain?") stays as the parser read it: a study or a
    // finding asked about is neither ordered nor found.
    if (who === 'thread') {
      if (!f.value.includes('?') && !studyRefused(f, refusals)) thread.push(f);
      continue;
    }
    if (who === 'relative') {
      conversation ??= isConversation(note.text, v);
      if (!conversation && !speaksAsParent(f.value, v)) continue;
    }
    read.add(f);
  }
  // A speaker known only as a thread's ("Paeds rad:", "[17:01] Dr Patel:") is read only in a thread: two speakers or more.
  // A single "Rad: accepted, CT C-spine …" or "Radiology reply: …" is a vetting or a reply line, read as before.
  if (speakers.size >= 2)
    for (const f of thread) {
      read.add(f);
      clinicianLines.add(f);
    }
  for (const f of read) {
    const assent = tellerKey(f.rawKey, v) !== 'relative' ? assentBeforeStudy(f.value, v) : 0;
    if (assent && !studyRefused({ ...f, value: f.value.slice(assent) }, refusals)) assents.set(f, assent);
  }
  // A study one clinician proposes and the next message, another clinician's, agrees to: the line is read from the study.
  const proposals = new Map<Field, number>();
  const nextMessage = nextMessages(note);
  if (speakers.size >= 2)
    for (const f of clinicians) {
      if (assents.has(f)) continue;
      const at = acceptedProposal(f, note, v, refusals, k, nextMessage);
      if (at < 0) continue;
      proposals.set(f, at);
      read.add(f);
      clinicianLines.add(f);
    }
  const dashed = dashedTellers(note.text, v, () => (conversation ??= isConversation(note.text, v)));
  if (!read.size && !dashed.length) return note;
  // The teller's name is blanked in the text the facts are read from (offsets unchanged), so "Parent:" does
  // not make the line the parent's own: the line is the child's story.
  const blanks = [...[...read].map((f) => f.keySpan), ...dashed].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const b of blanks) {
    parts.push(note.text.slice(at, b.start), ' '.repeat(b.end - b.start));
    at = b.end;
  }
  parts.push(note.text.slice(at));
  // A line already read as prose ("Mom's message: He finished …") stays so; any other is read as free text
  // of the history, as prose is (its order too: "me: whole body bone scan ordered today").
  return {
    ...note,
    text: parts.join(''),
    // A clinician's chat line the parser read as prose (a time before the speaker, "[15:20] Paeds rad:", or a speaker
    // of two words, "Rad reg:") is read as the one-word speaker's line is ("rads: XR T/L spine"): a carer's stays prose.
    fields: note.fields.flatMap((f) => {
      if (!read.has(f) || (f.prose && !clinicianLines.has(f))) return [f];
      const proposed = proposals.get(f);
      if (proposed === undefined) return [{ ...withoutAssent(f, assents.get(f) ?? 0), key: PRESENTATION, prose: false, inferred: true }];
      return fromProposedStudy(f, proposed, v).map((part) => ({ ...part, key: PRESENTATION, prose: false, inferred: true }));
    }),
  };
}

/**
 * A clinician's line whose study another clinician agreed to, read from the study (its offset `at` in the value): what the
 * line tells before it ("night pain is a flag.", "overuse picture -") stays the line's history, read apart, unless it is
 * only the words leading the study ("Start with", "needs"), which are passed over as an assent is.
 */
function fromProposedStudy(f: Field, at: number, v: TellerWords): Field[] {
  const before = f.value.slice(0, at);
  const words = toWords(before);
  const lead = findMatches(words, v.proposal.leads).find((m) => m.to === words.length && m.from === 0);
  if (!words.length || lead) return [withoutAssent(f, at)];
  const kept = before.replace(/[\s\-\u2013\u2014:;,]+$/, '');
  return [{ ...f, value: kept, valueSpan: { start: f.valueSpan.start, end: f.valueSpan.start + kept.length } }, withoutAssent(f, at)];
}

/**
 * A consult thread's proposal agreed (tellers.proposal): the offset in a clinician's line of a study proposed ("Start with
 * XR lumbar spine AP + lat, send me the images", "needs MRI L-spine w/o contrast", "overuse picture - XR lumbar spine
 * first") when the next message is another clinician's agreeing to it ("requested, xray this arvo", "booked.", "done");
 * else -1. The first study the line names must open it, a sentence or a spaced dash's clause, or follow a word leading a
 * proposal opening a clause ("night pain is a flag. Start with XR …"); its own clause holds nothing after its name but
 * closing words, with no negation. Refused: a line holding a question or a condition ("MRI if neuro signs"), a study put
 * off ("…, in 3 months"), a study told in a sentence of something else ("his brother needs an MRI", "she had an MRI"),
 * a reply that is a relative's or the same speaker's, one that declines, doubts or asks ("ok but mum says no", "not
 * yet", "ok?") or names another kind of study, and a later message taking imaging back.
 */
function acceptedProposal(f: Field, note: ParsedNote, v: TellerWords, refusals: ThreadRefusals, k: Knowledge, nextMessage: (f: Field) => Field | undefined): number {
  const line = refusals.line();
  const value = f.value;
  if (value.includes('?') || conditioned(value)) return -1;
  const words = toWords(value);
  const head = words.findIndex((_, i) => studyOpensAt(value, words, i));
  if (head < 0) return -1;
  const lead = findMatches(words.slice(0, head), v.proposal.leads).find((m) => m.to === head);
  const from = lead ? lead.from : head;
  // A label's colon before the study names whom or what it is for ("Twin brother: US spine.", "Sister (the 16 yo): needs
  // MRI …"): no sentence of the proposer's own opens there.
  if (from > 0 && value.slice(words[from - 1].end, words[from].start).includes(':')) return -1;
  if (from > 0 && !(lead ? breaksClause(value, words[from - 1].end, words[from].start) : opensSentence(value, words[from - 1].end, words[from].start))) return -1;
  let i = studyTailEnd(words, head, value) + 1;
  for (; i < words.length && !breaksClause(value, words[i - 1].end, words[i].start); i++) if (!line.closing.has(words[i].text) && !v.proposal.closing.has(words[i].text)) return -1;
  if (words.slice(from, i).some((_, j) => negates(words, from + j))) return -1;
  if (i < words.length && line.deferred(value.slice(words[i].start))) return -1;
  const study = value.slice(words[head].start);
  const asked = modalityOf(study, k);
  if (!laterClausesCarryOut(value, words.slice(i), asked, v, line, k)) return -1;
  // "For the brother - US spine first", "his sister needs MRI …": another person's study.
  if (readContext(value, words[head].start, words[studyTailEnd(words, head, value)].end).experiencer === 'other') return -1;
  if (refusals.takenBackAfter(f.lineSpan.end)) return -1;
  const reply = nextMessage(f);
  if (!reply || !agrees(reply, f, study, v, k)) return -1;
  if (takenBackLater(note, reply, asked, v, k)) return -1;
  return words[head].start;
}

/**
 * Every clause of the proposer's line after the study's own carries the order out ("I'll protocol it"; studyLine.ordering),
 * asks for its images ("send me the films"; referral.documentsSent verbs and documents), or rules out a study of another
 * kind ("needs MRI L-spine w/o contrast, not xray"). Anything else said of the study after it may judge it ("- low yield
 * here, I wouldn't bother", ", no.", "; pointless without red flags", "- wouldn't do it, physio"): no proposal then.
 */
function laterClausesCarryOut(value: string, rest: readonly Word[], asked: string | undefined, v: TellerWords, line: StudyLine, k: Knowledge): boolean {
  const clauses: Word[][] = [];
  rest.forEach((w, j) => {
    if (!clauses.length || (j > 0 && breaksClause(value, rest[j - 1].end, w.start))) clauses.push([]);
    clauses[clauses.length - 1].push(w);
  });
  return clauses.every((c) => {
    const negated = c.some((_, j) => negates(c, j));
    if (!negated) return c.some((w) => line.ordering.has(w.text)) || (findAny(c, v.documents.verbs).length > 0 && findAny(c, v.documents.documents).length > 0);
    if (!negates(c, 0) || c.length < 2) return false;
    const other = modalityOf(value.slice(c[1].start, c[c.length - 1].end), k);
    return other !== undefined && other !== asked;
  });
}

/**
 * A message after the agreeing reply takes the proposal back: a retraction ("sorry, ignore that", "scratch that";
 * proposal.retractions) or a negation before a study of the proposal's kind ("she doesn't need an xray", "she'd rather
 * not have the xray yet").
 */
function takenBackLater(note: ParsedNote, reply: Field, asked: string | undefined, v: TellerWords, k: Knowledge): boolean {
  const later = note.text.slice(reply.lineSpan.end);
  const words = toWords(later);
  if (findAny(words, v.proposal.retractions).length > 0) return true;
  return words.some((_, j) => negates(words, j) && j + 1 < words.length && asked !== undefined && modalityOf(clauseFrom(later, words, j + 1), k) === asked);
}

/** The text of the clause from word `j` on (to a comma, semicolon, stop or spaced dash). */
function clauseFrom(text: string, words: readonly Word[], j: number): string {
  let k = j;
  while (k + 1 < words.length && !breaksClause(text, words[k].end, words[k + 1].start)) k++;
  return text.slice(words[j].start, words[k].end);
}

/** A study's head word opening a study name at word `i` of the value ("XR lumbar spine", "MRI L-spine"). */
function studyOpensAt(value: string, words: readonly Word[], i: number): boolean {
  return startsWithStudy(value.slice(words[i].start));
}

/** A sentence's or a spaced dash's break between two words ("… a flag. Start with", "overuse picture - XR"): not a comma, nor a label's colon ("Twin brother: US spine."). */
function opensSentence(value: string, from: number, to: number): boolean {
  return /[.!;]|(?:^|[ \t])[-\u2013\u2014](?=[ \t]|$)/.test(value.slice(from, to));
}

/**
 * The message after a line: the next field of the note holding a value. Found for every field in one backward pass over
 * the note's fields, made on the first question (an indexOf and a scan per proposal line made a long thread quadratic);
 * a line not among them (a prose line) is followed by the note's first message, as an indexOf of -1 made it.
 */
function nextMessages(note: ParsedNote): (f: Field) => Field | undefined {
  let next: Map<Field, Field | undefined> | undefined;
  let first: Field | undefined;
  return (f) => {
    if (!next) {
      next = new Map();
      const fields = note.fields;
      work.steps += fields.length;
      // Backwards, so a field listed twice keeps its first place's next message, as indexOf found it.
      for (let j = fields.length - 1; j >= 0; j--) {
        next.set(fields[j], first);
        if (fields[j].value.trim()) first = fields[j];
      }
    }
    return next.has(f) ? next.get(f) : first;
  };
}

/**
 * The reply agrees to the study proposed (`study`, the proposal from its name on): another clinician's message that is
 * nothing but words of acceptance and thanks, one acceptance at least ("ok", "ok, thanks", "agreed"), or that opens on a
 * word of the order carried out, or has one open the clause right after its opening acceptance or thanks ("booked.",
 * "requested, xray this arvo", "ok - booked for Thurs"). A thanks alone agrees to nothing ("thanks, will discuss with the
 * family"). The whole reply holds no negation, "but" nor word of waiting, handing on or declining (proposal.notNow: "sure,
 * tho I'll wait for the bloods", "ok, after the holidays", "great, will pass that on"), its first sentence no question,
 * and it names no study of another kind ("understood, mum wants an xray first" answers an MRI with an X-ray).
 */
function agrees(reply: Field, f: Field, study: string, v: TellerWords, k: Knowledge): boolean {
  const who = reply.key ? undefined : tellerKey(reply.rawKey, v);
  if (!who || who === 'relative' || speakerOf(reply.rawKey, v) === speakerOf(f.rawKey, v)) return false;
  const text = reply.value.trimStart();
  const sentence = /^[^.!?\n]*[.!?]?/.exec(text)?.[0] ?? '';
  if (sentence.includes('?')) return false;
  const all = toWords(text);
  if (all.some((w, j) => negates(all, j) || w.text === 'but') || findAny(all, v.proposal.notNow).length > 0) return false;
  if (!acceptedOutright(text, all, v)) return false;
  const asked = modalityOf(study, k);
  const named = modalityOf(sentence, k);
  return !named || named === asked;
}

/**
 * The reply's words are all acceptances and thanks, one acceptance at least ("ok", "ok, thanks"), or, past its opening
 * acceptances and thanks, a word of the order carried out opens what follows ("booked", "ok - booked for Thurs").
 */
function acceptedOutright(text: string, words: readonly Word[], v: TellerWords): boolean {
  let i = 0;
  let accepted = false;
  for (;;) {
    const at = (set: PhraseSet) =>
      findMatches(words.slice(i), set)
        .filter((m) => m.from === 0)
        .sort((a, b) => b.to - a.to)[0];
    const a = at(v.proposal.acceptances);
    const t = a ? undefined : at(v.proposal.thanks);
    const m = a ?? t;
    if (!m) break;
    accepted ||= !!a;
    i += m.to;
  }
  if (i >= words.length) return accepted;
  const done = findMatches(words.slice(i), v.proposal.carriedOut).find((m) => m.from === 0);
  return !!done && (i === 0 || breaksClause(text, words[i - 1].end, words[i].start) || /^\s+$/.test(text.slice(words[i - 1].end, words[i].start)));
}

/** The kind of study a text names first (MRI, X-ray, US, CT …), as the order reader reads it; undefined when it names none. */
function modalityOf(text: string, k: Knowledge): string | undefined {
  const r = readOrder(text, undefined, k);
  return r.status === 'recognized' ? r.procedure?.modality : undefined;
}

const PRESENTATION = lookupKey('Presentation')!;

/**
 * The length of a clinician's word of assent opening a chat line right before a study ("ok US lumbosacral spine, I'll
 * protocol it", "fine, xray LS spine", "sure - MRI L-spine w/o"; reading-vocabulary tellers.assents) with the comma or
 * dash after it: the word agrees to what was asked and is blanked, so the study opens the line as in "rads: US …".
 * Never before anything else ("ok so indeterminate", "ok if mum agrees, MRI …", "fine for now, no imaging"). The line's
 * value then starts after it (withoutAssent).
 */
function withoutAssent(f: Field, length: number): Field {
  return length ? { ...f, value: f.value.slice(length), valueSpan: { start: f.valueSpan.start + length, end: f.valueSpan.end } } : f;
}

/**
 * A clinician's line read only in a thread ("[09:25] Paeds rads:", "Rad reg:", "[17:01] Dr Patel:") or after an assent
 * ("fine, XR L spine …") that opens on a study is the order only when the study stands alone on it (studyStandsAlone) and
 * no later message in the note declines or takes back imaging ("family keen to avoid MRI … no imaging for now", "parents
 * declined the scan": order-vocabulary prose.noImaging, prose.declinedAfter). A radiologist names a study to weigh it as
 * often as to order it. A line opening on anything else is left to the note's other readings, which hold their own refusals.
 */
function studyRefused(f: Field, r: ThreadRefusals): boolean {
  const value = f.value.trimStart();
  if (!startsWithStudy(value)) return false;
  if (!studyStandsAlone(value, r.line())) return true;
  return r.takenBackAfter(f.lineSpan.end);
}

/** A note's thread lines' study words (StudyLine), and whether a later message takes imaging back, each worked out once per note. */
interface ThreadRefusals {
  line: () => StudyLine;
  /** A phrase of StudyLine.takenBack starts at or after `at` in the note. */
  takenBackAfter: (at: number) => boolean;
}

/**
 * The note's words are read once, with the last start of a phrase taking imaging back: a line is taken back when that start is at
 * or after the line's end. One read per note, not one of the rest of the note per line (a long thread was quadratic). The
 * same answer as reading the words after the line: phrases match forward from their first word, and where `at` falls inside
 * a word (never at a line's end) the words after it are read as before.
 */
function threadRefusals(text: string, ov: OrderVocabulary): ThreadRefusals {
  let line: StudyLine | undefined;
  let words: Word[] | undefined;
  let lastStart: number | undefined;
  const r: ThreadRefusals = {
    line: () => (line ??= threadStudyLineOf(ov)(readingVocabulary())),
    takenBackAfter: (at) => {
      words ??= toWords(text);
      const k = lowerBound(words, (w) => w.start, at);
      if (k > 0 && words[k - 1].end > at) return findAny(toWords(text.slice(at)), r.line().takenBack).length > 0;
      if (lastStart === undefined) {
        lastStart = -1;
        for (const m of findAny(words, r.line().takenBack)) lastStart = Math.max(lastStart, m.start);
      }
      return lastStart >= at;
    },
  };
  return r;
}

/**
 * The study opening the line stands alone: its own clause holds after the study's name only words that close an order
 * ("now", "today", "urgent", "next list"; order-vocabulary closingStudyEnds and closingLeads, tellers.studyLine.closing),
 * and every later clause or sentence tells the order carried out ("I'll protocol it", "will add to tomorrow's list";
 * explicitCues and tellers.studyLine.ordering), with no negation. No condition and no question anywhere on the line.
 * So a rejection after the study ("– no.", "low yield, I'd not do it", "not at this stage", "pas nécessaire",
 * "unnecessary"), a result ("nothing acute"), a condition ("should red flags appear"), a deferral ("in 3 months", "later
 * maybe, physio first", "at review next month", "…, will book it for when she is 6 months") or a question without its mark ("would that change management") is no order.
 */
function studyStandsAlone(value: string, l: StudyLine): boolean {
  if (value.includes('?') || conditioned(value)) return false;
  const words = toWords(value);
  if (studyHead(words) !== 0) return false;
  let i = studyTailEnd(words, 0, value) + 1;
  for (; i < words.length && !breaksClause(value, words[i - 1].end, words[i].start); i++) if (!l.closing.has(words[i].text) && !l.ordering.has(words[i].text)) return false;
  const clauses: Word[][] = [];
  for (; i < words.length; i++) {
    if (!clauses.length || breaksClause(value, words[i - 1].end, words[i].start)) clauses.push([]);
    clauses[clauses.length - 1].push(words[i]);
  }
  if (clauses.length && l.deferred(value.slice(clauses[0][0].start))) return false;
  return clauses.every((c) => c.some((w) => l.ordering.has(w.text)) && !c.some((_, j) => negates(c, j)));
}

function assentBeforeStudy(value: string, v: TellerWords): number {
  const m = /^[ \t]*([A-Za-z]+)[ \t]*[,\u2013\u2014-]?[ \t]*/.exec(value);
  const at = m && v.assents.has(m[1].toLowerCase()) && m[0].length < value.length ? m[0].length : 0;
  if (startsWithStudy(value.slice(at))) return at;
  const carried = carryingOutBefore(value.slice(at), v);
  return carried ? at + carried : 0;
}

/**
 * The length of the words a clinician carries a study out with, opening the line or right after an assent, before the
 * study ("ok doing XR LS spine AP/lat today", "will book MRI L-spine w/o"; tellers.proposal.carryingOut), with the space
 * after them; 0 when no study follows them. The study must then stand alone (studyRefused), as after an assent.
 */
function carryingOutBefore(value: string, v: TellerWords): number {
  const words = toWords(value);
  const m = findMatches(words, v.proposal.carryingOut).find((x) => x.from === 0 && x.to < words.length);
  if (!m || breaksClause(value, words[m.to - 1].end, words[m.to].start)) return 0;
  const at = words[m.to].start;
  return startsWithStudy(value.slice(at)) ? at : 0;
}

/** What may follow a study a thread's clinician names alone (studyStandsAlone), and what later takes it back (studyRefused). */
interface StudyLine {
  closing: Set<string>;
  ordering: Set<string>;
  takenBack: PhraseSet;
  deferred: (rest: string) => boolean;
}

/**
 * reading-vocabulary tellers.studyLine with the order vocabulary's closing words, order cues and words declining imaging
 * (studyStandsAlone), built once per pair of vocabularies: keyed by both, so a note read with other knowledge never gets
 * another's words.
 */
const threadStudyLineOf = perVocabulary((ov: OrderVocabulary) => perVocabulary((v: ReadingVocabulary) => threadStudyLine(v, ov)));
function threadStudyLine(v: ReadingVocabulary, ov: OrderVocabulary): StudyLine {
  const ow = orderWords(ov);
  const single = (phrases: readonly string[]) => phrases.filter((p) => !/\s/.test(p));
  const prose = ov.prose;
  return {
    closing: new Set([...ow.closingStudyWords, ...ow.closingLeads, ...v.tellers.studyLine.closing]),
    ordering: new Set([...single(prose.explicitCues), ...v.tellers.studyLine.ordering]),
    takenBack: phraseSetOf([...prose.noImaging, ...prose.declinedAfter, ...v.tellers.studyLine.takenBack]),
    // "…, will book for when she is 6 months", "…, will order then": the order carried out later, or left to another.
    deferred: (rest) => timedLater(rest, ow.letterSuggestion) || findAny(toWords(rest), ow.orderedLater).length > 0 || findAny(toWords(rest), ow.until).length > 0,
  };
}

/** A line keyed by a few words and a dash ("Mom - he has had fever since Tuesday", "Dad - had a discectomy at 30"). */
const DASH_KEYED = /^([ \t]*)([A-Za-z][A-Za-z' ]{0,40}?)[ \t]+[-\u2013\u2014][ \t]+(\S[^\r\n]*?)\r?$/gm;
/** The dash of a DASH_KEYED line with the space or tab right before and after it. */
const SPACED_DASH = /[ \t][-\u2013\u2014][ \t]/;

/**
 * A relative's line keyed with a dash rather than a colon, inside another line's value ("Mom - has had fever since
 * Tuesday"): told as a colon-keyed line is. The relative's name, read as the experiencer before a dash as before a colon
 * (context.ts), is blanked where the line tells the child's story: in a conversation note or where it speaks as the
 * parent, and not the relative's own history (`ownLine`). Only relatives: a clinician's dash line keeps its words.
 */
function dashedTellers(text: string, v: TellerWords, conversation: () => boolean): Span[] {
  const out: Span[] = [];
  // Every line DASH_KEYED matches holds a dash with a space or tab on each side: a note without one (most: "L-spine",
  // "2026-02-28" have none) has no such line, and is not scanned line by line.
  if (!SPACED_DASH.test(text)) return out;
  for (const m of text.matchAll(DASH_KEYED)) {
    const [, indent, key, value] = m;
    if (tellerKey(key, v) !== 'relative' || nameOnly(value, v.credentials) || ownLine(key, value, v)) continue;
    if (!conversation() && !speaksAsParent(value, v)) continue;
    const start = m.index + indent.length;
    out.push({ start, end: start + key.length });
  }
  return out;
}

interface TellerWords {
  relatives: Set<string>;
  clinicians: Set<string>;
  /** The clinicians' words with those read only in a thread (tellers.threadClinicians: "rad", "radiology"). */
  threadClinicians: Set<string>;
  modifiers: Set<string>;
  message: Set<string>;
  parent: PhraseSet;
  conversation: PhraseSet;
  notConversation: PhraseSet;
  credentials: Set<string>;
  assents: Set<string>;
  /** A chat line's time opening its key, maybe after its day ("[14:02] Dr K", "[Mon 08:02] Beth"; chatTimeOf). */
  chatTime: RegExp;
  /** A study proposed and agreed in a thread (acceptedProposal), and words carrying a study out (carryingOutBefore). */
  proposal: {
    leads: PhraseSet;
    closing: Set<string>;
    acceptances: PhraseSet;
    thanks: PhraseSet;
    carriedOut: PhraseSet;
    notNow: PhraseSet;
    retractions: PhraseSet;
    carryingOut: PhraseSet;
  };
  /** A clause asking for a study's images (reading-vocabulary referral.documentsSent: "send me the films"). */
  documents: { verbs: PhraseSet; documents: PhraseSet };
  own: {
    ageFrom: number;
    phrases: PhraseSet;
    unlessChild: PhraseSet;
    markers: PhraseSet;
    childWords: Set<string>;
    female: Set<string>;
    male: Set<string>;
    ageBefore: PhraseSet;
    notAges: Set<string>;
    notAfter: Set<string>;
    adultConditions: PhraseSet;
  };
}

const tellerWordsOf = perVocabulary((v: ReadingVocabulary): TellerWords => {
  const speakers = contextLexicon().speakers;
  return {
    relatives: new Set(v.tellers.relatives),
    clinicians: new Set(v.tellers.clinicians),
    threadClinicians: new Set([...v.tellers.clinicians, ...v.tellers.threadClinicians]),
    modifiers: new Set(v.tellers.modifiers),
    message: new Set(v.tellers.messageWords),
    parent: phraseSetOf(v.tellers.speaksAsParent),
    conversation: phraseSetOf(v.tellers.conversationNotes),
    notConversation: phraseSetOf(v.tellers.notConversations),
    credentials: new Set(v.tellers.credentials),
    assents: new Set(v.tellers.assents),
    chatTime: chatTimeOf(v.tellers.chatDays),
    proposal: {
      leads: phraseSetOf(v.tellers.proposal.leads),
      closing: new Set(v.tellers.proposal.closing),
      acceptances: phraseSetOf(v.tellers.proposal.acceptances),
      thanks: phraseSetOf(v.tellers.proposal.thanks),
      carriedOut: phraseSetOf(v.tellers.proposal.carriedOut),
      notNow: phraseSetOf(v.tellers.proposal.notNow),
      retractions: phraseSetOf(v.tellers.proposal.retractions),
      carryingOut: phraseSetOf(v.tellers.proposal.carryingOut),
    },
    documents: { verbs: phraseSetOf(v.referral.documentsSent.verbs), documents: phraseSetOf(v.referral.documentsSent.documents) },
    own: {
      ageFrom: v.tellers.ownLine.ownAgeFrom,
      phrases: phraseSetOf(v.tellers.ownLine.phrases),
      unlessChild: phraseSetOf(v.tellers.ownLine.unlessChild),
      markers: phraseSetOf(speakers.ownHistory.markers),
      childWords: new Set(v.tellers.ownLine.childWords),
      female: new Set(speakers.genders.female),
      male: new Set(speakers.genders.male),
      ageBefore: phraseSetOf(v.tellers.ownLine.adultAge.before),
      notAges: new Set(v.tellers.ownLine.adultAge.notAges),
      notAfter: new Set(v.tellers.ownLine.adultAge.notAfter),
      adultConditions: phraseSetOf(v.tellers.ownLine.adultConditions),
    },
  };
});
const tellerWords = (v: ReadingVocabulary = readingVocabulary()) => tellerWordsOf(v);

/**
 * Who the key names as the teller: a relative ("Parent", "Mom's message", "Message from dad"), a clinician
 * ("pcp", "peds rads", "ED resident"), or no teller (any other word: "Mom's hx", "Parent name", "Caller").
 * A relative with a message word is told as a clinician is: in any note.
 */
function tellerKey(rawKey: string, v: TellerWords): 'relative' | 'clinician' | 'thread' | undefined {
  const time = v.chatTime.exec(rawKey);
  if (!time) return tellerWordsKey(rawKey, v, v.clinicians) ?? (tellerWordsKey(rawKey, v, v.threadClinicians) === 'clinician' ? 'thread' : undefined);
  // A relative's timed line ("[14:02] Mum:") stays unread, as before.
  const key = rawKey.slice(time[0].length);
  return tellerWordsKey(key, v, v.threadClinicians) === 'clinician' || chatSpeaker(key, v) ? 'thread' : undefined;
}

/** The speaker of a chat line, for telling speakers apart: the key without its time, in lower case. */
function speakerOf(rawKey: string, v: TellerWords): string {
  const time = v.chatTime.exec(rawKey);
  return (time ? rawKey.slice(time[0].length) : rawKey)
    .replace(/\([^()]*\)/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A secure-message or chat thread's time opening a speaker's key, its day named from reading-vocabulary tellers.chatDays ("[14:02] Dr K", "08:40 Rads", "7:58 pm NP Kaye",
 * "[Mon 08:02] Beth (NP, …)"): the time says when the message was sent, not who sent it.
 */
const chatTimeOf = perVocabulary(
  (days: readonly string[]) => new RegExp(String.raw`^[ \t]*\[?(?:(?:${alternation(days)})[a-z]*\.?[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?\]?[ \t]+(?=\S)`, 'i'),
);

/**
 * In a timestamped thread, a speaker named as a clinician names himself: a title and a name ("Dr Patel", "Dr A.
 * Kowalczyk"), a clinician's word and a name ("NP Jo Darcy", "GP Adams", "Dr Quigley rads"), or a name with the
 * clinician's role in brackets ("Dr Patel (paeds radiology)", "Beth (NP, Lake Cargelligo)"). Only with the time: without
 * it "Dr Smith:" may head a letter's list of who was told. A relative's name is never read so ("Mum (Sarah)" has no
 * clinician's word).
 */
function chatSpeaker(key: string, v: TellerWords): 'clinician' | undefined {
  const bracket = /^([^()]*)\(([^()]*)\)[ \t]*$/.exec(key);
  if (bracket) {
    const role = bracket[2].split(/[,;]/)[0];
    return nameWords(bracket[1], v, false) && tellerWordsKey(role, v, v.threadClinicians) === 'clinician' ? 'clinician' : undefined;
  }
  return nameWords(key, v, true) ? 'clinician' : undefined;
}

/** Capitalised name words, with a title (credentials: "Dr", "NP") or a clinician's word among them when `titled`. */
function nameWords(text: string, v: TellerWords, titled: boolean): boolean {
  const words = text.split(/[\s.]+/).filter(Boolean);
  if (!words.length || words.length > 4) return false;
  let title = false;
  let name = false;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (v.credentials.has(lower) || v.threadClinicians.has(lower)) title = true;
    else if (/^\p{Lu}[\p{L}'-]*$/u.test(w)) name = true;
    else return false;
  }
  return name && (title || !titled);
}

/** Who the key's words name as the teller (tellerKey without a chat's time or name). */
function tellerWordsKey(rawKey: string, v: TellerWords, clinicians: Set<string>): 'relative' | 'clinician' | undefined {
  const words = toWords(rawKey.slice(0, 60)).map((w) => w.text);
  if (!words.length || words.length > 5) return undefined;
  let relative = false;
  let clinician = false;
  let message = false;
  for (const w of words) {
    if (v.relatives.has(w)) relative = true;
    else if (clinicians.has(w)) clinician = true;
    else if (v.message.has(w)) message = true;
    else if (!v.modifiers.has(w)) return undefined;
  }
  if (clinician || (relative && message)) return 'clinician';
  return relative ? 'relative' : undefined;
}

/** A value that only names someone: "Dr Smith", "Maria Lopez", "Dr. A. Patel, MD" (capitalised words and credentials, no number). */
function nameOnly(value: string, credentials: Set<string>): boolean {
  const text = value.slice(0, 120);
  if (/\d/.test(text)) return false;
  const words = text.split(/[\s,.;:()'"-]+/).filter(Boolean);
  if (!words.length || words.length > 6) return false;
  return words.every((w) => credentials.has(w.toLowerCase()) || /^\p{Lu}(?:\p{Ll}+)?$/u.test(w));
}

/** The note's first line names a conversation: a call, a message, a portal or chat note (reading-vocabulary.json tellers.conversationNotes). */
export function isConversationNote(text: string): boolean {
  return isConversation(text, tellerWords());
}

function isConversation(text: string, v: TellerWords): boolean {
  let end = 0;
  while (end < text.length && end < 200 && (text[end] !== '\n' || !text.slice(0, end).trim())) end++;
  const words = toWords(text.slice(0, end));
  // "Called to delivery for fetal bradycardia" calls the writer to a bedside: no conversation.
  return has(words, v.conversation) && !has(words, v.notConversation);
}

/**
 * The line tells the teller's own history (reading-vocabulary.json tellers.ownLine): "Mother: 32 yo,
 * gestational diabetes", "Mom: I had a spinal cord tumor removed", "Dad: had a tethered cord release as a
 * child", "Mother: back pain herself". A line with no such cue is the child's: "Mom: has had back pain for 2
 * weeks" in a call note tells the child's pain.
 */
function ownLine(rawKey: string, value: string, v: TellerWords): boolean {
  const o = v.own;
  const key = toWords(rawKey.slice(0, 60)).map((w) => w.text);
  const words = toWords(value.slice(0, 2_000));
  if (!words.length) return false;
  // The teller's own age or obstetric history opens the line.
  const first = /^(\d{1,3})(?:yo|y|yr|yrs|years?)?$/.exec(words[0].text);
  if (first && Number(first[1]) >= o.ageFrom) return true;
  if (words.slice(0, 4).some((w) => /^g\d{1,2}p\d{1,4}$/.test(w.text))) return true;
  if (has(words, o.phrases)) return true;
  const gendered = key.some((w) => o.female.has(w)) ? FEMALE : key.some((w) => o.male.has(w)) ? MALE : undefined;
  if (words.some((w) => (gendered === FEMALE && w.text === 'herself') || (gendered === MALE && w.text === 'himself'))) return true;
  // The teller's age at an event ("Dad: had a discectomy at 30", "Grandma: hip fracture at age 70", "in her 40s").
  if (adultAgeAt(value, words, o)) return true;
  // The rest only in a line that names no child ("Mom: he had a deeper dimple as a newborn" is the child's);
  // the words of a marker name none ("as a child").
  const marked = new Set<number>();
  for (const m of findMatches(words, o.markers)) for (let i = m.from; i < m.to; i++) marked.add(i);
  if (words.some((w, i) => o.childWords.has(w.text) && !gendered?.has(w.text) && !marked.has(i))) return false;
  if (marked.size > 0 || has(words, o.unlessChild)) return true;
  // An adult's illness or operation ("Grandma: has osteoporosis and a compression fracture", "Grandpa: prostate cancer"),
  // in a line with no pronoun at all: "Mom: she has osteoporosis from steroids" may tell the daughter's.
  return !words.some((w) => o.childWords.has(w.text)) && has(words, o.adultConditions);
}

/**
 * An adult's age at an event: a whole number of at least `ageFrom` right after an `adultAge.before` phrase ("at 30", "at
 * age 45", "aged 40"), not a measure ("at 32 weeks", "at 39.5", "39°") nor after a vital sign's word ("fever at 39");
 * or a decade of life after "in" ("in her 40s", "in his 50s").
 */
function adultAgeAt(value: string, words: readonly Word[], o: TellerWords['own']): boolean {
  // Word offsets are the value's (ownLine reads the value from its start).
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    const decade = /^([2-9])0s$/.exec(w);
    if (decade && Number(decade[1]) * 10 >= o.ageFrom && words.slice(Math.max(0, i - 2), i).some((x) => x.text === 'in')) return true;
    if (!/^\d{2,3}$/.test(w) || Number(w) < o.ageFrom || Number(w) > 120) continue;
    const from = Math.max(0, i - 4);
    const lead = findMatches(words.slice(from, i), o.ageBefore).find((m) => from + m.to === i);
    if (!lead) continue;
    // A decimal, a time, a degree, a gestation's days ("37+5"), a ratio or a percent: a measure, no age.
    if (/^(?:[.,:]\d|\s*°|[+/%])/.test(value.slice(words[i].end, words[i].end + 3))) continue;
    const next = words[i + 1];
    if (next && o.notAges.has(next.text) && next.start - words[i].end <= 1) continue;
    const k = from + lead.from - 1;
    if (k >= 0 && o.notAfter.has(words[k].text)) continue;
    return true;
  }
  return false;
}

/** The pronouns of a teller of that gender: in its own line they name the teller, not the child. */
const FEMALE = new Set(['she', 'her']);
const MALE = new Set(['he', 'him', 'his']);

function speaksAsParent(value: string, v: TellerWords): boolean {
  return has(toWords(value.slice(0, 2_000)), v.parent);
}

function has(words: readonly Word[], set: PhraseSet): boolean {
  return findAny(words, set).length > 0;
}
