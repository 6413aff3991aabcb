/**
 * Round 38, orders: a contrast told by its injection after a study opened by other words ("We ask an MRI of the lumbar
 * spine with and without injection of gadolinium"), and a francophone writer's "SI joints" (sacroiliac, not French "si").
 */
import * as assert from 'node:assert/strict';
import { readContrast } from '../../server/src/clinical/order';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import { orderOf } from '../helpers';

const HX = '15-year-old dancer. Lumbar pain for 2 weeks after training. No night pain. No fever. Neuro normal.';
const FR = 'Garçon 10 ans, douleur lombaire depuis 6 semaines, raideur matinale. Pas de fièvre. Neuro normal.';

describe('orders r38: contrast told by its injection after the study, whatever opens the clause', () => {
  const k = defaultKnowledge();
  it('reads the pair, the plain series and the contrast series of an injection after the study', () => {
    assert.equal(readContrast('We ask an MRI of the lumbar spine with and without injection of gadolinium to look for spondylolysis', k, false), 'without-and-with');
    assert.equal(readContrast('We ask an MRI of the lumbar spine without injection of gadolinium', k, false), 'without');
    assert.equal(readContrast('We ask an MRI of the lumbar spine with injection of gadolinium', k, false), 'with');
    assert.equal(orderOf(HX, 'We ask an MRI of the lumbar spine with and without injection of gadolinium to look for a stress reaction.'), 'mri-area-without-and-with');
    assert.equal(orderOf(HX, 'We ask an MRI of the lumbar spine without injection of gadolinium.'), 'mri-area-without');
    assert.equal(orderOf(HX, 'We request a CT scan of the lumbar spine with and without injection of contrast.'), 'ct-area-without-and-with');
  });
  it('keeps an injection that is not the study’s blanked: sedation, a vaccine, a past reaction', () => {
    assert.equal(orderOf(HX, 'We ask an MRI of the lumbar spine under sedation with injection of chloral hydrate.'), 'mri-area-without');
    assert.equal(orderOf(HX, 'Plan: MRI lumbar spine without contrast, then vaccines with injection today.'), 'mri-area-without');
    assert.equal(orderOf(HX, 'She had a rash with injection of gadolinium in 2022. We ask an MRI of the lumbar spine without contrast.'), 'mri-area-without');
  });
  it('keeps a conditioned or a relative’s study no order', () => {
    assert.equal(orderOf(HX, 'If no better in 6 weeks we will ask an MRI of the lumbar spine with and without injection of gadolinium. Rest.'), 'none');
    assert.equal(orderOf(HX, 'Sister had an MRI of the lumbar spine with and without injection of gadolinium. Plan: rest, physio.'), 'none');
  });
});

describe('orders r38: a francophone note’s "SI joints" are the sacroiliac joints, no condition', () => {
  it('orders the study beside the SI joints', () => {
    assert.equal(orderOf(FR, 'Plan: IRM colonne entière + SI joints avec gadolinium.'), 'mri-complete-with');
    assert.equal(orderOf(FR, 'Plan: IRM colonne entière + SI joints sans gadolinium.'), 'mri-complete-without');
  });
  it('keeps French "si" a condition, and a study done or conditioned no order', () => {
    assert.equal(orderOf(FR, 'Plan: IRM colonne lombaire si douleur persiste dans 6 semaines.'), 'none');
    assert.equal(orderOf(FR, 'Plan: physio. IRM colonne entière + SI joints avec gadolinium si pas mieux dans 6 semaines.'), 'none');
    assert.equal(orderOf(FR, 'IRM colonne entière + SI joints avec gadolinium faite en 2024: normale. Plan: physio.'), 'none');
  });
});

const DIMPLE = '10 wk F. Sacral dimple 8 mm, 3 cm above anus, above the gluteal cleft. Neuro: nl tone, anal wink present.';

describe('orders r38: a study told ordered earlier and then cancelled in its sentence is replaced', () => {
  it('reads the study ordered in its place', () => {
    assert.equal(
      orderOf(DIMPLE, '- overnight I ordered XR L-S spine - on d/w attending at 0600 this was cancelled; spinal US ordered instead, radiology will do 1000.'),
      'us-area',
    );
    assert.equal(
      orderOf(DIMPLE, 'Initially I had prescribed an XR lumbosacral; after discussion with the radiologist, this was cancelled. US lumbosacral spine ordered.'),
      'us-area',
    );
  });
  it('keeps a study still pending, booked again, or cancelled only on a condition, and another thing cancelled', () => {
    assert.equal(orderOf(DIMPLE, 'Yesterday I ordered XR L-S spine, still pending.'), 'xr-area');
    assert.equal(orderOf(DIMPLE, 'Overnight I ordered XR L-S spine; the sedation was cancelled.'), 'xr-area');
    assert.equal(orderOf(DIMPLE, 'Earlier I ordered XR L-S spine - this was cancelled by mom, then rebooked for today.'), 'xr-area');
    assert.equal(orderOf(DIMPLE, 'Overnight I ordered XR L-S spine - this would be cancelled if US available.'), 'xr-area');
  });
});

describe('orders r38: a francophone "échographie" of the spine is an ultrasound', () => {
  it('reads it before the spine', () => {
    assert.equal(orderOf(DIMPLE, 'Plan: échographie of the lumbosacral spine.'), 'us-area');
    assert.equal(
      orderOf(DIMPLE, 'Initially I had prescribed an Rx lumbosacral; after discussion with the radiologist, Rx cancelled and replaced by an échographie of the lumbosacral spine.'),
      'us-area',
    );
  });
  it('keeps another part’s, a past, a relative’s or a conditioned échographie no spine order', () => {
    assert.equal(orderOf(DIMPLE, 'Plan: échographie des hanches.'), 'none');
    assert.equal(orderOf(DIMPLE, 'If abnormal exam on follow-up, échographie of the lumbosacral spine.'), 'none');
    assert.equal(orderOf(DIMPLE, 'Échographie of the lumbosacral spine at birth: normal. No further imaging needed.'), 'none');
    assert.equal(orderOf(DIMPLE, 'Sister had an échographie of the lumbosacral spine. Plan: reassure.'), 'none');
  });
});
