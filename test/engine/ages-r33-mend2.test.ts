/**
 * Round 33's ages, second review's mends (review2-r33-ages items 1-3).
 *
 * A day of life in the baby's description ("Term male, SVD, DOL 3, BF established"), after the baby's name in capitals
 * ("Baby boy OKAFOR, DOL 9") or before the baby's description ("DOL 21, term baby (CGA 42+2), admitted …") is today's age
 * only in a note of a neonatal setting that tells no age or later time of the child's (age-vocabulary.json
 * dayOfLife.$commentNeonatalNote): elsewhere it is an older child's birth story, read as before the round. A header's visit
 * date settles an ambiguous DOB only right under the DOB's line or in the column beside it, never in a note telling a later
 * age. Each probe is the review's, and reads as the tree before round 33 read it.
 */
import * as assert from 'node:assert/strict';
import { ageOf, DAY, near, readNote } from '../helpers';

describe('a day of life in the baby’s description only in a neonatal note (r33 mend 2)', () => {
  it('reads the heading’s age over a birth line’s day (review item 1)', () => {
    for (const [head, months] of [
      ['7 month review', 7],
      ['Clinic letter - 8 months', 8],
    ] as const) {
      const r = readNote(head, 'Term male, SVD, DOL 3, BF established', 'Tuft at L5.', 'Order: US spine');
      near(r.facts.age?.months, months, head);
      assert.ok(r.rules.includes('ultrasound-window-closed'), `${head}: ${r.rules.join(',')}`);
    }
  });

  it('reads no day from a birth story going on to a later time, or under no neonatal setting (review item 2)', () => {
    for (const lines of [
      ['Term male, SVD, DOL 3, BF established, seen by GP at 4 months', 'Tuft at L5.'],
      ['Term male, SVD, DOL 3, jaundice, now presents with tuft at L5'],
      ['GP letter', 'Term male, SVD, DOL 3, BF established', 'Tuft at L5.'],
      ['Postnatal check 6 weeks', 'Term male, SVD, DOL 3, BF established', 'Tuft at L5.'],
      ['Neonatal discharge summary', 'Term male, SVD, DOL 3, BF established', 'Tuft at L5.'],
      ['Term male, SVD, DOL 3, MRI L-spine if US abnormal', 'Tuft at L5.'],
    ]) {
      const r = readNote(...lines, 'Order: US spine');
      assert.equal(r.facts.age, undefined, lines.join(' / '));
      assert.ok(r.rules.includes('missing-age'), `${lines.join(' / ')}: ${r.rules.join(',')}`);
    }
  });

  it('reads no day in a neonatal note that tells a later age or time of the child’s', () => {
    for (const lines of [
      ['NNU ward round', 'Term male, SVD, DOL 3, BF established', 'Seen by GP at 4 months: tuft at L5.'],
      ['Postnatal ward', 'Term male, SVD, DOL 3, BF established', 'Now back at 9 months with a tuft at L5.'],
      ['NICU follow-up clinic', 'Baby boy OKAFOR, DOL 9', '4/12 later: tuft at L5.'],
      ['NNU ward round - DOL 21, term baby (CGA 42+2), admitted with feeding difficulty', 'Now presents with a tuft at L5.'],
    ]) {
      assert.equal(ageOf(...lines, 'Order: US spine'), undefined, lines.join(' / '));
    }
  });

  it('still reads the day on a neonatal unit’s notes, a gestation or a plan’s later check no later time (set34)', () => {
    // s34-021's exact text: the GP's 6-8 week check is the plan, not the baby's age.
    near(
      ageOf(
        'DISCHARGE SUMMARY - postnatal ward',
        'Term male, SVD, DOL 3, BF established, jaundice not requiring tx.',
        'Newborn exam: simple sacral dimple - 2 mm, within the cleft, 1 cm from anal margin, base seen. Neuro normal.',
        'Plan: No spinal imaging required - parents reassured, leaflet given. GP to review at 6-8 wk check. BCG given.',
      ),
      3 * DAY,
      's34-021',
    );
    near(
      ageOf(
        'NNU ward round - Bay 2, cot 4',
        'Baby boy OKAFOR, DOL 9, born 31+4 (CGA 32+6), BW 1.62kg, today 1.71kg',
        'Resp: self-ventilating in air since D4, no apnoeas/bradys last 48h',
        'Issues: sacral dimple on skin check - single, 3 mm. Caffeine - stop at 34/40',
        'Plan: spinal US before d/c (booked)',
      ),
      9 * DAY,
      's34-001',
    );
    near(
      ageOf('SCBU ward round', 'Preterm female, EMCS, DOL 6, born at 34 weeks, on CPAP.', 'Ex-34 week baby, 36 weeks gestation now. Tuft at L5.', 'Order: US spine'),
      6 * DAY,
      'gestation',
    );
  });
});

describe('a header’s visit date settles the DOB only right under it or beside it (r33 mend 2, review item 3)', () => {
  const rest = ['Tuft at L5.', 'Order: US spine'];

  it('leaves the DOB unreadable with a line between, above it, or a later age told', () => {
    for (const lines of [
      ['DOB: 10/01/2024', 'Sibling: Ava, 3 y', 'Seen: 24/02/2024', ...rest],
      ['DOB: 10/01/2024', 'Previous ED attendance: fall from sofa', 'Seen: 24/02/2024', ...rest],
      ['DOB: 10/01/2024', 'Last appointment: missed', 'Seen: 24/02/2024', ...rest],
      ['DOB: 10/01/2024   Seen: 24/02/2024', 'History: seen in clinic in February, now back at 9 months with tuft.', 'Order: US spine'],
      ['DOB: 10/01/2024', 'Name: Ava Jones', 'Seen: 24/06/2024', ...rest],
      ['Seen: 24/06/2024', 'DOB: 10/01/2024', ...rest],
      ['DOB: 10/01/2024', 'Seen: 24/06/2024', 'Seen: 25/06/2024', ...rest],
    ]) {
      const r = readNote(...lines);
      assert.equal(r.facts.age, undefined, lines.join(' / '));
      assert.ok(r.rules.includes('unreadable-age'), `${lines.join(' / ')}: ${r.rules.join(',')}`);
    }
  });

  it('still reads the visit on the line right under the DOB and in the column beside it', () => {
    near(ageOf('DOB: 10/01/2024', 'Seen: 24/06/2024', ...rest), 5 + 14 / 30, 'right under');
    near(ageOf('DOB: 10/01/2024   Seen: 24/06/2024', ...rest), 5 + 14 / 30, 'beside');
  });
});

describe('a first line’s day of life its own clause dates in the past (r33 mend 2)', () => {
  it('reads no day told with a year, last year or a transfer', () => {
    for (const line of ['Term female, SVD, DOL 3 in 2023', 'Term female, SVD, DOL 3 last year', 'Term female, SVD, DOL 3 at transfer', 'Term female, DOL 5 two years ago']) {
      assert.equal(ageOf(line, 'Tuft at L5.', 'Order: US spine'), undefined, line);
    }
  });

  it('still reads a first line’s day with the baby’s story after it', () => {
    for (const line of ['Term female, SVD, DOL 3', 'Term female, ventouse, day 4 of life, BF well', 'Newborn nursery - DOL 2', 'Preterm female, EMCS, DOL 12 (CGA 34+1)']) {
      assert.ok(ageOf(line, 'Tuft at L5.', 'Order: US spine') !== undefined, line);
    }
  });
});
