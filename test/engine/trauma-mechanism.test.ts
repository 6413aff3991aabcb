/**
 * How significant an injury is (spec §4: a fall from a height, a vehicle collision, a high-energy sports
 * injury, focal tenderness or a deficit after injury), read from reading-vocabulary.json trauma; and a
 * cancer's return named in a cancer note. Each positive case was read wrongly before.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const trauma = (hpi: string, order = 'Order: XR L-spine') => readNote('Age: 11 years', `HPI: ${hpi}`, order).facts.trauma.significance;

describe('trauma mechanism', () => {
  it("a relative's motorcycle crash is not the child's injury", () => assert.equal(trauma('back pain 2 wk. Dad had a motorcycle crash last year.'), 'none'));
  describe('significant', () => {
    const CASES = [
      '8 yo F kicked in the lower back by a horse. LBP, tender L3-L4 midline',
      '15 yo snowboarder, landed flat on his back off a 6-ft jump 10 days ago',
      'wrestler thrown onto his head/neck during a match today',
      'fell from the top of the monkey bars (approximately 5 feet), landing on his back',
      'fell 4.5 ft from a wall',
      'fell from five feet onto concrete',
      'restrained passenger, seatbelt sign across the abdomen, LBP',
      'fell off his bike 2 days ago, back pain since',
      'fell off his bike at low speed; later the same day hit by a car',
      'MCA (motorcycle vs pick-up), pillion passenger, back pain',
      'motorbike crash last night, c/o back pain',
    ];
    for (const hpi of CASES) it(hpi, () => assert.equal(trauma(hpi), 'significant'));
    it('focal tenderness after even a low-energy fall is significant ("at low speed, got up … tender at L1")', () =>
      assert.equal(trauma('fell off his bike at low speed, got up and rode home. Tender at L1 today'), 'significant'));
    it('a high-energy mechanism in a sentence of its own is not lowered by "got up" in another', () =>
      assert.equal(trauma('tackled hard during the game. Got up and walked to the bench later'), 'significant'));
  });

  describe('trivial', () => {
    const CASES = [
      'fell off his bike 2 days ago at low speed in the driveway, got up and rode home. Mild low back soreness since',
      'rolled off the couch onto carpet last night, got right up and played',
      'fell 2 ft from a chair onto carpet',
      'fell off the trampoline, got right up and kept bouncing',
    ];
    for (const hpi of CASES) it(hpi, () => assert.equal(trauma(hpi), 'trivial'));
  });

  describe('unclear or none', () => {
    it('tenderness of the muscles beside the spine is no focal tenderness ("paraspinal tenderness L4-5")', () =>
      assert.equal(trauma('States he "hurt it" Saturday night, won\'t say how. Exam: paraspinal tenderness L4-5, no midline step-off.'), 'unclear'));
    it('"hurt it Saturday night, won\'t say how" is unclear', () => assert.equal(trauma('LBP since the weekend. States he "hurt it" Saturday night, won\'t say how'), 'unclear'));
    it('a child\'s own height is no fall ("5 ft 2 in")', () => assert.equal(trauma('14 yo, 5 ft 2 in, fell while walking to class'), 'unclear'));
    it('"5 feet tall" is no fall', () => assert.equal(trauma('14 yo, 5 feet tall, fell at school'), 'unclear'));
    it('feet without a height are no fall ("sore feet")', () => assert.equal(trauma('fell at school, now sore feet'), 'unclear'));
    it('a steroid-related compression fracture is no injury', () =>
      assert.equal(trauma('B-ALL on maintenance, new back pain. Concern: vertebral compression fracture (steroid-related) vs relapse.'), 'none'));
    it('a stress fracture is no injury', () => assert.equal(trauma('gymnast, 6 wk LBP, r/o pars stress fracture'), 'none'));
    it('a fracture after a fall is still an injury', () => assert.equal(trauma('fell from a tree, L1 compression fracture on XR'), 'significant'));
    it('"3 mph" on a scooter stays not significant', () => assert.equal(trauma('fell off scooter going about 3 mph'), 'trivial'));
  });

  describe('an injury to the back told without its mechanism', () => {
    it('"hurt her back per babysitter, details unknown" is an unclear injury, and no back pain of its own', () => {
      const r = readNote('Pt: 4 mo F', 'Skin: hair tuft over L5', 'HPI: "hurt her back" per babysitter, details unknown, no bruising', 'Neuro: nl', 'Order: spinal US');
      assert.equal(r.facts.trauma.significance, 'unclear');
      assert.ok(!r.facts.hits.some((h) => h.finding.category === 'back-pain' && h.present));
      assert.ok(r.rules.includes('trauma-mechanism-unclear'), r.rules.join());
    });
    it('a nontender exam does not make an unknown mechanism trivial', () =>
      assert.equal(
        readNote("10 mo F, mom reports she hurt her back at grandma's house last wk, no details. Exam: small hair tuft at L5, nontender, neuro nl. Plan: MRI L-spine w/o.").facts
          .trauma.significance,
        'unclear',
      ));
  });

  describe('pain told after an injury to the back is back pain', () => {
    const back = (...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.category === 'back-pain' && h.present);
    it('"speared in the back … Significant pain since"', () =>
      assert.ok(back("Nine year old football player who was speared in the back by another player's helmet during a tackle yesterday. Significant pain since.")));
    it('"kicked in the back at soccer, it hurts"', () => assert.ok(back('Age: 12 years', 'HPI: kicked in the back at soccer, it hurts', 'Order: XR L-spine')));
    it('"Complaint: hurt back"', () => assert.ok(back('Pt: 13 yo F', 'Complaint: hurt back', 'Order: XR L-spine')));
    it('pain of another part is not ("fell off bike onto his back; pain in his wrist")', () =>
      assert.ok(!back('Age: 12 years', 'HPI: fell off bike onto his back; pain in his wrist', 'Order: XR L-spine')));
    it('an injury elsewhere is not ("fell down, hurt his wrist. Pain since.")', () =>
      assert.ok(!back('Age: 12 years', 'HPI: fell down, hurt his wrist. Pain since.', 'Order: XR L-spine')));
    it('denied pain is not ("fell on his back off the couch, no pain")', () =>
      assert.ok(!back('Age: 3 years', 'HPI: fell on his back off the couch, no pain, playing normally', 'Order: XR L-spine')));
  });

  describe("a cancer's return", () => {
    it('"fracture vs relapse" in a child with B-ALL suspects a tumor (infection/tumor scenario, no trauma)', () => {
      const r = readNote(
        '7 y/o M with B-ALL, maintenance phase.',
        'New mid/low back pain x 10 days. Concern: vertebral compression fracture (steroid-related) vs relapse.',
        'Order: MRI whole spine without and with IV contrast',
      );
      assert.equal(r.scenario, 'back-pain-infection-tumor');
    });
    it('"suspected metastasis" after Ewing sarcoma suspects a tumor', () =>
      assert.equal(
        readNote('Pt: 10 yo F', 'Hx: Ewing sarcoma of the pelvis, on chemo', 'HPI: new thoracic back pain, suspected metastasis', 'Order: MRI whole spine with IV contrast')
          .scenario,
        'back-pain-infection-tumor',
      ));
    it('a relapse in a note with no cancer names none ("nephrotic syndrome relapse")', () => {
      const r = readNote('Age: 7 years', 'HPI: nephrotic syndrome relapse on steroids, new back pain x 1 wk', 'Order: XR L-spine');
      assert.ok(!r.facts.hits.some((h) => (h.finding.id === 'malignancy' || h.finding.category === 'suspected-infection-or-tumor') && h.present));
    });
  });
});

describe('an accident that befell someone else', () => {
  const hitOf = (hpi: string, text: string) =>
    readNote('Age: 11 years', `HPI: ${hpi}`, 'Order: XR L-spine').facts.hits.find((h) => h.finding.category === 'trauma' && h.span && hpi.includes(text));
  describe("is not the child's", () => {
    const CASES = [
      'Road traffic accident - mother only, child unhurt',
      'RTA — dad injured, pt restrained and unhurt',
      'family involved in MVC, child not in the car',
      'MVC (mother only), child at home',
      'car crash (mum only injured)',
      'mother injured in MVC, pt uninjured',
      'Mum hit by a car, pt was not present',
      'brother fell off the roof',
      'mum was in a car crash last year',
    ];
    for (const hpi of CASES) it(hpi, () => assert.equal(trauma(hpi), 'none'));
    it('the accident is read as another person\'s ("mother only")', () => {
      const h = hitOf('Road traffic accident - mother only, child unhurt', 'Road traffic accident');
      assert.equal(h?.present, false);
      assert.equal(h?.context.experiencer, 'other');
    });
  });
  describe("stays the child's", () => {
    const CASES = [
      'MVC with mother, both restrained, child c/o back pain',
      'MVC, mother only restrained, child thrown',
      'MVC, child unhurt',
      'family involved in MVC',
      'MVC: dad injured, child unhurt but now c/o back pain',
    ];
    for (const hpi of CASES) it(hpi, () => assert.equal(trauma(hpi), 'significant'));
    it("fell from mother's arms", () => assert.equal(trauma("fell from mother's arms"), 'unclear'));
  });
  describe("stays the child's: words that say nothing of the accident, or a complaint of the child's told with it", () => {
    const CASES = [
      // "alone" of where the child lives, not in the accident's clause
      'Lives with mother alone, fell down 15 stairs yesterday, back pain since.',
      // "at home" is where the child fell
      'Pt was at home, fell down 15 stairs, back pain since.',
      // "not present" of the loss of consciousness
      'Child in MVC, LOC not present, back pain since.',
      // "uninjured at scene", then the back pain after ";"
      'MVC, mum hospitalised, boy uninjured at scene; today lower back pain.',
      'RTA - dad injured, pt restrained and unhurt, tender over L2',
      'MVC - mum only injured, child now c/o back pain',
      'Child in MVC, spine not involved per mum',
      'Lives alone with mum. MVC yesterday',
    ];
    for (const hpi of CASES) it(hpi, () => assert.equal(trauma(hpi), 'significant'));
    it('"MVC - mother killed, pt restrained rear seat, no injuries apparent, c/o neck pain" with XR C-spine is cervical spine trauma', () => {
      const r = readNote('Age: 11 years', 'HPI: MVC - mother killed, pt restrained rear seat, no injuries apparent, c/o neck pain', 'Order: XR C-spine');
      assert.equal(r.facts.trauma.significance, 'significant');
      assert.equal(r.scenario, 'spine-trauma-cervical');
    });
  });
});
