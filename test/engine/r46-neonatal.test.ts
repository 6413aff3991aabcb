/**
 * Round 46 (held-out s82: NICU and SCBU ward rounds, newborn checks, neonatal follow-up letters).
 *
 * - An age with the gestation at birth in brackets after it ("Grace, 4 years (ex-30 weeks)", "17 yrs (born 23+6 wks)").
 * - A ward's "D" for the day of life after the baby's description or its mother's naming ("Baby girl, D1, 40+2 SVD",
 *   "Baby of Chloe D, D3, term").
 * - A day of life after the baby's gestation opening the line ("25+6/40, DOL 140, CGA 45+6"), right after the neonatal
 *   setting heading the note ("SCBU ward round DOL 5"), and on a neonatal unit's own discharge summary ("Discharged DOL 14").
 * - A newborn check's "Back:" line is the exam of the back.
 * - An urgency-led plan bullet whose bracket queries the indication or adds a region ("- urgent MRI whole spine (?abscess)").
 * - "ex-preterm", "former preemie": a birth told of anyone, so a bare "age 18" is read as years beside it.
 */
import * as assert from 'node:assert/strict';
import { DAY, ageOf, near, orderOf, readNote } from '../helpers';

describe('r46: an age with the gestation at birth in brackets after it', () => {
  for (const [heading, months] of [
    ['Neonatal FU - Grace, 4 years (ex-30 weeks)', 48],
    ['Neonatal FU - Grace, 4 years (born at 30 weeks)', 48],
    ['Research follow-up visit - 17 yrs (born 23+6 wks)', 204],
    ['Grace, 4 years (ex-30 weeker). Seen in clinic.', 48],
  ] as const) {
    it(`reads "${heading}"`, () => near(ageOf(heading, 'Sacral dimple.', 'Plan: US spine'), months, heading));
  }
  for (const heading of [
    'Neonatal FU - Grace, 4 years (mum 30 years)',
    'Neonatal FU - Grace, 4 years (ex-30 weeks) of follow-up',
    'Neonatal FU - sister Grace, 4 years (ex-30 weeks)',
    'Neonatal FU - Grace, 4 years ago (ex-30 weeks)',
  ]) {
    it(`reads no age in "${heading}"`, () => assert.equal(ageOf(heading, 'Sacral dimple.', 'Plan: US spine'), undefined));
  }
  it('a complaint’s duration stays a duration with the gestation after it', () => {
    near(ageOf('Baby 4 months. Back pain, 3 months (born 30 weeks).', 'Plan: MRI spine'), 4, 'Baby 4 months');
  });
});

describe('r46: a ward’s "D" for the day of life', () => {
  it('reads the day after the baby’s description', () => {
    near(ageOf('Newborn exam', 'Baby girl, D1, 40+2 SVD, BW 3.1kg.', 'Back: sacral dimple.', 'Plan: USS spine'), 1 * DAY, 'Baby girl, D1');
  });
  it('reads the day after the baby named by its mother with her surname’s initial', () => {
    near(ageOf('Postnatal ward - baby check', 'Baby of Chloe D, D3, term 41+1, SVD.', 'Tuft over L-S junction.', 'Plan: MRI lumbosacral spine'), 3 * DAY, 'Baby of Chloe D, D3');
  });
  for (const lines of [
    ['Newborn exam', 'Baby girl, D3 post-op. Sacral dimple.', 'Plan: US spine'],
    ['Newborn exam', 'Mother, SVD, D3, well. Baby: sacral dimple.', 'Plan: US spine'],
    ['Postnatal ward - baby check', 'Baby of Chloe D, D3 post SVD. Sacral dimple.', 'Plan: US spine'],
  ]) {
    it(`reads no day in "${lines[1]}"`, () => assert.equal(ageOf(...lines), undefined));
  }
});

describe('r46: a day of life on a neonatal unit’s lines', () => {
  it('reads the day after the baby’s gestation opening the line', () => {
    near(ageOf('NNU ward round', '25+6/40, DOL 140, CGA 45+6.', 'Skin: haemangioma over lower lumbar spine.', 'Plan: US lumbar spine'), 140 * DAY, '25+6/40, DOL 140');
    near(ageOf('NNU ward round day 9', '31+3/40 twin 1, DOL 9. BW 1.64kg.', 'Back: deep dimple.', 'Plan: MRI lumbosacral spine'), 9 * DAY, '31+3/40 twin 1, DOL 9');
  });
  it('fires the window’s rule on the day so read', () => {
    const r = readNote(
      'Wd round Nursery 2 - Baby T',
      '25+6/40, DOL 140, CGA 45+6.',
      'Skin: strawberry haemangioma over lower lumbar spine, midline.',
      'Plan:',
      '- US lumbar spine before d/c',
    );
    assert.ok(r.rules.includes('ultrasound-window-closing'), r.rules.join());
  });
  for (const lines of [
    ['NNU ward round', '25+6/40, DOL 140 US normal. Sacral dimple.', 'Plan: MRI spine'],
    ['Neonatal clinic', 'Background: 25+6/40, DOL 14, CGA 28+0. Sacral dimple.', 'Plan: US spine'],
    ['NNU ward round', 'Mother 25+6/40, DOL 14. Sacral dimple.', 'Plan: US spine'],
    ['GP review', '25+6/40, DOL 14. Sacral dimple.', 'Plan: US spine'],
  ]) {
    it(`reads no day in "${lines.join(' / ')}"`, () => assert.equal(ageOf(...lines), undefined));
  }

  it('reads the day right after the setting that heads the note', () => {
    near(ageOf('SCBU ward round DOL 5', 'Skin: port wine stain over the lumbosacral area.', 'Plan: USS spine'), 5 * DAY, 'SCBU ward round DOL 5');
  });
  for (const lines of [
    ['SCBU ward round DOL 5 US normal', 'Sacral dimple.', 'Plan: MRI spine'],
    ['Neonatal clinic', 'Background: SCBU ward round DOL 5', 'Sacral dimple.', 'Plan: US spine'],
    ['SCBU ward round DOL 5', 'Clinic letter - now 8 months, sacral dimple.', 'Plan: US spine'],
  ]) {
    it(`reads no day 5 in "${lines.join(' / ')}"`, () => {
      const age = ageOf(...lines);
      assert.ok(age === undefined || Math.abs(age - 5 * DAY) > 0.01, `${age}`);
    });
  }

  it('reads the day of discharge on the unit’s own discharge summary', () => {
    near(
      ageOf('SCBU DISCHARGE SUMMARY', 'Baby boy R. Discharged DOL 14', 'Tuft of hair over lower back.', 'Follow up: clinic 6/52', 'Plan: XR lumbosacral spine'),
      14 * DAY,
      'Discharged DOL 14',
    );
    near(ageOf('NICU DISCHARGE SUMMARY', 'Baby girl A. Discharged DOL 98 (CGA 40+2), home on LFO2.', 'Sacral dimple.', 'Plan: US spine'), 98 * DAY, 'Discharged DOL 98 (CGA 40+2)');
    // Its follow-up in weeks, in a problem list or a bullet, is to come, not the baby's age (r46 mend).
    near(
      ageOf('NICU DISCHARGE SUMMARY', 'Baby girl A. Discharged DOL 98.', '1. ROP - f/u eye clinic 2/52', '2. Sacral dimple.', '- XR spine, clinic 6/52', 'GP: 6-8 wk check.'),
      98 * DAY,
      'Discharged DOL 98, follow-up in weeks',
    );
  });
  for (const lines of [
    ['Neonatal FU clinic', 'Baby girl A. Discharged DOL 98 (CGA 40+2), home on LFO2.', 'Sacral dimple.', 'Plan: US spine'],
    ['NICU DISCHARGE SUMMARY', 'Baby girl A. Previously discharged DOL 14.', 'Sacral dimple.', 'Plan: US spine'],
    ['NICU DISCHARGE SUMMARY', 'Mother discharged DOL 2.', 'Sacral dimple.', 'Plan: US spine'],
    ['DISCHARGE SUMMARY', 'Baby girl A. Discharged DOL 14.', 'Sacral dimple.', 'Plan: US spine'],
    ['NICU DISCHARGE SUMMARY', 'Discharged DOL 14 after US normal.', 'Sacral dimple.', 'Plan: US spine'],
  ]) {
    it(`reads no day in "${lines.slice(0, 2).join(' / ')}"`, () => assert.equal(ageOf(...lines), undefined));
  }
});

describe('r46: a newborn check’s "Back:" line', () => {
  it('is the exam of the back', () => {
    const r = readNote('Newborn exam', 'Baby girl, D1, 40+2 SVD.', 'Back: sacral dimple.', 'Plan: USS spine');
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(r.rules.includes('dimple-undescribed'), r.rules.join());
  });
  it('a marker denied or a relative’s there is none', () => {
    assert.equal(readNote('Pt: 3 mo F', 'Back: no dimple, no tuft.', 'Plan: US spine').scenario, 'no-criteria');
    assert.equal(readNote('Pt: 3 mo F', 'Back: mum has a sacral dimple.', 'Plan: US spine').scenario, 'no-criteria');
  });
});

describe('r46: an urgency-led plan bullet with a bracket after the study', () => {
  for (const [bullet, study] of [
    ['- urgent MRI whole spine (?abscess)', 'mri-complete-without'],
    ['- urgent MRI cervical spine (+ brain if can do same sitting)', 'mri-area-without'],
    ['- urgent MRI brain & whole spine pre and post gadolinium (?intraspinal abscess / dermoid)', 'mri-complete-without-and-with'],
  ] as const) {
    it(`orders "${bullet}"`, () => assert.equal(orderOf('Term baby. Fever. Dermal sinus at L2.', 'Plan:', bullet, '- fluids'), study));
  }
  for (const bullet of [
    '- urgent MRI whole spine (if fever persists)',
    '- urgent MRI whole spine? (?abscess)',
    '- urgent MRI whole spine (+ brain) if deteriorates',
    '- urgent MRI whole spine (?abscess) would be needed if worse',
    '- urgent MRI whole spine (?abscess) - cancelled, transferred',
  ]) {
    it(`orders nothing in "${bullet}"`, () => assert.equal(orderOf('Term baby. Fever. Dermal sinus at L2.', 'Plan:', bullet), 'none'));
  }
});

describe('r46: a birth told as "ex-preterm" speaks of no infant', () => {
  it('reads "age 18" under a heading of an ex-preterm cohort', () => {
    const r = readNote('Young adult follow-up (ex-preterm cohort) - age 18', 'Reports 6 weeks of low back pain, worse at night.', 'Plan: MRI lumbar spine requested.');
    near(r.facts.age?.months, 216, 'age 18');
    assert.equal(r.scenario, 'no-criteria');
  });
  for (const lines of [
    ['Follow-up (ex-preterm infant) - age 8', 'Sacral dimple. Plan: US spine.'],
    ['Follow-up, preterm - age 8', 'Sacral dimple. Plan: US spine.'],
    ['Follow-up (ex-preterm) - age 8', 'Baby has a sacral dimple. Plan: US spine.'],
  ]) {
    it(`reads no bare "age 8" where the note speaks of an infant: "${lines.join(' / ')}"`, () => assert.equal(ageOf(...lines), undefined));
  }
});

describe('r46 mend: a ward’s "D<n>" is a day of life only in a newborn’s note', () => {
  // D<n> is also a vertebral level (D = dorsal = T) and a day of admission or illness: no age is read from it there.
  for (const lines of [
    ['Spine clinic', 'Girl, D10, scoliosis.', 'Plan: XR whole spine'],
    ['Ortho clinic', 'Boy, D12, back pain after fall.', 'Plan: MRI L-spine'],
    ['Fracture clinic', 'Boy, D7, wedge #.'],
    ['Ward round', 'Boy, D3, fever.', 'Back pain, night pain.', 'Plan: MRI spine'],
    ['Ward round', 'Infant, D3, fever.', 'Plan: MRI spine'],
    ['Ward', 'Baby boy, D10. Hemivertebra at D10 on XR.'],
    ['Spine clinic', 'Baby girl, D10, term.', 'Plan: US spine'],
    ['Baby girl, D3.', 'Wedging at D11 on XR.', 'Plan: MRI spine'],
  ]) {
    it(`reads no day of life in "${lines.join(' / ')}"`, () => assert.equal(ageOf(...lines), undefined));
  }
  // Another age told in the note wins over the day (or, where it is not read, no age is read at all).
  for (const [lines, told] of [
    [['Paeds ward round', 'Baby girl, D3, 8 months, bronchiolitis.', 'Back: sacral dimple, deep, base not seen.', 'Plan: MRI lumbar spine'], 8],
    [['Paeds ward round', 'Infant, D5, 7 mo, UTI.'], 7],
    [['Paeds ward round', 'Girl, D4, osteomyelitis, 9 yrs.'], 108],
    [['Baby girl, D3, 8/12, bronchiolitis.'], 8],
    [['Paeds ward round - bay 3', 'Boy, D2, 14/12.'], 14],
  ] as const) {
    it(`never reads the day over the age told in "${lines.join(' / ')}"`, () => {
      const age = ageOf(...lines);
      assert.ok(age === undefined || Math.abs(age - told) < 0.01, `read ${age}, told ${told}`);
    });
  }
  it('an 8-month-old’s dimple is no young infant’s: no MRI-first flag', () => {
    const r = readNote('Paeds ward round', 'Baby girl, D3, 8 months, bronchiolitis.', 'Back: sacral dimple, deep, base not seen.', 'Plan: MRI lumbar spine');
    near(r.facts.age?.months, 8, '8 months');
    assert.ok(!r.rules.includes('mri-first-in-young-infant'), r.rules.join(','));
  });
  it('still reads the day after a newborn’s description', () => {
    near(ageOf('Postnatal ward', 'Baby girl, D1, 40+2 SVD', 'Back: sacral dimple'), 1 * DAY, 'Baby girl, D1');
    near(ageOf('SCBU - baby girl, D10, term', 'Back: sacral dimple'), 10 * DAY, 'SCBU - baby girl, D10');
  });
});

describe('r46 mend: a discharge summary’s day is not the age when the note tells a later time', () => {
  for (const [lines, told] of [
    [['NICU DISCHARGE SUMMARY', 'Baby boy R. Discharged DOL 14', 'Clinic review 7 months: tuft over lower back.', 'Plan: MRI spine'], 7],
    [['NICU DISCHARGE SUMMARY', 'Baby boy R. Discharged DOL 14', 'Readmitted at 9 months with back lump.', 'Plan: MRI spine'], 9],
    [['SCBU DISCHARGE SUMMARY', 'Baby girl A. Discharged DOL 20.', 'Now 2 years old, sacral dimple.', 'Plan: US spine'], 24],
  ] as const) {
    it(`never reads "Discharged DOL 14" in "${lines.join(' / ')}"`, () => {
      const age = ageOf(...lines);
      assert.ok(age === undefined || Math.abs(age - told) < 0.01, `read ${age}, told ${told}`);
    });
  }
});
