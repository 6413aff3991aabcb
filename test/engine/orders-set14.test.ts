/**
 * Orders written in set14's voices: the Spanish-trained "RNM" for MRI, a study listed in an "Ix:" line after its
 * labs, a contrast or a tracer named before the study ("Non-contrast CT", "Tc-99m bone scan"), a study asked for
 * "per OSH request"; and the near-misses: a study not available, labs or a chest film only, a study conditioned,
 * done before or ordered elsewhere stay no order.
 */
import * as assert from 'node:assert/strict';
import { languageView } from '../../server/src/clinical/language';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('set14 orders: study names from abroad', () => {
  it('RNM is an MRI, in a numbered plan, a request and a bulleted plan', () => {
    assert.equal(languageView('RNM of lumbar spine'), 'MRI of lumbar spine');
    assert.equal(orderOf('Female 4 months, deep sacral dimple.', 'Plan:', '1. RNM lumbosacral spine without contrast.', '2. Control after RNM.'), 'mri-area-without');
    assert.equal(orderOf('Lactante 9 months, hair tuft.', 'I request RNM of lumbosacral spine without gadolinium.'), 'mri-area-without');
    assert.equal(
      orderOf('9 years, back pain and fever.', 'Plan:', '- hospitalization', '- RNM of total spine with and without gadolinium', '- analgesia'),
      'mri-complete-without-and-with',
    );
  });
  it('an RNM done before, or refused, is no order', () => {
    assert.equal(orderOf('Girl of 12 years, back pain.', 'RNM of the lumbar spine last month was normal.'), 'none');
    assert.equal(orderOf('Girl of 12 years, back pain.', 'The family refuses the RNM.'), 'none');
  });
});

describe('set14 orders: investigations lines', () => {
  it('the spine study after the labs of an Ix line', () => {
    assert.equal(orderOf('4 yrs old female, fever and back pain.', 'Ix: CBC, ESR, blood culture, Brucella serology; Lumbar spine X-ray AP/Lat', 'Rx: Ceftriaxone IV'), 'xr-area');
    assert.equal(orderOf('13 yrs old female, back pain.', 'Ix: CBC, ESR; whole spine X-ray AP & lateral'), 'xr-complete');
    assert.equal(
      orderOf(
        '10 yrs old male, back pain, TB contact.',
        'Ix: CBC, ESR, Mantoux, CXR, gastric aspirate for GeneXpert',
        '    Non-contrast CT of the thoracolumbar spine (MRI not available at our center)',
        'Rx: Paracetamol',
      ),
      'ct-area-without',
    );
  });
  it('labs or a chest film only, a study conditioned or done before, order nothing spinal', () => {
    assert.equal(orderOf('10 yrs old male, back pain.', 'Ix: CBC, ESR, CXR, Mantoux', 'Rx: Paracetamol'), 'none');
    assert.equal(orderOf('10 yrs old male, back pain.', 'Ix: CBC, ESR; chest X-ray'), 'none');
    assert.equal(orderOf('10 yrs old male, back pain.', 'Ix: CBC, ESR; MRI L-spine if not improving'), 'none');
    assert.equal(orderOf('10 yrs old male, back pain.', 'Ix: CBC, ESR; lumbar spine X-ray done last week, normal'), 'none');
  });
});

describe('set14 orders: a contrast or a tracer before the study', () => {
  it('Non-contrast CT, Tc-99m bone scan, contrast-enhanced MRI', () => {
    assert.equal(orderOf('10 yrs old male, back pain, gibbus.', 'Ix: Non-contrast CT of the thoracolumbar spine'), 'ct-area-without');
    assert.equal(orderOf('12 y, night back pain relieved by NSAIDs.', 'Ordered: Tc-99m bone scan with SPECT of the thoracolumbar spine. Bracing on hold.'), 'bone-scan-area');
    assert.equal(orderOf('12 y, night back pain relieved by NSAIDs.', 'Plan: Tc-99m MDP bone scan.'), 'bone-scan-complete');
    assert.equal(orderOf('12 y, night back pain relieved by NSAIDs.', 'Plan: contrast-enhanced MRI lumbar spine.'), 'mri-area-with');
  });
});

describe('set14 orders: a study not available', () => {
  it('is no order', () => {
    assert.equal(orderOf('11 yo fell from a tree, 4 m. Thoracolumbar tenderness.', 'Ix: X-ray is not available at our health center.', 'Rx: Log-roll. Referred.'), 'none');
    assert.equal(orderOf('11 yo back pain.', 'Plan: MRI L-spine is unavailable at our hospital; refer.'), 'none');
  });
  it('another study, or the results, not available leave the order', () => {
    assert.equal(orderOf('11 yo fell from a tree, 4 m.', 'Plan: MRI not available here, CT thoracolumbar spine.'), 'ct-area-without');
    assert.equal(orderOf('11 yo fell from a tree, 4 m.', 'Plan: CT thoracolumbar spine, results not available yet.'), 'ct-area-without');
  });
});

describe('set14 orders: a study asked for by another place', () => {
  it('"per OSH request" orders it here', () => {
    assert.equal(
      orderOf('Pt: 3 mo F, RSV bronchiolitis. Deep sacral dimple.', 'Plan: admit to step-down; respiratory support; XR lumbar spine for the dimple, per OSH request.'),
      'xr-area',
    );
    assert.equal(orderOf('Pt: 3 mo F. Deep sacral dimple.', 'Plan: spinal US as per outside hospital request.'), 'us-area');
  });
  it('a study the other place ordered is still theirs', () => {
    assert.equal(orderOf('Pt: 3 mo F. Deep sacral dimple.', 'Outside hospital ordered an XR lumbar spine, not done. Plan: observe.'), 'none');
    assert.equal(orderOf('Pt: 3 mo F. Deep sacral dimple.', 'XR lumbar spine requested at OSH last week. Plan: observe.'), 'none');
  });
});
