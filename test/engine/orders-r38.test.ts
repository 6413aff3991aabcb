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
