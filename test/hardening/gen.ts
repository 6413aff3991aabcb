/**
 * fast-check generators for the hardening suite: grammar-aware `.order` documents built from the
 * note language's own keys (every alias, in random case and spacing) and from a vocabulary of
 * realistic clinical phrases, mixed with the debris clinicians paste (CRLF/CR/LF, BOM, emoji,
 * zero-width and bidi characters, lone surrogates), plus fully arbitrary strings.
 */
import fc from 'fast-check';
import { KEYS, defaultKnowledge } from './engine';
import { FOREIGN_KEYS, KEY_TYPOS, NEURO_NORMAL, PRIOR_US_RESULTS, UNRECOGNIZED_ORDERS, VISIT_CONTEXT } from '../phrases';

const k = defaultKnowledge();

/** Runs per property: FC_NUM_RUNS overrides (the CI default keeps the suite near a minute on 2 cores). */
export function numRuns(fallback: number): number {
  const n = Number(process.env.FC_NUM_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

/** fast-check parameters shared by every property: FC_SEED / FC_PATH replay a reported failure. */
/** The seed of the property tests in the suite (see fcParams). */
export const SUITE_SEED = 20261201;

/** FC_SEED when given; else the suite's fixed seed, unless exploring (`npm run fuzz`, FC_RANDOM=1). */
export function seeded(): { seed?: number } {
  if (process.env.FC_SEED) return { seed: Number(process.env.FC_SEED) };
  return process.env.FC_SECONDS || process.env.FC_RANDOM ? {} : { seed: SUITE_SEED };
}

export function fcParams<T>(runs: number): fc.Parameters<T> {
  const p: fc.Parameters<T> = { numRuns: numRuns(runs) };
  // The suite explores the same cases on every run, so `npm test` (and CI) cannot pass once and fail
  // the next time on the same code; `npm run fuzz` (FC_SECONDS) and FC_RANDOM=1 explore new seeds,
  // and a failure there is replayed here with FC_SEED and FC_PATH.
  Object.assign(p, seeded());
  if (process.env.FC_PATH) p.path = process.env.FC_PATH;
  if (process.env.FC_SECONDS) {
    // A time budget (npm run fuzz): stop early without failing, and say how far it got.
    p.interruptAfterTimeLimit = Number(process.env.FC_SECONDS) * 1000;
    p.markInterruptAsFailure = false;
  }
  if (process.env.FC_REPORT_RUNS) {
    p.reporter = (d) => {
      console.log(`      fast-check: ${d.numRuns} runs${d.interrupted ? ' (time budget reached)' : ''}, seed ${d.seed}`);
      if (d.failed) throw new Error(fc.defaultReportMessage(d) ?? `failed: seed ${d.seed}, path ${d.counterexamplePath}`);
    };
  }
  return p;
}

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const EMOJI = ['😀', '👶🏽', '🩻', '👨‍👩‍👧', '🇺🇸', '𝔘𝔖', '\u{1F9B4}'];
const LONE = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'];
const ODD = [
  '\u0000',
  '\t',
  '\u000b',
  '\u000c',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u00a0',
  '\u3000',
  'ﬁ',
  'Ⅻ',
  '①',
  'é',
  'é',
  'İ',
  'ß',
  '：',
  ';',
  ',',
  '(',
  ')',
  ':',
  '#',
  '---',
  '—',
  '–',
];

export const junkChar = fc.constantFrom(...ZERO_WIDTH, ...BIDI, ...EMOJI, ...LONE, ...ODD);

/** Sprinkles junk characters into a string at random places (rarely, so most text stays readable). */
function sprinkle(s: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(s, fc.array(fc.tuple(fc.nat(), junkChar), { maxLength: 2 })).map(([text, junk]) => {
    let out = text;
    for (const [at, j] of junk) {
      const i = out.length ? at % (out.length + 1) : 0;
      out = out.slice(0, i) + j + out.slice(i);
    }
    return out;
  });
}

const randomCase = (s: string) =>
  fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((flags) => [...s].map((c, i) => (flags[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

/** Every key spelling (canonical and alias), in random case, with random spaces around and inside. */
const spellings = KEYS.flatMap((key) => [key.name, ...key.aliases]);
export const keyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...spellings).chain(randomCase) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...spellings), fc.constantFrom('', ' ', '  ', '\t'), fc.constantFrom('', ' ', '  '))
      .map(([s, a, b]) => a + s.replace(/ /g, ' '.repeat(1 + (b.length % 2))) + b),
  },
  { weight: 1, arbitrary: sprinkle(fc.constantFrom(...spellings)) },
  { weight: 1, arbitrary: fc.constantFrom(...KEY_TYPOS, ...FOREIGN_KEYS) },
);

const procedureSpellings = k.procedures.flatMap((p) => [p.acrName, ...p.synonyms]);
const cptCodes = k.procedures.flatMap((p) => p.cpt.map((c) => c.code));
const findingPhrases = k.findings.flatMap((f) => f.phrases.map((p) => p.replace(/\.\.\./g, 'sacral').replace(/(?<=^|\s)#(?=\s|$)/g, '3')));

// Spellings the vocabulary does not list as such: read through modality, region and contrast words, or not at all.
const ORDER_SPELLINGS = [
  'ultrasound lumbar spine',
  'XR lumbosacral spine 2 views',
  'MRI complete spine with and without IV contrast',
  'CT myelography',
  '',
  ...UNRECOGNIZED_ORDERS,
];
export const orderArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ORDER_SPELLINGS) },
  { weight: 4, arbitrary: fc.constantFrom(...procedureSpellings, ...cptCodes) },
  { weight: 1, arbitrary: fc.constantFrom(...cptCodes).map((c) => `CPT ${c}`) },
  { weight: 1, arbitrary: fc.constantFrom(...procedureSpellings).chain(randomCase) },
);

const ageArb = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom('months', 'mo', 'weeks', 'days', 'month-old')).map(([n, u]) => `${n} ${u}`) },
  fc
    .tuple(fc.integer({ min: 0, max: 300 }), fc.constantFrom('months', 'mo', 'mos', 'm', 'weeks', 'wk', 'days', 'd', 'years', 'y', 'yo', 'yrs'))
    .map(([n, u]) => `${n}${['', ' ', '-'][n % 3]}${u}`),
  fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 11 })).map(([y, m]) => `${y}y ${m}m`),
  fc.integer({ min: 0, max: 24 }).map((n) => `${n}-month-old`),
  fc.constantFrom('newborn', 'neonate', 'unknown', '3.5 months', '10 wk', '2 y', '99999 months', '1e9 years', 'about six months', '0.0001 d'),
);

const isoDate = fc
  .tuple(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const level = fc.tuple(fc.constantFrom('T', 'L', 'S', 't', 'l'), fc.integer({ min: 0, max: 13 })).map(([a, n]) => `${a}${n}`);
const priorArb = fc.oneof(
  fc
    .tuple(level, fc.option(level), fc.constantFrom('', ', filum 2.5 mm', ', filum 1 mm', '; filum terminale 3 mm'))
    .map(([a, b, f]) => `US spine: conus at ${a}${b ? `-${b}` : ''}${f}`),
  fc.tuple(isoDate, fc.constantFrom('abnormal', 'equivocal', 'lipoma', ...Object.values(PRIOR_US_RESULTS).flat())).map(([d, r]) => `US spine ${d}: ${r}`),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `MRI L-spine: filum ${a}.${b} mm; conus medullaris to L${a % 6}`),
  fc.constantFrom('none', 'US spine: limited by ossification', 'US spine 2026-10-01: normal', 'MRI: tethered cord', 'US spine: conus at L2-L3'),
);

const dimpleArb = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom('within gluteal cleft', 'above the gluteal cleft', 'in the crease', 'off midline', ''), fc.integer({ min: 0, max: 50 }))
    .map(([mm, pos, cm]) => `${mm} mm, ${pos}, ${cm / 10} cm from anus`),
  fc.constantFrom('deep', 'simple', 'multiple dimples', 'none', 'present', '4 mm', 'large atypical dimple 2 cm from the anal verge'),
);

const FREE = [
  ...VISIT_CONTEXT,
  ...NEURO_NORMAL,
  'back pain for 3 weeks',
  'fell from a trampoline',
  'deep dimple just above the gluteal cleft',
  'small tuft of hair',
  'no fever',
  'denies trauma',
  'without hair tuft',
  'negative for weight loss',
  'none',
  'intact',
  'normal',
  'new urinary dribbling',
  'toe walking',
  'fever; weight loss',
  'night sweats',
  'hemangioma over the sacrum',
  'palpable lipoma',
  'pediatric neurosurgery',
  'suspected tethered cord',
  'sacral dimple (Q82.6)',
  'Q76.0',
  'weakness of the left leg',
  'M',
  'F',
  'girl',
  '3-month-old boy',
  '2 y F',
  'newborn girl',
  'no fever, chills or weight loss',
  'hair tuft: none',
  'not deep',
  'routine',
  'urgent',
  'general anesthesia',
  'without',
  'with',
  'without and with',
  'none',
  'no deficits',
  'absent reflexes',
  'club foot',
];
const freeArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FREE) },
  { weight: 3, arbitrary: fc.constantFrom(...findingPhrases) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.array(fc.constantFrom(...FREE, ...findingPhrases), { minLength: 1, maxLength: 4 }), fc.constantFrom('; ', ', ', ' and ', ' '))
      .map(([a, sep]) => a.join(sep)),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

/** A value chosen for the key it follows, so the clinical readers actually run. */
function valueFor(key: string): fc.Arbitrary<string> {
  const norm = key.toLowerCase().replace(/\s+/g, ' ').trim();
  if (norm === 'age') return ageArb;
  if (norm === 'patient' || norm === 'pt')
    return fc.oneof(
      ageArb.map((a) => `${a} boy`),
      fc.constantFrom(...FREE),
    );
  if (norm === 'dob' || norm === 'date of birth' || norm === 'date' || norm === 'order date')
    return fc.oneof(isoDate, fc.constantFrom('2026-02-30', 'yesterday', '20260101', ' 2026-08-20 '));
  if (norm === 'prior imaging' || norm === 'prior') return priorArb;
  if (['order', 'procedure', 'study', 'requested'].includes(norm)) return orderArb;
  if (norm === 'dimple') return dimpleArb;
  return freeArb;
}

const eolArb = fc.constantFrom('\n', '\r\n', '\r');

/** One line of a note (without its terminator), plus optional indented continuation lines. */
const lineArb: fc.Arbitrary<string[]> = fc.oneof(
  {
    weight: 10,
    arbitrary: keyArb.chain((key) =>
      fc
        .tuple(
          sprinkle(valueFor(key)),
          fc.constantFrom(':', ': ', ' : ', ':\t', ':  '),
          fc.array(fc.tuple(fc.constantFrom(' ', '  ', '\t'), freeArb), { maxLength: 2 }),
          fc.constantFrom('', ' ', '\t'),
        )
        .map(([value, colon, cont, trail]) => [key + colon + value + trail, ...cont.map(([ind, v]) => ind + v)]),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '# comment',
        '#',
        '  # indented comment',
        '# acknowledge inappropriate-initial-study: clinician-judgement',
        '# acknowledge missing-age',
        '# acknowledge nope: other',
      )
      .map((c) => [c]),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '---', ' --- ', '----', 'free text without a colon', ':no key', '  : indented colon', 'Order', 'Order:').map((l) => [l]) },
  { weight: 1, arbitrary: sprinkle(fc.string({ maxLength: 30 })).map((l) => [l]) },
);

const MARKERS = [
  'deep dimple just above the gluteal cleft',
  'small tuft of hair',
  'hair tuft',
  'hemangioma over the sacrum',
  'palpable lipoma',
  'dermal sinus',
  'hyperpigmented patch',
  'sacral dimple',
  'skin tag over the spine',
  'no hair tuft',
  'simple dimple',
];
const opt = (key: string, value: fc.Arbitrary<string>) =>
  fc.option(
    value.map((v) => [`${key}: ${v}`]),
    { nil: undefined, freq: 2 },
  );

/** A realistic S1-ish note: the keys the clinical rules read, each optional, in random order. */
const clinicalNoteArb: fc.Arbitrary<string[][]> = fc
  .tuple(
    opt(
      'Findings',
      fc.array(fc.constantFrom(...MARKERS), { minLength: 1, maxLength: 3 }).map((a) => a.join('; ')),
    ).map((x) => x ?? ['Skin: sacral dimple']),
    opt(
      'Patient',
      fc.oneof(
        ageArb.map((a) => `${a} boy`),
        fc.constantFrom('newborn girl', '2 y F', 'girl'),
      ),
    ),
    opt('Age', ageArb),
    opt('DOB', isoDate),
    opt('Date', isoDate),
    opt('Dimple', dimpleArb),
    opt('Neuro', fc.constantFrom('intact', 'normal', 'weakness of the left leg', 'absent reflexes')),
    opt('Symptoms', fc.constantFrom('new urinary dribbling', 'toe walking', 'none', 'club foot')),
    opt('Red flags', fc.constantFrom('none', 'fever; weight loss', 'night sweats')),
    opt('Presentation', fc.constantFrom('routine check-up', 'fell from a trampoline', 'back pain for 3 weeks')),
    opt('Prior imaging', priorArb),
    fc.option(
      orderArb.map((o) => [`Order: ${o}`]),
      { nil: undefined, freq: 6 },
    ),
    opt('Contrast', fc.constantFrom('none', 'without', 'with', 'without and with', 'gad')),
    opt('Indication', fc.constantFrom('suspected tumor', 'sacral dimple (Q82.6)', 'screening', 'vascular malformation')),
    opt('Referral', fc.constantFrom('pediatric neurosurgery', 'urology', '')),
  )
  .chain((fields) => {
    const present = fields.filter((f): f is string[] => f !== undefined);
    return fc.shuffledSubarray(present, { minLength: Math.max(0, present.length - 1) });
  })
  .chain((lines) => fc.tuple(fc.constant(lines), fc.option(lineArb, { freq: 3 }), fc.nat()))
  .map(([lines, extra, at]) => {
    if (!extra) return lines;
    const i = at % (lines.length + 1);
    return [...lines.slice(0, i), extra, ...lines.slice(i)];
  });

const noteArb: fc.Arbitrary<string[][]> = fc.oneof({ weight: 1, arbitrary: fc.array(lineArb, { minLength: 0, maxLength: 8 }) }, { weight: 2, arbitrary: clinicalNoteArb });

/** A grammar-aware document: notes of lines, separated by `---`, with one EOL style or mixed ones. */
export const documentArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(noteArb, { minLength: 1, maxLength: 3 }), eolArb, fc.boolean(), fc.boolean(), fc.boolean(), fc.array(eolArb, { minLength: 8, maxLength: 8 }))
  .map(([notes, eol, mixed, bom, trailing, eols]) => {
    let i = 0;
    const lines = notes.map((n) => n.flat()).flatMap((n, ni) => (ni ? ['---', ...n] : n));
    const text = lines.map((l, li) => l + (li < lines.length - 1 || trailing ? (mixed ? eols[i++ % eols.length] : eol) : '')).join('');
    return (bom ? '\ufeff' : '') + text;
  });

/** Arbitrary strings: binary (lone surrogates included), full unicode, and note-ish ASCII. */
export const arbitraryTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: fc.constantFrom('a', 'O', 'r', ':', ' ', '\n', '\r', '-', '#', '\t', ';', '\ud83d', '\ude00', '\ufeff', '1'), maxLength: 200 }),
);

/** Mostly grammar-aware documents, sometimes arbitrary strings, sometimes both spliced together. */
export const anyDocumentArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: documentArb },
  { weight: 2, arbitrary: arbitraryTextArb },
  { weight: 1, arbitrary: fc.tuple(documentArb, arbitraryTextArb, fc.nat()).map(([d, s, at]) => d.slice(0, at % (d.length + 1)) + s + d.slice(at % (d.length + 1))) },
);
