/**
 * Ages as set 22's writers told them (r25): a whole number and a half ("15 and a half yo"), a letter's heading with the
 * surname's initial ("Re: Freya M (4/12)"), a day of life after the colon of whom a call is about ("Called by RN re: baby
 * boy ***, DOL 3"), Indonesian and Malay ("Remaja 15 tahun, laki-laki"), and a small bare number after Age where the child
 * walks ("Age 2. … Walking well"). A duration before "hx"/"history" ("4 month hx of low back pain") tells a complaint of
 * now, not a past one. Near misses for each: a duration, a date, a dose, a relative's or an earlier visit's age, an infant,
 * a denial.
 */
import * as assert from 'node:assert/strict';
import { ageOf, DAY, near, readNote } from '../helpers';

describe('ages as set 22 told them (r25)', () => {
  describe('a whole number and a half', () => {
    it('is read as one number, in digits or words, joined by spaces or hyphens', () => {
      near(ageOf('Paediatric rheumatology clinic', '15 and a half yo boy. Low back pain, morning stiffness.'), 186, '15 and a half yo');
      near(ageOf('Two and a half year old girl, sacral dimple 6 mm above the cleft.'), 30, 'Two and a half year old');
      near(ageOf('HPI: two-and-a-half-year-old boy with a hair tuft at L5.'), 30, 'two-and-a-half-year-old');
      near(ageOf('HPI: 3 and a half months old girl with a sacral dimple.'), 3.5, '3 and a half months old');
      near(ageOf('Girl, 6 and a half months, sacral dimple 6 mm above the cleft.'), 6.5, 'Girl, 6 and a half months');
    });
    it('a duration, an earlier time, a relative’s age, a dose or a height stays what it is', () => {
      for (const lines of [
        ['HPI: Back pain for 3 and a half weeks.'],
        ['HPI: 2 and a half weeks of back pain.'],
        ['HPI: Back pain, 2 and a half years.'],
        ['HPI: Back pain x 1 and a half years.'],
        ['HPI: LBP 1 and a half yrs.'],
        ['HPI: Sacral dimple. US at 2 and a half months normal.'],
        ['HPI: Sacral dimple. She had US 2 and a half months ago.'],
        ['HPI: Sacral dimple noted at 1 and a half months.'],
        ['HPI: Dimple. Brother is 8 and a half years old.'],
        ['HPI: Hair tuft. Mother 34 and a half yo G2P2.'],
        ['HPI: Hair tuft. Dose 2 and a half mg.'],
        ['HPI: Fell 2 and a half m from a wall, back pain.'],
      ])
        assert.equal(ageOf(...lines), undefined, lines.join(' / '));
      near(ageOf('HPI: 10 yo M. Back pain for 3 and a half weeks.'), 120, 'the age, not the duration');
      near(ageOf('HPI: 14 yo. Brother is 8 and a half years old with scoliosis.'), 168, 'the patient, not the brother');
    });
  });

  describe('a letter’s heading with the surname’s initial', () => {
    it('is the child’s age', () => {
      near(
        ageOf('Re: Freya M (4/12)', 'Thank you for referring Freya, who had a sacral dimple noted at her 8 week check.', 'Plan: US lumbosacral spine.'),
        4,
        'Re: Freya M (4/12)',
      );
      near(ageOf('Re: Tom B., 16/12', 'Sacral dimple.', 'Plan: US spine.'), 16, 'Re: Tom B., 16/12');
      // An older brother's age and an earlier check in the letter are not the child's.
      near(ageOf('Re: Freya M (4/12)', 'Sacral dimple noted at her 8 week check. Her older brother (aged 3) is well.', 'Plan: US spine.'), 4, 'not the brother, not the check');
    });
    it('never a clinician’s, a relative’s, a department’s or a weekday’s, nor an initial parted by a comma', () => {
      for (const lines of [
        ['Re: Dr Jones M (4/12)', 'Sacral dimple.', 'Plan: US spine.'],
        ['Re: Freya M (4/12)', 'Her sister Freya has a dimple. Patient: Ava.', 'Plan: US spine.'],
        ['Re: Orthopaedics M (3/12)', 'Sacral dimple.', 'Plan: US spine.'],
        ['Re: Monday M (3/12)', 'Sacral dimple.', 'Plan: US spine.'],
        ['Re: baby boy M (4/12)', 'Sacral dimple.', 'Plan: US spine.'],
        ['Re: Freya, M (4/12)', 'Sacral dimple.', 'Plan: US spine.'],
        ['Seen Freya M (4/12) ago with a sacral dimple.', 'Plan: US spine.'],
      ])
        assert.equal(ageOf(...lines), undefined, lines.join(' / '));
    });
  });

  describe('a day of life after the colon of whom a call is about', () => {
    it('is the baby’s age', () => {
      const call = (line: string) => ageOf('Cross-cover note, 0215', line, 'Spinal US ordered for AM.');
      near(call('Called by RN re: baby boy ***, DOL 3, term, newborn nursery. Mom (34, G2P2) asking about a spot on the back.'), 3 * DAY, 're: baby boy ***, DOL 3');
      near(call('Called by RN re: baby girl Smith, DOL 2. Sacral dimple above the cleft.'), 2 * DAY, 're: baby girl Smith, DOL 2');
    });
    it('never one that dates a study, a procedure or an event, nor a relative’s', () => {
      for (const line of [
        'Call re: US result, DOL 3 scan normal. Sacral dimple above the cleft.',
        'Called re: circumcision on DOL 2. Sacral dimple above the cleft.',
        'Called by RN re: baby boy, DOL 3 - phototherapy started. Sacral dimple above the cleft.',
        'Called by RN re: baby boy (DOL 3). Sacral dimple above the cleft.',
        'Called by RN re: sibling, DOL 3. Sacral dimple above the cleft.',
        'Called by RN re: Mum, DOL 3. Sacral dimple above the cleft.',
        'Called by RN re: Jaundice, DOL 3. Sacral dimple above the cleft.',
        'Called by RN re: feeding, DOL 3. Sacral dimple above the cleft.',
        'Spinal US: DOL 3, normal. Sacral dimple above the cleft.',
      ])
        assert.equal(ageOf('Cross-cover note', line, 'Spinal US ordered.'), undefined, line);
    });
  });

  describe('Indonesian and Malay', () => {
    it('"tahun" beside a word for the child, "umur", "bulan" are ages', () => {
      near(ageOf('Remaja (teenager) 15 tahun, laki-laki. Back injury at school yesterday. Now low back pain.', 'Order: X-ray lumbar spine.'), 180, 'Remaja 15 tahun, laki-laki');
      near(ageOf('Anak perempuan 9 tahun. Nyeri punggung 3 minggu.', 'Order: XR L-spine'), 108, 'Anak perempuan 9 tahun');
      near(ageOf('Pasien laki-laki 12 thn, nyeri pinggang 2 minggu. Tidak demam.', 'Order: XR L-spine'), 144, '12 thn');
      near(ageOf('Pasien An. D, 7 thn, laki-laki.', 'c/o back pain 2 wk. Tidak demam.', 'Plan: MRI whole spine'), 84, 'An. D, 7 thn, laki-laki');
      near(ageOf('Anak, umur 8 tahun. Nyeri punggung.', 'Order: XR L-spine'), 96, 'umur 8 tahun');
      near(ageOf('Anak laki-laki, umur 3 bulan. Lesung sacral 4 mm.', 'Plan: USG spine'), 3, 'umur 3 bulan');
      near(ageOf('Bayi perempuan, 1 bulan. Sacral dimple 2 mm.', 'Order: USG spine'), 1, 'Bayi perempuan, 1 bulan');
    });
    it('a relative’s age, a duration, a time ago, an infant’s line, one cue or a name is no child’s age', () => {
      for (const lines of [
        ['Ibu 35 tahun, anak laki-laki. Nyeri punggung.', 'Order: XR L-spine'],
        ['Nenek 63 tahun. Anak nyeri punggung, tidak demam.', 'Order: XR L-spine'],
        ['Adik 5 tahun. Nyeri punggung, tidak demam.', 'Order: XR L-spine'],
        ['Nyeri punggung 2 tahun. Tidak demam. Anak laki-laki.', 'Order: XR L-spine'],
        ['Anak laki-laki. Nyeri punggung sejak 2 tahun. Tidak demam.', 'Order: XR L-spine'],
        ['Anak laki-laki. Jatuh 2 tahun yang lalu. Nyeri punggung, tidak demam.', 'Order: XR L-spine'],
        ['Anak laki-laki. Nyeri punggung, 3 bulan. Tidak demam.', 'Order: XR L-spine'],
        ['Bayi laki-laki 4 tahun? Nyeri punggung, tidak demam.', 'Order: XR L-spine'],
        ['Pasien laki-laki 1 tahun 6 bulan. Benjolan punggung. Tidak demam.', 'Order: USG spine'],
        ['Back pain, 15 tahun.', 'Order: XR L-spine'],
        ['Hari 15 tahun, Yang, back pain.', 'Order: XR L-spine'],
      ])
        assert.equal(ageOf(...lines), undefined, lines.join(' / '));
    });
    it('"nyeri punggung" is back pain, and "3 minggu" how long it has lasted', () => {
      const n = readNote('Anak laki-laki 13 tahun, football player. Nyeri punggung bawah 3 minggu, worse with kicking.', 'Plan: MRI lumbar spine');
      assert.ok(n.facts.hits.some((h) => h.finding.id === 'back-pain' && h.present));
      near(n.facts.age?.months, 156, '13 tahun');
    });
  });

  describe('a small bare number after Age where the child walks', () => {
    it('is years', () => {
      near(
        ageOf(
          'Paediatric Neurosurgery Clinic',
          'Age 2. Referred by community paeds. Midline dermal sinus opening at L5 with a small tuft of hair. USS spine at 2/12 of age reported normal.',
          'No discharge. Walking well, normal neuro exam.',
          'Plan: MRI lumbosacral spine (non-contrast)',
        ),
        24,
        'Age 2. … Walking well',
      );
      near(ageOf('Age: 3', 'Hair tuft at L5. Walks independently.', 'Plan: MRI L-spine w/o'), 36, 'Age: 3, walks');
      near(ageOf('Age: 4', 'Hair tuft at L5. Attends preschool.', 'Plan: MRI L-spine w/o'), 48, 'Age: 4, preschool');
      // A dictated "age four" of a child walking on her toes.
      near(
        ageOf(
          'Re colon Ella Morgan comma age four',
          'Dear Doctor Patel comma thank you for asking me to see Ella who has been walking on her toes for the last four months full stop',
          'I have requested an MRI of the lumbar spine without contrast full stop',
        ),
        48,
        'age four, toe walking',
      );
    });
    it('stays unread where the child does not walk, someone else does, an infant is named or nothing tells it', () => {
      for (const lines of [
        ['Age: 3', 'Hair tuft at L5. Not yet walking.', 'Plan: MRI L-spine w/o'],
        ['Age: 3', "Hair tuft at L5. He isn't walking yet.", 'Plan: MRI L-spine w/o'],
        ['Age: 2', 'Hair tuft at L5. No longer walking.', 'Plan: MRI L-spine w/o'],
        ['Age: 2', 'Hair tuft at L5. Before walking age.', 'Plan: MRI L-spine w/o'],
        ['Age: 3', 'Hair tuft at L5. Mum walking the dog when she noticed it.', 'Plan: MRI L-spine w/o'],
        ['Age: 2', 'Hair tuft at L5. Walking well. Baby otherwise well.', 'Plan: MRI L-spine w/o'],
        ['Age: 2', 'Hair tuft at L5. Walking well. 3 wk old sibling at home.', 'Plan: MRI L-spine w/o'],
        ['Age: 2', 'Hair tuft at L5. Normal neuro exam.', 'Plan: MRI L-spine w/o'],
        ['Clinic', 'Hair tuft at L5, at age 2 walking well.', 'Plan: MRI L-spine w/o'],
        ['Clinic', 'Sister, age 3, walking well. Patient has a hair tuft at L5.', 'Plan: MRI L-spine w/o'],
      ])
        assert.equal(ageOf(...lines), undefined, lines.join(' / '));
      // The unread number is asked about, as before.
      assert.ok(readNote('Age: 3', 'Hair tuft at L5. Not yet walking.', 'Plan: MRI L-spine w/o').rules.includes('unreadable-age'));
    });
    it('a birth in brackets still decides the unit', () => {
      near(ageOf('Date: 2026-11-26', 'Age: 2 (DOB 2026-09-20)', 'Hair tuft at L5. Walking well.', 'Plan: US L-spine'), 2, 'months by the birth');
    });
  });

  describe('a duration before "hx" or "history"', () => {
    const backPain = (...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === 'back-pain' && h.present);
    it('tells a complaint of now', () => {
      assert.ok(backPain('HPI: 15 yo boy. 4 month hx of low back/buttock pain, morning stiffness.', 'Plan: MRI whole spine'), '4 month hx of');
      assert.ok(backPain('HPI: 12 yo boy. 2 wk hx LBP.', 'Plan: XR L-spine'), '2 wk hx');
      assert.ok(backPain('HPI: 12 yo boy with a 3-week history of back pain.', 'Plan: XR L-spine'), '3-week history of');
      assert.ok(backPain('HPI: 12 yo boy. 6 month h/o back pain.', 'Plan: XR L-spine'), '6 month h/o');
      const n = readNote(
        'Paediatric rheumatology clinic',
        '15 and a half yo boy. 4 month hx of low back/buttock pain, alternating sides, morning stiffness ~1 h, better with exercise. Dad has AS (HLA-B27+). No fever, no weight loss.',
        'Exam: reduced lumbar flexion, tender SIJs. Neuro normal.',
        'Imp: ?axial spondyloarthritis / sacroiliitis',
        'Plan: MRI whole spine without contrast, incl. STIR of the SIJs.',
      );
      assert.equal(n.scenario, 'back-pain-infection-tumor');
    });
    it('a history told without one, or marked past, stays past', () => {
      assert.ok(!backPain('HPI: 12 yo boy. Hx of back pain at age 8, now well. Sacral dimple.', 'Plan: US spine'), 'hx of … at age 8');
      assert.ok(!backPain('HPI: 12 yo boy. History of back pain, resolved. Hair tuft at L5.', 'Plan: MRI L-spine w/o'), 'history of, resolved');
      assert.ok(!backPain('HPI: 12 yo boy. H/o back pain. Hair tuft at L5.', 'Plan: MRI L-spine w/o'), 'h/o');
      assert.ok(!backPain('HPI: 12 yo boy. Past history of back pain. Hair tuft at L5.', 'Plan: MRI L-spine w/o'), 'past history');
      assert.ok(!backPain('HPI: 12 yo boy. Previous 3 week history of back pain, resolved. Hair tuft.', 'Plan: MRI L-spine w/o'), 'previous … resolved');
    });
  });
});
