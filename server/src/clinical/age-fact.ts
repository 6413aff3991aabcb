import { type AgeValue, type IsoDate, correctedMonths, monthsBetween, parseAge, parseGestation, parseIsoDate } from '../notes/age';
import { type Field, type ParsedNote, field } from '../notes/parser';
import type { Span } from '../notes/text';

export interface AgeFact {
  /** Chronological age in months: the acoustic-window rules use it unless a setting says otherwise. */
  months: number;
  span: Span;
  from: 'Age' | 'Patient' | 'DOB' | 'text';
  /** For a preterm infant whose gestation the note gives ("ex-32 wk"): the age corrected for prematurity. */
  corrected?: { months: number; gestationWeeks: number; span: Span };
}

export interface AgeProblem {
  span: Span;
  message: string;
}

/** Words after a number that make it an age in free text ("3 mo M w/ …", "10 mo old boy"). */
const AGE_FOLLOWS =
  /^[\s,-]*(?:old|o\b|yo\b|\/o\b|y\/o|m\/o|w\/o\b(?!\s+\w)|M\b|F\b|male|female|boy|girl|infant|baby|child|toddler|ex\b|former|w\/|with\b|here|seen|check|visit|well|wcc|presents|presenting|who|twin)/i;

/**
 * The age: from `Age`, else `DOB` (with `Date`), else `Patient`, else an age stated anywhere in the
 * free text ("HPI: 3 mo M w/ …"). Gestation, when given, adds the corrected age.
 */
export function readAge(note: ParsedNote, all: readonly Field[], today: IsoDate, problems: AgeProblem[]): AgeFact | undefined {
  const age = readChronological(note, all, today, problems);
  if (!age) return undefined;
  for (const f of all) {
    const key = f.key?.name;
    // Gestation is written with the age or in the history, nowhere else.
    if (key !== 'Age' && key !== 'Patient' && key !== 'Presentation' && key !== 'PMH') continue;
    if (!f.value || !MAY_GIVE_GESTATION.test(f.value)) continue;
    const g = parseGestation(f.value);
    if (g) {
      age.corrected = { months: correctedMonths(age.months, g.weeks), gestationWeeks: g.weeks, span: shift(g.span, f.valueSpan.start) };
      break;
    }
  }
  return age;
}

/** Every gestation form holds one of these; values without them are not searched. */
const MAY_GIVE_GESTATION = /\bex\b|ex-|\bborn\b|\bGA\b|\bEGA\b|gestation|preterm|premature|\bprem\b|weeker/i;

/** The value with any gestation blanked out, so "ex-32 wk, 10 wk old" reads as 10 weeks. */
function withoutGestation(value: string): string {
  if (!MAY_GIVE_GESTATION.test(value)) return value;
  const g = parseGestation(value) ?? GESTATION_ANY(value);
  if (!g) return value;
  return value.slice(0, g.span.start) + ' '.repeat(g.span.end - g.span.start) + value.slice(g.span.end);
}

/** Term gestations ("born at 39 weeks") are not ages either. */
function GESTATION_ANY(value: string): { span: Span } | undefined {
  const m =
    /\b(?:ex[ \t]?-?[ \t]?|born (?:at )?)\d{2}(?:\+\d)?[ \t]?(?:wk|wks|weeks?|weeker)?\b|\b\d{2}(?:\+\d)?[ \t]?(?:wk|wks|weeks?)[ \t]?(?:GA|gestation(?:al age)?|EGA)\b/i.exec(
      value,
    );
  return m ? { span: { start: m.index, end: m.index + m[0].length } } : undefined;
}

function readChronological(note: ParsedNote, all: readonly Field[], today: IsoDate, problems: AgeProblem[]): AgeFact | undefined {
  const age = field(note, 'Age');
  if (age) {
    const a = parseAge(withoutGestation(age.value), true);
    if (a && a.months <= 130 * 12) return { months: a.months, span: shift(a.span, age.valueSpan.start), from: 'Age' };
    if (age.value.trim()) problems.push({ span: age.valueSpan, message: `cannot read the age "${clip(age.value)}"; write it as "3 months", "10 weeks", "2y 3m" or "newborn"` });
  }
  const dob = field(note, 'DOB');
  if (dob && dob.value.trim()) {
    const birth = parseIsoDate(dob.value);
    const dateField = field(note, 'Date');
    const orderDate = dateField && dateField.value.trim() ? parseIsoDate(dateField.value) : today;
    if (!birth) problems.push({ span: dob.valueSpan, message: `cannot read the date of birth "${clip(dob.value)}"; write it as an ISO date such as 2026-08-20` });
    else if (!orderDate && dateField)
      problems.push({ span: dateField.valueSpan, message: `cannot read the order date "${clip(dateField.value)}"; write it as an ISO date such as 2026-11-26` });
    else if (orderDate) {
      const months = monthsBetween(birth, orderDate);
      if (months < 0) problems.push({ span: dob.valueSpan, message: 'the date of birth is after the order date' });
      else return { months, span: dob.valueSpan, from: 'DOB' };
    }
  }
  const patient = field(note, 'Patient');
  if (patient) {
    const a = parseAge(withoutGestation(patient.value), true);
    if (a) return { months: a.months, span: shift(a.span, patient.valueSpan.start), from: 'Patient' };
  }
  // Free text: an age only where the words around it make it one ("3 mo M", "10 mo old boy").
  for (const f of all) {
    const key = f.key?.name;
    if (!f.value || (key !== 'Presentation' && key !== 'Findings' && key !== 'Indication' && key !== 'Symptoms')) continue;
    const a = ageInText(withoutGestation(f.value));
    if (a) return { months: a.months, span: shift(a.span, f.valueSpan.start), from: 'text' };
  }
  return undefined;
}

function ageInText(value: string): AgeValue | undefined {
  // Each candidate is tried once, from where the last one ended: linear in the value.
  let offset = 0;
  for (let tries = 0; tries < 8 && offset < value.length; tries++) {
    const rest = value.slice(offset);
    const a = parseAge(rest, false);
    if (!a) return undefined;
    const after = rest.slice(a.span.end, a.span.end + 20);
    const before = rest.slice(Math.max(0, a.span.start - 6), a.span.start);
    if (AGE_FOLLOWS.test(after) || /\bage[d]?\s*$/i.test(before)) {
      return { months: a.months, span: shift(a.span, offset) };
    }
    if (/newborn|neonate/i.test(rest.slice(a.span.start, a.span.end))) return { months: 0, span: shift(a.span, offset) };
    offset += a.span.end;
  }
  return undefined;
}

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

function clip(s: string): string {
  const t = s.trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}
