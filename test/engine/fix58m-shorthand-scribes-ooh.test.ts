/**
 * Round 58 (fix58m): a mixed group of how notes are written.
 * - Hong Kong, Singapore and Malaysian public-hospital shorthand: the sex before the age with its unit ("F/5m"), age and sex
 *   in one under a Patient key ("Pt: 14/F"), "22M, driver," (a grown driver), "referred NS" (neurosurgery), "MO requests"
 *   (the medical officer), "LBP x 5 mths", "wakes at nite". Narrowed after review rfix58m: "MO" only in capitals right
 *   before the verb and never after a number; "mths" only right after the pain word; "22M, driver," never in a note of a toy or
 *   a toddler.
 * - Scribes typing up handwritten notes: a study crossed out ("(crossed out: MRI lumbar spine) -> US spine", "~~US spine~~
 *   MRI L-spine"), an age the scribe could not read ("Age: [illegible]"), a dimple named, then described as a pit.
 * - NHS 111 and out-of-hours notes: a caller's "dent" at the bottom of the back, a parent's concern about a dimple the
 *   writer's own exam does not find.
 */
import * as assert from 'node:assert/strict';
import { readNote, ageOf, orderOf } from '../helpers';

type Read = ReturnType<typeof readNote>;
const present = (r: Read, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);

describe('fix58m: shorthand, scribes and out-of-hours notes', () => {
  describe('the sex before the age with its unit ("F/5m") opening a line', () => {
    it('"F/5m" over a hair tuft is five months', () => assert.equal(ageOf('F/5m', 'Hx: tuft of hair over the sacrum', 'Plan: US spine'), 5));
    it('"M/14y, LBP 3 wks" is fourteen years', () => assert.equal(ageOf('M/14y, LBP 3 wks, no fever', 'Plan: XR L-spine'), 168));
    it('near miss: a bare number after the slash is not read ("F/14": a date or a count may be written so)', () =>
      assert.equal(ageOf('F/14', 'Hx: back ache 2 wks', 'Order: MRI whole spine'), undefined));
    it('near miss: a follow-up is no sex ("F/U 5m")', () => assert.equal(ageOf('F/U 5m', 'Hx: tuft of hair over the sacrum', 'Plan: US spine'), undefined));
    it('near miss: an upper-case unit is not read ("F/5M": months or years)', () => assert.equal(ageOf('F/5M', 'Hx: tuft of hair over the sacrum', 'Plan: US spine'), undefined));
    it('near miss: not inside a line ("Hx: fell F/5m")', () => assert.equal(ageOf('Hx: tuft of hair, seen F/5m ago', 'Plan: US spine'), undefined));
  });

  describe('age and sex in one under a Patient key ("Pt: 14/F")', () => {
    it('"Pt: 14/F" is fourteen years', () => assert.equal(ageOf('Pt: 14/F', 'Hx: back ache 2 wks', 'Order: MRI whole spine'), 168));
    it('"Patient: 9/M, back pain 2 wks" is nine years, not the two weeks after it', () => assert.equal(ageOf('Patient: 9/M, back pain 2 wks', 'Order: XR L-spine'), 108));
    it('near miss: beside a word for an infant the number may be months ("Pt: 2/M baby")', () =>
      assert.notEqual(ageOf('Pt: 2/M baby', 'Hx: sacral dimple', 'Order: US spine'), 24));
    it('near miss: months in slash notation stay months ("Pt: 3/12 F")', () => assert.equal(ageOf('Pt: 3/12 F', 'Hx: sacral dimple', 'Order: US spine'), 3));
  });

  describe('"22M, driver," is a grown driver only where the role closes its comma item', () => {
    it('"Hx: 22M, driver, MVA, c/o LBP" is twenty-two years (no criteria apply)', () => {
      const r = readNote('Hx: 22M, driver, MVA, c/o LBP.', 'Plan: CT L-spine');
      assert.equal(r.facts.age?.months, 264);
      assert.equal(r.scenario, 'no-criteria');
    });
    it('near miss: "22M, driver lost control" tells who drove; the M stays unread as before', () =>
      assert.equal(ageOf('Hx: 22M, driver lost control, MVA, c/o LBP.', 'Plan: CT L-spine'), undefined));
    it('near miss: the car\'s side ("22M, driver side impact") and a child\'s role ("22M, passenger,") stay unread', () => {
      assert.equal(ageOf('Hx: 22M, driver side impact, c/o LBP.', 'Plan: CT L-spine'), undefined);
      assert.equal(ageOf('Hx: 22M, passenger, MVA, c/o LBP.', 'Plan: CT L-spine'), undefined);
    });
    it('near miss (review rfix58m): a toddler at the wheel of a toy ("22M, driver, ride-on toy car tipped over") is no grown driver', () => {
      assert.notEqual(ageOf('22M, driver, ride-on car tipped over on the lawn, cried at once.', 'Tuft of hair over L4.', 'MRI L-spine w/o contrast.'), 264);
      assert.notEqual(ageOf('20M, driver, toy tractor rolled over at home.', 'Hairy patch over L5.', 'MRI L-spine w/o contrast.'), 240);
      assert.notEqual(ageOf('Hx: 24M, driver, pedal car crash at nursery, c/o back pain.', 'Plan: XR L-spine'), 288);
      assert.notEqual(ageOf('Hx: 22M, driver, toddler walker tipped, c/o back pain.', 'Plan: XR L-spine'), 264);
    });
  });

  describe('"referred NS" is a neurosurgery referral', () => {
    const dimple = ['Pt: 5 mo F', 'Hx: sacral dimple. Outside US spine: conus at L3, thick filum.'];
    it('"referred NS for opinion" under the plan is made', () =>
      assert.equal(readNote(...dimple, 'Mx: MRI LS spine w/o contrast; referred NS for opinion').facts.referral.neurosurgery, true));
    it('near miss: a referral on a condition is none ("refer NS if cord tethered", "will refer to NS if MRI abnormal")', () => {
      assert.equal(readNote(...dimple, 'Mx: MRI LS spine w/o contrast; refer NS if cord tethered').facts.referral.neurosurgery, false);
      assert.equal(readNote(...dimple, 'Mx: MRI LS spine w/o contrast, will refer to NS if MRI abnormal').facts.referral.neurosurgery, false);
    });
    it('near miss: National Service is no neurosurgery ("currently serving NS (army)")', () =>
      assert.equal(readNote('18 yo M, currently serving NS (army). Hairy patch lower back. Neuro normal.', 'Plan: MRI L-S spine w/o contrast').facts.referral.neurosurgery, false));
    it('near miss: not yet referred', () => assert.equal(readNote(...dimple, 'Mx: MRI LS spine w/o contrast. Not referred to NS yet.').facts.referral.neurosurgery, false));
  });

  describe('"MO requests" is the medical officer ordering', () => {
    it('"MO requests MRI L-S spine w/o contrast" orders it', () =>
      assert.equal(orderOf('12 yo M, back pain 2 wks. Neuro normal.', 'MO requests MRI L-S spine w/o contrast.'), 'mri-area-without'));
    it('near miss: a family\'s request names no clinician ("Mum requests MRI")', () =>
      assert.equal(orderOf('12 yo M, back pain 2 wks. Neuro normal.', 'Mum requests MRI L-S spine w/o contrast.'), 'none'));
    it('"the MO requests" orders it too', () =>
      assert.equal(orderOf('12 yo M, back pain 2 wks. Neuro normal.', 'The MO requests MRI L-S spine w/o contrast.'), 'mri-area-without'));
    it('near miss (review rfix58m): "MO" after a number is months old ("the 5 MO girl requests", "Dad of this 4 MO infant requests")', () => {
      assert.equal(orderOf('Sacral dimple 4 mm, neuro normal.', 'Mother of this 5 MO girl requests MRI spine.'), 'none');
      assert.equal(orderOf('Sacral dimple 4 mm, neuro normal.', 'Dad of this 4 MO infant requests MRI spine.'), 'none');
      assert.equal(orderOf('Sacral dimple 4 mm, neuro normal.', 'Pt 6 MO requests MRI spine.'), 'none');
    });
    it('near miss (review rfix58m): "Mo" or "mo" in another case is the mother ("Mo requests MRI")', () => {
      assert.equal(orderOf('3 mo F, sacral dimple 4 mm, neuro normal.', 'Mo requests MRI - worried.'), 'none');
      assert.equal(orderOf('3 mo F, sacral dimple 4 mm, neuro normal.', 'mo requests MRI spine.'), 'none');
    });
    it('near miss (review rfix58m): a word between "MO" and the verb is not read ("MO baby requests")', () =>
      assert.equal(orderOf('Sacral dimple 4 mm, neuro normal.', 'Dad of this MO baby requests MRI spine.'), 'none'));
    it('"medical officer requests" orders it', () =>
      assert.equal(orderOf('12 yo M, back pain 2 wks. Neuro normal.', 'Medical officer requests MRI L-S spine w/o contrast.'), 'mri-area-without'));
  });

  describe('months written "mths" tell how long the pain has lasted', () => {
    it('"LBP x 5 mths" is more than four weeks: a red flag', () => {
      const r = readNote('17yo F', 'LBP x 5 mths', 'No fever', 'Neuro normal', 'XR L-spine');
      assert.ok((r.facts.painWeeks?.weeks ?? 0) > 20);
      assert.equal(r.scenario, 'back-pain-red-flags');
    });
    it('near miss: a toddler\'s age written "mths" before the pain is no length of it ("15 mths F, LBP?")', () =>
      assert.equal(readNote('15 mths F, LBP? refuses to walk', 'Order: XR L-spine').facts.painWeeks, undefined));
    it('"LBP 5 mths" and "5 mths of LBP" are read', () => {
      assert.ok((readNote('17yo F', 'LBP 5 mths', 'XR L-spine').facts.painWeeks?.weeks ?? 0) > 20);
      assert.ok((readNote('17yo F', 'Hx: 5 mths of LBP', 'XR L-spine').facts.painWeeks?.weeks ?? 0) > 20);
    });
    it("near miss (review rfix58m): \"mths\" further on is a plan's, a treatment's, a waiting list's or a review's length", () => {
      for (const line of [
        'LBP, physio for 3 mths planned. Started 1 wk ago.',
        'LBP 5 days, on waiting list 6 mths for ortho clinic.',
        'LBP, next r/v 2 mths. Onset 4 days ago.',
        'LBP since Tues, naproxen for up to 2 mths PRN given.',
        'LBP, review in 3 mths if not settled.',
      ]) {
        const r = readNote('13 yo F', line, 'No night pain. Neuro normal.', 'XR L-spine');
        assert.ok((r.facts.painWeeks?.weeks ?? 0) < 4, line);
        assert.equal(r.scenario, 'back-pain-no-red-flags', line);
      }
    });
  });

  describe('"nite" for night', () => {
    it('"wakes at nite w pain" is night pain', () => assert.ok(present(readNote('Pt: 12 yo M', 'Hx: LBP 2/52, wakes at nite w pain', 'Order: XR L-spine'), 'night-pain')));
    it('near miss: denied ("no pain at nite")', () => assert.ok(!present(readNote('Pt: 12 yo M', 'Hx: LBP 2/52, no pain at nite', 'Order: XR L-spine'), 'night-pain')));
  });

  describe('a study the writer struck out is no order', () => {
    it('"(crossed out: MRI lumbar spine) -> US spine first" orders the US', () =>
      assert.equal(orderOf('Infant, 10/52', 'Dimple 6 mm, deep, above the cleft', 'Imaging: (crossed out: MRI lumbar spine) -> US spine first'), 'us-area'));
    it('"~~US spine~~ MRI L-spine w/o contrast" orders the MRI', () =>
      assert.equal(orderOf('Pt: 7 mo M', 'Dx: sacral hair tuft', 'Order: ~~US spine~~ MRI L-spine w/o contrast'), 'mri-area-without'));
    it('near miss: a single tilde is approximate ("dimple ~5 mm, ~2 cm from anus") and is read', () => {
      const r = readNote('Pt: 2 mo M', 'Dx: sacral dimple ~4 mm, within cleft, ~2 cm from anus', 'Order: US spine');
      assert.equal(r.facts.dimple?.sizeMm, 4);
      assert.equal(r.facts.dimple?.distanceCm, 2);
    });
    it('near miss: "(crossed out)" with no words leaves the study read ("US spine (crossed out)": how far the stroke went is not told)', () =>
      assert.equal(orderOf('Pt: 3 mo M', 'Dx: sacral hair tuft', 'Order: US spine (crossed out)'), 'us-area'));
  });

  describe('an age the scribe could not read is a missing age', () => {
    it('"Age: [illegible]" asks for the age as missing', () => {
      const r = readNote('Name: [illegible]       Age: [illegible]', 'Back pain lumbar ~2/52, waking at night', 'Order: XR L-spine');
      assert.ok(r.rules.includes('missing-age'));
      assert.ok(!r.rules.includes('unreadable-age'));
    });
    it('near miss: an age written beside an illegible name is read ("Name: [illegible]  Age: 3 mo")', () =>
      assert.equal(ageOf('Name: [illegible]  Age: 3 mo', 'Dx: hair tuft', 'Order: US spine'), 3));
    it('near miss: a word the scribe could not read keeps the rest of the line ("dimple [illegible] mm" is still a dimple)', () =>
      assert.ok(present(readNote('Age: 3 mo', 'Hx: sacral dimple [illegible] mm', 'Order: US spine'), 'sacral-dimple')));
  });

  describe('a dimple named, then described as a pit', () => {
    it('"sacral dimple noted at birth. 2-3 mm pit within cleft, 1.5 cm from anus" places the dimple within the cleft', () => {
      const r = readNote('Baby girl, 5/52.', 'Hx: sacral dimple noted at birth. 2-3 mm pit within cleft, 1.5 cm from anus, base clearly visible.', 'Order: US spine');
      assert.equal(r.facts.dimple?.position, 'within-cleft');
      assert.ok(!r.rules.includes('dimple-undescribed'));
    });
    it('near miss: a pit told as a second finding after a measured dimple keeps no place ("… 1 cm from anus. Pit inside the crease too")', () => {
      const r = readNote('Pt: 2 mo M', 'Hx: sacral dimple 3 mm, 1 cm from anus. Pilonidal-type pit 2 mm inside the buttock crease too.', 'Order: US spine');
      assert.notEqual(r.facts.dimple?.position, 'within-cleft');
    });
    it('near miss: "another" pit is its own ("sacral dimple. Another pit 2 mm within the cleft")', () => {
      const r = readNote('Pt: 2 mo M', 'Hx: sacral dimple noted. Another pit 2 mm within the cleft.', 'Order: US spine');
      assert.notEqual(r.facts.dimple?.position, 'within-cleft');
    });
  });

  describe('a caller\'s "dent" at the bottom of the back is a dimple', () => {
    it('"caller reports 6 week old son has \\"a dent\\" at bottom of back" is a skin marker to see', () => {
      const r = readNote(
        'NHS 111 call: caller (mother) reports 6 week old son has "a dent" at bottom of back. Baby feeding and settled.',
        'No imaging arranged OOH. Own GP to examine.',
      );
      assert.ok(present(r, 'sacral-dimple'));
      assert.equal(r.scenario, 's1-cutaneous-marker');
    });
    it('near miss: a dent in the head is none', () => assert.ok(!present(readNote('6 wk old son, dent in the back of the head after a bump.'), 'sacral-dimple')));
    it('near miss: denied ("no dent at bottom of back")', () => assert.ok(!present(readNote('Pt: 6 wk M', 'Hx: no dent at bottom of back'), 'sacral-dimple')));
  });

  describe("a parent's concern about a dimple the writer's own exam does not find", () => {
    it('"Mum concerned about a dimple … O/E - no dimple seen" holds no dimple', () => {
      const r = readNote(
        "OOH GP. 4/12 F. Mum concerned about a dimple on baby's bottom.",
        'O/E - no dimple seen. Natal cleft straight, just a normal skin crease. No tuft.',
        'Reassured. USS spine not required.',
      );
      assert.ok(!present(r, 'sacral-dimple'));
      assert.equal(r.scenario, 'no-criteria');
    });
    it('near miss: a parent who noticed it tells it ("Mum noticed a dimple")', () =>
      assert.ok(present(readNote("GP. 4/12 F. Mum noticed a dimple on baby's bottom.", 'O/E - no dimple seen.'), 'sacral-dimple')));
    it('near miss: the writer\'s own worry names no teller ("Concerned about a dimple")', () =>
      assert.ok(present(readNote("GP. 4/12 F. Concerned about a dimple on baby's bottom.", 'O/E - no dimple seen.'), 'sacral-dimple')));
    it('near miss: a denial that is not the writer\'s exam now settles nothing ("NIPE at birth: no dimple seen", "Mum says no dimple seen")', () => {
      assert.ok(present(readNote("GP. 4/12 F. Mum concerned about a dimple on baby's bottom.", 'NIPE at birth: no dimple seen.'), 'sacral-dimple'));
      assert.ok(present(readNote("GP. 4/12 F. Mum concerned about a dimple on baby's bottom.", 'Mum says no dimple seen by GP.'), 'sacral-dimple'));
    });
    it('near miss: the exam finding it keeps it ("O/E: sacral dimple 3 mm within cleft")', () =>
      assert.ok(present(readNote("GP. 4/12 F. Mum concerned about a dimple on baby's bottom.", 'O/E: sacral dimple 3 mm within cleft.'), 'sacral-dimple')));
  });
});
