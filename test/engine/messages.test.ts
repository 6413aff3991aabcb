/**
 * Issue 10 item 1: every message every rule can produce is one sentence of at most 139
 * characters, clinical ones end with their brief source, and the rest of what used to be in the
 * message is in the finding's detail. Messages come from three places: the samples, a product of
 * hand-built notes that walks each rule's branches (ages either side of the window, every
 * procedure, each prior-ultrasound result, each scenario, long user text), and fast-check notes.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { MAX_DOCUMENT_CHARS, MAX_VALUE_CHARS } from '../../server/src/engine/limits';
import { RULES, RULES_BY_ID } from '../../server/src/rules';
import type { Finding } from '../../server/src/rules/types';
import { MAX_MESSAGE, fit, quote, shorten } from '../../server/src/rules/message';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import { documentArb, fcParams } from '../hardening/gen';
import { lint, note } from '../helpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const k = defaultKnowledge();

/** Every finding seen, by rule, with the note it came from (for the failure message). */
const seen = new Map<string, { finding: Finding; text: string }[]>();

function check(text: string): void {
  for (const f of lint(text).findings) {
    const list = seen.get(f.ruleId) ?? [];
    if (list.length < 5000) list.push({ finding: f, text });
    seen.set(f.ruleId, list);
    assertMessage(f, text);
  }
}

function assertMessage(f: Finding, text: string): void {
  const where = `${f.ruleId}: ${JSON.stringify(f.message)}\n  from ${JSON.stringify(text.slice(0, 400))}`;
  assert.ok(f.message.length <= MAX_MESSAGE, `${f.message.length} characters: ${where}`);
  assert.ok(f.message.length > 20, `too short to say what and what to do: ${where}`);
  assert.doesNotMatch(f.message, /[\r\n]/, `more than one line: ${where}`);
  // One sentence: no full stop followed by a new sentence ("e.g." and "1.5 cm" are not sentence
  // ends, and quoted user text is the user's, not ours).
  assert.doesNotMatch(f.message.replace(/e\.g\./g, 'eg').replace(/"[^"]*"/g, '""'), /[.!?]\s+[A-Z]/, `more than one sentence: ${where}`);
  const rule = RULES_BY_ID.get(f.ruleId)!;
  if (rule.kind === 'clinical') {
    // The brief source is the last thing in the message, so a cut message would lose it: this fails then too.
    if (f.ruleId === 'no-criteria-apply') assert.match(f.message, /ACR criteria/, where);
    else assert.match(f.message, / \[[^\]]+, (reported|acr-portal|acr-historical)(\/[a-z-]+)*\]$|\[no covered ACR criteria\]$/, where);
    assert.ok(f.detail && /\*\*Source:\*\*/.test(f.detail), `clinical finding without a cited detail: ${where}`);
    if (/reported\]$/.test(f.message)) assert.match(f.detail!, /not yet confirmed on the ACR portal/, where);
  }
}

const S1 = ['Findings: deep dimple above the gluteal cleft; tuft of hair', 'Neuro: intact', 'Red flags: none'];
const AGES = [
  undefined,
  'newborn',
  '10 days',
  '8 weeks',
  '3 months',
  '4 months',
  '5 months',
  '6 months',
  '6 months 1 day',
  '8 months',
  '11 months',
  '18 months',
  '2 years',
  '10 years',
  '17 years',
  '30 years',
];
const LONG = 'a very long clinical phrase that a hurried clinician pasted in from another system without editing it at all';
const ORDERS = [
  ...k.procedures.map((p) => p.acrName),
  'spinal US',
  'x-ray L-spine',
  'MRI L-spine w/',
  'MRI brain',
  '76800',
  'TBD',
  '',
  `spine imagng ${LONG}`,
  'spine ultrasond please',
  'scoliosis series',
];
const CONTEXTS: string[][] = [
  S1,
  ['Findings: palpable lipoma over the sacrum', 'Neuro: intact'],
  ['Findings: large hemangioma over the lower back'],
  ['Dimple: 3 mm, within gluteal cleft, 1 cm from anus', 'Neuro: normal'],
  ['Findings: sacral dimple', 'Neuro: normal'],
  ['Findings: dimple'],
  [...S1, 'Prior imaging: US spine: conus at L3, filum 2.5 mm, lipoma, sinus tract'],
  [...S1, 'Prior imaging: US spine: conus at L2-L3, limited by ossification and motion'],
  [...S1, 'Prior imaging: US spine: normal'],
  ['Findings: hemangioma', 'Prior imaging: US spine 2026-10-01: normal, conus at L1-L2'],
  [...S1.slice(0, 1), 'Symptoms: new urinary dribbling, toe walking, weakness of the left leg, club foot'],
  [...S1.slice(0, 1), `Symptoms: new incontinence ${LONG}`],
  [...S1.slice(0, 1), 'Neuro: absent reflexes on the left'],
  ['Presentation: back pain for 3 weeks', 'Red flags: none'],
  ['Presentation: back pain', 'Red flags: night pain; fever; weight loss; constant pain'],
  ['Presentation: back pain', 'Red flags: night pain', 'Prior imaging: XR lumbar spine: normal'],
  ['Presentation: back pain', 'Red flags: night pain', 'Prior imaging: XR lumbar spine: fracture'],
  ['Presentation: back pain', 'Indication: suspected infection'],
  ['Presentation: chronic back pain from overuse in a gymnast'],
  ['Presentation: fell from a trampoline onto the lower back'],
  ['Presentation: fell from a trampoline, neck pain'],
  ['Findings: hair tuft', 'Red flags: fever'],
  ['Neuro: weakness of the left leg'],
  ['Presentation: routine check-up'],
];

describe('messages: one sentence of at most 139 characters, with the detail kept', () => {
  it('helpers: fit() takes the first wording that fits; shorten() and quote() cut with "…" on a word boundary', () => {
    assert.equal(fit('x'.repeat(140), 'short one'), 'short one');
    assert.equal(fit('x'.repeat(200)).length, MAX_MESSAGE);
    assert.equal(shorten('one two three four', 12), 'one two…');
    assert.equal(shorten('a\n b   c', 10), 'a b c');
    assert.equal(quote('x'.repeat(50), 10), `"${'x'.repeat(9)}…"`);
    // A surrogate pair is never split by the cut.
    assert.equal(shorten('x'.repeat(8) + '😀😀', 10), `${'x'.repeat(8)}…`);
  });

  it('the samples', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'samples')).filter((x) => x.endsWith('.order'))) check(fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8'));
  });

  it('hand-built notes through every branch: each age × order × clinical context', () => {
    for (const age of AGES) {
      for (const order of ORDERS) {
        for (const ctx of CONTEXTS) check(note(...(age ? [`Age: ${age}`] : []), ...ctx, `Order: ${order}`));
      }
      for (const ctx of CONTEXTS) check(note(...(age ? [`Age: ${age}`] : []), ...ctx)); // missing-order
    }
    for (const contrast of ['with', 'without and with', 'gad']) check(note('Age: 2 years', ...S1, 'Order: MRI lumbar spine', `Contrast: ${contrast}`));
    // An injury without its mechanism, in a structured note and in a paragraph note.
    check(note('Age: 9 months', ...S1, `Presentation: hurt his back at daycare yesterday ${LONG}`, 'Order: MRI L-spine w/o'));
    check('9 mo F w/ sacral hair tuft, injured at daycare yesterday, no details. Plan: MRI L-spine w/o\n');
  });

  it('hand-built notes for the note-format rules, with long user text', () => {
    check(note('Age: 2 months', ...S1, `Ordr${'x'.repeat(80)}: spinal US`, 'Ordr: spinal US', 'Nuero: intact', 'Sex: F'));
    check(note('Age: 2 months', ...S1, 'Order: spinal US', 'Study: spinal US', 'Red flags: none'));
    check(note('Age: 2 months', ...S1, `spinal US please ${LONG}`, 'Order: spinal US'));
    check(note(`Age: soon ${LONG}`, ...S1, 'Order: spinal US'));
    check(note(`DOB: 26/05/2026 ${LONG}`, ...S1, 'Order: spinal US'));
    check(note('DOB: 2026-05-26', `Date: tomorrow ${LONG}`, ...S1, 'Order: spinal US'));
    check(note('DOB: 2026-12-26', 'Date: 2026-05-26', ...S1, 'Order: spinal US'));
    check(note('Age:', ...S1, 'Order: spinal US'));
    check(note('DOB:', ...S1, 'Order: spinal US'));
    check(
      note(
        `# acknowledge ${'no-such-rule'.repeat(10)}: other`,
        `# acknowledge missing-order: ${'because'.repeat(10)}`,
        '# acknowledge missing-order',
        'Age: 2 months',
        ...S1,
        'Order: spinal US',
      ),
    );
    check(note('Age: 2 months', ...S1, `Presentation: ${'x '.repeat(MAX_VALUE_CHARS)}`, 'Order: spinal US'));
    check('a'.repeat(MAX_DOCUMENT_CHARS + 1));
  });

  it('fast-check: generated notes', () => {
    fc.assert(
      fc.property(documentArb, (text) => check(text)),
      fcParams(3_000),
    );
  });

  it('every rule was driven to a message by the notes above', () => {
    assert.deepEqual(
      RULES.map((r) => r.id).filter((id) => !seen.has(id)),
      [],
    );
  });

  it('before and after, in figures: the longest message and the mean over everything seen', () => {
    const all = [...seen.values()].flat().map((x) => x.finding.message.length);
    const max = Math.max(...all);
    const mean = all.reduce((a, b) => a + b, 0) / all.length;
    assert.ok(max <= MAX_MESSAGE);
    console.log(`      ${all.length} messages: longest ${max}, mean ${mean.toFixed(1)} characters`);
  });
});
