/**
 * Ages as set 22's writers told them (r25): a whole number and a half ("15 and a half yo"), a letter's heading with the
 * surname's initial ("Re: Freya M (4/12)"), a day of life after the colon of whom a call is about ("Called by RN re: baby
 * boy ***, DOL 3"), Indonesian and Malay ("Remaja 15 tahun, laki-laki"). Near misses for each: a duration, a date, a dose,
 * a relative's, a clinician's or an earlier visit's age, a review interval, an infant, a decimal comma. After review: a
 * small bare number after Age stays unread whatever the child does, and a duration before "hx" dates no complaint now.
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
      near(ageOf('Re: Tom B., 14', 'Tom is now 14. 3/12 review of back pain.', 'Plan: XR L-spine'), 168, 'Tom is now 14');
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
        // After review: a review interval, and an adult's or a nurse's name, are no child's age.
        ['Re: Tom B., 3/12 review', 'Low back pain.', 'Plan: XR L-spine'],
        ['Re: Tom B - 3/12 review', 'Low back pain.', 'Plan: XR L-spine'],
        ['Re: Tom, 3/12 review', 'Tom is now 14 and his back pain has settled. Hair tuft noted at L5.', 'Plan: MRI L-spine w/o'],
        ['Re: Tom Baker, 3/12 review', 'Hair tuft noted at L5. Back pain settled.', 'Plan: MRI L-spine w/o'],
        ['Re: Ava (6/52) f/u', 'Sacral dimple.', 'Plan: US spine.'],
        ['Re: Ava, 6/52 follow-up', 'Sacral dimple.', 'Plan: US spine.'],
        ['Re: Mr Ahmed K (4/12)', 'Sacral dimple in his son.', 'Plan: US spine.'],
        ['Re: Mrs Jones K (4/12)', 'Sacral dimple in her son.', 'Plan: US spine.'],
        ['Re: Mrs Jones (4/12)', 'Sacral dimple in her son, deep, base not seen.', 'Plan: US lumbar spine'],
        ['Re: Nurse J (4/12)', 'Sacral dimple.', 'Plan: US spine.'],
        ['Re: Nurse Jones (4/12)', 'Sacral dimple, deep, base not seen.', 'Plan: US lumbar spine'],
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
      // After review: a day of the past, another age told, a clinician's name.
      for (const lines of [
        ['Re: baby boy Smith, DOL 3 at transfer from NICU. Hair tuft at L5. Corrected age 5 months.', 'Plan: MRI L-spine'],
        ['Re: baby boy Smith, DOL 3 at transfer from NICU. Hair tuft at L5.', 'Plan: MRI L-spine'],
        ['Re: baby boy Smith, DOL 3. Hair tuft at L5. Corrected age 5 months.', 'Plan: MRI L-spine'],
        ['Re: Dr Smith, DOL 3 babies on the ward.', 'Sacral dimple above the cleft.', 'Plan: US spine'],
        ['Re: Dr Smith, DOL 3.', 'Sacral dimple above the cleft.', 'Plan: US spine'],
        ['Re: Nurse Jones, DOL 3.', 'Sacral dimple above the cleft.', 'Plan: US spine'],
      ])
        assert.equal(ageOf(...lines), undefined, lines.join(' / '));
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
        // After review: complaints are no longer translated, so a month, week or day count beside no word for the child
        // may be how long one has lasted, and stays unread; a baby's line reads no such count either.
        ['Anak laki-laki. Nyeri punggung 3 minggu. Tidak demam.', 'Order: XR L-spine'],
        ['Anak laki-laki. Demam 5 hari. Nyeri punggung.', 'Order: XR L-spine'],
        ['Bayi perempuan, 1 bulan. Sacral dimple 2 mm.', 'Order: USG spine'],
        ['Bayi laki-laki 4 tahun? Nyeri punggung, tidak demam.', 'Order: XR L-spine'],
        ['Pasien laki-laki 1 tahun 6 bulan. Benjolan punggung. Tidak demam.', 'Order: USG spine'],
        ['Back pain, 15 tahun.', 'Order: XR L-spine'],
        ['Hari 15 tahun, Yang, back pain.', 'Order: XR L-spine'],
      ])
        assert.equal(ageOf(...lines), undefined, lines.join(' / '));
    });
    it('a decimal comma is a decimal, never the digit after it', () => {
      near(ageOf('Pasien anak laki-laki 2,5 tahun, benjolan punggung. Tidak demam.', 'Plan: MRI L-spine'), 30, '2,5 tahun');
      near(ageOf('Anak perempuan 1,5 tahun, hair tuft at L5', 'Plan: MRI L-spine'), 18, '1,5 tahun');
      near(ageOf('Bayi perempuan usia 7,5 bulan, lesung sakral dalam (deep sacral dimple)', 'Plan: US spine'), 7.5, '7,5 bulan');
      const n = ageOf('Bayi laki-laki 4,5 bulan, lesung sakral dalam.', 'Plan: US spine');
      assert.ok(n === undefined || Math.abs(n - 4.5) < 0.01, `4,5 bulan read ${n}`);
    });
    it('only ages are read: back pain is never read without the fever, weight loss or denial beside it', () => {
      for (const lines of [
        ['Pasien anak perempuan, 14 tahun, demam 5 hari, nyeri punggung, berat badan turun 4 kg. Tidak ada trauma.', 'Plan: XR L-spine'],
        ['Pesakit kanak-kanak lelaki berumur 10 tahun. Sakit belakang selama 2 minggu, demam, berat badan turun.', 'Plan: MRI spine with and without contrast'],
        ['Anak laki-laki 13 tahun, football player. Nyeri punggung bawah 3 minggu, worse with kicking.', 'Plan: MRI lumbar spine'],
      ]) {
        const n = readNote(...lines);
        assert.ok(!n.facts.hits.some((h) => h.finding.id === 'back-pain' && h.present), lines.join(' / '));
        assert.notEqual(n.scenario, 'back-pain-no-red-flags', lines.join(' / '));
      }
    });
  });

  describe('a small bare number after Age (after review: unread, as before, whatever the child does)', () => {
    it('is never read as years from what the note says of walking, a preschool or a kindergarten', () => {
      for (const lines of [
        ['Age: 4', 'Mum noticed a dimple above the buttock crease at bath time. Review once walking.', 'Plan: US lumbar spine'],
        ['Age: 2', 'Hair tuft at L5. Will reassess gait when walking.', 'Plan: US lumbar spine'],
        ['Age: 3', 'Exam: moves all limbs, stepping reflex present, walking reflex present.', 'Plan: US lumbar spine'],
        ['Age: 4', 'Sacral dimple noted at birth, deep. Mum worried it will affect his walking.', 'Plan: US lumbar spine'],
        ['Age: 2', 'Born at term by SVD. Sacral dimple, base not seen. Parents ask if he will have trouble walking later.', 'Plan: US lumbar spine'],
        ['Age: 4', 'Hair tuft at L5. Too young to be walking so gait cannot be assessed.', 'Plan: US lumbar spine'],
        ['Age: 3', 'Hair tuft at L5.', 'Milestones: smiling, head control; walking: not yet', 'Plan: US lumbar spine'],
        ['Age: 2', 'Sacral dimple. Walking? No. Sitting unsupported? No.', 'Plan: US lumbar spine'],
        ['Age: 3', 'Hair tuft at L5. Cannot yet be assessed for walking.', 'Plan: US lumbar spine'],
        ['Age: 4', 'Dimple over the sacrum noted by health visitor. Mother works at a kindergarten, returns to work next month.', 'Plan: US lumbar spine'],
        ['Age: 3', 'Hair tuft at L4. Mum noticed it while she was walking him in the pram.', 'Plan: US lumbar spine'],
        ['Age: 3', 'Skin tag over L5. Brought by grandmother; she walks with a frame so came by taxi.', 'Plan: US lumbar spine'],
        ['Age: 4', 'Sacral dimple deep. Walking frame at home belongs to grandad.', 'Plan: US lumbar spine'],
        ['Age: 2', 'Deep sacral dimple. Dad noticed it after walking home from the hospital.', 'Plan: US lumbar spine'],
        ['Age 3', 'Dimple at L5, tuft of hair. Settles when walked in the sling.', 'Plan: US lumbar spine'],
        ['Age: 3', 'Tuft at L4. Goes for walks in the pram daily.', 'Plan: US lumbar spine'],
        ['Girl, age 4, hair tuft over L5. Will check gait once walking.', 'Plan: US lumbar spine'],
        ['new patient comma age three comma referred with a tuft of hair over the sacrum period we will review when she starts walking period', 'Plan: US lumbar spine'],
        ['Seen today, age 3, with a sacral dimple. Review once walking.', 'Plan: US lumbar spine'],
        [
          'Age 2. Referred by community paeds. Midline dermal sinus opening at L5 with a small tuft of hair.',
          'No discharge. Walking well, normal neuro exam.',
          'Plan: US lumbar spine',
        ],
        ['Age: 3', 'Hair tuft at L5. Walks independently.', 'Plan: US lumbar spine'],
      ])
        assert.equal(ageOf(...lines), undefined, lines.join(' / '));
      // The unread number is asked about, as before.
      assert.ok(readNote('Age: 3', 'Hair tuft at L5. Walks independently.', 'Plan: MRI L-spine w/o').rules.includes('unreadable-age'));
    });
  });

  describe('a duration before "hx" or "history" (after review: no complaint of now)', () => {
    it('a complaint of childhood, resolved, is never read as current', () => {
      for (const lines of [
        ['12 yo girl. 3 month hx of back pain at age 8, fully resolved. Here for sports physical. Mum asks for an x-ray.', 'Plan: XR L-spine'],
        ['11 yo. 6 month history of back pain in 2022 which resolved with physio. Currently well.', 'Plan: XR L-spine'],
        ['9 yo. 2 wk hx of fever and back pain as a toddler (discitis, treated). Now well, no complaints. Parent wants follow-up imaging.', 'Plan: MRI L-spine'],
        ['8 yo. 3 day hx of back pain as a toddler per mum, no problems since.', 'Plan: XR L-spine'],
      ]) {
        const n = readNote(...lines);
        assert.ok(!n.facts.hits.some((h) => (h.finding.id === 'back-pain' || h.finding.id === 'fever') && h.present), lines.join(' / '));
        assert.ok(!['back-pain-red-flags', 'back-pain-infection-tumor'].includes(n.scenario), lines.join(' / '));
      }
    });
  });
});
