/**
 * Set 8 (r8c): a capitalised abbreviation that spells a finding ("PIT", provider in triage), a clock
 * time at the head of a triage line, European words for back pain and its radiation, and keys that
 * carry the patient or the age in other templates ("Pt 3:", "Youth:", "Pt age at order:", "Case:").
 * Each positive case failed before its fix; each near miss is what the fix must leave alone.
 */
import * as assert from 'node:assert/strict';
import { parseNote } from '../../server/src/notes/parser';
import { ageOf, near, presentIn, readNote } from '../helpers';

const marker = (...lines: string[]) => presentIn('sacral-dimple', ...lines);

describe('set 8 (r8c): triage headings, back pain words, ages', () => {
  describe('"PIT" (provider in triage) written in capitals is no sacral pit', () => {
    it('a triage line headed "PIT 20:40 -", "1740 PIT:", "PIT 0650:" reads no marker', () => {
      assert.equal(marker('PIT 20:40 - 5 y M slid off the couch onto carpet, mild back soreness.'), false);
      assert.equal(marker('1740 PIT: 3yo M, dad says he hurt his back at daycare. Points to his low back.'), false);
      assert.equal(marker('PIT 0650: 13 yo M w/ back pain x 2 wks, wakes him at night. XR L-spine ordered.'), false);
      assert.equal(marker('Seen by PIT, sent to fast track with back pain.'), false);
      assert.equal(readNote('PIT 2315 - 16 yo M, LBP x 3 days after heavy squats. XR L-spine per triage protocol.').scenario, 'back-pain-overuse');
    });
    it('a real pit stays a marker: lower case, a spinal place beside it, under an exam key, or an all-capitals requisition', () => {
      assert.ok(marker('3 mo F with a pit at the top of the gluteal cleft'));
      assert.ok(marker('3 mo F, sacral PIT, no hair'));
      assert.ok(marker('3 mo F, PIT above the gluteal cleft'));
      assert.ok(marker('Pt: 3 mo F', 'Skin: PIT noted'));
      assert.ok(marker('Pt: 3 mo F', 'Exam: PIT at midline'));
      assert.ok(marker('3 MO F. SACRAL PIT. US SPINE PLEASE'));
      assert.ok(marker('3 MO F WITH PIT, NO HAIR'));
      // "deep PIT" is read by its two-word phrase.
      assert.ok(marker('3 mo F with a deep PIT'));
    });
  });

  describe('a clock time is no key and no range', () => {
    it('"PIT 20:40 - 5 y M", "Triage 09:20 - 2 y F", "RME 11:05 - 6 wk old F" read the age after the time', () => {
      near(ageOf('PIT 20:40 - 5 y M slid off the couch, mild back soreness.'), 60, '5 y M');
      near(ageOf('Triage 09:20 - 2 y F, fever 38.9 x 2 d, refusing to sit up.'), 24, '2 y F');
      near(ageOf('RME 11:05 - 6 wk old F; sacral dimple, not measured. US spine ordered.'), (6 * 7) / 30.4375, '6 wk');
    });
    it('the key of such a line is not cut at the time; a key after a time is still a key', () => {
      assert.equal(parseNote('PIT 20:40 - 5 y M').fields.length, 0);
      const f = parseNote('Seen 9:05 Plan: XR L-spine').fields;
      assert.equal(f.length, 1);
      assert.equal(f[0].rawKey, 'Seen 9:05 Plan');
      assert.equal(parseNote('Order: XR L-spine at 10:30').fields[0].key?.name, 'Order');
      // "3:15" of a ratio or a score stays as it was: only a time at a word's edge is skipped, "T12:30" is no time.
      assert.equal(parseNote('T12:30 pain').fields[0].rawKey, 'T12');
    });
    it('a range is still no age: "10 - 14 yo", "2-3 wks"', () => {
      assert.equal(ageOf('Presentation: back pain in kids 10 - 14 yo', 'Order: XR L-spine'), undefined);
      near(ageOf('Presentation: back pain 2-3 wks, 10 yo', 'Order: XR L-spine'), 120, '10 yo');
    });
  });

  describe('back pain as written elsewhere: lumbalgia, lumbago, dorsalgia, dorsal pain, lumbosciatica', () => {
    for (const [text, what] of [
      ['Girl 15 years. Lumbalgia since 10 days, after carrying a very heavy school bag.', 'lumbalgia'],
      ['Boy 12 years, lumbago for 3 weeks after lifting.', 'lumbago'],
      ['Girl of 13 years. Dorsal pain since 3 months.', 'dorsal pain'],
      ['Boy 9 years old. Since 10 days dorsal pains, constant.', 'dorsal pains'],
      ['Girl 14 years, dorsalgia for 2 months.', 'dorsalgia'],
      ['Child 3 years, fever, she indicates the low back.', 'indicates the low back'],
      ['3yo M, points to his low back.', 'points to his low back'],
    ]) {
      it(`"${what}" is back pain`, () => assert.ok(presentIn('back-pain', text), text));
    }
    it('"lumbosciatica", "the pain irradiates until the foot", "Lasegue positive" are radicular pain', () => {
      assert.ok(presentIn('radicular-pain', 'Boy of 16 years, lumbosciatica right since 3 weeks.'));
      assert.ok(presentIn('radicular-pain', 'Boy of 16 years, back pain, the pain irradiates until the foot.'));
      assert.ok(presentIn('radicular-pain', 'Boy of 16 years, back pain. Lasegue positive at 30 degrees.'));
    });
    it('denied or negative they are not: "no irradiation to the legs", "Lasegue negative bilateral", "no lumbalgia"', () => {
      assert.equal(presentIn('radicular-pain', 'Girl 15 years, low back pain. No fever, no irradiation to the legs.'), false);
      assert.equal(presentIn('radicular-pain', 'Girl 15 years, low back pain. Lasegue negative bilateral.'), false);
      assert.equal(presentIn('back-pain', 'Girl 15 years, sacral dimple, no lumbalgia.'), false);
    });
    it('"hurt her back" alone is an injury told, not back pain', () => {
      assert.equal(presentIn('back-pain', 'Pt: 4 mo F', 'HPI: "hurt her back" per babysitter, details unknown, no bruising'), false);
    });
  });

  describe('a neurosurgery referral put off until a result, or made for after it', () => {
    const referred = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;
    it('"Neurosurgery - discuss after the MRI result", "NSGY after MRI" is no referral made', () => {
      assert.equal(referred('6 d F, skin tag, US conus at L3', 'Plan: MRI lumbar spine without contrast ordered. Neurosurgery - discuss after the MRI result.'), false);
      assert.equal(referred('6 d F, skin tag, US conus at L3', 'Plan: MRI L-spine w/o. NSGY after MRI.'), false);
    });
    it('made now for a visit after the MRI it is: "referred … who will see him after the MRI", "consulted - visit booked for after the MRI"', () => {
      assert.ok(referred('5 mo M, skin tag, US conus at L3', 'Plan: MRI L-spine. I have referred him to our paediatric neurosurgery clinic, who will see him after the MRI.'));
      assert.ok(referred('9 mo F, lipoma, US conus at L3', 'Plan: MRI L-spine. Pediatric neurosurgery consulted - clinic visit booked for after the MRI.'));
    });
    it('"asked our paediatric neurosurgeons to see her": the plural names neurosurgery too', () => {
      assert.ok(referred('3 y F with a dermal sinus over the sacrum. I have asked our paediatric neurosurgeons to see her.'));
    });
  });

  describe('trauma: what is no injury, and an injury whose mechanism is not known', () => {
    const trauma = (...lines: string[]) => readNote(...lines).facts.trauma.significance;
    it('"Ortho Fracture Clinic" names a clinic, not a fracture', () => {
      assert.notEqual(trauma('Ortho Fracture Clinic - ED follow-up', '11 y F, LBP x 5 days after soccer. No night pain.', 'Plan: XR L-spine'), 'significant');
      // A fracture told is still one.
      assert.equal(trauma('Ortho clinic', '11 y F, L1 fracture after a fall from a horse.', 'Plan: CT L-spine'), 'significant');
    });
    it('"refuses her car seat", "back pain and falls", "frequent falls" tell no injury', () => {
      assert.equal(trauma('4 yo F, 5 days of fever, cries when lifted, refuses her car seat, no trauma.', 'Plan: MRI L-spine'), 'none');
      assert.equal(trauma('12 y F with back pain and falls. Trips on the stairs, legs heavy. No injury.', 'Plan: MRI spine'), 'none');
      assert.equal(trauma('12 y F with back pain, frequent falls, legs heavy.', 'Plan: MRI spine'), 'none');
      // A car seat in a crash is still a crash.
      assert.equal(trauma('2 yo in a car seat, rear-ended on the highway at 50 mph, back pain.', 'Plan: CT L-spine'), 'significant');
    });
    it('"a blow at the back … he does not know exactly how", "something happened in the game" leave the mechanism unclear', () => {
      assert.equal(trauma('Boy 9 years. Since 10 days dorsal pains. Some days before he had a blow at the back at school, he does not know exactly how.'), 'unclear');
      assert.equal(trauma('11 y F, back injury at soccer; pt/mum not sure either - "something happened in the game". LBP x 5 days.'), 'unclear');
      assert.equal(trauma('10 yo, refuses to blow his nose, back pain x 3 wk.'), 'none');
    });
  });

  describe('"weak" of a urinary stream is no weakness', () => {
    const weak = (...lines: string[]) => presentIn('weakness', ...lines);
    it('"weak, interrupted stream", "weak stream" are the bladder\'s', () => {
      assert.equal(weak('5 mo M, hair tuft. Weak, interrupted stream per parents.'), false);
      assert.equal(weak('5 mo M, hair tuft. Weak stream, dribbling.'), false);
    });
    it('a weak child beside it is still weak: "weak and floppy, weak stream", "weak legs"', () => {
      assert.ok(weak('5 mo M, hair tuft. Weak and floppy, weak stream.'));
      assert.ok(weak('5 mo M, hair tuft, weak legs.'));
    });
  });

  describe('keys that carry the patient or the age in other templates', () => {
    it('"Pt 3:", "Patient #2:" in a list of patients is the patient line', () => {
      const r = readNote('Pt 3: 9 mo F, POD 1 after hernia repair. Soft midline lumbosacral fatty lump, no dimple.', 'Order: XR lumbosacral spine');
      near(r.facts.age?.months, 9, 'Pt 3');
      near(ageOf('Patient #2: 4 mo M with a sacral dimple', 'Order: US spine'), 4, 'Patient #2');
    });
    it('"Youth: 17 y M" and "Pt age at order: 6 mo" tell the age', () => {
      near(ageOf('Youth: 17 y M, detained 4 months.', 'HPI: low back pain x 6 weeks', 'Order: MRI L-spine'), 204, 'Youth');
      near(ageOf('Pt age at order: 6 mo', 'Indication entered: sacral dimple', 'Order: XR lumbosacral spine'), 6, 'age at order');
    });
    it('"Case:" heads a teaching case whose narrative is read', () => {
      const r = readNote('Case: 7-month-old boy sent for a spinal ultrasound. The requisition says only "sacral dimple".');
      near(r.facts.age?.months, 7, 'Case');
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'sacral-dimple' && h.present));
    });
    it('a number beside another key is no patient: "Bed 3:", "Pt 123:" stay unknown', () => {
      assert.equal(parseNote('Bed 3: 9 mo F').fields[0].key, undefined);
      assert.equal(parseNote('Pt 123: 9 mo F').fields[0].key, undefined);
    });
  });
});
