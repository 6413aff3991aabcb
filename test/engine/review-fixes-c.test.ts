import * as assert from 'node:assert/strict';
import { ids, note, readNote } from '../helpers';

describe('review fixes (c): facts.ts', () => {
  const lead = '12 yo M w/ 10 days LBP and night pain, neuro intact.';

  describe('A. a decline/defer cue rejects the order only when it attaches to the study', () => {
    const ORDERS = [
      'Ordered MRI L-spine w/o with sedation if needed.',
      'MRI L-spine w/o with sedation prn.',
      'MRI L-spine w/o, NSAIDs held.',
      'Ordered MRI L-spine w/o and will review results with family.',
      'MRI L-spine w/o ordered to be done under GA.',
      'Ordered MRI L-spine w/o to be done as outpatient.',
      'Ordered MRI L-spine w/o to be completed this week.',
      'US lumbar spine today if possible.',
      'Will order MRI L-spine w/o instead.',
    ];
    for (const s of ORDERS) {
      it(`narrative: "… ${s}" is the order`, () => {
        const text = note(`Seen today: ${lead} ${s}`);
        assert.ok(readNote(`Seen today: ${lead} ${s}`).facts.order, s);
        assert.ok(!ids(text).includes('missing-order'));
      });
      it(`Plan: "${s}" is the order`, () => assert.ok(readNote('Age: 12 years', 'Presentation: LBP x 10 d, night pain', `Plan: ${s}`).facts.order, s));
    }
  });

  describe('B. a sentence that decides against a study is not the order', () => {
    const PLANS = ['ibuprofen, PT. MRI L-spine not indicated.', 'US spine deferred, reassurance'];
    // A Plan that only conditions its study orders none, as the corpus reads a conditional study (review k-d 10).
    it('"Plan: PT; MRI L-spine if no improvement in 6 wk" orders nothing (a study only conditioned is not ordered)', () =>
      assert.equal(readNote('Age: 12 years', 'Presentation: LBP x 10 d, night pain', 'Plan: PT; MRI L-spine if no improvement in 6 wk').facts.order, undefined));
    for (const p of PLANS)
      it(`"Plan: ${p}"`, () => {
        const lines = ['Age: 12 years', 'Presentation: LBP x 10 d, night pain', `Plan: ${p}`];
        assert.equal(readNote(...lines).facts.order, undefined);
        assert.ok(ids(note(...lines)).includes('missing-order'));
      });
    const CLOSING = [
      'Will hold on MRI L-spine for now.',
      'MRI L-spine postponed.',
      'MRI L-spine cancelled by family.',
      'Would not order MRI L-spine.',
      'XR L-spine performed in ED.',
    ];
    for (const s of CLOSING)
      it(`narrative: "… ${s}"`, () => {
        assert.equal(readNote(`Seen today: ${lead} ${s}`).facts.order, undefined);
        assert.ok(ids(note(`Seen today: ${lead} ${s}`)).includes('missing-order'));
      });
    it('an Order line is the order, whatever it says after the study', () =>
      assert.ok(readNote('Age: 12 years', 'Presentation: LBP x 10 d', 'Order: MRI L-spine w/o if no improvement').facts.order));
  });

  describe('C. pain duration', () => {
    const weeks = (...lines: string[]) => readNote('Age: 14 years', ...lines, 'Order: MRI L-spine w/o').facts.painWeeks?.weeks;
    const close = (w: number | undefined, want: number) => assert.ok(w !== undefined && Math.abs(w - want) < 0.1, `${w} != ${want}`);
    it('"LBP x2mo"', () => close(weeks('Presentation: LBP x2mo'), 8.69));
    it('"LBP x 1.5 months"', () => close(weeks('Presentation: LBP x 1.5 months'), 6.52));
    it('"lower back pain, worse with running and bending, x 8 weeks"', () => close(weeks('Presentation: lower back pain, worse with running and bending, x 8 weeks'), 8));
    it('"LBP (x 7 wk), night pain"', () => close(weeks('Presentation: LBP (x 7 wk), night pain'), 7));
    it('"6 wk h/o LBP"', () => close(weeks('Presentation: 6 wk h/o LBP'), 6));
    it('"Hx: LBP x 8 wk, night pain" with no Presentation line', () => close(weeks('Hx: LBP x 8 wk, night pain'), 8));
    it('a Hx line is history when the note has a Presentation line', () => assert.equal(weeks('Presentation: LBP, night pain', 'Hx: LBP x 8 wk in 2023'), undefined));
    it('earlier negatives stay negative', () => {
      assert.equal(weeks('Presentation: headaches x 3 months, new low back pain'), undefined);
      assert.equal(weeks('Patient: 14 yo F, 15 months post ACL repair'), undefined);
      assert.equal(weeks('PMH: ex-32 weeks preemie, back pain last year resolved'), undefined);
    });
  });

  describe('D. prior studies told with a result or a finding', () => {
    const prior = (s: string) =>
      readNote('Age: 13 years', `Presentation: back pain and night pain x 3 wk. ${s}`, 'Order: MRI L-spine w/o').facts.prior.map((p) => [p.modality, p.result]);
    it('"XR L-spine at PCP to evaluate for spondylolysis: negative." is a normal prior XR', () =>
      assert.deepEqual(prior('XR L-spine at PCP to evaluate for spondylolysis: negative.'), [['XR', 'normal']]));
    for (const s of ['XR L-spine at PCP: concern for L5 pars defect.', 'XR L-spine at urgent care: ? L5 spondylolysis.'])
      it(`"${s}" is a prior XR`, () => {
        const p = prior(s);
        assert.equal(p.length, 1);
        assert.equal(p[0][0], 'XR');
        assert.notEqual(p[0][1], 'normal');
      });
    it('"X-rays at urgent care neg for fracture, hip films too." is a normal prior XR', () =>
      assert.deepEqual(prior('X-rays at urgent care neg for fracture, hip films too.'), [['XR', 'normal']]));
    it('earlier negatives stay negative', () => {
      assert.deepEqual(prior('XR chest negative.'), []);
      assert.deepEqual(prior('XR L-spine: r/o spondylolysis.'), []);
    });
  });

  describe('E. a date is not a strength grade', () => {
    const state = (v: string) => readNote(`Neuro: ${v}`).facts.neuro.state;
    it('"normal exam, same as PT eval 4/5"', () => assert.equal(state('normal exam, same as PT eval 4/5'), 'normal'));
    it('"nl; unchanged since neuro clinic 2/5"', () => assert.equal(state('nl; unchanged since neuro clinic 2/5'), 'normal'));
    it('grades next to a muscle or strength word still read', () => {
      assert.equal(state('hip flexion 4/5'), 'abnormal');
      assert.equal(state('EHL 3+/5'), 'abnormal');
      assert.equal(state('strength 5/5 throughout'), 'normal');
      assert.equal(state('4/5 LLE'), 'abnormal');
    });
  });

  describe('a decline governs only the study it is attached to (third review)', () => {
    const ORDERS = [
      'MRI L-spine w/o contrast (parents refused sedation)',
      'MRI L-spine w/o and consider NSGY referral',
      'US spine instead of MRI',
      'US lumbar spine then hold off on MRI unless abnormal',
      'US L-spine (deferred MRI until results)',
      'MRI L-spine w/o contrast - held NSAIDs',
      'MRI L-spine w/o contrast (cancelled prior CT)',
      'MRI L-spine w/o contrast after holding ibuprofen',
      'MRI L-spine w/o if insurance approves',
    ];
    for (const p of ORDERS) it(`"Plan: ${p}" is the order`, () => assert.ok(readNote('Age: 12 years', 'Presentation: LBP x 10 d, night pain', `Plan: ${p}`).facts.order, p));
  });

  describe('a grade below full is a deficit without a muscle word, a date is not (third review)', () => {
    for (const v of [
      'tibialis anterior 4/5 L, otherwise intact',
      'L DF 4/5, sensation intact',
      'L TA 4/5',
      '4/5 on the left, reflexes 2+',
      'L 4/5, R 5/5, SILT',
      'biceps 4/5, deltoid 5/5, SILT',
    ])
      it(`"Neuro: ${v}" is abnormal`, () =>
        assert.equal(readNote('Age: 12 years', 'Presentation: LBP x 3 wk', `Neuro: ${v}`, 'Order: MRI L-spine w/o').facts.neuro.state, 'abnormal'));
    for (const v of ['normal exam, same as PT eval 4/5', 'nl; unchanged since neuro clinic 2/5', 'nonfocal per neurology visit 4/5/26'])
      it(`"Neuro: ${v}" is not abnormal`, () =>
        assert.notEqual(readNote('Age: 12 years', 'Presentation: LBP x 3 wk', `Neuro: ${v}`, 'Order: MRI L-spine w/o').facts.neuro.state, 'abnormal'));
  });
});
