/**
 * Orders missed or misread (set12, task r13c): a study named "ultrasonography" or "radiography", an order placed in the
 * first person inside an assessment or an answer ("A: … As discussed by phone, I placed the order for spinal US"), a
 * question about a study ("? need for USS", "Should I order an MRI?", "MRI? Not now."), a request quoted from someone
 * else's letter, a study of an order told with its report ("The USS I arranged at 6 weeks was reported as …"), and a
 * referral "for consideration of MRI".
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('a study named ultrasonography or radiography', () => {
  it('is ordered on an order line and in a plan', () => {
    assert.equal(orderOf('Girl 4 months. Small haemangioma above the gluteal cleft.', 'Ordered: ultrasonography of the spinal canal, as soon as possible.'), 'us-area');
    assert.equal(orderOf('Girl 4 months. Small haemangioma above the gluteal cleft.', 'Ordered: ultrasonography of the spinal canal.'), 'us-area');
    assert.equal(orderOf('Boy 14 y. Back pain 2 weeks after a fall from a tree.', 'Ordered: radiography of the lumbar spine, 2 views.'), 'xr-area');
  });
  it('not one told done with its result, nor one only conditioned', () => {
    assert.equal(orderOf('Girl 4 months. Sacral dimple.', 'Ultrasonography of the spinal canal 2026-01-20: normal.'), 'none');
    assert.equal(orderOf('Girl 4 months. Sacral dimple.', 'Plan: ultrasonography of the spinal canal only if the dimple deepens.'), 'none');
  });
  it('a prior ultrasonography is read as the prior study', () => {
    const r = readNote(
      'Boy, 5 months. Fatty swelling in the midline at L5-S1.',
      'Ultrasonography of the spinal canal 2025-11-20: conus ends at L3, filum thickened. Conclusion: tethered cord.',
      'Plan: MR of the lumbar spine without contrast. Referral to paediatric neurosurgery sent today.',
    );
    assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
    assert.ok(!r.rules.includes('mri-first-in-young-infant'));
  });
});

describe('an order placed in the first person', () => {
  it('is read in an answer or an assessment, after an aside', () => {
    assert.equal(
      orderOf(
        'E-consult reply (Peds Derm) to PCP',
        'Q: 6-wk-old girl, red patch over the coccyx with a little tag of skin beside it. Image the spine?',
        'A: Thanks for the photos. Two midline findings together - I would image. As discussed by phone, I placed the order for spinal US. No derm visit needed.',
      ),
      'us-area',
    );
    assert.equal(orderOf('6-wk-old girl, red patch over the coccyx.', 'A: I placed the order for spinal US.'), 'us-area');
    assert.equal(orderOf('6-wk-old girl, red patch over the coccyx.', 'Assessment: hemangioma and tag. We have requested an US of the spine.'), 'us-area');
    assert.equal(orderOf('6-wk-old girl, red patch over the coccyx.', 'Assessment: hemangioma. Today, I have requested a spinal US.'), 'us-area');
  });
  it('not one told before, conditioned, or of something else', () => {
    assert.equal(orderOf('6-wk-old girl, red patch over the coccyx.', 'Assessment: hemangioma. I have requested an US spine last month - normal.'), 'none');
    assert.equal(orderOf('6-wk-old girl, red patch over the coccyx.', 'Assessment: hemangioma. As discussed, if it grows I will order a spinal US.'), 'none');
    assert.equal(orderOf('6-wk-old girl, red patch over the coccyx.', 'Assessment: hemangioma. As discussed, no imaging; I have requested derm review.'), 'none');
    assert.equal(orderOf('6-wk-old girl, red patch over the coccyx.', 'Assessment: hemangioma. I have arranged a spinal US in case it grows.'), 'none');
  });
});

describe('a question about a study', () => {
  it('orders nothing', () => {
    assert.equal(
      orderOf(
        'Baby 8/52. Sacral dimple, could not tell how deep. Neuro exam normal.',
        "? need for USS. I haven't ordered anything, I'd rather you decide.",
        'Many thanks, Dr M. Keane',
      ),
      'none',
    );
    assert.equal(orderOf('Baby 8/52. Sacral dimple. Neuro normal.', 'Is there a need for USS? Thanks.'), 'none');
    assert.equal(orderOf('Baby 8/52. Sacral dimple. Neuro normal.', 'Need for USS? Thanks.'), 'none');
    assert.equal(orderOf('Age: 14 y', 'Q: Should I order an MRI? A: Not at this time'), 'none');
    assert.equal(orderOf('Age: 14 y. Back pain.', 'Should I order an MRI? Thanks.'), 'none');
    assert.equal(orderOf('Age: 14 y', 'Plan: MRI? Not now.'), 'none');
  });
  it('a request asked as a question, a study ordered for a query, and a question answered yes still order', () => {
    assert.equal(orderOf('Baby 8/52. Sacral dimple. Neuro normal.', 'Could you please arrange an US spine?'), 'us-area');
    assert.equal(orderOf('Baby 8/52. Sacral dimple. Neuro normal.', 'Can we get an US spine? Thanks.'), 'us-area');
    assert.equal(orderOf('Baby 8/52. Sacral dimple. Neuro normal.', 'Order MRI L-spine ? tethered cord.'), 'mri-area-without');
    assert.equal(orderOf('Baby 8/52. Sacral dimple. Neuro normal.', 'Ordered US spine ?tethered cord.'), 'us-area');
    assert.equal(orderOf('Age: 14 y. Back pain 6 weeks, night pain.', 'Plan: MRI L-spine? Tethered cord.'), 'mri-area-without');
    assert.equal(orderOf('Age: 14 y. Back pain 6 weeks, night pain.', 'Plan: MRI L-spine w/o ?discitis'), 'mri-area-without');
    assert.equal(orderOf('Age: 14 y. Back pain 6 weeks, night pain.', 'Plan: MRI? Yes, ordered today.'), 'mri-area-without');
  });
});

describe('a request quoted from someone else', () => {
  it('is theirs: the physician’s own order is read', () => {
    assert.equal(
      orderOf(
        'Chiropractic referral (fax; date of birth not legible): "HS sophomore with LBP after preseason football, 3 wks. Not responding to adjustments. Please order MRI."',
        '',
        'Physician note: mechanical LBP ~3 weeks. No fever, no night pain. Neuro intact.',
        'MRI L-spine with contrast ordered as requested.',
      ),
      'mri-area-with',
    );
  });
  it('and orders nothing when the physician orders nothing', () => {
    assert.equal(
      orderOf('Chiropractic referral: "HS sophomore with LBP. Please order MRI."', '', 'Physician note: mechanical LBP ~3 weeks. 15 y. Neuro intact. Explained MRI not needed.'),
      'none',
    );
  });
  it('a quotation beside the writer’s own order leaves it', () => {
    assert.equal(orderOf('Girl 4 months. Skin tag.', 'Mum said "the GP said she needs a scan". US spine ordered.'), 'us-area');
  });
});

describe('a study of an order told with its report', () => {
  it('was done before: the study ordered after it is the order', () => {
    assert.equal(
      orderOf(
        'Dear Doctor, Re: Baby Roisin, age 4 months.',
        'She has a small skin tag at the top of her natal cleft. The USS I arranged at 6 weeks was reported as: conus medullaris ending at L3, filum 2.2 mm - ? tethered cord.',
        "I've requested an MRI of the lumbar spine without contrast through the hospital radiology department.",
      ),
      'mri-area-without',
    );
    assert.equal(
      orderOf('Girl 4 months. Skin tag.', 'The USS we ordered at 6 weeks showed a low conus. I have requested an MRI of the lumbar spine without contrast.'),
      'mri-area-without',
    );
    assert.equal(orderOf('Girl 4 months. Skin tag.', 'The USS I arranged was reported as normal.'), 'none');
  });
  it('not an order with a relative clause of its own', () => {
    assert.equal(orderOf('Girl 4 months. Skin tag.', 'I have arranged the USS, which was requested by her GP.'), 'us-area');
  });
});

describe('a referral for consideration of a study', () => {
  it('orders nothing', () => {
    assert.equal(
      orderOf(
        'Age: 14 y   Sex: F',
        'Quality: aching low back, now waking her at night',
        'Plan: no further imaging from UC; referred to PCP / peds ortho within 1 wk for consideration of MRI',
      ),
      'none',
    );
  });
  it('an order beside it still orders', () => {
    assert.equal(orderOf('Age: 14 y', 'Plan: XR L-spine today; referred to ortho for consideration of MRI if abnormal'), 'xr-area');
  });
});
