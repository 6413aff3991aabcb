/**
 * Review 7a (k-a): defects found in the r7a merge (bare-number ages, the patient named by a relation,
 * tellers' lines, "w/o …" pseudo-triggers, unanswered referrals). Each case failed before its fix.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, readNote } from '../helpers';

const present = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === id && h.present);

describe('review 7a fixes (k-a)', () => {
  describe('a bare number in the Age key waits for any age the note tells with its unit', () => {
    it('"Age: 20" over "20 mo with sacral hemangioma" is the toddler\'s 20 months: the XR stays flagged', () => {
      const r = readNote('Age: 20', 'Presentation: 20 mo with sacral hemangioma', 'Order: XR L-spine');
      near(r.facts.age?.months, 20, '20 mo');
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.ok(r.rules.includes('inappropriate-initial-study'));
    });
    it('"Age: 10" over "10 mo boy", "Age: 9" over "9mo male", "Age: 6" over "6 mo F" read months', () => {
      near(ageOf('Age: 10', 'Presentation: 10 mo boy with deep sacral dimple and hair tuft', 'Order: XR L-spine'), 10, '10 mo');
      near(ageOf('Age: 9', 'Presentation: 9mo male with sacral dimple and deviated gluteal cleft', 'Order: XR sacrum'), 9, '9mo');
      near(ageOf('Age: 6', 'Presentation: 6 mo F w/ atypical dimple', 'Order: XR L-spine'), 6, '6 mo');
      near(ageOf('Age: 11', 'Presentation: born at 36 wk, sacral hemangioma, here for 11 mo check', 'Order: XR L-spine'), 11, '11 mo check');
    });
    it('a toddler, a day of life or a corrected age speak of a child too young for the number to be years', () => {
      const r = readNote('Age: 18', 'Presentation: toddler, not yet walking, sacral dimple with hemangioma', 'Order: XR L-spine');
      assert.equal(r.facts.age, undefined);
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.equal(ageOf('Age: 5', 'Presentation: hair tuft, DOL 5', 'Order: XR L-spine'), undefined);
      assert.equal(ageOf('Age: 7', 'Corrected age: 5 months', 'Findings: sacral dimple with skin tag', 'Order: XR L-spine'), undefined);
    });
    it('alone, a school-age number is still years, and one that agrees with the text asks nothing', () => {
      near(ageOf('Age: 14', 'Presentation: low back pain 6 wk, night pain', 'Order: MRI L-spine'), 168, '14');
      const r = readNote('Age: 14', 'Presentation: 14 yo with back pain 3 wk', 'Order: XR L-spine');
      near(r.facts.age?.months, 168, 'agrees');
      assert.equal(r.facts.ageProblems.length, 0);
    });
  });

  describe('a son or daughter brought by the relative is the patient', () => {
    it('"Dad brings his 8 yo son", "Mom brought her 3 mo daughter in", "Parents bring their 5 month old son"', () => {
      near(ageOf('Presentation: Dad brings his 8 yo son for low back pain x 6 wk, wakes at night', 'Order: XR L-spine'), 96, 'brings');
      near(ageOf('HPI: Mom brought her 3 mo daughter in for a sacral dimple with a hair tuft', 'Order: XR L-spine'), 3, 'brought');
      near(ageOf('HPI: Parents bring their 5 month old son, who has a hemangioma over the sacrum', 'Order: XR L-spine'), 5, 'bring');
    });
    it('"15 yo son of a colleague" names the patient', () => {
      near(ageOf('Presentation: 15 yo son of a colleague with low back pain x 2 months', 'Order: XR L-spine'), 180, 'son of');
    });
    it('"her 10 yo son" beside the patient, and "also brought her 6 yo daughter", stay someone else', () => {
      assert.equal(ageOf('Presentation: Mom is a nurse; her 10 yo son had scoliosis. Baby has a deep dimple.', 'Order: US spine'), undefined);
      near(ageOf('Presentation: Mom also brought her 6 yo daughter. 4 mo girl with a deep dimple.', 'Order: US spine'), 4, 'also');
    });
  });

  describe("a teller's line of the teller's own history stays the teller's", () => {
    it('"Dad: had a tethered cord release as a child" in a call note is no operated spine of the baby', () => {
      assert.equal(
        present(
          'operated-spine',
          'Telephone encounter',
          'Age: 3 months',
          'Dad: had a tethered cord release as a child',
          'Findings: small sacral dimple, base seen',
          'Order: US spine',
        ),
        false,
      );
    });
    it("a parent's own cancer or tumor is no red flag of the child", () => {
      const tumor = readNote('Phone call', 'Age: 11 y', 'Presentation: back pain 4 wk, no red flags', 'Mom: worried because she had a spinal tumor as a teen', 'Order: XR L-spine');
      assert.equal(tumor.scenario, 'back-pain-no-red-flags');
      const own = readNote('Phone call', 'Mom: I had a spinal cord tumor removed when I was 12', 'Age: 12 y', 'Presentation: back pain 3 wk, no red flags', 'Order: XR L-spine');
      assert.equal(own.scenario, 'back-pain-no-red-flags');
      const aged = readNote('Phone call', 'Mother: 41 yo with metastatic breast cancer', 'Patient: 12 y F', 'Presentation: back pain 3 wk', 'Order: XR L-spine');
      assert.equal(aged.scenario, 'back-pain-no-red-flags');
      assert.equal(
        present('malignancy', 'Phone call', 'Mom: she had leukemia as a child and is worried', 'Age: 12 y', 'Presentation: back pain 3 wk, no red flags', 'Order: XR L-spine'),
        false,
      );
    });
    it("the mother's age in a delivery or nursery note is not the baby's", () => {
      const r = readNote(
        'Called to delivery for fetal bradycardia',
        'Mother: 32 yo, gestational diabetes, healthy',
        'Findings: deep sacral dimple with hair tuft',
        'Order: XR L-spine',
      );
      assert.equal(r.facts.age, undefined);
      assert.equal(r.scenario, 's1-cutaneous-marker');
      const p = readNote(
        'Nursery note - paged for sacral dimple',
        'Mother: 24 yo, prenatal US showed possible spina bifida, f/u fetal MRI normal',
        'Findings: sacral dimple, base not seen',
        'Order: US spine',
      );
      assert.equal(p.facts.age, undefined);
      assert.deepEqual(p.facts.prior, []);
    });
    it('"Mother: back pain herself, MRI last year …" is no prior imaging of the child', () => {
      const r = readNote(
        'Phone call',
        'Age: 12 years',
        'Mother: back pain herself, MRI last year showed a herniated disc',
        'Parent: he has back pain x 3 wks, no red flags',
        'Order: XR L-spine',
      );
      assert.deepEqual(r.facts.prior, []);
    });
    it("the child's story in the parent's words is still read", () => {
      assert.ok(present('night-pain', 'Phone call', 'Age: 9 y', 'Mom: has had back pain for 2 weeks, waking at night', 'Order: XR L-spine'));
      assert.ok(present('hair-tuft', 'Phone call', 'Age: 2 y', 'Mom: he had a deeper dimple as a baby, now a hairy patch over it', 'Order: XR L-spine'));
    });
  });

  describe('"w/o anesthesia", "w/o for": how the study is done negates nothing after it', () => {
    it('a marker after them is present; a real negation still negates', () => {
      assert.ok(present('sacral-dimple', 'Age: 2 y', 'Presentation: feed and wrap MRI w/o anesthesia for deep dimple with skin tag'));
      assert.ok(present('hair-tuft', 'Age: 2 y', 'Presentation: MRI L-spine w/o for hairy patch over the lower back'));
      assert.equal(present('hair-tuft', 'Age: 2 y', 'Presentation: MRI w/o anesthesia; no hair tuft'), false);
    });
  });

  describe('a neurosurgery referral answered on its own line', () => {
    const nsgy = (...lines: string[]) => readNote('Age: 4 mo', 'Findings: deep sacral dimple with hair tuft', 'Order: MRI lumbar spine', ...lines).facts.referral.neurosurgery;
    it('answered under it, or told as made before the colon, is a referral', () => {
      assert.equal(nsgy('Neurosurgery referral:', '  - placed today, Dr. Patel to see in 2 wk'), true);
      assert.equal(nsgy('Plan: MRI lumbar spine, discussed with neurosurgery today:', '  agree with MRI, will see in clinic'), true);
      assert.equal(nsgy('Plan: MRI lumbar spine', 'Referred to peds neurosurgery:', 'Dr. Patel'), true);
    });
    it('a key naming neurosurgery and answered yes is a referral; no, not yet or blank is none', () => {
      assert.equal(nsgy('NSGY referral: yes'), true);
      assert.equal(nsgy('Neurosurgery: referred'), true);
      assert.equal(nsgy('Neurosurgery referral: placed'), true);
      assert.equal(nsgy('Neurosurgery: no'), false);
      assert.equal(nsgy('Neurosurgery referral: not yet, pending MRI'), false);
      assert.equal(nsgy('Neurosurgery referral: yes if MRI abnormal'), false);
      assert.equal(nsgy('Neurosurgery referral: ***'), false);
      assert.equal(nsgy('Plan: MRI lumbar spine', '  Neurosurgery referral: {Yes/No:12345} ***', '  Follow up in 2 wk'), false);
    });
  });
});
