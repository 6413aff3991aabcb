/**
 * Round 44's held-out voices: subspecialty consult letters (urology, gastroenterology, neurology, rheumatology,
 * endocrinology, genetics, foot clinics; set 70) and notes by students, interns and first-year residents with their
 * seniors' addenda (set 71). The readings taken from them, each with its look-alikes.
 */
import * as assert from 'node:assert/strict';
import { DAY, ageOf, near, orderOf, presentIn, readNote, traumaOf } from '../helpers';

describe('consult letters and junior notes (s70, s71)', () => {
  it('reads a "New complaint:" key as the presenting complaint', () => {
    const told = readNote('Zara, 12 y.', 'New complaint: mid-back pain for 10 days, wakes her at night.', 'Plan: XR thoracic spine.');
    assert.equal(told.scenario, 'back-pain-red-flags');
    assert.ok(presentIn('night-pain', 'Zara, 12 y.', 'New problem: low back pain, wakes her at night.', 'Plan: XR L-spine.'));
    // Its denials stay denials.
    assert.ok(!presentIn('night-pain', 'Zara, 12 y.', 'New complaint: low back pain 3 days, no night pain.', 'Plan: XR L-spine.'));
  });

  it('reads normal inflammatory markers as a lab result, never a suspected inflammation', () => {
    assert.ok(!presentIn('suspected-infection-tumor', '9 yo girl, lower back ache for a week. Bloods: normal inflammatory markers.', 'Plan: XR L-spine.'));
    assert.ok(!presentIn('suspected-infection-tumor', '9 yo girl, lower back ache for a week. Inflammatory markers were normal.', 'Plan: XR L-spine.'));
    assert.ok(!presentIn('suspected-infection-tumor', '11 yo, LBP 6 wk. DDx: discitis (unlikely - normal inflammatory markers).', 'Plan: MRI L-spine.'));
    // Raised ones, or an inflammatory pain asked about, still are.
    assert.ok(presentIn('suspected-infection-tumor', '9 yo girl, lower back ache for a week. Raised inflammatory markers.', 'Plan: XR L-spine.'));
    assert.ok(presentIn('suspected-infection-tumor', '9 yo girl, lower back ache for a week. Inflammatory markers raised, WCC normal.', 'Plan: XR L-spine.'));
    assert.ok(presentIn('suspected-infection-tumor', '9 yo girl, back ache for a week. CRP normal. ?inflammatory back pain.', 'Plan: XR L-spine.'));
  });

  it('reads "I don\'t think this is inflammatory" as the writer ruling it out, in its own clause only', () => {
    assert.equal(readNote("9 yo girl, lower back ache for 5 weeks. I don't think this is inflammatory.", 'Plan: XR L-spine.').scenario, 'back-pain-red-flags');
    assert.equal(readNote('9 yo girl, lower back ache for 5 weeks. I do not think it is an infection.', 'Plan: XR L-spine.').scenario, 'back-pain-red-flags');
    // A suspicion told after it, or a doubt it cannot be excluded, stands.
    for (const said of [
      "I don't think this is mechanical; worried about discitis.",
      "I don't think this is mechanical - ?discitis.",
      "I don't think this is just a strain, it may be inflammatory.",
      "I don't think we can exclude discitis.",
    ])
      assert.equal(readNote(`9 yo girl, lower back ache for 5 weeks. ${said}`, 'Plan: XR L-spine.').scenario, 'back-pain-infection-tumor', said);
  });

  it('reads an infection named as a risk "if missed" or "if untreated" as no suspicion', () => {
    const pit = 'Baby boy, day 2 of life. Small midline pit over the upper sacrum, well above the natal cleft.';
    assert.equal(readNote(pit, 'Imp: ?dermal sinus tract. Risk of communication with the dura -> meningitis if missed.', 'Plan: spinal US.').scenario, 's1-cutaneous-marker');
    assert.equal(readNote(pit, 'Imp: ?dermal sinus tract. Can cause meningitis if left untreated.', 'Plan: spinal US.').scenario, 's1-cutaneous-marker');
    assert.equal(readNote(pit, 'Febrile 38.9, irritable, ?meningitis.', 'Plan: spinal US.').scenario, 'back-pain-infection-tumor');
  });

  it('reads a study closed by "req." as requested', () => {
    assert.equal(orderOf('15/12 M - soft skin-covered sacral lump ~2 cm ?lipoma, LL neuro nl, walking - US L-spine req.'), 'us-area');
    assert.equal(orderOf("15/12 M - soft skin-covered sacral lump ~2 cm ?lipoma, LL neuro nl, walking - US L-spine req'd."), 'us-area');
    assert.equal(orderOf('15 F - LBP 3/52, constant, wakes her at night. Neuro nl.', 'Req CT L-spine.'), 'ct-area-without');
    // A requisition received, and a study told done, are no order of this note.
    assert.equal(
      orderOf('MRI req - received via EPIC', 'Exam: MRI total spine WITHOUT AND WITH gadolinium', 'Pt: 2 mo F', 'Hx: hairy patch lower back.'),
      'mri-complete-without-and-with',
    );
    assert.equal(orderOf('15/12 M - soft skin-covered sacral lump ~2 cm ?lipoma, LL neuro nl - US L-spine at 3 wk normal, no req.'), 'none');
    assert.equal(orderOf('15/12 M - soft skin-covered sacral lump ~2 cm ?lipoma, LL neuro nl - mum req US L-spine, not indicated.'), 'none');
  });

  it('reads "at around 12 months of age" after a plan as a time to come, not the age', () => {
    assert.equal(
      ageOf('Re: Theo Marsh, 5 months', '', 'We would plan a repair at around 12 months of age.', 'Dimple 3 mm within the cleft. I have requested a spinal ultrasound.'),
      5,
    );
    assert.equal(ageOf('Mum noticed the dimple at about 2 months. Now 5 months. Plan: spinal US.'), 5);
    // A hedged age after a word for the child is the age.
    assert.equal(ageOf('Girl of about 9 years with back pain for 2 weeks. Plan: XR L-spine.'), 108);
    assert.equal(ageOf('Boy aged about 9 years with back pain for 2 weeks. Plan: XR L-spine.'), 108);
  });

  it('reads a baby labelled by its mother\'s name under a heading, and "Day 5 baby girl, … found", as the day of life', () => {
    near(
      ageOf('Clinical Genetics - inpatient consult, postnatal ward', 'Baby boy of Hannah Price, day 3 of life, term, BW 3.1 kg', 'Plan: spinal ultrasound.'),
      3 * DAY,
      'baby boy of',
    );
    near(ageOf('Clinical Genetics - inpatient consult', 'Baby of Hannah Price, day 3 of life, term', 'Plan: spinal ultrasound.'), 3 * DAY, 'baby of');
    near(ageOf('Day 5 baby girl, sacral dimple found.', 'P: spinal US.'), 5 * DAY, 'day 5 baby girl');
    // A relative so labelled is not the baby; a day its own clause dates stays unread.
    assert.equal(ageOf('Clinical Genetics - inpatient consult', 'Brother of Hannah Price, day 3 of life, term', 'Plan: spinal ultrasound.'), undefined);
    assert.equal(ageOf('Day 5 girl US normal, dimple 3 mm in the cleft. P: spinal US.'), undefined);
  });

  it('reads soiling told with constipation as that constipation, not a urologic symptom', () => {
    const back = 'Sore lower back for a few days; no fevers. Neuro exam of legs normal.';
    assert.ok(!presentIn('incontinence', 'GI follow-up - encopresis', 'Harry, 8 yrs. Soiling down to once a week on Movicol.', back, 'Plan: XR L-spine.'));
    assert.ok(!presentIn('incontinence', 'Functional constipation with overflow. Soiling about twice a week.', '2 y girl. Dimple above the cleft.', 'Plan: US spine.'));
    // New wetting beside it, soiling with no constipation, or a relative's constipation leave the sign.
    assert.ok(presentIn('incontinence', 'GI follow-up - encopresis', 'Harry, 8 yrs. Soiling better on senna, but new daytime urinary wetting.', back, 'Plan: XR L-spine.'));
    assert.ok(presentIn('incontinence', 'Harry, 8 yrs. New soiling and back pain for a few days. No constipation. Neuro normal.', 'Plan: XR L-spine.'));
    assert.ok(presentIn('incontinence', 'Harry, 8 yrs. Sister has constipation. He has soiling. Back pain 3 days. Neuro normal.', 'Plan: XR L-spine.'));
  });

  it('reads nocturnal enuresis treated with desmopressin as the known enuresis, and "wetting normal" as none', () => {
    const back = 'Low back sore since Thursday, no fevers, no leg pain. Neuro exam normal.';
    assert.ok(!presentIn('incontinence', '10 y M, f/u nocturnal enuresis - dry 5/7 nights on desmopressin, good progress.', back, 'XR L-spine requested.'));
    assert.ok(!presentIn('incontinence', '10 yo boy, low back pain 3 days. Wetting/bowels normal. Neuro normal.', 'Plan: XR L-spine.'));
    assert.ok(!presentIn('incontinence', '6 wk baby, feeding and wetting well. Dimple 2 mm in the cleft.', 'Plan: US spine.'));
    // New day wetting on desmopressin, and wetting again beside normal bowels, stay.
    assert.ok(presentIn('incontinence', '10 y M on desmopressin, now new daytime wetting.', back, 'XR L-spine requested.'));
    assert.ok(presentIn('incontinence', '10 yo boy, low back pain 3 days. Wetting again, bowels normal. Neuro normal.', 'Plan: XR L-spine.'));
  });

  it('reads "can\'t recall any injury" as no injury, and "did something to her back" as an injury of unknown mechanism', () => {
    assert.equal(traumaOf("10 y. Lower back pain for about 10 days. Can't recall any injury. No fever. Neuro normal.", 'XR lumbar spine requested.'), 'none');
    assert.equal(traumaOf("10 y. Lower back pain for about 10 days. Can't recall how he hurt it. No fever.", 'XR lumbar spine requested.'), 'unclear');
    assert.equal(traumaOf('14 y F. Says she "did something" to her lower back at the weekend - can\'t describe what happened.', 'Plan: MRI lumbar spine.'), 'unclear');
    assert.equal(traumaOf('14 y F, back pain 2 wk. Physio did something to help her back pain. Neuro normal.', 'Plan: MRI lumbar spine.'), 'none');
  });

  it('reads a "PL:" problem list, and the normal spinal US one of its items tells', () => {
    const exam = 'Exam: dimple 4 mm, in the cleft, 1.5 cm from anus. Tone normal.';
    const told = readNote('9 mo girl', 'PL: 1) constipation 2) sacral dimple - normal spinal US at 6 wks 3) eczema', exam, 'Plan: XR LS spine requested for reassurance.');
    assert.equal(told.facts.prior[0]?.result, 'normal');
    assert.ok(told.rules.includes('next-study-after-ultrasound') && !told.rules.includes('inappropriate-initial-study'));
    // A US only planned in it is no prior study.
    assert.ok(readNote('9 mo girl', 'PL: 1) sacral dimple - for spinal US', exam, 'Plan: XR LS spine.').rules.includes('inappropriate-initial-study'));
  });

  it("reads a measure per time as a growth rate, never the dimple's size", () => {
    const told = readNote('Leo D. Age: 3y 4m', 'Exam: proportionate. Ht velocity 5 cm/yr. Sacral dimple noted by mum and on exam.', 'Plan: GH stimulation test.');
    assert.equal(told.facts.dimple?.sizeMm, undefined);
    assert.ok(told.rules.includes('dimple-undescribed'));
    assert.equal(readNote('Age: 3y 4m', 'Exam: sacral dimple 6 mm, above the cleft. Grows 4 cm per year.', 'Plan: US spine.').facts.dimple?.sizeMm, 6);
    assert.equal(readNote('Age: 3y 4m', 'Exam: sacral dimple 1 cm, above the cleft.', 'Plan: US spine.').facts.dimple?.sizeMm, 10);
  });
});
