/**
 * Round 51 (fix51d): a prior spinal US told "Prev" (the short form of previous), a run-on note's study ending at its result,
 * recurrent UTIs counted in a recent span, and vellus or lanugo hair (normal hair, no tuft). Each with the look-alikes that
 * must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { readNote, presentIn, categoryPresentIn } from '../helpers';

const priorUs = (...lines: string[]) => readNote(...lines).facts.prior.find((p) => p.modality === 'US')?.result ?? 'none';
const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
const infant = 'Age: 5 mo';

describe('r51: "Prev" before a study tells it done, as "Previous" does', () => {
  for (const [line, result] of [
    ['Presentation: reddish discoloration over sacrum. Prev US spine (regional) - cord poorly seen, reported indeterminate.', 'indeterminate'],
    ['Presentation: sacral dimple. Prev US spine normal.', 'normal'],
    ['Presentation: sacral dimple. Prev US spine: conus at L3, thick filum.', 'abnormal'],
    ['Presentation: sacral dimple. Prev spinal US at 2 wk showed low conus.', 'abnormal'],
  ] as const)
    it(`"${line}" reads a ${result} prior US`, () => assert.equal(priorUs(infant, line), result));
  for (const line of [
    'Presentation: sacral dimple. No prev US spine.',
    "Presentation: sacral dimple. Sister's prev US spine normal.",
    'Presentation: sacral dimple. Prev MRI head normal.',
    'Presentation: sacral dimple. If prev US spine normal, no further imaging.',
    'Presentation: sacral dimple. Prev US spine requested but not done.',
    'Presentation: sacral dimple. Prev US hips normal.',
  ])
    it(`"${line}" reads no prior spinal US`, () => assert.equal(priorUs(infant, line), 'none'));
  it('a study after "Prev" is not the order now ("Prev US spine normal. Order: MRI lumbar spine")', () =>
    assert.equal(orderOf(infant, 'Presentation: sacral dimple. Prev US spine normal.', 'Order: MRI lumbar spine without contrast'), 'mri-area-without'));
});

describe("r51: a run-on note's study ends at its result", () => {
  for (const [line, result] of [
    ['Presentation: 3yo w hair tuft low back had spinal us as newborn normal now dad wants more imaging pls order ct lumbar spine thx', 'normal'],
    ['Presentation: hair tuft low back had spinal us as newborn normal pls order ct lumbar spine', 'normal'],
    ['Presentation: dimple spinal us at birth abnormal now pls order mri lumbar spine', 'abnormal'],
    ['Presentation: dimple spinal us at birth nl so mri now', 'normal'],
  ] as const)
    it(`"${line}" reads a ${result} prior US`, () => assert.equal(priorUs('Age: 3 y', line), result));
  for (const line of [
    'Presentation: dimple spinal us requested hopefully normal now pls book thx',
    'Presentation: dimple sister had spinal us normal now pls order us spine thx',
    'Presentation: dimple if spinal us normal now discharge pls order us spine',
    'Presentation: dimple spinal us not done neuro normal now pls order us spine',
    'Presentation: dimple spinal us declined by parents normal now pls order us spine',
    'Presentation: dimple plan spinal us if normal so discharge',
    'Presentation: dimple spinal us at birth ?normal now pls order mri',
    'Presentation: dimple would like spinal us normal now so pls order',
  ])
    it(`"${line}" reads no prior US`, () => assert.equal(priorUs('Age: 3 y', line), 'none'));
});

describe('r51: recurrent UTIs counted in a recent span are a urologic symptom', () => {
  const uro = (s: string) => categoryPresentIn('urologic-symptom', 'Age: 2 y', `Presentation: sacral dimple 3 mm. ${s}`);
  for (const s of [
    'New: three culture-proven UTIs in the last 4 months.',
    '3 febrile UTIs in the past 6 months.',
    'Weight 12 kg, 2 UTIs in the last 3 months.',
    'Four confirmed UTIs in the past 8 weeks.',
  ])
    it(`"${s}" is a urologic symptom`, () => assert.ok(uro(s)));
  for (const s of [
    'One UTI in the last 4 months.',
    '1 UTI in the last year.',
    '2 UTIs in the past, none for 2 years.',
    '3 UTIs in the past as a neonate.',
    '3 UTIs in the last 2 years.',
    'No UTIs in the last 6 months.',
    'Mum has had 3 UTIs in the last year.',
    'Sister: 3 UTIs in the last year.',
    'If 3 UTIs in the last 6 months, refer to urology.',
    'Denies UTIs in the last 2 years.',
    'Twin brother had 2 UTIs in the past year.',
    '2 negative urine dipsticks for UTIs in the last week.',
  ])
    it(`"${s}" is no urologic symptom`, () => assert.ok(!uro(s)));
});

describe('r51: vellus or lanugo hair is normal hair, no tuft', () => {
  const tuft = (s: string) => presentIn('hair-tuft', 'Age: 6 y', `Exam: ${s}`);
  for (const s of ['fine vellus hair only – no hypertrichosis, no dimple; skin normal.', 'vellus hair over sacrum.', 'Lanugo hair over the back, normal for age.'])
    it(`"${s}" is no hair tuft`, () => assert.ok(!tuft(s)));
  for (const s of [
    'tuft of vellus hair over sacrum.',
    'patch of long dark hair over sacrum, surrounding vellus hair normal.',
    'hypertrichosis over L5, vellus hair elsewhere.',
    'hairy patch over sacrum.',
    'dense vellus hair patch over the lumbosacral region, 3 cm.',
  ])
    it(`"${s}" is still a hair tuft`, () => assert.ok(tuft(s)));
});

describe("r51: a numbered list's next item mark on the same line ends a scope", () => {
  const hs = 'Exam: hypertrichosis patch at S1, neuro normal.';
  const referred = (plan: string) => readNote('Age: 18 months', hs, `Plan: ${plan}`).facts.referral.neurosurgery;
  for (const plan of ['1) MRI lumbar spine w/o  2) referral to paediatric neurosurgery sent today', '1) MRI L-spine without contrast 2) NSGY referral made today'])
    it(`"Plan: ${plan}" reads the referral made`, () => assert.equal(referred(plan), true));
  for (const plan of [
    '1) MRI lumbar spine w/o  2) no referral to neurosurgery yet',
    '1) MRI lumbar spine w/o  2) referral to neurosurgery if MRI abnormal',
    'MRI lumbar spine w/o 2) referral to neurosurgery',
    '1) no MRI or neurosurgery referral needed 2) review in 3 months',
    '1) MRI lumbar spine w/o  2) discussed neurosurgery, parents declined',
  ])
    it(`"Plan: ${plan}" reads no referral`, () => assert.equal(referred(plan), false));
  it('"Exam: 1) no dimple 2) hair tuft over sacrum": the tuft of item 2 is not denied', () =>
    assert.ok(presentIn('hair-tuft', 'Age: 18 months', 'Exam: 1) no dimple 2) hair tuft over sacrum')));
  it('"Exam: no dimple (x2) hair tuft": a bracket\'s number is no item mark', () => assert.ok(!presentIn('hair-tuft', 'Age: 18 months', 'Exam: no dimple (x2) hair tuft.')));
  it('"Exam: no dimple or tuft, L2) hair": a level is no item mark', () => assert.ok(!presentIn('hair-tuft', 'Age: 18 months', 'Exam: no dimple or tuft, L2) hair.')));
});
