/**
 * Headings: the text before a colon that names where a note comes from or what part of a visit
 * follows ("Onc clinic:", "Peds Ortho:", "Re:", "Newborn exam:", "Interval hx:", "Now:"), not a key of
 * the note language. The narrative after a heading is read as the note's history (notes/prose.ts).
 *
 * The vocabulary is data, reviewed as a list: a key before a colon is a heading when every one of its
 * words (split at spaces, "/", "&", "-" and "+"; "f/u" and "d/c" are one word) is a heading word or part of a heading phrase.
 */

/** Services, specialties, settings and parts of a visit or a letter. */
export const HEADING_WORDS: readonly string[] = [
  // Where the note is written.
  'ed',
  'er',
  'uc',
  'clinic',
  'clinics',
  'office',
  'ward',
  'floor',
  'unit',
  'nicu',
  'picu',
  'nursery',
  'inpatient',
  'outpatient',
  // The outpatient department and the emergency department as named where English is written the British or the
  // Indian way ("OPD: 18 year old man, back pain 5 days", "Casualty: 9 yo fell from a tree").
  'opd',
  'casualty',
  'hospital',
  'hospitalist',
  'sideline',
  // Who writes it.
  'np',
  'pa',
  'rn',
  // A teaching note's parts ("Attending addendum: agree, but US not XR - spinal US ordered instead", "Resident note:",
  // "Intern:"): the writer's narrative, read as the note's history and plan, not an unknown key. Not "Provider:", a line
  // about someone else (NOT_HISTORY_WORDS: "Ordering provider: Dr. Jane Smith, neurosurgery").
  'attending',
  'resident',
  'intern',
  'fellow',
  // Specialties.
  'peds',
  'paeds',
  'pediatric',
  'pediatrics',
  'paediatric',
  'paediatrics',
  'gen',
  'general',
  'ortho',
  'orthopedic',
  'orthopedics',
  'orthopaedic',
  'orthopaedics',
  'derm',
  'dermatology',
  'onc',
  'oncology',
  'heme',
  'hem',
  'hematology',
  'haem',
  'haematology',
  'sports',
  'med',
  'medicine',
  'fm',
  'urology',
  'uro',
  'nephrology',
  'gi',
  'gastroenterology',
  'endocrinology',
  'endo',
  'cardiology',
  'genetics',
  'rheumatology',
  'rheum',
  'neurology',
  // Physical medicine and rehabilitation ("PM&R:", "PMR:", "Physiatry:"; "PM&R" is the phrase pm r).
  'pmr',
  'physiatry',
  'rehab',
  'rehabilitation',
  'surgery',
  'devel',
  'developmental',
  'dev',
  'newborn',
  'neonatal',
  'neonatology',
  'adolescent',
  'vascular',
  'anomalies',
  // Physical medicine and rehabilitation ("PM&R:", "PMR clinic:", "Physiatry:").
  'pmr',
  'physiatry',
  'rehab',
  'rehabilitation',
  // The kind of note or part of a visit.
  'note',
  'notes',
  'addendum',
  'comment',
  'update',
  'intake',
  'triage',
  'summary',
  'narrative',
  'consult',
  'consultation',
  // An e-consult's question ("Q: 12 yo F with back pain that wakes her at night …"): the patient's history.
  'q',
  'question',
  'visit',
  'today',
  'now',
  'interval',
  'hpi',
  'hx',
  'history',
  'exam',
  'examination',
  // Dutch "Onderzoek:" (examination), "Lichamelijk onderzoek:" (physical examination).
  'onderzoek',
  'lichamelijk',
  'physical',
  'progress',
  'admission',
  'discharge',
  'transfer',
  'telehealth',
  'telemedicine',
  'video',
  'virtual',
  'phone',
  'follow',
  'up',
  'followup',
  'fu',
  'new',
  're',
  'regarding',
  // A teaching case ("Case: 7-month-old boy sent for a spinal ultrasound"): the narrative is the patient's.
  'case',
  'wcc',
  'well',
  'child',
  // The writer's own part of a consult ("Our exam:", "My exam:"), beside another team's.
  'our',
  'my',
  // A line headed by a word for the child ("Baby: feeding well. On exam a hair patch …", "Infant: …"), as a
  // young parent's visit heads the baby's part beside the parent's: the patient's own line, not a misspelt
  // key ("Baby" is two letters from "Labs"). A relative's ("Baby brother:") stays a relative's (isAboutRelative).
  'baby',
  'infant',
  'neonate',
  'toddler',
  'kid',
  // A transfer or transport note's receiving side ("Receiving: outside CT reviewed, normal; MRI L-spine w/ contrast in the
  // morning", "Accepting ED: CT done at OSH, no fracture", "Receiving team: …"): the patient's story as the receiving
  // side takes it, its studies done before and its plan, read as the note's narrative (a study done at the referring
  // hospital is a prior, the one planned is the order), not a second Plan key. "team", "service", "facility" join them.
  'receiving',
  'accepting',
  'team',
  'service',
  'facility',
  // A progress note's other problems ("Other: c/o low back pain x 5 days"), below the one it is about: the patient's
  // history, not a misspelt "Order".
  'other',
];

/** Headings of more than one word whose words alone are not headings ("Family medicine": "family" alone is someone else). */
export const HEADING_PHRASES: readonly string[] = ['family medicine', 'family practice', 'internal medicine', 'urgent care', 'emergency department', 'primary care', 'pm r'];

/**
 * Relatives: a line keyed by one ("Uncle:", "Grandma:", "Twin A:", "Cousin:", "Mom's hx:", "Sib (6 yo):")
 * tells someone else's illness, never the patient's, unless the key says it is the patient ("Twin B (this patient):").
 */
export const RELATIVE_WORDS: readonly string[] = [
  'mother',
  'mom',
  'mum',
  'father',
  'dad',
  'parent',
  'parents',
  'sibling',
  'siblings',
  'sib',
  'sibs',
  'brother',
  'sister',
  'family',
  'maternal',
  'paternal',
  'grandmother',
  'grandfather',
  'grandma',
  'grandmas',
  'grandpa',
  'granny',
  'grandad',
  'granddad',
  // Maternal and paternal grandmother and grandfather, as a family history abbreviates them ("MGF: colon cancer at 60").
  'mgm',
  'mgf',
  'pgm',
  'pgf',
  'nana',
  'grandparent',
  'grandparents',
  'uncle',
  'uncles',
  'aunt',
  'aunts',
  'auntie',
  'cousin',
  'cousins',
  'niece',
  'nephew',
  'twin',
  'twins',
  'brothers',
  'sisters',
  'stepmother',
  'stepfather',
  'stepmom',
  'stepdad',
  'stepmum',
  'stepsister',
  'stepbrother',
  'stepsibling',
  'stepsiblings',
  'sis',
  'bro',
  'relative',
  'relatives',
];

/**
 * Words of a key that is about someone or something other than the patient's illness ("Mother:",
 * "SHx:", "Allergies:", "Ordering provider:"): such a line is never read as the history, whatever its
 * value, so the unknown key stays reported.
 */
export const NOT_HISTORY_WORDS: readonly string[] = [
  // A twin may be the patient (isAboutRelative decides).
  ...RELATIVE_WORDS.filter((w) => w !== 'twin' && w !== 'twins'),
  'guardian',
  'caregiver',
  'social',
  'shx',
  'allergies',
  'allergy',
  'meds',
  'medications',
  'medication',
  'immunizations',
  'vaccines',
  'insurance',
  'provider',
  'pcp',
  'referring',
  'ordering',
  'signed',
  'signature',
  'contact',
  'address',
  'pharmacy',
  'mrn',
  'weight',
  'height',
  'vitals',
  'bmi',
  'protocol',
];

const WORDS = new Set(HEADING_WORDS);
const PHRASES = HEADING_PHRASES.map((p) => p.split(' '));
const NOT_HISTORY = new Set(NOT_HISTORY_WORDS);
const RELATIVES = new Set(RELATIVE_WORDS);

/** The key's words, lower case; a possessive is its owner ("Mom's hx" is mom, hx; "parents'" is parents). */
/** The words of a key, as every test of this file splits them ("Mom's hx" → mom, hx; "F/U" → followup). */
export function wordsOf(rawKey: string): string[] {
  return (
    rawKey
      .toLowerCase()
      .replace(/\bf\/u\b/g, 'followup')
      .replace(/\bd\/c\b/g, 'discharge')
      // "Brother, 6 y/o": years old, one word as "yo".
      .replace(/\b([ym])\/o\b/g, '$1o')
      .replace(/(\w)['\u2019]s\b/g, '$1')
      .replace(/(\w)s['\u2019](?!\w)/g, '$1s')
      .split(/[\s/&+(),.;:'\u2019-]+/)
      .filter((w) => w)
  );
}

/** What a relative's key may add after the relative: "Mom's hx", "Brother's history", "Twin A", "Sib (6 yo)", "Maternal grandmother". */
const ABOUT_THEM = new Set([
  'hx',
  'history',
  'pmh',
  'pmhx',
  'medical',
  'side',
  'dx',
  'diagnosis',
  'diagnoses',
  'age',
  'conditions',
  'problems',
  'illness',
  'a',
  'b',
  'c',
  '1',
  '2',
  '3',
  'yo',
  'y',
  'yr',
  'yrs',
  'years',
  'old',
  'mo',
  'mos',
  'months',
  'older',
  'younger',
  'big',
  'little',
  'baby',
  'twin',
  'half',
  'step',
  'full',
  'biological',
  'bio',
  'of',
  'the',
]);
/** "Twin B (this patient):", "Twin A - pt:": the key names the patient, whatever relative it also names. */
const NAMES_THE_PATIENT = /\b(?:this|our|index|the)\s+(?:patient|pt|child|baby|infant|twin)\b|\(\s*(?:pt|patient|index)\s*\)|[-–]\s*(?:pt|patient)\s*$/i;

/** Every word of the key is a heading word or part of a heading phrase: "Peds Ortho", "Heme/Onc Clinic", "Family medicine". */
export function isHeading(rawKey: string): boolean {
  const words = wordsOf(rawKey);
  if (!words.length || words.length > 6) return false;
  for (let i = 0; i < words.length;) {
    if (WORDS.has(words[i])) {
      i++;
      continue;
    }
    const phrase = PHRASES.find((p) => p.every((w, j) => words[i + j] === w));
    if (!phrase) return false;
    i += phrase.length;
  }
  return true;
}

/** A word of the key says the line is about someone or something other than the patient's illness. */
export function isNotHistory(rawKey: string): boolean {
  return wordsOf(rawKey).some((w) => NOT_HISTORY.has(w));
}

/**
 * The key is a relative, told as a label ("Uncle:", "Grandma:", "Twin A:", "Cousin:", "Sib (6 yo):",
 * "Mom's hx:", "Brother's history:", "Maternal grandmother:"): its line is someone else's, however the
 * line reads (a sentence mark or a parenthesis in it would otherwise make it prose). Not a sentence that
 * only mentions one ("Seen with mom today:", "Mom's concern:" is about the patient), nor a key that
 * names the patient ("Twin B (this patient):"). A twin is the one relative who may be the patient: "Twin A:"
 * is someone else's only when the note describes the patient elsewhere (patientDescribed), so a NICU note
 * written under "Twin A:" alone keeps its findings (and the checks they drive). A key naming the twin the note is
 * about (patientTwin: "Twin A, 2 mo M …" then "Twin A: single sacral dimple") is the patient's own line.
 */
export function isAboutRelative(rawKey: string, patientDescribed = true, patientTwin?: string): boolean {
  if (namesThePatient(rawKey) || (patientTwin !== undefined && twinKeyLabel(rawKey) === patientTwin)) return false;
  const words = wordsOf(rawKey);
  if (!words.length || words.length > 5) return false;
  let relative = false;
  let twinOnly = true;
  for (const w of words) {
    if (RELATIVES.has(w)) {
      relative = true;
      if (w !== 'twin' && w !== 'twins') twinOnly = false;
    } else if (!ABOUT_THEM.has(w) && !/^\d{1,2}$/.test(w)) return false;
  }
  return relative && (patientDescribed || !twinOnly);
}

/** The key says it is the patient's line: "Twin B (this patient)", "Twin A (pt)", "Twin A - patient". */
export function namesThePatient(rawKey: string): boolean {
  return NAMES_THE_PATIENT.test(rawKey);
}

/** A twin's label after "twin": "Twin A", "twin 2", "Twin two". */
const TWIN_LABEL = /^twin\s*([a-d1-4]|one|two|three)$/i;
/** A line opening with a twin's label, then a comma, a dash or a bracket, no colon ("Twin A, 2 mo M", "Twin 2 - 5 wk F"). */
const TWIN_OPENING = /^[ \t>*\u2022-]*twin\s*([a-d1-4]|one|two|three)\s*[,(\u2013\u2014-]/gim;
/** A twin told with an age of its own anywhere ("…; Twin B, 2 mo F - both have dimples"): that twin is described too. */
const TWIN_WITH_AGE = /\btwin\s*([a-d1-4]|one|two|three)\s*[,(\u2013\u2014-]\s*\d/gi;
const TWIN_WORD = /twin/i;
const twinOpenings = new Map<string, string | undefined>();

/**
 * The twin the note is about, named where a line opens ("Twin A, 2 mo M (twin B seen separately …)"), as a note's
 * identity line is written: only when every line so opened, and every twin told with an age of its own, names the
 * same twin (a note telling both twins so is about both, or about neither in particular).
 */
export function patientTwinLabel(text: string): string | undefined {
  // Both patterns hold the word (same flags): a note without it, most, names no twin, and is neither scanned nor hashed into the memo.
  if (!TWIN_WORD.test(text)) return undefined;
  if (twinOpenings.has(text)) return twinOpenings.get(text);
  const labels = new Set([...text.matchAll(TWIN_OPENING), ...text.matchAll(TWIN_WITH_AGE)].map((m) => m[1].toLowerCase()));
  const label = labels.size === 1 ? [...labels][0] : undefined;
  if (twinOpenings.size > 64) twinOpenings.clear();
  twinOpenings.set(text, label);
  return label;
}

/** The twin a key names by its label alone ("Twin A:" → "a"), if that is all the key is. */
export function twinKeyLabel(rawKey: string): string | undefined {
  return TWIN_LABEL.exec(rawKey.trim())?.[1].toLowerCase();
}

/**
 * Plan keys in the writer's own language (see ORDER_KEY_WORDS). Their value is read sentence by sentence, as a meeting's
 * minutes are (clinical/studies-key.ts minutesPlanRead): under them a writer also reports a study done ('Назначение: ЯМР … преди 2
 * месеца - норма').
 */
const WRITERS_LANGUAGE_ORDER_KEY_WORDS: readonly string[] = [
  // Spanish "Indicación: Rx de columna lumbosacra", "Indicaciones:", "Se indica:" (indicated, i.e. prescribed): the doctor's
  // orders, not the English reason for the study; a value that is no study to do stays an unknown key.
  'indicación',
  'indicacion',
  'indicaciones',
  'indica',
  'indican',
  // Bulgarian and Russian "Назначение:" (prescribed), "Направление:" (referral slip for a study), "Назначено:".
  'назначение',
  'назначено',
  'назначения',
  'направление',
  // Lithuanian "Skirta:" (prescribed), "Rekomenduota:" (recommended) in a plan.
  'skirta',
  'skiriama',
  'rekomenduota',
  'rekomenduojama',
  // Italian "Richiesta:" (request) and Portuguese or Spanish "Pedido:" (request, order), glossed or not ("Richiesta: RM
  // colonna lombosacrale senza mdc", "Pedido: ecografia da coluna lombo-sagrada").
  'richiesta',
  'richieste',
  'pedido',
  'pedidos',
  // Portuguese "Peço:" and Spanish "Pido:" (I ask), read as "Pedido:" is (round 56, fix56a; after review r56 no longer as
  // "Plan:"): their sentences refuse what reading-vocabulary askedKeyRefusals lists (studies-key.ts askedKeyRefused).
  'peço',
  'peco',
  'pido',
  // Russian "Назначено:" as the writer puts it in English ("Prescribed: radiography of the lumbosacral spine"); a drug
  // prescribed is no spine study and orders nothing.
  'prescribed',
];
const WRITERS_LANGUAGE_ORDER_KEY = new Set(WRITERS_LANGUAGE_ORDER_KEY_WORDS);

/**
 * "Urgent: MRI whole spine without contrast - today", Italian "Urgente: RM rachide in toto senza mdc": the priority names
 * the study to do (any other value stays an unknown key), or the referral asked ("Urgent: referral to paediatric neurosurgery").
 */
const PRIORITY_ORDER_KEY_WORDS: readonly string[] = ['urgent', 'urgente'];
const PRIORITY_ORDER_KEY = new Set(PRIORITY_ORDER_KEY_WORDS);
/** A key that is a priority alone ("Urgent:"): its line asks for what it names. */
export function isPriorityKey(rawKey: string): boolean {
  return orderKeyedBy(rawKey, PRIORITY_ORDER_KEY);
}

/**
 * Words of a key that names the study to be done, on a request form or in a letter ("Radiology:",
 * "Investigations:", "Modality:", "Orders placed:", "Examination:", "Test requested:"): the note language
 * does not know the key, but its line is no history. When its value is a study to do, clinical/facts.ts
 * reads it as the order; otherwise it stays an unknown key (or, for a heading word such as "Examination",
 * a heading), never silently read as the history.
 */
export const ORDER_KEY_WORDS: readonly string[] = [
  'radiology',
  'radiological',
  'investigation',
  'investigations',
  // "Ix: XR lumbar spine AP/lat" (investigations, as Australian and British notes write it).
  'ix',
  // "Inv: X-ray DL spine AP & lateral" (investigations, as South Asian and Filipino notes abbreviate it).
  'inv',
  'invx',
  // "Solicited: bone scan", "Exams solicited:" (Portuguese and Spanish "solicitado").
  'solicited',
  // "Se solicita: Rx columna lumbosacra" (Spanish: is requested), "Solicito:" (I request).
  'solicita',
  'solicitan',
  'solicito',
  // The same request as Spanish- and Portuguese-speaking writers put it in English ("Solicit: MRI lumbar spine", "I
  // solicit:", from solicitar): the writer's request, as "Request:" is. Not "Solicitation:", which heads other business too
  // ("Solicitation: patient solicitation of opioid - declined").
  'solicit',
  ...WRITERS_LANGUAGE_ORDER_KEY_WORDS,
  // "Paraclinical: CT thoracolumbar spine native" (Romanian "paraclinic": the investigations, done or to do).
  'paraclinical',
  'paraclinic',
  'paraclinics',
  'modality',
  'examination',
  'exam',
  // Dutch "Onderzoek:" (examination) on a request form: "Onderzoek: [x] echo  [ ] X  [ ] CT  [ ] MRI".
  'onderzoek',
  'procedure',
  'procedures',
  // A legacy order-entry screen's abbreviation ("ORD: CT C-SPINE WO CONTRAST"): "ORD BY:", "ORD CD:", "ORD PROV:" add a
  // word that is no order word, so they stay who ordered and the order's code. Not "Proc:", which names a procedure
  // done as often as one to do ("Proc: US guided LP 2 days ago, CSF nl").
  'ord',
  'test',
  'tests',
  'scan',
  'scans',
  'imaging',
  'study',
  'studies',
  'order',
  'orders',
  'request',
  'requests',
  'requested',
  // "Requesting: XR lumbar spine 2 views" (a form's or a letter's study asked for, as "Request:" is); "Requesting service:",
  // "Requesting clinician:" add a word that is no order or joining word, so they stay who asks.
  'requesting',
  'placed',
  'ordered',
  'requisition',
  // "Req.: RTG of L-S spine in two projections" (request, as a requisition form abbreviates it).
  'req',
  'protocol',
  'type',
  'details',
  'planned',
  'required',
  ...PRIORITY_ORDER_KEY_WORDS,
];
const ORDER_KEY = new Set(ORDER_KEY_WORDS);
/**
 * The paper a request is written on, as British, Nordic and Australian wards name it ("Request card: USS spine", "Radiology
 * request form: XR L-spine AP/lat", "Imaging slip:"): the card names the study requested as the request does. Never an order
 * key alone ("Form: signed", "Card: given to mum"), and only beside a word of a request or of imaging (`PAPER_OF`): "Exam
 * form: neuro normal, SLR neg" is the examination's sheet, "Consent form:", "Test form:" no request.
 */
const REQUEST_PAPERS = ['card', 'form', 'slip'];
/**
 * Who protocols or vets the study, before the order word ("Rad protocol:", "Radiologist protocol:", "Rad request:"): the
 * radiologist's line about the study to do. Never an order key alone ("Rad:", "Radiologist: XR adds little"), a comment.
 */
const RADIOLOGY_SHORT_WORDS = ['rad', 'rads', 'radiol', 'radiologist', 'radiologists'];
const PAPERS = new Set(REQUEST_PAPERS);
const PAPER_OF = new Set(['request', 'requests', 'requisition', 'req', 'radiology', 'imaging']);
/**
 * Words that may stand between them ("Exam to be performed", "Type of study", "Tests and imaging"), and the request
 * form's word for applying for a study as clinicians trained in China write it ("Examination apply:", "Imaging
 * application:"), and a nurse's note taking an order ("Order received: MRI entire spine with IV contrast, STAT"): never an
 * order key alone ("Apply: ice to the back", "Received: results by fax").
 */
const ORDER_KEY_JOINS = new Set(['to', 'be', 'of', 'the', 'and', 'for', 'apply', 'application', 'applied', 'new', 'se', 'received', ...RADIOLOGY_SHORT_WORDS, ...REQUEST_PAPERS]);
/** "New order for review:", "Request under review:": an order or request put to a reviewer is still the study requested. */
const FOR_REVIEW = /\b((?:order|request)s?)\s+(?:for|under|pending|awaiting)\s+review\b/i;
/**
 * "Modality (tick one):", "Study (select one):", "Imaging (check one)": a form's order field with the instruction printed
 * after it tells only how to fill it in; the field is the key before it (its boxes are read by clinical/form.ts, which
 * blanks every option left unticked, so a field with no box ticked names no study). Only "one": a field ticked for
 * several ("tick all that apply") lists options, not the one study ordered.
 */
const FORM_INSTRUCTION = /\s*\((?:please\s+)?(?:tick|check|select|choose|mark)\s+(?:one|1)(?:\s+only)?\)\s*$/i;

/**
 * "Diagnostics:" (German "Diagnostik", Dutch "Diagnostiek"), "Further diagnostics:", "Planned diagnostics:": the studies, to
 * do or done, beside "Anamnesis:", "Status:" and "Procedere:". No order key: its value heads the results and the exam as often
 * as the study to do ("Diagnostics: spinal ultrasound indeterminate", "Diagnostics: weak legs, reflexes brisk"), so it is read
 * as the order only where clinical/studies-key.ts diagnosticsOrders allows, and its results as priors. Not "Diagnostic:",
 * which French and Spanish-trained writers put before the diagnosis ("Diagnostic: spina bifida occulta").
 */
const DIAGNOSTICS_KEY = new Set(['diagnostics', 'diagnostik', 'diagnostiek', ...ORDER_KEY_WORDS]);
const DIAGNOSTICS_WORD = /\bdiagnosti(?:cs|k|ek)\b/i;
/** A key of the studies written "Diagnostics" (DIAGNOSTICS_KEY): every word a diagnostics, order or joining word, one "Diagnostics". */
export function isDiagnosticsKey(rawKey: string): boolean {
  return DIAGNOSTICS_WORD.test(rawKey) && orderKeyedBy(rawKey, DIAGNOSTICS_KEY);
}

/** Every word of the key is an order word or a joining word, one at least an order word (see ORDER_KEY_WORDS). */
export function isOrderKeyed(rawKey: string): boolean {
  return orderKeyedBy(rawKey, ORDER_KEY);
}
/** An order key in the writer's own language ("Назначение:", "Se indica:", "Skirta:"; WRITERS_LANGUAGE_ORDER_KEY_WORDS). */
export function isWritersLanguageOrderKey(rawKey: string): boolean {
  return orderKeyedBy(rawKey, WRITERS_LANGUAGE_ORDER_KEY);
}
function orderKeyedBy(rawKey: string, keyWords: ReadonlySet<string>): boolean {
  const words = wordsOf(
    rawKey
      .replace(/\bto be (?:performed|done|obtained)\b/i, 'to be')
      .replace(/\(s\)/gi, 's')
      .replace(FOR_REVIEW, '$1')
      .replace(FORM_INSTRUCTION, ''),
  );
  if (!words.length || words.length > 5) return false;
  if (words.some((w) => PAPERS.has(w)) && !words.some((w) => PAPER_OF.has(w))) return false;
  let order = false;
  for (const w of words) {
    if (keyWords.has(w)) order = true;
    else if (!ORDER_KEY_JOINS.has(w)) return false;
  }
  return order;
}
