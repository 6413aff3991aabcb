/**
 * Round 43's third pair of held-out voices: text written for families (after-visit summaries, portal replies, nurse
 * call-backs; set 61) and symbol-heavy ward shorthand (Ø, c̄, s̄, ΔΔ; set 62). Each reading with its look-alikes.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, orderOf, presentIn, readNote, traumaOf, WEEK } from '../helpers';

describe('ward shorthand’s symbols (s62)', () => {
  it('reads "Ø" before a finding as its denial, and a list after it as denied', () => {
    assert.equal(traumaOf('14 y/o ♀, LBP x 10/7, no obvious cause. Ø trauma, not sporty.', 'XR L-spine req’d.'), 'none');
    const r = readNote('15 ♀ — LBP 3/52. Ø night pain, Ø fever, Ø wt loss.', 'o/e: tender L4, neuro nl.', 'Plan: XR L-spine');
    assert.ok(!r.facts.hits.some((h) => h.present && ['night-pain', 'fever', 'weight-loss'].includes(h.finding.id)));
    assert.ok(!presentIn('hair-tuft', 'Age: 2 d', 'Back: single shallow sacral dimple ~2mm. Ø tuft, Ø haemangioma, Ø skin tag.', 'Plan: US spine'));
  });

  it('reads "Ø 3 cm", "Ø approx 3 cm" and "Ø ~2 cm" as a diameter, never a denial of what follows (review r43c)', () => {
    assert.ok(presentIn('hair-tuft', 'Age: 4 mo', 'Exam: lipoma Ø 3 cm over L5, hair tuft above it.', 'Plan: US spine'));
    assert.ok(presentIn('lipoma', 'Age: 4 mo', 'Exam: Ø approx 3 cm soft lipoma at L5.', 'Plan: US spine'));
    assert.ok(presentIn('hair-tuft', 'Age: 4 mo', 'Exam: Ø ~2 cm hairy patch over sacrum.', 'Plan: US spine'));
  });

  it('reads "Fever: Ø", "Trauma Ø" and "Night pain (Ø)" as denied (review r43c)', () => {
    const r = readNote('Age: 9 y', 'HPI: LBP 2 wk. Trauma: Ø. Fever: Ø. Night pain (Ø).', 'Plan: XR L-spine');
    assert.ok(!r.facts.hits.some((h) => h.present && ['fever', 'night-pain'].includes(h.finding.id)));
    assert.equal(r.facts.trauma.significance, 'none');
  });

  it('keeps a finding denied only at first ("initially denied by mum, later confirmed")', () => {
    assert.ok(presentIn('fever', 'Age: 9 y', 'HPI: back pain 2 wk. Fever to 39 - initially denied by mum, later confirmed.', 'Order: MRI L-spine'));
  });

  it('reads "c̄ contrast", "s̄ contrast" and "s̄ + c̄ gad" as with, without and both', () => {
    assert.equal(orderOf('Age: 13 y', 'HPI: LBP 6/52, progressive.', 'Order: MRI whole spine c̄ contrast'), 'mri-complete-with');
    assert.equal(orderOf('Age: 8 mo', 'Hair tuft.', 'Order: MRI L-spine s̄ contrast'), 'mri-area-without');
    assert.equal(orderOf('Age: 8 mo', 'Hair tuft.', 'Order: MRI L-spine c̄ & s̄ contrast.'), 'mri-area-without-and-with');
    assert.equal(orderOf('Age: 6 y', 'Fever, back pain.', 'Plan: MRI whole spine s̄ + c̄ gad.'), 'mri-complete-without-and-with');
    assert.equal(orderOf('Age: 13 y', 'HPI: LBP 6/52, progressive.', 'Order: MRI L-spine c̄ KM'), 'mri-area-with');
  });

  it('reads "s̄ fever" as denied and a bare "s" as nothing', () => {
    assert.ok(!presentIn('fever', 'Age: 9 y', 'HPI: LBP 3/52, s̄ fever.', 'Plan: XR L-spine'));
    assert.ok(presentIn('fever', 'Age: 9 y', 'HPI: LBP 3/52, 3 days s fever 39.', 'Plan: XR L-spine'));
  });

  it('reads a "ΔΔ:" line as the differential, its suspicion a suspected tumour or infection', () => {
    const r = readNote('Age: 11 y', 'HPI: back pain 2/12, constant, night sweats.', "ΔΔ: Pott's spine / lymphoma", 'Adv: XR whole spine');
    assert.equal(r.scenario, 'back-pain-infection-tumor');
  });

  it('keeps a dimple whose "(base not seen)" is told in brackets', () => {
    assert.ok(presentIn('sacral-dimple', 'Age: 10 mo', 'Exam: Deep sacral dimple (base not seen), 4mm, in cleft.', 'Plan: XR LS spine.'));
    assert.ok(!presentIn('sacral-dimple', 'Age: 10 mo', 'Exam: sacral dimple not seen.', 'Plan: XR LS spine.'));
  });
});

describe('text written for families (s61)', () => {
  it('reads "for 5 wk old w/ 2 sacral dimples" as the age; "3 week old injury" is none', () => {
    near(ageOf('Spine US for 5 wk old w/ 2 sacral dimples - mom aware, scheduled Fri 10am. -RN'), 5 * WEEK, '5 wk old w/');
    assert.equal(ageOf('Seen for 3 week old injury, back pain.'), undefined);
  });

  it('reads no carer’s or a named child’s age as the patient’s after "Mom of <name>," (review r43c)', () => {
    const months = ageOf('RN call: Mom of Ava, 16 yo, reports baby has a sacral dimple, 3 wk old.');
    assert.ok(months === undefined || months < 2, `read ${months}`);
    assert.equal(ageOf('Mother of Ben, 34 yo, herself has back pain.'), undefined);
  });

  it('reads "Zoe is 13 and has had pain" as her age where she is named again; "Pain is 8 and has been constant" is none', () => {
    near(ageOf('Dear Zoe and family,', 'Zoe is 13 and has had pain in her back for 6 weeks.'), 156, 'Zoe is 13 and has had');
    assert.equal(ageOf('Pain is 8 and has been constant.'), undefined);
  });

  it('reads plain words for a crooked cleft and for waking at night', () => {
    assert.ok(presentIn('deviated-cleft', 'Age: 14 mo', 'HPI: On his exam I noticed that the crease of his bottom is crooked - it bends to one side.', 'Order: MRI L-spine'));
    assert.ok(presentIn('night-pain', 'Age: 4 y', 'HPI: back pain x1 wk, waking up crying at night.', 'Order: XR whole spine'));
    assert.ok(!presentIn('night-pain', 'Age: 4 y', 'HPI: back pain x1 wk, not waking at night.', 'Order: XR whole spine'));
  });
});
