/** readFacts: a parsed note read into its Facts. Each reader it calls lives in a module named for what it reads. */
import { dimpleChecklist } from './dimple-checklist';
import { absentSkin, legPainAsRadicular, nativeBackPainGated, nativeInjuryGated, sentenceGated, sentenceOf } from './gated-phrases';
import { pastFebrileEpisodes } from './febrile-episodes';
import { counselledInGeneral } from './counselled-general';
import { safetyNets } from './safety-net';
import { isCaseNarrative, narrativeOrder, reportDone, reportOnTop } from './narrative';
import type { Knowledge } from '../knowledge/knowledge';
import type { FindingCategoryT, OrderVocabulary } from '../knowledge/schema';
import type { IsoDate } from '../notes/age';
import { isAboutRelative, isOrderKeyed, isPriorityKey, isWritersLanguageOrderKey } from '../notes/headings';
import {
  type KeyName,
  isAskedPlanSpelling,
  isBesidesSpelling,
  isClosingPlanSpelling,
  isNativePlanSpelling,
  isPositiveOnlyPlanSpelling,
  isPaneSpelling,
  isTranslatedPlanSpelling,
  lookupKey,
  normalizeKey,
} from '../notes/keys';
import type { Field, ParsedNote } from '../notes/parser';
import { blankPlaceholders } from '../notes/placeholders';
import { blankStruckOut } from '../notes/struck-out';
import type { Span } from '../notes/text';
import { toWords } from '../notes/words';
import { work } from '../notes/work';
import { type AgeFact, readAge, shortLines, withAgeRunOnRead } from './age-fact';
import { type DimpleDescription, dimpleLineGoesOn, readDimple } from './dimple';
import { othersAccidents, readReferral, readTrauma } from './events';
import { type FormReading, formView, holdsBox, noBoxTicked, readForm } from './form';
import { copiedBlocks, currentFields } from './copied';
import { withHandoffRead } from './handoff';
import {
  baselineDeficits,
  cancerInstitutions,
  markerClinics,
  clarifiedAway,
  questionSettled,
  cleftQueryDenied,
  explainedAway,
  firstVoidOfNewborn,
  radiotherapy,
  limpOfTheBody,
  retractedInError,
  swellingAfterInjury,
  temperatures,
  zeroScores,
} from './guards';
import { type FindingHit, dedupe, fieldWords, forgetFieldWords, historyIsThePresentIllness, isClinicalHistoryKey, isNormalValue, readFindings } from './findings';
import { contextLexicon } from './lexicon';
import { positiveOnlyStudy, undoneLater } from './positive-only-study';
import { readExamItems } from './neuro-exam';
import { namesOnlyAnotherPart, readContrast, readOrder } from './order';
import { type QuizReading, readQuiz } from './quiz';
import { type PriorStudy, readPriorImaging, readPriorStudy } from './prior';
import { requestHistories, withLetterOrdersAsReferrals, withQuotedRequestsRead } from './request';
import { softwareAlertSpans, withAlertLogOrderRead } from './alerts';
import { withTellersRead } from './tellers';
import { toldFlags } from './told-flags';
import { withUnknownKeysRead } from './unknown-keys';
import { DATED, escapeRegExp, perVocabulary, wordSetOf } from './patterns';
import { findAny, type PhraseSet, phraseSetOf, type ReadingVocabulary, readingVocabulary } from './vocabulary';
import { unexplainedBruise } from './unexplained-bruise';
import { spreadOfOthersCancer } from './others-spread';
import { PRESENTATION } from './order-openings';
import type { Facts } from './note-facts';
import { NAMES_A_STUDY, STUDY_NAMED, STUDY_WORDS, US_WORDS, startsWithStudy } from './study-names';
import { first, chosenStudyField, contrastTicked, inlineOrderKeyed, examKeyedOrder } from './keyed-study';
import { onlyCheckMarks, readNeuro, neuroTextParts, abnormalInText, readNeuroInText } from './neuro-text';
import { readListedRedFlags } from './listed-red-flags';
import { readPainWeeks } from './pain-duration';
import { RESULT_WORD, reportOnNextLine } from './study-reported';
import { diagnosticsOrders, diagnosticsReported, isDiagnosticsReport, isStudiesKey, resultsUnderStudiesKey, studiesKeyReports, toldDone, minutesPlanRead } from './studies-key';
import { ofOtherRegion, readPriorInText, relativesStudy } from './prior-in-text';
import { keyedByItsStudy, shortLineStudy } from './study-keyed-lines';
import { type OrderWords, orderWords } from './order-words';
import { withoutPlanSentences } from './order-after-none';
import { recordAfterStudy } from './study-mentions';
import { sentenceAround } from './clauses';
import {
  cancerReturnsInCancerNote,
  cancerSuspectedInPlan,
  painAfterBackInjury,
  radicularPainFromBack,
  suspectedCancerIsSuspectedTumor,
  painBehaviourWithSpinalSuspicion,
} from './implied-findings';
import { hemangiomasOfOrgans, infiltrationsNotSuspected } from './organ-words';
import { constipationSoilingNoSign, primaryEnuresisNoSign } from './primary-enuresis';
import { developmentalClumsinessNoSign } from './developmental-clumsiness';
import { markersToldGone } from './marker-gone';
import { markersPlacedElsewhere, markersWithCorrectedPlace, infectionsPlacedElsewhere, genericMarkersNamedElsewhere, pilonidalContrastReasons } from './marker-places';
import { noImagingDeclared, isOrderLine, noImagingStatement, opensOnStudy, type OrderFinding, type MayDeclare } from './no-imaging';
import { readOrderCandidate, billedField } from './order-candidate';
import { orderOfAnotherVisit } from './order-another-visit';
import { takenBackOnLaterLine } from './order-taken-back-later';
import { WITHDRAWN, changedInPlace, withdrawnInPlace, withdrawnAfter, cancelledThenReplaced } from './order-withdrawn';

export type { AgeFact } from './age-fact';
export type { FindingHit } from './findings';
export type { TraumaFact, ReferralFact } from './events';
export type { Facts } from './note-facts';

/** Known-key fields and the free text of the note (read as history), in one list. */
function readableFields(note: ParsedNote, form: FormReading): Field[] {
  const out = note.fields.filter((f) => f.key);
  if (note.prose.length) out.push(...note.prose);
  if (form.lines.length) out.push(...formQuestions(note, form));
  return out;
}

/**
 * A form's line under a key the language does not know is a question and its ticked answer ("NSGY
 * referral: [x] placed", "Onset: [x] trauma - mechanism: ***", "Foot deformity: [ ] yes [x] no"):
 * the key says what is asked, so the whole line is read as free text (unless already read as prose).
 */
function formQuestions(note: ParsedNote, form: FormReading): Field[] {
  const out: Field[] = [];
  // Fields, form lines and prose are all in text order: one pointer each.
  let line = 0;
  let prose = 0;
  let box = 0;
  for (const f of note.fields) {
    if (f.key || f.prose) continue;
    while (line < form.lines.length && form.lines[line].end < f.keySpan.start) line++;
    if (line >= form.lines.length) break;
    if (form.lines[line].start > f.valueSpan.end) continue;
    const span = { start: f.keySpan.start, end: f.valueSpan.end };
    // A question with no box ticked ("NSGY referral: [ ] placed") says nothing.
    let ticked = false;
    for (; box < form.boxes.length && form.boxes[box].start < span.end; box++) if (form.boxes[box].start >= span.start && form.boxes[box].checked) ticked = true;
    if (!ticked) continue;
    while (prose < note.prose.length && note.prose[prose].valueSpan.end <= span.start) prose++;
    work.steps++;
    if (prose < note.prose.length && note.prose[prose].valueSpan.start < span.end) continue;
    out.push({ key: PRESENTATION, rawKey: f.rawKey, keySpan: f.keySpan, valueSpan: span, value: note.text.slice(span.start, span.end), lineSpan: f.lineSpan, inferred: true });
  }
  return out;
}

/** A field as the form is filled in (formView): its value with unticked options blanked, trimmed; the field itself when nothing changed. */
function filledIn(f: Field, view: string): Field {
  const raw = view.slice(f.valueSpan.start, f.valueSpan.end);
  if (raw === f.value) return f;
  const value = raw.trim();
  const start = f.valueSpan.start + (value ? raw.indexOf(value) : 0);
  return { ...f, valueSpan: { start, end: start + value.length }, value };
}

/** The note with these spans blanked to spaces (offsets unchanged). */
function withBlanks(note: ParsedNote, spans: readonly Span[]): ParsedNote {
  const parts: string[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    parts.push(note.text.slice(at, from), note.text.slice(from, s.end).replace(/[^\n]/g, ' '));
    at = s.end;
  }
  parts.push(note.text.slice(at));
  const text = parts.join('');
  return { ...note, text, fields: note.fields.map((f) => filledIn(f, text)), prose: note.prose.map((f) => filledIn(f, text)) };
}

/** The order a quiz's answer decides: the study it names (read as an order line), none, or the order read when its study is not one. */
function quizOrder(text: string, d: NonNullable<QuizReading['decision']>, contrast: string | undefined, k: Knowledge, read: Facts['order']): Facts['order'] {
  if ('none' in d) return undefined;
  const value = text.slice(d.study.start, d.study.end);
  const reading = readOrder(value, contrast, k);
  if (reading.status !== 'recognized') return read;
  const field: Field = { key: PRESENTATION, rawKey: 'order', keySpan: { start: d.study.start, end: d.study.start }, valueSpan: d.study, value, lineSpan: d.study, inferred: true };
  return { field, reading };
}

/**
 * The note with its template placeholders (notes/placeholders.ts) and the words its writer struck out (notes/struck-out.ts)
 * blanked, offsets unchanged; the note itself when it holds neither.
 */
function withoutPlaceholders(note: ParsedNote): ParsedNote {
  const text = blankStruckOut(blankPlaceholders(note.text));
  if (text === note.text) return note;
  return { ...note, text, fields: note.fields.map((f) => filledIn(f, text)), prose: note.prose.map((f) => filledIn(f, text)) };
}

/**
 * `list.flatMap(each)` for a callback that returns an array: V8's flatMap takes its generic path on every call (about
 * 1 µs for a note's few fields, against a few dozen ns for this loop), and readFacts runs four a note.
 */
function flatMapped<T, U>(list: readonly T[], each: (x: T) => readonly U[]): U[] {
  const out: U[] = [];
  for (const x of list) for (const y of each(x)) out.push(y);
  return out;
}

/**
 * readFacts is a chain of readers, each its own function: V8 compiles a function whole, and one reader's
 * unexpected object shape then recompiles only that reader, not all of readFacts (a cold start recompiled
 * the single ~700-line function many times at ~400 ms of compiler time each).
 */
export function readFacts(note: ParsedNote, k: Knowledge, today: IsoDate, spelledStudies: readonly Span[] = []): Facts {
  forgetFieldWords();
  const rewritten = noteAsRewritten(note, k);
  const v = fieldViews(rewritten.note, k);
  // The optional facts are present from the start, undefined, in the order the readers set them: every note's Facts
  // then has one hidden class (a dimple or a request's reasons told in some notes only made the rules' loads of
  // ctx.facts see new ones), and JSON, which leaves undefined out, writes the same keys in the same order.
  const facts: Facts = {
    ageProblems: [],
    hits: [],
    neuro: { state: 'unknown' },
    listedRedFlags: [],
    prior: [],
    referral: { neurosurgery: false },
    trauma: { significance: 'none' },
    requestReasons: undefined,
    age: undefined,
    dimple: undefined,
    painWeeks: undefined,
    order: undefined,
    noImagingOrdered: undefined,
  };
  if (v.reasons.length) facts.requestReasons = v.reasons.map((f) => f.valueSpan);
  const reporting = readAgeAndFindings(facts, v, k, today);
  readDimpleFact(facts, v);
  readNeuroFact(facts, v);
  examSignsAreNoSymptoms(facts);
  readListedRedFlags(v.text, v.all, facts);
  // The note's lines under keys the language does not know: a form's "Duration:" among them (pain-duration.ts).
  facts.painWeeks = readPainWeeks(v.text, facts.hits, v.all, facts.age, v.note.fields);
  const onTop = readPriorFacts(facts, v, k, reporting);
  readOrderFacts(facts, v, k, onTop, rewritten, spelledStudies);
  readTraumaAndReferral(facts, v, today);
  forgetFieldWords();
  return facts;
}

/** The note once every reader that rewrites it has (keys read, placeholders and software words blanked), with its quiz. */
interface RewrittenNote {
  note: ParsedNote;
  quiz: QuizReading | undefined;
  /** The text the quiz was read from, before its choices were blanked. */
  quizText: string;
}

function noteAsRewritten(note: ParsedNote, k: Knowledge): RewrittenNote {
  // "Plan: MRI L-spine / Outcome: discharged home": a meeting's outcome beside the plan is not the plan (withMinutesRead).
  note = withMinutesRead(note);
  // "Tiltak: fysioterapi, ingen MR", "Zalecenia: MRI w razie pogorszenia": a heading in the writer's language whose value turns
  // its study in that language is no plan the reader can read (withNativePlanRead).
  note = withNativePlanRead(note);
  // "Rx/Ix: US spine", "Mx/Ix: …": the treatment heading joined to the investigations is read as "Ix:" (withJoinedIxRead).
  note = withJoinedIxRead(note);
  // "Procedure requested: lumbar puncture / Plan: US spine": a form's request pane that is not the order (withRequestPanesRead).
  note = withRequestPanesRead(note, k);
  // "Insurance: Aetna / Policy: MRI requires prior authorization": a policy that is no translated letter's plan.
  note = withTranslatedPlanRead(note);
  note = withAskedPlanRead(note);
  note = withClosingPlanRead(note, k.vocabulary);
  // "Age: 14.  Back pain 3 wk.": the age is the Age value's first sentence, the rest is history (age-fact.ts).
  note = withAgeRunOnRead(note);
  // "Ordr: XR L-spine", "B symptoms: night sweats": unknown keys read as one of ours (unknown-keys.ts).
  note = withUnknownKeysRead(note);
  // "Parent: There is a small tuft of hair …", "pcp: 2 y 4 m boy w a pinpoint opening at L5": the teller's line is the history (tellers.ts).
  note = withTellersRead(note, k);
  // "Age: ***", "{NORMAL/ABNORMAL:20001} NORMAL", "Referral: {Yes/No:12345} ***": a template's placeholders say nothing;
  // "~~US spine~~ MRI L-spine", "(crossed out: MRI lumbar spine) -> US spine": nor do words struck out.
  note = withoutPlaceholders(note);
  // 'Alert: "MRI first in infant <= 6 months without prior spinal ultrasound …"', 'CDS "usually not appropriate: …" OVERRIDDEN':
  // the decision-support software's words are no fact of the patient (alerts.ts).
  const alerts = softwareAlertSpans(note.text);
  if (alerts.length) note = withAlertLogOrderRead(withBlanks(note, alerts), (clause) => STUDY_NAMED.test(clause));
  // 'Request (quoted): "Sacral dimple with skin tag. Spine US: indeterminate."': a request copied in quotation marks that opens on
  // no study is the child's history, not the order (request.ts).
  note = withQuotedRequestsRead(note, (clause) => STUDY_NAMED.test(clause), requestWords(k).quotedKeys);
  // "A. XR lumbar spine  B. US spine … Answer: B": a quiz's choices are no order and no fact; its answer decides the order (quiz.ts).
  const quiz = readQuiz(note.text, k);
  const quizText = note.text;
  if (quiz?.blank.length) note = withBlanks(note, quiz.blank);
  // "I: stable / P: 11yo F, LBP … / A: MRI ordered": an I-PASS handoff's letters are its sections (handoff.ts).
  note = withHandoffRead(note);
  // "Order: 10 yo with back pain … X-ray L-spine in ED normal. Please perform MRI spine.": a letter under an Order or
  // Request key that asks for its study in a sentence of its own is read as the same letter under Referral (request.ts).
  note = withLetterOrdersAsReferrals(note, (clause) => STUDY_NAMED.test(clause), requestWords(k).referredChild, orderWords(k.vocabulary).opening);
  return { note, quiz, quizText };
}

/** The fields every reader chooses from: as written, as the form is filled in, outside copied blocks, and a request's history. */
interface FieldViews {
  note: ParsedNote;
  form: FormReading;
  /** The note's text as the form is filled in (formView): unticked options blanked. */
  text: string;
  written: Field[];
  all: Field[];
  copied: Span[];
  current: readonly Field[];
  asked: Field[];
  askedAll: Field[];
  /** Request histories that do not hold the study's contrast. */
  reasons: Field[];
}

function fieldViews(note: ParsedNote, k: Knowledge): FieldViews {
  const form = readForm(note.text);
  const written = readableFields(note, form);
  // Findings are read from the form as written: readContext knows its boxes, so an unticked option is
  // read as absent. Every other reader reads the form as filled in, where unticked options are blanks.
  const text = formView(note.text, form);
  // "Imaging requested:  [ ] US spine   [ ] MRI spine": an order field offering its studies in boxes and ticking none
  // chooses nothing, so it is no Order line at all (form.ts noBoxTicked): the order is read from the rest of the note, and
  // with none the note has no order (rules/missing-order.ts).
  const all = (text === note.text ? written : written.map((f) => filledIn(f, text))).filter(
    (_, i) => text === note.text || written[i].key?.name !== 'Order' || !noBoxTicked(note.text, form, written[i].valueSpan),
  );
  // A plan and an age carried over from an earlier note are that visit's ("A/P (2 mo): will order US spine").
  const copied = copiedBlocks(note.text);
  const current = currentFields(all, copied);
  // "Request: US spine, 10 mo F, hairy patch", "Protocol: CT C-spine w/o. 13 yo F, MVC": the history a request writes
  // after its study (request.ts), read for findings, age and injury, never for an order.
  const rw = requestWords(k);
  const asked = requestHistories(note.fields, rw.technique, (clause) => STUDY_NAMED.test(clause), rw.protocolNames, rw.referredChild);
  // A reason that holds the study's contrast ("72149, routine check-up, without and with") is read with the study: a change
  // of the order replaces it too.
  const reasons = asked.filter((f) => readContrast(f.value, k, false) === undefined);
  const askedAll = text === note.text ? asked : asked.map((f) => filledIn(f, text));
  return { note, form, text, written, all, copied, current, asked, askedAll, reasons };
}

/** Lines read for findings that may also report a study done: the short lines, and the lines keyed by their study. */
interface ReportingLines {
  shortAll: Field[];
  studyKeyed: Field[];
}

function readAgeAndFindings(facts: Facts, v: FieldViews, k: Knowledge, today: IsoDate): ReportingLines {
  const { note, text } = v;
  const withAsked = v.asked.length ? [...v.current, ...currentFields(v.askedAll, v.copied)] : v.current;
  facts.age = readAge(note, withAsked, today, facts.ageProblems);
  // A line of one or two words in a terse note ("hair tuft", "no dimple", "neuro NAD") tells findings too.
  const shortAll = shortLines(note, SHORT_UNDER);
  const short = shortAll.filter((f) => !endsOnAnswer(f.value));
  // "XR L-spine: grade 2 spondylolisthesis L5-S1", "Plain films: normal": a line keyed by the study it reports is history (keyedByItsStudy).
  const studyKeyedWritten = note.fields.map((_, i) => keyedByItsStudy(note.text, note.fields, i, k)).filter((f) => f !== undefined);
  const studyKeyed = text === note.text ? studyKeyedWritten : studyKeyedWritten.map((f) => filledIn(f, text));
  facts.hits = readAllFindings(
    note,
    v.form,
    [...v.written, ...v.asked, ...short, ...studyKeyedWritten],
    [...v.all, ...v.askedAll, ...(text === note.text ? short : short.map((f) => filledIn(f, text))), ...studyKeyed],
    k,
    facts.age?.months,
    referringSide(note),
  );
  excuseSignsNormalForAge(text, facts.hits, facts.age?.corrected?.months ?? facts.age?.months);
  return { shortAll, studyKeyed };
}

function readDimpleFact(facts: Facts, v: FieldViews): void {
  const { form, text } = v;
  const dimpleField = first(v.all, 'Dimple');
  const dimpleHit = facts.hits.find((h) => h.finding.category === 'dimple' && h.present);
  // On a form's line, the dimple's description is the rest of its line as filled in ("[x] sacral dimple - 4 mm; [x] within cleft; 2 cm from anus").
  const describedAt = (span: Span) => formLineAfter(form, span, text) ?? clauseAround(text, span);
  // "1. Sacral dimple. Discussed with parents that small, low-lying dimples … are very rarely …": a sentence that names
  // dimples only as told in general or as a hypothetical (counselled-general.ts, safety nets) describes none of the child's.
  const general = facts.hits.filter((h) => h.finding.category === 'dimple' && !h.present && !h.negated && h.context.hypothetical).map((h) => sentenceOf(text, h.span));
  const told = (from: string, c: Span) => withoutSpans(from, c, general);
  if (dimpleField && dimpleField.value && !isNormalValue(dimpleField.value)) {
    facts.dimple = readDimple(dimpleField.value, dimpleField.valueSpan);
    // "Findings: deep dimple" and "Dimple: 4 mm, in cleft" describe the same dimple.
    if (dimpleHit && dimpleHit.field !== dimpleField) {
      const clause = describedAt(dimpleHit.span);
      mergeDimple(facts.dimple, readDimple(told(text, clause), dimpleHit.span, told(v.note.text, clause)));
    }
  } else if (dimpleHit) {
    const clause = describedAt(dimpleHit.span);
    facts.dimple = readDimple(told(text, clause), dimpleHit.span, told(v.note.text, clause));
    // "HPI: dimple noted on NB exam … PE: dimple ~4 mm, in cleft": the history names it, the exam describes it.
    let more = 0;
    for (const h of facts.hits) {
      if (h === dimpleHit || !h.present || h.finding.category !== 'dimple' || ++more > 3) continue;
      const c = describedAt(h.span);
      mergeDimple(facts.dimple, readDimple(told(text, c), h.span, told(v.note.text, c)));
    }
  }
  // "**Dimple check:**" over a table of the criteria ticked (dimple-checklist.ts): they describe the dimple the note names.
  if (facts.dimple) {
    const checklist = dimpleChecklist(v.note.text);
    if (checklist) mergeDimple(facts.dimple, readDimple(checklist.told, checklist.span));
  }
}

/**
 * "Exam: … Achilles reflexes 3+ with 3 beats clonus", "increased tone at both ankles": a sign found on examination
 * (reading-vocabulary.json examSignFindings) is the abnormal exam's, not a new symptom the child or a carer tells. Where
 * the exam reads abnormal it is counted there only (the rules that weigh new symptoms weigh an abnormal exam alike); where
 * it does not, the sign is kept as a symptom so that no deficit is lost.
 */
function examSignsAreNoSymptoms(facts: Facts): void {
  if (facts.neuro.state !== 'abnormal') return;
  const signs = readingVocabulary().examSignFindings;
  if (!signs.length) return;
  for (const h of facts.hits) if (h.present && signs.includes(h.finding.id)) h.present = false;
}

function readNeuroFact(facts: Facts, v: FieldViews): void {
  const { note, text, all } = v;
  // The exam is judged at the age corrected for prematurity when the note gives it (upgoing plantars are normal in infancy).
  const examAge = facts.age?.corrected?.months ?? facts.age?.months;
  const neuro = first(all, 'Neuro');
  const ticked = first(v.written, 'Neuro');
  // "Neuro: ✓": a Neuro value that is a check mark and nothing else tells a normal exam, as "Neuro: ok" does.
  const checked = ticked !== undefined && onlyCheckMarks(ticked.value, readingVocabulary().neuroExamVerdict.checkMarks);
  if ((neuro && neuro.value) || checked) {
    const state = checked ? 'normal' : readNeuro(note.text, text, neuro!, facts.hits, examAge);
    // A Neuro key that says normal does not win over a deficit or an asymmetry told on the exam elsewhere.
    const parts = state === 'abnormal' ? [] : neuroTextParts(note, all);
    const elsewhere = parts.length
      ? abnormalInText(
          text,
          parts,
          parts.map((p) => p.words ?? toWords(text.slice(p.start, p.end), p.start)),
          examAge,
        )
      : undefined;
    facts.neuro = elsewhere ? { state: 'abnormal', span: elsewhere } : { state, span: (checked ? ticked : neuro)!.valueSpan };
  } else {
    // "Request: US spine, \"sacral dimple 3 mm …, normal neuro exam\"": the history a request writes tells the exam as any line does.
    facts.neuro = readNeuroInText(note, text, v.asked.length ? [...all, ...v.askedAll] : all, facts.hits, examAge);
  }
}

/** Referral letters under a Referral, Order or Request key read as the child's history (request.ts). */
function lettersAsHistory(v: FieldViews): Field[] {
  return v.askedAll.filter((f) => f.key?.name === 'Presentation');
}

/** The prior studies; returns the report written on top of the note, if any (only what is below it orders). */
function readPriorFacts(facts: Facts, v: FieldViews, k: Knowledge, lines: ReportingLines): Span | undefined {
  const { note, text, all } = v;
  const prior = first(all, 'Prior imaging');
  // Lines that report a study done outside any key read for one: a line keyed by its study (keyedByItsStudy), and
  // "Radiographs unremarkable.", "XR neg", a line of two words (shortLineStudy; not only the lines read for findings:
  // a study's "XR neg" ends on a word that answers a question, "Fever: neg").
  // A referral letter read as an HPI (request.ts: "Referral: infant w/ sacral dimple. Spinal US at 2 wk normal. Please perform
  // MRI.") tells the studies done as an HPI line does.
  const letters = lettersAsHistory(v);
  const reports = [...lines.studyKeyed, ...(text === note.text ? lines.shortAll : lines.shortAll.map((f) => filledIn(f, text))).filter((f) => shortLineStudy(f, k)), ...letters];
  if (prior && prior.value && !isNormalValue(prior.value.trim())) {
    // "Prior: XR L-spine.\nNormal, no fracture.": the report on the line after is the study's.
    const report = reportOnNextLine(text, prior.valueSpan.end);
    // "Prior imaging: hip ultrasound normal" (the DDH screen), "renal US normal": a study of another region is no prior spine
    // study, as in the history (prior-in-text.ts ofOtherRegion); read as one, it silenced the MRI-first check in a young infant.
    // "Prior imaging: sibling had spinal US, normal", "MRI L-spine normal (brother)": a relative's study is none of the child's, as
    // in the history (relativesStudy); read as the child's normal US, it too silenced the MRI-first check.
    // "Prior imaging: none. Will order MRI if US abnormal": a sentence planning a study names none done (withoutPlanSentences).
    const told = withoutPlanSentences(report ? text.slice(prior.valueSpan.start, report.end) : prior.value, orderWords(k.vocabulary));
    facts.prior = readPriorImaging(told, prior.valueSpan.start, k).filter((study) => !ofOtherRegion(study.text) && !relativesStudy(text, study.span.start, study.text));
    // A table's column names its study ("prior_us", "US result" over "normal (2 wk ago)"): a result in the cell is that
    // study's; a cell with none ("none done", "not done", "pending") tells no study of the column's done.
    const headed = prior.column ? readPriorStudy(prior.rawKey, prior.keySpan, k).modality : undefined;
    if (headed) for (const study of facts.prior) if (study.result !== 'unknown') study.modality ??= headed;
    if (reports.length) facts.prior = [...facts.prior, ...readPriorInText(text, reports, k, facts.age?.months)];
  } else {
    const reported = resultsReportedUnderKeys(v, k);
    const read = reported.length || reports.length ? [...all, ...reported, ...reports].sort((a, b) => a.valueSpan.start - b.valueSpan.start) : all;
    facts.prior = readPriorInText(text, read, k, facts.age?.months, new Set(reported));
    // "Diagnostics: spinal ultrasound indeterminate / Plan: MRI lumbar spine": a diagnostics key that orders nothing
    // (diagnosticsOrders) reports its studies done, with their result or without ("spinal ultrasound done"), each read as
    // under "Prior imaging:" ("equivocal", "(inconclusive)": indeterminate).
    for (const d of flatMapped(
      note.fields.filter((f) => isDiagnosticsReport(f, note.fields, k.vocabulary)).map((f) => (text === note.text ? f : filledIn(f, text))),
      (f) => diagnosticsReported(f, k.vocabulary),
    ))
      // "Diagnostics: hip ultrasound normal" (the DDH screen at 3 months), "renal ultrasound normal": no spinal study.
      if (readOrder(d.value, undefined, k).status !== 'not-spine') facts.prior = [...facts.prior, ...readPriorImaging(d.value, d.valueSpan.start, k)];
  }
  // "Ix: US spine - low-lying conus / Plan: MRI L-spine w/o": the abnormal study opening a key for the studies, its result after
  // a dash, is a prior abnormal study as "Ix: US spine: tethered cord" is, where the reading above left it out (review r33-orders 1).
  for (const f of note.fields) {
    const opened = abnormalReportOpens(f, k);
    if (!opened || facts.prior.some((p) => p.span.start < opened.valueSpan.end && opened.valueSpan.start < p.span.end)) continue;
    facts.prior = [...facts.prior, ...readPriorImaging(opened.value, opened.valueSpan.start, k).filter((p) => p.result === 'abnormal')];
  }
  // "TELERAD PRELIM: XR LUMBAR SPINE … Impression: … / Ordering physician addendum: …": the report on top tells a study done
  // with its result, read as the most recent prior; only the addendum below orders (narrative.ts reportOnTop).
  const onTop = prior?.value ? undefined : reportOnTop(text);
  if (onTop) facts.prior = [...facts.prior, ...readPriorImaging(reportDone(text, onTop, k), onTop.start, k)];
  return onTop;
}

/**
 * "Paraclinical: lumbosacral radiography AP + profile: bilateral lysis …": a study and its result under a key for the studies.
 * "Paraclinical: CBC normal. XR L-spine 2 weeks ago normal; MRI requested": each sentence of it that does is read, no other.
 */
function resultsReportedUnderKeys(v: FieldViews, k: Knowledge): Field[] {
  const { note, text } = v;
  const underStudiesKey = flatMapped(
    note.fields.filter(isStudiesKey).map((f) => (text === note.text ? f : filledIn(f, text))),
    (f) => resultsUnderStudiesKey(f),
  );
  // "Outcome: US spine 2 wk ago normal. Discharge.": a sentence of a meeting's outcome read as the plan that reports a study done.
  // So does one beside "Plan:", read as no key (withMinutesRead: "Plan: physio. / Outcome: CT showed pars defect.").
  const besideThePlan = flatMapped(
    note.fields.filter((f) => f.value && (!f.key || f.key.name === 'Plan') && isBesidesSpelling(f.rawKey)).map((f) => (text === note.text ? f : filledIn(f, text))),
    (f) => resultsUnderStudiesKey(f, toldDone(k.vocabulary)),
  );
  return underStudiesKey.concat(besideThePlan);
}

function readOrderFacts(facts: Facts, v: FieldViews, k: Knowledge, onTop: Span | undefined, rewritten: RewrittenNote, spelledStudies: readonly Span[]): void {
  const { note, text, all, copied, current } = v;
  const belowReport = (f: Field) => !onTop || f.lineSpan.start >= onTop.end;
  // "Radiology: MRI L-spine w/o", "Investigations: XR lumbar spine": a line under a key for the study to do.
  const ow = orderWords(k.vocabulary);
  const orderKeyed = orderKeyedFields(v, k, ow);
  const unread = unreadFields(v, orderKeyed);
  // "Outcome: XR normal. MRI L-spine w/o.": a meeting's outcome read as the plan orders from its sentences that report no study done (minutesPlanRead).
  const ordering = flatMapped(onTop ? current.filter(belowReport) : current, (f) => minutesPlanRead(text, f, ow, toldDone(k.vocabulary)));
  const readWith = (keyed: readonly Field[]) =>
    readOrderFact(
      text,
      ordering,
      k,
      currentFields(keyed, copied).filter(belowReport),
      (t) => closingLine(note, t),
      currentFields(unread, copied).filter(belowReport),
      spelledStudies,
    );
  let read = readWith(orderKeyed);
  // "MRI lumbar spine: [x] without contrast  [ ] with contrast": a study's own form line choosing its contrast (keyed-study.ts
  // contrastTicked) is read only where nothing else in the note orders or declines imaging (review rfix59f: "Order instead: US
  // lumbar spine", "Today: US lumbar spine ordered", "Plan: no imaging today" stand over it).
  if (!read.order && !read.declared) {
    const ticked = contrastTickedFields(v, ow, orderKeyed);
    if (ticked.length) read = readWith([...orderKeyed, ...ticked]);
  }
  facts.order = read.order ?? examKeyedOrder(text, ordering, k);
  const letters = lettersAsHistory(v);
  if (facts.order && letters.length) facts.order = otherRegionInLetter(facts.order, letters, k);
  // "Case report … CT of the cervical spine without contrast was obtained.": a case narrative's study told as done is its order (narrative.ts).
  const narrated = !facts.order && !read.declared && isCaseNarrative(text);
  if (narrated)
    facts.order = narrativeOrder(
      note.prose.map((f) => (text === note.text ? f : filledIn(f, text))),
      k,
    );
  // A prior read from the very words read as the order is that order, not a study before it. In a case narrative,
  // every one ("Spinal US was obtained and showed a conus at L3": its result is the case's own study's); elsewhere, one
  // of the order's modality with no result of its own ("MRI … was obtained as the first study"), since "Order: MRI
  // L-spine (US at OSH, report not available)" holds a prior US of its own.
  const told = facts.order?.field.valueSpan;
  const orderedModality = facts.order?.reading.procedure?.modality;
  const isTheOrder = (p: PriorStudy) => narrated || (p.result === 'unknown' && p.modality === orderedModality);
  if (told && (narrated || orderedModality)) facts.prior = facts.prior.filter((p) => !isTheOrder(p) || p.span.end <= told.start || told.end <= p.span.start);
  const quiz = rewritten.quiz;
  if (quiz?.decision) facts.order = quizOrder(rewritten.quizText, quiz.decision, first(all, 'Contrast')?.value, k, facts.order);
  facts.noImagingOrdered = read.declared;
}

/**
 * "Referral: MR of lumbo-sacral spine without contrast, with sedation": a referral (a requisition, as much of Europe
 * writes it) that opens on a spine study is the study's request, read as a key naming the study to do (keyedStudy);
 * "Referral: neurosurgery", "Referral: ortho re MRI findings" open on no study.
 */
function orderKeyedFields(v: FieldViews, k: Knowledge, ow: OrderWords): Field[] {
  const { note, text } = v;
  const keyed: Field[] = [];
  for (const f of note.fields) {
    const chosen = orderKeyedField(text, f, ow, note.fields, k);
    if (chosen !== undefined) keyed.push(text === note.text ? chosen : filledIn(chosen, text));
  }
  return flatMapped(keyed.concat(inlineOrderKeyed(v.current)), (f) => minutesPlanRead(text, f, ow, toldDone(k.vocabulary)));
}

/** The lines that are a spine study's own form line choosing its contrast (keyed-study.ts contrastTicked), not already order-keyed. */
function contrastTickedFields(v: FieldViews, ow: OrderWords, orderKeyed: readonly Field[]): Field[] {
  const { note, text } = v;
  const ticked: Field[] = [];
  for (const f of note.fields) {
    if (f.key || !f.value || orderKeyed.some((o) => o.lineSpan.start === f.lineSpan.start)) continue;
    const chosen = contrastTicked(text, f, ow);
    if (chosen !== undefined) ticked.push(text === note.text ? chosen : filledIn(chosen, text));
  }
  return ticked;
}

function orderKeyedField(text: string, f: Field, ow: OrderWords, fields: readonly Field[], k: Knowledge): Field | undefined {
  if (!f.value) return undefined;
  // Not one that goes on to the study's record ("Referral: MRI L-spine results to neurosurgery", "Referral: MRI
  // findings reviewed, to ortho"; prose.studyRecords): the study was done, and the referral sends what it found.
  if (f.key) return f.key.name === 'Referral' && startsWithStudy(f.value.trim()) && !recordAfterStudy(toWords(f.value), ow) ? f : undefined;
  // "Diagnostics: MRI lumbar spine" is the order only when nothing says otherwise (diagnosticsOrders); any other
  // "Diagnostics:" line is read as before the key was known.
  // "Ix: US spine indeterminate" beside "Plan: MRI L-spine w/o" tells the study done, not the one to do (studiesKeyReports).
  if (studiesKeyReports(f, fields)) return undefined;
  // "Ix: US spine - low-lying conus", "Rx/Ix: US spine - low-lying conus. Refer NSx.": a key for the studies that opens on a
  // study reported abnormal is a study done, never the order, whatever else the note names (abnormalReportOpens).
  if (abnormalReportOpens(f, k)) return undefined;
  return isOrderKeyed(f.rawKey) || diagnosticsOrders(f, fields, k.vocabulary) ? f : chosenStudyField(text, f, ow);
}

/**
 * "Provider reply: … I've ordered an ultrasound of his lower spine", "PCP: agree. MRI L-spine w/o ordered":
 * a line under a key the language does not know, and read for nothing else, may still order outright.
 */
function unreadFields(v: FieldViews, orderKeyed: readonly Field[]): Field[] {
  const { note, text } = v;
  return note.fields
    .filter(
      (f) =>
        !f.key &&
        !f.prose &&
        f.value &&
        !isAboutRelative(f.rawKey) &&
        // "Paraclinical: XR done, normal; MRI requested": a key for the studies done or to do whose value does not open on the
        // study to do (keyedStudy) may still order one after.
        (isStudiesKey(f) || (!isOrderKeyed(f.rawKey) && !orderKeyed.some((o) => o.lineSpan.start === f.lineSpan.start))),
    )
    .map((f) => (text === note.text ? f : filledIn(f, text)));
}

function readTraumaAndReferral(facts: Facts, v: FieldViews, today: IsoDate): void {
  const { note, text, all } = v;
  const deficit = facts.neuro.state === 'abnormal' || facts.hits.some((h) => h.present && h.finding.category === 'neurologic-symptom');
  const pmhIsNow = historyIsThePresentIllness(all);
  facts.trauma = readTrauma(
    text,
    facts.hits,
    [...all, ...v.askedAll].filter((f) => isTraumaField(f) || (pmhIsNow && f.key?.name === 'PMH' && isClinicalHistoryKey(f.rawKey))),
    deficit,
    today.y,
  );
  // "4 month old … bruise on L buttock. Parents offer no explanation": an infant's unexplained bruise is an injury of unknown mechanism.
  if (facts.trauma.significance === 'none') {
    const bruise = unexplainedBruise(text, all, facts.age?.months, readingVocabulary().unexplainedBruise);
    if (bruise) facts.trauma = { significance: 'unclear', span: bruise };
  }
  const unknownKeyed = note.fields.filter((f) => !f.key && f.value).map((f) => (text === note.text ? f : filledIn(f, text)));
  facts.referral = readReferral(
    text,
    first(all, 'Referral'),
    // "Urgent: referral to paediatric neurosurgery": a line keyed by its priority alone still asks. "Pedido: consulta de
    // neurocirurgia", "Richiesta: consulenza neurochirurgica": a key in the writer's own language that names what is to
    // be done is read for its referral as a plan is, though no study is named in it.
    [...all.filter(isReferralField), ...unknownKeyed.filter((f) => isPriorityKey(f.rawKey) || isWritersLanguageOrderKey(f.rawKey))],
    unknownKeyed,
    today.y,
    all,
  );
}

/**
 * An Order line written as the referral letter ("Order: infant w/ sacral dimple, for renal ultrasound") is read whole as
 * the order, so the child's "sacral" would make its renal ultrasound a spine study. The study is read in its own clause
 * there: one that names another body part (renal, hip, head …) is no spine study, as "Order: renal ultrasound" is not.
 */
function otherRegionInLetter(order: NonNullable<Facts['order']>, letters: readonly Field[], k: Knowledge): NonNullable<Facts['order']> {
  const f = order.field;
  if (!letters.some((l) => l.valueSpan.start === f.valueSpan.start)) return order;
  for (const m of f.value.matchAll(/[^,;.\n]+/g)) {
    const clause = m[0].trim();
    if (!STUDY_NAMED.test(clause)) continue;
    const reading = readOrder(clause, undefined, k);
    if (reading.status !== 'not-spine') return order;
    const start = f.valueSpan.start + m.index + m[0].indexOf(clause);
    return { field: { ...f, valueSpan: { start, end: start + clause.length }, value: clause }, reading };
  }
  return order;
}

/**
 * A neurologic sign read as a finding that the exam calls normal for the child's age ("plantars upgoing
 * (normal for age)", upgoing plantars at 3 months: neuro-exam.ts) does not count: the finding reader
 * knows no age, the exam reader does. Each value holding such a finding is read once.
 */
function excuseSignsNormalForAge(text: string, hits: FindingHit[], ageMonths: number | undefined): void {
  const read = new Map<Field, Span[]>();
  for (const h of hits) {
    if (!h.present || h.finding.category !== 'neurologic-symptom') continue;
    let excused = read.get(h.field);
    if (!excused) read.set(h.field, (excused = readExamItems(text, fieldWords(h.field), ageMonths).normalForAge));
    if (excused.some((s) => s.start < h.span.end && h.span.start < s.end)) h.present = false;
  }
}

/** From a span on a form's line to the end of that line (undefined off a form's lines). */
function formLineAfter(form: FormReading, span: Span, text: string): Span | undefined {
  for (const line of form.lines) if (line.start <= span.start && span.start < line.end) return { start: span.start, end: subItemsEnd(text, line) };
  return undefined;
}

/**
 * A form's item with its sub-items: the lines after it indented deeper than it ("Sacral dimple: [x] Yes [ ] No" then
 * "   Size: 3 mm", "   Location: [x] within gluteal cleft [ ] above cleft"), up to a line back at its own indent or
 * shallower (" Hair tuft: [ ] Yes [x] No") or a blank line. The line's own end when none follows.
 */
function subItemsEnd(text: string, line: Span): number {
  const lineStart = text.lastIndexOf('\n', line.start - 1) + 1;
  const indent = (at: number) => /^[ \t]*/.exec(text.slice(at, at + 40))![0].length;
  const own = indent(lineStart);
  let end = line.end;
  for (;;) {
    let next = text.indexOf('\n', end);
    if (next < 0) return end;
    next++;
    const nextEnd = text.indexOf('\n', next) < 0 ? text.length : text.indexOf('\n', next);
    if (!text.slice(next, nextEnd).trim() || indent(next) <= own) return end;
    end = text.charCodeAt(nextEnd - 1) === 13 ? nextEnd - 1 : nextEnd;
  }
}

/**
 * "Fever N", "Tuft Y", "hair tuft -": a short line that ends on a yes/no answer (context-lexicon.json
 * formAnswers) or a sign is a question answered, which the short-line reading leaves alone (as before).
 */
function endsOnAnswer(value: string): boolean {
  const last = value.split(/\s+/).pop()!.toLowerCase();
  if (/^[-+?\u2713\u2717]$|^\([-+]\)$/.test(last)) return true;
  const word = last.replace(/[.,;:!]+$/, '');
  const a = contextLexicon().formAnswers;
  return a.yes.includes(word) || a.no.includes(word) || a.unknown.includes(word);
}

/** order-vocabulary.json request.technique and request.protocolNames as sets, made once per vocabulary. */
interface RequestWords {
  technique: ReadonlySet<string>;
  protocolNames: ReadonlySet<string>;
  quotedKeys: ReadonlySet<string>;
  referredChild: PhraseSet;
}
const requestWordsOf = perVocabulary((v: OrderVocabulary): RequestWords => ({
  technique: new Set(v.request.technique),
  protocolNames: new Set(v.request.protocolNames),
  quotedKeys: new Set(v.request.quotedRequestKeys),
  referredChild: phraseSetOf(v.request.referredChild),
}));
const requestWords = (k: Knowledge) => requestWordsOf(k.vocabulary);

/** Keys under which a short line tells the patient's findings ("Findings:" then "hair tuft"). */
const SHORT_UNDER = new Set<string>(['Presentation', 'Findings', 'Indication', 'Symptoms', 'Neuro', 'Red flags', 'ROS', 'Dimple', 'PMH', 'Patient', 'Plan', 'Order']);
const TRAUMA_KEYS = new Set<KeyName>(['Presentation', 'Indication', 'Findings', 'Red flags', 'Patient']);
const REFERRAL_KEYS = new Set<KeyName>(['Referral', 'Plan', 'Order', 'Presentation', 'Indication']);
const isTraumaField = (f: Field) => TRAUMA_KEYS.has(f.key!.name);
const isReferralField = (f: Field) => REFERRAL_KEYS.has(f.key!.name);

/**
 * The findings of the fields as written (`written`), each hit then told against the same field as
 * filled in (`all`, index for index: the other readers compare fields by identity).
 */
function readAllFindings(
  note: ParsedNote,
  form: FormReading,
  written: readonly Field[],
  all: readonly Field[],
  k: Knowledge,
  months: number | undefined,
  referring: readonly Field[] = [],
): FindingHit[] {
  let hits = readFindings(note.text, written, k);
  // "night pain [ ] constant": a phrase read across a form's box joins two options.
  if (form.boxes.length) hits = hits.filter((h) => !holdsBox(form, h.span));
  if (all !== written) {
    // The last index of a field, as a map from written to filled fields built in order would keep; a hit is written
    // out in readFindings' order of properties, not spread (the spread's slow path, once per hit of every note).
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i];
      const at = written.lastIndexOf(h.field);
      hits[i] = { finding: h.finding, span: h.span, context: h.context, present: h.present, negated: h.negated, field: at >= 0 ? (all[at] ?? h.field) : h.field };
    }
  }
  // The referring side's working diagnosis ("Referring ED: ?discitis"): its suspicions only, and a cancer it names, which
  // suspectedCancerIsSuspectedTumor reads as suspected when it is ("Referring MD: concerned about leukemia").
  if (referring.length) {
    const side = readingVocabulary().referringSide;
    const categories = new Set(side.categories);
    const excludedBy = phraseSetOf(side.excludedBy);
    const read = readFindings(note.text, referring, k);
    // "Referring ED: ?discitis - afebrile, CRP 2, discitis unlikely", "… MRI done there: normal, no discitis": a suspicion
    // the referring side itself excludes or doubts is none.
    const excluded = (h: FindingHit) =>
      read.some((x) => x.field === h.field && x.finding.id === h.finding.id && x.negated) || findAny(toWords(sentenceAround(note.text, h.field, h.span)), excludedBy).length > 0;
    for (const h of read) if ((categories.has(h.finding.category) || h.finding.id === 'malignancy') && !excluded(h)) hits.push(h);
  }
  // "Mum has metastatic breast cancer w/ spinal mets": the spread is the relative's cancer's.
  spreadOfOthersCancer(note.text, hits);
  cancerReturnsInCancerNote(note.text, all, hits, k);
  painAfterBackInjury(note.text, hits, k);
  radicularPainFromBack(note.text, all, hits, k);
  cancerSuspectedInPlan(note.text, all, hits, k);
  suspectedCancerIsSuspectedTumor(note.text, hits, k);
  painBehaviourWithSpinalSuspicion(note.text, all, hits, k);
  // The passes that drop or re-read hits by the note's words (and the child's age in months), one after another in this
  // order: each sees what the ones before it left. Listed here, not at the module's top, where an import in a cycle may
  // not be there yet.
  const passes: readonly ((hits: FindingHit[], text: string, months: number | undefined) => void)[] = [
    markersPlacedElsewhere,
    markersWithCorrectedPlace,
    markersToldGone,
    infectionsPlacedElsewhere,
    pilonidalContrastReasons,
    primaryEnuresisNoSign,
    constipationSoilingNoSign,
    developmentalClumsinessNoSign,
    hemangiomasOfOrgans,
    infiltrationsNotSuspected,
    explainedAway,
    cancerInstitutions,
    markerClinics,
    radiotherapy,
    othersAccidents,
    limpOfTheBody,
    firstVoidOfNewborn,
    retractedInError,
    clarifiedAway,
    questionSettled,
    cleftQueryDenied,
    zeroScores,
    pastFebrileEpisodes,
    (h, text) => temperatures(h, text, all, k),
    (h, text) => toldFlags(h, text, all, k),
    legPainAsRadicular,
    nativeBackPainGated,
    nativeInjuryGated,
    absentSkin,
    sentenceGated,
    safetyNets,
    counselledInGeneral,
    baselineDeficits,
    swellingAfterInjury,
  ];
  for (const pass of passes) pass(hits, note.text, months);
  return dedupe(genericMarkersNamedElsewhere(hits, note.text));
}

/**
 * Lines keyed by the referring side ("Referring ED:", "Referring MD:", "Sending hospital:"; reading-vocabulary.json
 * referringSide), which no other reader reads, as an Indication each: read for the suspicions of this note only.
 */
function referringSide(note: ParsedNote): Field[] {
  const words = new Set(readingVocabulary().referringSide.keyWords);
  const out: Field[] = [];
  for (const f of note.fields) {
    if (f.key || f.prose || !f.value || isAboutRelative(f.rawKey) || !toWords(f.rawKey.slice(0, 60)).some((w) => words.has(w.text))) continue;
    out.push({ ...f, key: INDICATION, writtenKey: f.rawKey, inferred: true });
  }
  return out;
}

const INDICATION = lookupKey('Indication')!;

/**
 * A study timed before an event of the stay ("prior to discharge", "before discharge", "before surgery") and then left on a
 * choice in its own clause ("if parents wish", "should parents wish", "consider"), with no other study named after the
 * condition: no order. A condition of the stay's logistics keeps it ("before discharge if possible, otherwise outpatient"). "US lumbosacral spine prior to discharge; if abnormal, MRI" keeps the US (another clause, another study).
 */
const TIMED_THEN_CONDITIONED =
  /^[^.;\n]{0,60}?\b(?:prior to|before)\s+(?:(?:his|her|their|the)\s+)?(?:discharge|d\/?c|going home|surgery|procedure|repair|closure|op|operation)\b[^.;\n]{0,20}?\b(?:(?:if|should|unless)\s+(?:\w+\s+){0,3}?(?:wish|wishes|want|wants|prefer|prefers|desire|desires|request|requests|choose|chooses|agree|agrees|keen|happy)\b|(consider))([^.;\n]*)/i;
/**
 * What "consider" may weigh for the study to be left to a choice: nothing after it, a condition, the study itself or the
 * imaging ("consider", "consider if parents wish", "consider it", "consider imaging"); not another thing of the stay
 * ("MRI spine prior to discharge, consider sedation / feed-and-wrap / anaesthesia" keeps the order).
 */
const CONSIDER_THE_STUDY = /^\s*(?:$|(?:if|whether|it|this|that|imaging|scan|study|the\s+(?:imaging|scan|study))\b)/i;
function conditionedAfterTiming(text: string, o: NonNullable<Facts['order']>): boolean {
  const from = o.field.valueSpan.start;
  const line = text.slice(from, text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from));
  const m = TIMED_THEN_CONDITIONED.exec(line);
  if (m === null || STUDY_NAMED.test(m[2])) return false;
  return m[1] === undefined || CONSIDER_THE_STUDY.test(m[2]);
}

/** A plan changed in the note (order-withdrawn.ts changedInPlace): notes without a first order told are not searched. */
const CHANGED = /\b(?:initially|originally|first)\b/i;

/**
 * The order: the Order key (and its aliases), else a spine study named in Plan, else a sentence of
 * the free text that names a study and says it is ordered ("Plan: XR L-spine", "ordered spinal US").
 * A study someone else proposes ("mom requests MRI", "neurosurgery recommends MRI L-spine") is the order
 * only when the note orders nothing else.
 */
function readOrderFact(
  text: string,
  all: readonly Field[],
  k: Knowledge,
  orderKeyed: readonly Field[],
  closingOf: (text: string) => Field | undefined,
  unread: readonly Field[] = [],
  spelledStudies: readonly Span[] = [],
): OrderFinding {
  const ow = orderWords(k.vocabulary);
  // MAY_DECLARE's answers for this note's text and values, shared by noImagingDeclared and noImagingStatement only.
  const may: MayDeclare = { values: new Map() };
  const declared = noImagingDeclared(text, all, ow, may);
  let found = readOrderCandidate(text, all, k, orderKeyed, () => closingOf(text), ow, declared !== undefined, unread, spelledStudies);
  // "ED course: MRI ordered by ED, pt left before it was done", "Outside hospital ordered a CT", "Dr X had ordered XR
  // last month": an order of another visit or place, or never carried out, is no order of this note. Its sentence
  // is set aside and the note read again, so a study this note orders beside it is still found (a few times at most).
  for (let tries = 0; found && tries < 3 && found.order.field.key?.name !== 'Order'; tries++) {
    const told = orderOfAnotherVisit(text, found.order.field.valueSpan, ow);
    if (!told) break;
    const blanked = text.slice(0, told.start) + text.slice(told.start, told.end).replace(/[^\n]/g, ' ') + text.slice(told.end);
    text = blanked;
    all = all.map((f) => filledIn(f, blanked));
    orderKeyed = orderKeyed.map((f) => filledIn(f, blanked)).filter((f) => f.value);
    unread = unread.map((f) => filledIn(f, blanked)).filter((f) => f.value);
    found = readOrderCandidate(blanked, all, k, orderKeyed, () => closingOf(blanked), ow, declared !== undefined, unread, spelledStudies);
  }
  // "MRI lumbar spine (72148) request withdrawn, US spine (76800) to be done instead": a study taken back in its own
  // sentence is set aside up to the withdrawal and the note read again for a study ordered in its place; none, none ordered.
  // WITHDRAWN's answer for the text as it now stands (tested anew only where the loop below blanks it).
  let mayWithdraw = found !== undefined && WITHDRAWN.test(text);
  // "I had initially requested a lumbar spine X-ray, but … this has been cancelled": a plan changed in its own sentence is
  // set aside from the sentence's opening, the same way.
  for (let tries = 0; found && tries < 2 && (mayWithdraw || CHANGED.test(text)); tries++) {
    // "ordered XR L-spine" … "XR cancelled, MRI L-spine w/o contrast ordered": a later sentence that cancels the study by its
    // name and orders another in its place (cancelledThenReplaced) is read as a withdrawal on the order's line.
    const inPlace = mayWithdraw
      ? (withdrawnInPlace(text, [...all, ...unread], found.order, k, ow) ?? cancelledThenReplaced(text, [...all, ...unread], found.order, k, ow))
      : undefined;
    const changed = inPlace ? undefined : changedInPlace(text, found.order, k, ow);
    const hit = inPlace ?? changed;
    if (!hit) break;
    const told = { start: changed ? changed.start : found.order.field.valueSpan.start, end: hit.end };
    const blanked = text.slice(0, told.start) + text.slice(told.start, told.end).replace(/[^\n]/g, ' ') + text.slice(told.end);
    text = blanked;
    all = all.map((f) => filledIn(f, blanked));
    orderKeyed = orderKeyed.map((f) => filledIn(f, blanked)).filter((f) => f.value);
    unread = unread.map((f) => filledIn(f, blanked)).filter((f) => f.value);
    const again = readOrderCandidate(blanked, all, k, orderKeyed, () => closingOf(blanked), ow, declared !== undefined, unread, spelledStudies);
    if (!again) return { declared: hit };
    found = again;
    mayWithdraw = WITHDRAWN.test(text);
  }
  // "- US lumbosacral spine prior to discharge if parents wish": a study timed before an event and left on a condition is no order.
  if (found && conditionedAfterTiming(text, found.order)) return {};
  // "Requested: MRI lumbar spine … Outcome: ordering MD agreed - request WITHDRAWN": nothing is ordered.
  const withdrawn = found && mayWithdraw ? withdrawnAfter(text, [...all, ...unread], found.order, k, ow) : undefined;
  if (withdrawn) return { declared: withdrawn };
  // "RN 1430: … XR L-spine per protocol started." / "MD 1455: XR cancelled - no indication.": a later line of its own that
  // cancels or holds the study started or ordered earlier decides the order now (order-taken-back-later.ts).
  const takenBack = found && takenBackOnLaterLine(text, found.order, k, ow);
  if (takenBack) return { declared: takenBack };
  // "No imaging requested from this clinic", "not ordered by genetics today": a study the note only
  // mentions, recommends or leaves to someone else is then no order; an order line of its own still is.
  // A study only mentioned and so set aside leaves the note with no order of its own: a billing line or a payer's
  // review (the fallback, readOrderCandidate) is then read, as it is where nothing is found at all.
  if (declared && found && !found.orderLine && !isOrderLine(text, found.order, ow)) return { order: found.billed && billedField(text, found.billed), declared };
  if (declared) return { order: found?.order, declared };
  // "Parents prefer no tests; we agree. No imaging.": a statement standing alone sets aside a study only mentioned
  // ("a trip for an ultrasound", a Plan that tells an outside MRI), not one the note names as its own step ("MRI
  // L-spine w/o contrast tonight. No further imaging.", "Plan: urgent MRI whole spine, neurosurgery consult. No further
  // imaging.", "1. MRI L-spine with and without contrast … No further imaging.").
  const alone = noImagingStatement(text, all, ow, may);
  if (alone && found && !found.orderLine && !isOrderLine(text, found.order, ow) && !opensOnStudy(found.order.field.value))
    return { order: found.billed && billedField(text, found.billed), declared: alone };
  return { order: found?.order, declared: alone };
}

/**
 * A line of a form's priority boxes alone: "[X] Urgent", "[ ] STAT  [ ] Urgent  [X] Routine". Never a box of the study or
 * its contrast ("[X] With contrast", "[ ] XR  [X] MRI"), which tells more of the order than the line above.
 */
const TICK_BOXES_ONLY = new RegExp(
  String.raw`^\s*(?:\[[ xX✓✔]?\][ \t]*(?:stat|urgent|routine|asap|soon|today|same day|non[- ]?urgent|semi[- ]?urgent|elective|emergency|priority|2ww|high|medium|low)[ \t]*)+$`,
  'i',
);

/**
 * The note's last line when it is one or two words that no prose holds ("Bone scan.", "MRI L-spine.",
 * "Repeat US."), or the last before a form's priority boxes: in a terse note it is the closing sentence, so it may be the order. Not a question ("US
 * spine?"), and not when the line
 * above is a key with no value of its own ("Prior imaging:" then "XR L-spine."), which it belongs to,
 * unless that key is the Order or the Plan.
 */
function closingLine(note: ParsedNote, text: string): Field | undefined {
  // A form's priority boxes after it ("XR L-spine" then "[X] Urgent") close the request, not the note's prose.
  let last = note.malformed.length - 1;
  // (Read in the note as written: the text given may have its boxes blanked.)
  while (last > 0 && TICK_BOXES_ONLY.test(note.text.slice(note.malformed[last].start, note.malformed[last].end)) && !/\S/.test(text.slice(note.malformed[last].end))) last--;
  const m = note.malformed[last];
  const after = last < note.malformed.length - 1 ? note.malformed[last + 1].start : text.length;
  if (!m || /\S/.test(text.slice(m.end, after)) || (after < text.length && note.fields.some((f) => f.lineSpan.start >= m.end))) return undefined;
  const value = text.slice(m.start, m.end).trim();
  // "US spine?" asks a question.
  if (!value || value.length > 60 || /\S+\s+\S+\s+\S/.test(value) || value.endsWith('?')) return undefined;
  const above = note.fields.filter((f) => f.lineSpan.end <= m.start).pop();
  if (above && !above.value && above.key?.name !== 'Order' && above.key?.name !== 'Plan' && !/\S/.test(text.slice(above.lineSpan.end, m.start))) return undefined;
  const start = m.start + text.slice(m.start, m.end).indexOf(value);
  const span = { start, end: start + value.length };
  return { key: PRESENTATION, rawKey: '', keySpan: { start, end: start }, valueSpan: span, value, lineSpan: span, inferred: true };
}

/**
 * A meeting's "Outcome:", "Decision:", "Actions:" (keys.ts `besides`) is the plan of minutes that write no other spelling
 * of it. Beside "Plan:" it tells something else ("Outcome: discharged home", "Decision: parents agree"): it is read as a
 * line under a key the language does not know.
 */
/**
 * A plan heading in the writer's own language ("Åtgärd:", "Tiltak:", "Zalecenia:", "Dop.:", keys.ts) is the plan only where
 * its value asks nothing and holds none of that language's words that deny, condition, date as done, weigh or refuse the
 * study (reading-vocabulary.json nativePlanTurns: "ingen MR", "MR ved forverring", "MRI wykonane 2025", "MR páteře zvážit"),
 * which the English reader cannot read; otherwise it is read as a line under a key the language does not know, as before.
 */
function withNativePlanRead(note: ParsedNote): ParsedNote {
  if (!note.fields.some((f) => f.key?.name === 'Plan' && isNativePlanSpelling(f.rawKey))) return note;
  const v = readingVocabulary();
  const turns = nativePlanTurns(v);
  // Narrowed after review r54: a native request heading's study is the plan only when nothing after it in the note undoes or
  // replaces it ("Zlecenie: USG kręgosłupa" then "Status: anulowano", "Parents declined the US."; positive-only-study.ts undoneLater).
  const turned = (f: Field) =>
    isPositiveOnlyPlanSpelling(f.rawKey)
      ? !positiveOnlyStudy(f.value, v) || (!NORDIC_REQUEST.test(f.rawKey) && undoneLater(note.text.slice(f.valueSpan.end), v))
      : f.value.includes('?') || findAny(toWords(f.value), turns).length > 0;
  return { ...note, fields: note.fields.map((f) => (f.key?.name === 'Plan' && isNativePlanSpelling(f.rawKey) && turned(f) ? { ...f, key: undefined } : f)) };
}
/** Round 53's Nordic and Finnish request headings, read as on main (review r54 narrowed only round 54's). */
const NORDIC_REQUEST = /^\s*(?:rekv\.?|önskar|onskar|pyyntö|pyynto)\s*:?\s*$/i;
const nativePlanTurns = perVocabulary((v: ReadingVocabulary) => phraseSetOf(v.nativePlanTurns.words));

function withMinutesRead(note: ParsedNote): ParsedNote {
  if (!note.fields.some((f) => f.key && isBesidesSpelling(f.rawKey))) return note;
  if (!note.fields.some((f) => f.key?.name === 'Plan' && !isBesidesSpelling(f.rawKey))) return note;
  return { ...note, fields: note.fields.map((f) => (f.key && isBesidesSpelling(f.rawKey) ? { ...f, key: undefined } : f)) };
}

/**
 * "Rx/Ix: US spine", "Mx/Ix: X-ray LS spine NAD. MRI LS spine w/o.", "Ix/Tx: …": British and Commonwealth notes write one line
 * for the treatment (or management) and the investigations. Its studies are read as under "Ix:" (notes/headings.ts
 * ORDER_KEY_WORDS): to do, or done with their results (priors). Only the key's reading changes here; the note's own key stays
 * as written, so no other reader or rule sees a key of the order. "Rx:" alone stays the treatment.
 */
function withJoinedIxRead(note: ParsedNote): ParsedNote {
  const joined = (raw: string) => {
    const parts = raw.toLowerCase().split(/\s*[/&+]\s*|\s+and\s+/);
    return parts.length === 2 && parts.includes('ix') && parts.every((p) => p === 'ix' || JOINED_TREATMENT.has(p));
  };
  if (!note.fields.some((f) => !f.key && joined(f.rawKey.trim()))) return note;
  return { ...note, fields: note.fields.map((f) => (!f.key && joined(f.rawKey.trim()) ? { ...f, rawKey: 'Ix' } : f)) };
}
const JOINED_TREATMENT = new Set(['rx', 'tx', 'mx']);

/**
 * A form's request pane ("CPT requested:", "Procedure requested:", "Requested procedure:", keys.ts `panes`) is the order only
 * where nothing else orders. It is read as a line under a key the language does not know where it names no imaging ("CPT
 * requested: 99213", "Procedure requested: lumbar puncture"), where another Order or Plan line names a study ("Procedure
 * requested: US spine / Order: XR lumbar spine 2 views": the note's own order wins), or where it heads a pasted report
 * ("Outside report from birth hospital: / Requested procedure: US spine / Impression: …": a study done, not the order).
 */
function withRequestPanesRead(note: ParsedNote, k: Knowledge): ParsedNote {
  const panes = note.fields.filter((f) => f.key?.name === 'Order' && isPaneSpelling(f.rawKey));
  if (!panes.length) return note;
  // A 5-digit number is a CPT code only in radiology's 7xxxx ("99213" is an office visit).
  const imaging = (v: string) => /\b7\d{4}\b/.test(v) || STUDY_NAMED.test(v.replace(/\b\d{5}\b/g, ''));
  const otherOrders = note.fields.some((f) => !panes.includes(f) && (f.key?.name === 'Order' || f.key?.name === 'Plan') && STUDY_NAMED.test(f.value));
  const ow = orderWords(k.vocabulary);
  const reported = (f: Field) => {
    const i = note.fields.indexOf(f);
    const next = note.fields[i + 1];
    if (next && ow.paneReportKey.test(next.rawKey.trim())) return true;
    // The line above it names a report ("Outside report (pasted):", "Previous imaging report -").
    const lineStart = note.text.lastIndexOf('\n', f.lineSpan.start - 1);
    const above = note.text.slice(note.text.lastIndexOf('\n', lineStart - 1) + 1, Math.max(lineStart, 0));
    return /\breport\b/i.test(above) || /\breport\b/i.test(f.rawKey);
  };
  // "Procedure requested: US spine (completed 01/10, normal)": a pane whose study is told done, dated or read is the record of
  // one done, never the order (review r33-orders 2).
  const done = toldDone(k.vocabulary);
  const toldDoneOrRead = (v: string) => done.after.test(v) || DATED.test(v) || RESULT_WORD.test(v) || ow.paneDone.test(v);
  const unread = new Set(panes.filter((f) => otherOrders || !imaging(f.value) || reported(f) || toldDoneOrRead(f.value)));
  if (!unread.size) return note;
  return { ...note, fields: note.fields.map((f) => (unread.has(f) ? { ...f, key: undefined } : f)) };
}
/**
 * The first sentence of a key for the studies ("Ix:", "Investigations:", "Rx/Ix:" read as "Ix:") when it opens on a spine study
 * told with its result (resultsUnderStudiesKey) and that result reads abnormal ("US spine - low-lying conus", "US spine - conus
 * at L3", "US spine - thickened filum 3 mm"): a study done. A normal or unsure result is left to the readings before it.
 */
function abnormalReportOpens(f: Field, k: Knowledge): Field | undefined {
  if (f.key || f.column || !f.value || !isStudiesKey(f)) return undefined;
  const first = resultsUnderStudiesKey(f)[0];
  if (!first || f.value.slice(0, first.valueSpan.start - f.valueSpan.start).trim()) return undefined;
  if (readOrder(first.value, undefined, k).status === 'not-spine') return undefined;
  // Only a report: the study, a dash or colon, and a finding opening on the part or what was found ("- low-lying conus",
  // "- conus at L3", "- thickened filum", ": tethered cord"); never why it is asked for ("- for tethered cord", "- risk of
  // tethered cord", "- ?low conus") nor a relative's ("- tethered cord in sibling", "- mum had tethered cord").
  const sep = /\s[-\u2013\u2014]\s|:/.exec(first.value);
  if (!sep) return undefined;
  const said = toWords(first.value.slice(sep.index + sep[0].length));
  const ow = orderWords(k.vocabulary);
  if (!said.length || /[?]/.test(first.value)) return undefined;
  const opens = [said[0]];
  if (!(findAny(opens, ow.finalReportAnatomy).length || findAny(opens, ow.finalReportStated).length || /^tether/.test(said[0].text))) return undefined;
  const relations = wordSetOf(contextLexicon().speakers.relations);
  if (said.some((w) => relations.has(w.text))) return undefined;
  return readPriorImaging(first.value, first.valueSpan.start, k).some((p) => p.result === 'abnormal' && !relativesStudy(first.value, 0, p.text)) ? first : undefined;
}

/**
 * A Dutch letter's "Beleid:" written "Policy:" (keys.ts) is its plan only in a letter that writes its conclusion on a line of
 * its own or a note that writes a Dutch word of the clinic or the spine ("Kinderarts polikliniek", "Echo wervelkolom"), and tells nothing of insurance or a rule (reading-vocabulary translatedPlan). "Policy: MRI not covered without 6
 * weeks of PT", "Insurance: Aetna / Policy: …", "Policy: CT spine only after XR per department radiation policy" are read
 * as a line under a key the language does not know: never the order.
 */
function withTranslatedPlanRead(note: ParsedNote): ParsedNote {
  const policies = note.fields.filter((f) => f.key?.name === 'Plan' && isTranslatedPlanSpelling(f.rawKey));
  if (!policies.length) return note;
  const v = readingVocabulary().translatedPlan;
  const notWords = phraseSetOf(v.notWords);
  const tells = (s: string) => findAny(toWords(s), notWords).length > 0;
  const letter = note.fields.some((f) => f.rawKey && v.letterKeys.includes(normalizeKey(f.rawKey))) || findAny(toWords(note.text), phraseSetOf(v.writerWords)).length > 0;
  if (letter && !note.fields.some((f) => f.rawKey && !policies.includes(f) && tells(f.rawKey)) && !policies.some((f) => tells(f.value))) return note;
  return { ...note, fields: note.fields.map((f) => (policies.includes(f) ? { ...f, key: undefined } : f)) };
}

/**
 * "Ask:" / "Demand:" (keys.ts ASKED_PLAN_SPELLINGS) head the plan only where the value is the request itself ("Ask:
 * echography of the lumbosacral spine"). A parent's demand ("Demand: MRI lumbar spine (parents' demand)", "parents demanding
 * MRI"), a study to bring or from outside or before ("Ask: mum to bring the outside MRI"), a question ("Ask: XR lumbar spine
 * too?"), and any such line where a later line orders a study ("Spinal US ordered.") are read as a line under a key the
 * language does not know: never the order.
 */
const NOT_THE_REQUEST =
  /\?|\b(?:parents?|parents'|parent's|mum|mums|mom|moms|mother|father|dad|family|demand\w*|wants?|wanting|wanted|bring\w*|brought|outside|previous|prior|old|earlier|too|already|done)\b/i;
const LATER_ORDER = new RegExp(String.raw`\b(?:${US_WORDS}|${STUDY_WORDS})\b[^.\n]{0,40}?\b(?:ordered|requested|booked|arranged)\b`, 'i');
function withAskedPlanRead(note: ParsedNote): ParsedNote {
  const asked = note.fields.filter((f) => f.key?.name === 'Plan' && f.rawKey && isAskedPlanSpelling(f.rawKey));
  if (!asked.length) return note;
  const drop = asked.filter((f) => NOT_THE_REQUEST.test(f.value) || LATER_ORDER.test(note.text.slice(f.lineSpan.end)));
  if (!drop.length) return note;
  return { ...note, fields: note.fields.map((f) => (drop.includes(f) ? { ...f, key: undefined } : f)) };
}

/**
 * "Recommend:" / "Direction:" (keys.ts CLOSING_PLAN_SPELLINGS) close a letter on its plan ("Recommend: IRM of the whole spine
 * with contrast substance", "Direction: US of lumbosacral spine"), but a consultant's note recommends beside the order another
 * wrote ("CT L-spine w/o ordered … Recommend: MRI lumbar spine without contrast"), and beside a "Plan:" it is another's
 * advice ("Plan: MRI L-spine / Recommend: physio"): where the note writes another plan or any other line tells a study
 * ordered, the line is read as under a key the language does not know, never the order.
 */
const TOLD_ORDERED = new RegExp(String.raw`\b(?:${US_WORDS}|${STUDY_WORDS})\b[^.\n]{0,40}?\b(?:ordered|requested|booked|arranged|entered|placed)\b`, 'i');
/**
 * A closing line that tells its study done or its result ("MRI of lumbar spine was done 2 weeks ago, normal", "(already performed
 * 01.03, normal)"), or refused ("MRI lumbar spine - mother refuses"), orders nothing; nor one of another body part that names no
 * spine ("Recommend: MRI cerebral", "IRM of the brain"). Nor one left to a condition ("Direction: MRI of lumbar spine, if
 * parents agree", "…, wenn Eltern einverstanden", "indien", "falls"): a choice to come, no order. A next step told "depending
 * on (the) result" at its sentence's end ("After that consult of neurosurgeon depending on result") waits on the study's
 * result, so the study is to be done: no result told ("depending on result of the hip US" may be another study's).
 */
const CLOSING_NOT_ORDERED =
  /\b(?:done|already|performed|obtained|was|were|normal|unremarkable|showed|shows|showing|ago|previous(?:ly)?|prior(?!\s+to\b)|result\w*|refus\w*|declin\w*|against|not (?:wish|want)\w*|no consent|if|unless|wenn|falls|indien)\b/i;
/** "depending on result", at the end of its sentence (reading-vocabulary pendingResult): the next step waits on this study's result. */
const pendingResult = perVocabulary(
  (v: ReadingVocabulary) => new RegExp(String.raw`\b(?:${v.pendingResult.phrases.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|')})\s*(?=[.;]|$)`, 'gi'),
);
/**
 * The value without a next step told "depending on result" in a sentence after the study's that names no study itself
 * ("MRI lumbar spine. After that consult of neurosurgeon depending on result"); in the study's own sentence ("MRI lumbar
 * spine depending on result", review r44-orders H9) the words condition the study itself and stay.
 */
function withoutPendingNext(value: string): string {
  let named = false;
  return value.replace(/[^.;\n]+/g, (sentence) => {
    const study = NAMES_A_STUDY.test(sentence);
    const out = named && !study ? sentence.replace(pendingResult(readingVocabulary()), '') : sentence;
    named ||= study;
    return out;
  });
}
function withClosingPlanRead(note: ParsedNote, v: Knowledge['vocabulary']): ParsedNote {
  const closing = note.fields.filter((f) => f.key?.name === 'Plan' && f.rawKey && isClosingPlanSpelling(f.rawKey));
  if (!closing.length) return note;
  const planBeside = note.fields.some((f) => f.key?.name === 'Plan' && !closing.includes(f));
  const drop = closing.filter(
    (f) =>
      planBeside ||
      TOLD_ORDERED.test(note.text.slice(0, f.lineSpan.start)) ||
      TOLD_ORDERED.test(note.text.slice(f.lineSpan.end)) ||
      CLOSING_NOT_ORDERED.test(withoutPendingNext(f.value)) ||
      namesOnlyAnotherPart(f.value, v),
  );
  if (!drop.length) return note;
  return { ...note, fields: note.fields.map((f) => (drop.includes(f) ? { ...f, key: undefined } : f)) };
}

/** The text of `c` with the parts of it within `spans` blanked (same length, so offsets stay). */
function withoutSpans(text: string, c: Span, spans: readonly Span[]): string {
  let out = text.slice(c.start, c.end);
  for (const s of spans) {
    const from = Math.max(s.start, c.start);
    const to = Math.min(s.end, c.end);
    if (from < to) out = out.slice(0, from - c.start) + ' '.repeat(to - from) + out.slice(to - c.start);
  }
  return out;
}

/** The structured Dimple line wins where both say something; either one can make it atypical. */
function mergeDimple(d: DimpleDescription, other: DimpleDescription): void {
  // A measure and its bound ("<5 mm") go together: the bound of the other line never qualifies this line's number.
  if (d.sizeMm === undefined) [d.sizeMm, d.sizeBound] = [other.sizeMm, other.sizeBound];
  d.position ??= other.position;
  if (d.distanceCm === undefined) [d.distanceCm, d.distanceBound] = [other.distanceCm, other.distanceBound];
  d.deep ||= other.deep;
  d.depthInDoubt ||= other.depthInDoubt;
  d.multiple ||= other.multiple;
  for (const w of other.atypicalWords) if (!d.atypicalWords.includes(w)) d.atypicalWords.push(w);
}

/** The `;`-delimited clause of a value around a span. */
function clauseAround(text: string, span: Span): Span {
  // An indented continuation line ("  within the cleft, 1 cm above the anus") is the same clause; so is the next line
  // when the dimple's line ends with a comma and the next goes on with its measure or place ("2mm dimple within the natal
  // cleft,\n~1cm above anus": dimpleLineGoesOn), forward only.
  const lineBreak = (i: number, forward: boolean): boolean => {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) return false;
    if (c === 10 && text.charCodeAt(i - 1) === 13) return lineBreak(i - 1, forward);
    const next = text.charCodeAt(c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1);
    return next !== 32 && next !== 9 && !(forward && dimpleLineGoesOn(text, i));
  };
  let start = span.start;
  while (start > 0 && text.charCodeAt(start - 1) !== 59 && text.charCodeAt(start - 1) !== 58 && !lineBreak(start - 1, false)) start--;
  let end = span.end;
  while (end < text.length && text.charCodeAt(end) !== 59 && !lineBreak(end, true)) end++;
  work.steps += end - start;
  return { start, end };
}

/** Hits of a category that count as present (see countsAsPresent in findings.ts). */
export function present(facts: Facts, category: FindingCategoryT): FindingHit[] {
  return facts.hits.filter((h) => h.present && h.finding.category === category);
}

/** The age the acoustic-window rules use: chronological, or corrected for prematurity when the setting asks for it. */
export function windowAgeMonths(age: AgeFact, useCorrectedAge: boolean | undefined): number {
  return useCorrectedAge && age.corrected ? age.corrected.months : age.months;
}
