/**
 * Round 53 (fix53a): orders relayed by someone who is not the orderer. A ward clerk, a unit secretary, an ED or trauma-bay
 * clerk or a scheduler writes down a doctor's verbal or phoned order (clinical/relayed-order.ts, order-vocabulary
 * prose.relayedOrder), and the study right after the relay's lead is the order. Each shape with the look-alikes it must
 * leave alone: cancelled, changed, asked, conditional, proposed, past, reported, another body part's, a relative's, a
 * parent's or patient's call, no doctor named.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

describe('an order relayed by a clerk or a scheduler (r53 fix53a)', () => {
  it('reads the study after a doctor’s verbal or phoned order', () => {
    assert.equal(orderOf('Ward clerk: verbal order from Dr. Osei - US lumbar spine, 6 wk old M, deep sacral dimple.'), 'us-area');
    assert.equal(orderOf('Tel order from Dr Patel: MRI L-spine w/o, 12 yo F, back pain 6 wks, night pain.'), 'mri-area-without');
    assert.equal(orderOf('Unit secretary - per Dr. Ngata (phone) XR thoracolumbar spine, 9 yo, fell off bunk bed.'), 'xr-area');
    assert.equal(orderOf('Dr Chen called in - CT T/L spine w/o contrast, 15 yo M, MVC rollover.'), 'ct-area-without');
    assert.equal(orderOf('Per Dr. Moss verbal order: MRI L-spine w/o, 13 yo F, night pain.'), 'mri-area-without');
    assert.equal(orderOf('ER clerk - phone order from Dr. Lund (ortho) rec’d 09:40 - XR L-spine AP/lat, 11 yo M, LBP.'.replace('’', "'")), 'xr-area');
    assert.equal(orderOf('HUC note', 'per Dr. Abara verbal - MRI lumbar spine w/o contrast. 7 wk old boy, hairy patch over sacrum.'), 'mri-area-without');
    assert.equal(orderOf('Ward clerk: Dr Ibe phoned - XR lumbar spine 2 views, 10 y/o F, back pain after fall from swing.'), 'xr-area');
  });

  it('reads the study after a relayer’s label alone, an age between at most', () => {
    assert.equal(orderOf('Radiology scheduler: 11 yo M, MRI L-spine w/o. LBP 8 wks, no red flags.'), 'mri-area-without');
    assert.equal(orderOf('Scheduler: MRI lumbar spine w/o (ordering Dr. Tan) for 14 y/o M with LBP x 6 wks. Booked Fri.'), 'mri-area-without');
    assert.equal(orderOf('Trauma clerk: CT T-spine and L-spine per trauma protocol, 16 yo M, motorbike crash.'), 'ct-area-without');
  });

  it('reads nothing for a cancelled, changed, held or denied relayed order (near misses)', () => {
    assert.equal(orderOf('Unit sec: per Dr Holm verbal - CT L-spine w/o cancelled. 10yo M with back pain.'), 'none');
    assert.equal(orderOf('Ward clerk: Dr Kaur phoned to cancel the MRI L-spine. 11 y/o M.'), 'none');
    assert.equal(orderOf('Unit sec: per Dr Holm verbal - hold CT L-spine w/o until reviewed. 10 yo M.'), 'none');
    assert.equal(orderOf('Sched: MRI L-spine w/o - previous request denied by insurer 5/3. 14 yo F with LBP.'), 'none');
    assert.equal(orderOf('Clerk: verbal from Dr Farouk: XR L-spine not needed, 8 yo back pain.'), 'none');
    // A verbal order changed is read as its new study, by the change reading (order-candidate.ts changedOrder).
    assert.equal(orderOf('Clerk: verbal order from Dr Ansah - CT L-spine w/o, 12 yo M, back pain. Later Dr Ansah phoned: changed to XR L-spine.'), 'xr-area');
  });

  it('reads nothing for an asked, conditional, proposed or awaited study (near misses)', () => {
    assert.equal(orderOf('Clerk: Dr Kaur phoned - asking whether MRI L-spine is needed for 11 y/o M with LBP.'), 'none');
    assert.equal(orderOf('Clerk: Dr Kaur phoned - MRI L-spine?  11 y/o M with LBP 3 wks.'), 'none');
    assert.equal(orderOf('Ward clerk: per Dr Holm verbal - MRI L-spine if XR abnormal. 10 yo M, back pain.'), 'none');
    assert.equal(orderOf('Clerk: Dr Kaur phoned - will phone back with order. 11 y/o M back pain.'), 'none');
    assert.equal(orderOf('Clerk: Dr Holm phoned - MRI L-spine w/o would be reasonable, will discuss with family. 10 yo.'), 'none');
    assert.equal(orderOf('Clerk: Dr Holm phoned - MRI L-spine w/o may be needed. 10 yo.'), 'none');
    assert.equal(orderOf('Clerk: Dr Holm phoned - MRI L-spine w/o - parents to decide. 10 yo.'), 'none');
    assert.equal(orderOf('Clerk: Dr Holm phoned - MRI L-spine w/o recommended by radiology, she will decide. 10 yo.'), 'none');
    assert.equal(orderOf('Sched: MRI L-spine w/o next week once ortho reviews. 15 yo M LBP.'), 'none');
    assert.equal(orderOf('Sched: US spine when 6 wks old per Dr Lee. 2 wk old F dimple.'), 'none');
    assert.equal(orderOf('Sched: MRI L-spine w/o. 12 yo F, LBP 6 wks. PCP office to send order.'), 'none');
  });

  it('reads nothing for a past, reported or other-place study, another body part or a relative (near misses)', () => {
    assert.equal(orderOf('Clerk: per Dr Holm verbal report - CT L-spine no fracture. 10 yo.'), 'none');
    assert.equal(orderOf('Clerk: per Dr Holm verbal - CT L-spine w/o showed no fracture. 10 yo.'), 'none');
    assert.equal(orderOf('Clerk: per Dr Holm verbal - CT L-spine w/o, done in ED 2 days ago. 10 yo.'), 'none');
    assert.equal(orderOf('Clerk: Dr Holm phoned - XR L-spine from last week normal. 10 yo.'), 'none');
    assert.equal(orderOf('Clerk: Dr Holm phoned - CT L-spine report to be faxed. 10 yo M.'), 'none');
    assert.equal(orderOf('Sched: MRI L-spine w/o done 3/5/2026, normal. 12 yo F.'), 'none');
    assert.equal(orderOf('Prior imaging:', 'Sched: MRI L-spine w/o 2024, normal. 12 yo F back pain.'), 'none');
    assert.equal(orderOf('Clerk: per Dr Holm verbal - MRI brain w/o. 10 yo M headache.'), 'none');
    assert.equal(orderOf('ED clerk - verbal from Dr Farouk: CT head w/o, 8 yo fell.'), 'none');
    assert.equal(orderOf('Clerk: per Dr Holm verbal - MRI L-spine w/o for her sister, 12 yo.'), 'none');
    assert.equal(orderOf('Clerk: per Dr Holm verbal - MRI L-spine w/o for mum.'), 'none');
  });

  it('reads nothing where no doctor relays the order (near misses)', () => {
    assert.equal(orderOf('Clerk: verbal consent from mum - MRI L-spine under GA, 4 yo.'), 'none');
    assert.equal(orderOf('Verbal consent Dr Holm: MRI L-spine under GA. 4 yo.'), 'none');
    assert.equal(orderOf('Clerk: per dr on call verbal - MRI L-spine w/o. 10 yo.'), 'none');
    assert.equal(orderOf('Sched: MRI L-spine w/o slot offered, family to call back. 10 yo.'), 'none');
  });
});

describe('a request key telling a request of before or one refused (r53 fix53a)', () => {
  it('still reads a request or order key as the study to do', () => {
    assert.equal(orderOf('Transfer request: MRI lumbar spine without contrast', '12 yo M, LBP with leg weakness.'), 'mri-area-without');
    assert.equal(orderOf('Sedation request: MRI L-spine w/o', '3 yo F, hairy patch over sacrum.'), 'mri-area-without');
  });
  it('reads no study to do under "Previous request:", "Prior order:", "Denied request:" (near misses)', () => {
    assert.equal(orderOf('UR summary', 'Previous request: MRI L-spine w/o for 14 yo runner w/ LBP x2 wks - DENIED 2/4.', 'No imaging requested at this time.'), 'none');
    assert.equal(orderOf('Prior order: XR L-spine AP/lat for 10 yo with back pain.', 'No imaging requested at this time.'), 'none');
    assert.equal(orderOf('Denied request: MRI lumbar spine w/o for 15 yo w/ LBP 3 wks.', 'Plan: PT 6 wks, no imaging today.'), 'none');
  });
});
