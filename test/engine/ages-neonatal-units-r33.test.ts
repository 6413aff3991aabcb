/**
 * Ages as neonatal units give them (round 33).
 *
 * A day of life on a ward-round or discharge line: after the baby's name written in capitals ("Baby boy OKAFOR, DOL 9"),
 * after the baby's description and how it was born ("Term male, SVD, DOL 3, BF established"), and before the baby's
 * description with its corrected age ("NNU ward round - DOL 21, term baby (CGA 42+2), admitted with …": the admission is the
 * baby's story, not dated by the day). The corrected age is never read as the age.
 */
import * as assert from 'node:assert/strict';
import { ageOf, DAY, near, readNote } from '../helpers';

describe('a day of life on a neonatal unit’s lines (r33)', () => {
  it('reads the day after the baby’s name written in capitals', () => {
    near(
      ageOf('NNU ward round - Bay 2, cot 4', 'Baby boy OKAFOR, DOL 9, born 31+4 (CGA 32+6), BW 1.62kg, today 1.71kg', 'Sacral dimple, single, 3 mm. Plan: spinal US.'),
      9 * DAY,
      'Baby boy OKAFOR, DOL 9',
    );
    near(ageOf('NNU ward round', 'Baby girl NWOSU, day 6 of life.', 'Hair tuft over the sacrum. Plan: spinal US.'), 6 * DAY, 'Baby girl NWOSU, day 6 of life');
  });

  it('reads the day after the baby’s description and how it was born', () => {
    for (const [line, days] of [
      ['Term male, SVD, DOL 3, BF established, jaundice not requiring tx.', 3],
      ['Baby girl, LSCS, day 2 of life. Sacral dimple.', 2],
      ['Preterm female, EMCS, breech, D5 of life, on CPAP.', 5],
      ['Term male, DOL 4.', 4],
    ] as const) {
      near(ageOf('DISCHARGE SUMMARY - postnatal ward', line, 'Newborn exam: sacral dimple. Plan: spinal US.'), days * DAY, line);
    }
  });

  it('reads the day before the baby’s description, an event after the description being the baby’s story', () => {
    near(
      ageOf(
        'NNU ward round - DOL 21, term baby (CGA 42+2), admitted with feeding difficulty, now full oral feeds.',
        'Issues: punched-out area of absent skin over lumbar midline (aplasia cutis)',
        'Plan: MRI lumbar spine w/o contrast',
      ),
      21 * DAY,
      'DOL 21, term baby (CGA 42+2), admitted …',
    );
  });

  it('fires the young infant’s rule on the day so read', () => {
    const r = readNote(
      'NNU ward round - DOL 21, term baby (CGA 42+2), admitted with feeding difficulty, now full oral feeds.',
      'Issues: punched-out area of absent skin over lumbar midline (aplasia cutis)',
      'Plan: MRI lumbar spine w/o contrast',
    );
    assert.ok(r.rules.includes('mri-first-in-young-infant'), r.rules.join(','));
    assert.ok(!r.rules.includes('missing-age'), r.rules.join(','));
  });

  it('never reads a day of something else, an event’s day or another person’s', () => {
    for (const lines of [
      ['DISCHARGE SUMMARY - postnatal ward', 'Term male, day 3 of antibiotics, sacral dimple. Plan: spinal US.'],
      ['Ward round', 'Baby girl, D3 post-op, sacral dimple. Plan: spinal US.'],
      ['Ward round', 'Term baby, POD 2, sacral dimple. Plan: spinal US.'],
      ['Ward round', 'Term female, hospital day 2, sacral dimple. Plan: spinal US.'],
      ['Ward round', 'Term baby, day 10 of illness, sacral dimple. Plan: spinal US.'],
      ['DISCHARGE SUMMARY - postnatal ward', 'Term male, SVD, DOL 3 US normal, sacral dimple. Plan: spinal US.'],
      ['DISCHARGE SUMMARY - postnatal ward', 'Mother, SVD, DOL 3, sacral dimple. Plan: spinal US.'],
      ['Ward round', 'Sibling: term male, SVD, DOL 3, died.', 'Baby girl, sacral dimple. Plan: spinal US.'],
      ['Ward round', 'Spinal US, DOL 3, term baby, normal. Sacral dimple. Plan: MRI spine.'],
      ['Ward round', 'Phototherapy started DOL 3, term baby, admitted with jaundice. Sacral dimple. Plan: spinal US.'],
      ['Ward round - US DOL 21, term baby (CGA 42+2), normal', 'Issues: aplasia cutis over lumbar midline', 'Plan: MRI lumbar spine w/o contrast'],
      ['Ward round', 'Baby boy NICU, DOL 3.', 'Sacral dimple. Plan: spinal US.'],
    ]) {
      assert.equal(ageOf(...lines), undefined, lines.join(' / '));
    }
  });

  it('never reads the corrected or gestational age as the age', () => {
    assert.equal(ageOf('NNU ward round', 'Baby boy OKAFOR, CGA 32+6, born 31+4. Sacral dimple. Plan: spinal US.'), undefined);
    assert.equal(ageOf('NNU ward round', 'Baby boy OKAFOR, PMA 34+1. Sacral dimple. Plan: spinal US.'), undefined);
  });

  it('reads no day of the past: on a discharge, history or summary line, or with the discharge told after it (r33 mend)', () => {
    for (const lines of [
      ['Discharge summary - DOL 5, term baby, discharged home.', 'GP referral: tuft at L5 and a dimple 6 mm above the cleft.'],
      ['Neonatal hx - DOL 2, term baby, admitted with jaundice, phototherapy.', 'Tuft at L5.'],
      ['Term male, SVD, DOL 3, discharged home. Tuft at L5.'],
      ['Term male, SVD, DOL 3, discharged home.', 'GP letter 6 weeks later: dimple 6 mm above the cleft.'],
      ['Neonatal summary - DOL 4, term baby, discharged home.', 'Referred by GP for a dimple 6 mm above the cleft.'],
      ['Discharge summary: DOL 5, term baby (CGA 40+5), discharged home. Clinic letter: now 6 months, dimple 6 mm above the cleft.'],
    ]) {
      const r = readNote(...lines, 'Order: MRI L-spine');
      // No age of days: none at all, or the age told elsewhere ("now 6 months").
      assert.ok(r.facts.age === undefined || r.facts.age.months > 1, lines.join(' / '));
      if (r.facts.age === undefined) assert.ok(!r.rules.includes('mri-first-in-young-infant'), lines.join(' / '));
    }
  });

  it('still reads a day of life with a corrected age or the gestation at birth in brackets after it (r33 mend)', () => {
    for (const line of ['Preterm female, EMCS, DOL 12 (CGA 34+1)', 'Preterm female, SVD, DOL 12 (born 32+3)', 'Preterm male, DOL 12 (PMA 33+2)']) {
      near(ageOf(line, 'Dimple 6 mm above the cleft.', 'Order: US spine'), 12 * DAY, line);
    }
  });

  it('reads the day on a postnatal discharge summary that tells no discharge done (r33 mend)', () => {
    near(
      ageOf(
        'DISCHARGE SUMMARY - postnatal ward',
        'Term male, SVD, DOL 3, BF established, jaundice not requiring tx.',
        'Newborn exam: simple sacral dimple.',
        'Plan: No spinal imaging required.',
      ),
      3 * DAY,
      'DOL 3, BF established',
    );
  });
});
