/**
 * Ages written in free text: the age is read where the words around a number make it the patient's
 * age ("7yo s/p MVC", "Girl 10 years", "15M c/o LBP", "12 mo, deep dimple"), never where they make it a
 * duration, a past time, someone else's age or a corrected age ("LBP x 3 mo", "US at 2 mo", "3 y/o
 * brother", "corrected 3 mo").
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { AgeVocabularySchema, loadAgeVocabulary } from '../../server/src/clinical/age-fact';
import { KnowledgeError } from '../../server/src/knowledge/loader';
import { parseAge } from '../../server/src/notes/age';
import { ageOf, DAY, near, readNote, WEEK } from '../helpers';

describe('ages written in free text', () => {
  describe('read as the age', () => {
    const cases: [string, number][] = [
      // The unit itself says it is an age.
      ['7yo s/p MVC, seatbelt sign, LBP. CT L spine w/o', 84],
      ['12yo neck pain x1wk, no trauma. XR C-spine 2 views', 144],
      ['11yo M, osteosarcoma, new back pain. Order: MRI L-spine', 132],
      ['5 y.o. M, hyperpigmented patch over the lumbar midline. Order: XR L-spine', 60],
      ['14 y/o F with back pain. Order: XR L-spine', 168],
      ['3 d/o F, well baby, deep sacral dimple. Order: US spine', 3 * DAY],
      ['15yoM c/o LBP. Order: XR L-spine', 180],
      // A number glued to the sex: years and sex in clinical shorthand.
      ['15M c/o LBP since the weekend. Plan: XR lumbar spine', 180],
      ['3F with a sacral hemangioma. Order: US spine', 36],
      ['45 M with chronic LBP. Order: MRI L-spine', 540],
      // Spelled out, and hours.
      ['Nine year old football player speared in the back. X-ray lumbar spine', 108],
      ['Two year old female with a sacral dimple. Plan ultrasound of the spine', 24],
      ['Twenty-two year old with back pain. Order: MRI L-spine', 264],
      ['Nursery note addendum - 36 hours old term male. Skin tag. Order: MRI L-spine', 36 / 24 / 30.4375],
      // Months notation with a word for the child.
      ['Thank you for seeing this 18/12 girl with a hairy patch. Order: MRI L-spine', 18],
      // A word for the patient before the age.
      ['Boy of 13 year, pain in back after soccer. Order: MRI lumbar', 156],
      ['Girl 10 years, she have pain in low back since 2 months. I ask MRI of all the spine', 120],
      ['Woman of 22 years, hair on lower back. Want MRI lumbar', 264],
      ['Patient is baby boy of 2 month. Small hole in the back. Please to do ultrasound', 2],
      ['Patient 3 month. Dimple sacral. I ask MRI lumbar spine', 3],
      ['Child 7 months, has spot of hairs on the low back. MRI lumbar', 7],
      ['Baby 4 weeks, there is a tail of skin on the sacrum. I order X-ray of sacrum', 4 * WEEK],
      ['Girl, 10 years, back pain at night. Order: MRI', 120],
      ['Mom says baby is 3 mo. Deep dimple. Order: US spine', 3],
      // After a gestation, "now" tells the age; a corrected age beside it does not.
      ['ex-30 weeker now 8 wk (CGA 38+0), hair tuft over the lumbosacral midline. Request: US spinal canal', 8 * WEEK],
      ['Ex-25 weeker, now 27 weeks old (chronological); corrected ~3 mo. Deep dimple. Order: US spine', 27 * WEEK],
      // A terse note opening with the age, and an age standing alone as a clause.
      ['12 mo, deep dimple + hair tuft. US at 2 mo: thickened filum 3 mm. MRI L-spine w/o contrast.', 12],
      ['5 mo. Hx sacral dimple + hair tuft. Prior US abnl. MRI L-spine w/o.', 5],
      ['1y3m hemangioma over sacrum + deviated cleft. US spine.', 15],
      ['4 y restrained in car seat, rear-ended at highway speed, c/o neck pain. Order: c-spine films', 48],
      ['r/o tethered cord - hair tuft L5, 11mo. MRI L-spine w/o', 11],
      ['f/u sacral dimple 3mm in cleft, 3 mo. US spine 1 mo ago nl. No further imaging.', 3],
      ['Dimple noted at the 2 mo visit, now 9 mo. Order: US spine', 9],
      // A visit named by the age, and "of age".
      ['Pt presents for 2 wk check. Coccygeal pit noted. Order: US spine', 2 * WEEK],
      ['3 years of age, back pain at night. Order: XR L-spine', 36],
      ['Infant, 10 days of life, deep dimple. Order: US spine', 10 * DAY],
    ];
    for (const [text, months] of cases) it(text, () => near(ageOf(text), months, text));
  });

  describe('durations, past times, other people and corrected ages are not the age', () => {
    const cases: string[] = [
      'LBP x 3 mo, no fever. Order: XR L-spine',
      'Pain for 2 weeks, worse at night. Order: MRI L-spine',
      '3 months of back pain, wakes at night. Order: MRI L-spine',
      'Sacral dimple. US at 2 mo: normal. Order: MRI L-spine',
      'Dimple. US spine 1 mo ago nl. Order: MRI L-spine',
      'Scoliosis, last films 6 mo ago. Order: scoliosis series',
      'Medulloblastoma, off therapy 8 mo. Back pain. Order: MRI L-spine',
      'Back pain since 2 months, night pain. Order: MRI L-spine',
      'Back pain, 3 mo. Order: XR L-spine',
      'Back pain, now 3 wks. Order: XR L-spine',
      'Dimple, 2 wks. Order: US spine',
      '2-3 wks of back pain. Order: XR L-spine',
      'Pain 2 to 3 weeks. Order: XR L-spine',
      'LBP 3 wks with fever. Order: MRI L-spine',
      '2 wks LBP. Order: XR L-spine',
      '3 days low back pain. Order: MRI L-spine',
      '2 weeks worsening back pain. Order: MRI L-spine',
      '6 wk f/u of dimple. Order: US spine',
      '3 wk s/p fall, back pain. Order: XR L-spine',
      'Child with pain for 3 weeks. Order: XR L-spine',
      'Patient reports 3 weeks of pain. Order: XR L-spine',
      'Patient seen 2 weeks ago, dimple. Order: US spine',
      'Repeat US in 4 wks, dimple. Order: US spine',
      'Dimple. F/u 3 mo. Order: US spine',
      'Ten days of aching between the shoulder blades. Thoracic spine X-ray please.',
      // Someone else's age.
      'Sacral dimple. Lives with mom and 3 y/o brother. Order: US spine',
      'Mother is 32 yo, healthy. Baby has a dimple. Order: US spine',
      // Not the chronological age, or a past age.
      'Corrected age 3 mo, dimple. Order: US spine',
      'Dimple, 3 mo corrected. Order: US spine',
      'ex-34 wk preemie, dimple. Order: US spine',
      's/p tethered cord release at age 4, now back pain. Order: MRI L-spine',
      // No age at all.
      'Tmax 101 F, back pain. Order: MRI L-spine',
      '5F NG tube in place, sacral dimple. Order: US spine',
      'Noted on newborn exam. Deep dimple. Order: US spine',
      'Seen 18/12 for f/u. Dimple. Order: MRI L-spine',
      // A past visit named by the age.
      'Dimple noted at his 2 mo WCC. Order: US spine',
    ];
    for (const text of cases) it(text, () => assert.equal(ageOf(text), undefined, text));
  });

  describe('the first phrase that is really an age wins over durations before it', () => {
    it('"LBP x 3 mo. 15 yo M"', () => near(ageOf('LBP x 3 mo. 15 yo M, no fever. Order: XR L-spine'), 180, 'x 3 mo'));
    it('"US at 2 mo: normal. Now a 9 mo M"', () => near(ageOf('Dimple, US at 2 mo: normal. Now a 9 mo M. Order: MRI L-spine'), 9, 'at 2 mo'));
    it('"Girl 10 years … since 2 months"', () => near(ageOf('Girl 10 years, pain in low back since 2 months. I ask MRI'), 120, 'since 2 months'));
    it('"back pain x 2 wk in a 7 y/o girl"', () => near(ageOf('HPI: back pain x 2 wk in a 7 y/o girl, worse at night.', 'Order: MRI L-spine'), 84, 'in a 7 y/o'));
    it('"Temp 38.5 F. 2 mo M"', () => near(ageOf('Temp 38.5 F. 2 mo M with dimple. Order: US spine'), 2, '38.5 F'));
    it('a told age beats one standing alone earlier in the note ("hair tuft, 11 mo. … 2 y/o")', () =>
      near(ageOf('hair tuft L5, 11 mo. Now 2 y/o M. MRI L-spine w/o'), 24, 'stand-alone'));
  });

  describe('number and sex in one ("15M"): parseAge', () => {
    it('reads "15M", "3F", "45 M" as years with the sex in free text and Patient', () => {
      assert.equal(parseAge('15M c/o LBP', false, true)?.months, 180);
      assert.equal(parseAge('3F', false, true)?.months, 36);
      assert.equal(parseAge('45 M', false, true)?.months, 540);
      assert.equal(parseAge('15M', false, true)?.withSex, true);
    });
    it('keeps months where months are as likely (18 to 35 "M"), which keeps the child\'s checks on', () => {
      assert.equal(parseAge('20M', false, true)?.months, 20);
      assert.equal(parseAge('20M', false, true)?.withSex, undefined);
    });
    it('keeps lower-case "m" and a second component as months ("15m", "2y 3M")', () => {
      assert.equal(parseAge('15m', false, true)?.months, 15);
      assert.equal(parseAge('2y 3M', false, true)?.months, 27);
    });
    it('leaves an Age value as it was: "Age: 15M" is 15 months', () => assert.equal(parseAge('15M', true)?.months, 15));
    it('reads a temperature as no age ("101 F", "38.5 F")', () => {
      assert.equal(parseAge('101 F', false, true), undefined);
      assert.equal(parseAge('38.5 F', false, true), undefined);
    });
    it('a "20M" with a skin marker stays a child: the radiograph is still flagged', () => {
      const r = readNote('20M with a deep sacral dimple and hair tuft. Order: XR L-spine');
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.ok(r.rules.includes('inappropriate-initial-study'));
    });
    it('"Pt: 15M" reads 15 years', () => near(ageOf('Pt: 15M', 'Findings: hair tuft', 'Order: MRI L-spine'), 180, 'Pt: 15M'));
  });

  describe('numbers written as words, and hours: parseAge', () => {
    it('reads one to ninety-nine', () => {
      assert.equal(parseAge('Nine year old')?.months, 108);
      assert.equal(parseAge('two weeks')?.months, 14 / 30.4375);
      assert.equal(parseAge('twenty-two years')?.months, 264);
      assert.equal(parseAge('seventeen months')?.months, 17);
    });
    it('never inside a word ("someone", "phone")', () => {
      assert.equal(parseAge('someone month'), undefined);
      assert.equal(parseAge('phone days'), undefined);
    });
    it('reads hours', () => assert.ok(Math.abs(parseAge('36 hours')!.months - 1.5 / 30.4375) < 1e-9));
  });

  describe('the vocabulary is data validated at load', () => {
    const v = loadAgeVocabulary();
    it('the shipped vocabulary validates', () => assert.ok(AgeVocabularySchema.safeParse(v).success));
    it('a missing or malformed file fails naming the file', () => {
      assert.throws(() => loadAgeVocabulary(path.join(__dirname, 'no-such-age-vocabulary.json')), KnowledgeError);
      assert.equal(AgeVocabularySchema.safeParse({ ...v, relatives: { words: ['Big Brother'] } }).success, false);
    });
    // Each word of each list does what its list says, in a sentence that is an age without it.
    it('every word before the age for the patient makes an age ("<word> 3 months, dimple")', () => {
      for (const w of v.beforeAge.person) near(ageOf(`${w} 3 months, deep dimple. Order: US spine`), 3, w);
    });
    it('every word after the age makes an age ("infant, 3 mo <word> …")', () => {
      for (const w of [...v.afterAge.words.filter((x) => x !== 'w'), ...v.afterAge.visit]) near(ageOf(`Deep dimple; 3 mo ${w} seen. Order: US spine`), 3, w);
    });
    it('every duration word before the number makes it no age ("<word> 3 mo M")', () => {
      for (const w of v.durationBefore.words) assert.equal(ageOf(`Deep dimple, ${w} 3 mo M. Order: US spine`), undefined, w);
    });
    it('every duration word after the number makes it no age ("3 mo <word> M")', () => {
      for (const w of v.durationAfter.words) assert.equal(ageOf(`Deep dimple, 3 mo ${w} M. Order: US spine`), undefined, w);
    });
    it("every relative makes it someone else's age", () => {
      for (const w of v.relatives.words) {
        assert.equal(ageOf(`Deep dimple. A 3 y/o ${w}. Order: US spine`), undefined, `after: ${w}`);
        assert.equal(ageOf(`Deep dimple. ${w} 30 yo. Order: US spine`), undefined, `before: ${w}`);
      }
    });
    it('every word of a corrected or gestational age makes it no chronological age', () => {
      for (const w of v.notChronological.before) assert.equal(ageOf(`Deep dimple, ${w} 3 mo M. Order: US spine`), undefined, `before: ${w}`);
      for (const w of v.notChronological.after) assert.equal(ageOf(`Deep dimple, 3 mo ${w}. Order: US spine`), undefined, `after: ${w}`);
    });
    it('every device word makes a number and letter no age ("5F NG tube")', () => {
      for (const w of v.notAnAge.words) assert.equal(ageOf(`Deep dimple, 5F ${w}. Order: US spine`), undefined, w);
    });
    it('every complaint makes a stand-alone number its duration ("<word>, 3 mo.")', () => {
      for (const w of v.durationNouns.words) assert.equal(ageOf(`Deep dimple; ${w}, 3 mo. Order: US spine`), undefined, w);
    });
    it('every past word before "age" makes a past age ("<word> age 4")', () => {
      for (const w of v.pastAge.words) assert.equal(ageOf(`Deep dimple, ${w} age 4. Order: US spine`), undefined, w);
    });
  });
});
