/**
 * A prior spinal ultrasound told in passing inside the history, with its time and result after a colon or a dash, as
 * residents write a one-line HPI ("2 mo F w/ hair tuft - US spine yesterday: conus at L3, fatty filum"). The study opens
 * a clause inside its sentence, so neither the start of the sentence nor its last comma clause finds it; a time such as
 * "yesterday" or "this am" is no past word the reader knew. Its result is read as any report's: abnormal (a low or
 * tethered conus, a thick or fatty filum (an echogenic one alone is normal), a syrinx, a sinus tract, a meningocele), normal, or indeterminate.
 * Near misses: a study ordered, planned for tomorrow or next week, or told without any result; a study of the hips or
 * kidneys; a relative's study; a skin lipoma told before a normal study is not the study's finding.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

/** The most recent spinal US read ('none' when there is none), as rules/scope.ts priorUltrasound takes it. */
function priorUs(...lines: string[]): string {
  const us = readNote(...lines).facts.prior.filter((p) => p.modality === 'US');
  return us.length ? us[us.length - 1].result : 'none';
}
const rulesOf = (...lines: string[]) => readNote(...lines).rules;

/** A one-line HPI after a heading, as a resident writes it, the told US in the middle of the line. */
const oneLine = (told: string, order = 'plan: MRI L-spine w/o contrast - ordered') => [
  'Peds clinic note',
  `2 mo F w/ sacral dimple and hair tuft - ${told}`,
  'neuro: nl tone, moving LE symm',
  order,
];
/** The same told after a sentence of history under a key. */
const underKey = (told: string) => ['Age: 2 mo', `Hx: sacral dimple and hair tuft. ${told}`, 'Neuro: nl', 'Order: MRI L-spine w/o contrast'];

describe('r28: a prior spinal US told inline with its result', () => {
  for (const [told, want] of [
    ['US spine yesterday: conus at L3, echogenic fatty filum, c/w tethered cord', 'abnormal'],
    ['spinal sono 2/7 ago - low-lying conus', 'abnormal'],
    ['US spine this am: conus at L1-2, filum normal', 'normal'],
    ['spinal US today: low lying conus at L3', 'abnormal'],
    ['US spine on 2/14: dermal sinus tract seen extending to the canal', 'abnormal'],
    ['US L-spine (01/11): normal conus level, filum normal', 'normal'],
    ['L-spine US (1/11): normal conus level', 'normal'],
    ['lumbar spine US yesterday: conus at L3', 'abnormal'],
    ['US spine yesterday, low-lying conus at L3, fatty filum', 'abnormal'],
    ['US spine yest - NAD', 'normal'],
    ['ultrasound was equivocal, conus at L2-3', 'indeterminate'],
    ['US spine 3 days ago: conus L2-L3 borderline', 'indeterminate'],
  ] as const) {
    it(`"${told}" inside a one-line HPI reads US ${want}`, () => assert.equal(priorUs(...oneLine(told)), want));
    it(`"${told}" after a sentence of history reads US ${want}`, () => assert.equal(priorUs(...underKey(told)), want));
  }

  it('an abnormal inline US asks for neurosurgery and no longer calls the MRI a first study', () => {
    const r = rulesOf(...oneLine('US spine yesterday: conus at L3, echogenic fatty filum, c/w tethered cord', 'plan: MRI L-spine w/wo contrast - ordered'));
    assert.ok(r.includes('referral-after-abnormal-ultrasound') && r.includes('next-study-after-ultrasound'), r.join());
    assert.ok(!r.includes('mri-first-in-young-infant') && !r.includes('initial-mri-contrast'), r.join());
  });

  // Near misses: nothing done yet, or done of another region or person.
  for (const told of [
    'US spine tomorrow',
    'US spine tomorrow: 9am at main campus',
    'US spine booked for tomorrow: 9am',
    'US spine next week: will call with results',
    'US spine tomorrow: to assess conus',
    'US spine ordered',
    'US of hips: normal',
    'renal US yesterday: normal',
    'Mum had US spine yesterday: normal',
  ])
    it(`"${told}" is no prior spinal US, and the first MRI in a young infant is still flagged`, () => {
      assert.equal(priorUs(...oneLine(told)), 'none');
      assert.ok(rulesOf(...oneLine(told)).includes('mri-first-in-young-infant'), rulesOf(...oneLine(told)).join());
    });
  it('"US spine tomorrow: 9am" opening a sentence is no prior either', () => assert.equal(priorUs(...underKey('US spine tomorrow: 9am at main campus')), 'none'));
  it('a US the parents only think was done elsewhere is none', () =>
    assert.equal(priorUs('Age: 3 mo', 'Hx: hairy patch. Birth-hospital records requested - parents think a spinal US may have been done there.', 'Plan: review'), 'none'));
});

describe("r28: a skin finding told before the study is not the study's result", () => {
  for (const [told, want] of [
    ['2 mo M w/ lumbosacral lipoma - had US at 6 wks which was normal', 'normal'],
    ['2 mo M w/ lumbosacral lipoma (soft mass) - spinal US yesterday: normal', 'normal'],
    ['2 mo M, lumbosacral mass, normal US spine 2 wk ago', 'normal'],
    // Still read with what it refers back to: "as seen on US" ties the finding before it to the study.
    ['2 mo M - low-lying conus, as seen on US at 2 wk', 'abnormal'],
    ['2 mo M w/ lumbosacral lipoma - had US at 6 wks which showed a thickened filum', 'abnormal'],
  ] as const)
    it(`"${told}" reads US ${want}`, () => assert.equal(priorUs(told, 'Plan: MRI L-spine w/o contrast'), want));
});

describe('r28: spinal US findings the reports use', () => {
  for (const [told, want] of [
    ['USS spine 1/52 ago: filum appears thickened', 'abnormal'],
    ['spinal sonogram today showed echogenic thickened filum', 'abnormal'],
    ['spine US 1 wk ago: meningocele', 'abnormal'],
    ['US spine 2 wk ago: conus at L2, reduced nerve root motion', 'abnormal'],
    ['US spine 2 wk ago: conus at L2, loss of normal nerve root motion', 'abnormal'],
    ['US spine 2 wk ago: conus at L1-L2, cord motion decreased', 'abnormal'],
    ['US spine 2 wk ago: conus at L1, filum 1 mm, normal cord motion', 'normal'],
    ['US spine 2 wk ago: conus at L1-2, normal motion of the nerve roots', 'normal'],
    // The motion that limits a study still does.
    ['US spine 2 wk ago: limited by motion, conus not well seen', 'indeterminate'],
    ['US spine 2 wk ago: no evidence of dysraphism, conus at L1', 'normal'],
  ] as const)
    it(`"${told}" reads US ${want}`, () => assert.equal(priorUs(...underKey(told)), want));
});
