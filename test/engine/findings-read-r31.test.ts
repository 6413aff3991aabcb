/**
 * Findings as the round-31 held-out clinicians wrote them: a gluteal or natal cleft that veers, deviates or sits
 * off midline is deviated (the cleft named: not a cleft palate; "curves" is no deviation, a cleft curves normally); a coloured patch ("bluish-purple patch") is a discoloration; toe walking on one side, a smaller
 * foot and a wasted calf are orthopedic signs; a leg that "moves less" is weakness;. A normal neurologic statement told by a parent
 * stays no exam ("normal per mum and on my brief exam" is not read as the writer's: a reading that could not yet tell
 * what follows the exam was taken out). Each beside the near-misses it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (r: ReturnType<typeof readNote>, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);

describe('r31: a gluteal cleft that veers', () => {
  const DEVIATED = [
    'a dimple and a gluteal cleft that veers to the right',
    'natal cleft veers to the left below the dimple',
    'natal cleft is off midline at S4',
    'gluteal cleft skewed to the right',
    'asymmetrical gluteal cleft',
  ];
  for (const skin of DEVIATED) it(skin, () => assert.ok(present(readNote('Age: 18 months', `Skin: ${skin}`, 'Order: US spine'), 'deviated-cleft')));
  const NOT = [
    'the line veers to the right on the growth chart; sacral dimple',
    'gluteal cleft straight and midline, no dimple',
    'No gluteal cleft that veers or dimple',
    'cleft palate repaired; the scar veers to the left',
    'cleft lip, the nose veers to the right',
    'gluteal cleft curves slightly, within normal limits',
    'gluteal cleft curves normally',
  ];
  for (const skin of NOT) it(skin, () => assert.ok(!present(readNote('Age: 18 months', `Skin: ${skin}`, 'Order: US spine'), 'deviated-cleft')));
});

describe('r31: a coloured patch is a discoloration', () => {
  it('"hair tuft over upper sacrum w/ a bluish-purple patch around it"', () => {
    const r = readNote('Pt: 7 wk M', 'Skin: hair tuft over upper sacrum w/ a bluish-purple patch around it', 'Neuro: nl');
    assert.ok(present(r, 'discoloration'));
    assert.ok(present(r, 'hair-tuft'));
  });
  it('a denied patch is none', () => assert.ok(!present(readNote('Pt: 7 wk M', 'Skin: hair tuft over the sacrum, no purple patch or dimple'), 'discoloration')));
});

describe('r31: toe walking on one side, a smaller foot and a wasted calf', () => {
  const ORTHO = [
    'he walks on his right toes',
    'the right foot looks smaller than the left',
    'mild wasting of the right calf',
    'she has become a toe walker',
    'smaller left foot noted by parents',
  ];
  for (const hpi of ORTHO) it(hpi, () => assert.ok(present(readNote('Age: 14 months', `HPI: lipoma over the sacrum; ${hpi}`, 'Order: MRI lumbar spine'), 'foot-deformity')));
  const NOT = ['no wasting of either calf', 'feet equal in size, no toe walking'];
  for (const hpi of NOT) it(hpi, () => assert.ok(!present(readNote('Age: 14 months', `HPI: lipoma over the sacrum; ${hpi}`, 'Order: MRI lumbar spine'), 'foot-deformity')));
});

describe('r31: a leg that moves less is weakness', () => {
  it('"Mum says the L leg moves less than the R for 2 wks"', () =>
    assert.ok(present(readNote('3 mo F, midline lumbosacral lipoma approx 3 cm. Mum says the L leg moves less than the R for 2 wks. Order spinal US.'), 'weakness')));
  it('neither leg moving less is none', () => assert.ok(!present(readNote('HPI: 3 mo, lipoma. Neither leg moves less than the other.', 'Order: US spine'), 'weakness')));
});

describe("r31: a parent's normal neurologic report stays no exam", () => {
  const neuro = (line: string) =>
    readNote('Age: 2 years. Small midline ostium at L5, consistent with dermal sinus tract.', line, 'We have requested MRI lumbar spine with contrast.').facts.neuro.state;
  const NOT = [
    'Neurologically normal per mum.',
    'Neurologically normal per mum and not examined.',
    'Neurologically normal per mum and exam deferred.',
    'Neurologically normal per mum and on my exam, if he cooperates.',
    'Neurologically normal per mum and on my exam? to confirm.',
    'Neurologically normal per mum and on my exam tomorrow.',
  ];
  for (const line of NOT) it(line, () => assert.notEqual(neuro(line), 'normal'));
});
