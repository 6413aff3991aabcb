#!/usr/bin/env node
// Seeded, deterministic corpus generator for the benchmarks (issue 4).
//
//   node bench/corpus.mjs [--seed N] [--out DIR] [--quiet]
//
// Writes, under DIR (default bench/corpus/):
//   notes-1.order, notes-1000.order, notes-5000.order (~1 MB), notes-100000.order (~20 MB)
//   many/part-0001.order .. many/part-1000.order  (the same 100,000 notes, 100 per file)
//   manifest.json (seed, note counts, bytes and sha256 of every file)
// Same seed -> byte-identical files (test/bench/corpus.test.ts proves it in two child processes).
// Notes are built from the project's own vocabulary (see "vocabulary" below), so run `npm run build` first.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync, rmSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT = join(HERE, 'corpus');
export const DEFAULT_SEED = 20260820;
export const SIZES = [1, 1000, 5000, 100000];
export const MANY_FILES = 1000; // the 100,000 notes split into 1,000 files of 100 notes

// ---------------------------------------------------------------- PRNG (mulberry32)
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  float() {
    return this.next();
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  } // inclusive
  chance(p) {
    return this.next() < p;
  }
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }
  // weighted pick: [[weight, value], ...]
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let r = this.next() * total;
    for (const [w, v] of pairs) {
      if ((r -= w) < 0) return v;
    }
    return pairs[pairs.length - 1][1];
  }
  sample(arr, n) {
    const copy = arr.slice();
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
}

// ---------------------------------------------------------------- vocabulary
// Read from the project, never re-typed: key spellings from the KEYS table, orders, findings and
// ICD-10 codes from server/knowledge/*.json, and the debris the knowledge base does not hold from
// test/phrases.ts (shared with the hardening generators). Needs `npm run build` (out/).
const ROOT = join(HERE, '..');
const require = createRequire(import.meta.url);
const INPUTS = {
  keys: join(ROOT, 'out/server/src/notes/keys.js'),
  phrases: join(ROOT, 'out/test/phrases.js'),
  procedures: join(ROOT, 'server/knowledge/procedures.json'),
  findings: join(ROOT, 'server/knowledge/findings.json'),
  icd10: join(ROOT, 'server/knowledge/icd10.json'),
};
const { KEYS } = require(INPUTS.keys);
const P = require(INPUTS.phrases);
const { procedures } = JSON.parse(readFileSync(INPUTS.procedures, 'utf8'));
const { findings } = JSON.parse(readFileSync(INPUTS.findings, 'utf8'));
const { codes: icdCodes } = JSON.parse(readFileSync(INPUTS.icd10, 'utf8'));

// Key spellings by canonical name: mostly the name, sometimes an alias or the case people type.
const KEY = Object.fromEntries(KEYS.map((k) => [k.name, [[8, k.name], ...k.aliases.map((a) => [2, a]), [1, k.name.toLowerCase()], [1, k.name.toUpperCase()], [1, `${k.name} `]]]));
const UNKNOWN_KEYS = [...P.KEY_TYPOS, ...P.FOREIGN_KEYS];

/** Every way the knowledge base writes the procedures `keep` selects: ACR name, synonyms, CPT codes. */
function spellings(keep) {
  return procedures.filter(keep).flatMap((p) => [p.acrName, ...p.synonyms, ...(p.cpt ?? []).map((c) => c.code)]);
}
const ORDERS = {
  us: spellings((p) => p.modality === 'US'),
  mri: spellings((p) => p.modality === 'MRI' && p.contrast === 'without'),
  mriContrast: spellings((p) => p.modality === 'MRI' && p.contrast !== 'without'),
  xr: spellings((p) => p.modality === 'XR'),
  ct: spellings((p) => p.modality === 'CT'),
  bogus: [...P.UNRECOGNIZED_ORDERS],
};

/** The plain phrases of the findings in `categories` ("tuft ... hair" patterns left out; an amount "#" written as "3"). */
function phrases(...categories) {
  return findings.filter((f) => categories.includes(f.category)).flatMap((f) => f.phrases.filter((x) => !x.includes('...')).map((x) => x.replace(/(?<=^|\s)#(?=\s|$)/g, '3')));
}
const MARKERS = phrases('cutaneous-marker');
const DIMPLES = phrases('dimple');
const RED_FLAGS = phrases('systemic-red-flag', 'back-pain-red-flag');
const ESCALATION = phrases('neurologic-symptom', 'urologic-symptom', 'orthopedic-symptom');
const BACK_PAIN = phrases('back-pain');
const TRAUMA = phrases('trauma');
const CONTRAST_REASONS = phrases('contrast-reason', 'suspected-infection-or-tumor');
const ICD = icdCodes.map((c) => c.code);
const { VISIT_CONTEXT: PRESENT_S1, COMMENTS, NEURO_NORMAL, NEURO_DEFICIT, NEGATIONS } = P;

const marker = (rng) => rng.pick(MARKERS) + rng.pick(P.MARKER_SITES);
const negated = (rng, list) => `${rng.pick(NEGATIONS)} ${rng.pick(list)}`;
const backPain = (rng) => `${rng.pick(BACK_PAIN)}${rng.pick(['', ` for ${rng.int(1, 8)} weeks`, ', worse at night', ' after soccer'])}`;

// ---------------------------------------------------------------- ages
// Return { days, text } where text is one of the spec's forms.
function ageText(rng, days) {
  const months = Math.floor(days / 30.4375);
  const weeks = Math.floor(days / 7);
  const years = Math.floor(months / 12);
  if (days === 0) return 'newborn';
  const forms = [];
  const pl = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  if (days <= 60) forms.push(pl(days, 'day', 'days'));
  if (weeks >= 1 && weeks <= 26) forms.push(pl(weeks, 'week', 'weeks'), `${weeks} wk`);
  if (months >= 1 && months < 36) forms.push(pl(months, 'month', 'months'), `${months} mo`, `${months}mo`);
  if (years >= 1) {
    forms.push(pl(years, 'year', 'years'), `${years} y`);
    const rem = months - years * 12;
    if (rem > 0) forms.push(`${years}y ${rem}m`);
  }
  return forms.length ? rng.pick(forms) : `${days} days`;
}

function patientText(rng, days) {
  const months = Math.floor(days / 30.4375);
  const years = Math.floor(months / 12);
  const sex = rng.pick(['boy', 'girl']);
  if (days === 0) return `newborn ${sex}`;
  if (months < 1) return `${Math.max(1, Math.floor(days / 7))}-week-old ${sex}`;
  if (months < 24) return `${months}-month-old ${sex}`;
  return rng.pick([`${years}-year-old ${sex}`, `${years} y ${sex === 'boy' ? 'M' : 'F'}`]);
}

const BASE = Date.UTC(2026, 0, 1);
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

// ---------------------------------------------------------------- note builder
class Note {
  constructor(rng) {
    this.rng = rng;
    this.lines = [];
  }
  key(name) {
    return this.rng.weighted(KEY[name]);
  }
  add(kind, value) {
    const k = this.key(kind);
    // spacing variants: "Key: v", "Key : v", "Key:v", "key  :  v"
    const sep = this.rng.weighted([
      [20, ': '],
      [2, ' : '],
      [1, ':'],
      [1, ':  '],
    ]);
    this.lines.push(`${k}${sep}${value}`);
  }
  raw(line) {
    this.lines.push(line);
  }
  // value with an indented continuation line
  addContinued(kind, first, rest) {
    this.add(kind, first);
    this.lines.push(`${this.rng.pick(['  ', '    ', '\t'])}${rest}`);
  }
}

function addAge(n, rng, days, { allowMissing = false } = {}) {
  if (allowMissing) return; // missing-age notes
  const style = rng.weighted([
    [6, 'age'],
    [3, 'patient'],
    [2, 'both'],
    [2, 'dob+date'],
    [1, 'dob'],
  ]);
  if (style === 'age' || style === 'both') n.add('Age', ageText(rng, days));
  if (style === 'patient' || style === 'both') n.add('Patient', patientText(rng, days));
  if (style === 'dob+date' || style === 'dob') {
    const orderMs = BASE + rng.int(0, 364) * 86400000;
    if (rng.chance(0.4)) n.add('Patient', rng.pick(['infant', 'child', 'boy', 'girl', 'toddler']));
    n.add('DOB', isoDate(orderMs - days * 86400000));
    if (style === 'dob+date') n.add('Date', isoDate(orderMs));
  }
  if (style !== 'patient' && style !== 'both' && rng.chance(0.3)) n.add('Sex', rng.pick(['M', 'F', 'male', 'female']));
}

function orderFor(rng, kind) {
  return rng.pick(ORDERS[kind]);
}

/** An Order line of a kind drawn by weight (`[weight, kind]` pairs): the draw, then the order of that kind. */
function addOrder(n, rng, weights) {
  n.add('Order', orderFor(rng, rng.weighted(weights)));
}

// One generator per scenario; each returns a Note (lines without trailing newline).
const SCENARIOS = {
  // S1 infant with cutaneous marker(s); orders of every kind.
  s1Infant(rng) {
    const n = new Note(rng);
    const days = rng.weighted([
      [1, 0],
      [3, rng.int(1, 60)],
      [5, rng.int(61, 183)],
    ]);
    if (rng.chance(0.3)) n.raw(rng.pick(COMMENTS));
    addAge(n, rng, days);
    if (rng.chance(0.5)) n.add('Presentation', rng.pick(PRESENT_S1));
    const markers = [marker(rng), ...(rng.chance(0.5) ? [marker(rng)] : [])];
    if (rng.chance(0.25)) markers.push(negated(rng, MARKERS));
    if (rng.chance(0.15)) n.addContinued('Findings', markers[0] + ';', markers.slice(1).join('; ') || 'no other findings');
    else n.add('Findings', markers.join(rng.pick(['; ', ', '])));
    n.add('Neuro', rng.pick(NEURO_NORMAL));
    if (rng.chance(0.6)) n.add('Red flags', rng.chance(0.5) ? 'none' : negated(rng, RED_FLAGS));
    const kind = rng.weighted([
      [4, 'us'],
      [3, 'xr'],
      [2, 'mri'],
      [1, 'ct'],
      [1, 'mriContrast'],
    ]);
    n.add('Order', orderFor(rng, kind));
    if (kind === 'mriContrast' && rng.chance(0.3)) n.add('Indication', rng.pick(CONTRAST_REASONS));
    else if (rng.chance(0.4)) n.add('Indication', rng.pick(ICD) + rng.pick(['', ' sacral dimple', ' r/o tethered cord']));
    if (kind === 'mri' && rng.chance(0.5)) n.add('Sedation', rng.pick(['yes', 'feed and wrap', 'general anesthesia']));
    return n;
  },
  // Simple dimple with a structured Dimple: line (low risk) or an atypical one.
  dimple(rng) {
    const n = new Note(rng);
    const days = rng.int(0, 200);
    addAge(n, rng, days);
    if (rng.chance(0.5)) n.add('Presentation', rng.pick(PRESENT_S1));
    const type = rng.weighted([
      [5, 'simple'],
      [3, 'atypical'],
      [2, 'undescribed'],
    ]);
    if (type === 'simple') {
      n.add('Dimple', `${rng.int(1, 4)} mm, within gluteal cleft, ${rng.pick(['1', '1.5', '2', '0.8'])} cm from anus`);
      if (rng.chance(0.5)) n.add('Findings', rng.pick(['no other skin findings', 'no hair tuft; no hemangioma', 'isolated dimple']));
    } else if (type === 'atypical') {
      n.add(
        'Dimple',
        rng.pick([
          `${rng.int(5, 9)} mm, above the gluteal cleft, ${rng.pick(['3', '2.5', '4'])} cm from anus`,
          `deep, ${rng.int(3, 6)} mm, within gluteal cleft, 3.5 cm from anus`,
          'two dimples, 3 mm each, within cleft, 1 cm from anus',
        ]),
      );
      if (rng.chance(0.3)) n.add('Findings', marker(rng));
    } else {
      n.add('Findings', rng.pick(DIMPLES));
    }
    n.add('Neuro', rng.pick(['intact', 'normal']));
    addOrder(n, rng, [
      [6, 'us'],
      [1, 'xr'],
      [1, 'mri'],
    ]);
    return n;
  },
  // Older child with a skin marker and an ultrasound order (acoustic window), or MRI.
  olderChild(rng) {
    const n = new Note(rng);
    const days = rng.weighted([
      [3, rng.int(122, 183)],
      [4, rng.int(184, 730)],
      [3, rng.int(731, 4000)],
    ]);
    addAge(n, rng, days);
    if (rng.chance(0.6)) n.add('Presentation', rng.chance(0.2) ? backPain(rng) : rng.pick(PRESENT_S1));
    n.add('Findings', [marker(rng), ...(rng.chance(0.5) ? [marker(rng)] : [])].join('; '));
    n.add('Neuro', 'intact');
    n.add('Red flags', 'none');
    const kind = rng.weighted([
      [6, 'us'],
      [2, 'mri'],
      [1, 'mriContrast'],
    ]);
    n.add('Order', orderFor(rng, kind));
    if (kind === 'mriContrast' && rng.chance(0.5)) n.add('Contrast', rng.pick(['without', 'with', 'without and with', 'none']));
    if (rng.chance(0.3)) n.add('Priority', rng.pick(['routine', 'urgent', 'within 2 weeks']));
    return n;
  },
  // After a prior ultrasound: normal / abnormal / limited.
  priorUs(rng) {
    const n = new Note(rng);
    const days = rng.int(40, 400);
    addAge(n, rng, days);
    n.add('Findings', [marker(rng), ...(rng.chance(0.5) ? [marker(rng)] : [])].join('; '));
    n.add('Neuro', rng.pick(['intact', 'normal']));
    const res = rng.weighted([
      [3, 'normal'],
      [3, 'abnormal'],
      [2, 'limited'],
    ]);
    const date = isoDate(BASE + rng.int(0, 300) * 86400000);
    const prefix = rng.pick([`US spine ${date}`, 'US spine', 'spinal US', `Ultrasound ${date}`]);
    const result = P.PRIOR_US_RESULTS[res];
    n.add('Prior imaging', `${prefix}: ${rng.pick(result)}`);
    addOrder(n, rng, [
      [5, 'mri'],
      [2, 'us'],
      [1, 'xr'],
      [1, 'mriContrast'],
    ]);
    if (res === 'abnormal' && rng.chance(0.5)) n.add('Referral', 'pediatric neurosurgery');
    return n;
  },
  // New neurologic / urologic / orthopedic symptoms.
  escalation(rng) {
    const n = new Note(rng);
    addAge(n, rng, rng.int(180, 4500));
    n.add('Findings', marker(rng));
    n.add(
      'Symptoms',
      rng
        .sample(ESCALATION, rng.int(1, 2))
        .map((x) => (rng.chance(0.4) ? `new ${x}` : x))
        .join('; '),
    );
    if (rng.chance(0.5)) n.add('Prior imaging', `US spine${rng.chance(0.5) ? ' ' + isoDate(BASE - rng.int(100, 900) * 86400000) : ''}: normal`);
    n.add('Neuro', rng.pick(['intact', 'mild weakness of ankle dorsiflexion', 'normal']));
    addOrder(n, rng, [
      [5, 'mri'],
      [1, 'us'],
      [1, 'xr'],
    ]);
    if (rng.chance(0.4)) n.add('Referral', rng.pick(['pediatric neurosurgery', 'pediatric neurology', 'pediatric urology', 'orthopedics']));
    return n;
  },
  // Red flags (fever, weight loss, ...).
  redFlags(rng) {
    const n = new Note(rng);
    addAge(n, rng, rng.int(365, 6000));
    n.add('Presentation', backPain(rng));
    n.add('Red flags', rng.sample(RED_FLAGS, rng.int(1, 2)).join(rng.pick(['; ', ', '])));
    if (rng.chance(0.4)) n.add('Neuro', 'intact');
    addOrder(n, rng, [
      [3, 'xr'],
      [3, 'mri'],
      [2, 'mriContrast'],
      [1, 'ct'],
    ]);
    if (rng.chance(0.5)) n.add('Indication', rng.chance(0.5) ? rng.pick(ICD) : `r/o ${rng.pick(CONTRAST_REASONS)}`);
    return n;
  },
  // Trauma.
  trauma(rng) {
    const n = new Note(rng);
    addAge(n, rng, rng.int(700, 6000));
    n.add('Presentation', `${rng.pick(TRAUMA)} ${rng.pick(P.MECHANISMS)}`);
    n.add('Neuro', rng.pick(['intact', 'intact', 'tingling in both legs']));
    if (rng.chance(0.3)) n.add('Findings', rng.pick(['midline tenderness L1', 'bruising over lower back', 'no step-off']));
    addOrder(n, rng, [
      [4, 'xr'],
      [3, 'ct'],
      [1, 'mri'],
    ]);
    if (rng.chance(0.5)) n.add('Priority', rng.pick(['STAT', 'urgent']));
    return n;
  },
  // Back pain without red flags.
  backPain(rng) {
    const n = new Note(rng);
    addAge(n, rng, rng.int(1500, 6500));
    n.add('Presentation', backPain(rng));
    n.add('Red flags', rng.chance(0.3) ? 'none' : `${negated(rng, RED_FLAGS)}; ${negated(rng, RED_FLAGS)}`);
    n.add('Neuro', rng.pick(['intact', 'normal', ...NEURO_DEFICIT.slice(0, 1)]));
    addOrder(n, rng, [
      [3, 'xr'],
      [3, 'mri'],
      [1, 'ct'],
    ]);
    return n;
  },
  // Missing age (and DOB).
  missingAge(rng) {
    const n = new Note(rng);
    n.add('Patient', rng.pick(['infant', 'baby girl', 'boy', 'child', 'toddler, F']));
    n.add('Findings', marker(rng));
    n.add('Neuro', 'intact');
    addOrder(n, rng, [
      [3, 'us'],
      [2, 'xr'],
      [1, 'mri'],
    ]);
    return n;
  },
  // Missing order.
  missingOrder(rng) {
    const n = new Note(rng);
    addAge(n, rng, rng.int(0, 1500));
    n.add('Findings', [marker(rng), ...(rng.chance(0.5) ? [marker(rng)] : [])].join('; '));
    n.add('Neuro', rng.pick(['intact', 'normal']));
    if (rng.chance(0.5)) n.add('Indication', rng.pick(ICD));
    return n;
  },
  // Unknown keys / typos / unrecognised orders / repeated keys.
  messy(rng) {
    const n = new Note(rng);
    addAge(n, rng, rng.int(0, 3000));
    n.raw(`${rng.pick(UNKNOWN_KEYS)}: ${rng.pick(['see chart', 'NKDA', '12 kg', 'skin finding', 'pending'])}`);
    n.add('Findings', marker(rng));
    if (rng.chance(0.3)) n.add('Findings', negated(rng, MARKERS)); // repeated key
    addOrder(n, rng, [
      [2, 'bogus'],
      [3, 'us'],
      [2, 'xr'],
      [1, 'mri'],
    ]);
    return n;
  },
};

const MIX = [
  [26, 's1Infant'],
  [10, 'dimple'],
  [12, 'olderChild'],
  [10, 'priorUs'],
  [7, 'escalation'],
  [7, 'redFlags'],
  [6, 'trauma'],
  [6, 'backPain'],
  [4, 'missingAge'],
  [4, 'missingOrder'],
  [8, 'messy'],
];

const HEADERS = {
  s1Infant: ['# infant at a routine check-up', '# skin marker over the lower back, screening', '# well-baby visit, referred by pediatrician'],
  dimple: ['# sacral dimple found at newborn exam', '# dimple screening request', '# parents worried about a dimple'],
  olderChild: ['# skin marker noticed late, older child', '# referred from dermatology clinic'],
  priorUs: ['# follow-up after spinal ultrasound', '# result of prior US reviewed with radiology'],
  escalation: ['# new symptoms since last visit', '# urology referral back to us'],
  redFlags: ['# back pain with systemic symptoms', '# ED referral, febrile child with back pain'],
  trauma: ['# ED, mechanism of injury below', '# trauma bay order'],
  backPain: ['# sports medicine clinic, back pain', '# chronic back pain, no red flags per parent'],
  missingAge: ['# order from outside clinic, incomplete', '# faxed request'],
  missingOrder: ['# study not yet chosen, please advise', '# consult: which imaging?'],
  messy: ['# imported from the old EHR template', '# free-typed by resident'],
};

function renderNote(rng) {
  const scenario = rng.weighted(MIX);
  const note = SCENARIOS[scenario](rng);
  if (rng.chance(0.5)) note.lines.unshift(rng.pick(HEADERS[scenario]));
  if (rng.chance(0.12) && !note.lines.some((l) => /^priority/i.test(l)))
    note.lines.push(`${rng.weighted(KEY.Priority)}: ${rng.pick(['routine', 'urgent', 'within 2 weeks', 'next available'])}`);
  // History keys clinicians add around the order: context, never the deciding facts of these notes.
  if (rng.chance(0.06)) note.lines.push(`${rng.weighted(KEY.ROS)}: ${rng.pick(['negative', 'neg except as in HPI', 'otherwise negative'])}`);
  if (rng.chance(0.04)) note.lines.push(`${rng.weighted(KEY.PMH)}: ${rng.pick(['term, uncomplicated', 'none', 'eczema'])}`);
  if (rng.chance(0.03)) note.lines.push(`${rng.weighted(KEY['Family history'])}: ${rng.pick(['noncontributory', 'none'])}`);
  if (rng.chance(0.04)) note.lines.push(`${rng.weighted(KEY.Plan)}: ${rng.pick(['discussed with family', 'as above'])}`);
  if (rng.chance(0.15)) note.lines.splice(rng.int(0, note.lines.length), 0, rng.pick(COMMENTS));
  if (rng.chance(0.08)) note.lines.splice(rng.int(1, note.lines.length), 0, '');
  const eol = rng.chance(0.03) ? '\r\n' : '\n';
  return { text: note.lines.join(eol) + eol, eol };
}

/** Generate `count` notes as an array of note texts (each ending in its own EOL). */
export function generateNotes(seed, count) {
  const rng = new Rng(seed);
  const out = [];
  for (let i = 0; i < count; i++) out.push(renderNote(rng));
  return out;
}

/** Join notes into one file's text with `---` separators (with occasional spacing variants). */
export function joinNotes(notes, seed) {
  const rng = new Rng(seed ^ 0x5eed);
  let s = '';
  for (let i = 0; i < notes.length; i++) {
    if (i > 0) {
      const eol = notes[i - 1].eol;
      const sep = rng.weighted([
        [20, '---'],
        [1, ' --- '],
        [1, '---  '],
      ]);
      s += rng.chance(0.2) ? `${eol}${sep}${eol}${eol}` : `${sep}${eol}`;
    }
    s += notes[i].text;
  }
  return s;
}

function seedFor(seed, tag) {
  // derive an independent 32-bit seed per file set
  const h = createHash('sha256').update(`${seed}:${tag}`).digest();
  return h.readUInt32LE(0);
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');
// a changed generator or vocabulary invalidates an existing corpus (see corpusIsCurrent)
const GENERATOR_SHA = sha256(Buffer.concat([fileURLToPath(import.meta.url), ...Object.values(INPUTS)].map((f) => readFileSync(f))));

/** Generate the whole corpus into `out`; returns the manifest. */
export function generateCorpus({ seed = DEFAULT_SEED, out = DEFAULT_OUT, quiet = false } = {}) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'many'), { recursive: true });
  const files = [];
  const write = (rel, text, notes) => {
    const buf = Buffer.from(text, 'utf8');
    writeFileSync(join(out, rel), buf);
    files.push({ path: rel, notes, bytes: buf.length, sha256: sha256(buf) });
  };
  for (const size of SIZES) {
    const s = seedFor(seed, `notes-${size}`);
    const notes = generateNotes(s, size);
    write(`notes-${size}.order`, joinNotes(notes, s), size);
    if (size === 100000) {
      const per = size / MANY_FILES;
      for (let f = 0; f < MANY_FILES; f++) {
        const part = notes.slice(f * per, (f + 1) * per);
        write(`many/part-${String(f + 1).padStart(4, '0')}.order`, joinNotes(part, s + f), per);
      }
    }
  }
  const manyBytes = files.filter((f) => f.path.startsWith('many/')).reduce((a, f) => a + f.bytes, 0);
  const manifest = {
    generator: 'bench/corpus.mjs',
    generatorSha256: GENERATOR_SHA,
    seed,
    sizes: SIZES,
    many: { files: MANY_FILES, notesPerFile: 100000 / MANY_FILES, notes: 100000, bytes: manyBytes },
    files,
  };
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  if (!quiet) {
    for (const f of files.filter((x) => !x.path.startsWith('many/'))) {
      console.log(`${f.path.padEnd(22)} ${String(f.notes).padStart(7)} notes ${(f.bytes / 1e6).toFixed(3).padStart(9)} MB`);
    }
    console.log(`${'many/*.order'.padEnd(22)} ${String(100000).padStart(7)} notes ${(manyBytes / 1e6).toFixed(3).padStart(9)} MB in ${MANY_FILES} files`);
    console.log(`seed ${seed} -> ${out}`);
  }
  return manifest;
}

/** True when `out` holds a corpus generated with `seed` whose files are all present. */
export function corpusIsCurrent(out = DEFAULT_OUT, seed = DEFAULT_SEED) {
  try {
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    if (m.seed !== seed || m.generatorSha256 !== GENERATOR_SHA) return false;
    const present = new Set(readdirSync(join(out, 'many')).map((f) => `many/${f}`));
    for (const f of m.files) if (!f.path.startsWith('many/') ? !readdirSync(out).includes(f.path) : !present.has(f.path)) return false;
    return true;
  } catch {
    return false;
  }
}

function parseArgs(argv) {
  const opts = { seed: DEFAULT_SEED, out: DEFAULT_OUT, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') opts.seed = Number(argv[++i]);
    else if (a.startsWith('--seed=')) opts.seed = Number(a.slice(7));
    else if (a === '--out') opts.out = resolve(argv[++i]);
    else if (a.startsWith('--out=')) opts.out = resolve(a.slice(6));
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/corpus.mjs [--seed N] [--out DIR] [--quiet]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  if (!Number.isInteger(opts.seed) || opts.seed < 0 || opts.seed > 0xffffffff) throw new Error('--seed must be an integer 0..4294967295');
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  generateCorpus(opts);
  if (!opts.quiet) console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
