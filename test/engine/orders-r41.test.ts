/**
 * Round 41, orders: a bracket opening an Order line that gives up or weighs another study ("Order: [insurance denied MRI]
 * XR L-spine") is no part of the order written after it.
 */
import * as assert from 'node:assert/strict';
import { orderOf, orderOrStatusOf, readNote } from '../helpers';

const BACK = '10 y F, low back pain for 8 weeks, night pain. No trauma. Neuro normal.';
const TRAUMA = '14 y M, dirt bike vs tree, helmet on. c/o back pain, tender thoracolumbar junction, moving legs. GCS 14.';
const TUFT = '12 y M. Tuft of hair on the low back (lumbar), present since baby. No pain. Neuro exam normal.';
const INFANT = 'Age: 6/12, F\nHair tuft at lumbosacral junction, noticed by nursery. No dimple.\nNeuro normal, sitting with support.';

/** The most recent spinal US read ('none' when there is none), as rules/scope.ts priorUltrasound takes it. */
function priorUs(...lines: string[]): string {
  const us = readNote(...lines).facts.prior.filter((p) => p.modality === 'US');
  return us.length ? us[us.length - 1].result : 'none';
}

describe('orders r41: a bracket opening an Order line that weighs another study', () => {
  it('orders the study written after it', () => {
    assert.equal(orderOf(BACK, 'Order: [insurance denied MRI] XR L-spine'), 'xr-area');
    assert.equal(orderOf(BACK, 'Order: (MRI not authorized) US lumbar spine'), 'us-area');
    assert.equal(orderOf(BACK, 'Order: (MRI not approved by insurer) XR L-spine AP/lat'), 'xr-area');
    assert.equal(orderOf(BACK, 'Order: (consider MRI if XR abnormal) XR L-spine'), 'xr-area');
  });
  it('keeps a bracket naming the ordered study, or no study, or weighing nothing, as the order line says', () => {
    assert.equal(orderOf(BACK, 'Order: (MRI denied) MRI L-spine w/o'), 'mri-area-without');
    assert.equal(orderOf(BACK, 'Order: (denied by insurance) XR L-spine'), 'xr-area');
    assert.equal(orderOf(BACK, 'Order: (pls do today) MRI L-spine'), 'mri-area-without');
    assert.equal(orderOf(BACK, 'Order: (CT first) MRI L-spine'), 'ct-area-without');
    assert.equal(orderOf(BACK, 'Order: [insurance denied MRI]'), 'mri-area-without');
  });
});

describe('orders r41: a plan told with the leader of the team that orders', () => {
  it('reads "Plan per trauma lead:" as the plan, its list read as a Plan line is', () => {
    const plan = 'CT head non-contrast, CT chest/abdo/pelvis with IV contrast incl. thoracolumbar spine reformats';
    assert.equal(orderOf(TRAUMA, `Plan per trauma lead: ${plan}`), 'ct-area-with');
    assert.equal(orderOf(TRAUMA, `Plan per trauma team leader: ${plan}`), 'ct-area-with');
    assert.equal(orderOf(TRAUMA, `Plan per trauma attending: ${plan}`), 'ct-area-with');
  });
  it('keeps another place’s or visit’s lead, a relative, and a list naming no spine study, as they were', () => {
    const plan = 'CT chest/abd/pelvis w/ IV contrast incl. thoracolumbar spine reformats';
    assert.equal(orderOf(TRAUMA, `Plan per OSH trauma lead: ${plan}`), 'none');
    assert.equal(orderOf(TRAUMA, `Plan per trauma lead at OSH: ${plan}`), 'none');
    assert.equal(orderOf(TRAUMA, `Plan per mum: ${plan}`), 'none');
    // A list of no spine study reads as a "Plan:" line of it does: no spine order.
    assert.equal(orderOrStatusOf(TRAUMA, 'Plan per trauma lead: CT head w/o; CBC'), orderOrStatusOf(TRAUMA, 'Plan: CT head w/o; CBC'));
    assert.notEqual(orderOf(TRAUMA, 'Plan per trauma lead: CT head w/o; CBC'), 'ct-area-without');
    assert.equal(orderOf(TRAUMA, 'Plan: XR T/L-spine', `Plan per trauma lead: ${plan}`), 'xr-area');
  });
});

describe('orders r41: a denial of a few studies "ever done" tells no prior ultrasound', () => {
  const plan = 'Plan: CT scan lumbar spine without contrast to see spina bifida.';
  it('reads no ultrasound done', () => {
    assert.equal(priorUs(TUFT, 'No ultrasound/MRI ever done. Hospital here only has CT and X-ray.', plan), 'none');
    assert.equal(priorUs(TUFT, 'No ultrasound ever done.', plan), 'none');
    assert.equal(priorUs(TUFT, 'No US or MRI has ever been done.', plan), 'none');
    assert.equal(priorUs(TUFT, 'No US/MRI done.', plan), 'none');
  });
  it('keeps an ultrasound told done as done', () => {
    assert.equal(priorUs(TUFT, 'No MRI ever done. US spine at 2 wks: normal.', plan), 'normal');
    assert.equal(priorUs(TUFT, 'Spinal US at birth: normal, never repeated.', plan), 'normal');
  });
});

describe('orders r41: a colon inside a bracket of an order sentence is the aside’s', () => {
  it('orders the study before the bracket', () => {
    assert.equal(orderOf(INFANT, 'US lumbar spine ordered (discussed: may have limited views at this age)'), 'us-area');
    assert.equal(orderOf(INFANT, 'US lumbar spine ordered (discussed: XR may be needed later)'), 'us-area');
    assert.equal(orderOf(INFANT, 'US lumbar spine ordered (note: limited views possible)'), 'us-area');
  });
  it('still orders the study after a colon outside any bracket', () => {
    assert.equal(orderOf(INFANT, 'Discussed with radiology, will complete evaluation: MRI L-spine w/o contrast'), 'mri-area-without');
  });
});

describe('orders r41 mend: a denial limited to a place denies no prior', () => {
  it('"No ultrasound/MRI ever done here (outside US at birth: thick filum)" keeps the outside US', () => {
    assert.equal(priorUs('Pt: 4 mo F', 'Skin: dimple with hemangioma', 'No ultrasound/MRI ever done here (outside US at birth: thick filum)', 'Order: MRI L-spine'), 'abnormal');
  });
  it('a plain list denial still denies', () => {
    assert.equal(priorUs('Pt: 3 mo F', 'Skin: dimple + tuft', 'No ultrasound/MRI ever done', 'Order: MRI L-spine'), 'none');
  });
});
