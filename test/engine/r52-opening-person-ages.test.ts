/**
 * Round 52 (fix52f): the age a note's opening tells after the patient's rank and surname, after what the patient does, or
 * in a bracket after a word for the child, where the writer put no age key (clinical/opening-person-age.ts): "Pte Adeyemi,
 * 22. Injured lower back …", "OCdt Jones, 19, seen at sick parade …", "Fast bowler, 16, county academy.", "Baby (11 wk) of
 * Pte Kowalski." Each with the look-alikes that must stay unread: a squad, a count, a date, a room, a relative's or an
 * officer's number, another person in the sentence, a deeper line, and any age told plainly, which wins.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, readNote } from '../helpers';

describe('r52: a rank and a surname opening the note, then the years', () => {
  it('"Pte Adeyemi, 22. Injured lower back …" is 22 years', () =>
    assert.equal(ageOf('Pte Adeyemi, 22. Injured lower back on exercise last week. Neuro intact.', 'XR L-spine.'), 264));
  it('"OCdt Jones, 19, seen at sick parade. LBP 3 weeks." is 19 years', () =>
    assert.equal(ageOf('OCdt Jones, 19, seen at sick parade. LBP 3 weeks, no injury. Neuro normal.', 'Plan: XR lumbar spine'), 228));
  it('"Pte Adeyemi, 22. … Ache across lower back … Light duties" (capitalised words opening sentences are no names) is 22 years', () =>
    assert.equal(ageOf('Pte Adeyemi, 22. Injured lower back on exercise, pt vague. Ache across lower back. Neuro intact.', 'XR L-spine. Light duties 7/7.'), 264));
  it('after a heading and a dash ("Sick parade - LCpl Okoro, 24, LBP 2/52"): none (taken out after review r52)', () =>
    assert.equal(ageOf('Sick parade - LCpl Okoro, 24, LBP 2/52 after a loaded march.', 'Plan: XR lumbar spine'), undefined));
  it('under a heading line alone ("Sick parade" then "Cpl Smith, 31"): none (taken out after review r52)', () =>
    assert.equal(ageOf('Sick parade', 'Cpl Smith, 31. LBP after lifting kit.', 'Plan: XR L-spine'), undefined));
  it('"re" in its sentence ("OCdt Jones, 19, seen at sick parade re hairy patch …"): none (review r52)', () =>
    assert.equal(ageOf('OCdt Jones, 19, seen at sick parade re hairy patch lower back - girlfriend noticed it.', 'Plan MRI lumbar spine w/o.'), undefined));

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
  it('"Baby (11 wk) of Pte Kowalski." opening the note is 11 weeks', () =>
    near(ageOf('Baby (11 wk) of Pte Kowalski. Grandma spotted a little hole at the base of the spine.', 'Plan: US spine'), 2.53, 'baby'));
  it('"Baby (11 wk) of Pte Kowalski." under a heading line: none (taken out after review r52)', () =>
    assert.equal(ageOf('Sick parade - family member', 'Baby (11 wk) of Pte Kowalski. Grandma spotted a little hole at the base of the spine.', 'Plan: US spine'), undefined));
  it('"Baby (11 wk). Dimple." is 11 weeks', () => near(ageOf('Baby (11 wk). Dimple.', 'Plan: US spine'), 2.53, 'baby'));

  it('a gestation in the bracket ("Baby (34 wk) of Mrs Shah"): none', () => assert.equal(ageOf('Baby (34 wk) of Mrs Shah. Dimple.', 'Plan: US spine'), undefined));
  it('a gestation written "/40" ("Baby (36/40)"): none', () => assert.equal(ageOf('Baby (36/40) of Mrs Shah. Dimple.', 'Plan: US spine'), undefined));
  it('a bare number ("Baby (2) of twins"): none', () => assert.equal(ageOf('Baby (2) of twins. Dimple.', 'Plan: US spine'), undefined));
  it('a bracket holding more ("Baby (11 wk gestation)"): none', () => assert.equal(ageOf('Baby (11 wk gestation). Dimple.', 'Plan: US spine'), undefined));
  it('a relative\'s heading line ("Mother" then "Baby (6 wk) fine."): none', () => assert.equal(ageOf('Mother', 'Baby (6 wk) fine.', 'Plan: US spine'), undefined));
  it('a sibling in its sentence ("Baby (6 wk), her brother (4) has LBP"): none', () => assert.equal(ageOf('Baby (6 wk), her brother (4) has LBP.', 'Plan: XR L-spine'), undefined));
});

describe('r52 review (r52): notes the branch read wrong, each read as main reads it (no age)', () => {
  // Probes of rev-fix52f: a key before the ranked person (NOK, Accompanied by, Requested by, Informant, Escort, Referrer), a
  // heading line above it, another person named anywhere (a given name, a possessive, a word for a child), a word in its
  // sentence bringing or asking about someone, a clinician's role after the number, a relative after a child's bracket and
  // a spaced dash.
  const harms: [string, string][] = [
    ['008', "Sgt Kaur, 35, requests review of Amelia's lower back: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine"],
    ['009', 'Cpl Baker, 28. Jack has a hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['011', 'NOK: Cpl Jones, 30\nC/o hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['012', 'Accompanied by: Pte Smith, 22\nC/o hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['014', 'Requested by: Lt Evans, 27\nC/o hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['016', 'Capt Smith, 34, GP. Re Lily: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['020', "Cpl Baker, 28, re Jack's hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine"],
    ['021', 'Cpl Baker, 28, brings Jack: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['022', 'Sgt Kaur, 35, on behalf of Amelia: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['026', 'Cpl Baker, 28. His lad has a hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['027', 'Cpl Baker, 28. Their youngest has a hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['029', 'Back pain review requested\nCpl Baker, 28, brings Jack: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['030', 'Informant: Sgt Baker, 38\nC/o hairy patch over sacrum noticed at bath time. Neuro normal. Plan: XR L-spine'],
    ['031', 'Escort: LCpl Dunn, 26\nC/o hairy patch over sacrum noticed at bath time. Neuro normal. Plan: XR L-spine'],
    ['036', "Phone call\nSgt Kaur, 35, asks about Amelia's hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine"],
    ['037', 'Flt Lt Evans, 29, referring Poppy: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['038', 'Cpl Baker, 28, attends with Jack, whose hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['092', 'Boy (4 yr) - brother of the baby seen today. Baby: Sacral dimple 3 mm within the cleft, 1 cm from the anus. Neuro normal. Plan: US spine'],
    ['093', 'Girl (8 y) - sister to patient, also has hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['096', 'Telephone consultation\nSgt Kaur, 35, asks whether Amelia needs a scan: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['107', 'Referrer: Capt Smith, 34, Regimental Aid Post\nC/o hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['108', 'Capt Smith, 34, Paeds. Re Lily: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['109', 'Lt Evans, 27, QARANC. Re Poppy: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['110', 'Cpl Baker, 28, legal guardian of Jack: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['111', 'Cpl Baker, 28, sponsor. C/o hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['112', 'Cpl Baker, 28. Attends today about the youngest, Jack: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['113', "Cpl Baker, 28. Concerned about his little one's hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine"],
    ['114', "Cpl Baker, 28, for the kids' check. Jack: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine"],
    ['115', 'Cpl Baker, 28.\nJack: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['116', 'Sgt Kaur, 35, asks re Amelia (DOB not to hand): hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['117', 'Cyclist, 19. Here with Max, whose hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['119', 'Boy (6 y) - sibling of patient. Patient: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['120', 'Toddler (2 y) - cousin of Ella, who has a hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['122', 'Surgery booked for Cpl Baker\nCpl Baker, 28, brings Jack: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['123', 'Dependants clinic\nCpl Baker, 28, with Jack: hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine'],
    ['124', "Welfare referral\nLCpl Dunn, 26, asks about Jack's hairy patch over sacrum noticed at bath time. Neuro normal. Plan: US spine"],
  ];
  for (const [id, note] of harms) it(`probe ${id}: ${note.split('\n')[0].slice(0, 70)}`, () => assert.equal(ageOf(...note.split('\n')), undefined));
});

describe("r52 review (r52): the quoted request after an age-led line is a request's label again (request.ts change taken out)", () => {
  const priorUs = (...lines: string[]) => readNote(...lines).facts.prior.find((p) => p.modality === 'US')?.result ?? 'none';
  it("\"5 mo boy, GP's request: 'Spinal US last week: low conus'\" keeps the GP's abnormal prior US (probe 126)", () =>
    assert.equal(priorUs('Pt: 5 mo M', "5 mo boy, GP's request: 'Spinal US last week: low conus'", 'Booked: MRI L-spine w/o. Hairy patch over sacrum, neuro normal.'), 'abnormal'));
  it("\"5 mo boy, GP's request: 'US spine at 6 wk showed low-lying conus'\" keeps it too (probe 131)", () =>
    assert.equal(
      priorUs('Pt: 5 mo M', "5 mo boy, GP's request: 'US spine at 6 wk showed low-lying conus'", 'Booked: MRI L-spine w/o. Hairy patch over sacrum, neuro normal.'),
      'abnormal',
    ));
});
