/**
 * Round 51 (fix51d): a prior spinal US told "Prev" (the short form of previous), a run-on note's study ending at its result,
 * and vellus or lanugo hair (normal hair, no tuft). Each with the look-alikes that
 * must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { readNote, presentIn } from '../helpers';

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
    // Near-misses of review r51 (probes 013 025 027 034 036 039): "Prev" only right before the study, never after a relative,
    // before an antenatal US, nor with a queried or unreported one.
    'Prev GP letter: please arrange US spine.',
    'Prev seen by GP who queried need for US spine.',
    'Brother - prev US spine normal.',
    'Twin prev spinal US normal.',
    'Prev antenatal US normal.',
    'Prev US spine awaiting report.',
    'Prev US spine? - mum unsure if done.',
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
    // Near-miss of review r51 (probe 056): a relative before the study in its clause.
    'Presentation: hair tuft low back twin had spinal us at birth normal now pls order ct lumbar spine',
  ])
    it(`"${line}" reads no prior US`, () => assert.equal(priorUs('Age: 3 y', line), 'none'));
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
