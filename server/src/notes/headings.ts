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
  'hospital',
  'hospitalist',
  'sideline',
  // Who writes it.
  'np',
  'pa',
  'rn',
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
  'visit',
  'today',
  'now',
  'interval',
  'hpi',
  'hx',
  'history',
  'exam',
  'examination',
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
  'wcc',
  'well',
  'child',
];

/** Headings of more than one word whose words alone are not headings ("Family medicine": "family" alone is someone else). */
export const HEADING_PHRASES: readonly string[] = ['family medicine', 'family practice', 'internal medicine', 'urgent care', 'emergency department', 'primary care'];

/**
 * Words of a key that is about someone or something other than the patient's illness ("Mother:",
 * "SHx:", "Allergies:", "Ordering provider:"): such a line is never read as the history, whatever its
 * value, so the unknown key stays reported.
 */
export const NOT_HISTORY_WORDS: readonly string[] = [
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

function wordsOf(rawKey: string): string[] {
  return rawKey
    .toLowerCase()
    .replace(/\bf\/u\b/g, 'followup')
    .replace(/\bd\/c\b/g, 'discharge')
    .split(/[\s/&+-]+/)
    .filter((w) => w);
}

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
