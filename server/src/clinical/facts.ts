import { Knowledge } from '../knowledge/knowledge';
import { Finding, FindingCategoryT } from '../knowledge/schema';
import { IsoDate, monthsBetween, parseAge, parseIsoDate } from '../notes/age';
import { KeyName } from '../notes/keys';
import { isNegated } from '../notes/negation';
import { Field, ParsedNote, field, fields } from '../notes/parser';
import { Span } from '../notes/text';
import { matchAt, toWords } from '../notes/words';
import { work } from '../notes/work';
import { DimpleDescription, readDimple } from './dimple';
import { OrderReading, readOrder } from './order';
import { PriorStudy, readPriorImaging } from './prior';

export interface FindingHit {
  finding: Finding;
  span: Span;
  negated: boolean;
  field: Field;
}

export interface AgeFact {
  months: number;
  span: Span;
  from: 'Age' | 'Patient' | 'DOB';
}

export interface Facts {
  age?: AgeFact;
  /** Age information that is present but cannot be read (message + where). */
  ageProblems: { span: Span; message: string }[];
  hits: FindingHit[];
  dimple?: DimpleDescription;
  neuro: { state: 'normal' | 'abnormal' | 'unknown'; span?: Span };
  /** Items in the Red flags field that the vocabulary does not know but the user called red flags. */
  listedRedFlags: Span[];
  /** Weeks of back pain when the note says how long ("back pain for 6 weeks"). */
  painWeeks?: { weeks: number; span: Span };
  prior: PriorStudy[];
  order?: { field: Field; reading: OrderReading };
  referral: { neurosurgery: boolean; field?: Field };
}

/** Which fields each kind of finding is read from. Prior imaging and Order are never read for findings. */
const FIELDS_FOR: Record<FindingCategoryT, KeyName[]> = {
  'cutaneous-marker': ['Findings', 'Dimple', 'Presentation', 'Indication', 'Patient'],
  dimple: ['Findings', 'Dimple', 'Presentation', 'Indication', 'Patient'],
  'systemic-red-flag': ['Red flags', 'Presentation', 'Findings', 'Symptoms', 'Indication', 'Patient'],
  'back-pain-red-flag': ['Red flags', 'Presentation', 'Symptoms', 'Indication'],
  'back-pain': ['Presentation', 'Symptoms', 'Indication', 'Findings', 'Patient', 'Red flags'],
  trauma: ['Presentation', 'Indication', 'Findings', 'Red flags', 'Patient'],
  'neurologic-symptom': ['Symptoms', 'Neuro', 'Presentation', 'Findings', 'Red flags', 'Indication'],
  'urologic-symptom': ['Symptoms', 'Neuro', 'Presentation', 'Findings', 'Red flags', 'Indication'],
  'orthopedic-symptom': ['Symptoms', 'Neuro', 'Presentation', 'Findings', 'Red flags', 'Indication'],
  'suspected-infection-or-tumor': ['Indication', 'Presentation'],
  overuse: ['Presentation', 'Indication'],
  'contrast-reason': ['Indication', 'Presentation'],
};

const READ_FOR_FINDINGS = new Set<KeyName>(Object.values(FIELDS_FOR).flat());

const NONE_VALUE = /^(?:none|no|nil|n\/?a|negative|denies|denied|absent|not present|-)\.?$/i;
const NEURO_NORMAL_WORDS = new Set(['intact', 'normal', 'nonfocal', 'unremarkable', 'wnl', 'symmetric', 'symmetrical', 'appropriate']);
const NEURO_ABNORMAL_WORDS = new Set(['abnormal', 'deficit', 'deficits', 'weak', 'weakness', 'decreased', 'reduced', 'absent', 'asymmetric', 'asymmetry', 'brisk', 'clonus', 'hyperreflexia', 'hyporeflexia', 'spastic', 'spasticity', 'hypotonia', 'hypertonia', 'focal', 'numbness', 'paresis', 'drop']);

/**
 * "Neuro: normal tone, no deficits" is a normal exam; "Neuro: intact except absent ankle jerk" is
 * not. Any non-negated sign of a deficit wins; otherwise a word of normality makes it normal;
 * otherwise the exam is unknown (neither reassures nor escalates).
 */
function readNeuro(f: Field, hits: FindingHit[]): 'normal' | 'abnormal' | 'unknown' {
  if (NONE_VALUE.test(f.value.trim())) return 'normal';
  if (hits.some((h) => h.field === f && !h.negated && h.finding.category.endsWith('-symptom'))) return 'abnormal';
  const words = toWords(f.value);
  let normal = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    if (NEURO_ABNORMAL_WORDS.has(w)) {
      // "no focal deficits", "non-focal": a deficit ruled out is a statement of normality.
      if (words[i - 1]?.text === 'non' || isNegated(f.value, 0, words, i, i + 1)) normal = true;
      else return 'abnormal';
    }
    if (NEURO_NORMAL_WORDS.has(w)) normal = true;
  }
  return normal ? 'normal' : 'unknown';
}
const ICD = /\b([A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?)\b/g;

export function readFacts(note: ParsedNote, k: Knowledge, today: IsoDate): Facts {
  const facts: Facts = {
    ageProblems: [],
    hits: [],
    neuro: { state: 'unknown' },
    listedRedFlags: [],
    prior: [],
    referral: { neurosurgery: false },
  };
  readAge(note, facts, today);
  readFindings(note, k, facts);

  const dimpleField = field(note, 'Dimple');
  const dimpleHit = facts.hits.find((h) => h.finding.category === 'dimple' && !h.negated);
  if (dimpleField && dimpleField.value && !NONE_VALUE.test(dimpleField.value)) {
    facts.dimple = readDimple(dimpleField.value, dimpleField.valueSpan);
    // "Findings: deep dimple" and "Dimple: 4 mm, in cleft" describe the same dimple.
    if (dimpleHit && dimpleHit.field !== dimpleField) {
      const clause = clauseAround(note.text, dimpleHit.span);
      mergeDimple(facts.dimple, readDimple(note.text.slice(clause.start, clause.end), dimpleHit.span));
    }
  } else if (dimpleHit) {
    const clause = clauseAround(note.text, dimpleHit.span);
    facts.dimple = readDimple(note.text.slice(clause.start, clause.end), dimpleHit.span);
  }

  const neuro = field(note, 'Neuro');
  if (neuro && neuro.value) {
    facts.neuro = { state: readNeuro(neuro, facts.hits), span: neuro.valueSpan };
  }

  const redFlags = field(note, 'Red flags');
  if (redFlags && redFlags.value && !NONE_VALUE.test(redFlags.value.trim())) {
    // Every listed item the vocabulary cannot place still counts: the author called it a red flag.
    // Items and hits are both in text order, so one forward pointer finds the hits inside each item
    // (checking every hit for every item was quadratic in a long list).
    let next = 0;
    for (const m of redFlags.value.matchAll(/[^;,\r\n]+/g)) {
      const item = m[0].trim();
      if (!item) continue;
      const start = redFlags.valueSpan.start + (m.index ?? 0) + m[0].indexOf(item);
      const span = { start, end: start + item.length };
      while (next < facts.hits.length && facts.hits[next].span.start < span.start) {
        next++;
        work.steps++;
      }
      let known = false;
      for (let i = next; i < facts.hits.length && facts.hits[i].span.start <= span.end && !known; i++) {
        known = facts.hits[i].span.end <= span.end;
        work.steps++;
      }
      const words = toWords(item);
      const negatedItem = words.length > 0 && isNegated(item, 0, words, words.length - 1, words.length);
      if (!known && !negatedItem && !NONE_VALUE.test(item)) facts.listedRedFlags.push(span);
    }
  }

  for (const f of fields(note, 'Presentation', 'Symptoms', 'Indication')) {
    const m = /(\d{1,3})\s*(weeks?|wks?|months?|mos?)\b/i.exec(f.value);
    if (m && /pain/i.test(f.value)) {
      const n = Number(m[1]);
      const weeks = /^m/i.test(m[2]) ? n * 4.345 : n;
      const start = f.valueSpan.start + m.index;
      facts.painWeeks = { weeks, span: { start, end: start + m[0].length } };
      break;
    }
  }

  const prior = field(note, 'Prior imaging');
  if (prior && prior.value && !NONE_VALUE.test(prior.value.trim())) facts.prior = readPriorImaging(prior.value, prior.valueSpan.start, k);

  const order = field(note, 'Order');
  if (order) facts.order = { field: order, reading: readOrder(order.value, field(note, 'Contrast')?.value, k) };

  const referral = field(note, 'Referral');
  facts.referral = { neurosurgery: !!referral && /neuro\s*-?\s*surg/i.test(referral.value), field: referral };
  return facts;
}

function readAge(note: ParsedNote, facts: Facts, today: IsoDate): void {
  const age = field(note, 'Age');
  if (age) {
    const a = parseAge(age.value);
    if (a && a.months <= 130 * 12) {
      facts.age = { months: a.months, span: shift(a.span, age.valueSpan.start), from: 'Age' };
      return;
    }
    if (age.value.trim()) facts.ageProblems.push({ span: age.valueSpan, message: `cannot read the age "${clip(age.value)}"; write it as "3 months", "10 weeks", "2y 3m" or "newborn"` });
  }
  const dob = field(note, 'DOB');
  if (dob && dob.value.trim()) {
    const birth = parseIsoDate(dob.value);
    const dateField = field(note, 'Date');
    const orderDate = dateField && dateField.value.trim() ? parseIsoDate(dateField.value) : today;
    if (!birth) facts.ageProblems.push({ span: dob.valueSpan, message: `cannot read the date of birth "${clip(dob.value)}"; write it as an ISO date such as 2026-08-20` });
    else if (!orderDate && dateField) facts.ageProblems.push({ span: dateField.valueSpan, message: `cannot read the order date "${clip(dateField.value)}"; write it as an ISO date such as 2026-11-26` });
    else if (orderDate) {
      const months = monthsBetween(birth, orderDate);
      if (months < 0) facts.ageProblems.push({ span: dob.valueSpan, message: 'the date of birth is after the order date' });
      else if (!facts.age) {
        facts.age = { months, span: dob.valueSpan, from: 'DOB' };
        return;
      }
    }
  }
  if (facts.age) return;
  const patient = field(note, 'Patient');
  if (patient) {
    const a = parseAge(patient.value);
    if (a) facts.age = { months: a.months, span: shift(a.span, patient.valueSpan.start), from: 'Patient' };
  }
}

function readFindings(note: ParsedNote, k: Knowledge, facts: Facts): void {
  for (const f of note.fields) {
    const key = f.key?.name;
    if (!key || !READ_FOR_FINDINGS.has(key) || !f.value) continue;
    const words = toWords(f.value, f.valueSpan.start);
    const redFlagsNone = key === 'Red flags' && NONE_VALUE.test(f.value.trim());
    const look = (i: number, stem: string) => {
      const candidates = k.phraseIndex.get(stem);
      if (!candidates) return;
      for (const { finding, phrase } of candidates) {
        if (!FIELDS_FOR[finding.category].includes(key)) continue;
        const to = matchAt(words, i, phrase, 0);
        if (to < 0) continue;
        const span = { start: words[i].start, end: words[to - 1].end };
        facts.hits.push({ finding, span, negated: redFlagsNone || isNegated(note.text, 0, words, i, to), field: f });
      }
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i].text;
      look(i, w);
      // Plurals: "dimples" may start "dimple ...", "lipomas" "lipoma ...".
      if (w.length > 2 && w.charCodeAt(w.length - 1) === 115 /* s */) {
        look(i, w.slice(0, -1));
        if (w.length > 3 && w.charCodeAt(w.length - 2) === 101 /* e */) look(i, w.slice(0, -2));
      }
    }
  }
  const indication = field(note, 'Indication');
  if (indication) {
    for (const m of indication.value.matchAll(ICD)) {
      const code = k.icd10.find((c) => c.code === m[1]);
      const finding = code?.finding ? k.finding(code.finding) : undefined;
      if (finding) {
        const start = indication.valueSpan.start + (m.index ?? 0);
        facts.hits.push({ finding, span: { start, end: start + m[1].length }, negated: false, field: indication });
      }
    }
  }
  // The longest of overlapping hits of one category wins ("large hemangioma" over "hemangioma").
  facts.hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const keptEnd = new Map<string, number>();
  facts.hits = facts.hits.filter((h) => {
    const end = keptEnd.get(h.finding.category) ?? -1;
    if (h.span.end <= end) return false;
    keptEnd.set(h.finding.category, h.span.end);
    return true;
  });
}

/** The structured Dimple line wins where both say something; either one can make it atypical. */
function mergeDimple(d: DimpleDescription, other: DimpleDescription): void {
  d.sizeMm ??= other.sizeMm;
  d.position ??= other.position;
  d.distanceCm ??= other.distanceCm;
  d.deep ||= other.deep;
  d.multiple ||= other.multiple;
  for (const w of other.atypicalWords) if (!d.atypicalWords.includes(w)) d.atypicalWords.push(w);
}

/** The `;`-delimited clause of a value around a span. */
function clauseAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !/[;:\n\r]/.test(text[start - 1])) start--;
  let end = span.end;
  while (end < text.length && !/[;\n\r]/.test(text[end])) end++;
  work.steps += end - start;
  return { start, end };
}

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

function clip(s: string): string {
  const t = s.trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

export function present(facts: Facts, category: FindingCategoryT): FindingHit[] {
  return facts.hits.filter((h) => !h.negated && h.finding.category === category);
}
