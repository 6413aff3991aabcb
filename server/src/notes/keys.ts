import { distance } from 'fastest-levenshtein';
import { RELATIVE_WORDS } from './headings';
import { rememberBounded } from './memo';
import { detach } from './text';

/** The note language's keys (spec §2): canonical names, aliases, and what hover says about them. */
export type KeyName =
  | 'Patient'
  | 'Age'
  | 'DOB'
  | 'Date'
  | 'Sex'
  | 'Presentation'
  | 'Findings'
  | 'Dimple'
  | 'Neuro'
  | 'Symptoms'
  | 'Red flags'
  | 'ROS'
  | 'PMH'
  | 'Family history'
  | 'Plan'
  | 'Prior imaging'
  | 'Order'
  | 'Contrast'
  | 'Indication'
  | 'Referral'
  | 'Sedation'
  | 'Priority';

export interface KeyInfo {
  name: KeyName;
  aliases: string[];
  meaning: string;
  forms: string;
  /**
   * Aliases (among `aliases`) that give the value at an earlier time ("Age at discharge"): read only
   * when no other spelling of the key is written, so a current one ("Current age") wins over them.
   */
  past?: string[];
  /**
   * Aliases (among `aliases`) that name the key only beside no other spelling of it: a meeting's "Outcome:", "Decision:",
   * "Actions:" is the plan of minutes that write no "Plan:", but beside one it tells something else ("Plan: MRI L-spine /
   * Outcome: discharged home", "Decision: parents agree"), so it is no repeat of the key (duplicate-key) and is read as a
   * line under a key the language does not know; so is one whose value reports a study done (clinical/studies-key.ts
   * minutesPlanRead: "Outcome: MRI whole spine last month - normal", "Action: XR L-spine done at OSH - normal").
   */
  besides?: string[];
  /**
   * Free text every line of which is read ("CC: back pain" and "HPI: 9 yo, 3 wk of back pain, no fever"): written under
   * two of its spellings, it is no repeat (duplicate-key); under one spelling twice it is, since each line is read apart.
   */
  everyRead?: boolean;
  /**
   * Aliases (among `aliases`) in a language other than English ("Procedere:"), read when written so but never proposed
   * for a key written amiss: "Provider:" is no misspelt "Procedere:" (closeKeys).
   */
  foreign?: string[];
  /**
   * Aliases (among `aliases`) of a form's request pane ("CPT requested:", "Procedure requested:", "Requested procedure:"),
   * read as the key only where the note's own order or plan names no study, the pane names imaging, and no report is
   * pasted around it (clinical/facts.ts withRequestPanesRead): "Procedure requested: lumbar puncture / Plan: US spine" orders
   * the US; an outside report's "Requested procedure: US spine / Impression: …" is a study done. Never a repeat (duplicate-key).
   */
  panes?: string[];
}

/**
 * The minutes of a multidisciplinary team meeting or a tumour board: its outcome, decision or actions are the plan
 * ("Outcome: 1) Spinal ultrasound now (radiology - Dr Makela). 2) MRI only if the US is abnormal", "Action: MRI whole
 * spine without contrast - radiology (Dr Ng)", "Outcome / actions: 1. MRI lumbar spine without contrast under GA").
 */
const MINUTES_SPELLINGS = [
  'Outcome',
  'Outcomes',
  'Outcome / actions',
  'Outcome/actions',
  'Outcomes / actions',
  'Outcome and actions',
  'Action',
  'Actions',
  'Actions agreed',
  'Agreed actions',
  'Action plan',
  // A simulation script's or teaching case's expected actions ("Actions expected: log roll, spinal precautions, MRI lumbar
  // spine without contrast, urgent NSGY consult"): what the learner is to do, the study among them.
  'Actions expected',
  'Expected actions',
  'Decision',
  'Agreed plan',
  'MDT outcome',
  'MDT decision',
  'MDT plan',
  'MDT recommendation',
  'MDT recommendations',
];

/**
 * German, Austrian and Swiss "Procedere:" (also "Prozedere:"), the further course a letter closes on: the plan, with its
 * studies, referrals and controls, or only a follow-up ("Procedere: keine Bildgebung. Physio, Kontrolle in 4 Wo.").
 */
const PROCEDERE_SPELLINGS = ['Procedere', 'Prozedere', 'Plan/Procedere', 'Plan / Procedere'];

/**
 * A Catalan-trained writer's "Pla:" (pla, the plan) kept in an English note ("Pla: ecografia of the spinal canal (lumbar),
 * preferente."): the plan. Never proposed for a key written amiss (`foreign`): a short word, a typo of "Plan:" is read
 * as one already.
 */
const CATALAN_PLAN_SPELLINGS = ['Pla'];

/**
 * A French-, Spanish- or Portuguese-trained writer's "Demande:" / "Solicitud:" / "Pedido:" written in English ("Ask: scanner
 * of cervical spine without injection", "Demand: echography of the lumbosacral spine"): what the writer asks for, the plan.
 * Beside a "Plan:" line the word is another ("Plan: MRI L-spine / Ask: mum to bring the outside report"), so, as "Policy:",
 * it names the key only where the note writes no other spelling of it (`besides`). Never proposed for a key written
 * amiss (`foreign`): a short word, it is a few edits from "Back:" and "Age:".
 */
const ASKED_PLAN_SPELLINGS = ['Ask', 'Demand'];

/**
 * A Dutch letter's "Beleid:" written in English ("Conclusion: hair tuft lumbosacral … / Policy: MRI lumbar spine without
 * contrast, with feed-and-wrap"): the plan. Beside a "Plan:" line the word is another ("Plan: MRI L-spine / Policy: BCBS
 * PPO"), so it names the key only where the note writes no other spelling of it (`besides`).
 */
const TRANSLATED_PLAN_SPELLINGS = ['Policy'];

/**
 * Round 57 (fix57a): the age a British clinic letter's header gives ("Age at clinic: 6 months"), an Age key; a letter of
 * prose under such a header is still free text (isLetterAgeSpelling), as it was before the key was known: its paragraphs
 * are read as prose, not reported line by line as malformed (review of fix57a).
 */
const LETTER_AGE_SPELLINGS = ['Age at clinic', 'Age at consultation'];

/**
 * A letter's closing line in the words of a Romanian "Recomandări:", a Russian or Ukrainian "Рекомендовано:" or
 * "Направление:" (the referral slip for a study) written in English ("Recommend: IRM of the whole spine with contrast
 * substance", "Direction: US of lumbosacral spine"), or a Russian "Назначено:" so written ("Appointed: X-ray of lumbosacral
 * spine in 2 projections", "Prescribed:", "Assigned:"): the plan. Beside a "Plan:" line the word is another's advice or
 * something else ("Plan: MRI L-spine / Recommend: physio"), so it names the key only where the note writes no other
 * spelling of it, and neither where another line tells a study ordered, a consultant's advice beside the order another
 * wrote (clinical/facts.ts withClosingPlanRead). Not `besides`: minutes' sentence-by-sentence reading (studies-key.ts) is
 * not a closing line's. Never proposed for a key written amiss (`foreign`). A line that
 * names no study ("Recommend: NSAIDs, rest") orders nothing.
 */
const CLOSING_PLAN_SPELLINGS = ['Recommend', 'Recommended', 'Direction', 'Appointed', 'Prescribed', 'Assigned'];

/**
 * Round 53 (fix53b): the study asked for under a Nordic or Finnish request's own heading, the rest in English ("Rekv.: MR
 * lumbal columna uten kontrast", Norwegian "rekvisisjon" cut short; Swedish "Önskar:" (wish, request: "Önskar: MR ländrygg
 * utan kontrast"); Finnish "Pyyntö:" (request: "Pyyntö: CT lumbar spine with contrast"), with and without their
 * diacritics: the plan, as "Remiss:" and "Rekvisisjon:" are, but only where the value is the study's name alone
 * (isPositiveOnlyPlanSpelling; narrowed after review r53). None is an English word.
 */
const POSITIVE_ONLY_PLAN_SPELLINGS = [
  'Rekv.',
  'Rekv',
  'Önskar',
  'Onskar',
  'Pyyntö',
  'Pyynto',
  // Round 54 (fix54e): Central and Eastern European, Turkish and Romanian request headings, read the same way: Polish
  // "Zlecenie" (order), Russian and Ukrainian "Napravlenie" (направление, request), Turkish "İstenen tetkik" (test
  // requested), "İstek" and "İstem" (request), Czech "Požadavek" (request) and "Vyšetření" (examination: a request form's
  // study field; as a Czech exam heading its value is findings, never a study's name alone), Romanian "Cerere" (request).
  // Not the Romanian "Solicit" (I request): an English word, and as a key it turned free-text notes whose request carries
  // its reason ("Solicit: MRI lumbar spine without contrast to rule out spondylolysis") into keyed ones (dev-5594). Only
  // the study's name alone is the plan ("Zlecenie: RM całego kręgosłupa bez kontrastu", "İstek: lumbar MR kontrastsız");
  // "Vyšetření: USG páteře 2025 - norma", "İstek: MR if worse" read as before.
  'Zlecenie',
  'Napravlenie',
  'İstenen tetkik',
  'Istenen tetkik',
  'İstek',
  'Istek',
  'İstem',
  'Istem',
  'Požadavek',
  'Pozadavek',
  'Vyšetření',
  'Vysetreni',
  'Cerere',
];

/**
 * A plan's heading kept in the writer's own language by a template of a Nordic, Central or Eastern European, Indonesian or
 * Vietnamese hospital, the rest written in English ("Åtgärd: MR ländrygg utan kontrast", "Tiltak: Rtg LS-columna",
 * "Zalecenia: RTG odcinka L-S", "Dop.: MR páteře", "Javaslat: MRI of lumbar spine", "Planning: Foto lumbosacral AP/Lat",
 * "Chi dinh: CT T-L spine"): Swedish "Åtgärd(er)" (measures), Norwegian "Tiltak", Finnish "Suunnitelma" (plan), Polish
 * "Zalecenia" (recommendations) and "Zlecono" (ordered), Spanish and Portuguese "Solicito" (I request), Czech "Dop." / "Doporučení" (recommended), Hungarian "Javaslat"
 * (proposal), Romanian "Recomandări", Indonesian "Planning" and "Rencana", Vietnamese "Chỉ định" (ordered) and "Xử trí"
 * (management), with and without their diacritics: the plan, as "Plan:" is; so is a referral or requisition form's heading
 * of the study asked for (Swedish "Remiss", Norwegian "Rekvisisjon", Danish and Norwegian "Henvisning", Finnish "Lähete",
 * Polish "Skierowanie": "Remiss: Ultraljud ländrygg/spinalkanal", "Skierowanie: scyntygrafia kośćca"). "Planning" is the
 * English word an Indonesian or Malaysian template heads its plan with, and means the plan in an English note too; the rest
 * are no English words. Never proposed for a key written amiss (`foreign`): "Dop.", "Pla" and the like are short words.
 */
const NATIVE_PLAN_SPELLINGS = [
  'Åtgärd',
  'Åtgärder',
  'Tiltak',
  'Suunnitelma',
  'Zalecenia',
  'Zlecono',
  'Dop.',
  'Doporučení',
  'Doporuceni',
  'Javaslat',
  'Recomandări',
  'Recomandari',
  'Planning',
  'Rencana',
  'Chỉ định',
  'Chi dinh',
  'Xử trí',
  'Xu tri',
  'Remiss',
  'Rekvisisjon',
  'Henvisning',
  'Lähete',
  'Skierowanie',
  // Round 53 (fix53b) and round 54 (fix54e): the request headings read only positively (POSITIVE_ONLY_PLAN_SPELLINGS).
  ...POSITIVE_ONLY_PLAN_SPELLINGS,
  // A Spanish or Portuguese writer's "Solicito:" (I request) heading the study asked for ("Solicito: RMN columna lumbar con
  // contraste ev.", "Solicito: ecografía de columna lumbosacra"): the plan, as a Polish "Zlecono:" is.
  'Solicito',
  'Solicitamos',
  'Se solicita',
];

/**
 * A charge or order line's diagnosis codes ("ICD-10: Q82.6", "Dx codes: Q06.8, R29.2"): the Indication key, each a list of
 * the indication's entries (isListSpelling).
 */
const CODE_SPELLINGS = ['ICD-10', 'Dx code', 'Dx codes', 'Diagnosis code', 'Diagnosis codes'];

/** A form's request panes: Order aliases read only where nothing else orders (`KeyInfo.panes`). */
const REQUEST_PANES = [
  'CPT requested',
  'CPT code requested',
  'CPT codes requested',
  'Requested CPT',
  'Requested CPT code',
  'Procedure requested',
  'Procedures requested',
  'Requested procedure',
];

/** Keys whose values tell the past: studies named on them, or ordered there, were done or ordered before today. */
export const HISTORY_KEYS: ReadonlySet<KeyName> = new Set<KeyName>(['PMH', 'Family history', 'Prior imaging']);

export const KEYS: readonly KeyInfo[] = [
  // A list of patients numbers them ("Pt 3: 9 mo F, POD 1"): lookupKey reads "Pt 3" as "Pt". A juvenile facility's note names its patient "Youth".
  {
    name: 'Patient',
    // German, Austrian and Swiss "Pat:" (Patient), as "Pat.:" is read: "Pat: Emma, 11 Monate". Never proposed for a key
    // written amiss (`foreign`): a short word, a few edits from "Gait:" and "CPAP:".
    aliases: ['Pt', 'ID', 'Youth', 'Pat'],
    foreign: ['Pat'],
    meaning: 'Free text about the patient; may carry the age and sex.',
    forms: '`3-month-old boy`, `2 y F`, `newborn girl`',
  },
  {
    name: 'Age',
    // Qualified only where the qualifier still names today's age: never "Corrected age" (the window
    // rules use the chronological age) nor "Age at onset", "Age at diagnosis" or "Age at birth" (a past
    // age). "Age at discharge" is kept: a discharge summary's orders are written at discharge, so it is
    // the age of the order when nothing newer is given, but it is a past age beside "Current age",
    // "Age today", "Chronological age" or "Age", which win over it (`past`).
    aliases: [
      'Pt age',
      'Patient age',
      "Patient's age",
      'Age of patient',
      'Current age',
      'Age today',
      'Age now',
      'Age at visit',
      // A British clinic letter's header gives the age at the clinic the letter reports ("Age at clinic: 6 months").
      ...LETTER_AGE_SPELLINGS,
      'Age at discharge',
      'Age on discharge',
      // An order's own record of the age ("Pt age at order: 6 mo" in a CDS override log).
      'Age at order',
      'Pt age at order',
      'Patient age at order',
      'Age at time of order',
      'Age at request',
      'Chronological age',
      'Age (chronological)',
      // Portal, e-visit and intake forms name the patient as the child ("Child's age: 11", "Age of child: 4 months").
      "Child's age",
      'Child age',
      'Age of child',
      'Age of the child',
      "Baby's age",
      'Baby age',
      'Age of baby',
      "Infant's age",
      'Infant age',
      // A sports intake names the patient as the athlete or the player ("Athlete age: 14").
      "Athlete's age",
      'Athlete age',
      'Age of athlete',
      "Player's age",
      'Player age',
    ],
    past: ['Age at discharge', 'Age on discharge'],
    meaning: 'The age at the time of the order. Drives the ultrasound acoustic-window check.',
    forms:
      '`3 months`, `3 mo`, `3mo`, `10 weeks`, `10 wk`, `21 days`, `2 years`, `2 y`, `2y 3m`, `18 months`, `newborn`; a bare number of school age (`11`) is years unless the note speaks of an infant',
  },
  {
    name: 'DOB',
    aliases: ['Date of birth'],
    meaning: 'Date of birth; with `Date` the age is computed (without `Date`, today is used).',
    forms:
      "ISO date `2026-08-20`; also `20/08/2026`, `08/20/26`, `20.08.2026`, `20 Aug 2026`, `Aug 20, 2026` (a time or a bracketed age after it is passed over). A date that may be day- or month-first is read only as the note's other date settles it (a dotted date is day-first), else told; not written ISO, it gives the age only when the note states none",
  },
  { name: 'Date', aliases: ['Order date'], meaning: 'The date of the order.', forms: 'ISO date `2026-11-26`, or written as a DOB may be' },
  { name: 'Sex', aliases: [], meaning: 'Informational.', forms: '`M`, `F`, `male`, `female`' },
  {
    name: 'Presentation',
    everyRead: true,
    aliases: ['Complaint', 'History', 'HPI', 'CC', 'Chief complaint', 'Subjective', 'S'],
    meaning: 'Why the child is seen: back pain, a check-up, trauma.',
    forms: 'free text: `routine check-up`, `back pain for 3 weeks`, `fell from a trampoline`',
  },
  {
    name: 'Findings',
    everyRead: true,
    aliases: [
      'Exam',
      'Skin',
      'Labs',
      'PE',
      'Physical exam',
      'Physical examination',
      'Objective',
      'O',
      'O/E',
      'On examination',
      'On exam',
      'At examination',
      'At exam',
      'Upon examination',
      'Upon exam',
      'On physical exam',
      'On physical examination',
      // What the writer saw on looking ("On inspection: single sacral dimple, …"). Not a bare "Seen:" — a short spelling
      // draws typo guesses ("HEENT" → "Seen") and "Seen at 6 wks:" tells a past visit.
      'On inspection',
    ],
    meaning: 'Examination findings, notably cutaneous markers over the spine. Negation is understood (`no hair tuft`).',
    forms: 'free text or a list separated by `;` or `,`',
  },
  {
    name: 'Dimple',
    aliases: [],
    meaning: 'A structured description of a sacral dimple: size, position relative to the gluteal cleft, distance from the anus.',
    forms: '`4 mm, within gluteal cleft, 1.5 cm from anus`',
  },
  {
    name: 'Neuro',
    aliases: [
      'Neuro exam',
      'Neurologic',
      'Neurological',
      'Neurologic exam',
      'Neurological exam',
      'Neuro examination',
      'Neurologic examination',
      'Neurological examination',
      'Neuro status',
      'Neurologic status',
      'Neurological status',
      'Neurostatus',
      'Neurologically',
      // Round 54 (fix54e): the Turkish "Nörolojik" (neurologic) and "Nörolojik muayene" (neurologic exam) heading the exam
      // in English notes ("Nörolojik: normal"), with and without the diacritics.
      'Nörolojik',
      'Norolojik',
      'Nörolojik muayene',
      'Norolojik muayene',
    ],
    meaning: 'The neurologic examination.',
    forms: '`intact`, `normal`, or the deficits found',
  },
  {
    name: 'Symptoms',
    everyRead: true,
    aliases: ['New symptoms'],
    meaning: 'New neurologic, urologic or orthopedic symptoms; these call for neurosurgical referral.',
    forms: 'free text: `new urinary dribbling`, `toe walking`',
  },
  {
    name: 'Red flags',
    everyRead: true,
    aliases: [],
    meaning: 'Systemic or back-pain red flags; any present moves the note out of the cutaneous-marker scenario.',
    forms: '`none`, or a list: `fever; weight loss`',
  },
  {
    name: 'ROS',
    everyRead: true,
    aliases: ['Review of systems'],
    meaning: 'Review of systems: symptoms asked about, present or denied; words for the normal state ("neg", "afebrile") mean nothing found.',
    forms: '`neg`, `afebrile, no wt loss, night pain x 2 wk`',
  },
  {
    name: 'PMH',
    everyRead: true,
    aliases: ['PMHx', 'Hx', 'Past medical history', 'Medical history', 'Past hx', 'Past medical hx', 'Past med hx'],
    meaning: 'Past medical history; a cancer history here is a red flag.',
    forms: 'free text: `ALL in remission`, `none`',
  },
  {
    name: 'Family history',
    aliases: ['FHx', 'FH', 'Family hx'],
    meaning: "Relatives' conditions: never read as the patient's findings.",
    forms: 'free text: `spina bifida in a cousin`',
  },
  {
    name: 'Plan',
    aliases: [
      'A/P',
      'Assessment and plan',
      'Assessment/plan',
      'P',
      'Recs',
      'Recommendations',
      'Adv',
      'Advice',
      'Advised',
      'Conduct',
      'Conduct to hold',
      'It is requested',
      'Conduta',
      ...CATALAN_PLAN_SPELLINGS,
      'Beleid',
      ...PROCEDERE_SPELLINGS,
      ...TRANSLATED_PLAN_SPELLINGS,
      ...ASKED_PLAN_SPELLINGS,
      ...CLOSING_PLAN_SPELLINGS,
      ...MINUTES_SPELLINGS,
      ...NATIVE_PLAN_SPELLINGS,
    ],
    besides: [...TRANSLATED_PLAN_SPELLINGS, ...ASKED_PLAN_SPELLINGS, ...MINUTES_SPELLINGS],
    foreign: [...PROCEDERE_SPELLINGS, ...ASKED_PLAN_SPELLINGS, ...CLOSING_PLAN_SPELLINGS, ...CATALAN_PLAN_SPELLINGS, ...NATIVE_PLAN_SPELLINGS],
    meaning: 'The plan: the study ordered and the referrals made are read from it.',
    forms: '`MRI L-spine w/o; refer NSGY`',
  },
  {
    name: 'Prior imaging',
    aliases: ['Prior'],
    meaning: 'Earlier imaging and its result; conus level and filum thickness are read.',
    forms: '`US spine 2026-10-01: normal`, `US spine: conus at L3, filum 2.5 mm`, `US spine: limited by ossification`',
  },
  {
    name: 'Order',
    aliases: [
      'Procedure',
      'Study',
      'Requested',
      'Request',
      // Dutch "aanvraag" (request), as Dutch- and Flemish-trained writers head the study they ask for in English notes
      // ("Aanvraag: MRI lumbar spine"): read exactly as "Request:" is, with its reading of a study done, declined or asked.
      'Aanvraag',
      'Imaging',
      // "Imaging today: MRI L-spine w/ and w/o contrast" under a copied "Imaging (copied fwd):" line (review2 r36 H5).
      'Imaging today',
      'Imaging requested',
      'Exam requested',
      'Study requested',
      'Requested study',
      'Requested exam',
      'Requested imaging',
      'Imaging ordered',
      'Study ordered',
      'Exam ordered',
      'Imaging order',
      'Orders',
      'Imaging orders',
      'Outpatient orders',
      'Orders placed',
      'Order placed',
      'Order details',
      // An order-set design doc's or a teaching case's chosen order ("Order selected: US SPINE INFANT (lumbosacral)").
      'Order selected',
      'Selected order',
      'Test requested',
      'Tests requested',
      'Investigation requested',
      'Investigations requested',
      'Examination requested',
      'Exam to be performed',
      'Examination to be performed',
      'Radiology request',
      'Radiology order',
      'Imaging request',
      // A prior-authorization form's request panes ("CPT requested: 72158 - MRI lumbar spine without and with contrast",
      // "Procedure requested: MRI L-spine"): the study the payer is asked to cover.
      ...REQUEST_PANES,
      // Not "Service requested": the team asked ("Service requested: Neurosurgery", "Service requested: Radiology - MRI"),
      // not a study. Nor "Requested service", one letter short of a consult's "Requesting service: Hospital Medicine".
    ],
    panes: REQUEST_PANES,
    meaning: 'The study being ordered, in ACR naming, common shorthand or as a CPT code.',
    forms: '`US spine area of interest`, `MRI L-spine w/o`, `x-ray L-spine`, `72148`',
  },
  { name: 'Contrast', aliases: [], meaning: 'IV contrast for the order; overrides what `Order` says.', forms: '`none`, `without`, `with`, `without and with`' },
  {
    name: 'Indication',
    everyRead: true,
    aliases: [
      'Reason',
      'Dx',
      'Concern',
      'Assessment',
      'Impression',
      'Clinical question',
      'A',
      // an order form's question panes
      'Reason for exam',
      'Reason for examination',
      'Reason for study',
      'Reason for imaging',
      'Reason for request',
      'Clinical indication',
      ...CODE_SPELLINGS,
    ],
    meaning: 'The reason for the study: free text and/or ICD-10-CM codes.',
    forms: '`sacral dimple (Q82.6)`, `suspected tethered cord`',
  },
  { name: 'Referral', aliases: [], meaning: 'Referrals made alongside the order.', forms: '`pediatric neurosurgery`' },
  { name: 'Sedation', aliases: [], meaning: 'Informational.', forms: 'free text' },
  { name: 'Priority', aliases: [], meaning: 'Informational.', forms: '`routine`, `urgent`' },
];

/**
 * Keys compare case-insensitively with runs of white space folded, and none around the slash, ampersand or plus that
 * joins a key's parts ("A / P" is "A/P", "CC & HPI" "CC&HPI"); invisible format characters (zero-width, bidi controls)
 * are dropped so a pasted key still reads as the key it shows.
 *
 * The memo outlives every document, and a raw key is a slice of its document's text (V8 keeps the
 * whole parent string alive for as long as a slice of it lives), so it stores copies of both the key
 * and its normal form (`trim` may return a slice too): never a slice (issue 12, defect 4).
 */
const normalized = new Map<string, string>();

export function normalizeKey(raw: string): string {
  const hit = normalized.get(raw);
  if (hit !== undefined) return hit;
  const n = normalizeKeyUncached(raw);
  if (raw.length < 64) {
    const copy = detach(n);
    rememberBounded(normalized, 20_000, detach(raw), copy);
    return copy;
  }
  return n;
}

function normalizeKeyUncached(raw: string): string {
  // Fast path for the common plain-ASCII key; the full normalization handles pasted Unicode.
  if (/^[A-Za-z][A-Za-z ]{0,30}$/.test(raw)) return raw.trim().replace(/ +/g, ' ').toLowerCase();
  return raw
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ ?([/&+]) ?/g, '$1')
    .toLowerCase();
}

const KEY_BY_NORMAL = new Map<string, KeyInfo>();
for (const k of KEYS) {
  KEY_BY_NORMAL.set(normalizeKey(k.name), k);
  for (const a of k.aliases) KEY_BY_NORMAL.set(normalizeKey(a), k);
}

export function lookupKey(raw: string): KeyInfo | undefined {
  return KEY_BY_NORMAL.get(normalizeKey(raw)) ?? keyBeforeBracket(raw) ?? numberedPatient(raw) ?? numberedDiagnosis(raw);
}

/**
 * "DX1:", "DX2:", "ICD-10:" beside "Indication:": a charge line's numbered diagnoses and its code lines are a list of
 * the indication's entries, each read (findings.ts readCodes), not a repeat of the key (duplicate-key).
 */
export function isListSpelling(raw: string): boolean {
  return isNumberedDiagnosis(raw) || CODE_KEYS.has(normalizeKey(raw));
}
const CODE_KEYS = new Set(CODE_SPELLINGS.map(normalizeKey));

/** "DX1", "DX A", "Dx #2": a charge line's numbered diagnosis codes are the Indication key. */
const NUMBERED_DIAGNOSIS = /^\s*dx\s*#?\s*(?:\d{1,2}|[A-H])\s*$/i;
function isNumberedDiagnosis(raw: string): boolean {
  return raw.length < 10 && NUMBERED_DIAGNOSIS.test(raw);
}
function numberedDiagnosis(raw: string): KeyInfo | undefined {
  return isNumberedDiagnosis(raw) ? KEY_BY_NORMAL.get('dx') : undefined;
}

/** "Pt 3", "Patient #2", "Pt. 4": a patient of a numbered list (a morning report, a handover) is the Patient key. */
const NUMBERED_PATIENT = /^\s*(?:pt\.?|patient)\s*#?\s*\d{1,2}\s*$/i;
function numberedPatient(raw: string): KeyInfo | undefined {
  return raw.length < 16 && NUMBERED_PATIENT.test(raw) ? KEY_BY_NORMAL.get('pt') : undefined;
}

/**
 * "Plan (today)", "Neuro (brief)", "Plan (explained through interpreter, teach-back done)": a known key with
 * a bracket that only says how or when it was done is that key. A bracket that changes what the value is
 * ("Order (cancelled)", "Age (corrected)", "Plan (if no better)", "Hx (mother)", "Age (at onset)", "Order (entered in
 * error)", "Order (original)", "Order (recommended)", "Plan (next visit)"), or dates it ("A/P (2 mo)", "Plan (12/3)"),
 * leaves the key unknown.
 */
const KEY_WITH_BRACKET = /^\s*([A-Za-z][A-Za-z /&-]{0,30}?)\s*\(([^()]{1,80})\)\s*$/;
const BRACKET_CHANGES_MEANING =
  /\d|\b(?:cancel\w*|not|no|none|never|if|when|unless|should|prior|previous|old|past|earlier|last|corrected|adjusted|gestational|at birth|at discharge|mother|mom|mum|father|dad|parents?|sib\w*|brother|sister|twin|family|grand\w*|aunt|uncle|cousin|discontinued|d\/c|held|hold|declined|deferred|pending|proposed|suggested|alternative|optional|outside|osh|at|on|since|onset|diagnos\w*|birth|first|initial|original|error|erroneous|wrong|duplicate|refus\w*|withdrawn|void\w*|rescinded|superseded|replaced|recommend\w*|consider\w*|tentative|possible|future|next|later|denied|negative|absent)\b/i;

function keyBeforeBracket(raw: string): KeyInfo | undefined {
  if (!raw.includes('(')) return undefined;
  const m = KEY_WITH_BRACKET.exec(raw);
  if (!m || BRACKET_CHANGES_MEANING.test(m[2])) return undefined;
  // "NO (neuro exam): no abnormalities" (Dutch neurologisch onderzoek), "LO (physical exam)": an abbreviation the
  // language does not know, glossed in its bracket by one of its exam keys, is that key.
  return KEY_BY_NORMAL.get(normalizeKey(m[1])) ?? glossedExam(m[1], m[2]);
}
const GLOSSED_ABBREVIATION = /^[A-Z]{1,5}$/;
/**
 * Only an exam is read from its gloss: the bracket after a study ("XR (imaging): no fracture", "MRI (study): normal",
 * "US (date): 3/5/2026") tells a result, after a relative ("MOM (history)", "SIB (exam)") another person's, after a
 * time ("ONSET (age): 3 y") another age; none is the key in its bracket.
 */
const GLOSSED_KEYS: ReadonlySet<KeyName> = new Set<KeyName>(['Neuro', 'Findings']);
const NOT_GLOSSED = /^(?:XR|CXR|AXR|KUB|RX|CT|CTA|MR|MRI|MRA|US|USS|NM|PET|SPECT|DEXA|DXA|EOS|EEG|EMG|ECG|EKG|VCUG|MCUG|IVP)$/;
/** A relative's or a time's ('MOM (exam)', 'SIB (neuro)', 'ONSET (age)'): someone else's, or another time's. */
const NOT_GLOSSED_WORDS: ReadonlySet<string> = new Set([...RELATIVE_WORDS, 'onset', 'prior', 'prev', 'old', 'past', 'last', 'next', 'osh']);
function glossedExam(abbreviation: string, gloss: string): KeyInfo | undefined {
  if (!GLOSSED_ABBREVIATION.test(abbreviation) || NOT_GLOSSED.test(abbreviation) || NOT_GLOSSED_WORDS.has(abbreviation.toLowerCase())) return undefined;
  const key = KEY_BY_NORMAL.get(normalizeKey(gloss));
  return key && GLOSSED_KEYS.has(key.name) ? key : undefined;
}

const PAST_SPELLINGS = new Set(KEYS.flatMap((k) => (k.past ?? []).map(normalizeKey)));

/** The key is written in a spelling that gives its value at an earlier time ("Age at discharge"): see `KeyInfo.past`. */
export function isPastSpelling(rawKey: string): boolean {
  return PAST_SPELLINGS.has(normalizeKey(rawKey));
}

const BESIDES_SPELLINGS = new Set(KEYS.flatMap((k) => (k.besides ?? []).map(normalizeKey)));

const TRANSLATED_PLAN = new Set(TRANSLATED_PLAN_SPELLINGS.map(normalizeKey));

/** The key is the plan's spelling a translated letter writes ("Policy:", a Dutch "Beleid:"), which may be no plan at all. */
export function isTranslatedPlanSpelling(rawKey: string): boolean {
  return TRANSLATED_PLAN.has(normalizeKey(rawKey));
}

const CLOSING_PLAN = new Set(CLOSING_PLAN_SPELLINGS.map(normalizeKey));
const LETTER_AGE = new Set(LETTER_AGE_SPELLINGS.map(normalizeKey));
/** "Age at clinic:" / "Age at consultation:": a letter's header, which leaves a letter of prose free text (notes/parser.ts). */
export function isLetterAgeSpelling(rawKey: string): boolean {
  return LETTER_AGE.has(normalizeKey(rawKey));
}

/** "Recommend:" / "Direction:": a plan key only where no other line tells a study ordered (clinical/facts.ts withClosingPlanRead). */
export function isClosingPlanSpelling(rawKey: string): boolean {
  return CLOSING_PLAN.has(normalizeKey(rawKey));
}

const ASKED_PLAN = new Set(ASKED_PLAN_SPELLINGS.map(normalizeKey));
/** "Ask:" / "Demand:": a plan key only where the value is the request itself (clinical/facts.ts withAskedPlanRead). */
export function isAskedPlanSpelling(rawKey: string): boolean {
  return ASKED_PLAN.has(normalizeKey(rawKey));
}

const PANE_SPELLINGS = new Set(KEYS.flatMap((k) => (k.panes ?? []).map(normalizeKey)));

/** The key is written as a form's request pane ("CPT requested:"): see `KeyInfo.panes`. */
export function isPaneSpelling(rawKey: string): boolean {
  return PANE_SPELLINGS.has(normalizeKey(rawKey));
}

/** The key is written in a spelling that names it only beside no other spelling of it ("Outcome:"): see `KeyInfo.besides`. */
const NATIVE_PLAN_SET = new Set(NATIVE_PLAN_SPELLINGS.filter((k) => k !== 'Planning').map(normalizeKey));

/** A plan heading kept in the writer's own language ("Åtgärd", "Tiltak", "Zalecenia", "Dop."; not the English "Planning"). */
export function isNativePlanSpelling(rawKey: string): boolean {
  return NATIVE_PLAN_SET.has(normalizeKey(rawKey));
}

/**
 * Round 53 (fix53b, narrowed after review r53; round 54, fix54e): Nordic, Finnish, Central and Eastern European, Turkish and
 * Romanian request headings read only positively, their value the study's name alone (facts.ts withNativePlanRead,
 * reading-vocabulary nativePlanPositiveOnly).
 */
const POSITIVE_ONLY_PLAN_SET = new Set(POSITIVE_ONLY_PLAN_SPELLINGS.map(normalizeKey));

/** A native plan heading read as the plan only when its value is a study's name and nothing else ("Rekv.: MR ländrygg"). */
export function isPositiveOnlyPlanSpelling(rawKey: string): boolean {
  return POSITIVE_ONLY_PLAN_SET.has(normalizeKey(rawKey));
}

export function isBesidesSpelling(rawKey: string): boolean {
  return BESIDES_SPELLINGS.has(normalizeKey(rawKey));
}

/** Every spelling a user may write, for completion and "did you mean". */
export function allKeySpellings(): { spelling: string; key: KeyInfo }[] {
  const out: { spelling: string; key: KeyInfo }[] = [];
  for (const k of KEYS) {
    out.push({ spelling: k.name, key: k });
    for (const a of k.aliases) out.push({ spelling: a, key: k });
  }
  return out;
}

const FOREIGN_SPELLINGS = new Set(KEYS.flatMap((k) => k.foreign ?? []));
const SPELLINGS = allKeySpellings()
  .filter((s) => !FOREIGN_SPELLINGS.has(s.spelling))
  .map((s) => ({ spelling: s.spelling, normal: normalizeKey(s.spelling), within: Math.max(2, Math.floor(s.spelling.length / 3)) }));

/** Misspelt keys repeat from note to note ("Presentaion"): their candidates are remembered. */
const closeMemo = new Map<string, Closeness>();

interface Closeness {
  /** The spellings proposed for the key, closest first (closeKeys). */
  close: { spelling: string; d: number }[];
  /** Some spelling is within a few edits of it, proposed or not (mayBeMisspelt). */
  near: boolean;
}

function closeness(raw: string): Closeness {
  const key = normalizeKey(raw).slice(0, 60);
  let hit = closeMemo.get(key);
  if (!hit) {
    const most = Math.floor(key.length * 0.4);
    // The edit distance is at least the difference of the lengths: a spelling that much longer or shorter is not near, and
    // its distance is not computed (most keys looked up here are a prose line's first words, far longer than any spelling).
    const near: { spelling: string; d: number; normal: string }[] = [];
    for (const s of SPELLINGS) {
      if (Math.abs(key.length - s.normal.length) > s.within) continue;
      const d = distance(key, s.normal);
      if (d <= s.within) near.push({ spelling: s.spelling, d, normal: s.normal });
    }
    const close = near
      .filter((s) => s.d <= most || (s.d === 2 && most === 1 && swapped(key, s.normal)))
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map((s) => ({ spelling: s.spelling, d: s.d }));
    hit = { close, near: near.length > 0 };
    // Keyed by a copy: a slice would keep its whole document alive (see detach).
    rememberBounded(closeMemo, 10_000, detach(key), hit);
  }
  return hit;
}

/**
 * Up to three known spellings within a few edits of a key that is not one, closest first: the keys
 * it is likely a misspelling of ("Nuero" → "Neuro", "Ordr" → "Order").
 *
 * A few edits relative to the key written, as TypeScript's spelling suggestions count them: at most two fifths of its
 * length ("Ordr" one edit, "Nuero" two, "Presentaion" four), and at most a third of the spelling's (at least two). Two
 * letters of a short key are most of it: "S/O" (subjective and objective) is two edits from "Sex" and from "S", "Sx"
 * (symptoms) one from "Sex" and "Dx", "PCP" two from "Pt", "Meds" two from "Recs", and none of them is a slip of those
 * keys, so a key of two letters gets none and one of three or four only a one-edit neighbour ("Pt." → "Pt"). Two
 * neighbouring letters swapped are one slip, as a reader counts them ("Exma" → "Exam"), though Levenshtein counts two.
 */
export function closeKeys(raw: string): { spelling: string; d: number }[] {
  return closeness(raw).close;
}

/**
 * Whether a key not in the language is within two edits (a third of the spelling's length, for a long one) of one of its
 * spellings, whether or not closeKeys proposes it: "Imp", "To", "From" may be keys typed amiss, so their lines are not
 * taken for a narrative (notes/prose.ts) and unknown-key still reports them, with no guess at the key meant.
 */
export function mayBeMisspelt(raw: string): boolean {
  return closeness(raw).near;
}

/** Two neighbouring letters swapped ("Exma" for "Exam", "Nuero" for "Neuro"): one slip of the hand. */
export function swapped(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return i + 1 < x.length && x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
}

/**
 * The one correction `closeKeys` proposes with confidence (unknown-key's safe fix): its closest spelling,
 * when every other as close is a spelling of the same key ("Ordre": "Order" or "Orders"). A tie between
 * keys ("Sx": "Sex" or "Dx") is a choice, so it has none.
 */
export function clearCorrection(raw: string): string | undefined {
  const scored = closeKeys(raw);
  if (!scored.length) return undefined;
  const key = lookupKey(scored[0].spelling);
  for (let i = 1; i < scored.length && scored[i].d === scored[0].d; i++) if (lookupKey(scored[i].spelling) !== key) return undefined;
  return scored[0].spelling;
}
