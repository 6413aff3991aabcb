/**
 * An ex-preterm infant's chronological age told beside a corrected one (r52, fix52a; clinical/chronological-age.ts,
 * age-vocabulary.json chronologicalAge). Neonatal follow-up notes write both ages; the rules are judged on the
 * chronological one, which is read where the note names it so ("27/52 chronological", "30 mo chrono", "6 mo actual age"),
 * where it stands plainly before a corrected one after the gestation ("ex-31/40, 5 mo (3 mo corr)"), as a day of life
 * beside a postmenstrual age on the heading line ("PMA 40+3 (DOL 84)"), and before a bracket saying only that the child
 * was born at term ("7 mo (term)"). Near misses: a gestation or a corrected age alone, a past time, another person's age,
 * "chronological order", a plan, a study dated by the day.
 */
import * as assert from 'node:assert/strict';
import { ageOf, DAY, near, WEEK } from '../helpers';

const ORDER = 'Plan: US spine requested';

describe('the chronological age beside a corrected one (r52)', () => {
  it('reads the age the word after it names chronological', () => {
    for (const [hpi, months] of [
      ['Neonatal FU: ex-29/40, now 16/52 corrected (27/52 chronological). Deep sacral dimple.', 27 * WEEK],
      ['Neonatal FU: ex-26/40, 30 mo chrono. Deep sacral dimple.', 30],
      ['Neonatal FU: 5 mo chronological (3 mo corrected), deep sacral dimple.', 5],
      ['Neonatal FU: 5 mo actual age, 3 mo corrected. Deep sacral dimple.', 5],
      ['Seen today at 2 years corrected age (2 years 3 months chronological). Deep sacral dimple.', 27],
      ['Infant follow-up - ex-27+2/40, corrected 4 mo (6 mo chronologic). Hairy patch over sacrum.', 6],
      ['Neonatal FU: ex-30/40, 16/52 corrected (27/52 chronological), weight 6 kg. Deep sacral dimple.', 27 * WEEK],
    ] as const)
      near(ageOf(hpi, ORDER), months, hpi);
  });

  it('reads the plain age after the gestation when a corrected age follows it in its own bracket', () => {
    near(ageOf('Clinic FU: ex-31/40, 5 mo (3 mo corr). Deep sacral dimple.', ORDER), 5, 'ex-31/40, 5 mo (3 mo corr)');
    near(ageOf('Clinic FU: ex-28/40, 9 mo (6 mo corrected), hair tuft at L5.', ORDER), 9, 'ex-28/40, 9 mo (6 mo corrected)');
  });

  it('reads a day of life beside a postmenstrual or corrected age on the heading line', () => {
    near(ageOf('SCBU WR - BG Lindqvist, ex-28+3/40, PMA 40+3 (DOL 84)', 'Hair tuft and dimple.', 'Plan: MRI L-spine requested'), 84 * DAY, 'PMA (DOL 84)');
    near(ageOf('NNU WR - BB Ahmed, ex-27/40, CGA 38+2 (day of life 60)', 'Hair tuft and dimple.', 'Plan: MRI L-spine requested'), 60 * DAY, 'CGA (day of life 60)');
  });

  it('reads an age before a bracket saying only the child was born at term', () => {
    near(ageOf('Neonatal clinic', '7 mo (term). Large lumbosacral haemangioma.', 'Plan: MRI L-spine requested'), 7, '7 mo (term)');
    near(ageOf('Vascular anomalies clinic', '9 mo (born at term). Sacral haemangioma.', 'Plan: MRI L-spine requested'), 9, '9 mo (born at term)');
  });

  it('never reads a gestation, a corrected age alone, a past time, another person or another sense of the word', () => {
    for (const hpi of [
      'Neonatal FU: ex-29/40. Deep sacral dimple.',
      'Neonatal FU: 24+3/40 baby. Deep sacral dimple.',
      'Neonatal FU: ex-29/40, now 16/52 corrected. Deep sacral dimple.',
      'Neonatal FU: her spinal US at 3 mo corrected (5 mo chrono) was normal. Deep sacral dimple.',
      'Neonatal FU: US at 5 mo chrono was normal. Deep sacral dimple.',
      'Neonatal FU: dimple present since 2 mo chrono. Deep sacral dimple.',
      'Neonatal FU: if still present at 6 mo chrono, refer. Deep sacral dimple.',
      'Neonatal FU: her twin sister, 6 mo chrono, had a normal US. Deep sacral dimple.',
      'Neonatal FU: brother 3 y chronological. Deep sacral dimple.',
      'Neonatal FU: problems over 3 mo chronological order. Deep sacral dimple.',
      'Neonatal FU: 5 mo actual weight gain good. Deep sacral dimple.',
      'Neonatal FU: plan review at 6 mo chrono. Deep sacral dimple.',
      'When Sam was 2 years corrected age (2 years 3 months chronological) his US was normal. Deep sacral dimple.',
      'At 2 years corrected age (2 years 3 months chronological) his US was normal. Deep sacral dimple.',
    ])
      assert.equal(ageOf(hpi, ORDER), undefined, hpi);
  });

  it('never reads the plain age with a corrected one when the bracket leaves the clause open, nor a duration', () => {
    for (const hpi of [
      'Clinic FU: ex-31/40, 5 mo (3 mo corr) at the time of the US. Deep sacral dimple.',
      'Clinic FU: ex-31/40, US at 5 mo (3 mo corr) was normal. Deep sacral dimple.',
      'Clinic FU: ex-31/40, for 5 mo (3 mo corr). Deep sacral dimple.',
    ])
      assert.equal(ageOf(hpi, ORDER), undefined, hpi);
  });

  it('never reads a day beside a gestation at birth, a study dated by it, or off the heading line', () => {
    for (const lines of [
      ['SCBU WR - BG Lindqvist, ex-28+3/40 (DOL 84)', 'Hair tuft and dimple.'],
      ['SCBU WR - BG Lindqvist, ex-28+3/40, GA 28 (DOL 84)', 'Hair tuft and dimple.'],
      ['SCBU WR - BG Lindqvist, ex-28+3/40', 'Spinal USS at PMA 36 (DOL 40): limited.'],
      ['SCBU WR - BG Lindqvist', 'US done, PMA 36 (DOL 40).'],
      ['SCBU WR - BG Lindqvist', 'Noted at PMA 34 (DOL 30), sacral dimple.'],
      ['SCBU WR - BG Lindqvist', 'Previous US: PMA 36 (DOL 40).'],
    ])
      assert.equal(ageOf(...lines, 'Plan: MRI L-spine requested'), undefined, lines.join(' / '));
  });

  it('never reads an age before a bracket of anything else but term birth', () => {
    for (const lines of [
      ['Neonatal clinic', 'Pain for 7 mo (term). Sacral haemangioma.'],
      ['Neonatal clinic', '7 mo (preterm). Sacral haemangioma.'],
      ['Neonatal clinic', '7 mo (term pregnancy). Sacral haemangioma.'],
      ['Neonatal clinic', 'Born 7 mo (term) ago. Sacral haemangioma.'],
    ])
      assert.equal(ageOf(...lines, 'Plan: MRI L-spine requested'), undefined, lines.join(' / '));
  });

  it('lets the Age key win over a chronological age in the text', () => {
    near(ageOf('Age: 8 months', 'ex-26/40, 30 mo chrono. Deep sacral dimple.', ORDER), 8, 'Age key');
    near(ageOf('Age: 8 months', 'ex-29/40, now 5 mo corrected (27/52 chronological). Deep sacral dimple.', ORDER), 8, 'Age key');
  });
});
