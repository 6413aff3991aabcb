/**
 * The energy of an injury is the mechanism's (reading-vocabulary.json trauma): what the child did
 * afterwards does not lower a high-energy mechanism, a negated or qualified "got up" never lowers one,
 * and diffuse back tenderness is no focal spinal tenderness. Each positive case was read wrongly before
 * (review 2, defects 2, 3 and 10); each near-miss must keep its reading.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const trauma = (hpi: string, order = 'Order: XR L-spine') => readNote('Age: 11 years', `HPI: ${hpi}`, order).facts.trauma.significance;

describe('trauma energy', () => {
  describe('what the child did afterwards does not lower a high-energy mechanism (defect 2)', () => {
    const CASES = [
      'fell off her horse at a gallop, got up afterwards; now midline thoracic back pain',
      'horse fell on top of him during a jump, got up afterwards',
      'skier, collided with a tree at speed, got up and skied down',
      'tackled hard from behind in rugby, got up slowly and walked off the field; midline thoracic pain',
      'sledding, collided with another sled at speed, got up and walked',
      'fell down 10 stairs, cried right away. Back pain since.',
      'fell down 14 steps into the basement, got up and cried. Back pain.',
      // Variants.
      'was thrown while galloping his horse, walked back to the stable; back pain',
      'fell down ten stairs at home, consolable at the scene, back pain since',
      'went over the handlebars of his bike going downhill, rode home. Now LBP.',
      'snowboarding at full speed, caught an edge, got back up and rode down; LBP',
      'on his bike, collided with another cyclist, got up and rode home, back pain since',
      'fell down twelve steps, cried immediately, consolable; LBP',
    ];
    for (const hpi of CASES) it(hpi, () => assert.equal(trauma(hpi), 'significant'));
  });

  describe('a negated or qualified low-energy phrase never lowers (defect 3)', () => {
    const CASES = [
      'bike crash this am, not back to baseline per mom; complaining of back pain',
      'sledding crash yesterday and not acting normally since; back pain',
      'fell off the trampoline onto his back, got up with difficulty and could barely walk',
      'fell off his bike, got up slowly, back pain since',
      'fell off his horse, was not consolable for an hour, back pain',
      'fell at school, has not been acting normally since, back pain',
    ];
    for (const hpi of CASES) it(hpi, () => assert.equal(trauma(hpi), 'significant'));
  });

  describe('a low-energy description of the mechanism itself still lowers it', () => {
    const CASES = [
      'fell off his bike at low speed, got up and rode home',
      'slid off the horse while it was standing still, fell onto the grass, got right up',
      'rolled off the couch, cried right away, back pain',
      'fell down 2 steps at home, got up, back pain',
      'fell off the trampoline, got right up and kept bouncing',
      'fell at school, playing normally since, back pain',
      'fell down 3 stairs, back pain since',
    ];
    for (const hpi of CASES) it(hpi, () => assert.equal(trauma(hpi), 'trivial'));
    it('what the child did afterwards does not make an injury of unknown energy trivial ("fell at the park, cried immediately, consolable")', () =>
      assert.notEqual(trauma('fell at the park this afternoon. Cried immediately, consolable. C/o back pain.'), 'trivial'));
    it('a denial after "got up" that is about something else does not qualify it ("got up and was not hurt", "got up and didn\'t cry")', () => {
      assert.equal(trauma('fell off his bike, got up and was not hurt, back pain'), 'trivial');
      assert.equal(trauma("fell off his bike, got up and didn't cry, back pain"), 'trivial');
    });
    it('"eventually got up" is qualified', () => assert.equal(trauma('fell off his bike, eventually got up, back pain'), 'significant'));
    it('pain going down stairs is no fall down stairs', () =>
      assert.equal(trauma('slipped on the wet floor and landed on her bottom a week ago; back pain, worse going down stairs'), 'trivial'));
    it('steps walked are no stairs fallen ("walked 10 steps to the nurse")', () =>
      assert.notEqual(trauma('fell at school, walked 10 steps to the nurse, back pain'), 'significant'));
    it('a mechanism of its own list stays significant whatever was done afterwards ("MVC, walked away")', () =>
      assert.equal(trauma('restrained passenger in an MVC at highway speed, walked away from the scene; LBP'), 'significant'));
  });

  describe('heights and mechanisms as clinicians write them (defect 13)', () => {
    const CASES = [
      'fell 2m off a wall onto his back. LBP since.',
      'fell approx 1.5m off a wall onto his back, back pain',
      'fell approx 1,5 m off a wall onto his back, back pain',
      'fell from about 150 cm off the climbing frame onto his back, back pain',
      "fell off a ladder ~6' onto concrete, LBP since",
      'fell two stories from a balcony, LBP',
      'fell from 2nd floor balcony this afternoon. Cried immediately, consolable. C/o back pain.',
      'skiing, landed a 10 ft jump flat on his back, got up and skied down. Thoracic back pain.',
      'riding bike, clipped by a truck, walked home. LBP.',
      'on trampoline with cousin, landed awkwardly with cousin landing on top of her, got up and cried. Back pain.',
    ];
    for (const hpi of CASES) it(hpi, () => assert.equal(trauma(hpi), 'significant'));
    it('"2m" that is no fall height stays so ("LBP x 2m, fell at school")', () => assert.equal(trauma('LBP x 2m, fell at school last week'), 'unclear'));
    it('a low height in metres is a trivial fall ("fell 0.5 m")', () => assert.equal(trauma('fell 0.5 m from a low wall, back pain'), 'trivial'));
    it('"fell 60 cm off the bed" is trivial', () => assert.equal(trauma('fell 60 cm off the bed'), 'trivial'));
    it('a child\'s own height is no fall ("ht 150 cm", "5\'2"")', () => {
      assert.equal(trauma('ht 150 cm, fell at school, back pain'), 'unclear');
      assert.equal(trauma('he is 5\'2" and fell at school, back pain'), 'unclear');
    });
  });

  describe('diffuse back tenderness is no focal spinal tenderness (defect 10)', () => {
    const CASES = [
      'slipped on ice and landed on his bottom this morning, walking normally. Exam: lower back diffusely tender, no midline step-off.',
      'tripped and fell at school. Exam: generalized tenderness over the lower back, no midline tenderness',
      'fell from standing. Exam: diffuse TTP of the lumbar paraspinals',
      'fell from standing. Exam: back tender diffusely, no step-off',
      'fell from standing onto his bottom. Exam: generalised tenderness to palpation of the back',
    ];
    for (const hpi of CASES) it(hpi, () => assert.equal(trauma(hpi), 'trivial'));
    const FOCAL = [
      'fell from standing. Exam: point tenderness over L2',
      'fell from standing. Exam: tender at L1, diffuse bruising of the buttocks',
      'fell from standing; focal midline tenderness at L3 with diffuse paraspinal spasm',
      'tripped and fell at school. Exam: tenderness over the L2 spinous process',
    ];
    for (const hpi of FOCAL) it(`${hpi} stays significant`, () => assert.equal(trauma(hpi), 'significant'));
  });
});
