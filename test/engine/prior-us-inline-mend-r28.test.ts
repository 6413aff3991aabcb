/**
 * Mends of the r28 reading of a prior spinal US told inline ("2 mo F w/ hair tuft - US spine yesterday: conus at L3"), after
 * an adversarial review. A study told in a clause of its own is the child's, done and of the spine only when the sentence
 * says so: not a relative's (a possessive, a label, "his" after a brother), not one only talked of ("mom asked about",
 * "discussed w/ radiology", "NSGY said:", "US spine discussed"), not one the child did not attend ("DNA", "no-show"), not one
 * of the neck, the pelvis, the belly or a lump. A normal filum is echogenic: only a thick or fatty one is a finding. What the
 * study was asked ("screening for occult dysraphism", "to r/o", "for ?meningocele", "indication: ?dysraphism") is no finding
 * it raised. A finding of the cord told before the study ("w/ low-lying conus - had US at 6 wks") stays its finding; only a
 * skin one ("lumbosacral lipoma") is cut off.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

/** The most recent spinal US read ('none' when there is none). */
function priorUs(...lines: string[]): string {
  const us = readNote(...lines).facts.prior.filter((p) => p.modality === 'US');
  return us.length ? us[us.length - 1].result : 'none';
}
const oneLine = (told: string, who = '2 mo F w/ sacral dimple and hair tuft') => [
  'Peds clinic note',
  `${who} - ${told}`,
  'neuro: nl tone, moving LE symm',
  'plan: MRI L-spine w/o contrast - ordered',
];
const underKey = (told: string) => ['Age: 2 mo', `Hx: sacral dimple and hair tuft. ${told}`, 'Neuro: nl', 'Order: MRI L-spine w/o contrast'];

describe('r28 mend: a study not the child’s, only talked of, not attended, or not of the spine is no prior spinal US', () => {
  for (const told of [
    // a relative's, by a possessive, a label, or "his" after the relative
    "twin's US spine yesterday: conus at L3",
    "sibling's spinal US last week: tethered cord",
    'twin brother: US spine yesterday: conus at L3',
    'older sister: US spine yesterday: conus at L3',
    'brother (4 y) w/ tethered cord - his US spine yesterday: normal',
    // only talked of
    'mom asked yesterday about US spine: worried about tethered cord',
    'discussed w/ radiology yesterday: US spine first, MRI if low conus',
    'yesterday NSGY said: US spine first, then MRI if low conus',
    'US spine discussed yesterday: parents prefer MRI',
    'parents asked about spinal ultrasound yesterday: want MRI instead',
    // not attended
    'US spine yesterday: DNA',
    'US spine yesterday: pt did not attend',
    'spinal US last week - no-show, rebooked',
    'US spine 3 days ago: not attended',
    // not of the spine
    'US of the lump yesterday: 2 cm subcutaneous lipoma',
    'soft-tissue US of the mass yest: lipoma, no deep extension seen',
    'US soft tissue back yesterday: lipoma',
    'pelvic US yesterday: presacral mass',
    'neck US yesterday: normal thyroid',
    'abdo US yesterday: normal',
  ])
    it(`"${told}" in a one-line HPI reads no prior spinal US`, () => assert.equal(priorUs(...oneLine(told)), 'none'));

  for (const told of [
    "Twin's US spine 2 days ago: conus at L3",
    'Neck US 2 days ago: normal thyroid',
    'US spine 2 days ago: DNA',
    'Mom asked 2 days ago about US spine: worried about tethered cord',
  ])
    it(`"${told}" opening a sentence reads no prior spinal US`, () => assert.equal(priorUs(...underKey(told)), 'none'));

  // Near misses that stay the child's spinal study.
  for (const [told, want] of [
    ['her US spine yesterday: conus at L3', 'abnormal'],
    ['renal and spinal US yesterday: kidneys nl, conus at L3', 'abnormal'],
    ['US spine yesterday: conus at L3, DNA testing sent', 'abnormal'],
    ['discussed w/ radiology: US spine yesterday showed low-lying conus', 'abnormal'],
    ['US spine yesterday: subcutaneous mass, conus at L3', 'abnormal'],
  ] as const)
    it(`"${told}" still reads US ${want}`, () => assert.equal(priorUs(...oneLine(told)), want));
  it('"Mom: US spine at 2 wk showed …" is the parent telling the child’s study', () =>
    assert.notEqual(priorUs(...oneLine('Mom: US spine at 2 wk showed low-lying conus')), 'none'));
});

describe('r28 mend: a normal filum is echogenic', () => {
  for (const [told, want] of [
    ['US spine 2 days ago: conus at L1, normal echogenic filum terminale 1 mm', 'normal'],
    ['US spine 2 days ago: filum is echogenic and measures 1 mm, normal', 'normal'],
    ['US spine 2 days ago: conus L1-2, hyperechoic filum 1 mm, normal', 'normal'],
    // thick, thickened or fatty, or 2 mm and more, is a finding
    ['US spine 2 days ago: echogenic thickened filum', 'abnormal'],
    ['US spine 2 days ago: echogenic filum measuring 3 mm', 'abnormal'],
    ['US spine 2 days ago: conus L2, echogenic fatty filum', 'abnormal'],
    ['US spine 2 days ago: thick echogenic filum', 'abnormal'],
  ] as const)
    it(`"${told}" reads US ${want}`, () => assert.equal(priorUs(...underKey(told)), want));
});

describe('r28 mend: what the study was asked is not what it raised', () => {
  for (const [told, want] of [
    ['US spine yesterday (screening for occult dysraphism): conus at L1-2, filum nl', 'normal'],
    ['US spine yesterday to r/o dysraphism: normal', 'normal'],
    ['US spine yesterday to r/o tethered cord: normal', 'normal'],
    ['US spine yesterday for ?dysraphism - normal', 'normal'],
    ['US spine yesterday for ?meningocele: no abnormality', 'normal'],
    ['US spine 1 wk ago, evaluate for tethered cord: normal conus at L1', 'normal'],
    // raised by the report, or found, it still is
    ['US spine yesterday: cannot rule out meningocele', 'indeterminate'],
    ['US spine yesterday to r/o dysraphism: conus at L3, thick filum', 'abnormal'],
    ['US spine yesterday for ?dysraphism - possible fatty filum', 'indeterminate'],
  ] as const)
    it(`"${told}" reads US ${want}`, () => assert.equal(priorUs(...underKey(told)), want));
  it('"(indication: ?tethering)" with no result reads a US of unknown result', () => assert.equal(priorUs(...oneLine('US spine (indication: ?tethering) yesterday')), 'unknown'));
});

describe('r28 mend: a finding of the cord told before the study is its finding', () => {
  for (const [told, want] of [
    ['2 mo M w/ low-lying conus - had US at 6 wks', 'abnormal'],
    ['2 mo M w/ low conus - diagnosed on spinal US 2 wk ago', 'abnormal'],
    ['2 mo M, fatty filum, picked up on US at 6 wk', 'abnormal'],
    ['2 mo M w/ tethered cord - dx on US spine 2 wk ago', 'abnormal'],
    ['2 mo M w/ fatty filum, detected by US spine 2 wk ago', 'abnormal'],
    ['2 mo M w/ lumbosacral lipoma - had US at 6 wks which showed it extends into the canal', 'abnormal'],
    ['2 mo M w/ lumbosacral lipoma - had US at 6 wks which showed intraspinal extension', 'abnormal'],
    // a skin finding is still cut off
    ['2 mo M w/ lumbosacral lipoma - had US at 6 wks which was normal', 'normal'],
    ['2 mo M w/ sacral sinus tract - spinal US at 3 wk showed normal conus and filum', 'normal'],
    // an extension denied is none
    ['2 mo M w/ lumbosacral lipoma - had US at 6 wks: no intraspinal extension, conus at L1, filum normal', 'normal'],
  ] as const)
    it(`"${told}" reads US ${want}`, () => assert.equal(priorUs(told, 'Plan: MRI L-spine w/o contrast'), want));
});

describe('r28 mend: a report read on past a semicolon', () => {
  for (const [told, want] of [
    ['US spine 2 days ago: filum 1 mm; conus at L3', 'abnormal'],
    ['US spine 2 days ago: normal cord motion; low-lying conus', 'abnormal'],
    ['US spine 2 days ago: normal nerve root motion; filum thickened 3 mm', 'abnormal'],
    ['US spine 2 days ago: conus L1, normal cord motion; images degraded by motion', 'indeterminate'],
    // what follows the semicolon is no more of the report
    ['US spine 2 days ago: conus at L1-2, filum 1 mm; mom reassured', 'normal'],
    ['US spine 2 days ago: normal; MRI if symptoms', 'normal'],
    ['US spine 2 days ago: conus L1; cord and nerve roots show normal motion', 'normal'],
  ] as const)
    it(`"${told}" reads US ${want}`, () => assert.equal(priorUs(...underKey(told)), want));
  it('a report whose findings and impression follow its indication is read with them', () =>
    assert.equal(priorUs(...underKey('US spine yesterday, indication: ?spinal dysraphism. Findings: conus L1-2, filum 1 mm. Impression: normal')), 'normal'));
});
