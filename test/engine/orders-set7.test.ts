/**
 * Orders told where the reader did not look, or read where there is none: an ED note's "MDM:", a
 * consult's "Rec:", a reply under a key read for nothing else ("Provider reply:", a chat's "PCP:").
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('an ED note\'s MDM and a consult\'s "Rec:" are its plan', () => {
  it('the study ordered in the MDM is the order', () => {
    assert.equal(
      orderOf('HPI: 3 y F, 4 days of fever, back pain.', 'MDM: concern for discitis. MRI lumbar spine w/o and w/ contrast ordered, sedation arranged.'),
      'mri-area-without-and-with',
    );
    assert.equal(orderOf('HPI: 14 yo M, ATV rollover, LBP.', 'Medical decision making: midline tenderness. CT L-spine w/o contrast ordered.'), 'ct-area-without');
    assert.equal(orderOf('HPI: 6 mo, deep dimple 7 mm.', 'Rec: atypical dimple -> MRI lumbar spine without contrast ordered for tomorrow.'), 'mri-area-without');
  });
  it('the findings of the MDM are read', () => {
    assert.ok(readNote('CC: fever', 'MDM: febrile toddler with back pain; MRI L-spine ordered.').facts.hits.some((h) => h.finding.id === 'back-pain' && h.present));
  });
  it('but not a study it declines or only names', () => {
    assert.equal(orderOf('HPI: 12 yo M, LBP 2 wk, no red flags.', 'MDM: mechanical back pain. MRI not indicated.'), 'none');
  });
});

describe('a line under a key read for nothing else', () => {
  it('orders a study outright', () => {
    assert.equal(
      orderOf(
        "Baby's age: 6 weeks",
        '- Describe the concern: small dimple at the bottom of his spine',
        "Provider reply: Most small dimples are harmless. I've ordered an ultrasound of his lower spine. - Dr. Y",
      ),
      'us-area',
    );
    assert.equal(orderOf('uro: 3 yo, hairy patch on the low back, new dribbling.', 'PCP: agree. MRI L-spine w/o ordered, and i just sent the nsgy referral'), 'mri-area-without');
  });
  it('not a study told as done, with its result, proposed by someone else or declined', () => {
    assert.equal(orderOf('HPI: 12 yo M, LBP 2 wk.', 'Records: MRI L-spine ordered by PCP in 2023 showed no abnormality.'), 'none');
    assert.equal(orderOf('HPI: 12 yo M, LBP 2 wk.', 'Provider reply: mom wants an MRI of the spine ordered; explained not indicated.'), 'none');
    assert.equal(orderOf('HPI: 12 yo M, LBP 2 wk.', 'Provider reply: no MRI of the spine ordered, since it is not needed.'), 'none');
    assert.equal(orderOf('HPI: 12 yo M, LBP 2 wk.', 'Provider reply: would consider an MRI of the spine if pain persists.'), 'none');
  });
  it('not on a line about a relative', () => {
    assert.equal(orderOf('HPI: 12 yo M, LBP 2 wk.', "Mom's hx: spina bifida occulta, MRI L-spine ordered at age 12."), 'none');
  });
});

describe('a closing study after a word of urgency', () => {
  it('"Emergent MRI …" closing the narrative is the order', () => {
    assert.equal(
      orderOf(
        '15 y F, 3 weeks of low back pain, legs heavy, clonus at both ankles.',
        'Concern for cord compression. Emergent MRI entire spine without and with IV contrast. Neurosurgery paged.',
      ),
      'mri-complete-without-and-with',
    );
    assert.equal(orderOf('12 y M, back pain and fever, tender L2.', 'Urgent MRI L-spine w/wo.'), 'mri-area-without-and-with');
  });
  it('not one told with its result or declined', () => {
    assert.equal(orderOf('15 y F, 3 weeks of low back pain, legs heavy.', 'Emergent MRI entire spine normal.'), 'none');
    assert.equal(orderOf('12 y M, back pain 2 wk, neuro intact.', 'Emergent MRI not indicated.'), 'none');
  });
});

describe('the extent of a study is told in its own sentence', () => {
  it('"complete" elsewhere on the plan line does not make it the complete spine', () => {
    assert.equal(
      orderOf('HPI: 15 yo F, chronic LBP, hypermobile.', 'Plan: XR lumbar spine with flexion/extension views; continue PT; functional goal - complete the volleyball season.'),
      'xr-area',
    );
  });
  it('in its own sentence it does', () => {
    assert.equal(orderOf('HPI: 15 yo F, back pain.', 'Plan: MRI complete spine w/o; continue PT.'), 'mri-complete-without');
    assert.equal(orderOf('HPI: 15 yo F, back pain.', 'Plan: XR whole spine (scoliosis series).'), 'xr-complete');
  });
});

describe('a study named in French', () => {
  // The modality words are left to the reading of French notes; the region and the contrast are study words.
  it('the region and the contrast are read', () => {
    assert.equal(orderOf('HPI: 14 yo M, hockey, LBP 2 wk.', 'Plan : scintigraphie osseuse avec SPECT de la colonne lombaire.'), 'bone-scan-area');
    assert.equal(orderOf('HPI: 14 yo M, hockey, LBP 2 wk.', 'Plan : scintigraphie osseuse.'), 'bone-scan-complete');
    assert.equal(orderOf('HPI: 3 mo, lipoma.', 'Plan : MRI colonne lombosacrée sans contraste.'), 'mri-area-without');
    assert.equal(orderOf('HPI: 11 yo, night pain.', 'Plan : MRI colonne complète sans contraste.'), 'mri-complete-without');
  });
});

describe('a spinal ultrasound told in prose', () => {
  const usOf = (...lines: string[]) => {
    const us = readNote(...lines).facts.prior.filter((p) => p.modality === 'US');
    return us.length ? us[us.length - 1].result : 'none';
  };
  it("the cord's end told in words is its level", () => {
    assert.equal(
      usOf('10 mo boy. Background: US of lumbar spine done at 3 months for a deep sacral dimple showed the cord ending low, at L3.', 'Plan: MRI L-spine w/o.'),
      'abnormal',
    );
    assert.equal(usOf('10 mo boy. Spinal US at 2 wk showed the cord terminating at L1-L2, normal filum.', 'Plan: recheck.'), 'normal');
  });
  it('the result told in the sentences after the study', () => {
    assert.equal(
      usOf(
        'Patient: 9-month-old female',
        'A spinal ultrasound was performed at 7 months of age. The report states that the study was limited by ossification of the posterior elements; it was read as indeterminate.',
      ),
      'indeterminate',
    );
    assert.equal(usOf('Patient: 5 mo', 'HPI: spinal US done at 1 month. It was read as normal.'), 'normal');
  });
  it('not the exam, a question or another study told after it', () => {
    assert.equal(usOf('Patient: 5 mo', 'HPI: spinal US done at 1 month. Neuro exam normal.'), 'unknown');
    assert.equal(usOf('Patient: 5 mo', 'HPI: spinal US done at 1 month. Is it normal?'), 'unknown');
  });
  it('a study named again without its result is the one already read; a repeat is another', () => {
    assert.equal(
      usOf(
        'Patient: 2 yo',
        'HPI: That ultrasound was done at 2 months and showed the conus at L1-L2 with a normal filum. MRI shows the filum far better than an infant ultrasound done 22 months ago.',
      ),
      'normal',
    );
    assert.equal(usOf('Patient: 6 mo', 'HPI: spinal US at 1 month was normal. Repeat US done last week, report pending.'), 'unknown');
  });
  it("in an order's indication", () => {
    assert.equal(
      usOf(
        'Patient age: 4 months',
        'Procedure: MRI lumbar spine without and with contrast',
        'Indication: atypical sacral dimple. US spine 3 wk ago: conus at L3, filum 2.6 mm - abnormal.',
      ),
      'abnormal',
    );
    assert.equal(usOf('Patient age: 4 months', 'Order: US spine', 'Indication: atypical sacral dimple, r/o tethered cord.'), 'none');
  });
  it('"UTZ" is an ultrasound', () => {
    const r = readNote(
      '7 mo old male, f/u sacral dimple.',
      'Spine UTZ done at 4 mos (outside hospital): "conus at L2-L3, limited study due to ossification".',
      'Plan: for repeat spine UTZ here.',
    );
    assert.equal(r.facts.prior.find((p) => p.modality === 'US')?.result, 'indeterminate');
    assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
  });
});

describe('no order: told none, or the request withdrawn', () => {
  it('"None ordered", "imaging isn\'t needed"', () => {
    assert.equal(
      orderOf(
        'HPI: 19 yo M, low back ache x 3 wk lifting boxes, neuro intact.',
        'He asked for "an x-ray to make sure nothing\'s broken" - explained that imaging isn\'t needed for this. None ordered.',
      ),
      'none',
    );
  });
  it('a request or order withdrawn after it was placed', () => {
    assert.equal(
      orderOf('Member: 11 y M. Requested: MRI lumbar spine without contrast (72148).', 'Reviewer: no red flags.', 'Outcome: ordering MD agreed - request WITHDRAWN.'),
      'none',
    );
    assert.equal(orderOf('HPI: 12 yo, LBP 2 wk.', 'Order: MRI L-spine w/o', 'Addendum: order cancelled after discussion with family.'), 'none');
    assert.ok(readNote('HPI: 12 yo, LBP 2 wk.', 'Order: MRI L-spine w/o', 'Addendum: order cancelled after discussion with family.').rules.includes('missing-order'));
  });
  it("not another study's order cancelled, a withdrawal on a condition, or one denied", () => {
    assert.equal(orderOf('HPI: 12 yo, LBP 2 wk, night pain.', 'Order: MRI L-spine w/o', 'Addendum: XR order cancelled.'), 'mri-area-without');
    assert.equal(orderOf('HPI: 12 yo, LBP 2 wk, night pain.', 'Order: MRI L-spine w/o', 'Addendum: if pain resolves, request withdrawn.'), 'mri-area-without');
    assert.equal(orderOf('HPI: 12 yo, LBP 2 wk, night pain.', 'Order: MRI L-spine w/o', 'Addendum: order not cancelled, family agrees.'), 'mri-area-without');
    assert.equal(orderOf('HPI: 12 yo, LBP 2 wk, night pain.', 'XR order cancelled; MRI L-spine w/o ordered instead.'), 'mri-area-without');
  });
});
