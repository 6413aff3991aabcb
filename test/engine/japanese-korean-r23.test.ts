/**
 * Very terse English notes by Japanese- and Korean-trained writers (r23-jpkr): "6 sai M" (歳, years), "L-spine Xp 2R" (an
 * X-ray photograph, two views), "Th-L spine" (thoracic levels written Th), "ATR: decreased L" (Achilles tendon reflex
 * keyed on its own line), "anus から 1cm" (from the anus). Each with the near-misses that must not change, and the
 * probes of the branch's review ("Room 12 Sai", "0歳11ヶ月", "KUB Xp", "neuro n.p. (not performed)", a relative's tone).
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const ageOf = (...lines: string[]) => readNote(...lines).facts.age?.months ?? null;
const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const neuroOf = (...lines: string[]) => readNote(...lines).facts.neuro.state;
const rulesOf = (...lines: string[]) => readNote(...lines).rules;

describe('Japanese- and Korean-trained writers: ages, studies, terse exam words (r23-jpkr)', () => {
  it('"N sai" is the age in years', () => {
    assert.equal(ageOf('6 sai M', 'LBP 2wk', '→ L-spine MRI'), 72);
    assert.equal(ageOf('3 sai', 'back pain x 2 days', '→ L-spine MRI'), 36);
    assert.equal(ageOf('Pt: 12 sai F', 'LBP 3 wk'), 144);
    // In the writer's own script: Korean 세 / 살, Japanese 歳 / 才.
    assert.equal(ageOf('7세 M', 'LBP 2wk', '→ L-spine Xp'), 84);
    assert.equal(ageOf('7세 남아', 'LBP 2wk', '→ L-spine Xp'), 84);
    assert.equal(ageOf('6歳 男児', 'LBP 2wk', '→ L-spine Xp'), 72);
  });

  it('near-misses: a relative\'s "sai", a past age and a note without one read no age of the child from them', () => {
    assert.equal(ageOf('back pain', 'brother 12 sai', '→ L-spine MRI'), null);
    assert.equal(ageOf('10 mo M', 'back pain since 3 sai', '→ L-spine MRI'), 10);
    assert.equal(ageOf('5 sai M', 'Mother 35 sai', '→ L-spine MRI'), 60);
    assert.equal(ageOf('5세 M', 'Mother 35세', '→ L-spine MRI'), 60);
    // "1세대" is a generation, never an age.
    assert.equal(ageOf('LBP 1세대', '→ L-spine Xp'), null);
  });

  it('"Xp" is a radiograph of the spine it names; "Th-L" and "Th" name the thoracic spine', () => {
    assert.equal(orderOf('6 sai M', 'LBP 2wk', '→ L-spine Xp 2R'), 'xr-area');
    assert.equal(orderOf('9y F', 'back pain after fall from 3m', '→ Th-L spine Xp 2R, urgent'), 'xr-area');
    assert.equal(orderOf('9y F', 'back pain after fall from 3m', '→ Th spine Xp'), 'xr-area');
    assert.equal(orderOf('9y F', 'back pain after fall from 3m', '→ Th-L spine MRI plain'), 'mri-area-without');
    assert.equal(orderOf('6y M', 'LBP 2wk', 'Plan: XP lumbar spine AP/lat'), 'xr-area');
  });

  it('near-misses: "sai" as a name, a capitalised "Sai" and months in the own script read no wrong age (review r23-jpkr)', () => {
    assert.equal(ageOf('Room 12 Sai, 4 mo F', 'sacral dimple 3mm, within gluteal cleft, 1 cm from anus', 'Plan: spinal US'), 4);
    assert.equal(ageOf('Twin 2 Sai, 14 mo, sacral dimple 3mm', 'Plan: spinal US'), 14);
    assert.equal(ageOf('Pt 3 SAI, age 11', 'back pain 3 wk', 'Plan: L-spine MRI'), 132);
    assert.equal(ageOf('Sai, 6, back pain', 'Plan: L-spine MRI'), 72);
    assert.equal(ageOf('MRN 4471 Sai Kumar, 12 y', 'back pain', 'Plan: L-spine MRI'), 144);
    assert.equal(ageOf('6 sai 3 mo M', 'LBP 2wk', '→ L-spine Xp'), 75);
    assert.equal(ageOf('6 sai', 'LBP 2wk', '→ L-spine Xp'), 72);
    assert.equal(ageOf('6 sai boy, LBP 2wk', '→ L-spine Xp'), 72);
    // "0歳11ヶ月" is 11 months: never read as 0 (no age rather than a wrong one).
    assert.notEqual(ageOf('0歳11ヶ月 女児', 'sacral dimple 2mm', '→ spinal US'), 0);
    assert.notEqual(ageOf('1歳6ヶ月 男児', 'sacral dimple 2mm', '→ spinal US'), 12);
    assert.notEqual(ageOf('1세 6개월 남아', 'sacral dimple 2mm', '→ spinal US'), 12);
  });

  it('near-misses: a KUB or abdominal Xp orders no spine radiograph (review r23-jpkr)', () => {
    assert.equal(orderOf('8y M', 'LBP 3wk, neuro normal', 'Plan: KUB Xp'), null);
    assert.equal(orderOf('8y M', 'LBP 3wk, neuro normal', 'Plan: abd Xp (KUB) for constipation'), null);
    assert.equal(orderOf('8y M', 'LBP 3wk, neuro normal', 'Plan: KUB XR'), null);
    assert.equal(orderOf('8y M', 'LBP 3wk, neuro normal', 'Plan: L-spine Xp'), 'xr-area');
  });

  it('near-misses: a chest Xp and an earlier spine Xp with its result order no spine radiograph', () => {
    assert.equal(orderOf('6y M', 'LBP 2wk', '→ chest Xp 2R'), null);
    assert.equal(orderOf('6y M', 'LBP 2wk', 'L-spine Xp (2024/01): normal', '→ L-spine MRI plain'), 'mri-area-without');
  });

  it('"n.p." and "np" tell no exam: in English notes they also mean "not performed" (review r23-jpkr)', () => {
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'neuro: n.p.', '→ L-spine MRI'), 'unknown');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'neuro: np', '→ L-spine MRI'), 'unknown');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'Exam: neuro n.p. (not performed, pt uncooperative)', '→ L-spine MRI'), 'unknown');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'Exam: neuro n.p. to see tomorrow', '→ L-spine MRI'), 'unknown');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'Consults: neuro np, ortho PA', '→ L-spine MRI'), 'unknown');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'neuro: np, pt crying, will reassess', '→ L-spine MRI'), 'unknown');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'Exam: reflexes np.', '→ L-spine MRI'), 'unknown');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'Neuro: NP', '→ L-spine MRI'), 'unknown');
    // A deficit told beside it still counts, and a normal exam in words still does.
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'neuro: np, ATR: decreased L', '→ L-spine MRI'), 'abnormal');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'neuro: normal', '→ L-spine MRI'), 'normal');
  });

  it('a line keyed by an exam item ("ATR:", "Ankle reflex:") is read with its key', () => {
    assert.equal(neuroOf('6 sai M', 'toe walking, recent', 'ATR: decreased L', '→ L-spine MRI (plain)'), 'abnormal');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'ATR: absent R', '→ L-spine MRI'), 'abnormal');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'ankle reflex: decreased L', '→ L-spine MRI'), 'abnormal');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'ATR decreased L', '→ L-spine MRI'), 'abnormal');
  });

  it('near-misses: a key that is not an exam item, or an exam item with no deficit, tells no abnormal exam', () => {
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'Neuro consult: decreased appetite', '→ L-spine MRI'), 'unknown');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'Ankle: decreased ROM', '→ L-spine MRI'), 'unknown');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'FHx: mother - ATR decreased', '→ L-spine MRI'), 'unknown');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'ATR: 2+/2+', '→ L-spine MRI'), 'unknown');
    // A relative's finding under an exam item's key is theirs (review r23-jpkr).
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'Neuro: normal', 'Tone: increased in sister with CP', '→ L-spine MRI'), 'normal');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'Neuro: normal', 'ATR: absent in father (CMT)', '→ L-spine MRI'), 'normal');
    assert.equal(neuroOf('6y M', 'LBP 2wk', 'Neuro: normal', 'Tone: increased L leg', '→ L-spine MRI'), 'abnormal');
  });

  it('"anus から 1cm" (from the anus) is the dimple\'s distance', () => {
    const simple = ['1m F', 'sacral dimple (+)', ' size 2mm, shallow, in gluteal cleft, anus から 1cm', ' hair(-) mass(-)', 'neuro: normal', '→ spinal US order'];
    assert.ok(rulesOf(...simple).includes('simple-dimple'));
    assert.ok(!rulesOf(...simple).includes('dimple-undescribed'));
    assert.ok(rulesOf('1m F', 'sacral dimple (+)', ' 2mm, in gluteal cleft, 肛門から1.5cm', 'neuro: normal', '→ spinal US order').includes('simple-dimple'));
  });

  it('near-misses: a far distance from the anus is no simple dimple; a distance not from the anus is none', () => {
    const far = rulesOf('1m F', 'sacral dimple (+)', ' 2mm, in gluteal cleft, anus から 3cm', '→ spinal US order');
    assert.ok(!far.includes('simple-dimple'));
    assert.ok(!far.includes('dimple-undescribed'));
    assert.ok(rulesOf('1m F', 'sacral dimple (+)', ' 2mm, in gluteal cleft, coccyx から 1cm', '→ spinal US order').includes('dimple-undescribed'));
  });
});
