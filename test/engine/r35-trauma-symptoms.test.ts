/**
 * Round 35 (outpatient clinics, telephone triage, portal replies): a fracture told healed or cleared is no injury now; a
 * child who does not remember how he was hurt leaves the mechanism unclear; neurosurgery's own short heading is a referral made; a carer's
 * "feel tingly", "can't feel his legs", "wet himself" and radicular pain told in plain words are read; an exam's signs
 * are the abnormal exam's, not new symptoms; "any new numbness … go to ER" is a safety net. Each with the look-alikes
 * that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { categoryPresentIn, presentIn, readNote, traumaOf } from '../helpers';

const XR = 'XR lumbar spine AP/lat ordered.';

describe('r35: a fracture told healed or cleared', () => {
  it('is no injury now', () => {
    assert.equal(traumaOf('4 yo F, ortho f/u. Distal radius fracture has healed.', 'Mom asks about a hairy patch over L4, no dimple.', XR), 'none');
    assert.equal(traumaOf('3 yo M. Wrist nontender, full ROM. Cleared from fracture care.', 'Hairy patch over L5.', XR), 'none');
    assert.equal(traumaOf('6 yo M, healed clavicle fx, discharged from fracture clinic.', 'Sacral dimple 6 mm above the cleft.', XR), 'none');
  });
  it('a fracture not yet healed, or a fresh injury beside an old one, stays', () => {
    assert.equal(traumaOf('12 yo M fell from a tree yesterday. L1 fracture not yet healed on outside film, back pain.', XR), 'significant');
    assert.equal(traumaOf('10 yo F, healed wrist fx last year. Today fell off the roof, ~10 ft, c/o back pain.', XR), 'significant');
    assert.equal(traumaOf('14 yo M, L2 compression fracture after a fall down the stairs today. Back pain.', XR), 'significant');
  });
});

describe('r35: the child or carer not remembering how', () => {
  it('leaves the mechanism unclear', () => {
    assert.equal(traumaOf('9 yo F, LBP x 2 wks, "hurt it at the trampoline park" per dad; she does not remember how it happened.', 'Neuro exam nl.', XR), 'unclear');
    assert.equal(traumaOf("11 yo M hurt his back at the ski school, can't remember how he hurt it. No night pain.", XR), 'unclear');
  });
  it('a fall told from a trampoline, or "how long", still decides', () => {
    assert.equal(traumaOf('9 yo F fell off the trampoline onto her back, c/o back pain.', XR), 'significant');
    assert.equal(traumaOf("9 yo F hurt her back at the trampoline park, doesn't remember how long ago; landed head first.", XR), 'significant');
  });
});

describe("r35: neurosurgery's own note", () => {
  const referralOf = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;
  const body = ['5 mo F with lumbosacral lipoma.', 'Spinal US: conus low at L3-4 - abnormal.', 'Exam: reflexes nl.', 'A/P: MRI lumbar spine w/o contrast. RTC after MRI.'];
  for (const h of ['NSGY CLINIC', 'Neurosurgery clinic', 'Peds neurosurgery - follow up', 'NEUROSURGERY OPD'])
    it(`"${h}" as its heading is a referral made`, () => assert.equal(referralOf(h, ...body), true));
  it('a neurology or another heading, or one denying a referral, is not', () => {
    assert.equal(referralOf('NEUROLOGY CLINIC', ...body), false);
    assert.equal(referralOf('Peds ortho clinic', ...body), false);
    assert.equal(referralOf('Referral to NSGY clinic not placed', ...body), false);
    assert.equal(referralOf('Plan', ...body), false);
  });
});

describe("r35: a carer's words for symptoms", () => {
  it('are read', () => {
    assert.equal(presentIn('numbness', '16 yo M, fell off a ladder, says both legs "feel tingly".'), true);
    assert.equal(presentIn('numbness', '15 yo M, mom calling. Today he says he "can\'t feel his legs right".'), true);
    assert.equal(presentIn('incontinence', '15 yo M wet himself at school today, which has never happened before.'), true);
    assert.equal(presentIn('weakness', '12 yo F, back pain; her legs gave way twice today.'), true);
    assert.equal(presentIn('gait-change', '13 yo F, back pain; trips a lot more lately.'), true);
  });
  it("denied or someone else's, are not", () => {
    assert.equal(presentIn('numbness', '15 yo M, back pain. Legs do not feel tingly.'), false);
    assert.equal(presentIn('incontinence', '15 yo M, back pain. Has never wet himself.'), false);
  });
  it('radicular pain in plain words is read', () => {
    assert.equal(presentIn('radicular-pain', '15 yo M, mid-back pain that shoots around the trunk and down both legs.'), true);
    assert.equal(presentIn('radicular-pain', '10 yo M, low back pain + pain down the back of L leg.'), true);
  });
  it("a sport's shooting is no radicular pain", () => {
    assert.equal(presentIn('radicular-pain', '18 yo M lacrosse. LBP x 5 wks, worse with sprinting/shooting. No N/T.'), false);
    assert.equal(presentIn('radicular-pain', '16 yo M, LBP, worse with shooting pain down his leg.'), true);
  });
});

describe('r35: signs on the exam', () => {
  it('are the abnormal exam, not new neurologic symptoms', () => {
    const r = readNote('14 mo M, toe walking x 2 months.', 'Exam: tone increased at ankles, Achilles reflexes 3+ with 3 beats clonus bilat.', 'Plan: MRI L-spine w/o contrast.');
    assert.equal(r.facts.neuro.state, 'abnormal');
    assert.equal(categoryPresentIn('neurologic-symptom', '14 mo M, toe walking x 2 months.', 'Exam: tone increased at ankles, 3 beats clonus bilat.', 'Plan: MRI L-spine.'), false);
  });
  it('a weakness told beside them stays a symptom', () => {
    assert.equal(categoryPresentIn('neurologic-symptom', '12 yo F, new leg weakness x 2 wk.', 'Exam: 3 beats clonus bilat.', 'Plan: MRI.'), true);
  });
});

describe('r35: a safety net', () => {
  it('"Any new numbness, weakness … go to ER" tells no symptom', () => {
    assert.equal(categoryPresentIn('neurologic-symptom', '14 yo M, back pain 5 wk. XR L-spine ordered.', 'Any new numbness, weakness, or trouble peeing - go to ER.'), false);
  });
  it('numbness told now stays', () => {
    assert.equal(categoryPresentIn('neurologic-symptom', '14 yo M, back pain 5 wk with new numbness in both feet. XR L-spine ordered.'), true);
  });
});

/** The review of round 35's trauma branch: each harmful probe, read as it must be. */
describe('r35 review: "any new" is a safety net only with its consequence and unanswered', () => {
  const n = (text: string) => text.split('\n');
  it('an answered "any new" question tells the symptom', () => {
    const r = readNote(...n('12 yo F, back pain 3 wk; any new weakness in legs \u2014 yes, since Tuesday. XR L-spine.'));
    assert.equal(presentIn('weakness', ...n('12 yo F, back pain 3 wk; any new weakness in legs \u2014 yes, since Tuesday. XR L-spine.')), true);
    assert.equal(r.scenario, 'back-pain-red-flags');
    assert.ok(readNote(...n('5 yo M, hair tuft L4. ROS: any new weakness - yes, R leg.\nOrder: MRI L-spine w/o')).rules.includes('escalation-referral'));
    assert.ok(readNote('5 yo M, hair tuft L4. ROS: any new weakness - yes, R leg.\r', 'Order: MRI L-spine w/o').rules.includes('escalation-referral'));
    assert.equal(presentIn('numbness', ...n('14 yo M, back pain 5 wk. Any new numbness? Yes - both feet since Monday. XR L-spine ordered.')), true);
    assert.equal(presentIn('weakness', ...n('6 yo M, hair tuft L4. Checked for any new weakness: 4/5 L hip flexion.\nOrder: MRI L-spine w/o')), true);
    assert.equal(presentIn('weakness', ...n('5 yo M, hair tuft L4. Any new weakness? Yes - R leg drags since last month.\nOrder: MRI L-spine w/o')), true);
  });
  it('"any new activity" names no symptom after it', () => {
    const lines = n('5 yo M, hair tuft L4. Mom says any new activity makes his legs numb.\nOrder: MRI L-spine w/o');
    assert.equal(presentIn('numbness', ...lines), true);
    assert.ok(readNote(...lines).rules.includes('escalation-referral'));
  });
  it('"any new … - RTC / go to ER" tells none', () => {
    assert.equal(categoryPresentIn('neurologic-symptom', ...n('5 yo M, hair tuft L4. Any new weakness or numbness - RTC.\nOrder: MRI L-spine w/o')), false);
    assert.equal(categoryPresentIn('neurologic-symptom', ...n('5 yo M, hair tuft L4. Return to ED for any new weakness.\nOrder: MRI L-spine w/o')), false);
  });
});

describe('r35 review: overuse stays as main reads it', () => {
  const scenarioOf = (text: string) => readNote(...text.split('\n')).scenario;
  for (const text of [
    '15 yo F soccer player, LBP x 2 wks, no inciting event. Urine volume unchanged. Neuro nl.\nOrder: XR L-spine AP/lat',
    '13 yo M, plays hockey 5x/wk. LBP x 2 wk, no precipitating injury. Practice schedule unchanged. Pain worse skating.\nOrder: XR L-spine',
    '15 yo F, dancer, low back pain with arabesques x 4 wk. No inciting injury. Training unchanged.\nOrder: XR L-spine with obliques',
    'Pt: 15 yo F\nHPI: gymnast 20 h/wk. LBP x 3 wk with back walkovers. No precipitating injury. Hours unchanged.\nExam: pain with single-leg hyperextension.\nA/P: r/o spondylolysis. XR L-spine with obliques.',
    '14 yo F, mechanical LBP x 2 wks, no precipitating injury, neuro intact.\nOrder: XR L-spine',
    'Pt: 12 yo F\nHPI: LBP x 2 wk. Plays soccer. No precipitating injury. No change in training.\nOrder: XR L-spine',
    '16 yo M, cross-country. LBP x 6 days, no inciting event; mileage unchanged; pain since the hill repeats. Neuro intact.\nOrder: XR L-spine',
  ])
    it(`"${text.split('\n')[0].slice(0, 60)}…" is overuse`, () => assert.equal(scenarioOf(text), 'back-pain-overuse'));
});

describe('r35 review: not remembering how', () => {
  it('how he got down the hill after a head injury is amnesia, no unknown mechanism', () => {
    assert.equal(traumaOf("12 yo M, hit his head snowboarding today and doesn't remember how he got down the hill. Neck and mid-back pain.", 'Order: CT C-spine'), 'significant');
    assert.equal(traumaOf("9 yo F hurt her back at the trampoline park, hit her head, doesn't remember how it happened. Back pain.", XR), 'significant');
  });
  it('a fall told keeps its significance', () => {
    assert.equal(traumaOf("10 yo F, back pain after a fall at the trampoline park 2 days ago, can't remember how she fell. Walking fine.", 'Order: XR L-spine'), 'significant');
  });
});

describe("r35 review: a carer's symptom words need their sentence", () => {
  const n = (text: string) => text.split('\n');
  const notEscalated = (text: string) => assert.ok(!readNote(...n(text)).rules.includes('escalation-referral'), text);
  it('"feel tingly" only of the legs, feet, toes or bottom, not after sitting on them', () => {
    assert.equal(presentIn('numbness', ...n('14 yo F, allergic rxn after peanut, lips feel tingly. Hx sacral dimple 3 mm in cleft, 1 cm from anus.\nOrder: US spine')), false);
    notEscalated('14 yo F, allergic rxn after peanut, lips feel tingly. Hx sacral dimple 3 mm in cleft, 1 cm from anus.\nOrder: US spine');
    assert.equal(presentIn('numbness', ...n('10 yo M, hairy patch L5. Mouth feels tingly with pineapple.\nOrder: MRI L-spine w/o')), false);
    assert.equal(presentIn('numbness', ...n('10 yo M, hairy patch L5. Fingers feel tingly in the cold (Raynaud).\nOrder: MRI L-spine w/o')), false);
    assert.equal(readNote(...n('12 yo F, LBP x 2 wk. Feet feel tingly after sitting cross-legged, resolves in seconds.\nOrder: XR L-spine')).scenario, 'back-pain-no-red-flags');
    assert.equal(presentIn('numbness', ...n("10 yo M, hairy patch L5. Can't feel his legs after sitting on them too long; resolves quickly.\nOrder: MRI L-spine w/o")), false);
    assert.equal(presentIn('numbness', '15 yo M, LBP 5 wk, says both legs "feel tingly" since Monday.', 'Order: XR L-spine'), true);
  });
  it('"wet himself" only as new, not in training, a seizure, laughing, fright or the past', () => {
    for (const text of [
      '4 yo M, hair tuft L4. Wet himself at school today - still potty training.\nOrder: US spine',
      '3 yo M, dimple above cleft 6 mm. Not yet toilet trained, wet his pants today at daycare.\nOrder: US spine',
      '8 yo F, hairy patch over sacrum. Wet herself once at age 3 when potty training, dry since.\nOrder: MRI L-spine w/o',
      '9 yo M, hairy patch L5, wet himself laughing at a party. Otherwise dry.\nOrder: MRI L-spine w/o',
      '10 yo M, hairy patch L5. Had a seizure and wet himself during it. Neuro f/u.\nOrder: MRI L-spine w/o',
      '7 yo F, hair tuft L5. Peed herself when the dog jumped on her, scared. Dry otherwise.\nOrder: MRI L-spine w/o',
      '8 yo F, hairy patch over sacrum. Wet herself at a sleepover last month, otherwise dry for years.\nOrder: MRI L-spine w/o',
    ]) {
      assert.equal(presentIn('incontinence', ...n(text)), false, text);
      notEscalated(text);
    }
    assert.equal(presentIn('incontinence', '10 yo M, hairy patch L5. Wet himself twice this week, never happened before.', 'Order: MRI L-spine w/o'), true);
  });
  it('"trips a lot" only as more, lately, new or since', () => {
    notEscalated('2 yo M, hair tuft L5, trips a lot - just learning to run, no change.\nOrder: MRI L-spine w/o');
    notEscalated('10 yo M, hairy patch L5. Trips on the stairs when rushing, like his brother; otherwise walks fine.\nOrder: MRI L-spine w/o');
    assert.equal(presentIn('gait-change', '5 yo M, hair tuft L5, trips a lot more lately, mom worried.', 'Order: US spine'), true);
  });
  it('heavy or stiff legs after sport are no deficit', () => {
    notEscalated('10 yo M, hairy patch L5. Legs feel heavy after long runs.\nOrder: MRI L-spine w/o');
    notEscalated('10 yo M, hairy patch L5. Stiff legs after football games, hamstrings tight.\nOrder: MRI L-spine w/o');
    assert.equal(readNote(...n('14 yo M, LBP 3 wks. Legs stiff in the morning, hamstrings tight, no weakness.\nOrder: XR L-spine')).scenario, 'back-pain-no-red-flags');
    assert.equal(readNote(...n('14 yo M, LBP 3 wks after football. Stiff legs after games, hamstrings tight.\nOrder: XR L-spine')).scenario, 'back-pain-overuse');
  });
  it('"not kicking … as much" with its cause beside it is no weakness', () => {
    notEscalated('8 mo F, hair tuft L4. Kicking both legs well; not kicking right leg as much after vaccine yesterday (sore thigh).\nOrder: MRI L-spine w/o');
    assert.equal(presentIn('weakness', '8 mo F, hair tuft L4. Not kicking her left leg as much as the right, new.', 'Order: MRI L-spine w/o'), true);
  });
  it('a leg that gave way with a knee sprain is no weakness', () =>
    assert.equal(
      presentIn('weakness', '10 yo M, hairy patch L5. Leg gave way when he was tackled at football last week (knee sprain), fine now.', 'Order: MRI L-spine w/o'),
      false,
    ));
});

describe('r35 review: pain down the back of the thigh', () => {
  it("is a hamstring's with hamstring words beside it", () => {
    assert.equal(readNote('15 yo M, LBP with pain down the back of his thigh after sprinting; hamstring strain suspected.', 'Order: XR L-spine').scenario, 'back-pain-overuse');
    assert.equal(readNote('14 yo F, LBP. Pain down back of legs only when stretching hamstrings; tight hamstrings.', 'Order: XR L-spine').scenario, 'back-pain-no-red-flags');
    assert.equal(presentIn('radicular-pain', '10 yo M, hairy patch L5. Pain down the back of his thigh after sprinting; hamstring strain.', 'Order: MRI L-spine w/o'), false);
  });
  it("a rash that shoots down the leg, or a mother's pain, is none", () => {
    assert.equal(presentIn('radicular-pain', '14 yo F, rash shoots around the trunk and down the leg (shingles?). No back pain.', 'Order: MRI T-spine w/o'), false);
    assert.equal(presentIn('radicular-pain', '14 yo F, LBP x 2 wk. Mom has pain down the back of her leg.', 'Order: XR L-spine'), false);
  });
  it('radiating pain told so stays', () =>
    assert.equal(presentIn('radicular-pain', '15 yo M, LBP. Pain down the back of L leg to the calf, worse with coughing.', 'Order: MRI L-spine w/o'), true));
});
