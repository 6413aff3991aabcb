/**
 * Orders placed after a statement of no order ("No order yet - MRI requested today"), a study the child is referred or
 * sent here for ("Referred from OSH for spinal US"), and a study without and with contrast however the pair is joined
 * ("native + gadolinium", "T1 pre/post gad"), each with the near-misses that must not change.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';
import { priorUltrasound } from '../../server/src/rules/scope';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
const priorUsOf = (...lines: string[]) => priorUltrasound(readNote(...lines).facts)?.result ?? 'none';

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
});

describe('a study the child is referred or sent here for', () => {
  const infant = (hpi: string, ...more: string[]) => ['Age: 3 months', 'Findings: sacral dimple, 5 mm, in the cleft', `HPI: ${hpi}`, ...more];
  it('is the request of this visit, and no study done before', () => {
    for (const hpi of ['Referred from OSH for spinal US', 'referred to us for spinal ultrasound', 'came for her spine US', 'referred by PCP for an urgent spinal US']) {
      assert.equal(orderOf(...infant(hpi)), 'us-area', hpi);
      assert.equal(priorUsOf(...infant(hpi)), 'none', hpi);
    }
    assert.equal(orderOf(...infant('sent in for MRI L-spine')), 'mri-area-without');
    assert.equal(orderOf('3-month-old with a sacral dimple. Referred from OSH for spinal US.'), 'us-area');
    assert.equal(priorUsOf('3-month-old with a sacral dimple. Referred from OSH for spinal US.'), 'none');
  });
  it('is no earlier US when the note orders another study instead', () => {
    const lines = infant('Referred from OSH for spinal US.', 'Plan: window closing, MRI L-spine w/o ordered instead');
    assert.equal(orderOf(...lines), 'mri-area-without');
    assert.equal(priorUsOf(...lines), 'none');
  });
  it('a study told with its result, a referral elsewhere or for an opinion is no request here', () => {
    assert.equal(orderOf(...infant('referred from OSH after spinal US showed low conus')), 'none');
    assert.equal(priorUsOf(...infant('referred from OSH after spinal US showed low conus')), 'abnormal');
    assert.equal(priorUsOf(...infant('OSH spinal US normal')), 'normal');
    assert.equal(orderOf(...infant('referred from OSH for spinal US, which was normal')), 'none');
    assert.equal(priorUsOf(...infant('referred from OSH for spinal US, which was normal')), 'normal');
    assert.equal(orderOf(...infant('referred for neurosurgical opinion')), 'none');
    assert.equal(orderOf(...infant('referred to neurosurgery for MRI')), 'none');
    assert.equal(orderOf(...infant('referred for review of spinal US')), 'none');
    assert.equal(orderOf(...infant('referred for spinal US results')), 'none');
    assert.equal(orderOf(...infant('not referred for spinal US')), 'none');
    assert.equal(orderOf(...infant('referred for spinal US if the dimple persists')), 'none');
  });
  it('the study asked for with another one done before orders the one asked for', () => {
    const lines = infant('referred for MRI after spinal US at OSH showed low conus');
    assert.equal(orderOf(...lines), 'mri-area-without');
    assert.equal(priorUsOf(...lines), 'abnormal');
  });
  it('an order of the note wins over the study the child was referred for', () => {
    assert.equal(orderOf(...infant('referred for spinal US', 'Plan: MRI L-spine w/o today')), 'mri-area-without');
  });
  it('the order is the study named, not the rest of the sentence a fix would replace', () => {
    const o = readNote("Niamh, 15 yrs, LBP 2/52. I've sent her for an X-ray of the lumbar spine and would be grateful if you'd review her.").facts.order;
    assert.equal(o?.reading.procedure?.id, 'xr-area');
    assert.equal(o?.field.value, 'X-ray of the lumbar spine');
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
});
