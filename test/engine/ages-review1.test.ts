/**
 * Ages after review 1 (defects 1, 2, 3, 7, 8, 11, 12 and the age of 15): dates in British notation,
 * the mother's and a sibling's age, "2M infant", device sizes, durations before "with", a past Age key
 * beside a current one, and "of 5 mo twins". Each class is tested with the review's example, the other
 * ways clinicians write it, and the near-misses that must keep their reading.
 */
import * as assert from 'node:assert/strict';
import { loadAgeVocabulary } from '../../server/src/clinical/age-fact';
import { isPastSpelling, lookupKey } from '../../server/src/notes/keys';
import { ageOf, DAY, near, readNote, WEEK } from '../helpers';

function check(cases: [string, number | undefined][]): void {
  for (const [text, months] of cases)
    it(text, () => {
      const lines = text.split('\n');
      if (months === undefined) assert.equal(ageOf(...lines), undefined, text);
      else near(ageOf(...lines), months, text);
    });
}

describe('ages after review 1', () => {
  describe('defect 1: N/12, N/52, N/7 in free text is a date unless an age is plainly told around it', () => {
    check([
      ['Seen 3/12 with hair tuft over sacrum; 9 mo boy. US spine ordered.', 9],
      ['Seen by PCP 4/12 with sacral dimple and hair tuft. Now 7 mo. MRI L-spine w/o ordered.', 7],
      ['On 2/7 seen by ortho for back pain; 13 yo with night pain. MRI L-spine ordered.', 156],
      ['ED visit 1/12 w/ fall from bike, now 11 yo with back pain. XR L-spine ordered.', 132],
      ['Last seen 2/12 w/ dimple; 8 mo old girl now with hair tuft. MRI L-spine w/o.', 8],
      ['Reviewed 6/52 with dimple, now 5 mo. US spine ordered.', 5],
      // With nothing else, a date gives no age.
      ['Seen 3/12 with hair tuft over sacrum. US spine ordered.', undefined],
      ['Dimple noted 3/12 w/ hair tuft. US spine ordered.', undefined],
      ['F/u on 6/12 with PCP for dimple. US spine ordered.', undefined],
      // Plainly told, the notation is the age.
      ['Thank you for seeing this 18/12 girl with a hairy patch. Order: MRI L-spine', 18],
      ['6/52 old baby with a deep sacral dimple. US spine ordered.', 6 * WEEK],
      ['Deep sacral dimple in this boy aged 18/12. MRI L-spine ordered.', 18],
      ['Baby 6/52 with a deep sacral dimple. US spine ordered.', 6 * WEEK],
      ['Patient: 6/52 M\nFindings: deep dimple\nOrder: US spine', 6 * WEEK],
    ]);
    it('the date leaves the window check on for the 9-month-old', () => {
      const r = readNote('Seen 3/12 with hair tuft over sacrum; 9 mo boy. US spine ordered.');
      assert.ok(r.rules.includes('ultrasound-window-closed'), r.rules.join());
    });
  });

  describe("defect 2: the mother's age in a newborn's note is not the baby's", () => {
    check([
      ['Term male born to a 24 yo G1P1 via NSVD, now 2 days old, with a deep sacral dimple above the cleft. US spine ordered.', 2 * DAY],
      ['Baby girl born at 39 wk to a 31 y/o G2P2, 5 days old, deep sacral dimple. US spine ordered.', 5 * DAY],
      ['Delivered at term to a 28-year-old primip. Now 3 wk old with hair tuft over sacrum. US spine ordered.', 3 * WEEK],
      ['24 yo G1P1 mother; baby boy 4 wk old with deep sacral dimple. US spine ordered.', 4 * WEEK],
      ['Born via NSVD to a 19 yo, 10 day old boy with sacral dimple. US spine ordered.', 10 * DAY],
      ['Patient: baby boy born to a 24 yo G1P1, 3 days old\nFindings: deep sacral dimple\nOrder: US spine', 3 * DAY],
      ['Patient: newborn girl, mother 30 yo G2P1\nFindings: deep sacral dimple\nOrder: US spine', 0],
      ['Patient: newborn nursery graduate, 6 wk old\nFindings: deep sacral dimple\nOrder: US spine', 6 * WEEK],
      // Only the mother's age: no age at all.
      ['Born to a 24 yo G1P1, deep sacral dimple above the cleft. US spine ordered.', undefined],
      // A word for the child after the age makes it the child's.
      ['Mom brought in her 3 mo boy with a deep sacral dimple. US spine ordered.', 3],
      ['Mom says baby is 3 mo. Deep dimple. Order: US spine', 3],
      ['3 mo old, mother 17 yo, deep dimple. US spine ordered.', 3],
      ['Born to a G1P1 mother, now 3 wk with a deep sacral dimple. US spine ordered.', 3 * WEEK],
      ['Mother G2P1 24 yo, healthy; deep sacral dimple. US spine ordered.', undefined],
      ['Newborn boy, mother 30 yo G2P1, deep sacral dimple. US spine ordered.', 0],
      ['Dimple noted as a newborn. Seen at 8 mo, hair tuft now. MRI L-spine ordered.', undefined],
      ["Mom's older son is 10 years old and had a tethered cord release. Today the baby has a deep sacral dimple. US spine ordered.", undefined],
    ]);
    it('the newborn stays in the skin-marker scenario', () => {
      const r = readNote('Term male born to a 24 yo G1P1 via NSVD, now 2 days old, with a deep sacral dimple above the cleft. US spine ordered.');
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.ok(!r.rules.includes('no-criteria-apply'), r.rules.join());
    });
  });

  describe('defect 3: "2M infant" is 2 months; "2M" alone may be months or years', () => {
    check([
      ['Patient: 2M infant, term, sacral dimple\nOrder: spinal ultrasound', 2],
      ['Patient: 3M baby, sacral dimple deep, above cleft\nOrder: US lumbar spine', 3],
      ['Patient: Jane, 2M (2 months)\nFindings: deep sacral dimple\nOrder: US spine', 2],
      ['Pt: 2M infant, term, sacral dimple\nFindings: dimple 6 mm\nOrder: spinal ultrasound', 2],
      ['Patient: 2M, ex-32 wk\nFindings: deep sacral dimple\nOrder: US spine', 2],
      ['Patient: NICU grad 5M\nFindings: deep sacral dimple\nOrder: US spine', 5],
      ['Patient: 9M infant\nFindings: deep sacral dimple\nOrder: MRI L-spine', 9],
      ['4M infant with deep sacral dimple above the gluteal cleft. Neuro nl. US spine ordered.', 4],
      ['Baby, 3M, with a deep sacral dimple. US spine ordered.', 3],
      // The Age line reads M as months: the Patient line now agrees.
      ['Age: 4M\nFindings: deep sacral dimple\nOrder: US spine', 4],
      // Unclear: no age, rather than a guess.
      ['Patient: 2M\nFindings: deep sacral dimple\nOrder: US spine', undefined],
      ['Patient: 4M, sacral dimple\nOrder: US spine', undefined],
      ['Patient: 2F infant\nFindings: deep sacral dimple\nOrder: US spine', undefined],
      ['5M with back pain at night. MRI L-spine ordered.', undefined],
      // Years, as before: a larger number, an F, or no infant word.
      ['Pt: 15M\nFindings: hair tuft\nOrder: MRI L-spine', 180],
      ['15M c/o LBP since the weekend. Plan: XR lumbar spine', 180],
      ['15M with long-term back pain. Plan: XR lumbar spine', 180],
      ['3F with a sacral hemangioma. Order: US spine', 36],
      ['Pt 11M, hair tuft over sacrum, US spine ordered.', 132],
    ]);
    it('the 2-month-old infant gets no window warning', () => {
      const r = readNote('Patient: 2M infant, term, sacral dimple', 'Order: spinal ultrasound');
      assert.ok(!r.rules.includes('ultrasound-window-closed'), r.rules.join());
    });
    it('an unclear "2M" says why and asks for the age', () => {
      const r = readNote('Patient: 2M', 'Findings: deep sacral dimple', 'Order: US spine');
      assert.ok(r.rules.includes('unreadable-age'), r.rules.join());
      assert.ok(r.rules.includes('missing-age'), r.rules.join());
      assert.match(r.facts.ageProblems[0].message, /"2M" may be 2 months or 2 years/);
    });
  });

  describe('defect 7: a sibling\'s "age:" inside prose is not the Age key', () => {
    check([
      ['Baby girl with deep sacral dimple and hair tuft, born last week. Older sibling Jack, age: 4 years, had tethered cord release. US spine ordered.', undefined],
      ['Sacral dimple in this 2 mo girl. Her brother Sam, age: 7 years, had a tethered cord. US spine ordered.', 2],
      ["Deep dimple with hair tuft in a 6 wk old. Mom's older son, age: 10 years, had spina bifida. US spine ordered.", 6 * WEEK],
      ['Deep dimple with hair tuft, 6 wk old boy. Cousin Ava, age: 3 years, has spina bifida. US spine ordered.', 6 * WEEK],
      ['Deep dimple with hair tuft, 6 wk old boy; mother, age: 24 years, G1P1. US spine ordered.', 6 * WEEK],
      // The patient's own Age key inside prose is still read.
      ['NICU summary, dimple with hair tuft. Age: 4 weeks. Plan: US spine', 4 * WEEK],
      ['Baby girl, age: 5 days, deep sacral dimple. US spine ordered.', 5 * DAY],
    ]);
    it('the newborn gets no window warning from the sibling', () => {
      const r = readNote('Baby girl with deep sacral dimple and hair tuft, born last week. Older sibling Jack, age: 4 years, had tethered cord release. US spine ordered.');
      assert.ok(!r.rules.includes('ultrasound-window-closed'), r.rules.join());
    });
  });

  describe('defect 8: "Age at discharge" is a past age; a current one wins', () => {
    check([
      ['Age at discharge: 10 weeks\nCurrent age: 8 months\nFindings: deep sacral dimple\nOrder: US lumbar spine', 8],
      ['Current age: 8 months\nAge at discharge: 10 weeks\nFindings: deep sacral dimple\nOrder: US lumbar spine', 8],
      ['Age at discharge: 10 weeks\nAge: 8 months\nFindings: deep sacral dimple\nOrder: US lumbar spine', 8],
      ['Age on discharge: 10 weeks\nAge today: 8 months\nFindings: deep sacral dimple\nOrder: US lumbar spine', 8],
      ['Age at discharge: 10 weeks\nChronological age: 8 months\nFindings: deep sacral dimple\nOrder: US lumbar spine', 8],
      // A date of birth, a Patient line or a plainly told age is newer too.
      ['Age at discharge: 4 weeks\nDOB: 2026-03-26\nDate: 2026-11-26\nFindings: deep sacral dimple\nOrder: US lumbar spine', 8],
      ['Age at discharge: 4 weeks\nPatient: 8 mo girl\nFindings: deep sacral dimple\nOrder: US lumbar spine', 8],
      ['Age at discharge: 4 weeks\nHPI: seen in clinic today, now 8 mo old, deep sacral dimple\nOrder: US lumbar spine', 8],
      // Alone, the discharge summary's age is the age of its orders.
      ['NICU DISCHARGE SUMMARY\nAge at discharge: 4 weeks\nFindings: sacral dimple with overlying hair tuft\nOrder: MRI L-spine w/o', 4 * WEEK],
    ]);
    it('the 8-month-old gets the window warning, and the two ages are no duplicate key', () => {
      const r = readNote('Age at discharge: 10 weeks', 'Current age: 8 months', 'Findings: deep sacral dimple', 'Order: US lumbar spine');
      assert.ok(r.rules.includes('ultrasound-window-closed'), r.rules.join());
      assert.ok(!r.rules.includes('duplicate-key'), r.rules.join());
    });
    it('two current ages, or two past ones, are still a duplicate key', () => {
      assert.ok(readNote('Age: 8 months', 'Current age: 8 months', 'Order: US spine').rules.includes('duplicate-key'));
      assert.ok(readNote('Age at discharge: 4 weeks', 'Age on discharge: 4 weeks', 'Order: US spine').rules.includes('duplicate-key'));
    });
    it('the past spellings are the Age key, marked as past; "Age at birth" is no key', () => {
      for (const k of ['Age at discharge', 'age on discharge']) {
        assert.equal(lookupKey(k)?.name, 'Age', k);
        assert.ok(isPastSpelling(k), k);
      }
      for (const k of ['Age', 'Current age', 'Age today', 'Chronological age', 'Age at visit']) assert.ok(!isPastSpelling(k), k);
      assert.equal(lookupKey('Age at birth'), undefined);
    });
  });

  describe('defect 11: device sizes are never ages', () => {
    check([
      ['NICU: ex-28 weeker, 5F feeding tube in place, noted sacral dimple with hair tuft. Please arrange US spine.', undefined],
      ['Deep sacral dimple, 8F Replogle to suction. US spine ordered.', undefined],
      ['Deep sacral dimple; 10F suction catheter used. US spine ordered.', undefined],
      ['Deep sacral dimple; 5F double lumen UVC in place. US spine ordered.', undefined],
      ['5F, NG tube in place, sacral dimple. US spine ordered.', undefined],
      ['Ex-28 weeker now 6 wk old, 5F feeding tube in place, sacral dimple. US spine ordered.', 6 * WEEK],
      // Vital signs are no ages either.
      ['HPI: T 39 F, 8 mo with hair tuft over sacrum. US spine ordered.', 8],
      // Near-misses: the sex after an age, and a child with a tube.
      ['3F with a sacral hemangioma. Order: US spine', 36],
      ['5F with back pain at night, no fever. MRI L-spine ordered.', 60],
      ['3 mo old F, NG tube in place, sacral dimple. US spine ordered.', 3],
      ['3 mo, NG tube in place, sacral dimple. US spine ordered.', 3],
      ['NICU grad, now 3 mo, 5F G-tube, deep dimple. US spine ordered.', 3],
    ]);
  });

  describe('defect 12: a duration before "with" is no age', () => {
    check([
      ['Two months with intermittent back pain and a hairy patch over the lumbar spine in this 12 yo girl. MRI L-spine w/o ordered.', 144],
      ['Two weeks with worsening low back pain and night waking in this teenager. Afebrile. MRI L-spine w/o ordered.', undefined],
      ['NPO 6 hrs w/ IVF running, 12 yo with back pain after fall. XR L-spine ordered.', 144],
      ['6 hrs w/ IVF, sacral dimple. US spine ordered.', undefined],
      ['Three weeks with a limp and back pain. XR L-spine ordered.', undefined],
      ['Mom reports 10 days w/ back pain and fever. 14 yo. MRI L-spine w/wo contrast ordered.', 168],
      ['3 wks intermittent LBP, 15 yo, no red flags. XR L-spine ordered.', 180],
      // Near-misses: "with" before a finding still suggests the age.
      ['3 mo w/ deep sacral dimple. US spine ordered.', 3],
      ['6 wk with sacral dimple and hair tuft. US spine ordered.', 6 * WEEK],
      ['Two months with a deep sacral dimple. US spine ordered.', 2],
      // In months or years and in digits, "with" a complaint is still the age: "3 mo with fever".
      ['3 mo with fever and a deep sacral dimple. US spine ordered.', 3],
      ['2 wk with fever, sacral dimple. US spine ordered.', undefined],
    ]);
    it('the teenager gets no infant warning', () => {
      const r = readNote('Two months with intermittent back pain and a hairy patch over the lumbar spine in this 12 yo girl. MRI L-spine w/o ordered.');
      assert.ok(!r.rules.includes('mri-first-in-young-infant'), r.rules.join());
    });
  });

  describe('a plainly told age wins over one only suggested; past ages', () => {
    check([
      ['Presents for 2 wk check; now 9 mo old. US spine ordered.', 9],
      ['4 mo seen for dimple, now 9 mo boy with hair tuft. MRI L-spine ordered.', 9],
      ['Hx ALL diagnosed 3 yo, in remission. Now with 3 wks back pain, night sweats. MRI L-spine w/wo ordered.', undefined],
      ['Corrected age 3 mo, chronological 7 mo. Sacral hair tuft. US spine ordered.', 7],
      ['Back pain, now 3 wks. Order: XR L-spine', undefined],
      ['Dimple noted at birth, now 10 days. US spine ordered.', 10 * DAY],
      // Today's age ("now …") wins over an age told of the past, and a past time is no age.
      ['Dimple noted by midwife on a 2 day old baby; now 6 wk. US spine ordered.', 6 * WEEK],
      ['Baby was 2 wk old when dimple noted; now 4 mo w/ hair tuft. US spine ordered.', 4],
      ['4 mo w/ dimple; hair tuft noted when 2 wk old. US spine ordered.', 4],
      ['Dimple, US at 2 mo: normal. Now a 9 mo M. Order: MRI L-spine', 9],
      // The UK "6/52 check" is the visit named by the age.
      ['Presents for 6/52 check, deep sacral dimple. US spine ordered.', 6 * WEEK],
      // An M beside no infant word stays unclear; a word that is no device keeps the infant's age.
      ['2M feeding well, deep sacral dimple. US spine ordered.', undefined],
      ['Patient: 2M infant, umbilical hernia, deep sacral dimple\nOrder: US spine', 2],
    ]);
  });

  describe('defect 15: "Twin A of 5 mo twins"', () => {
    check([
      ['Twin A of 5 mo twins, deep sacral dimple. US spine ordered.', 5],
      ['Consult for 3 mo infant with deep sacral dimple. US spine ordered.', 3],
      ['Back pain in 12 yo girl, worse at night. MRI L-spine ordered.', 144],
      ['Twin B, 4 mo; the other twin, 6 mo in NICU records, is well. US spine ordered.', 4],
      // Durations before a word for the child stay durations where the word cannot follow.
      ['Pain for 2 weeks, worse at night. Order: MRI L-spine', undefined],
      ['Sacral dimple. US at 2 mo: normal. Order: MRI L-spine', undefined],
    ]);
  });

  describe('the new vocabulary does what its lists say', () => {
    const v = loadAgeVocabulary();
    it('every weak word suggests the age, which a plainly told one beats', () => {
      for (const w of v.afterAge.weak.filter((x) => x !== 'w')) {
        near(ageOf(`Deep dimple; 3 mo ${w} seen. Order: US spine`), 3, w);
        near(ageOf(`Deep dimple; 3 mo ${w} seen, now 9 mo boy. Order: MRI L-spine`), 9, w);
      }
    });
    it('every personAfter word is no duration before a word for the child ("<word> 5 mo twins")', () => {
      for (const w of v.durationBefore.personAfter) near(ageOf(`Deep dimple, ${w} 5 mo twins. Order: US spine`), 5, w);
    });
    it('every word for another child makes the age not the patient\'s ("<word> son is 10 yo")', () => {
      for (const w of v.relatives.otherChild) assert.equal(ageOf(`Deep dimple. The ${w} son is 10 yo. Order: US spine`), undefined, w);
    });
    it('every birth word before "to" makes the age the mother\'s', () => {
      for (const w of v.relatives.bornTo) assert.equal(ageOf(`Deep dimple. ${w} to a 24 yo. Order: US spine`), undefined, w);
    });
    it('every device word within the clause makes a number and letter no age ("5F feeding <word>")', () => {
      for (const w of v.notAnAge.words) assert.equal(ageOf(`Deep dimple, 5F feeding ${w}. Order: US spine`), undefined, w);
    });
    it('every measure before the number makes it no age ("<word> 39 F")', () => {
      for (const w of v.notAnAge.before) assert.equal(ageOf(`Deep dimple, ${w} 39 F. Order: US spine`), undefined, w);
    });
    it('every infant word makes an M months ("Patient: 2M <word>")', () => {
      for (const w of v.infantWords.words) near(ageOf(`Patient: 2M ${w}`, 'Findings: deep dimple', 'Order: US spine'), 2, w);
    });
    it('every date word before N/12 makes it a date ("<word> 3/12 girl")', () => {
      for (const w of v.slashNotation.dateBefore) assert.equal(ageOf(`Deep dimple. ${w} 3/12 girl. Order: US spine`), undefined, w);
    });
  });
});
