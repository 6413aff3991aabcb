/**
 * Set 23's European-trained writers (r26): ages in their idiom (a sibling's "now 6 y", a day of life in brackets after the
 * newborn, Italian "14 anni"; never years opening a line alone, nor a brother's "8 J." in a German letter), their section keys
 * ("Objectively:", "Skin examination:", "EO:", "Urgent:"), a study done keyed by its day and month ("Spinal US 21.05.:"),
 * an ultrasound's nerve roots, a return of wetting (counted UTIs are left unread: told past, they are none), a list of examples under a condition ("should new symptoms such as …"),
 * pain "irradiating along" the thigh and the exam told in a request's quoted history. Near misses for each.
 */
import * as assert from 'node:assert/strict';
import { ageOf, DAY, near, orderOf, presentIn, readNote } from '../helpers';

describe('set 23, European-trained writers (r26)', () => {
  describe('a sibling’s age told with "now"', () => {
    it('is the sibling’s, so the child’s own age stands', () => {
      const dimple = 'Large flat haemangioma over the lumbosacral area, with a midline dimple within it.';
      near(ageOf('Newborn, 11 days old, female.', dimple, 'Older brother (now 6 y) was operated for tethered cord at age 3.', 'Plan: US spine'), 11 * DAY, 'brother (now 6 y)');
      near(ageOf('Newborn, 11 days old, female.', dimple, 'Her brother, now 6 y, was operated for tethered cord.', 'Plan: US spine'), 11 * DAY, 'her brother, now 6 y');
      near(ageOf('Newborn, 11 days old, female.', dimple, 'The other twin, now 6 mo, is well.', 'Plan: US spine'), 11 * DAY, 'the other twin');
      assert.equal(ageOf('Sacral dimple. Her brother, now 6 y, was operated for tethered cord.', 'Plan: US spine'), undefined);
    });
    it('after a parent or the one the child was born to, "now" still tells the child’s age', () => {
      near(ageOf('Baby boy born to a G1P1 mother, now 3 wk, sacral dimple.', 'Plan: US spine'), 3 * 7 * DAY, 'born to a G1P1 mother, now 3 wk');
      near(ageOf('Sacral dimple. Seen with mother, now 3 wk old.', 'Plan: US spine'), 3 * 7 * DAY, 'seen with mother, now 3 wk old');
    });
  });

  describe('a day of life in brackets', () => {
    it('describes the newborn it follows', () => {
      near(ageOf('Newborn (day 11 of life), female.', 'Sacral dimple.', 'Plan: US spine'), 11 * DAY, 'Newborn (day 11 of life)');
      near(ageOf('Baby girl (DOL 4), sacral dimple.', 'Plan: US spine'), 4 * DAY, 'Baby girl (DOL 4)');
    });
    it('dates a study or an event it follows', () => {
      assert.equal(ageOf('Sacral dimple. Spinal US (day 3 of life): normal.', 'Plan: MRI L-spine'), undefined);
      assert.equal(ageOf('Sacral dimple noted at birth (day 2 of life).', 'Plan: US spine'), undefined);
      near(ageOf('3 mo F. Sacral dimple. Baby (day 3 of life) had a normal US.', 'Plan: MRI L-spine'), 3, 'the age told plainly');
    });
  });

  describe('years opening a line', () => {
    it('are how long a complaint lasted, never the age read alone (review p03, v01)', () => {
      assert.equal(ageOf('Referral from GP', 'Back pain history:', '2 y, on and off, worse after football. No night pain, no fever.', 'Plan: XR L-spine AP/lat'), undefined);
      assert.equal(
        ageOf('Referral: back pain', 'History:', '1 y, gradual onset, worse with sitting at school.', 'No fever, no night pain. Neuro intact.', 'Plan: XR L-spine'),
        undefined,
      );
      assert.equal(ageOf('Referral from GP', '3 y, back pain on and off, worse with sport.', 'Plan: XR L-spine'), undefined);
      assert.equal(ageOf('Referral from GP', 'Back pain, 2 y, football related.', 'Plan: XR L-spine'), undefined);
    });
  });

  describe('Italian ages', () => {
    it('beside a word for the child', () => {
      near(ageOf('Ragazzo 14 anni.', 'Dolore lombare da 3 settimane.', 'Plan: XR L-spine'), 168, 'Ragazzo 14 anni');
      near(ageOf('Bambina di 8 anni, dolore lombare.', 'Plan: XR L-spine'), 96, 'Bambina di 8 anni');
      near(ageOf('Lattante di 4 mesi, fossetta sacrale.', 'Plan: US spine'), 4, 'Lattante di 4 mesi');
    });
    it('never a complaint’s length, a relative’s age or a time ago', () => {
      assert.equal(ageOf('Ragazzo, dolore lombare 2 anni.', 'Plan: XR L-spine'), undefined);
      assert.equal(ageOf('Ragazzo con dolore. Fratello 6 anni sano.', 'Plan: XR L-spine'), undefined);
      assert.equal(ageOf('Ragazzo con dolore lombare, trauma 2 anni fa.', 'Plan: XR L-spine'), undefined);
    });
  });

  describe('a German letter’s salutation and closing', () => {
    it('do not make a German note, so a brother’s "8 J." is not the child’s age (review w08)', () => {
      assert.equal(
        ageOf(
          'Sehr geehrte Frau Doktor,',
          'regarding your patient with back pain for 3 weeks. Bruder (8 J.) had a tethered cord release.',
          'Plan: XR L-spine',
          'Freundliche Grüsse',
        ),
        undefined,
      );
      assert.equal(ageOf('Sehr geehrte Familie Keller,', 'regarding Lea (11 J.): back pain for 2 weeks.', 'Plan: XR L-spine'), undefined);
    });
  });

  describe('section keys of European-trained writers', () => {
    it('"Objectively:", "Skin examination:" and "EO:" hold the exam', () => {
      const seen = readNote('Child: 2 y.o. girl', 'Objectively: sacral dimple noted. Gait normal.', 'Ordered: X-ray of lumbosacral spine.');
      assert.equal(seen.scenario, 's1-cutaneous-marker');
      assert.ok(presentIn('hair-tuft', 'Patient: boy, age 6 weeks.', 'Skin examination: hair tuft over the lower lumbar spine.', 'Plan: MRI L-spine'));
      assert.equal(readNote('14 yo M', 'Back pain 10 days.', 'EO: dorsiflexion left foot 4/5, Babinski positive left.', 'Plan: MRI whole spine').facts.neuro.state, 'abnormal');
    });
    it('"Urgent:" names the study to do, and nothing else', () => {
      assert.equal(orderOf('14 yo M', 'Back pain 10 days.', 'Urgent: MRI whole spine without contrast - today.'), 'mri-complete-without');
      assert.equal(orderOf('14 yo M', 'Back pain 10 days.', 'Urgent: call parents re results.', 'Plan: XR L-spine'), 'xr-area');
      assert.equal(orderOf('14 yo M', 'Back pain 10 days.', 'Urgent: MRI whole spine if any weakness.', 'Plan: physio'), 'none');
    });
    it('an "Urgent:" line naming a referral still refers (review t12, t13)', () => {
      const t12 = readNote(
        '5 yo M, lumbar hair tuft, new daytime wetting after being dry, now dribbling.',
        'Neuro: mild L ankle weakness.',
        'Urgent: referral to paediatric neurosurgery',
        'Plan: MRI lumbar spine w/o',
      );
      assert.equal(t12.facts.referral.neurosurgery, true);
      assert.ok(!t12.rules.includes('escalation-referral'));
      assert.equal(
        readNote('5 yo M, lumbar hair tuft, new daytime wetting after being dry.', 'Urgent: neurosurgery referral + MRI lumbar spine w/o', 'Neuro: normal.').facts.referral
          .neurosurgery,
        true,
      );
      assert.equal(readNote('5 yo M, lumbar hair tuft.', 'Urgent: neurosurgery referral if MRI abnormal', 'Plan: MRI lumbar spine w/o').facts.referral.neurosurgery, false);
    });
  });

  describe('a study done keyed by its day and month', () => {
    it('"Spinal US 21.05.:" and "Sono from 12.02.:" are studies done with their result', () => {
      const limited = readNote(
        '4 wk M. Skin tag at the upper cleft.',
        'Spinal US 21.05. (at 2 weeks): limited / not conclusive, conus level could not be determined.',
        'Plan: repeat US spine',
      );
      assert.equal(limited.facts.prior[0]?.result, 'indeterminate');
      assert.ok(limited.rules.includes('next-study-after-ultrasound'));
      const tethered = readNote('4 mo F. Sacral dimple.', 'Sono spinal canal from 12.02.: conus medullaris ending at L3 - suspicion of tethered cord.', 'Plan: MRI L-spine');
      assert.equal(tethered.facts.prior[0]?.result, 'abnormal');
    });
    it('a date closing a sentence before a new one ends it', () => {
      const r = readNote('4 mo F. Sacral dimple.', 'Seen by GP 12.02. US spine to be booked.', 'Plan: US spine');
      assert.equal(r.facts.prior.length, 0);
    });
  });

  describe('an ultrasound’s nerve roots', () => {
    it('are no neuro exam', () => {
      const r = readNote('4 mo F. Sacral dimple.', 'US spine 12/02: conus at L3, reduced root movement.', 'Neuro status: normal.', 'Plan: MRI L-spine');
      assert.equal(r.facts.neuro.state, 'normal');
    });
    it('a limb’s reduced movement still is', () => {
      assert.equal(readNote('4 mo F', 'Sacral dimple. Neuro: reduced leg movement on the left.', 'Plan: MRI L-spine').facts.neuro.state, 'abnormal');
      assert.equal(readNote('14 yo F', 'Back pain. Exam: reduced L5 root sensation on the left.', 'Plan: MRI L-spine').facts.neuro.state, 'abnormal');
    });
  });

  describe('urologic symptoms told in counts and in a return of wetting', () => {
    it('"wet again during the day" is a new urologic symptom', () => {
      assert.ok(presentIn('incontinence', '2 yo F. Sacral dimple. She is wet again during the day after being dry.', 'Plan: US spine'));
    });
    it('UTIs counted in the past are no red flag (review p27, q03)', () => {
      assert.equal(readNote('6 yo girl with LBP 3 wk.', '2 UTIs as a baby, none since.', 'Neuro intact.', 'Plan: XR L-spine').scenario, 'back-pain-no-red-flags');
      assert.equal(readNote('6 yo girl with LBP 3 wk.', 'Had 3 UTIs in 2021.', 'Neuro intact.', 'Plan: XR L-spine').scenario, 'back-pain-no-red-flags');
    });
    it('a sibling’s UTIs, one UTI or hair wet again are none', () => {
      assert.ok(!presentIn('abnormal-voiding', '2 yo F. Sacral dimple. Sister had 3 UTIs last year.', 'Plan: US spine'));
      assert.ok(!presentIn('abnormal-voiding', '2 yo F. Sacral dimple. 1 UTI at 3 months.', 'Plan: US spine'));
      assert.ok(!presentIn('incontinence', '2 yo F. Sacral dimple. Hair wet again after swimming.', 'Plan: US spine'));
      assert.ok(!presentIn('incontinence', '2 yo F. Sacral dimple. Not wet again during the day since toilet trained.', 'Plan: US spine'));
    });
  });

  describe('examples under a condition', () => {
    it('"should new symptoms such as leg weakness or night pain appear" tells neither', () => {
      const r = readNote('15 yo M', 'Low back pain for 3 weeks. Should new symptoms such as leg weakness or night pain appear, please contact us.', 'Plan: physio');
      assert.equal(r.scenario, 'back-pain-no-red-flags');
      assert.ok(!presentIn('night-pain', '15 yo M', 'Low back pain. Denies red flag symptoms such as fever or weight loss or night sweats.', 'Plan: physio'));
      assert.ok(!presentIn('night-sweats', '15 yo M', 'Low back pain. Denies red flag symptoms such as fever or weight loss or night sweats.', 'Plan: physio'));
    });
    it('examples told as present stay present', () => {
      assert.ok(presentIn('night-pain', '15 yo M', 'Low back pain with red flags such as night pain and fever.', 'Plan: MRI L-spine'));
      assert.ok(presentIn('night-pain', '15 yo M', 'No fever. Back pain, with symptoms such as night pain.', 'Plan: MRI L-spine'));
    });
  });

  describe('pain irradiating along the leg', () => {
    it('is radicular', () => {
      assert.ok(presentIn('radicular-pain', '13 yo M', 'Lumbar pain for 3 weeks, irradiating along the thigh down to the knee.', 'Plan: MRI L-spine'));
    });
    it('along the back, the spine or the belt line it is not (review s07, s14, s16)', () => {
      assert.ok(!presentIn('radicular-pain', '12 yo girl. LBP with pain irradiating along the lower back, no leg pain.', 'Plan: XR L-spine'));
      assert.ok(!presentIn('radicular-pain', '12 yo girl. LBP, irradiating along the spine to the neck, no leg pain.', 'Plan: XR L-spine'));
      assert.ok(!presentIn('radicular-pain', '12 yo girl. LBP, irradiating along the belt line to the flank, no leg pain.', 'Plan: XR L-spine'));
    });
    it('denied, it is not', () => {
      assert.ok(!presentIn('radicular-pain', '13 yo M', 'Lumbar pain for 3 weeks, not irradiating along the legs.', 'Plan: MRI L-spine'));
    });
  });

  describe('a request’s quoted history', () => {
    it('tells the neuro exam', () => {
      const r = readNote(
        'Teleradiology vetting reply',
        'Request received: spinal US, indication "sacral dimple 3 mm, in the natal cleft, approx. 1 cm from the anus, normal neuro exam".',
        'Vetting: justified as requested; US lumbar spine booked for Thursday.',
      );
      assert.equal(r.facts.neuro.state, 'normal');
      assert.ok(r.rules.includes('simple-dimple'));
    });
    it('one that asks for the exam or says it was not done tells none', () => {
      assert.equal(readNote('Request: US spine, 3 mo F, "sacral dimple, please check neuro".').facts.neuro.state, 'unknown');
      assert.equal(readNote('Request: MRI L-spine, 3 mo F, "sacral dimple, neuro exam not done".').facts.neuro.state, 'unknown');
    });
  });
});
