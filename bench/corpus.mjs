#!/usr/bin/env node
// Seeded, deterministic corpus generator for the benchmarks (issue 4).
//
//   node bench/corpus.mjs [--seed N] [--out DIR] [--check] [--quiet]
//
// Writes, under DIR (default bench/corpus/):
//   notes-1.order, notes-1000.order, notes-5000.order (~1 MB), notes-100000.order (~20 MB)
//   many/part-0001.order .. many/part-1000.order  (the same 100,000 notes, 100 per file)
//   manifest.json (seed, note counts, bytes and sha256 of every file)
// Same seed -> byte-identical files (`--check` proves it by generating twice in two child
// processes and comparing every file). Only Node built-ins are used.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync, readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  constructor(seed) { this.next = mulberry32(seed); }
  float() { return this.next(); }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); } // inclusive
  chance(p) { return this.next() < p; }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  // weighted pick: [[weight, value], ...]
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let r = this.next() * total;
    for (const [w, v] of pairs) { if ((r -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  sample(arr, n) {
    const copy = arr.slice();
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
}

// ---------------------------------------------------------------- vocabulary (from the spec)
// Key spellings: canonical names, aliases, and the case/spacing variants people type.
const KEY = {
  patient: [[8, 'Patient'], [2, 'Pt'], [1, 'patient'], [1, 'PATIENT']],
  age: [[10, 'Age'], [1, 'age'], [1, 'Age ']],
  dob: [[5, 'DOB'], [2, 'Date of birth'], [1, 'dob']],
  date: [[5, 'Date'], [2, 'Order date'], [1, 'order date']],
  sex: [[5, 'Sex'], [1, 'sex']],
  presentation: [[6, 'Presentation'], [2, 'Complaint'], [2, 'History'], [2, 'HPI']],
  findings: [[6, 'Findings'], [2, 'Exam'], [2, 'Skin'], [1, 'findings']],
  dimple: [[5, 'Dimple'], [1, 'dimple']],
  neuro: [[6, 'Neuro'], [2, 'Neuro exam'], [1, 'Neurologic']],
  symptoms: [[5, 'Symptoms'], [2, 'New symptoms']],
  redFlags: [[6, 'Red flags'], [2, 'Red Flags'], [1, 'red flags '], [1, 'RED FLAGS']],
  prior: [[5, 'Prior imaging'], [2, 'Prior']],
  order: [[8, 'Order'], [2, 'Procedure'], [2, 'Study'], [1, 'Requested'], [1, 'ORDER']],
  contrast: [[5, 'Contrast']],
  indication: [[5, 'Indication'], [2, 'Reason'], [2, 'Dx']],
  referral: [[5, 'Referral']],
  sedation: [[5, 'Sedation']],
  priority: [[5, 'Priority']],
};
const UNKNOWN_KEYS = ['Presentaton', 'Finding', 'Ordr', 'Neuor', 'Red flag', 'Allergies', 'Weight',
  'Insurance', 'Symptons', 'Indicaton', 'Refferal', 'Ordering provider'];

const ORDERS = {
  us: ['US spine area of interest', 'spinal US', 'ultrasound lumbar spine', 'US spinal canal',
    'US lumbar spine', 'Ultrasound spine area of interest', '76800', 'US spinal canal (CPT 76800)'],
  mri: ['MRI spine area of interest without IV contrast', 'MRI L-spine w/o',
    'MRI lumbar spine without contrast', '72148', 'MRI lumbosacral spine without contrast',
    'MRI complete spine without IV contrast'],
  mriContrast: ['MRI spine area of interest with IV contrast', 'MR spine w/wo',
    'MRI spine area of interest without and with IV contrast', 'MRI lumbar spine with and without contrast',
    'MRI L-spine w/ contrast'],
  xr: ['Radiography spine area of interest', 'x-ray L-spine', 'XR lumbosacral spine 2 views',
    'plain films', 'X-ray lumbar spine AP/lateral', 'radiographs of the sacrum'],
  ct: ['CT spine area of interest without IV contrast', 'CT L spine', 'CT lumbar spine without contrast'],
  bogus: ['spine scan', 'MRI brian', 'US hip', 'ultrasnd spine', 'PET spine', 'bone scan whole body'],
};

const MARKERS_HIGH = ['deep sacral dimple above the gluteal cleft', 'tuft of hair over the lower back',
  'small tuft of hair', 'hairy patch over L5', 'hemangioma over the sacrum', 'large hemangioma 3 cm at L4',
  'palpable subcutaneous lump, likely lipoma', 'soft midline lipoma at L5-S1', 'dermal sinus with a draining tract',
  'focal hyperpigmentation over the sacrum', 'atypical dimple, 7 mm, off midline', 'two sacral dimples',
  'café-au-lait macule over the lumbar spine', 'skin tag at the top of the gluteal cleft',
  'hypopigmented patch over S1', 'deep dimple just above the gluteal cleft'];
const NEG_FINDINGS = ['no hair tuft', 'without hair tuft', 'no hemangioma', 'no lump', 'no discoloration',
  'skin otherwise normal', 'no drainage'];
const PRESENT_S1 = ['routine check-up', 'well-child visit', 'noted by parents at bath time',
  'newborn exam', 'referred by midwife', '2-month well visit', 'follow-up of skin finding',
  'mother noticed a mark on the lower back', 'seen in clinic for feeding; skin finding incidental'];
const PRESENT_BACK = ['back pain for 3 weeks', 'low back pain after soccer', 'intermittent back pain for 2 months',
  'back pain, worse at night', 'mid back pain since school started', 'back pain with sports, no trauma'];
const PRESENT_TRAUMA = ['fell from a trampoline', 'fell from a trampoline yesterday, back pain since',
  'restrained passenger in a motor vehicle collision', 'fell from monkey bars, 2 m', 'sledding accident',
  'tackled during football, immediate back pain'];
const RED_FLAGS = ['fever', 'weight loss', 'night sweats', 'known malignancy', 'night pain', 'fever 39.2 °C'];
const ESCALATION = ['new urinary dribbling', 'toe walking', 'new weakness of the left leg', 'gait change',
  'numbness in both feet', 'new constipation and incontinence', 'urinary retention', 'progressive foot deformity (cavus)'];
const NEURO_DEFICIT = ['decreased strength right leg 4/5', 'brisk reflexes lower limbs', 'absent ankle reflex left',
  'sensory level at T10'];
const ICD = ['Q82.6', 'L98.8', 'Q76.0', 'D18.01', 'Q82.5', 'M54.50', 'R50.9', 'S39.012A'];
const REFERRALS = ['pediatric neurosurgery', 'pediatric neurology', 'pediatric urology', 'orthopedics'];
const COMMENTS = ['# entered by NP', '# verbal order, confirm with attending', '# from clinic template v2',
  '# TODO check insurance', '# copied from previous visit', '# urgent — parents anxious',
  '# note: family history of spina bifida', '# second opinion requested'];
const SIDES = ['', ' boy', ' girl', ' M', ' F', ' male', ' female'];

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
  constructor(rng) { this.rng = rng; this.lines = []; }
  key(kind) { return this.rng.weighted(KEY[kind]); }
  add(kind, value) {
    const k = this.key(kind);
    // spacing variants: "Key: v", "Key : v", "Key:v", "key  :  v"
    const sep = this.rng.weighted([[20, ': '], [2, ' : '], [1, ':'], [1, ':  ']]);
    this.lines.push(`${k}${sep}${value}`);
  }
  raw(line) { this.lines.push(line); }
  // value with an indented continuation line
  addContinued(kind, first, rest) {
    this.add(kind, first);
    this.lines.push(`${this.rng.pick(['  ', '    ', '\t'])}${rest}`);
  }
}

function addAge(n, rng, days, { allowMissing = false } = {}) {
  if (allowMissing) return; // missing-age notes
  const style = rng.weighted([[6, 'age'], [3, 'patient'], [2, 'both'], [2, 'dob+date'], [1, 'dob']]);
  if (style === 'age' || style === 'both') n.add('age', ageText(rng, days));
  if (style === 'patient' || style === 'both') n.add('patient', patientText(rng, days));
  if (style === 'dob+date' || style === 'dob') {
    const orderMs = BASE + rng.int(0, 364) * 86400000;
    if (rng.chance(0.4)) n.add('patient', rng.pick(['infant', 'child', 'boy', 'girl', 'toddler']));
    n.add('dob', isoDate(orderMs - days * 86400000));
    if (style === 'dob+date') n.add('date', isoDate(orderMs));
  }
  if (style !== 'patient' && style !== 'both' && rng.chance(0.3)) n.add('sex', rng.pick(['M', 'F', 'male', 'female']));
}

function orderFor(rng, kind) {
  return rng.pick(ORDERS[kind]);
}

// One generator per scenario; each returns a Note (lines without trailing newline).
const SCENARIOS = {
  // S1 infant with cutaneous marker(s); orders of every kind.
  s1Infant(rng) {
    const n = new Note(rng);
    const days = rng.weighted([[1, 0], [3, rng.int(1, 60)], [5, rng.int(61, 183)]]);
    if (rng.chance(0.3)) n.raw(rng.pick(COMMENTS));
    addAge(n, rng, days);
    if (rng.chance(0.5)) n.add('presentation', rng.pick(PRESENT_S1));
    const markers = rng.sample(MARKERS_HIGH, rng.int(1, 2));
    if (rng.chance(0.25)) markers.push(rng.pick(NEG_FINDINGS));
    if (rng.chance(0.15)) n.addContinued('findings', markers[0] + ';', markers.slice(1).join('; ') || 'no other findings');
    else n.add('findings', markers.join(rng.pick(['; ', ', '])));
    n.add('neuro', rng.pick(['intact', 'normal', 'normal tone and reflexes', 'moves all extremities well']));
    if (rng.chance(0.6)) n.add('redFlags', rng.pick(['none', 'none', 'no fever', 'denies weight loss']));
    const kind = rng.weighted([[4, 'us'], [3, 'xr'], [2, 'mri'], [1, 'ct'], [1, 'mriContrast']]);
    n.add('order', orderFor(rng, kind));
    if (kind === 'mriContrast' && rng.chance(0.3)) n.add('indication', rng.pick(['suspected tumor', 'vascular malformation', 'post-operative']));
    else if (rng.chance(0.4)) n.add('indication', rng.pick(ICD) + rng.pick(['', ' sacral dimple', ' r/o tethered cord']));
    if (kind === 'mri' && rng.chance(0.5)) n.add('sedation', rng.pick(['yes', 'feed and wrap', 'general anesthesia']));
    return n;
  },
  // Simple dimple with a structured Dimple: line (low risk) or an atypical one.
  dimple(rng) {
    const n = new Note(rng);
    const days = rng.int(0, 200);
    addAge(n, rng, days);
    if (rng.chance(0.5)) n.add('presentation', rng.pick(PRESENT_S1));
    const type = rng.weighted([[5, 'simple'], [3, 'atypical'], [2, 'undescribed']]);
    if (type === 'simple') {
      n.add('dimple', `${rng.int(1, 4)} mm, within gluteal cleft, ${rng.pick(['1', '1.5', '2', '0.8'])} cm from anus`);
      if (rng.chance(0.5)) n.add('findings', rng.pick(['no other skin findings', 'no hair tuft; no hemangioma', 'isolated dimple']));
    } else if (type === 'atypical') {
      n.add('dimple', rng.pick([`${rng.int(5, 9)} mm, above the gluteal cleft, ${rng.pick(['3', '2.5', '4'])} cm from anus`,
        `deep, ${rng.int(3, 6)} mm, within gluteal cleft, 3.5 cm from anus`, 'two dimples, 3 mm each, within cleft, 1 cm from anus']));
      if (rng.chance(0.3)) n.add('findings', rng.pick(MARKERS_HIGH));
    } else {
      n.add('findings', rng.pick(['sacral dimple', 'dimple', 'small sacral pit', 'dimple noted at birth']));
    }
    n.add('neuro', rng.pick(['intact', 'normal']));
    n.add('order', orderFor(rng, rng.weighted([[6, 'us'], [1, 'xr'], [1, 'mri']])));
    return n;
  },
  // Older child with a skin marker and an ultrasound order (acoustic window), or MRI.
  olderChild(rng) {
    const n = new Note(rng);
    const days = rng.weighted([[3, rng.int(122, 183)], [4, rng.int(184, 730)], [3, rng.int(731, 4000)]]);
    addAge(n, rng, days);
    if (rng.chance(0.6)) n.add('presentation', rng.pick(['routine check-up', 'follow-up of skin finding', 'back pain for 3 weeks',
      'mother noticed a mark on the lower back', 'referred by primary care for skin finding']));
    n.add('findings', rng.sample(MARKERS_HIGH, rng.int(1, 2)).join('; '));
    n.add('neuro', 'intact');
    n.add('redFlags', 'none');
    const kind = rng.weighted([[6, 'us'], [2, 'mri'], [1, 'mriContrast']]);
    n.add('order', orderFor(rng, kind));
    if (kind === 'mriContrast' && rng.chance(0.5)) n.add('contrast', rng.pick(['without', 'with', 'without and with', 'none']));
    if (rng.chance(0.3)) n.add('priority', rng.pick(['routine', 'urgent', 'within 2 weeks']));
    return n;
  },
  // After a prior ultrasound: normal / abnormal / limited.
  priorUs(rng) {
    const n = new Note(rng);
    const days = rng.int(40, 400);
    addAge(n, rng, days);
    n.add('findings', rng.sample(MARKERS_HIGH, rng.int(1, 2)).join('; '));
    n.add('neuro', rng.pick(['intact', 'normal']));
    const res = rng.weighted([[3, 'normal'], [3, 'abnormal'], [2, 'limited']]);
    const date = isoDate(BASE + rng.int(0, 300) * 86400000);
    const prefix = rng.pick([`US spine ${date}`, 'US spine', 'spinal US', `Ultrasound ${date}`]);
    const result = {
      normal: ['normal', 'conus at L1-L2, normal filum', 'normal; conus at L1', 'no abnormality'],
      abnormal: ['conus at L3, filum 2.5 mm', 'low-lying conus at L3', 'filum 2.5 mm', 'intraspinal lipoma',
        'sinus tract to the dura', 'conus at L3-L4, thickened filum 3 mm'],
      limited: ['limited by ossification', 'conus at L2-L3, equivocal', 'limited by motion', 'limited by habitus'],
    }[res];
    n.add('prior', `${prefix}: ${rng.pick(result)}`);
    n.add('order', orderFor(rng, rng.weighted([[5, 'mri'], [2, 'us'], [1, 'xr'], [1, 'mriContrast']])));
    if (res === 'abnormal' && rng.chance(0.5)) n.add('referral', 'pediatric neurosurgery');
    return n;
  },
  // New neurologic / urologic / orthopedic symptoms.
  escalation(rng) {
    const n = new Note(rng);
    addAge(n, rng, rng.int(180, 4500));
    n.add('findings', rng.pick(MARKERS_HIGH));
    n.add('symptoms', rng.sample(ESCALATION, rng.int(1, 2)).join('; '));
    if (rng.chance(0.5)) n.add('prior', `US spine${rng.chance(0.5) ? ' ' + isoDate(BASE - rng.int(100, 900) * 86400000) : ''}: normal`);
    n.add('neuro', rng.pick(['intact', 'mild weakness of ankle dorsiflexion', 'normal']));
    n.add('order', orderFor(rng, rng.weighted([[5, 'mri'], [1, 'us'], [1, 'xr']])));
    if (rng.chance(0.4)) n.add('referral', rng.pick(REFERRALS));
    return n;
  },
  // Red flags (fever, weight loss, ...).
  redFlags(rng) {
    const n = new Note(rng);
    addAge(n, rng, rng.int(365, 6000));
    n.add('presentation', rng.pick(PRESENT_BACK));
    n.add('redFlags', rng.sample(RED_FLAGS, rng.int(1, 2)).join(rng.pick(['; ', ', '])));
    if (rng.chance(0.4)) n.add('neuro', 'intact');
    n.add('order', orderFor(rng, rng.weighted([[3, 'xr'], [3, 'mri'], [2, 'mriContrast'], [1, 'ct']])));
    if (rng.chance(0.5)) n.add('indication', rng.pick(['R50.9 fever', 'M54.50 low back pain', 'r/o discitis', 'r/o osteomyelitis']));
    return n;
  },
  // Trauma.
  trauma(rng) {
    const n = new Note(rng);
    addAge(n, rng, rng.int(700, 6000));
    n.add('presentation', rng.pick(PRESENT_TRAUMA));
    n.add('neuro', rng.pick(['intact', 'intact', 'tingling in both legs']));
    if (rng.chance(0.3)) n.add('findings', rng.pick(['midline tenderness L1', 'bruising over lower back', 'no step-off']));
    n.add('order', orderFor(rng, rng.weighted([[4, 'xr'], [3, 'ct'], [1, 'mri']])));
    if (rng.chance(0.5)) n.add('priority', rng.pick(['STAT', 'urgent']));
    return n;
  },
  // Back pain without red flags.
  backPain(rng) {
    const n = new Note(rng);
    addAge(n, rng, rng.int(1500, 6500));
    n.add('presentation', rng.pick(PRESENT_BACK));
    n.add('redFlags', rng.pick(['none', 'no fever; no weight loss', 'negative for weight loss', 'denies trauma']));
    n.add('neuro', rng.pick(['intact', 'normal', ...NEURO_DEFICIT.slice(0, 1)]));
    n.add('order', orderFor(rng, rng.weighted([[3, 'xr'], [3, 'mri'], [1, 'ct']])));
    return n;
  },
  // Missing age (and DOB).
  missingAge(rng) {
    const n = new Note(rng);
    n.add('patient', rng.pick(['infant', 'baby girl', 'boy', 'child', 'toddler, F']));
    n.add('findings', rng.pick(MARKERS_HIGH));
    n.add('neuro', 'intact');
    n.add('order', orderFor(rng, rng.weighted([[3, 'us'], [2, 'xr'], [1, 'mri']])));
    return n;
  },
  // Missing order.
  missingOrder(rng) {
    const n = new Note(rng);
    addAge(n, rng, rng.int(0, 1500));
    n.add('findings', rng.sample(MARKERS_HIGH, rng.int(1, 2)).join('; '));
    n.add('neuro', rng.pick(['intact', 'normal']));
    if (rng.chance(0.5)) n.add('indication', rng.pick(ICD));
    return n;
  },
  // Unknown keys / typos / unrecognised orders / repeated keys.
  messy(rng) {
    const n = new Note(rng);
    addAge(n, rng, rng.int(0, 3000));
    n.raw(`${rng.pick(UNKNOWN_KEYS)}: ${rng.pick(['see chart', 'NKDA', '12 kg', 'skin finding', 'pending'])}`);
    n.add('findings', rng.pick(MARKERS_HIGH));
    if (rng.chance(0.3)) n.add('findings', rng.pick(NEG_FINDINGS)); // repeated key
    n.add('order', orderFor(rng, rng.weighted([[2, 'bogus'], [3, 'us'], [2, 'xr'], [1, 'mri']])));
    return n;
  },
};

const MIX = [
  [26, 's1Infant'], [10, 'dimple'], [12, 'olderChild'], [10, 'priorUs'], [7, 'escalation'],
  [7, 'redFlags'], [6, 'trauma'], [6, 'backPain'], [4, 'missingAge'], [4, 'missingOrder'], [8, 'messy'],
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
  if (rng.chance(0.12) && !note.lines.some((l) => /^priority/i.test(l))) note.lines.push(`${rng.weighted(KEY.priority)}: ${rng.pick(['routine', 'urgent', 'within 2 weeks', 'next available'])}`);
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
      const sep = rng.weighted([[20, '---'], [1, ' --- '], [1, '---  ']]);
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
// a changed generator invalidates an existing corpus (see corpusIsCurrent)
const GENERATOR_SHA = sha256(readFileSync(fileURLToPath(import.meta.url)));

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
  } catch { return false; }
}

// Determinism check: generate twice in two separate processes and compare every file.
function check(seed) {
  const base = mkdtempSync(join(tmpdir(), 'iol-corpus-check-'));
  const dirs = [join(base, 'a'), join(base, 'b'), join(base, 'c')];
  const self = fileURLToPath(import.meta.url);
  const seeds = [seed, seed, seed + 1];
  dirs.forEach((d, i) => {
    const r = spawnSync(process.execPath, [self, '--seed', String(seeds[i]), '--out', d, '--quiet'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`generator failed (${r.status})`);
  });
  const read = (d) => JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8')).files;
  const [a, b, c] = dirs.map(read);
  let ok = a.length === b.length;
  for (let i = 0; ok && i < a.length; i++) {
    const same = a[i].path === b[i].path && a[i].sha256 === b[i].sha256 &&
      Buffer.compare(readFileSync(join(dirs[0], a[i].path)), readFileSync(join(dirs[1], b[i].path))) === 0;
    if (!same) { ok = false; console.error(`DIFFERS: ${a[i].path}`); }
  }
  const differs = a.some((f, i) => f.sha256 !== c[i].sha256);
  rmSync(base, { recursive: true, force: true });
  console.log(`same seed (${seed}) twice: ${ok ? 'byte-identical' : 'NOT identical'} (${a.length} files)`);
  console.log(`different seed (${seed + 1}): ${differs ? 'different output, as expected' : 'SAME output (unexpected)'}`);
  return ok && differs;
}

function parseArgs(argv) {
  const opts = { seed: DEFAULT_SEED, out: DEFAULT_OUT, check: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') opts.seed = Number(argv[++i]);
    else if (a.startsWith('--seed=')) opts.seed = Number(a.slice(7));
    else if (a === '--out') opts.out = resolve(argv[++i]);
    else if (a.startsWith('--out=')) opts.out = resolve(a.slice(6));
    else if (a === '--check') opts.check = true;
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/corpus.mjs [--seed N] [--out DIR] [--check] [--quiet]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  if (!Number.isInteger(opts.seed) || opts.seed < 0 || opts.seed > 0xffffffff) throw new Error('--seed must be an integer 0..4294967295');
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.check) process.exit(check(opts.seed) ? 0 : 1);
  const t0 = performance.now();
  generateCorpus(opts);
  if (!opts.quiet) console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
