/**
 * Orders placed after a statement of no order ("No order yet - MRI requested today") and a study without and with
 * contrast however the pair is joined ("native + gadolinium", "T1 pre/post gad"), each with the near-misses that must
 * not change.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

describe('an order placed after a statement of no order', () => {
  const infant = (plan: string) => orderOf('Age: 3 months', 'Findings: sacral dimple, 5 mm, in the cleft', `Plan: ${plan}`);
  it('the clause after a dash, a comma, a semicolon or "but" places the order', () => {
    assert.equal(infant('No order yet - MRI requested today'), 'mri-area-without');
    assert.equal(infant('no order yet, MRI requested today'), 'mri-area-without');
    assert.equal(infant('No order yet – spinal US today'), 'us-area');
    assert.equal(infant('nothing ordered yet — will order US spine now'), 'us-area');
    assert.equal(infant('nothing ordered so far, spinal US today'), 'us-area');
    assert.equal(infant('no order placed yet but US spine booked for this afternoon'), 'us-area');
    assert.equal(orderOf('3 mo with sacral dimple, 5 mm, in cleft. no order yet, MRI requested today'), 'mri-area-without');
    assert.equal(orderOf('3 mo with sacral dimple, 5 mm, in cleft. Nothing has been ordered yet; spinal US requested today.'), 'us-area');
  });
  it('a clause that conditions, discusses, declines, proposes or leaves the study to others orders nothing', () => {
    assert.equal(infant('No order yet - MRI if worse'), 'none');
    assert.equal(infant('no imaging ordered; MRI discussed with parents but declined'), 'none');
    assert.equal(infant('MRI requested by parents, not ordered'), 'none');
    assert.equal(infant('No order yet - MRI requested by mum'), 'none');
    assert.equal(infant('nothing ordered yet - will consider US spine if it persists'), 'none');
    assert.equal(infant('no imaging ordered - MRI would be reasonable if worse'), 'none');
    assert.equal(infant('no order yet - US spine?'), 'none');
    assert.equal(infant('no order yet - US spine to be requested by PCP'), 'none');
    assert.equal(infant('no imaging ordered, US spine discussed'), 'none');
    assert.equal(orderOf('3 mo with sacral dimple, 5 mm, in cleft. no order yet, MRI if it gets worse'), 'none');
  });
  it('a clause that names the study with no word of ordering it now leaves the statement standing', () => {
    assert.equal(infant('No order yet - MRI L-spine'), 'none');
  });
  it('a clause that puts the study off until a review, a visit or a time to come orders nothing', () => {
    assert.equal(infant('no order yet - MRI to be requested after neurosurgery review'), 'none');
    assert.equal(infant('no order yet - MRI to be requested once reviewed by neurosurgery'), 'none');
    assert.equal(infant('no order yet - MRI requested at the next visit'), 'none');
    assert.equal(infant('no order yet - spinal US to be requested in 2 weeks'), 'none');
    assert.equal(infant('no order yet - spinal US requested pending ortho review'), 'none');
  });
  it('a time of this visit before the review, or a review in another clause, keeps the order', () => {
    assert.equal(infant('no order yet - MRI requested today after neurosurgery review'), 'mri-area-without');
    assert.equal(infant('No order yet - MRI requested today, review in 2 weeks'), 'mri-area-without');
  });
  it('"today" or "as yet" after the statement keeps it a statement of no order', () => {
    assert.equal(infant('nothing ordered as yet; spinal US requested now'), 'us-area');
    assert.equal(infant('nothing ordered today - spinal US requested now'), 'us-area');
  });
});

describe('a study without and with contrast, however the pair is joined', () => {
  const mri = (order: string) => orderOf('Age: 10 years', 'Findings: back pain, night pain, fever', `Order: ${order}`);
  it('the plain series, then the contrast series', () => {
    for (const order of [
      'MRI L-spine native + gadolinium',
      'MRI L-spine native and post-gad',
      'MRI L-spine pre and post contrast',
      'MRI L-spine plain + contrast',
      'MRI L-spine T1 pre/post gad',
      'MRI L-spine without then with gadolinium',
      'MRI L-spine w/o then w/ gad',
      'MRI L-spine plain & post-gadolinium',
      'MRI L-spine native, then gad',
      'MRI L-spine non-contrast + contrast',
      'MRI L-spine without contrast then with contrast',
      'RM columna lumbar sin y con contraste',
      'MRT LWS nativ + KM',
    ])
      assert.equal(mri(order), 'mri-area-without-and-with', order);
  });
  it('a contrast series taken back, asked on a condition or an allergy is no pair', () => {
    for (const order of [
      'MRI L-spine native (no gadolinium)',
      'MRI L-spine non-contrast; gad only if abnormal',
      'MRI L-spine native + gad if abnormal',
      'MRI L-spine plain, contrast if abnormal',
      'MRI L-spine native, gadolinium allergy',
      'MRI L-spine without contrast, gadolinium allergy',
      'MRI L-spine w/o and with sedation',
      'MRI L-spine w/o contrast',
      'MRI L-spine native, no gad',
    ])
      assert.equal(mri(order), 'mri-area-without', order);
  });
  it('a contrast series taken back after it is no pair', () => {
    for (const order of [
      'MRI L-spine native + gadolinium not required',
      'MRI L-spine w/o; pre-contrast and post-contrast not needed',
      'MRI L-spine plain + contrast not indicated',
      'MRI L-spine native and gadolinium not needed',
      'MRI L-spine with and without contrast not needed',
    ])
      assert.equal(mri(order), 'mri-area-without', order);
  });
  it('contrast left to the radiologist is asked on a condition', () => {
    for (const order of [
      'MRI L-spine native + contrast at radiologist discretion',
      'MRI L-spine native + contrast per radiologist',
      'MRI L-spine plain + gad at the discretion of the radiologist',
      'MRI L-spine w/wo contrast at radiologist discretion',
      'MRI L-spine plain + contrast as per radiologist',
    ])
      assert.equal(mri(order), 'mri-area-without', order);
  });
  it('"post" or "pre" cut from a hyphenated word is no series', () => {
    for (const order of ['MRI L-spine plain + post-op films reviewed', 'MRI L-spine pre- and post-op', 'MRI L-spine native and post-operative review'])
      assert.equal(mri(order), 'mri-area-without', order);
    for (const order of ['MRI L-spine native and post-gad', 'MRI L-spine plain + contrast-enhanced', 'MRI L-spine T1 pre/post gad', 'MRI L-spine native + gadolinium, not sedated'])
      assert.equal(mri(order), 'mri-area-without-and-with', order);
  });
});
