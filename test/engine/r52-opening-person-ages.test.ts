/**
 * Round 52 (fix52f): the age a note's opening tells after the patient's rank and surname, after what the patient does, or
 * in a bracket after a word for the child, where the writer put no age key (clinical/opening-person-age.ts): "Pte Adeyemi,
 * 22. Injured lower back …", "OCdt Jones, 19, seen at sick parade …", "Fast bowler, 16, county academy.", "Baby (11 wk) of
 * Pte Kowalski." Each with the look-alikes that must stay unread: a squad, a count, a date, a room, a relative's or an
 * officer's number, another person in the sentence, a deeper line, and any age told plainly, which wins.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near } from '../helpers';

describe('r52: a rank and a surname opening the note, then the years', () => {
  it('"Pte Adeyemi, 22. Injured lower back …" is 22 years', () =>
    assert.equal(ageOf('Pte Adeyemi, 22. Injured lower back on exercise last week. Neuro intact.', 'XR L-spine.'), 264));
  it('"OCdt Jones, 19, seen at sick parade …" is 19 years', () =>
    assert.equal(ageOf('OCdt Jones, 19, seen at sick parade re hairy patch lower back - girlfriend noticed it.', 'Plan MRI lumbar spine w/o.'), 228));
  it('after a heading and a dash ("Sick parade - LCpl Okoro, 24, LBP 2/52") is 24 years', () =>
    assert.equal(ageOf('Sick parade - LCpl Okoro, 24, LBP 2/52 after a loaded march.', 'Plan: XR lumbar spine'), 288));
  it('under a heading line alone ("Sick parade" then "Cpl Smith, 31") is 31 years', () =>
    assert.equal(ageOf('Sick parade', 'Cpl Smith, 31. LBP after lifting kit.', 'Plan: XR L-spine'), 372));

  it('a squad after the number ("Pte Adeyemi, 22 Sqn"): none', () => assert.equal(ageOf('Pte Adeyemi, 22 Sqn. LBP after tab.', 'XR L-spine.'), undefined));
  it('a unit after the number ("Cpl Smith, 3 Para, LBP"): none', () => assert.equal(ageOf('Cpl Smith, 3 Para, LBP after jump.', 'XR L-spine.'), undefined));
  it('a distance ("Pte Smith, 22.5 km tab"): none', () => assert.equal(ageOf('Pte Smith, 22.5 km tab yesterday, LBP since.', 'XR L-spine.'), undefined));
  it('a date ("Pte Smith, 22/11 LBP"): none', () => assert.equal(ageOf('Pte Smith, 22/11 LBP after PT.', 'XR L-spine.'), undefined));
  it('his son in the sentence ("Pte Smith, 24, re his son\'s hairy patch"): none', () =>
    assert.equal(ageOf("Pte Smith, 24, re his son's hairy patch over the sacrum.", 'Plan: US spine'), undefined));
  it('the next sentence opening on a relative ("Cpl Jones, 30. Daughter has a dimple"): none', () =>
    assert.equal(ageOf('Cpl Jones, 30. Daughter has a dimple over the sacrum.', 'Plan: US spine'), undefined));
  it('a father of the patient ("Pte Smith, 22, father of the patient"): none', () =>
    assert.equal(ageOf('Pte Smith, 22, father of the patient. LBP in child.', 'Plan: XR L-spine'), undefined));
  it('two servicemen ("Pte Smith, 22, and Pte Jones, 24"): none', () =>
    assert.equal(ageOf('Pte Smith, 22, and Pte Jones, 24, both LBP after the march.', 'Plan: XR L-spine'), undefined));
  it('the officer writing ("Capt Jones, 34, MO. Pte Smith LBP"): none', () => assert.equal(ageOf('Capt Jones, 34, MO. Pte Smith c/o LBP.', 'Plan: XR L-spine'), undefined));
  it('a spouse opening the next sentence ("Cpl Jones, 30. Wife has back pain"): none', () =>
    assert.equal(ageOf('Cpl Jones, 30. Wife has back pain since lifting the baby seat.', 'Plan: XR L-spine'), undefined));
  it('another ranked person later on the line ("Pte Smith, 22, seen with Cpl Jones"): none', () =>
    assert.equal(ageOf('Pte Smith, 22, seen with Cpl Jones. LBP.', 'XR L-spine'), undefined));
  it('a bed after the number ("Pte Smith, 22, Bed 4"): none', () => assert.equal(ageOf('Pte Smith, 22, Bed 4. LBP.', 'Plan: XR L-spine'), undefined));
  it('a number no serviceman\'s age ("Pte Smith, 4."): none', () => assert.equal(ageOf('Pte Smith, 4. LBP.', 'Plan: XR L-spine'), undefined));
  it('a stated age wins ("Pte Smith, 22. 19 yo with LBP")', () => assert.equal(ageOf('Pte Smith, 22. 19 yo with LBP.', 'Plan: XR L-spine'), 228));
  it('an infant in the note ("Pte Kowalski, 24. Baby 6 wk with sacral dimple") is the baby\'s', () =>
    near(ageOf('Pte Kowalski, 24. Baby 6 wk with sacral dimple.', 'Plan: US spine'), 1.38, 'baby'));
  it('a rank deeper in the note ("Hx: LBP. Pte Smith, 22, brought him in."): none', () =>
    assert.equal(ageOf('Hx: LBP. Pte Smith, 22, brought him in.', 'Plan: XR L-spine'), undefined));
  it('a relative\'s heading ("Mother - Pte Smith, 22. Son has LBP"): none', () => assert.equal(ageOf('Mother - Pte Smith, 22. Son has LBP.', 'Plan: XR L-spine'), undefined));
});

describe('r52: what the patient does opening the note, then the years', () => {
  it('"Fast bowler, 16, county academy." is 16 years', () =>
    assert.equal(ageOf('Fast bowler, 16, county academy. 3/52 LBP, now radiating down the R leg.', 'Request: CT lumbar spine (no contrast).'), 192));
  it('"Gymnast, 12, trains 20 h/wk" is 12 years', () => assert.equal(ageOf('Gymnast, 12, trains 20 h/wk. LBP on extension.', 'Plan: XR lumbar spine'), 144));
  it('"Keen swimmer, 14." is 14 years', () => assert.equal(ageOf('Keen swimmer, 14. Back pain 3 weeks.', 'Plan: XR lumbar spine'), 168));

  it('a count ("Bowler, 16 overs a day"): none', () => assert.equal(ageOf('Bowler, 16 overs a day, LBP.', 'Plan: XR lumbar spine'), undefined));
  it('dates after it ("Gymnast, 12, 14 and 15 May competitions"): none', () =>
    assert.equal(ageOf('Gymnast, 12, 14 and 15 May competitions. LBP.', 'Plan: XR lumbar spine'), undefined));
  it('another player ("Opposing bowler, 19, collided with him"): none', () => assert.equal(ageOf('Opposing bowler, 19, collided with him. LBP.', 'Plan: XR L-spine'), undefined));
  it('the one acted on ("Fast bowler, 16, hit him with the ball"): none', () => assert.equal(ageOf('Fast bowler, 16, hit him with the ball. LBP.', 'Plan: XR L-spine'), undefined));
  it('a possessive before the role ("Our goalkeeper, 15, LBP"): none', () => assert.equal(ageOf('Our goalkeeper, 15, LBP.', 'Plan: XR L-spine'), undefined));
  it('a coach ("His coach, 45, says LBP"): none', () => assert.equal(ageOf('His coach, 45, says LBP.', 'Plan: XR L-spine'), undefined));
  it('an adult\'s number for a role ("Fast bowler, 30."): none', () => assert.equal(ageOf('Fast bowler, 30. LBP.', 'Plan: XR L-spine'), undefined));
  it('a drug ("Ibuprofen, 12, tablets"): none', () => assert.equal(ageOf('Ibuprofen, 12, tablets. LBP.', 'Plan: XR L-spine'), undefined));
});

describe('r52: a word for the child and a bracket with its age', () => {
  it('"Baby (11 wk) of Pte Kowalski." under a heading line is 11 weeks', () =>
    near(ageOf('Sick parade - family member', 'Baby (11 wk) of Pte Kowalski. Grandma spotted a little hole at the base of the spine.', 'Plan: US spine'), 2.53, 'baby'));
  it('"Baby (11 wk). Dimple." is 11 weeks', () => near(ageOf('Baby (11 wk). Dimple.', 'Plan: US spine'), 2.53, 'baby'));

  it('a gestation in the bracket ("Baby (34 wk) of Mrs Shah"): none', () => assert.equal(ageOf('Baby (34 wk) of Mrs Shah. Dimple.', 'Plan: US spine'), undefined));
  it('a gestation written "/40" ("Baby (36/40)"): none', () => assert.equal(ageOf('Baby (36/40) of Mrs Shah. Dimple.', 'Plan: US spine'), undefined));
  it('a bare number ("Baby (2) of twins"): none', () => assert.equal(ageOf('Baby (2) of twins. Dimple.', 'Plan: US spine'), undefined));
  it('a bracket holding more ("Baby (11 wk gestation)"): none', () => assert.equal(ageOf('Baby (11 wk gestation). Dimple.', 'Plan: US spine'), undefined));
  it('a relative\'s heading line ("Mother" then "Baby (6 wk) fine."): none', () => assert.equal(ageOf('Mother', 'Baby (6 wk) fine.', 'Plan: US spine'), undefined));
  it('a sibling in its sentence ("Baby (6 wk), her brother (4) has LBP"): none', () => assert.equal(ageOf('Baby (6 wk), her brother (4) has LBP.', 'Plan: XR L-spine'), undefined));
});

describe("r52: a line opening on the age, whose colon leads into quoted words after someone's request", () => {
  it("\"7 mo boy, seen same day at nursery's request: 'bruising' to lower back\" is 7 months", () =>
    assert.equal(ageOf("7 mo boy, seen same day at nursery's request: 'bruising' to lower back.", 'No imaging needed.'), 7));
  it('"3 yo girl, seen at school\'s request: "limping" since Monday" is 3 years', () =>
    assert.equal(ageOf('3 yo girl, seen at school\'s request: "limping" since Monday.', 'XR L-spine ordered.'), 36));

  it('a count opening the key is no age ("2 requests from nursery: \'bruising\' on the back"): none', () =>
    assert.equal(ageOf("2 requests from nursery: 'bruising' on the back.", 'No imaging needed.'), undefined));
  it('a date opening the key is no age ("12/03 request from GP: \'back pain\'"): none', () =>
    assert.equal(ageOf("12/03 request from GP: 'back pain for 3 weeks'", 'Plan: XR L-spine'), undefined));
});
