import type { Coding, CodeableConcept, ServiceRequest } from 'fhir/r4';
import { type IsoDate, MAX_VALUE_CHARS, isoText, monthsBetween, parseIsoDate } from '../engine';
import type { IcdMapping } from './icd10-findings';

export const CPT = 'http://www.ama-assn.org/go/cpt';
export const LOINC = 'http://loinc.org';
/** ICD-10-CM, and the WHO ICD-10 URI that real requests (and the Argonaut IG's example) use for CM codes. */
const ICD10_SYSTEMS = new Set(['http://hl7.org/fhir/sid/icd-10-cm', 'http://hl7.org/fhir/sid/icd-10', 'urn:oid:2.16.840.1.113883.6.90', 'urn:oid:2.16.840.1.113883.6.3']);

/** What is known of the patient's age for one order: months, or what is missing. */
export type AgeInput = { months: number; birthDate: string; orderDate: string } | { missing: string };

export interface OrderNote {
  resource: ServiceRequest;
  /** `ServiceRequest/{id}`, or undefined when the order has no id (nothing can then update it). */
  reference?: string;
  age: AgeInput;
  /** The engine's own note text for this order. */
  text: string;
  /** The request gives no reason for the study at all (no codes, no text). */
  noIndication: boolean;
}

/** Free text arrives from other systems: one line, no control characters, no longer than the reader reads. */
function oneLine(text: unknown): string {
  if (typeof text !== 'string') return '';
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_VALUE_CHARS)
  );
}

function codings(c: CodeableConcept | undefined): Coding[] {
  return Array.isArray(c?.coding) ? c.coding.filter((x): x is Coding => !!x && typeof x === 'object') : [];
}

/** A FHIR date or dateTime's calendar date; partial dates are not enough for an age in months. */
export function calendarDate(v: unknown): IsoDate | undefined {
  return typeof v === 'string' ? parseIsoDate(v.slice(0, 10)) : undefined;
}

/** The order's date: authoredOn, else occurrence[x], else today. */
export function orderDate(sr: ServiceRequest, today: IsoDate): IsoDate {
  return (
    calendarDate(sr.authoredOn) ??
    calendarDate(sr.occurrenceDateTime) ??
    calendarDate(sr.occurrencePeriod?.start) ??
    calendarDate(Array.isArray(sr.occurrenceTiming?.event) ? sr.occurrenceTiming.event[0] : undefined) ??
    today
  );
}

/** The patient's age on the order date, or a plain-words name for what is missing. */
export function ageFor(birthDate: unknown, patientState: 'present' | 'null' | 'error', sr: ServiceRequest, today: IsoDate): AgeInput {
  if (patientState === 'null') return { missing: "the patient's record (no Patient was found for this order), so the age is unknown" };
  if (patientState === 'error') return { missing: "the patient's record (the EHR reported an error reading it), so the age is unknown" };
  if (birthDate === undefined || birthDate === null || birthDate === '') return { missing: "the patient's birth date" };
  if (typeof birthDate === 'string' && /^\d{4}(-\d{2})?$/.test(birthDate))
    return { missing: `the full birth date (only "${birthDate}" is recorded; the age in months needs the day)` };
  const birth = calendarDate(birthDate);
  if (!birth || (typeof birthDate === 'string' && birthDate.length > 10 && !/^\d{4}-\d{2}-\d{2}T/.test(birthDate))) return { missing: 'a readable birth date' };
  const on = orderDate(sr, today);
  if (Date.UTC(birth.y, birth.m - 1, birth.d) > Date.UTC(on.y, on.m - 1, on.d)) return { missing: 'a birth date on or before the order date' };
  return { months: monthsBetween(birth, on), birthDate: isoText(birth), orderDate: isoText(on) };
}

/** The Order line: a CPT code the knowledge base knows, else the text of the order. */
function orderText(sr: ServiceRequest, knownCpt: (code: string) => boolean): string {
  const all = codings(sr.code);
  const cpt = all.find((c) => c.system === CPT && typeof c.code === 'string' && /^\d{5}$/.test(c.code) && knownCpt(c.code));
  if (cpt) return cpt.code!;
  const loinc = all.find((c) => c.system === LOINC && c.display);
  const text = oneLine(sr.code?.text) || oneLine(loinc?.display) || oneLine(all.find((c) => c.display)?.display);
  return text;
}

const ACK_TEXT = /^\s*#?\s*(acknowledged?\s+[a-z0-9-]+\s*:\s*[a-z-]+.*)$/i;

/** Builds one note, in the engine's own language, from a draft ServiceRequest. */
export function noteFor(sr: ServiceRequest, age: AgeInput, icd: Map<string, IcdMapping>, knownCpt: (code: string) => boolean): OrderNote {
  const indication: string[] = [];
  const add = (list: string[], t: string) => {
    if (t && !list.includes(t)) list.push(t);
  };
  for (const reason of Array.isArray(sr.reasonCode) ? sr.reasonCode : []) {
    for (const c of codings(reason)) {
      const m = typeof c.code === 'string' && c.system && ICD10_SYSTEMS.has(c.system) ? icd.get(c.code.trim().toUpperCase()) : undefined;
      if (m) {
        add(indication, m.phrase);
      } else if (c.display) add(indication, oneLine(c.display));
    }
    // reasonCode.text is the clinician's own words: always read, mapped codes or not.
    if (reason?.text) add(indication, oneLine(reason.text));
  }
  const presentation: string[] = [];
  const acks: string[] = [];
  for (const n of Array.isArray(sr.note) ? sr.note : []) {
    const t = oneLine(n?.text);
    const ack = ACK_TEXT.exec(t);
    if (ack) acks.push(ack[1]);
    else add(presentation, t);
  }
  for (const s of Array.isArray(sr.supportingInfo) ? sr.supportingInfo : []) add(presentation, oneLine(s?.display));
  const lines: string[] = [];
  if ('months' in age) lines.push(`DOB: ${age.birthDate}`, `Date: ${age.orderDate}`);
  lines.push(`Order: ${orderText(sr, knownCpt)}`);
  const cap = (parts: string[]) => parts.join('; ').slice(0, MAX_VALUE_CHARS);
  if (indication.length) lines.push(`Indication: ${cap(indication)}`);
  if (presentation.length) lines.push(`Presentation: ${cap(presentation)}`);
  for (const a of acks) lines.push(`# ${a}`);
  return {
    resource: sr,
    reference: typeof sr.id === 'string' && sr.id ? `ServiceRequest/${sr.id}` : undefined,
    age,
    text: lines.join('\n') + '\n',
    noIndication: indication.length === 0 && presentation.length === 0,
  };
}
