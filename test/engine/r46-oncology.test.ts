/**
 * Round 46's held-out voice of set 83: paediatric oncology, haematology and late-effects clinics, where the child seen is
 * often the brother, the son or the baby of one of the clinic's patients, and that patient's cancer is told beside the
 * child. Each reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const malignant = (...lines: string[]) => presentIn('malignancy', ...lines);
const scenarioOf = (...lines: string[]) => readNote(...lines).scenario;

describe('a child told as the relative of a patient of the clinic (s83)', () => {
  it('gives the patient’s cancer to the patient after "sib of", "brother of", "son of" and a patient’s noun', () => {
    assert.equal(malignant('13 mo M, sib of our Wilms pt. Sacral lipoma.', 'Order: CT lumbar spine'), false);
    assert.equal(malignant('8/12 M, brother of pt on ALL maintenance. Sacral dimple.', 'Order: US spine'), false);
    assert.equal(malignant('4 mo boy, son of ex-pt (Hodgkin). Sacral dimple ~6 mm.', 'Order: US spine'), false);
    assert.equal(malignant('3mo F - daughter of our ex-pt (medulloblastoma survivor, now 26). Dimple.', 'Order: US spine'), false);
    assert.equal(malignant('6 wk old son of one of our ALL survivors (dad, 8 yrs off tx). Dimple.', 'Order: US spine'), false);
    assert.equal(scenarioOf('13 mo M, sib of our Wilms pt. Sacral lipoma (soft midline lump ~4cm).', 'Order: CT lumbar spine'), 's1-cutaneous-marker');
  });

  it('keeps the child’s own cancer, and a kinship with no patient after it, as before', () => {
    assert.equal(malignant('13 mo M with Wilms, sib of our other pt. Sacral lipoma.', 'Order: CT lumbar spine'), true);
    assert.equal(malignant('9 yo M, ALL on maintenance. Back pain x 2 wk.', 'Order: XR L-spine'), true);
    assert.equal(malignant('Pt: 3 yo M, son of a 17 yo mom, h/o neuroblastoma. Back pain.', 'Order: XR L-spine'), true);
    assert.equal(malignant('Pt: 8 yo M with leukaemia, brother of a 6 yo pt. Back pain.', 'Order: XR L-spine'), true);
  });
});

describe('a bracket after a relative tells the relative (s83)', () => {
  it('reads a relative’s bracket as the relative’s to its end', () => {
    assert.equal(malignant('Mum (our ex-pt, Hodgkin 2014, off tx >9 yrs) brought her baby along today - 7 wk old girl. Dimple.', 'Plan: US lumbosacral spine'), false);
    assert.equal(malignant('Late effects clinic - mum (ex-pt, Ewing) brought her toddler son with her today. Lipoma.', 'XR whole spine requested.'), false);
    assert.equal(malignant('Baby boy, day 4. Mum is known to us (R Wilms, nephrectomy + chemo age 3, now 24 & well). Skin tag.', 'Plan: MRI L-spine'), false);
    assert.equal(malignant('12 mo F, seen with brother (AML, day +100 post BMT). Skin tag at the natal cleft.', 'Plan: MRI L-spine'), false);
    assert.equal(malignant('3 yo boy here w/ his sister (Hodgkin, end of treatment visit). Dimple.', 'Plan: XR lower spine'), false);
  });

  it('leaves the child’s story after a companion’s aside, a carer’s "of" and the child in the bracket the child’s', () => {
    assert.equal(malignant('12 mo F, seen with brother (AML), she herself has leukaemia.', 'Plan: MRI L-spine'), true);
    assert.equal(malignant('Called mom of 15 y F (leukaemia, back pain x 3 wk).', 'Plan: MRI L-spine'), true);
    assert.equal(malignant('Here with mum (pt has leukaemia, back pain x 3 wk).', 'Plan: MRI L-spine'), true);
    assert.equal(presentIn('skin-appendage', 'Pt: 3 mo F', 'Mum (hooyo) is worried about a small skin tag over the sacrum.', 'Plan: US spine'), true);
  });

  it('leaves a companion’s bracket that tells a worry, a suspicion or what the parent says the child’s (review r46-A)', () => {
    assert.equal(scenarioOf('Seen with dad (?discitis per GP). 4 yo F, refusing to walk. Plan: MRI spine'), 'back-pain-infection-tumor');
    assert.equal(presentIn('weakness', '12 yo F with mum (worried about cord compression - weak legs). Back pain.'), true);
    assert.equal(scenarioOf('12 yo F seen with mum (says she fell off trampoline). Back pain. Plan: XR L-spine'), 'spine-trauma-thoracolumbar');
    assert.equal(presentIn('suspected-infection-tumor', '12 yo F, seen with mum (worried - ALL relapse?). Back pain, night sweats.'), true);
    assert.equal(presentIn('contrast-reason', 'Seen with mum (concerned re ?tumour). 12 yo F, back pain, night pain.'), true);
  });

  it('ends a relative’s scope at the bracket’s close when the child is named after it (review r46-A)', () => {
    assert.equal(malignant('Mum (ex-pt) brought 9 yo son (neuroblastoma, stage 4, on tx). Back pain.', 'Plan: MRI spine'), true);
    assert.equal(malignant('12 yo F, mum is known to us (R Wilms, nephrectomy + chemo age 3). Back pain.', 'Plan: MRI L-spine'), false);
    assert.equal(malignant('12 yo F seen with brother (AML, day +100 post BMT). Back pain.', 'Plan: MRI L-spine'), false);
  });
});

describe('an oncology clinic’s shorthand for ALL (s83)', () => {
  it('reads "ALL maint", "ALL on maint" and "ALL (standard risk)" as the child’s leukaemia', () => {
    assert.equal(malignant('10yo F ALL maint (wk 40). Low back ache 1 wk, after moving house.', 'Plan: no imaging for now'), true);
    assert.equal(malignant('Pt: 9 yo M, ALL on maint. Back pain.', 'Order: XR L-spine'), true);
    assert.equal(malignant('Survivorship - 14 yo M, ALL (standard risk) off Rx 4 yrs. LBP after training.', 'Order: XR L-spine'), true);
    assert.equal(scenarioOf('ALL maint, 4 yo M. Bumped his back on the coffee table, playing normally since, back a bit sore.', 'XR L-spine requested.'), 'back-pain-red-flags');
  });

  it('keeps a sibling’s ALL told after the sibling’s initial the sibling’s, and the child’s own clinic heading the child’s', () => {
    assert.equal(malignant('13 yo F - sister of J. (ALL, maint). Low back pain x 3 wks, gymnast.', 'XR L-spine requested'), false);
    assert.equal(malignant('13 yo F - sister of J. Has ALL, on maint. Low back pain x 3 wks.', 'XR L-spine requested'), true);
    assert.equal(malignant('ALL maintenance clinic - wk 64 of maint', '6 yo M. Back pain x 2 wks.', 'XR thoracic spine requested.'), true);
  });

  it('leaves a clinic named by it, an exam’s "ALL" and maintenance fluids alone', () => {
    assert.equal(malignant("ALL maint clinic - pt's younger brother (9/12). Tuft of hair lower lumbar midline.", 'Plan - XR lumbar spine'), false);
    assert.equal(malignant('Pt: 9 yo M. MOVES ALL 4 on maint fluids. Back pain.', 'Order: XR L-spine'), false);
    assert.equal(malignant('Pt: 9 yo M. MOVES ALL EXT, off tx for eczema. Back pain.', 'Order: XR L-spine'), false);
  });

  it('reads no leukaemia in a sentence all in capitals without a word of cancer care (review r46-A)', () => {
    assert.equal(malignant('Pt: 9 yo M. TAKE ALL MEDS ON MAINT SCHEDULE. Back pain.', 'Order: XR L-spine'), false);
    assert.equal(malignant('Pt: 9 yo M. PMH: ALL ON MAINTENANCE CHEMO. BACK PAIN.', 'Order: XR L-spine'), true);
  });
});

describe('"arranging" a study orders it (s83)', () => {
  const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
  it('reads "Mum anxious, arranging MRI L-spine (no contrast)" as the order', () => {
    assert.equal(
      orderOf('15yo M, c/o low back ache x 3 wks since rugby training.', 'Likely muscular. Mum anxious, arranging MRI L-spine (no contrast). Physio referral.'),
      'mri-area-without',
    );
  });

  it('leaves a study not arranged, or arranged on a condition, unordered', () => {
    assert.equal(orderOf('15yo M, c/o low back ache x 3 wks.', 'Not arranging MRI L-spine.'), null);
    assert.equal(orderOf('15yo M, c/o low back ache x 3 wks.', 'Arranging MRI L-spine if no better.'), null);
  });

  it('leaves another service arranging a study, or a question about arranging one, unordered (review r46-A)', () => {
    assert.equal(orderOf('12 yo F, back pain.', 'Neurosurgery arranging MRI L-spine, we will not duplicate.'), null);
    assert.equal(orderOf('12 yo F, back pain.', 'Ortho arranging MRI L-spine at their clinic.'), null);
    assert.equal(orderOf('12 yo F, back pain.', 'Ortho are arranging MRI L-spine.'), null);
    assert.equal(orderOf('12 yo F, back pain.', 'Asked GP about arranging MRI L-spine.'), null);
    assert.equal(orderOf('12 yo F, back pain.', 'We are arranging MRI L-spine.'), 'mri-area-without');
    assert.equal(orderOf('12 yo F, back pain.', 'Discussed with mum - arranging MRI L-spine.'), 'mri-area-without');
  });
});
