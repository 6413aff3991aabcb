/**
 * Ages written under other keys or as a bare number, the patient named by a relation in a call or a
 * message, lines keyed by whoever tells the history (a parent's message, a chat between clinicians),
 * and EMS MIST handovers (set 7). Each positive case was missed before; each near-miss keeps its reading.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, readNote } from '../helpers';

describe('ages, tellers and handovers (set 7)', () => {
  describe('Age keys: other spellings and a bare number', () => {
    it('"Child\'s age", "Age of child", "Baby\'s age" are the Age key', () => {
      near(ageOf('e-Visit: back pain', "Child's age: 11 years", 'Order: MRI L-spine w/o'), 132, 'child');
      near(ageOf('Age of child: 4 months', 'Findings: hair tuft', 'Order: US spine'), 4, 'age of child');
      near(ageOf("Baby's age: 6 weeks", 'Findings: deep dimple', 'Order: US spine'), 6 * (7 / 30.4375), 'baby');
    });
    it('a bare number of school age in an Age key is years', () => {
      near(ageOf('Age: 14', 'Presentation: low back pain 2 wk, no red flags', 'Order: MRI L-spine w/o'), 168, '14');
      near(ageOf("Child's age: 11", 'Parent: back pain for a week', 'Order: MRI L-spine'), 132, '11');
      near(ageOf('Age: 8.', 'Presentation: back pain', 'Order: XR L-spine'), 96, '8.');
    });
    it('a small bare number may be months: no age, and the reader asks for the unit', () => {
      const r = readNote('Age: 4', 'Findings: hair tuft over sacrum', 'Order: XR L-spine');
      assert.equal(r.facts.age, undefined);
      assert.ok(r.facts.ageProblems.some((p) => /gives no unit/.test(p.message)));
      assert.equal(ageOf('Age: 2', 'Presentation: back pain', 'Order: XR L-spine'), undefined);
    });
    it('a bare number in a note that speaks of an infant stays unread', () => {
      assert.equal(ageOf('Age: 6', 'Findings: baby has a sacral dimple with hair tuft', 'Order: XR L-spine'), undefined);
      assert.equal(ageOf('Age of child: 9', 'Presentation: NICU graduate, diapers with dimple', 'Order: US spine'), undefined);
      // The age told in the history is read instead.
      near(ageOf('Age: 8', 'Presentation: 10 wk old, deep dimple', 'Order: US spine'), 10 * (7 / 30.4375), '10 wk old');
    });
    it('a bare number out of childhood or with other words is not read as years', () => {
      assert.equal(ageOf('Age: 45', 'Presentation: back pain', 'Order: XR L-spine'), undefined);
      assert.equal(ageOf('Age: 14 or so?', 'Presentation: back pain', 'Order: XR L-spine'), undefined);
    });
  });

  describe('EMS MIST handovers', () => {
    const mist = [
      'M: 19 y/o F, restrained driver, head-on ~40 mph, airbags deployed.',
      'I: lumbar pain, seatbelt sign across the lower abdomen.',
      'S: BP 104/60, HR 110, GCS 15.',
      'T: SMR, 2 large-bore IVs, 500 mL NS.',
    ];
    it('M is the mechanism and the age, I the injuries: by the letters in order', () => {
      const r = readNote('Handover - medic unit 12', ...mist, 'ED: tender L1-L2 midline. CT L-spine w/o ordered.');
      near(r.facts.age?.months, 228, 'M line');
      assert.equal(r.facts.trauma.significance, 'significant');
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'back-pain' && h.present && /lumbar pain/.test(r.note.parsed.text.slice(h.span.start, h.span.end))));
    });
    it('by its name, with only some of the letters', () => {
      const r = readNote('EMS HANDOVER (MIST)', 'M: 14 y M, unrestrained, rollover at ~55 mph', 'I: c/o mid back pain, tender T8-T10', 'Plan: CT thoracic and lumbar spine w/o');
      near(r.facts.age?.months, 168, 'named');
      assert.equal(r.facts.trauma.significance, 'significant');
    });
    it('T, the treatment given on the way, orders nothing', () => {
      const r = readNote('MIST', 'M: 12 y M, fall from 10 ft', 'I: back pain', 'S: GCS 15', 'T: c-collar, XR L-spine at outside ED');
      assert.equal(r.facts.order, undefined);
    });
    it('a mist that is a spray, or letters out of order, is no MIST handover', () => {
      // "mist" in lower case is a nebulised spray; with no handover the letter keys stay what they were.
      const r = readNote('Saline mist given for congestion.', 'M: 19 y/o F, fall from bike', 'I: back pain', 'Order: XR L-spine');
      assert.equal(r.facts.trauma.significance === 'significant', false);
      const t = readNote('T: 38.5', 'S: back pain 2 wk', 'I: stable', 'M: 12 y M', 'Order: XR L-spine');
      assert.notEqual(t.facts.age?.months, 144);
    });
  });

  describe('lines keyed by who tells the story', () => {
    const tuft = (...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present);
    it("a parent's line in a portal or e-visit note is the child's history", () => {
      assert.ok(tuft('E-visit (infant skin concern)', 'Age of child: 4 months', 'Parent: "There is a small tuft of hair at the bottom of his back."', 'Order: MRI L-spine w/o'));
      assert.ok(tuft('Portal message', 'Age: 3 months', 'Mom: there is a tuft of hair on his lower back', 'Order: US spine'));
    });
    it('a message word makes a relative the teller in any note', () => {
      assert.ok(tuft('Age: 3 months', "Mom's message: there is a tuft of hair on his lower back", 'Order: US spine'));
      assert.ok(tuft('Age: 3 months', 'Message from dad: a tuft of hair over the sacrum', 'Order: US spine'));
    });
    it('a parent speaking as the parent ("my son") tells the story in any note', () => {
      assert.ok(tuft('Age: 3 months', 'Parent: my son has a tuft of hair on his low back', 'Order: US spine'));
    });
    it("outside a conversation a relative's line is still the relative's own", () => {
      assert.equal(tuft('Age: 3 months', 'Mother: tuft of hair on her own back as a child', 'Order: US spine'), false);
      const r = readNote('NICU admission', 'Mother: 32 yo G2P2, GBS negative', 'Findings: deep sacral dimple', 'Order: US spine');
      assert.notEqual(r.facts.age?.months, 32 * 12);
    });
    it("a relative's own history keeps its key, even in a message note", () => {
      const r = readNote('Portal message', 'Age: 9 years', "Mom's hx: leukemia as a child", 'Parent: he has back pain for 2 weeks', 'Order: XR L-spine');
      assert.equal(
        r.facts.hits.some((h) => h.finding.id === 'malignancy' && h.present && h.context.experiencer === 'patient'),
        false,
      );
    });
    it("a clinician's chat line tells the findings and the age", () => {
      const r = readNote(
        'secure chat - PCP / peds rads',
        'pcp: 2 y 4 m boy w a pinpoint midline opening at L5, looks like a dermal sinus. neuro exam normal',
        'rads: mri w/o is the test',
      );
      near(r.facts.age?.months, 28, 'pcp');
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'dermal-sinus' && h.present));
      near(ageOf('School screening referral', 'PCP: 11 y F, no back pain. Adams test: R thoracic prominence.', 'Order: scoliosis series'), 132, 'PCP line');
      near(ageOf('hosp: do i need imaging for a 3 wk old w a simple dimple?', 'peds rads: no'), 3 * (7 / 30.4375), 'hosp');
    });
    it('a key holding only a name tells nothing', () => {
      const r = readNote('Phone call', 'PCP: Dr Smith', 'Parent: Maria Lopez', 'Presentation: back pain 2 wk', 'Order: XR L-spine');
      assert.equal(r.facts.age, undefined);
      assert.equal(readNote('PCP: Dr. A. Patel, MD', 'Age: 12 y', 'Presentation: back pain', 'Order: XR L-spine').facts.hits.length > 0, true);
    });
    it('other keys about people are no tellers ("Caller", "Parent name", "Ordering provider")', () => {
      assert.equal(tuft('Phone call', 'Age: 3 months', 'Parent name: tuft', 'Ordering provider: tuft of hair', 'Order: US spine'), false);
    });
  });

  describe('the patient named by a relation', () => {
    it('in a call or a message note, the child the caller speaks of is the patient', () => {
      near(ageOf('TELEPHONE ENCOUNTER', 'Mom of 10-month-old boy returning call re: spine US results.', 'MRI L-spine ordered.'), 10, 'mom of');
      near(ageOf('RN callback', 'Spoke with mom of 5-month-old girl re: the strawberry mark on her lower back.', 'Order: US L-spine'), 5, 'spoke with');
      near(ageOf('After-hours triage: grandma re 3 yo granddaughter who backed into the coffee table; dispo home care'), 36, 'granddaughter');
      near(ageOf('Nurse advice line', 'Caller: dad. Patient: 14 y/o son.', 'Son fell off the trampoline onto his back.'), 168, 'caller');
      near(ageOf('Portal message', 'Presentation: my 12 yo daughter has had back pain for 3 weeks', 'Order: XR L-spine'), 144, 'portal');
    });
    it('a Patient value names the patient by relation in any note', () => {
      near(ageOf('Patient: 14 y/o son', 'Presentation: back pain after a fall', 'Order: XR L-spine'), 168, 'Patient');
    });
    it("in an ordinary note, a relative's son or daughter beside the patient is someone else", () => {
      assert.equal(ageOf('Presentation: Mom is a nurse; her 10 yo son had scoliosis. Baby has a deep dimple.', 'Order: US spine'), undefined);
      near(ageOf('Presentation: Mom also brought her 6 yo daughter. 4 mo girl with a deep dimple.', 'Order: US spine'), 4, 'patient first');
    });
    it('a half or a quarter is part of the number', () => {
      near(ageOf('RN telephone note', 'Pt is a 6 1/2 month old female with a small tuft of hair over the low back.', 'Order: US L-spine'), 6.5, '6 1/2');
      near(ageOf('Age: 2 1/2 years', 'Presentation: back pain', 'Order: XR L-spine'), 30, '2 1/2');
      near(ageOf('Presentation: 7\u00bd mo boy with dimple', 'Order: US spine'), 7.5, 'half sign');
      // A fraction alone, or a duration with a half, is no age.
      near(ageOf('Presentation: back pain x 2 1/2 weeks, 12 yo M', 'Order: XR L-spine'), 144, 'duration');
      assert.equal(ageOf('Presentation: back pain, 1/2 tab ibuprofen', 'Order: XR L-spine'), undefined);
    });
  });

  describe('skin markers missed in English', () => {
    const tuft = (...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present);
    it('"without contrast" says how the study is done, and negates no finding after it', () => {
      assert.ok(tuft('CT tech comment', 'CT L-spine w/o contrast ordered on 2 y/o F, indication "hairy patch lower back, r/o spinal dysraphism".'));
      assert.ok(tuft('Presentation: MRI without contrast ordered for a hairy patch over the lower back', 'Age: 2 y'));
      assert.ok(tuft('Presentation: MRI w/o sedation; hairy patch lower back', 'Age: 2 y'));
      // "w/o" and "without" still negate a finding.
      assert.equal(tuft('Presentation: sacral dimple w/o hairy patch', 'Age: 2 mo', 'Order: US spine'), false);
      assert.equal(tuft('Presentation: MRI w/o contrast, back without hairy patch', 'Age: 2 y'), false);
    });
    it('"Our exam:" heads the writer\'s own exam, read as history', () => {
      const r = readNote(
        'Hospital Medicine Consult - Orthopaedics',
        '4 y M, POD 1 s/p Achilles lengthening for toe walking.',
        'Our exam: flat red hemangioma ~1.5 cm over L5 in the midline, with a small pit in its center.',
        'A/P: MRI lumbar spine without contrast ordered today.',
      );
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'hemangioma' && h.present));
      assert.equal(r.scenario, 's1-cutaneous-marker');
    });
  });

  describe('a referral asked and left unanswered', () => {
    const nsgy = (...lines: string[]) => readNote('Age: 4 mo', 'Findings: midline skin opening above the cleft', ...lines).facts.referral.neurosurgery;
    it('is no referral, whatever stands before it (the study\'s "w/o contrast" no longer hides it)', () => {
      assert.equal(nsgy('Plan: MRI lumbar spine', '  Neurosurgery referral: {Yes/No:12345} ***'), false);
      assert.equal(nsgy('Plan: MRI lumbar spine w/o contrast', '  NSGY consult? ___'), false);
    });
    it('answered, or told as made, it is one', () => {
      assert.equal(nsgy('Plan: MRI lumbar spine', '  Neurosurgery referral: {Yes/No:12345} Yes'), true);
      assert.equal(nsgy('Plan: MRI lumbar spine; neurosurgery referral placed'), true);
      assert.equal(nsgy('Referral: neurosurgery', 'Order: MRI L-spine'), true);
    });
  });
});
