/**
 * Round 43's held-out voices: order-audit and decision-support text, scheduling and prior-authorization calls, phone
 * dictation left uncorrected (set 57); doctors trained in South Asia and in West, East and Southern Africa (set 58). Each
 * reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { ageOf, categoryPresentIn, DAY, near, orderOf, presentIn, readNote, traumaOf } from '../helpers';

const neuroOf = (...lines: string[]) => readNote(...lines).facts.neuro.state;
const priorUsOf = (...lines: string[]) => readNote(...lines).facts.prior.find((p) => p.modality === 'US')?.result;

describe('a normal neuro exam written "NAD" beside other items, or under "CNS" (s58)', () => {
  it('reads "Neuro: NAD, moves all limbs" and "CNS: NAD" inside the exam as normal', () => {
    assert.equal(neuroOf('Age: 3 wk', 'Neuro: NAD, moves all limbs', 'Order: US spine'), 'normal');
    assert.equal(neuroOf('Age: 3 wk', 'Neuro: NAD; good tone', 'Order: US spine'), 'normal');
    assert.equal(neuroOf('Age: 9 y', 'O/E: mild tenderness D12-L1, no deformity. CNS: NAD', 'Order: XR L-spine'), 'normal');
    assert.equal(neuroOf('Age: 9 y', 'O/E: CNS NAD.', 'Order: XR L-spine'), 'normal');
  });

  it('keeps a deficit beside "NAD", and "CNS" naming a relapse or a weak leg', () => {
    assert.equal(neuroOf('Age: 3 wk', 'Neuro: NAD, L leg drags', 'Order: US spine'), 'abnormal');
    assert.equal(neuroOf('Age: 9 y', 'O/E: CNS: power reduced L leg', 'Order: XR L-spine'), 'abnormal');
    assert.equal(neuroOf('Age: 9 y', 'Hx: ALL with CNS relapse, now normal counts', 'Order: XR L-spine'), 'unknown');
  });
});

describe('a newborn’s day told beside its birth date or its mother’s name, and a carer’s child (s57, s58)', () => {
  it('reads "D3 of life" in the column after the date of birth', () => {
    near(
      ageOf('Baby of Mrs. Lakshmi Devi', 'DOB 11/02/2025   D3 of life   Term/Male/NVD   BW 3.1 kg', 'O/E: tuft of hair over the sacrum', 'Adv: USG LS spine'),
      3 * DAY,
      'D3 of life',
    );
  });

  it('leaves a day beside another’s birth date, or dating an event, unread', () => {
    for (const line of ['Mother DOB 11/02/1995   D3 of life', 'DOB 11/02/2025   D3 of life at transfer', 'DOB 11/02/2025   D3 of life   US normal']) {
      assert.equal(ageOf('Ward round', line, 'O/E: tuft', 'Adv: USG LS spine'), undefined, line);
    }
  });

  it('reads "Baby of Mrs. X, Day 1" and "NICU - Day 2, term boy" as the baby’s day of life', () => {
    near(ageOf('Baby of Mrs. Fatima Sheikh, Day 1, term female', 'Sacral dimple noticed.'), DAY, 'Baby of Mrs.');
    near(ageOf('B/O Rekha, Day 2', 'Sacral dimple.'), 2 * DAY, 'B/O');
    near(ageOf('NICU - Day 2, term boy', 'Large haemangioma over lumbosacral area'), 2 * DAY, 'NICU - Day 2');
  });

  it('reads no day after the mother’s name when more than the day follows, or another item stands between', () => {
    assert.equal(ageOf('Baby of Mrs. Fatima Sheikh, Day 1 post-op', 'Dimple'), undefined);
    assert.equal(ageOf('Baby of Mrs. Fatima Sheikh, known to us, Day 1', 'Dimple'), undefined);
    assert.equal(ageOf('Mother: 17 yo, Baby of Mrs. Fatima Sheikh, Day 1', 'Dimple'), undefined);
  });

  it('reads "Mum of 3 month old" as the child’s age, and a duration after "of" as none', () => {
    near(ageOf('Mum of 3 month old (Oliver) rang asking to book a scan for his dimple.'), 3, 'Mum of');
    near(ageOf('Mother of 3-month-old called re dimple.'), 3, 'Mother of 3-month-old');
    assert.equal(ageOf('Dimple. History of 3 months, no change.'), undefined);
  });
});

describe('a filum below a bound, and a dictated "last weak" (s57)', () => {
  it('reads "filum <2 mm" and "filum less than 2 mm" as normal thickness', () => {
    assert.equal(priorUsOf('Age: 6 mo', 'Hair tuft. Spinal US at 6 wks: normal (conus L1, filum <2 mm).', 'Order: MRI lumbar spine'), 'normal');
    assert.equal(priorUsOf('Age: 6 mo', 'Hair tuft. Spinal US at 6 wks: filum less than 2 mm, conus L1.', 'Order: MRI lumbar spine'), 'normal');
    assert.ok(
      !readNote('Age: 6 mo', 'Hair tuft. Spinal US at 6 wks: normal (conus L1, filum <2 mm).', 'Order: MRI lumbar spine').rules.includes('referral-after-abnormal-ultrasound'),
    );
  });

  it('keeps a thick filum abnormal', () => {
    assert.equal(priorUsOf('Age: 6 mo', 'Hair tuft. Spinal US at 6 wks: filum 2.5 mm, conus L1.', 'Order: MRI lumbar spine'), 'abnormal');
  });

  it('reads "done last weak" as a week, never weakness; "weak legs" stays', () => {
    const dictated =
      'order for MRI lumbar spine period patient is a six week old female period hair tuft over the lower lumbar spine period spinal ultrasound done last weak showed the conus at L3 period';
    assert.ok(!presentIn('weakness', dictated));
    assert.ok(!presentIn('weakness', 'Age: 6 wk', 'HPI: US due next weak. Hair tuft.', 'Order: US spine'));
    assert.ok(presentIn('weakness', 'Age: 6 y', 'HPI: hair tuft, weak legs for a week.', 'Order: MRI L-spine'));
    // Review r43: "weak ago" is as often a weak leg told tersely as a dictated week.
    assert.ok(presentIn('weakness', 'Age: 6 y', 'HPI: hair tuft, right leg weak ago 3 days.', 'Order: MRI L-spine'));
  });
});

describe('fever, bladder and a bump told as these writers tell them (s57, s58)', () => {
  it('reads "low grade temps" as fever and "trouble passing urine" as a bladder symptom; denied, neither', () => {
    assert.ok(presentIn('fever', 'Age: 6 y', 'HPI: ALL in remission, new back pain x 2 wks, waking at night, low grade temps.', 'Order: MRI whole spine'));
    assert.ok(
      categoryPresentIn('urologic-symptom', 'Age: 16 y', 'HPI: back pain 10 days, now numbness in both legs and trouble passing urine since yesterday.', 'Order: MRI L-spine'),
    );
    assert.ok(!presentIn('fever', 'Age: 6 y', 'HPI: back pain x 2 wks, no low grade temps.', 'Order: XR L-spine'));
    assert.ok(!categoryPresentIn('urologic-symptom', 'Age: 6 y', 'HPI: back pain x 2 wks, no trouble passing urine.', 'Order: XR L-spine'));
  });

  it('reads "after bumping back against school desk" as a trivial injury; "keeps bumping into things" is none', () => {
    assert.equal(traumaOf('Age: 11 y', 'HPI: mild low back pain since yesterday after bumping back against school desk. Playing normally.', 'Order: XR L-spine'), 'trivial');
    assert.equal(traumaOf('Age: 11 y', 'HPI: low back pain, keeps bumping into things, clumsy.', 'Order: XR L-spine'), 'none');
  });
});

describe('an order key told with where it stands and who placed it (s57)', () => {
  it('reads "Order in system from Dr. Patel (Peds):" as the order', () => {
    assert.equal(orderOf('Age: 14 mo', 'Order in system from Dr. Patel (Peds): US SPINE / SPINAL CANAL (76800)', 'Dx on order: tuft of hair lower back'), 'us-area');
    assert.equal(orderOf('Pt: 14 y M', 'Indication: LBP x 2 wk, soccer goalkeeper.', 'Imaging per Dr Lindqvist: XR L-spine AP/lat today.'), 'xr-area');
  });

  it('leaves a quoted request, a bracket that names no service, unread as the order', () => {
    const r = readNote(
      'Booked: MRI L-spine w/o contrast, Mon 07:30, 4 mo M.',
      'Request from Dr Lindqvist (quoted): "Spinal US last month: conus ends at L3, filum 2.4 mm - abnormal."',
    );
    assert.notEqual(r.facts.order?.reading.procedure?.id, 'us-area');
  });
});

describe('round 43 review: the look-alikes of these readings stay unread', () => {
  it('takes no filum bound for normal beside a report’s abnormal verdict, and reads "not less than" as a measure', () => {
    assert.notEqual(priorUsOf('Age: 6 mo', 'Hair tuft. Spinal US at 6 wks: filum <2 mm. Impression: abnormal, likely tethered cord.', 'Order: MRI lumbar spine'), 'normal');
    assert.equal(priorUsOf('Age: 6 mo', 'Hair tuft. Spinal US at 6 wks: filum <2 mm but fatty, tethered cord suspected.', 'Order: MRI lumbar spine'), 'abnormal');
    assert.equal(priorUsOf('Age: 6 mo', 'Hair tuft. Spinal US at 6 wks: filum not less than 2 mm, conus L1.', 'Order: MRI lumbar spine'), 'abnormal');
  });

  it('reads no normal exam in "CNS involvement: NAD on last MRI" nor "CNS NAD in upper limbs"', () => {
    assert.notEqual(neuroOf('Age: 9 y', 'Hx: ALL. CNS involvement: NAD on last MRI. Back pain 3 wk.', 'Order: MRI L-spine'), 'normal');
    assert.notEqual(neuroOf('Age: 9 y', 'O/E: back tender L2. CNS NAD in upper limbs.', 'Order: MRI L-spine'), 'normal');
  });

  it('reads no newborn day where the note tells the child older now', () => {
    const months = ageOf('Baby of Mrs. Fatima Sheikh, Day 5', 'Re-admitted at 7 months with fever. Dimple.');
    assert.ok(months === undefined || Math.abs(months - 5 * DAY) > 0.01, `read ${months}`);
    const r = readNote('Ward round', 'DOB 11/02/2025   D3 of life   readmitted at 5 months', 'O/E: tuft', 'Adv: USG LS spine');
    assert.ok(r.facts.age === undefined || Math.abs(r.facts.age.months - 3 * DAY) > 0.01, `read ${r.facts.age?.months}`);
  });

  it('reads no NICU day dating antibiotics, an operation or a readmission, nor beside a later age (review r43b)', () => {
    for (const lines of [
      ['NICU - Day 2 of antibiotics', 'Ex-28 weeker, now 4 months corrected. Dimple.'],
      ['NICU - Day 2 post-op', 'Ex-prem, corrected age 3 months. Dimple.'],
      ['NICU - Day 2, term boy', 'Readmitted, discharged 3 weeks ago. Dimple.'],
    ]) {
      const months = ageOf(...lines);
      assert.ok(months === undefined || Math.abs(months - 2 * DAY) > 0.01, `${lines.join(' / ')}: read ${months}`);
    }
  });

  it('reads no carer’s child where the carer is the patient or another child is named (review r43b)', () => {
    assert.notEqual(ageOf('Called by mum of 3 month old Ava, about her brother Jack who has back pain.', 'Order: XR L-spine'), 3);
    assert.notEqual(ageOf('Pt is mum of 3 month old. Postpartum LBP with leg numbness.', 'Order: MRI L-spine'), 3);
  });

  it('reads no carer’s child where the sentence tells the patient’s own age', () => {
    const months = ageOf('Mum of 3 month old, also mum of Ella (patient, 8 y) with back pain.', 'Order: XR L-spine');
    assert.notEqual(months, 3);
  });

  it('reads a finding "denied by mum" as denied', () => {
    assert.ok(!presentIn('fever', 'Age: 11 y', 'HPI: back pain 3 wk. Temps: low grade temps denied by mum.', 'Order: XR L-spine'));
    assert.ok(!presentIn('fever', 'Age: 11 y', 'HPI: back pain 3 wk, fever denied by mum.', 'Order: XR L-spine'));
    assert.ok(presentIn('fever', 'Age: 11 y', 'HPI: back pain 3 wk. MRI denied by insurance, fever since Monday.', 'Order: XR L-spine'));
  });

  it('reads no retention in a urine sample not given', () => {
    assert.ok(!categoryPresentIn('urologic-symptom', 'Age: 9 y', 'HPI: back pain 3 wk. Unable to pass urine sample in clinic, to bring one next visit.', 'Order: XR L-spine'));
    assert.ok(!categoryPresentIn('urologic-symptom', 'Age: 9 y', 'HPI: back pain 3 wk. Unable to pass urine in clinic so no dipstick done.', 'Order: XR L-spine'));
    assert.ok(!categoryPresentIn('urologic-symptom', 'Age: 9 y', 'HPI: back pain 3 wk. Trouble passing urine for the sample.', 'Order: XR L-spine'));
  });

  it('reads an authored order line as a plan: a condition orders nothing yet', () => {
    assert.equal(orderOf('Age: 9 y', 'HPI: LBP 3 wk, no red flags.', 'Imaging per Dr X: XR L-spine if no improvement in 6 weeks'), 'none');
  });
});
