/**
 * Round 59 (fix59t): two voices — a therapist's referral letter to a GP with the doctor's reply below it, and a neonatal
 * unit's or postnatal ward's note (sets 166 and 169).
 *
 * Letters: the first sentence after a salutation that opens on a name and a bracket holding a number is the child's age
 * ("Dear Colleague,\nRuaridh (10) fell …", r34); now also with the salutation and whom it greets on the bracket's own line
 * before a comma or a spaced dash, a "Hi"/"Hello" greeting, a salutation alone on its line with no comma, and a parent who
 * brought the child ("came with mum") or speaks later on the line ("Mum is worried") — never a relative in the bracket's own
 * sentence ("Tom (16), her older brother, …"), a sibling anywhere on the line, a medicine, or a bracket after other words.
 *
 * Neonatal notes: a neonatal unit's round headed by the baby's day ("NICU ward round - day 5", "SCBU WR - day 8"), and a
 * NIPE heading's "DOL2", read as the NIPE heading's "day 2" is; never a day of a stay, of a drug or after an operation, and
 * never in a note telling the child older; "DOL" only beside a NIPE heading and a unit's name only heading the note. The
 * "Chronological age at d/c:" / "Age at d/c:" key was taken out (r37 pins a discharge's age as not today's).
 *
 * Review rfix59t: a greeted bracket is refused when its sentence names another person after it (a second given name, "for
 * Kai", "Alfie's", "her boyfriend") or the word before it is a scale ("Borg (7)", "Bristol (6)").
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

const DAY = 1 / 30.4375;
const WEEK = 7 / 30.4375;

describe('fix59t: a therapist letter greets the doctor before the child and its bracketed age', () => {
  it('reads the bracket on the salutation line after its comma or spaced dash', () => {
    near(ageOf('Dear Dr Hale, Maisie (13) twisted her back at netball a fortnight ago.', 'Reply: XR L-spine.'), 156, 'comma');
    near(ageOf('Hi Dr Moss - Owen (12) has had lumbar pain for three weeks, no red flags.', 'GP: no imaging.'), 144, 'dash');
    near(ageOf('Hello Dr Moss,', 'Owen (12) has had lumbar pain for three weeks.', 'GP: no imaging.'), 144, 'hello');
  });

  it('reads a bracket under a salutation written without its comma', () => {
    near(ageOf('Dear Dr Hale', 'Maisie (9) knocked her back on a bench 3 days ago.', 'GP: XR L-spine.'), 108, 'no comma');
  });

  it('reads the bracket beside a parent who came with the child or speaks later on the line', () => {
    near(ageOf('Dear Dr Hale,', 'Maisie (10) came with her dad for a fortnight of back ache.', 'Reply: XR L-spine.'), 120, 'with her dad');
    near(ageOf('Dear Dr Hale,', 'Maisie (10) has had back ache for a fortnight. Neuro normal. Mum is anxious for a scan.', 'Reply: none.'), 120, 'mum later');
  });

  it('refuses a relative, a medicine or a bracket after other words', () => {
    assert.equal(ageOf('Dear Dr Hale,', 'Tom (16), her older brother, pushed her. Back pain.', 'XR L-spine.'), undefined);
    assert.equal(ageOf('Dear Dr Hale,', 'Maisie (11), her mum, has back pain.', 'XR L-spine.'), undefined);
    assert.equal(ageOf('Dear Dr Hale,', "Tom (16) came with mum's friend. Back pain.", 'XR L-spine.'), undefined);
    assert.equal(ageOf('Dear Dr Hale,', 'Maisie (11) came in today. Her brother has a dimple.', 'US spine.'), undefined);
    assert.equal(ageOf('Dear Dr Hale, Calpol (5) given, he settled. Back pain.', 'XR L-spine.'), undefined);
    assert.equal(ageOf('Hi Dr Moss, thanks for seeing Kai. Tom (16) pushed him over. Back pain.', 'XR L-spine.'), undefined);
    assert.equal(ageOf('Dear Dr Hale thank you for seeing this lad with his friend', 'Maisie (8) bumped her back.', 'XR L-spine.'), undefined);
  });
});

describe("fix59t: a neonatal unit's round and a NIPE heading tell the baby's day", () => {
  it('reads the day heading a neonatal unit round', () => {
    near(ageOf('NICU ward round - day 5', 'Sacral dimple, 3 mm, within cleft.', 'Plan: spinal USS.'), 5 * DAY, 'ward round');
    near(ageOf('SCBU WR - day 8', 'Sacral dimple.', 'Plan: spinal USS.'), 8 * DAY, 'WR');
  });

  it('reads a NIPE heading with DOL, a space or none', () => {
    near(ageOf('NIPE DOL2: sacral pit within the cleft, 2 mm. -> spinal u/s'), 2 * DAY, 'DOL2');
    near(ageOf('NIPE DOL 3: sacral pit within the cleft, 2 mm. -> spinal u/s'), 3 * DAY, 'DOL 3');
  });

  it('refuses a day of a stay, of a drug, after an operation, and a note telling the child older', () => {
    assert.equal(ageOf('NICU ward round - day 5 post-op', 'Sacral dimple.', 'Plan: spinal USS.'), undefined);
    assert.equal(ageOf('NICU - day 30 of antibiotics', 'Sacral dimple.', 'Plan: spinal USS.'), undefined);
    assert.equal(ageOf('NICU admission day 3', 'Sacral dimple.', 'Plan: spinal USS.'), undefined);
    assert.equal(ageOf('NICU PN day 3', 'Sacral dimple.', 'Plan: spinal USS.'), undefined);
    assert.equal(ageOf('NICU ward round - day 5', 'Sacral dimple. Seen again in clinic at 4 months.', 'Plan: spinal USS.'), undefined);
    near(ageOf('NIPE DOL2: dimple noted.', 'Now 7 weeks, dimple still there.', 'Plan: spinal USS.'), 7 * WEEK, 'the later age wins');
    assert.equal(ageOf('Postnatal ward review - mother of baby Khan (baby DOL 3, well)', 'Mum: back pain at epidural site, T 38.6.', 'MRI L-spine.'), undefined);
  });
});

describe("fix59t: a neonatal discharge summary's age at d/c (taken out)", () => {
  it('reads no "Chronological age at d/c:" or "Age at d/c:" as the Age key: a discharge\'s age is asked for, as r37 pins', () => {
    assert.equal(ageOf('SCBU DISCHARGE SUMMARY', 'Chronological age at d/c: 10 weeks   CGA 39+1', 'Skin: sacral haemangioma.', 'Plan: spinal USS.'), undefined);
    assert.equal(ageOf('Corrected age at d/c: 6 weeks', 'Skin: sacral haemangioma.', 'Plan: spinal USS.'), undefined);
  });
});

describe('fix59t review (rfix59t): a greeted bracket that is someone else or a scale', () => {
  it('refuses a bracket whose sentence names another child or person after it', () => {
    for (const lines of [
      ['Hi Dr Shah,', 'Daisy (17) minds Oscar after school and saw a dimple on his back.', 'Plan: spinal USS'],
      ['Hello Dr Shah,', 'Nina (18) is the swim club helper who sent Leo to us.', 'Order: XR lumbar spine'],
      ['Dear Dr Shah, Rosa (14) had similar pain in the spring; this week I saw Maya.', 'Order: XR lumbar spine'],
      ['Hi Dr Shah,', "Lottie (16) spotted a tuft of hair on Finn's lower back at bath time.", 'Plan: spinal USS'],
      ['Hi Dr Shah,', 'Jake (19) is her boyfriend and came along. Back pain 2 weeks.', 'Order: XR lumbar spine'],
    ]) {
      assert.equal(ageOf(...lines), undefined, lines.join(' / '));
    }
  });

  it('refuses a scale written before a bracket, a name word it is not', () => {
    assert.equal(ageOf('Hi Dr Shah,', 'Borg (5) after the step test today. Back pain 2 weeks.', 'Order: XR lumbar spine'), undefined);
    assert.equal(ageOf('Hello Dr Shah,', 'Bristol (7) stools daily. Tuft over the sacrum.', 'Plan: spinal USS'), undefined);
    assert.equal(ageOf('Dear Colleague,', 'Likert (4) for pain at rest. Back pain 2 weeks.', 'Order: XR lumbar spine'), undefined);
  });

  it("still reads the child's own bracket, the name told again or a parent's word later", () => {
    near(ageOf('Hi Dr Shah,', 'Maisie (13) twisted her back at netball; Maisie is keen to play on.', 'Reply: XR L-spine.'), 156, 'own name again');
    near(ageOf('Dear Dr Shah, Owen (12) has had lumbar pain for three weeks. Mum asks about a scan.', 'GP: no imaging.'), 144, 'mum later');
  });
});

describe('fix59t: DOL only beside a NIPE heading, a unit only heading the note', () => {
  it('reads no DOL on a unit or history heading, nor a unit named on a later line', () => {
    assert.equal(ageOf('Ward round', 'Girl SCBU, DOL 4.', 'Sacral dimple. Plan: spinal US.'), undefined);
    assert.equal(ageOf('NICU - DOL 6, admitted with sepsis, now off antibiotics.', 'Tuft at L5.', 'Plan: spinal US.'), undefined);
    assert.equal(ageOf('Neonatal summary - DOL 4, admitted with jaundice.', 'Tuft at L5.', 'Plan: spinal US.'), undefined);
    near(ageOf('NIPE DOL 3: sacral pit within the cleft, 2 mm. -> spinal u/s'), 3 * DAY, 'NIPE keeps its DOL');
  });
});
