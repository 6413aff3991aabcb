/**
 * Review fixes (round 10, a): orders read by the r10a and r10b merges.
 */
import * as assert from 'node:assert/strict';
import { readContrast } from '../../server/src/clinical/order';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe("review fixes m-a: a study told as done is this visit's only in an acute visit's record of it", () => {
  it('a clinic or follow-up note telling a study done is no order', () => {
    assert.equal(orderOf('Follow-up: 14 y F LBP with night pain. MRI L-spine done on Monday shows L4 osteoid osteoma. Neuro intact.', 'Plan: refer ortho oncology.'), 'none');
    assert.equal(orderOf('Returns to review results. MRI L-spine was performed over the weekend: normal. 13 y M, LBP 3 months, neuro intact. Plan: PT.'), 'none');
    assert.equal(orderOf('12 y F back pain. Since her visit in October an MRI L-spine has been performed - normal. Neuro intact. Continue PT.'), 'none');
    assert.equal(orderOf('HPI: 12 y F LBP 8 weeks. XR L-spine obtained, normal. Presents for second opinion.', 'Neuro intact. Plan: PT, review 6 weeks.'), 'none');
    assert.equal(orderOf('Neurology f/u: 11 y M with headaches. MRI brain and C-spine done, showed Chiari 1 malformation 7 mm. Neuro exam normal. Refer NSGY.'), 'none');
    assert.equal(orderOf('12 y F LBP, neuro intact. MRI L-spine done at another facility: normal.'), 'none');
    assert.equal(orderOf('12 y F LBP, neuro intact. Per mom, XR L-spine obtained and was normal.'), 'none');
    assert.equal(orderOf('12 y F LBP 3 months, neuro intact. XR spine obtained by chiropractor - normal.'), 'none');
    assert.equal(orderOf('12 y F LBP, neuro intact. Parents report MRI spine done abroad - normal.'), 'none');
    assert.equal(orderOf('14 y F LBP 3 months. Ix: MRI L-spine done, awaiting report. Plan: review.'), 'none');
  });
  it('a study of another time stays no order in an ED note too', () => {
    assert.equal(orderOf('15 y F LBP, neuro intact. XR spine obtained at age 10 for scoliosis screening: 12 degree curve.'), 'none');
    assert.equal(orderOf('ED: 15 y F LBP, neuro intact. XR spine obtained at age 10 for scoliosis screening: 12 degree curve.'), 'none');
    assert.equal(orderOf('ED: 15 y F LBP, neuro intact. Scoliosis XR done when she was 8, mild curve.'), 'none');
    assert.equal(orderOf('ED: 14 y F LBP with night pain. MRI L-spine done on Monday - normal. Neuro intact.'), 'none');
    assert.equal(orderOf('ED: 12 y F LBP, neuro intact. Per mom, XR L-spine obtained and was normal.'), 'none');
    assert.equal(orderOf('ED: 12 y F LBP, neuro intact. Parents report MRI spine done abroad - normal.'), 'none');
  });
  it('the ED record of a study done, or one told done today, is still the order', () => {
    assert.equal(
      orderOf('14 yo M, fell off skateboard, midline tenderness T12-L1. Neuro intact.', 'ED course: XR T/L spine obtained, no fracture. Discharged home with ibuprofen.'),
      'xr-area',
    );
    assert.equal(orderOf('16 y F MVC restrained passenger, midline C-spine tenderness on arrival -> CT C-spine without contrast, negative. Neuro intact.'), 'ct-area-without');
    assert.equal(orderOf('2 mo F, sacral dimple with hemangioma.', 'XR lumbosacral spine obtained today - no bony anomaly.'), 'xr-area');
  });
});

describe('review fixes m-a: a contrast word of an allergy says nothing of the study', () => {
  const k = defaultKnowledge();
  it('"not contrast allergic", "no contrast allergy" leave the contrast ordered', () => {
    assert.equal(orderOf('12 y, LBP with fever, tender L3.', 'Order: MRI L-spine w/ gadolinium. Pt not contrast allergic.'), 'mri-area-with');
    assert.equal(orderOf('12 y, LBP with fever, tender L3.', 'Order: MRI L-spine with contrast (no contrast allergy).'), 'mri-area-with');
    assert.equal(readContrast('MRI L-spine with contrast, no contrast reaction history', k, false), 'with');
    assert.equal(readContrast('MRI L-spine with sedation, no contrast allergy', k, false), undefined);
    assert.equal(readContrast('MRI L-spine w/o contrast; allergic to gadolinium', k, false), 'without');
  });
  it('a contrast taken back is still without', () => {
    assert.equal(readContrast('MRI L-spine, no gadolinium', k, false), 'without');
    assert.equal(readContrast('CT T/L spine, not a contrast study', k, false), 'without');
  });
});

describe('review fixes m-a: a study solicited by someone else', () => {
  it('is no order of the note', () => {
    assert.equal(orderOf('12 y F LBP 8 wk, neuro intact. MRI L-spine solicited by the previous doctor, not done. Plan: PT.'), 'none');
    assert.equal(orderOf('12 y F LBP 8 wk. Solicited: MRI L-spine by the previous doctor, not done. Plan: PT.'), 'none');
    assert.equal(orderOf('12 y F LBP 2 wk, no red flags, neuro intact. Solicited: MRI by the mother; explained not indicated. Plan: PT.'), 'none');
  });
  it("the writer's own solicited study is the order", () => {
    assert.equal(orderOf('Child 10 years, LBP with fever and night pain. I solicit MRI of the lumbar spine with contrast.'), 'mri-area-with');
    assert.equal(orderOf('Child 10 years, LBP with fever and night pain. Solicited: MRI of the lumbar spine with contrast.'), 'mri-area-with');
  });
});

describe('review fixes m-a: a study told as done in an ED note, read more closely', () => {
  it('not a study told not done, one done where the child was referred from, nor a clinic note naming an ED visit', () => {
    assert.equal(orderOf('ED: 2 mo F fever. Sacral dimple noted, no spinal US done.'), 'none');
    assert.equal(orderOf('ED: 14 y M referred from ortho clinic where XR L-spine obtained showed L1 compression fracture. Neuro intact.'), 'none');
    assert.equal(orderOf('Ortho clinic f/u. Seen in ED 1 week ago after fall. XR L-spine obtained - no fracture. 13 y M, neuro intact. Plan: PT.'), 'none');
    assert.equal(orderOf('HPI: presented to ED after fall. XR L-spine obtained - normal. 13 y M. Neuro intact. Plan: PT.'), 'none');
  });
});

describe('review fixes m-a: an intention not carried out, a few words before its order word', () => {
  it('is no order', () => {
    assert.equal(orderOf('3 mo F, simple dimple. I was going to go ahead and order a spinal US but dimple is within the cleft so not needed.'), 'none');
    assert.equal(orderOf('14 y, LBP 8 weeks. Initially planned to order XR L-spine; decided against it.'), 'none');
    assert.equal(orderOf('3 mo F, simple dimple. I would have ordered an US spine if the dimple were above the cleft.'), 'none');
  });
  it('the study ordered instead is still the order', () => {
    assert.equal(orderOf('13 y, LBP with night pain. Was going to order XR first but given night pain have ordered MRI L-spine.'), 'mri-area-without');
    assert.equal(orderOf('3 mo F, deep dimple above the cleft. I was going to wait, but have ordered a spinal US.'), 'us-area');
  });
});

describe('review fixes m-a: "Ordered …" opening a sentence of the assessment, on a condition', () => {
  it('is no order', () => {
    assert.equal(orderOf('Assessment: 14 y LBP 2 weeks. Ordered XR L-spine if no better in 2 weeks.'), 'none');
    assert.equal(orderOf('Assessment: 14 y LBP 2 weeks, no red flags. We have ordered an MRI L-spine should symptoms persist beyond 6 weeks.'), 'none');
    assert.equal(orderOf('Impression: 3 mo F simple dimple. I have ordered a spinal US, to be done only if the dimple deepens.'), 'none');
  });
  it('without a condition it orders', () => {
    assert.equal(orderOf('Assessment: 14 y, LBP 3 months with night pain. Ordered MRI L-spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf('Concern: Chiari I. Ordered MRI brain and MRI cervical spine. 11 y M, headaches.'), 'mri-area-without');
    assert.equal(orderOf('Assessment: 14 y, LBP 3 months with night pain. Ordered MRI L-spine, with sedation if needed.'), 'mri-area-without');
  });
});

describe('review fixes m-a: an e-consult\'s "Q:" heading, read as history, still tells the age that opens it', () => {
  it('"Q: 12 yo F …" is 12 years', () => {
    assert.equal(
      readNote('eConsult, pediatric radiology', 'Q: 12 yo F with back pain that wakes her at night.', 'PCP: MRI whole spine w/o contrast ordered.').facts.age?.months,
      144,
    );
    assert.equal(readNote('Q: 9 yo M, LBP 3 weeks, no red flags. Is imaging needed?').facts.age?.months, 108);
  });
});

describe('review fixes m-a: a Contrast: line of other words', () => {
  const k = defaultKnowledge();
  it('a bare "w/" inside other words says no contrast; opening the value it does', () => {
    assert.equal(readContrast('worse w/ activity', k, true), undefined);
    assert.equal(readContrast('with sedation', k, true), 'with');
    assert.equal(readContrast('w/', k, true), 'with');
    assert.equal(readContrast('w/o', k, true), 'without');
    assert.equal(readContrast('yes, w/ gad', k, true), 'with');
  });
});
