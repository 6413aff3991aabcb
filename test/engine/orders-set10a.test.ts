/**
 * Orders written where or how the reader did not look (set10, first half): a handwritten card's arrow to the next
 * step ("→ MRI L-spine w/o"), a radiograph named by its views first ("lateral thoracolumbar spine radiographs"), a
 * Turkish-trained "direct graphy" for a plain radiograph, "w/ & w/o" for without and with contrast, a request withdrawn
 * in its own sentence, a whole spine billed as its regions' codes, a scheduler confirming the study booked, and
 * "ordering NP" as who ordered.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('an arrow to the next step on a handwritten card', () => {
  it('an arrow opening a line orders the study after it', () => {
    assert.equal(orderOf('13y F. LBP 3/12, radiating down L leg. Tingling L foot.', 'O/E: SLR L +ve at 40°. L ankle jerk absent.', '→ MRI L-spine w/o.'), 'mri-area-without');
    assert.equal(orderOf('14y M. c/o LBP 6/52, wakes him at night.', 'XR L/S (3/52 ago) - NAD.', '→ MRI whole spine (no contrast).'), 'mri-complete-without');
    assert.equal(orderOf('8y F. back pain 5/7. Neuro ok.', '-> XR L-spine.'), 'xr-area');
    assert.equal(orderOf('8y F. back pain 5/7. Neuro ok.', '=> XR L-spine. Review 1/52.'), 'xr-area');
  });
  it('an arrow after the reason orders the study after it', () => {
    assert.equal(orderOf('4 mo F. Strawberry naevus over sacrum, midline. No dimple.', '?OSD → US LS spine (soon - window closing).'), 'us-area');
  });
  it('not after a condition, nor a result after the arrow, nor a study told before it', () => {
    assert.equal(orderOf('10yo M. LBP 2 wk.', 'If not better in 3 wks -> XR L-spine.'), 'none');
    assert.equal(orderOf('10yo M. LBP 2 wk.', 'If no better → MRI L-spine w/o.'), 'none');
    assert.equal(orderOf('14y M. LBP 6/52.', 'MRI L-spine → normal.'), 'none');
    assert.equal(orderOf('6 mo M. Dimple 6mm, deep.', 'USS (8/52 ago): conus L3, filum 2.5mm → ?tethered.'), 'none');
    assert.equal(orderOf('11y F. School screen → ?scoliosis. No back pain.'), 'none');
    assert.equal(orderOf('14y M. LBP 6/52.', 'Seen by GP → XR L-spine normal.'), 'none');
  });
});

describe('a radiograph named by its views first', () => {
  const plan = (...items: string[]) =>
    orderOf('Age: 9 y 4 m  Sex: M', 'Interval hx: mid-back ache for about 6 weeks. Tender over mid-thoracic spinous processes.', 'Plan:', ...items.map((i) => `- ${i}`));
  it('is ordered as a plan item', () => {
    assert.equal(
      plan('lateral thoracolumbar spine radiographs today (vertebral fracture assessment)', '25-OH vit D, Ca, PO4, ALP, PTH', 'if VF confirmed: discuss IV bisphosphonate'),
      'xr-area',
    );
    assert.equal(plan('AP and lateral L-spine XR', 'labs'), 'xr-area');
    assert.equal(plan('standing PA/lat lumbar spine films', 'physio'), 'xr-area');
  });
  it('not when only conditioned or told with its result, and a view word alone names no study', () => {
    assert.equal(plan('lateral thoracolumbar spine radiographs if pain persists', 'labs'), 'none');
    assert.equal(orderOf('9y M. mid-back ache 6 wk.', 'Lateral thoracolumbar spine radiographs normal.'), 'none');
    assert.equal(plan('lateral flexion exercises', 'physio'), 'none');
  });
});

describe('a plain radiograph as clinicians trained in Turkey write it', () => {
  it('"direct graphy" is a radiograph', () => {
    assert.equal(
      orderOf(
        'Consultation request to Radiology: Patient has sacral dimple. Neurological exam normal. Lumbosacral direct graphy (AP and lateral) is requested for evaluation of spina bifida occulta. Thank you.',
      ),
      'xr-area',
    );
    assert.equal(orderOf('12 y, male. Low back pain 2 weeks after a fall.', 'Plan: lumbar direkt grafi.'), 'xr-area');
  });
  it('one done before is no order', () => {
    assert.equal(orderOf('12 y, male. Low back pain 2 weeks.', 'Lumbosacral direct graphy last month was normal. Physiotherapy.'), 'none');
  });
});

describe('"w/ & w/o" is without and with contrast', () => {
  it('reads both', () => {
    assert.equal(orderOf('22 mo M. Soft fatty lump over sacrum, midline.', '→ MRI L/S spine w/ & w/o contrast.'), 'mri-area-without-and-with');
    assert.equal(orderOf('22 mo M. Lump over sacrum.', 'Order: MRI L-spine w/ w/o'), 'mri-area-without-and-with');
  });
  it('not a contrast and a sedation', () => {
    assert.equal(orderOf('22 mo M. Lump over sacrum.', 'Order: MRI L-spine w/o, w/ sedation'), 'mri-area-without');
    assert.equal(orderOf('22 mo M. Lump over sacrum.', 'Order: MRI L-spine w/ sedation w/o contrast'), 'mri-area-without');
  });
});

describe('a request withdrawn in its own sentence', () => {
  it('"MRI lumbar spine (72148) request WITHDRAWN" orders nothing', () => {
    assert.equal(
      orderOf(
        'UM note: adolescent member, LBP ~6 wks, no fever or night pain, neuro normal per PCP. MRI lumbar spine (72148) request WITHDRAWN by ordering office before determination - PCP starting PT first. Case closed.',
      ),
      'none',
    );
    assert.equal(orderOf('UM note: adolescent, LBP 6 wks. MRI lumbar spine request withdrawn.'), 'none');
  });
  it('not another request, a withdrawal denied or conditioned, nor another study taken back', () => {
    assert.equal(orderOf('UM note: adolescent, LBP 6 wks. MRI lumbar spine (72148) request approved.'), 'mri-area-without');
    assert.equal(orderOf('UM note: adolescent, LBP 6 wks. MRI lumbar spine (72148) request pending; sedation request withdrawn.'), 'mri-area-without');
    assert.equal(orderOf('14 yo LBP 6 wks, night pain. XR L-spine order cancelled, MRI L-spine w/o ordered.'), 'mri-area-without');
    assert.equal(orderOf('14 yo LBP 6 wks, night pain. MRI L-spine w/o ordered, XR order cancelled.'), 'mri-area-without');
  });
});

describe('a whole spine billed as its regions', () => {
  it('the whole spine named beside an area code, or the codes of three regions', () => {
    assert.equal(orderOf('Pt: 9 yo M', 'Study: MRI whole spine WITH contrast only (72142, 72147, 72149)'), 'mri-complete-with');
    assert.equal(orderOf('Pt: 9 yo M', 'Order: MRI whole spine w/o 72148'), 'mri-complete-without');
    assert.equal(orderOf('Pt: 9 yo M', 'Order: 72141, 72146, 72148'), 'mri-complete-without');
  });
  it('not one region, two regions, or the whole spine named in another sentence', () => {
    assert.equal(orderOf('Pt: 9 yo M', 'Order: MRI L-spine 72148'), 'mri-area-without');
    assert.equal(orderOf('Pt: 9 yo M', 'Order: MRI T and L spine (72146, 72148)'), 'mri-area-without');
    assert.equal(orderOf('Pt: 9 yo M', 'Order: MRI L-spine 72148. Whole spine if abnormal.'), 'mri-area-without');
  });
});

describe("a scheduler's call confirming the study booked", () => {
  it('orders the study confirmed', () => {
    assert.equal(
      orderOf('Radiology scheduling - outbound call', 'Called mom to confirm US spine (infant) Thurs 0930. Pt 6 wks old, M.', 'Reason on requisition: "sacral dimple."'),
      'us-area',
    );
    assert.equal(orderOf('6 wk old M. Sacral dimple.', "Confirming tomorrow's US spine, 0930."), 'us-area');
  });
  it('not its result or cancellation confirmed, nor a question or a purpose', () => {
    assert.equal(orderOf('6 wk old M. Sacral dimple.', 'Called mom to confirm US spine results.'), 'none');
    assert.equal(orderOf('6 wk old M. Sacral dimple.', 'Mom called to confirm the US spine was normal.'), 'none');
    assert.equal(orderOf('6 wk old M. Sacral dimple.', 'Called mom to confirm cancellation of US spine.'), 'none');
    assert.equal(orderOf('6 wk old M. Sacral dimple.', 'Mom asked us to confirm whether US spine is needed.'), 'none');
    assert.equal(orderOf('6 wk old M. Sacral dimple.', 'MRI to confirm tethered cord if US abnormal.'), 'none');
  });
});

describe('"ordering NP" names who ordered, not an order', () => {
  const navigator = (line: string) =>
    orderOf(
      'Nurse navigator - imaging',
      'Pt: 8 mo F, hairy patch lower back. First spinal US at 2 mo was limited by motion - repeat requested.',
      `Navigator note: at 8 months bone may block the view; ${line}`,
    );
  it('a change only suggested to the ordering clinician, who keeps the study, is no change', () => {
    assert.equal(navigator('messaged ordering NP re: MRI instead. NP replied keep the US as ordered for now. Booked as ordered, family informed.'), 'us-area');
    assert.equal(orderOf('8 mo F, hairy patch. Spoke with ordering provider about MRI L-spine; she will decide.'), 'none');
  });
  it('"ordering" the study is still an order', () => {
    assert.equal(orderOf('8 mo F, hairy patch. Ordering MRI L-spine w/o today.'), 'mri-area-without');
    assert.equal(orderOf('8 mo F, hairy patch. I am ordering MRI L-spine w/o today.'), 'mri-area-without');
    assert.equal(navigator('messaged ordering NP re: MRI instead. NP agreed - MRI L-spine w/o ordered instead.'), 'mri-area-without');
  });
});
