/**
 * The study settled after a radiologist's vetting or protocolling, or after the order was changed, is the order, over the
 * one first requested: "protocolled as MRI …", "replaced with US spine", "vetted to USS", "Final study: …", "Final: …",
 * "Protocol: USS …". What the clauses before the change say of the study replaced ("XR not indicated at this age, …",
 * "XR - CANCELLED, …") does not stop it. Near misses keep the request: a change proposed, conditioned, denied, unsettled or
 * of another time, a declined request with no replacement (no order), a label naming no study.
 */
import * as assert from 'node:assert/strict';
import { ids, note, orderOf } from '../helpers';

const INFANT = ['Pt: 3 mo F', 'Skin: sacral hair tuft'];

describe('the study protocolled or vetted in place of the one requested', () => {
  it('is the order after "protocolled as", "vetted to", "accepted as", "re-requested as"', () => {
    assert.equal(orderOf('Request: XR lumbar spine', 'Age: 2/12', 'Vetting comment (radiology): XR not indicated at this age, protocolled as US spine.'), 'us-area');
    assert.equal(orderOf(...INFANT, 'Order: MRI L-spine w/o', 'Radiology vetting: MRI not justified at 3 months - vetted to US spine.'), 'us-area');
    assert.equal(orderOf(...INFANT, 'Requested: XR lumbosacral spine', 'Vetting: request accepted as US lumbar spine (XR will not show the cord).'), 'us-area');
    assert.equal(
      orderOf('Pt: 9 mo F', 'Skin: lumbosacral lipoma', 'Request: MRI L-spine w/ contrast', 'Vetting outcome: protocolled as a non-contrast MRI lumbar spine.'),
      'mri-area-without',
    );
    assert.equal(
      orderOf('Pt: 8 mo M', 'Skin: hairy patch', 'Request: USS spine', 'Vetting: not justified as USS at 8 months. Rang GP: re-requested as MRI lumbar spine.'),
      'mri-area-without',
    );
  });
  it('is the order in a note with no keys', () => {
    const text = [
      'Vetting (consultant radiologist):',
      'Request MRI lumbar spine with contrast - 10/12 girl, hairy patch at L4.',
      'No reason for gadolinium for a first screen. Protocolled as MRI lumbar spine WITHOUT contrast.',
    ];
    assert.equal(orderOf(...text), 'mri-area-without');
    assert.ok(!ids(note(...text)).includes('initial-mri-contrast'));
  });
});

describe('an order cancelled and replaced', () => {
  it('orders the replacement ("replaced with", "replaced by", "converted into", "switched over to")', () => {
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine - CANCELLED, replaced with US spine'), 'us-area');
    assert.equal(
      orderOf('Pt: 4 wk F', 'Skin: deviated gluteal cleft', 'Order: CT lumbar spine', 'Addendum: CT order cancelled and replaced by an ultrasound of the lumbar spine.'),
      'us-area',
    );
    assert.equal(
      orderOf(
        'Pt: 5 wk M',
        'Skin: skin tag at the natal cleft',
        'Imaging request: X-ray lumbar spine',
        'Radiologist comment: plain films not helpful; request converted into a spinal ultrasound.',
      ),
      'us-area',
    );
    assert.equal(
      orderOf('3 mo F with a sacral hair tuft. GP requested XR lumbosacral spine. Radiology vetting: XR not appropriate in infancy, switched over to US spine.'),
      'us-area',
    );
    assert.ok(!ids(note(...INFANT, 'Order: XR L-spine - CANCELLED, replaced with US spine')).includes('inappropriate-initial-study'));
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Vetting: spoke to the GP, request changed to USS lumbosacral spine.'), 'us-area');
  });
});

describe('a key or label naming the study settled', () => {
  it('orders its study: "Final study:", "Final:", "Final order:", "Protocol:", "Protocolled as:"', () => {
    assert.equal(orderOf('Request: XR lumbar spine - 14 mos, sacral dimple with a tuft of hair', 'Final study: MRI L-spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Final order: US spine'), 'us-area');
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Protocol: US spine'), 'us-area');
    assert.equal(orderOf('Request MRI lumbar spine with contrast - 8/12 boy, skin tag.', 'Final: MRI L-spine non-contrast.'), 'mri-area-without');
    assert.equal(
      orderOf(
        'Pt: 10 mo M',
        'Skin: hairy patch over L4',
        'Order: MRI lumbar spine with and without contrast',
        'Protocol: MRI lumbar spine without contrast; no indication for gadolinium.',
      ),
      'mri-area-without',
    );
    assert.equal(
      orderOf('Requested: MRI L-spine w/ and w/o contrast', 'Pt: 11 mo F', 'Hx: dermal sinus at L5', 'Protocolled as: MRI L-spine without contrast'),
      'mri-area-without',
    );
  });
  it('a bracket may stand between the label and its colon', () => {
    const PAIN = ['Pt: 15 y M', 'HPI: low back pain for 10 days since starting heavy deadlifts, no fever, no night pain', 'Neuro: normal'];
    assert.equal(
      orderOf(...PAIN, 'Order: MRI lumbar spine with and without contrast', 'Final order (after d/w sports med): MRI lumbar spine without contrast'),
      'mri-area-without',
    );
    assert.equal(orderOf(...PAIN, 'Order: MRI lumbar spine without contrast', 'Final order (if approved): MRI lumbar spine with and without contrast'), 'mri-area-without');
  });
  it('a label naming no study, or a study with its result, changes nothing', () => {
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Final: as requested.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Protocol: feed-and-wrap first, sedation if it fails'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Final: US spine normal, conus at L2'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Study performed: US spine 02/03/2026 - normal'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Study performed: US spine 02/03/2026'), 'xr-area');
  });
});

describe('near misses: the request stands', () => {
  it('a change proposed, conditioned or put off', () => {
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Radiology: could be replaced with US spine if the referrer agrees.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Plan: will be replaced with US spine if radiology agrees'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'If the radiologist prefers, it can be protocolled as US spine.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Mom asked whether it could be replaced with US spine; explained XR ordered.'), 'xr-area');
  });
  it('a change denied, unsettled or declined', () => {
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Vetting: not protocolled as US spine - referrer insists on XR.'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Final study: US spine - parents declined, XR stands'), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Vetting: XR replaced with US spine - awaiting GP approval.'), 'xr-area');
    assert.equal(
      orderOf(
        'Pt: 10 mo M',
        'Skin: hairy patch over L4',
        'Order: MRI lumbar spine without contrast',
        'Protocol: MRI lumbar spine with and without contrast - pending d/w referrer',
      ),
      'mri-area-without',
    );
  });
  it('a change of another time or person', () => {
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', "Last year her brother's XR was replaced with US spine."), 'xr-area');
    assert.equal(orderOf(...INFANT, 'Prior imaging: at OSH the XR was replaced with US spine - normal', 'Order: MRI L-spine w/o'), 'mri-area-without');
  });
  it('a request declined with no replacement is no order; a bracketed cancellation is not the study', () => {
    assert.equal(orderOf(...INFANT, 'Order: XR L-spine', 'Vetting: XR not indicated - request declined.'), 'none');
    assert.equal(orderOf(...INFANT, 'Order: MRI L-spine w/o (cancelled sedation - will scan awake)'), 'mri-area-without');
  });
  it('a condition earlier in the clause holds a change word that is no change of the study', () => {
    assert.equal(
      orderOf('13 yo F, ballet, LBP x 3 weeks, neuro WNL.', 'Plan (Dr. M): XR L-spine 2 view today; if neg & still sore after 2 wks of modified class -> MRI lumbar w/o.'),
      'xr-area',
    );
  });
});
