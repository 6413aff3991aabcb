/** The order vocabulary's phrase lists, merged once per vocabulary for the readers of orders. */
import type { OrderVocabulary } from '../knowledge/schema';
import { alternation, escapeRegExp, perVocabulary, phrasePattern, wordOrStem, wordsPattern } from './patterns';
import { type PhraseSet, phraseSetOf, readingVocabulary } from './vocabulary';
import { ARROWS, useRegionsOf } from './study-names';

/** A key as its lower-case words ("Planned Procedure:" → "planned procedure"). */
export function keyWords(rawKey: string): string {
  return rawKey
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** A key opening a line, as written before its colon ("Prior imaging:", "Follow-up:", "ED:"); group 1 is the key. */
export const LINE_KEY = /^[ \t]*([A-Za-z][A-Za-z /&-]{0,30}?)[ \t]*:/;
const LINE_KEYS = new RegExp(LINE_KEY.source, 'gm');

/** The keys opening the text's lines, each as its lower-case words. */
export function lineKeys(text: string): string[] {
  return [...text.matchAll(LINE_KEYS)].map((m) => keyWords(m[1]));
}

/** The key opening the line that holds `at`, as its lower-case words, when the key ends before `at`. */
export function keyOpeningLineOf(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const key = LINE_KEY.exec(text.slice(lineStart, at));
  return key ? keyWords(key[1]) : undefined;
}

/** Any of these phrases, their words apart by anything but a letter or a digit ("re-requested as" for "re requested as"). */
function phrasesPattern(phrases: readonly string[]): RegExp {
  return new RegExp(
    String.raw`\b(?:${phrases
      .map((p) =>
        p
          .split(' ')
          .map(escapeRegExp)
          .join(String.raw`[\W_]+`),
      )
      .join('|')})\b`,
    'i',
  );
}

/** The words of both vocabularies that tell an order in prose (orderWords). */
export interface OrderWords {
  /** reading-vocabulary orderCues and order-vocabulary prose.requestCues. */
  cues: PhraseSet;
  /** reading-vocabulary notOrderCues and order-vocabulary prose.notOrderCues. */
  notOrder: PhraseSet;
  politeIf: PhraseSet;
  noImaging: PhraseSet;
  /** order-vocabulary prose.explicitCues: an order outright, which beats a weaker cue elsewhere in the note. */
  explicit: PhraseSet;
  /** order-vocabulary prose.requestCues alone ("please", "grateful", "repeat"). */
  requests: PhraseSet;
  /** order-vocabulary prose.requestVerbsAsked: request cues that ask in a question opening on an asking word ("Should we repeat MRI?"). */
  requestVerbsAsked: ReadonlySet<string>;
  /** order-vocabulary prose.requestVerbsAskedSubjects: a subject right before such a verb makes it the question's own. */
  requestVerbsAskedSubjects: ReadonlySet<string>;
  /** order-vocabulary prose.otherOrderers and their auxiliaries: another clinician's or service's own order ("Ortho arranged XR"). */
  otherOrderers: { subjects: PhraseSet; auxiliaries: ReadonlySet<string> };
  /** order-vocabulary prose.requestBlockers. */
  blockers: PhraseSet;
  /** order-vocabulary prose.askingOpeners: a question about the study opens on one. */
  asking: PhraseSet;
  /** order-vocabulary prose.openingAsides: words before an opening order, up to a comma. */
  asides: PhraseSet;
  /** order-vocabulary prose.askedAnswersNo: the answer after "MRI?" that leaves it undone. */
  answersNo: PhraseSet;
  /** order-vocabulary prose.askedAnswersYes: the answer after a question about the study that orders it. */
  answersYes: PhraseSet;
  /** order-vocabulary prose.studyRecords: after a study's name, what is requested is its record, not the study. */
  records: PhraseSet;
  /** order-vocabulary prose.oldStudy: before a study's name, the study is one done before ("the old films"). */
  oldStudy: PhraseSet;
  toldRepeat: ReadonlySet<string>;
  /** order-vocabulary prose.notOrderBefore: declines the study only when written before it. */
  before: PhraseSet;
  /** order-vocabulary prose.notOrderOfOther: what a notOrderCue after the study is about instead ("US slot not available"). */
  ofOther: PhraseSet;
  /** order-vocabulary prose.notBookedOfOther: what a booking cue after the study is about instead ("GA not booked"). */
  bookedOfOther: { cues: PhraseSet; words: PhraseSet };
  /** order-vocabulary prose.notOrderUntil: a notOrderCue that tells when, not whether ("not available until January"). */
  until: PhraseSet;
  proposers: PhraseSet;
  /** The one-word proposers, which may open a clause that declines ("parents to consider"). */
  proposerWords: ReadonlySet<string>;
  proposals: PhraseSet;
  declinedAfter: PhraseSet;
  explaining: ReadonlySet<string>;
  changedTo: ReadonlySet<string>;
  /** order-vocabulary contrast.without and contrast.with: a contrast told before the study it qualifies ("changed to non-contrast MRI …"). */
  contrastLead: PhraseSet;
  /** order-vocabulary contrast.without, .with and .withoutAndWith as key words ("w o contrast"): a contrast told alone, as a form's option is. */
  contrastChoices: ReadonlySet<string>;
  /** order-vocabulary prose.changeUnsettled: a protocol line's change not settled or undone. */
  changeUnsettled: PhraseSet;
  /** order-vocabulary prose.changePast: a change told as one made before, not this order's. */
  changePast: PhraseSet;
  changeVerbs: ReadonlySet<string>;
  changeDecided: ReadonlySet<string>;
  instead: ReadonlySet<string>;
  /** order-vocabulary prose.changedAs: a vetting or change ending on the word before the study now to be done ("protocolled as"). */
  changedAs: PhraseSet;
  /** order-vocabulary prose.protocolHistory: right before a protocol word, it is told as history. */
  protocolHistory: ReadonlySet<string>;
  /** order-vocabulary prose.relativesPossessive as a possessive ("Mom's", "her brother's"): the study after it is the relative's. */
  relativesBefore: RegExp;
  /** order-vocabulary prose.finalLabels: a key or label naming the study settled ("Final study:", "Protocol:"). */
  finalLabels: PhraseSet;
  /** The same, as a key's lower-case words (keyWords). */
  finalKeys: ReadonlySet<string>;
  /** order-vocabulary prose.finalLabelBy: radiology, after "by" between a label and its colon ("Protocolled by rads:"). */
  finalLabelBy: PhraseSet;
  /** order-vocabulary prose.vettedStudyOnly: labels of a radiologist's acceptance, and the only words that may follow its study. */
  vettedStudyOnly: { labels: ReadonlySet<string>; studies: ReadonlySet<string>; words: ReadonlySet<string> };
  /** order-vocabulary prose.finalReportWords: report words on a label's line ("Final: US spine, no tethered cord"). */
  finalReportWords: PhraseSet;
  /** order-vocabulary prose.finalReportAnatomy: parts a report tells of, with a finding ("conus at L1-2"). */
  finalReportAnatomy: PhraseSet;
  /** order-vocabulary prose.finalReportStated: words beside such a part telling a finding ("fatty filum"). */
  finalReportStated: PhraseSet;
  /** order-vocabulary prose.finalReportAsked: words making a report word what is looked for ("to assess conus"). */
  finalReportAsked: PhraseSet;
  /** order-vocabulary prose.changeProposals: a change proposed ("suggest protocolled as …"). */
  changeProposals: PhraseSet;
  /** order-vocabulary prose.changeGeneral: a change told as a general statement ("in infants XR has been replaced by US"). */
  changeGeneral: PhraseSet;
  /** order-vocabulary prose.changeLeftOpen: a change left open or undone later on its line ("GP to confirm"). */
  changeLeftOpen: PhraseSet;
  /** order-vocabulary prose.changeKept: another study kept later on a change's line ("XR proceeds"). */
  changeKept: PhraseSet;
  /** Any phrase of changedAs or finalLabels: a text holding none of them (nor a word of MAY_CHANGE) tells no change. */
  mayChangeAs: RegExp;
  /** A word of prose.changedPlan.cancelled right before an arrow: a text holding none tells no change by arrow (order-candidate.ts cancelledThenArrow). */
  cancelledArrow: RegExp;
  /** order-vocabulary prose.requestHandling: a heading for a note handling a study requested ("UR RN review - NM bone scan …"). */
  requestHandling: PhraseSet;
  /** order-vocabulary prose.purposeLabels: a label telling what the study after its colon is for ("Routine surveillance:"). */
  purposeLabels: PhraseSet;
  /** order-vocabulary prose.purposeLabelHeld: after a purpose label, words that tell the study not one to do now. */
  purposeLabelHeld: PhraseSet;
  /** order-vocabulary prose.noPriorValues: a history value's word that there is nothing before today ("none", "nil"). */
  noPriorValues: PhraseSet;
  /** order-vocabulary prose.afterNoneNotOurs: another's, another place's, a routine or a later order ("by PCP", "at OSH", "yearly"). */
  afterNoneNotOurs: RegExp;
  /** order-vocabulary prose.openingOrders: words that open a sentence ordering its study ("Order US spine"). */
  opening: PhraseSet;
  /** The first words of those: a value holding none of them is not cut into sentences for them. */
  openingFirst: ReadonlySet<string>;
  /** order-vocabulary prose.noneOrdered: the note says it orders no imaging. */
  noneOrdered: PhraseSet;
  /** order-vocabulary prose.noneValues: an Order value naming no study that says there is none. */
  noneValues: PhraseSet;
  /** order-vocabulary prose.orderLineDeclined: an Order line's study told not indicated right after it (order-line-declined.ts). */
  orderLineDeclined: {
    weighed: ReadonlySet<string>;
    denials: PhraseSet;
    notOfStudy: ReadonlySet<string>;
    reinstated: PhraseSet;
    doneBefore: { opens: PhraseSet; past: ReadonlySet<string> };
    /** goesOn, with any word re-done ("re-book", "rebook"): a cancellation's bracketed reason telling the study goes on. */
    goesOn: RegExp;
  };
  /** order-vocabulary prose.requestKeyPast: a request key's words telling a request of before or refused ("Previous request:"). */
  requestKeyPast: ReadonlySet<string>;
  /** order-vocabulary prose.noneStatements: a sentence of these words alone declares no imaging (standsAlone). */
  noneStatements: PhraseSet;
  /** order-vocabulary prose.noneOrderedPartial, noneOrderedElsewhere, noneOrderedHere: a statement of part of the imaging, or someone else's. */
  noneOrderedPartial: PhraseSet;
  noneOrderedElsewhere: PhraseSet;
  noneOrderedHere: PhraseSet;
  /** order-vocabulary prose.noneOrderedFor, noneOrderedBy: what or whom a statement of no order naming no study is about. */
  noneOrderedFor: ReadonlySet<string>;
  noneOrderedBy: ReadonlySet<string>;
  /** order-vocabulary prose.noneOrderedThen: a word opening the clause after a statement of no order. */
  noneOrderedThen: ReadonlySet<string>;
  /** order-vocabulary prose.noneOrderedYet, noneOrderedUntil: a statement of no order kept ("yet"), a study put off ("after review"). */
  noneOrderedYet: PhraseSet;
  noneOrderedUntil: PhraseSet;
  /** order-vocabulary prose.urgentAfter: "stat" right after a study's name orders it. */
  urgentAfter: ReadonlySet<string>;
  /** order-vocabulary prose.closingLeads: "now" before the study closing a note ("…, now MRI lumbar spine w/o"). */
  closingLeads: ReadonlySet<string>;
  /** order-vocabulary prose.closingStudyEnds with reading-vocabulary studyAlone: the only words after a closing study's name. */
  closingStudyWords: ReadonlySet<string>;
  /** order-vocabulary prose.closingListPast: a history cue opening a findings list ("no history of", "never"), at its start. */
  closingListPast: RegExp;
  /** order-vocabulary prose.closingLeadRefused: a word in a clause before ", now <study>" that refuses the lead. */
  closingLeadRefused: ReadonlySet<string>;
  /** order-vocabulary prose.relativesPossessive as words: a relative named ("Sister: no MRI needed, …"). */
  relatives: ReadonlySet<string>;
  /** order-vocabulary prose.closingOtherNeed: "No MRI lumbar spine needed, " before a closing study, as a pattern of the text between. */
  closingOtherNeed: RegExp;
  /** order-vocabulary prose.statusAfter: "pending" closing a study's clause right after its name orders it. */
  statusAfter: ReadonlySet<string>;
  /** order-vocabulary prose.statusNotWith: where "pending" orders nothing (a study done elsewhere, a relative's, a Results key). */
  statusNotBefore: PhraseSet;
  statusNotKeys: ReadonlySet<string>;
  /** order-vocabulary prose.suspicionLeftOpen: "?axial disease -> MRI … vs watchful waiting" leaves the study open. */
  suspicionLeftOpen: PhraseSet;
  /** order-vocabulary prose.suspicionTakenBack: "?axial disease -> MRI …, refused" (or in the next sentence) takes the study back. */
  suspicionTakenBack: PhraseSet;
  /** order-vocabulary prose.urgentDoubled: "now-now" right after a study's name orders it. */
  urgentDoubled: ReadonlySet<string>;
  /** order-vocabulary prose.answerKeys: a teaching vignette's "Answer:", "Resident's choice:". */
  answerKeys: ReadonlySet<string>;
  /** A modality's spelling and order-vocabulary request.modalityKeyEnds, as a requisition keys its request ("xr req", "mri req"). */
  modalityRequestKeys: ReadonlySet<string>;
  /** order-vocabulary prose.operationKeys: an Order alias naming the operation of a pre-op note ("Procedure:"). */
  operationKeys: ReadonlySet<string>;
  /** order-vocabulary prose.reasonLabels, ending a key after the study it orders ("XR L-SPINE - reason for exam"). */
  reasonAtEnd: RegExp;
  /** order-vocabulary prose.proposingKeys, as written keys are normalised (lower case, words joined by a space). */
  proposingKeys: ReadonlySet<string>;
  /** order-vocabulary prose.receivingKeys: a transfer note's receiving side ("Receiving:", "Accepting ED:"), normalised as proposingKeys. */
  receivingKeys: ReadonlySet<string>;
  /** order-vocabulary prose.plannedStudyKeys: a setting's plan or a procedure line ("ED plan:", "ED:", "Proc:"), read as the receiving side's. */
  plannedStudyKeys: ReadonlySet<string>;
  /** order-vocabulary prose.procedureWent: a procedure told gone through on such a line ("tolerated well", "uneventful"). */
  procedureWent: PhraseSet;
  /** order-vocabulary prose.bareStudyKeys: what makes a bare "ED:"/"Proc:" line one done, not the plan. */
  bareStudyKeys: {
    keys: ReadonlySet<string>;
    settingKeys: ReadonlySet<string>;
    reportKeys: ReadonlySet<string>;
    /** Report keys only a report fills ("Technique:"), and words telling such a key's text still to come ("to be protocolled"). */
    reportContentKeys: ReadonlySet<string>;
    reportPending: RegExp;
    visitCues: PhraseSet;
    lineResults: PhraseSet;
    procedureWords: PhraseSet;
  };
  /** order-vocabulary prose.recommendedThenOrdered: a study recommended, then ordered in the next sentence. */
  recommendedThenOrdered: { recommends: PhraseSet; ordersIt: PhraseSet; objects: PhraseSet; deferrals: PhraseSet; otherItems: PhraseSet };
  /** order-vocabulary prose.withdrawn: the request or order itself taken back. */
  withdrawn: PhraseSet;
  /** order-vocabulary prose.withdrawnOwn: words before "order" / "request" that leave it the study's own ("the order", "imaging request"). */
  withdrawnOwn: ReadonlySet<string>;
  /** order-vocabulary prose.declinedOwn: the words before a request declined that leave it the study's. */
  declinedOwn: { by: ReadonlySet<string>; reasonOpens: PhraseSet };
  /** order-vocabulary prose.orderSystemRoute.systems: an order-comms system's name before a spaced dash ("ICE - US spine requested"). */
  orderSystems: PhraseSet;
  /** order-vocabulary prose.orderSystemRoute orderWords and refused: the only clause read after the route ("US spine requested"). */
  orderSystemClause: { orderWords: ReadonlySet<string>; refused: ReadonlySet<string> };
  /** order-vocabulary prose.nurseProtocol: a nurse's study started by a standing protocol (nurse-protocol.ts). */
  nurseProtocol: { nurses: PhraseSet; started: PhraseSet; protocols: PhraseSet; held: PhraseSet; confirmed: PhraseSet; undone: PhraseSet };
  /** order-vocabulary prose.speakerLabels: a doctor's speaker label keying a line ("Dr: CT L-spine requested"). */
  speakerLabels: ReadonlySet<string>;
  /** order-vocabulary prose.speakerLabelRefused: words refusing a 'Dr:' line's order anywhere in its sentence. */
  speakerLabelRefused: PhraseSet;
  /** order-vocabulary prose.laterLineTakenBack: a later line taking back the study an earlier line ordered (order-taken-back-later.ts). */
  laterLineTakenBack: {
    speakers: ReadonlySet<string>;
    denials: PhraseSet;
    holds: PhraseSet;
    pending: PhraseSet;
    region: ReadonlySet<string>;
    copulas: PhraseSet;
    restored: PhraseSet;
    otherPatient: PhraseSet;
    determiners: ReadonlySet<string>;
    notName: ReadonlySet<string>;
    goesOn: RegExp;
  };
  /** order-vocabulary prose.withdrawnOnItsLine: the study taken back right after its name ("MRI L-spine … cancelled by family"). */
  withdrawnOnItsLine: PhraseSet;
  /** order-vocabulary prose.changedPlan: a study told first ordered and cancelled later in its sentence ("initially requested … cancelled"). */
  changedPlan: { first: PhraseSet; ordered: PhraseSet; cancelled: PhraseSet };
  /** order-vocabulary prose.confirmed: a scheduler's confirmation of the study named right after it ("to confirm US spine Thurs 0930"). */
  confirmed: { words: ReadonlySet<string>; skip: ReadonlySet<string>; notOf: ReadonlySet<string>; undoneAfter: PhraseSet };
  /** order-vocabulary prose.orderingRoles: "ordering NP", "requesting physician" name a role, not an order. */
  orderingRoles: ReadonlySet<string>;
  /** order-vocabulary prose.writerCues: order words that order only in the writer's own voice ("arranging"). */
  writerCues: ReadonlySet<string>;
  /** order-vocabulary prose.sending: "I sent her directly to MRI …", "Sent to bone scan". */
  sending: { verbs: ReadonlySet<string>; between: ReadonlySet<string> };
  /** order-vocabulary prose.orderedLater: the order put off or left to someone else ("will order then", "will be ordered by"). */
  orderedLater: PhraseSet;
  /** order-vocabulary prose.problemDashNotNow: after a problem's dash, a time to come or a result told ("- MRI L-spine at next visit"). */
  problemDashNotNow: PhraseSet;
  /** order-vocabulary prose.problemDashOthers: after a problem's dash, a plan left to another team ("PCP to order"). */
  problemDashOthers: PhraseSet;
  /** order-vocabulary prose.plainStudyAfter: words after a closing study told plainly for now ("XR L-spine ordered."). */
  plainStudyAfter: ReadonlySet<string>;
  /** order-vocabulary prose.problemDashBeside: tests listed before the study after a problem's dash ("- CBC, LDH, bone scan"). */
  problemDashBeside: ReadonlySet<string>;
  /** order-vocabulary prose.reconstructed: spine images made from a CT of the body ("spine reconstruction from the same scan"). */
  reconstructed: ReadonlySet<string>;
  /** order-vocabulary prose.droppedSubjectProposals: a sentence opening on a proposal, its subject left out ("Requests MRI …"). */
  droppedSubjectProposals: PhraseSet;
  /** order-vocabulary prose.orderedItClause: a clause that is only the writer's order of the study before it ("…, I ordered it"). */
  orderedItClause: ReadonlySet<string>;
  /** order-vocabulary prose.doneAtVisit: words telling a study done ("XR T/L spine obtained"). */
  doneAtVisit: ReadonlySet<string>;
  /** order-vocabulary prose.resultAfterStudy: a result right after a study's name ("MRI L-spine normal"). */
  resultAfterStudy: ReadonlySet<string>;
  /** order-vocabulary prose.reviewAfterStudy: the study is what is reviewed ("for MRI review"). */
  reviewAfterStudy: ReadonlySet<string>;
  /** order-vocabulary prose.inTransit: a study's films or images on their way ("when films arrive"). */
  inTransit: PhraseSet;
  /** order-vocabulary prose.techniqueAfterResult: "normal sequences", "clear views" tell how a study is done, not its result. */
  techniqueAfterResult: ReadonlySet<string>;
  /** order-vocabulary prose.viewsInBracket: "(AP/lat)", "(a.p./lat.)" after a study list its views. */
  viewsInBracket: ReadonlySet<string>;
  /** order-vocabulary prose.anotherStudyBefore: "…, prior 2024 normal" tells another study, done before. */
  anotherStudyBefore: ReadonlySet<string>;
  /** order-vocabulary prose.seenOn: words telling a finding seen or not seen on a study ("not seen on plain film"). */
  seenOn: PhraseSet;
  /** order-vocabulary prose.seenOnSupposed: "would be seen on MRI" supposes the study, it tells none looked at. */
  seenOnSupposed: PhraseSet;
  /** order-vocabulary prose.doneBefore: words putting a study done at another time or place ("prior", "at 6 weeks", "by PCP"). */
  doneBefore: PhraseSet;
  /** order-vocabulary prose.stayDays: a day of an inpatient stay before its number ("HD 1", "POD 3"), and the one-word ones a number may be glued to ("HD1"). */
  stayDays: { spaced: PhraseSet; glued: ReadonlySet<string> };
  /** order-vocabulary prose.visitSettings: words of an acute visit's record ("ED course:", "Emergency Department Discharge"). */
  visitSettings: PhraseSet;
  /**
   * order-vocabulary prose.ownActionLine with the services (prose.proposingServices, reading-vocabulary referral.neurosurgery,
   * prose.visitSettings): a plan line that tells an action of its own ("Refer NSGY if abnormal"); forTheStudy: one whose action is the study.
   */
  ownActionLine: { opens: PhraseSet; notAfter: ReadonlySet<string>; forTheStudy: PhraseSet };
  /** order-vocabulary prose.lineConditions: a plan line that is only a condition, hung on the study above it. */
  lineConditions: {
    afterStudy: ReadonlySet<string>;
    /** prose.lineConditions.stillToDo: right before a past order verb, it is still to do. */
    stillToDo: ReadonlySet<string>;
    opens: PhraseSet;
    clinical: PhraseSet;
    /** prose.lineConditions.courseAfterIf: course words that condition only after these openers ("if CRP keeps rising"). */
    courseAfterIf: { opens: ReadonlySet<string>; words: PhraseSet };
    keepsOrder: ReadonlySet<string>;
    notOpening: PhraseSet;
    onTime: ReadonlySet<string>;
    hingesOn: PhraseSet;
    decidedBy: PhraseSet;
    toldMet: PhraseSet;
    metAtReview: PhraseSet;
  };
  /** order-vocabulary prose.planStudyTold: a Plan's one study told done, with its result, as the plan's reason ("reassured given normal MRI"). */
  planStudyTold: { reasons: PhraseSet; fillers: ReadonlySet<string>; told: PhraseSet; reportVerbs: PhraseSet; done: PhraseSet };
  /** order-vocabulary prose.besideConditioned: a later study beside one passed over for its course condition, no order either. */
  besideConditioned: { alternatives: PhraseSet; told: PhraseSet };
  /** order-vocabulary prose.lineRunsOnAfter: a line's last word that runs its sentence on to the next line ("… at / follow up"). */
  lineRunsOnAfter: ReadonlySet<string>;
  /** order-vocabulary prose.resultAfterDash: a whole result after a spaced dash ("- normal", "- без патологии"). */
  resultAfterDash: PhraseSet;
  /** order-vocabulary prose.doneNow: words telling a study done at this visit in its own sentence ("today", "on arrival"). */
  doneNow: PhraseSet;
  /** order-vocabulary prose.adviceOrders and adviceSuggests: words that order or suggest the study named right after them ("Advised X-ray LS spine"). */
  advice: ReadonlySet<string>;
  /** order-vocabulary prose.checkOrders: words that order the study named right after them and nothing more ("Check CT L-spine"). */
  checks: ReadonlySet<string>;
  /** order-vocabulary prose.checkThenReport: a clause sending the report after "check" and the study ("and send report to GP"). */
  checkThenReport: { opens: PhraseSet; maxAfter: number };
  /** order-vocabulary prose.adviceSuggests: words of `advice` that only suggest the study ("Recommend MRI …"): a weak cue. */
  adviceSuggests: ReadonlySet<string>;
  /** order-vocabulary prose.adviceSuggestsWithheld: what makes a suggestion no ask of the writer's (order-openings suggestionWithheld). */
  adviceSuggestsWithheld: {
    roles: ReadonlySet<string>;
    talk: ReadonlySet<string>;
    recipientBefore: ReadonlySet<string>;
    against: PhraseSet;
    takenBack: ReadonlySet<string>;
    done: ReadonlySet<string>;
  };
  /** order-vocabulary prose.adviceEarlier: a word before "advised" telling it of an earlier time ("previously advised"). */
  adviceEarlier: ReadonlySet<string>;
  /** order-vocabulary prose.adviceConditioned: a condition in the advice's own clause ("if", "in case", "SOS"). */
  adviceConditioned: PhraseSet;
  /** order-vocabulary prose.adviceDeclined: a refusal told on the advice's line ("parents refused", "not willing"). */
  adviceDeclined: PhraseSet;
  /** order-vocabulary prose.refusalOwnWords: words after a refusal that still tell the study itself refused ("declined today"). */
  refusalOwnWords: ReadonlySet<string>;
  /** order-vocabulary prose.refusalClauseEnds: words that close a refusal's clause ("refused GA, so …"). */
  refusalClauseEnds: ReadonlySet<string>;
  /** order-vocabulary prose.studysApproval: the new study's approval, asked of the payer ("awaiting approval"); global. */
  studysApproval: RegExp;
  /** order-vocabulary prose.forAnother: "for" a relative (its word in group 1, checked against the relations); global. */
  forPerson: RegExp;
  /** order-vocabulary prose.paneDone: a request pane's study told done ("completed", "resulted"). */
  paneDone: RegExp;
  /** order-vocabulary prose.paneReportKeys: a key opening a report after a request pane ("Impression:"). */
  paneReportKey: RegExp;
  /** order-vocabulary prose.intentionUndone: an intention told before the order word, not carried out ("was going to order"). */
  intentionUndone: PhraseSet;
  /** order-vocabulary prose.letterSuggestion: a study the writer of a letter to the ordering clinician asks for. */
  letterSuggestion: {
    suggests: PhraseSet;
    letter: ReadonlySet<string>;
    later: PhraseSet;
    salutations: ReadonlySet<string>;
    greetings: ReadonlySet<string>;
    titles: ReadonlySet<string>;
    against: PhraseSet;
    phraseEnds: PhraseSet;
    signOffs: PhraseSet;
  };
  /** order-vocabulary prose.doneRightAfter: cues that tell a study done only right after its name ("XR L-spine obtained"). */
  doneRightAfter: ReadonlySet<string>;
  /** order-vocabulary prose.requisitionWords: a requisition cue's first words ("req done"). */
  requisitionWords: ReadonlySet<string>;
  /** order-vocabulary prose.arrowOrders: the writer's own request opening the clause after an arrow ("-> requesting CT"). */
  arrowOrders: PhraseSet;
  /** order-vocabulary prose.arrowOrders.ruledOut: all that follows the study before the arrow, as written ("c/i", "not available"). */
  arrowRuledOut: ReadonlySet<string>;
  /** order-vocabulary prose.orderEntry: the writer's own order entry ("I've put in", "we have entered", "added … to the GA list"). */
  orderEntry: { writers: ReadonlySet<string>; proposingModals: ReadonlySet<string>; conditions: ReadonlySet<string> };
  /** order-vocabulary prose.relativeOrders: the words of a relative clause that orders ("which I've ordered"). */
  relativeOrders: { pronouns: ReadonlySet<string>; writers: ReadonlySet<string>; auxiliaries: ReadonlySet<string> };
  /** order-vocabulary prose.othersMayWant: another clinician's possible later wish ("PCP may want x-ray"). */
  othersMayWant: { subjects: PhraseSet; modals: PhraseSet; writerOrdered: RegExp };
  /** order-vocabulary prose.clinicianOrdersNow: a clinician told ordering now ("The resident orders …"). */
  clinicianOrdersNow: { clinicians: PhraseSet; verbs: PhraseSet; services: ReadonlySet<string>; undone: RegExp; undoneLater: RegExp };
  /** order-vocabulary prose.seniorInstruction: a senior's instruction carried out ("reg said do xray"). */
  seniorInstruction: { seniors: PhraseSet; told: PhraseSet; actions: PhraseSet; withheld: RegExp; history: RegExp; undone: RegExp };
  /** order-vocabulary prose.orderedElsewhere: an order of another visit, place or clinician, or never carried out. */
  elsewhere: {
    places: PhraseSet;
    times: PhraseSet;
    abandoned: PhraseSet;
    thisVisit: PhraseSet;
    stillOpen: PhraseSet;
    otherClause: PhraseSet;
    byClinicians: PhraseSet;
    askedPer: PhraseSet;
    /** order-vocabulary subregions: the spine regions a study told of is of ("MRI C-spine" beside an order of the L-spine). */
    regions: readonly PhraseSet[];
  };
  /** order-vocabulary prose.askedByFamily: the family or patient named after "by" on a study's line ("Requested: MRI by the mother"). */
  askedByFamily: PhraseSet;
  /** order-vocabulary prose.decisionLeft: the choice of study left to later, before the study on its order line. */
  decisionLeft: PhraseSet;
  /** order-vocabulary prose.decisionLeftWhether: a decision's clause asking whether its study is needed or done at all. */
  decisionWhether: {
    needed: ReadonlySet<string>;
    linking: ReadonlySet<string>;
    /** The words between "whether" and the study, whole: "whether to order", "whether to proceed with an". */
    toOrder: RegExp;
  };
  /** order-vocabulary prose.priorStudyNamed: a study named as one done before ("prior spine US", "previous MRI"). */
  priorStudyNamed: RegExp;
  /** order-vocabulary modalities: the modality a study's head word names ("usg" US, "ncct" CT, "bone" of "bone scan"). */
  studyKinds: ReadonlyMap<string, string>;
  /** order-vocabulary prose.foundByFamily: a sign found, in the clause before "by" ("found at bath time by dad"): no one asked. */
  foundByFamily: ReadonlySet<string>;
  /** order-vocabulary prose.declinedLater with the modality words (modalities, but a bare "us" or "views"): a kind of study declined later. */
  declinedLater: {
    modalities: ReadonlyMap<string, PhraseSet>;
    doubts: PhraseSet;
    needs: PhraseSet;
    answeredOtherwise: PhraseSet;
    answerLeftOpen: PhraseSet;
    answerAgrees: PhraseSet;
  };
}

/** Merged once per order vocabulary (the reading vocabulary is one per process). */
export function orderWords(v: OrderVocabulary): OrderWords {
  useRegionsOf(v);
  return orderWordsOf(v);
}
const orderWordsOf = perVocabulary((v: OrderVocabulary): OrderWords => {
  const r = readingVocabulary();
  return {
    cues: phraseSetOf([...r.orderCues, ...v.prose.requestCues]),
    notOrder: phraseSetOf([...r.notOrderCues, ...v.prose.notOrderCues]),
    politeIf: phraseSetOf(v.prose.politeIf),
    noImaging: phraseSetOf(v.prose.noImaging),
    explicit: phraseSetOf(v.prose.explicitCues),
    requests: phraseSetOf(v.prose.requestCues),
    requestVerbsAsked: new Set(v.prose.requestVerbsAsked),
    requestVerbsAskedSubjects: new Set(v.prose.requestVerbsAskedSubjects),
    otherOrderers: { subjects: phraseSetOf(v.prose.otherOrderers), auxiliaries: new Set(v.prose.otherOrderersAuxiliaries) },
    blockers: phraseSetOf(v.prose.requestBlockers),
    asking: phraseSetOf(v.prose.askingOpeners),
    asides: phraseSetOf(v.prose.openingAsides),
    answersNo: phraseSetOf(v.prose.askedAnswersNo),
    answersYes: phraseSetOf(v.prose.askedAnswersYes),
    records: phraseSetOf(v.prose.studyRecords),
    oldStudy: phraseSetOf(v.prose.oldStudy),
    toldRepeat: new Set(v.prose.toldRepeat),
    before: phraseSetOf(v.prose.notOrderBefore),
    ofOther: phraseSetOf(v.prose.notOrderOfOther),
    bookedOfOther: { cues: phraseSetOf(v.prose.notBookedOfOther.cues), words: phraseSetOf(v.prose.notBookedOfOther.words) },
    until: phraseSetOf(v.prose.notOrderUntil),
    proposers: phraseSetOf([...v.prose.proposers, ...v.prose.proposingServices]),
    proposals: phraseSetOf(v.prose.proposals),
    proposerWords: new Set([...v.prose.proposers, ...v.prose.proposingServices].filter((p) => !p.includes(' '))),
    declinedAfter: phraseSetOf(v.prose.declinedAfter),
    declinedLater: {
      // "not ordered by us", "see views": as words of their own, no study of the kind.
      modalities: new Map(Object.entries(v.modalities).map(([m, spellings]) => [m, phraseSetOf(spellings.filter((x) => x !== 'us' && x !== 'views'))])),
      doubts: phraseSetOf(v.prose.declinedLater.doubts),
      needs: phraseSetOf(v.prose.declinedLater.needs),
      answeredOtherwise: phraseSetOf(v.prose.declinedLater.answeredOtherwise),
      answerLeftOpen: phraseSetOf(v.prose.declinedLater.answerLeftOpen),
      answerAgrees: phraseSetOf(v.prose.declinedLater.answerAgrees),
    },
    explaining: new Set(v.prose.explaining),
    changedTo: new Set(v.prose.changedTo),
    contrastLead: phraseSetOf([...v.contrast.without, ...v.contrast.with]),
    contrastChoices: new Set([...v.contrast.without, ...v.contrast.with, ...v.contrast.withoutAndWith].map(keyWords).filter((w) => w)),
    changeUnsettled: phraseSetOf(v.prose.changeUnsettled),
    changePast: phraseSetOf(v.prose.changePast),
    changeVerbs: new Set(v.prose.changeVerbs),
    changeDecided: new Set(v.prose.changeDecided),
    instead: new Set(v.prose.instead),
    changedAs: phraseSetOf(v.prose.changedAs),
    protocolHistory: new Set(v.prose.protocolHistory),
    relativesBefore: new RegExp(String.raw`\b(?:${alternation(v.prose.relativesPossessive)})['\u2019]?s\b`, 'i'),
    finalLabels: phraseSetOf(v.prose.finalLabels),
    finalKeys: new Set(v.prose.finalLabels),
    finalLabelBy: phraseSetOf(v.prose.finalLabelBy),
    vettedStudyOnly: {
      labels: new Set(v.prose.vettedStudyOnly.labels),
      studies: new Set(v.prose.vettedStudyOnly.studies),
      words: new Set(v.prose.vettedStudyOnly.words),
    },
    finalReportWords: phraseSetOf(v.prose.finalReportWords),
    finalReportAsked: phraseSetOf(v.prose.finalReportAsked),
    finalReportAnatomy: phraseSetOf(v.prose.finalReportAnatomy),
    finalReportStated: phraseSetOf(v.prose.finalReportStated),
    changeProposals: phraseSetOf(v.prose.changeProposals),
    changeGeneral: phraseSetOf(v.prose.changeGeneral),
    changeLeftOpen: phraseSetOf(v.prose.changeLeftOpen),
    changeKept: phraseSetOf(v.prose.changeKept),
    mayChangeAs: phrasesPattern([...v.prose.changedAs, ...v.prose.finalLabels]),
    cancelledArrow: new RegExp(String.raw`${phrasesPattern(v.prose.changedPlan.cancelled).source}\s*(?:${ARROWS})`, 'i'),
    reconstructed: new Set(v.prose.reconstructed),
    orderedItClause: new Set(v.prose.orderedItClause),
    droppedSubjectProposals: phraseSetOf(v.prose.droppedSubjectProposals),
    doneAtVisit: new Set(v.prose.doneAtVisit),
    resultAfterStudy: new Set(v.prose.resultAfterStudy),
    reviewAfterStudy: new Set(v.prose.reviewAfterStudy),
    inTransit: phraseSetOf(v.prose.inTransit),
    techniqueAfterResult: new Set(v.prose.techniqueAfterResult),
    viewsInBracket: new Set(v.prose.viewsInBracket),
    anotherStudyBefore: new Set(v.prose.anotherStudyBefore),
    seenOn: phraseSetOf(v.prose.seenOn),
    seenOnSupposed: phraseSetOf(v.prose.seenOnSupposed),
    doneBefore: phraseSetOf(v.prose.doneBefore),
    stayDays: { spaced: phraseSetOf(v.prose.stayDays.map((d) => `${d} #`)), glued: new Set(v.prose.stayDays.filter((d) => !d.includes(' '))) },
    visitSettings: phraseSetOf(v.prose.visitSettings),
    ownActionLine: {
      opens: phraseSetOf([...v.prose.ownActionLine.opens, ...v.prose.proposingServices, ...readingVocabulary().referral.neurosurgery, ...v.prose.visitSettings]),
      notAfter: new Set(v.prose.ownActionLine.notAfter),
      forTheStudy: phraseSetOf(v.prose.ownActionLine.forTheStudy),
    },
    lineConditions: {
      afterStudy: new Set(v.prose.lineConditions.afterStudy),
      stillToDo: new Set(v.prose.lineConditions.stillToDo),
      opens: phraseSetOf(v.prose.lineConditions.opens),
      clinical: phraseSetOf(v.prose.lineConditions.clinical),
      courseAfterIf: { opens: new Set(v.prose.lineConditions.courseAfterIf.opens), words: phraseSetOf(v.prose.lineConditions.courseAfterIf.words) },
      keepsOrder: new Set(v.prose.lineConditions.keepsOrder),
      notOpening: phraseSetOf(v.prose.lineConditions.notOpening),
      onTime: new Set(v.prose.lineConditions.opensOnTime),
      hingesOn: phraseSetOf(v.prose.lineConditions.hingesOn),
      decidedBy: phraseSetOf(v.prose.lineConditions.decidedBy),
      toldMet: phraseSetOf(v.prose.lineConditions.toldMet),
      metAtReview: phraseSetOf(v.prose.lineConditions.metAtReview),
    },
    planStudyTold: {
      reasons: phraseSetOf(v.prose.planStudyTold.reasons),
      fillers: new Set(v.prose.planStudyTold.fillers),
      told: phraseSetOf(v.prose.planStudyTold.told),
      reportVerbs: phraseSetOf(v.prose.planStudyTold.reportVerbs),
      done: phraseSetOf(v.prose.planStudyTold.done),
    },
    besideConditioned: {
      alternatives: phraseSetOf(v.prose.besideConditioned.alternatives),
      told: phraseSetOf(v.prose.besideConditioned.told),
    },
    lineRunsOnAfter: new Set(v.prose.lineRunsOnAfter),
    resultAfterDash: phraseSetOf(v.prose.resultAfterDash),
    doneNow: phraseSetOf(v.prose.doneNow),
    requestHandling: phraseSetOf(v.prose.requestHandling),
    purposeLabels: phraseSetOf(v.prose.purposeLabels),
    purposeLabelHeld: phraseSetOf(v.prose.purposeLabelHeld),
    noPriorValues: phraseSetOf(v.prose.noPriorValues),
    afterNoneNotOurs: new RegExp(
      String.raw`\b(?:${alternation(v.prose.afterNoneNotOurs.words)}|at (?:birth|the |an? )?(?:${alternation(v.prose.afterNoneNotOurs.atPlaces)}))\b`,
      'i',
    ),
    opening: phraseSetOf(v.prose.openingOrders),
    openingFirst: new Set(v.prose.openingOrders.map((p) => p.split(' ')[0])),
    noneOrdered: phraseSetOf(v.prose.noneOrdered),
    noneValues: phraseSetOf(v.prose.noneValues),
    requestKeyPast: new Set(v.prose.requestKeyPast),
    orderLineDeclined: {
      weighed: new Set(v.prose.orderLineDeclined.weighed),
      denials: phraseSetOf(v.prose.orderLineDeclined.denials),
      notOfStudy: new Set(v.prose.orderLineDeclined.notOfStudy),
      reinstated: phraseSetOf(v.prose.orderLineDeclined.reinstated),
      doneBefore: { opens: phraseSetOf(v.prose.orderLineDeclined.doneBefore.opens), past: new Set(v.prose.orderLineDeclined.doneBefore.past) },
      goesOn: new RegExp(String.raw`\b(?:re[ -]?\w+|${alternation(v.prose.orderLineDeclined.goesOn, { one: wordOrStem })})\b`, 'i'),
    },
    noneOrderedPartial: phraseSetOf(v.prose.noneOrderedPartial),
    noneOrderedElsewhere: phraseSetOf(v.prose.noneOrderedElsewhere),
    noneOrderedHere: phraseSetOf(v.prose.noneOrderedHere),
    noneOrderedFor: new Set(v.prose.noneOrderedFor),
    noneOrderedBy: new Set(v.prose.noneOrderedBy),
    noneOrderedThen: new Set(v.prose.noneOrderedThen),
    noneOrderedYet: phraseSetOf(v.prose.noneOrderedYet),
    noneOrderedUntil: phraseSetOf(v.prose.noneOrderedUntil),
    letterSuggestion: {
      suggests: phraseSetOf(v.prose.letterSuggestion.suggests),
      letter: new Set(v.prose.letterSuggestion.letter),
      later: phraseSetOf(v.prose.letterSuggestion.later),
      salutations: new Set(v.prose.letterSuggestion.salutations),
      greetings: new Set(v.prose.letterSuggestion.greetings),
      titles: new Set(v.prose.letterSuggestion.titles),
      against: phraseSetOf(v.prose.letterSuggestion.against),
      phraseEnds: phraseSetOf(v.prose.letterSuggestion.phraseEnds),
      signOffs: phraseSetOf(v.prose.letterSuggestion.signOffs),
    },
    doneRightAfter: new Set(v.prose.doneRightAfter),
    requisitionWords: new Set(v.prose.requisitionWords.words),
    arrowOrders: phraseSetOf(v.prose.arrowOrders.opens),
    arrowRuledOut: new Set(v.prose.arrowOrders.ruledOut),
    orderEntry: {
      writers: new Set(v.prose.orderEntry.writers),
      proposingModals: new Set(v.prose.orderEntry.proposingModals),
      conditions: new Set(v.prose.orderEntry.conditions),
    },
    relativeOrders: {
      pronouns: new Set(v.prose.relativeOrders.pronouns),
      writers: new Set(v.prose.relativeOrders.writers),
      auxiliaries: new Set(v.prose.relativeOrders.auxiliaries),
    },
    othersMayWant: {
      subjects: phraseSetOf([...v.prose.othersMayWant.subjects, ...v.prose.orderingRoles, ...v.prose.proposingServices]),
      modals: phraseSetOf(v.prose.othersMayWant.modals),
      writerOrdered: wordsPattern(v.prose.othersMayWant.writerOrdered, 'i', { one: phrasePattern }),
    },
    clinicianOrdersNow: {
      clinicians: phraseSetOf(v.prose.clinicianOrdersNow.clinicians),
      verbs: phraseSetOf(v.prose.clinicianOrdersNow.verbs),
      services: new Set(v.prose.clinicianOrdersNow.services),
      undone: wordsPattern(v.prose.clinicianOrdersNow.undone, 'i', { one: wordOrStem }),
      undoneLater: wordsPattern(v.prose.clinicianOrdersNow.undoneLater, 'i', { one: wordOrStem }),
    },
    seniorInstruction: {
      seniors: phraseSetOf(v.prose.seniorInstruction.seniors),
      told: phraseSetOf(v.prose.seniorInstruction.told),
      actions: phraseSetOf(v.prose.seniorInstruction.actions),
      withheld: wordsPattern(v.prose.seniorInstruction.withheld, 'i'),
      // "at 1 mo", "at 3 wks": a time of the child's told with "at" dates the instruction too.
      history: new RegExp(String.raw`\b(?:${alternation(v.prose.seniorInstruction.history)}|at\s+\d+\s*(?:mo|mos|months?|m|wk|wks|weeks?|w|d|days?|y|yrs?|years?))\b`, 'i'),
      undone: wordsPattern(v.prose.seniorInstruction.undone, 'i', { one: wordOrStem }),
    },
    noneStatements: phraseSetOf(v.prose.noneStatements),
    proposingKeys: new Set(v.prose.proposingKeys),
    receivingKeys: new Set(v.prose.receivingKeys),
    plannedStudyKeys: new Set(v.prose.plannedStudyKeys),
    procedureWent: phraseSetOf(v.prose.procedureWent),
    bareStudyKeys: {
      keys: new Set(v.prose.bareStudyKeys.keys),
      settingKeys: new Set(v.prose.bareStudyKeys.settingKeys),
      reportKeys: new Set(v.prose.bareStudyKeys.reportKeys),
      reportContentKeys: new Set(v.prose.bareStudyKeys.reportContentKeys),
      reportPending: wordsPattern(v.prose.bareStudyKeys.reportPending, 'i'),
      visitCues: phraseSetOf(v.prose.bareStudyKeys.visitCues),
      lineResults: phraseSetOf(v.prose.bareStudyKeys.lineResults),
      procedureWords: phraseSetOf(v.prose.bareStudyKeys.procedureWords),
    },
    recommendedThenOrdered: {
      recommends: phraseSetOf(v.prose.recommendedThenOrdered.recommends),
      ordersIt: phraseSetOf(v.prose.recommendedThenOrdered.ordersIt),
      objects: phraseSetOf(v.prose.recommendedThenOrdered.objects),
      deferrals: phraseSetOf(v.prose.recommendedThenOrdered.deferrals),
      otherItems: phraseSetOf(v.prose.recommendedThenOrdered.otherItems),
    },
    answerKeys: new Set(v.prose.answerKeys),
    modalityRequestKeys: new Set(
      Object.values(v.modalities).flatMap((spellings) => (spellings ?? []).flatMap((m) => v.request.modalityKeyEnds.map((end) => `${keyWords(m)} ${end}`))),
    ),
    operationKeys: new Set(v.prose.operationKeys),
    urgentAfter: new Set(v.prose.urgentAfter),
    statusAfter: new Set(v.prose.statusAfter),
    closingLeads: new Set(v.prose.closingLeads),
    closingStudyWords: new Set([...readingVocabulary().unknownKeys.studyReferral.studyAlone, ...v.prose.closingStudyEnds]),
    closingOtherNeed: new RegExp(`^no\\s+([^,.;:?!\\n]+?)\\s+(?:${v.prose.closingOtherNeed.map(escapeRegExp).join('|')})\\s*,\\s*$`, 'i'),
    closingLeadRefused: new Set(v.prose.closingLeadRefused),
    relatives: new Set(v.prose.relativesPossessive),
    closingListPast: new RegExp(`^(?:${v.prose.closingListPast.map(escapeRegExp).join('|')})(?![a-z])`, 'i'),
    statusNotBefore: phraseSetOf(v.prose.statusNotWith.before),
    statusNotKeys: new Set(v.prose.statusNotWith.keys),
    suspicionLeftOpen: phraseSetOf(v.prose.suspicionLeftOpen),
    suspicionTakenBack: phraseSetOf(v.prose.suspicionTakenBack),
    urgentDoubled: new Set(v.prose.urgentDoubled),
    reasonAtEnd: new RegExp(`(?:^|[^a-z])(?:${v.prose.reasonLabels.map((l) => l.split(' ').join('[^a-z]+')).join('|')})[^a-z]*$`, 'i'),
    withdrawn: phraseSetOf(v.prose.withdrawn),
    withdrawnOwn: new Set(v.prose.withdrawnOwn),
    declinedOwn: { by: new Set(v.prose.declinedOwn.by), reasonOpens: phraseSetOf(v.prose.declinedOwn.reasonOpens) },
    orderSystems: phraseSetOf(v.prose.orderSystemRoute.systems),
    orderSystemClause: { orderWords: new Set(v.prose.orderSystemRoute.orderWords), refused: new Set(v.prose.orderSystemRoute.refused) },
    nurseProtocol: {
      nurses: phraseSetOf(v.prose.nurseProtocol.nurses),
      started: phraseSetOf(v.prose.nurseProtocol.started),
      protocols: phraseSetOf(v.prose.nurseProtocol.protocols),
      held: phraseSetOf(v.prose.nurseProtocol.held),
      confirmed: phraseSetOf(v.prose.nurseProtocol.confirmed),
      undone: phraseSetOf(v.prose.nurseProtocol.undone),
    },
    speakerLabels: new Set(v.prose.speakerLabels),
    speakerLabelRefused: phraseSetOf(v.prose.speakerLabelRefused),
    laterLineTakenBack: {
      speakers: new Set(v.prose.laterLineTakenBack.speakers),
      denials: phraseSetOf(v.prose.laterLineTakenBack.denials),
      holds: phraseSetOf(v.prose.laterLineTakenBack.holds),
      pending: phraseSetOf(v.prose.laterLineTakenBack.pending),
      region: new Set(v.prose.laterLineTakenBack.region),
      copulas: phraseSetOf(v.prose.laterLineTakenBack.copulas),
      restored: phraseSetOf(v.prose.laterLineTakenBack.restored),
      otherPatient: phraseSetOf(v.prose.laterLineTakenBack.otherPatient),
      determiners: new Set(v.prose.laterLineTakenBack.determiners),
      notName: new Set(v.prose.laterLineTakenBack.notName),
      goesOn: wordsPattern(v.prose.laterLineTakenBack.goesOn, 'i', { one: wordOrStem }),
    },
    withdrawnOnItsLine: phraseSetOf(v.prose.withdrawnOnItsLine),
    changedPlan: { first: phraseSetOf(v.prose.changedPlan.first), ordered: phraseSetOf(v.prose.changedPlan.ordered), cancelled: phraseSetOf(v.prose.changedPlan.cancelled) },
    orderingRoles: new Set(v.prose.orderingRoles),
    writerCues: new Set(v.prose.writerCues.words),
    sending: { verbs: new Set(v.prose.sending.verbs), between: new Set(v.prose.sending.between) },
    confirmed: {
      words: new Set(v.prose.confirmed.words),
      skip: new Set(v.prose.confirmed.skip),
      notOf: new Set(v.prose.confirmed.notOf),
      undoneAfter: phraseSetOf(v.prose.confirmed.undoneAfter),
    },
    orderedLater: phraseSetOf(v.prose.orderedLater),
    problemDashNotNow: phraseSetOf(v.prose.problemDashNotNow.words),
    problemDashOthers: phraseSetOf(v.prose.problemDashOthers.words),
    plainStudyAfter: new Set(v.prose.plainStudyAfter.words),
    problemDashBeside: new Set(v.prose.problemDashBeside.words),
    advice: new Set([...v.prose.adviceOrders, ...v.prose.adviceSuggests]),
    checks: new Set(v.prose.checkOrders),
    checkThenReport: { opens: phraseSetOf(v.prose.checkThenReport.opens), maxAfter: v.prose.checkThenReport.maxAfter },
    adviceSuggests: new Set(v.prose.adviceSuggests),
    adviceSuggestsWithheld: {
      roles: new Set(v.prose.adviceSuggestsWithheld.roles),
      talk: new Set(v.prose.adviceSuggestsWithheld.talk),
      recipientBefore: new Set(v.prose.adviceSuggestsWithheld.recipientBefore),
      against: phraseSetOf([...v.prose.adviceSuggestsWithheld.against, ...v.prose.declinedAfter, ...v.prose.adviceDeclined]),
      takenBack: new Set(v.prose.adviceSuggestsWithheld.takenBack),
      done: new Set(v.prose.adviceSuggestsWithheld.done),
    },
    adviceConditioned: phraseSetOf(v.prose.adviceConditioned),
    adviceEarlier: new Set(v.prose.adviceEarlier),
    adviceDeclined: phraseSetOf(v.prose.adviceDeclined),
    refusalOwnWords: new Set(v.prose.refusalOwnWords),
    refusalClauseEnds: new Set(v.prose.refusalClauseEnds),
    studysApproval: studysApprovalPattern(v.prose.studysApproval),
    forPerson: forPersonPattern(v.prose.forAnother),
    paneDone: wordsPattern(v.prose.paneDone, 'i'),
    paneReportKey: new RegExp(`^(?:${alternation(v.prose.paneReportKeys)})\\b`, 'i'),
    intentionUndone: phraseSetOf(v.prose.intentionUndone),
    elsewhere: {
      places: phraseSetOf(v.prose.orderedElsewhere.places),
      times: phraseSetOf(v.prose.orderedElsewhere.times),
      abandoned: phraseSetOf(v.prose.orderedElsewhere.abandoned),
      thisVisit: phraseSetOf(v.prose.orderedElsewhere.thisVisit),
      stillOpen: phraseSetOf(v.prose.orderedElsewhere.stillOpen),
      otherClause: phraseSetOf(v.prose.orderedElsewhere.otherClause),
      byClinicians: phraseSetOf(v.prose.orderedElsewhere.byClinicians),
      askedPer: phraseSetOf(v.prose.orderedElsewhere.askedPer),
      regions: Object.values(v.subregions).map((spellings) => phraseSetOf(spellings)),
    },
    askedByFamily: phraseSetOf(v.prose.askedByFamily),
    decisionLeft: phraseSetOf(v.prose.decisionLeft),
    decisionWhether: {
      needed: new Set(v.prose.decisionLeftWhether.needed),
      linking: new Set(v.prose.decisionLeftWhether.linking),
      toOrder: new RegExp(`^whether to (?:${alternation(v.prose.decisionLeftWhether.toOrder)})(?: (?:${alternation(v.prose.decisionLeftWhether.articles)}))?$`),
    },
    studyKinds: studyKindsOf(v.modalities),
    priorStudyNamed: priorStudyNamedOf(v.prose.priorStudyNamed),
    foundByFamily: new Set(v.prose.foundByFamily.words),
  };
});

/** A word of before, maybe a region of the spine, then the study, as whole words: "prior spine US", "previous MRI". */
export function priorStudyNamedOf(w: OrderVocabulary['prose']['priorStudyNamed']): RegExp {
  return new RegExp(String.raw`\b(?:${alternation(w.before)})\s+(?:(?:${alternation(w.regions)})\s+)?(?:${alternation(w.studies)})\b`, 'i');
}

/**
 * The modality each head word of a study names. A one-word spelling names its modality outright; a phrase's first word ("bone"
 * of "bone scan", "x" of "x ray") only where no one-word spelling names it ("ct" of "ct myelography" stays CT).
 */
function studyKindsOf(modalities: OrderVocabulary['modalities']): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const oneWord of [true, false]) {
    for (const [modality, spellings] of Object.entries(modalities)) {
      for (const s of spellings) {
        const words = s.toLowerCase().split(/\s+/);
        if ((words.length === 1) === oneWord && !kinds.has(words[0])) kinds.set(words[0], modality);
      }
    }
  }
  return kinds;
}

/**
 * "awaiting approval", "pending insurance authorization", "approval pending" (prose.studysApproval): a word of waiting, maybe
 * a payer, an approval not asked of a maker of the change ("from the referrer"); or an approval, maybe "is", and a word after.
 */
function studysApprovalPattern(w: OrderVocabulary['prose']['studysApproval']): RegExp {
  const approvals = alternation(w.approvals);
  return new RegExp(
    String.raw`\b(?:(?:${alternation(w.waiting)})\s+(?:(?:${alternation(w.payers)})\s*-?\s*)?(?:${approvals})\b(?!\s+(?:from|by|of)\s+(?:the\s+)?(?:${alternation(w.notAskedOf)}))|(?:${approvals})\s+(?:is\s+)?(?:${alternation(w.after)})\b)`,
    'gi',
  );
}

/**
 * "for her older brother", "for the sibling" (prose.forAnother): "for", up to two determiners or kin words (an apostrophe
 * either way), a word (group 1), not a relative's own ("mum's") nor followed by a word of the relative's sake ("reassurance").
 */
function forPersonPattern(w: OrderVocabulary['prose']['forAnother']): RegExp {
  const kin = alternation(w.kinWords, { one: (k) => escapeRegExp(k).replace(/'/g, "['\u2019]") });
  return new RegExp(String.raw`\bfor\s+(?:(?:his|her|their|the|a|${kin})\s+){0,2}([a-z]+)\b(?!['\u2019]s\b|\s+(?:${alternation(w.forSake)})\b)`, 'gi');
}
