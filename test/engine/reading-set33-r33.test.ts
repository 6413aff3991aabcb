/**
 * Findings, exams, symptoms, priors and referrals as set33's writers told them (round 33). Each positive case read
 * otherwise before; each near-miss keeps its reading.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('reading set33', () => {
  describe('"N" right after the exam named is a normal item (UK and Indian notes: "tone N, reflexes N")', () => {
    const CASES: [string[], string][] = [
      [
        [
          'Pt: B/o Sunita, 5 wk M',
          'O/E: single dimple ~3 mm, within natal cleft, approx 1.5 cm from anal verge, not deep. No tuft of hair.',
          'CNS: tone N, moving all 4 limbs, reflexes N.',
          'Adv: USG spine (lumbosacral)',
        ],
        'normal',
      ],
      [['4 yo M', 'O/E: shallow dimple 3 mm, within the gluteal cleft, 1 cm from anus. Gait N, heel/toe walk N, reflexes N.', 'Ix: XR sacrum and coccyx'], 'normal'],
      [['Age: 2 y. Sacral dimple 3 mm in the cleft.', 'Reflexes: N', 'Plan: US spine'], 'normal'],
      [['Age: 2 y. Sacral dimple 3 mm in the cleft.', 'Exam: power N, tone N, reflexes N (knee and ankle).', 'Plan: US spine'], 'normal'],
      // A sign elsewhere in the exam still wins.
      [['Age: 2 y. Sacral dimple 3 mm in the cleft.', 'CNS: tone N, reflexes brisk L knee.', 'Plan: MRI L-spine'], 'abnormal'],
      // Not a verdict: "N/A", "n" in lower case, "N" with more words after it, a denied item, the eye's reflex.
      [['Age: 2 y. Sacral dimple 3 mm in the cleft.', 'CNS: tone N/A, reflexes N/A.', 'Plan: US spine'], 'unknown'],
      [['Age: 2 y. Sacral dimple 3 mm in the cleft.', 'O/E: dimple. Reflexes n', 'Plan: US spine'], 'unknown'],
      [['Age: 2 y. Sacral dimple 3 mm in the cleft.', 'O/E: dimple. Reflexes N and R differ', 'Plan: US spine'], 'unknown'],
      [['Age: 2 y. Sacral dimple 3 mm in the cleft.', 'O/E: dimple, no tone N', 'Plan: US spine'], 'unknown'],
      [['Age: 2 mo. Sacral dimple 3 mm in the cleft.', 'O/E: dimple. Red reflex N.', 'Plan: US spine'], 'unknown'],
    ];

    // "Examination today was normal including neurology" (a GP letter): "neurology" as "neuro" already reads.
    it('"normal including neurology" is a normal exam', () =>
      assert.equal(neuro('Re: Tia, 8 years', 'Low back pain for a week, no clear cause. Examination today was normal including neurology.', 'Ix: MRI lumbar spine'), 'normal'));
    it('"neurology referral normal" is none', () => assert.equal(neuro('Re: Tia, 8 years', 'Low back pain for a week. Neurology clinic letter: normal.', 'Ix: MRI lumbar spine'), 'unknown'));
    for (const [lines, want] of CASES) it(`${lines.slice(1, -1).join(' / ')} -> ${want}`, () => assert.equal(neuro(...lines), want));

    it('a simple dimple with "reflexes N" fires simple-dimple', () => {
      const r = readNote(
        '4 yo M referred by school nurse for "dimple".',
        'O/E: shallow dimple 3 mm, within the gluteal cleft, 1 cm from anus. No hair/haemangioma. Gait N, heel/toe walk N, reflexes N.',
        'Ix: XR sacrum and coccyx',
      );
      assert.ok(r.rules.includes('simple-dimple'), r.rules.join(','));
    });
  });

  describe('"Neuro: nil concerns" on the Neuro key is a normal exam (UK ward rounds)', () => {
    const CASES: [string[], string][] = [
      [['DOL 9 boy, 2 mo', 'Sacral dimple - single, 3 mm, within the natal cleft, ~1.5 cm from anus', 'Neuro: good tone, moving all 4 limbs, nil concerns', 'Plan: spinal US'], 'normal'],
      [['2 mo M', 'Sacral dimple', 'Neuro: no concerns', 'Plan: US spine'], 'normal'],
      // Not off the Neuro key, not a parent's word, and a sign still wins.
      [['2 mo M', 'Sacral dimple. Feeds: no concerns', 'Plan: US spine'], 'unknown'],
      [['2 mo M', 'Sacral dimple', 'Findings: no concerns', 'Plan: US spine'], 'unknown'],
      [['2 mo M', 'Sacral dimple', 'Neuro: no concerns per mum', 'Plan: US spine'], 'unknown'],
      [['2 mo M', 'Sacral dimple', 'Neuro: no concerns, L leg moves less than R', 'Plan: US spine'], 'abnormal'],
    ];
    for (const [lines, want] of CASES) it(`${lines.slice(1, -1).join(' / ')} -> ${want}`, () => assert.equal(neuro(...lines), want));
  });

  describe('a leg-length discrepancy and uneven shoe wear are orthopedic symptoms', () => {
    const ortho = (...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.present && h.finding.category === 'orthopedic-symptom');
    const LIPOMA = 'Pt: 15 mo M. Lipoma lumbosacral, noted at birth, never imaged.';
    const ORDER = 'Order: MRI lumbar spine without contrast';
    const told = [
      'New: parents note R leg looks shorter, R shoe wearing differently. Exam: 1 cm LLD R, reflexes normal, power normal.',
      'Exam: 1 cm LLD R, reflexes normal.',
      'Mum says his left leg is shorter.',
      'Uneven shoe wear noted by parents.',
      'Legs of different lengths on exam.',
    ];
    for (const line of told) it(`reads: ${line}`, () => assert.equal(ortho(LIPOMA, line, ORDER), true));
    const notTold = ['Exam: no LLD, reflexes normal, power normal.', 'FHx: dad has one leg shorter.', 'Exam: legs equal length, reflexes normal.'];
    for (const line of notTold) it(`does not read: ${line}`, () => assert.equal(ortho(LIPOMA, line, ORDER), false));
    it('fires escalation-referral when the family declined the referral', () => {
      const r = readNote(LIPOMA, told[0], 'Discussed neurosurgical referral - parents declined for now.', ORDER);
      assert.ok(r.rules.includes('escalation-referral'), r.rules.join(','));
    });
  });

  describe('"NSGY referral: not done yet" is no referral', () => {
    const HEAD = ['Pt: 5 mo M', 'Deviated gluteal cleft. US spine done at 1 mo: abnormal, conus at L3, filum 2.2 mm.', 'Neuro: normal.'];
    const referred = (plan: string) => readNote(...HEAD, plan).facts.referral.neurosurgery;
    const CASES: [string, boolean][] = [
      ['Plan: XR lumbosacral spine. NSGY referral: not done yet.', false],
      ['Plan: MRI L-spine without contrast. Referral to neurosurgery not yet arranged.', false],
      ['Plan: MRI L-spine without contrast. Neurosurgery referral not requested.', false],
      // Another thing not done in the clause leaves a referral made.
      ['Plan: MRI L-spine without contrast. Referral to neurosurgery placed today, MRI not done yet.', true],
      ['Plan: MRI L-spine without contrast. NSGY referral: done.', true],
      ['Plan: MRI L-spine without contrast. NSGY referral placed.', true],
    ];
    for (const [plan, want] of CASES) it(`${plan} -> ${want}`, () => assert.equal(referred(plan), want));
    it('fires referral-after-abnormal-ultrasound', () => assert.ok(readNote(...HEAD, CASES[0][0]).rules.includes('referral-after-abnormal-ultrasound')));
  });

  describe('"normal motion" in a spinal US report is the cord\'s, not a study limited by motion', () => {
    const prior = (line: string) => readNote('Pt: 8 mo M', line, 'Order: MRI lumbar spine w/o').facts.prior.find((p) => p.modality === 'US')?.result;
    const CASES: [string, string][] = [
      ['Hx: spinal US at 6 wk for sacral dimple - normal (conus L1-2, normal filum, normal motion).', 'normal'],
      ['Hx: spinal US at 6 wk: conus L1-2, normal filum, motion normal.', 'normal'],
      ['Hx: spinal US at 6 wk: conus L1-2, normal filum, good motion.', 'normal'],
      // The movement that limits a study stays indeterminate.
      ['Hx: spinal US at 6 wk: conus L1-2, normal filum, limited by motion.', 'indeterminate'],
      ['Hx: spinal US at 6 wk: normal, motion artefact.', 'indeterminate'],
      ['Hx: spinal US at 6 wk: conus L1-2, normal filum, normal motion artefact.', 'indeterminate'],
    ];
    for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(prior(line), want));
  });

  describe('a dimple asked about, then denied in a later item of the exam\'s sentence, is settled', () => {
    const dimple = (...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.present && h.finding.id === 'sacral-dimple');
    it('"On exam this is a normal coccygeal skin fold - no dimple, no pit, no hair" denies it', () => {
      const r = readNote('3 yo referred ?sacral dimple. On exam this is a normal coccygeal skin fold - no dimple, no pit, no hair. Neuro nl.', 'No imaging indicated, discharged.');
      assert.equal(r.scenario, 'no-criteria');
      assert.ok(r.rules.includes('no-criteria-apply'), r.rules.join(','));
    });
    it('"On exam normal skin, no dimple" denies it', () => assert.equal(dimple('3 yo referred ?sacral dimple. On exam normal skin, no dimple. Neuro nl.', 'No imaging.'), false));
    const KEPT = [
      // An exam dated or placed elsewhere, a parent's word, a number before the item, the sign told present.
      '3 yo referred ?sacral dimple. On exam at birth - no dimple. Neuro nl.',
      '3 yo referred ?sacral dimple. Exam by midwife, no dimple. Neuro nl.',
      '3 yo referred ?sacral dimple. On exam, per mum, no dimple. Neuro nl.',
      '3 yo referred ?sacral dimple. On exam: skin fold 2 cm, no dimple. Neuro nl.',
      '3 yo referred ?sacral dimple. On exam small pit in cleft, no dimple above it. Neuro nl.',
    ];
    for (const line of KEPT) it(`keeps the question open: ${line}`, () => assert.equal(dimple(line, 'Plan: US spine'), true));
  });

  describe('a depth the writer could not judge is not a deep dimple', () => {
    const LETTER = [
      'Dear Dr Nguyen,',
      'Re: Mia R., 3 months',
      'Thank you for seeing Mia. At her 6 week check I noticed a sacral dimple. Mum is understandably anxious. I was not able to assess how deep it goes and didn\'t measure it.',
      'I have arranged a spinal ultrasound via the local radiology practice, results to you.',
    ];
    it('fires dimple-undescribed', () => assert.ok(readNote(...LETTER).rules.includes('dimple-undescribed')));
    const deep = (line: string) => readNote('3 mo F', line, 'Plan: US spine').facts.dimple?.deep;
    it('"unsure how deep" is no finding', () => assert.equal(deep('Sacral dimple, within cleft, 4 mm, 1 cm from anus; unsure how deep.'), false));
    it('"couldn\'t tell how deep" is no finding', () => assert.equal(deep("Sacral dimple, within cleft, 4 mm, 1 cm from anus, couldn't tell how deep."), false));
    it('"deep" stays deep', () => assert.equal(deep('Sacral dimple, within cleft, 4 mm, 1 cm from anus, deep.'), true));
  });

  describe('a heavy school backpack is a mechanical load (back-pain-overuse)', () => {
    const CASES: [string, string][] = [
      ['10 yo F, back pain from heavy school backpack x 10 days. Ruled out: no fever, no weight loss, no night pain, no radiation. Neuro exam WNL.', 'back-pain-overuse'],
      ['10 yo F, back pain x 10 days, her school bag is very heavy. Neuro exam WNL.', 'back-pain-overuse'],
      // Red flags still come first; a denied load is none.
      ['10 yo F, back pain x 10 days, fever, night pain. Uses a heavy school backpack. Neuro exam WNL.', 'back-pain-red-flags'],
      ['10 yo F, back pain x 10 days, no heavy school backpack. Neuro exam WNL.', 'back-pain-no-red-flags'],
    ];
    for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(readNote(line, 'Order: XR lumbar spine').scenario, want));
  });
});
