/**
 * A line keyed by the parent or carer who tells the child's story, its value naming the child ("Mother: baby has had fever
 * 38.5 x 2 d", "Mom: he fell off the change table"), is the child's history as the parent tells it; it was dropped whole as an
 * unknown key, and the fever or fall with it. A parent's own history ("Mother: scoliosis", "Mother: she has a sacral dimple
 * too", "Dad: had a discectomy at 30", "Mom: 32 yo G2P2") stays unread, with its unknown-key hint. A dimple or pit that is
 * red and leaking, or its infection named, is a suspected infection; "no signs of infection", "return if signs of infection"
 * are not.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (r: ReturnType<typeof readNote>, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);
const read = (line: string) => readNote('Age: 2 months', 'Sex: M', 'Exam: sacral dimple 4 mm in cleft', line, 'Plan: US spine');

describe('r40: a parent-keyed line naming the child is the child history', () => {
  const TOLD: [string, string][] = [
    ['Mother: baby has had fever 38.5 x 2 d', 'fever'],
    ['Dad: infant feverish since last night', 'fever'],
    ['Mum: the baby has been feverish 39C since yesterday', 'fever'],
    ['Grandma: baby had fever 38.9 overnight', 'fever'],
    ['Parent: infant has had weight loss', 'weight-loss'],
    ['Mom: he fell off the change table, about 1 m, onto tiles', 'trauma'],
    ['Caregiver: child fell down 10 stairs', 'trauma'],
  ];
  for (const [line, id] of TOLD)
    it(line, () => {
      const r = read(line);
      assert.ok(present(r, id));
      assert.ok(!r.rules.includes('unknown-key'));
    });
  it('the fever takes the infant out of the skin-marker scenario', () => assert.notEqual(read('Mother: baby has had fever 38.5 x 2 d').scenario, 's1-cutaneous-marker'));

  const OWN = [
    'Mother: scoliosis',
    'Mother: she has a sacral dimple too',
    'Dad: had a discectomy at 30',
    'Mom: 32 yo G2P2',
    'Mother: spina bifida',
    'Dad: he had back surgery for a tumour',
    'Mother: had fever herself last week',
    'Brother: he had fever last week',
  ];
  for (const line of OWN)
    it(`${line} (the parent's own)`, () => {
      const r = read(line);
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.ok(r.rules.includes('unknown-key'));
    });
  it('FHx: Mother: spina bifida stays family history', () => assert.equal(read('FHx: Mother: spina bifida').scenario, 's1-cutaneous-marker'));
  it('a negated fever told by the parent stays negated', () => assert.ok(!present(read('Mother: baby has had no fever'), 'fever')));
});

describe('r40: a suspected infection of a skin opening', () => {
  const readHx = (hx: string) => readNote('Age: 2 months', 'Sex: M', `HPI: ${hx}`, 'Plan: US spine');
  const SUSPECTED = [
    'the pit at top of his bum crack is red and leaking yellowish fluid since this morning. Temp 38.4 rectal.',
    'dimple red and leaking, temp 38.5',
    'infected pit over sacrum',
    'infected sinus tract at L5',
  ];
  for (const hx of SUSPECTED) it(hx, () => assert.ok(present(readHx(hx), 'suspected-infection-tumor')));
  const NOT = [
    'sacral dimple, no signs of infection',
    'no signs of infection of the dimple.',
    'sacral dimple 3 mm. Return if signs of infection of the pit.',
    'sacral dimple 3 mm, UTI last month',
    'sacral dimple 3 mm, ear infection',
    'dimple not red, not leaking',
    // Review of r40: a sinus of the face, and a parent's worry the exam answers, are no suspected infection of the spine.
    'infection of the maxillary sinus, LBP x 1 wk',
    'sacral dimple, mom worried about infection in the dimple, looks clean, no erythema',
  ];
  for (const hx of NOT) it(hx, () => assert.ok(!present(readHx(hx), 'suspected-infection-tumor')));
});

describe("r40: a prior US verdict at the filum's threshold", () => {
  const priorOf = (us: string) => {
    const r = readNote(
      'Patient 7 months, female.',
      'Sacral dimple, diameter approx 5 mm, inside the gluteal cleft.',
      `Spinal ultrasound done at 1 month of age in other hospital: ${us}`,
      'Neuro exam normal.',
      'Now I request MRI of lumbosacral spine without contrast.',
    );
    const p = r.facts.prior[0];
    return p ? `${p.modality}:${p.result}` : 'none';
  };
  const INDETERMINATE = [
    'conus L2, filum 2 mm, reported as indeterminate, no mass.',
    'conus L2, filum 2 mm, reported as indeterminate but no tethering seen.',
    'conus L2, filum 2 mm, reported as normal, not indeterminate.',
  ];
  for (const us of INDETERMINATE) it(us, () => assert.equal(priorOf(us), 'US:indeterminate'));
  const ABNORMAL = [
    'conus L2, filum 2 mm, reported as indeterminate, small cyst.',
    'conus L2, filum 2 mm - not indeterminate.',
    'conus L2, filum 3 mm, reported as normal.',
    'conus at L3, filum 2 mm, reported as normal.',
    'conus L2, filum 2 mm, normal conus position.',
    'conus L2, filum 2 mm - not equivocal, definitely thickened.',
  ];
  for (const us of ABNORMAL) it(us, () => assert.equal(priorOf(us), 'US:abnormal'));
});
