/**
 * Set 23, notes by South-Asian-, African- and Middle-East-trained writers: "C/O:" and "H/o:" keys are the present
 * illness and "K/C/O:" the past history; "k/c/o ALL" is a known leukaemia; Koch's spine, caries spine and brucellar or
 * pyogenic spondylitis are suspected spinal infections; an "evening rise of temp" is fever; "continuous low back pain"
 * is constant pain; a newborn's day of life is read in a Patient value and on a line opening on the baby's name; a
 * sport set against an unchanged load ("but no change in training") is no overuse. Each with the near misses that must
 * stay as they were.
 */
import * as assert from 'node:assert/strict';
import { DAY, ageOf, near, presentIn, readNote } from '../helpers';

describe('"C/O:", "H/o:" and "K/C/O:" keys', () => {
  it('"C/O:" is the present illness: its back pain is read', () => {
    const r = readNote('Age: 13 y', 'C/O: continuous low back pain x 3 wk, even at rest', 'Fever: no   Wt loss: no', 'Advice: CT scan LS spine (plain)');
    assert.equal(r.scenario, 'back-pain-red-flags');
    assert.ok(!r.rules.includes('unknown-key'));
  });
  it('"c/o:" in lower case too, beside a suspicion told as the impression', () => {
    const r = readNote('Pt: 10 y, M', 'c/o: L-sided low back pain x 5 wks, worse at night.', 'Imp: ? osteoid osteoma', 'Plan: Bone scan');
    assert.equal(r.scenario, 'back-pain-infection-tumor');
  });
  it('"H/o:" is the history of the present illness, not a past history: its back pain is today\'s', () => {
    assert.ok(presentIn('back-pain', 'Age: 13 y', 'H/o: low back pain x 3 wk', 'Order: XR L-spine'));
  });
  it('"H/o:" keeps a prior study and its result: a suboptimal US through ossified elements is indeterminate', () => {
    const r = readNote(
      'Name: Master Arjun   Age: 11 mo',
      'H/o: hairy patch over lower back. USG spine done at 8 months at outside centre - report says "suboptimal study, posterior elements ossified, conus not well visualised."',
      'o/e: tuft of hair over L4-L5 midline, no dimple. Neuro - normal.',
      'Adv: Repeat USG spine at our centre',
    );
    assert.equal(r.facts.prior.find((p) => p.modality === 'US')?.result, 'indeterminate');
    assert.ok(r.rules.includes('next-study-after-ultrasound'));
  });
  it('"h/o" in running text stays a past history cue ("HPI: hx low back pain")', () => {
    assert.ok(!presentIn('back-pain', 'Age: 13 y', 'HPI: h/o low back pain', 'Order: XR L-spine'));
  });
  it('a relative\'s "c/o" key stays the relative\'s ("Mother c/o: back pain herself")', () => {
    assert.ok(!presentIn('back-pain', 'Age: 13 y', 'Mother c/o: back pain herself', 'Findings: nil', 'Order: XR L-spine'));
  });
  it('"H/o contact:" is no key of the child\'s: a grandfather on ATT is no infection of the child', () => {
    const r = readNote('Age: 13 y', 'C/O: low back pain x 2 wk', "H/o contact: grandfather on ATT for Koch's spine", 'Order: XR L-spine');
    assert.equal(r.scenario, 'back-pain-no-red-flags');
  });
});

describe('a known leukaemia after "k/c/o"', () => {
  it('"k/c/o ALL (B-cell) … in remission" is a cancer history, and "? relapse" suspects its return', () => {
    const r = readNote(
      '10 yr M, k/c/o ALL (B-cell) - completed maintenance 2022, in remission.',
      'Now c/o backache x 2 wks, mainly at night, wakes from sleep. No fever.',
      'i/v/o ? relapse - CBC, PS, LDH sent.',
      'X-ray whole spine AP/lat ordered today',
    );
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'malignancy' && h.present));
    assert.equal(r.scenario, 'back-pain-infection-tumor');
  });
  it('capitals in an exam after "K/C/O" are no leukaemia ("K/C/O asthma, moves ALL limbs")', () => {
    assert.ok(!presentIn('malignancy', 'Age: 13 y', 'K/C/O asthma, moves ALL limbs, low back pain x 2 wk', 'Order: XR L-spine'));
  });
});

describe("Koch's spine, caries spine, brucellar spondylitis", () => {
  it('"Imp: ? Koch\'s spine (Pott\'s)" with back pain is a suspected infection', () => {
    const r = readNote(
      'c/o back pain since 3 months, evening rise of temp, loss of appetite & wt loss (~4 kg).',
      'H/o contact: grandfather on ATT.',
      '14 yrs/F',
      'o/e: gibbus at D12-L1, tender. B/L LL power 5/5, reflexes normal, plantars flexor.',
      "Imp: ? Koch's spine (Pott's)",
      'Adv: X-ray DL spine AP/lat, CBC, ESR, CRP, Mantoux',
    );
    assert.equal(r.scenario, 'back-pain-infection-tumor');
    assert.ok(
      r.facts.hits.some((h) => h.finding.id === 'fever' && h.present),
      'the evening rise of temperature is fever',
    );
  });
  for (const words of ['? caries spine', 'r/o tubercular spondylitis', '? Brucella spondylitis', 'suspected pyogenic spondylitis']) {
    it(`"${words}" with back pain is a suspected infection`, () => {
      assert.equal(readNote('Age: 9 y', 'HPI: low back pain 3 wks', `Imp: ${words}`, 'Order: MRI L-spine w/o').scenario, 'back-pain-infection-tumor');
    });
  }
  it("Koch's spine ruled out is none", () => {
    assert.equal(readNote('Age: 13 y', 'C/O: low back pain x 2 wk', "Imp: Koch's spine ruled out, mechanical", 'Order: XR L-spine').scenario, 'back-pain-overuse');
  });
  it("a grandfather's Koch's spine is his, not the child's", () => {
    assert.equal(readNote('Age: 13 y', "HPI: back pain 3 wk. Grandfather has Koch's spine, on ATT.", 'Order: XR L-spine').scenario, 'back-pain-no-red-flags');
  });
  it("a father's ankylosing spondylitis stays his (no bare 'spondylitis' is read)", () => {
    assert.equal(readNote('Age: 13 y', 'HPI: low back pain x 2 wk. FHx: father has ankylosing spondylitis', 'Order: XR L-spine').scenario, 'back-pain-no-red-flags');
  });
  it('an evening rise of temperature denied is no fever', () => {
    assert.ok(!presentIn('fever', 'Age: 13 y', 'HPI: back pain 3 wk, no evening rise of temp.', 'Order: XR L-spine'));
  });
});

describe('continuous pain', () => {
  it('"continuous low back pain" is constant pain', () => {
    assert.ok(presentIn('constant-pain', 'Age: 13 y', 'HPI: continuous low back pain x 3 wk', 'Order: XR L-spine'));
  });
  it('"no continuous pain" is none, and "continuous dribbling, back pain" no constant pain', () => {
    assert.ok(!presentIn('constant-pain', 'Age: 13 y', 'HPI: low back pain x 3 wk, no continuous pain', 'Order: XR L-spine'));
    assert.ok(!presentIn('constant-pain', 'Age: 13 y', 'HPI: continuous dribbling, back pain x 3 wk', 'Order: XR L-spine'));
  });
});

describe("a newborn's day of life", () => {
  it('on a line opening on the baby\'s name, under a ward\'s heading ("Baby Adebayo, day 10 of life")', () => {
    near(ageOf('NEONATAL UNIT, FMC Abeokuta', 'Baby Adebayo, day 10 of life, term male, wt 3.2kg', 'Findings: hair tuft', 'Order: spinal US'), 10 * DAY, 'Baby Adebayo');
  });
  it('in a Patient value ("Patient: Baby Adebayo, day 10 of life", "Patient: term male, day 10 of life")', () => {
    near(ageOf('Patient: Baby Adebayo, day 10 of life', 'Findings: hair tuft', 'Order: spinal US'), 10 * DAY, 'Patient: Baby Adebayo');
    near(ageOf('Patient: term male, day 10 of life', 'Findings: hair tuft', 'Order: spinal US'), 10 * DAY, 'Patient: term male');
  });
  it('never a day after anything else ("Jaundice, day 3 of life"), a relative\'s, or a day that dates a study', () => {
    assert.equal(ageOf('NEONATAL UNIT', 'Jaundice, day 3 of life, phototherapy', 'Findings: hair tuft', 'Order: spinal US'), undefined);
    assert.equal(ageOf('NEONATAL UNIT', 'Baby brother Sam, DOL 3', 'Findings: hair tuft', 'Order: spinal US'), undefined);
    assert.equal(ageOf('Patient: Baby Adebayo; US on DOL 3 normal', 'Findings: hair tuft', 'Order: spinal US'), undefined);
  });
  it('an age in weeks wins over it', () => {
    near(ageOf('NEONATAL UNIT', 'Baby Adebayo, day 10 of life, term male', 'Age: 6 wk', 'Findings: hair tuft', 'Order: spinal US'), 6 * 7 * DAY, 'Age: 6 wk');
    near(ageOf('Patient: Baby Adebayo, day 3 of life', 'HPI: now 6 wk old, hair tuft', 'Order: spinal US'), 6 * 7 * DAY, 'now 6 wk old');
  });
});

describe('a sport set against an unchanged load', () => {
  it('"plays football at rec level but no change in training" is no overuse', () => {
    assert.equal(
      readNote('Age: 11 y', 'C/o: low back ache x 10 days. Plays football at rec', '  level but no change in training. Afebrile.', 'Order: XR L-spine').scenario,
      'back-pain-no-red-flags',
    );
  });
  it('without the contrast the sport stands ("Gymnast, no increase in training"), and so does a load that changed', () => {
    assert.equal(readNote('Age: 11 y', 'C/o: low back ache x 10 days. Gymnast, no increase in training. Afebrile.', 'Order: XR L-spine').scenario, 'back-pain-overuse');
    assert.equal(
      readNote('Age: 11 y', 'C/o: low back ache x 10 days. Plays football but training doubled last month. Afebrile.', 'Order: XR L-spine').scenario,
      'back-pain-overuse',
    );
  });
});
