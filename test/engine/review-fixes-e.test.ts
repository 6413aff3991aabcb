/** Fourth review (severe defects only): each case below read wrongly before its fix. */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

describe('review fixes (e): safety', () => {
  describe('"not due to a fall" negates the fall', () => {
    it('back pain with fever, "not due to a fall from the trampoline": red flags, no trauma, no warning against the MRI', () => {
      const r = readNote('Age: 9 years', 'HPI: LBP x 6 wk with fever; not due to a fall from the trampoline', 'Order: MRI L-spine w/ and w/o contrast');
      assert.equal(r.scenario, 'back-pain-red-flags');
      assert.ok(!r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
    });
    it('an infant\'s hair tuft "not due to fall from 3 ft changing table" stays in the skin-marker scenario', () =>
      assert.equal(
        readNote('Age: 4 months', 'Findings: hair tuft over lumbosacral spine, not due to fall from 3 ft changing table', 'Order: US lumbar spine').scenario,
        's1-cutaneous-marker',
      ));
  });

  describe('a Plan naming several studies orders the one it does not decline or condition', () => {
    const CASES: [string, string, string][] = [
      ['Age: 3 months', 'consider MRI later. US lumbar spine today.', 'us-area'],
      ['Age: 3 months', 'MRI L-spine if US abnormal; US lumbar spine today', 'us-area'],
      ['Age: 12 years', 'MRI L-spine if XR abnormal, XR L-spine today', 'xr-area'],
      ['Age: 12 years', 'XR not indicated given red flags - MRI L-spine w/o contrast', 'mri-area-without'],
      ['Age: 12 years', 'XR deferred and MRI L-spine w/o contrast', 'mri-area-without'],
      ['Age: 12 years', 'Parents declined CT due to radiation so MRI L-spine w/o contrast', 'mri-area-without'],
      ['Age: 3 months', 'MRI not indicated yet - US lumbar spine', 'us-area'],
      ['Age: 3 months', 'No MRI needed; US lumbar spine', 'us-area'],
      ['Age: 12 years', 'no XR - straight to MRI L-spine w/o contrast', 'mri-area-without'],
    ];
    for (const [age, plan, id] of CASES)
      it(`"Plan: ${plan}" orders ${id}`, () =>
        assert.equal(readNote(age, 'Findings: hair tuft over the sacrum', 'Presentation: LBP x 3 wk, night pain', `Plan: ${plan}`).facts.order?.reading.procedure?.id, id));
    it('a Plan naming one study with both contrasts is still read whole', () =>
      assert.equal(readNote('Age: 13 years', 'HPI: back pain 3 wk', 'Plan: MRI lumbar spine w/ and w/o contrast').facts.order?.reading.procedure?.id, 'mri-area-without-and-with'));
  });

  describe('new bladder or bowel dysfunction with back pain is a red flag', () => {
    for (const hpi of ['back pain x 2 wk, no trauma, now unable to void', 'back pain 3 wk, new urinary incontinence'])
      it(`"${hpi}": red flags, no warning against the MRI`, () => {
        const r = readNote('Age: 13 years', `HPI: ${hpi}`, 'Order: MRI L-spine w/o');
        assert.equal(r.scenario, 'back-pain-red-flags');
        assert.ok(!r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
      });
  });

  describe('strength below full', () => {
    it('"Neuro: 5-/5 L hip flexion, otherwise intact" is an abnormal exam', () =>
      assert.equal(readNote('Age: 13 years', 'HPI: back pain 3 wk', 'Neuro: 5-/5 L hip flexion, otherwise intact', 'Order: MRI L-spine w/o').facts.neuro.state, 'abnormal'));
    it('"Exam: midline tenderness L4, L EHL 4/5, reflexes 2+" (no Neuro line) is an abnormal exam', () =>
      assert.equal(
        readNote('Age: 13 years', 'HPI: back pain 3 wk', 'Exam: midline tenderness L4, L EHL 4/5, reflexes 2+', 'Order: MRI L-spine w/o').facts.neuro.state,
        'abnormal',
      ));
    it('"5/5" is not below full', () =>
      assert.notEqual(readNote('Age: 13 years', 'HPI: back pain 3 wk', 'Neuro: strength 5/5 throughout', 'Order: XR L-spine').facts.neuro.state, 'abnormal'));
  });

  describe('fifth review: "not due to X" reaches only its own list item', () => {
    it('an infant\'s "red mark not due to diaper rash, hemangioma over L4" keeps the hemangioma (S1, the XR flagged)', () => {
      const r = readNote('Age: 4 months', 'Findings: red mark over sacrum not due to diaper rash, hemangioma over L4', 'Order: XR L-spine');
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join());
    });
    it('"back pain, not because of scoliosis, after high speed MVC" is significant trauma', () =>
      assert.equal(readNote('Age: 14 years', 'HPI: back pain, not because of scoliosis, after high speed MVC', 'Order: CT L-spine').scenario, 'spine-trauma-thoracolumbar'));
    for (const hpi of [
      'back pain 3 wk not due to a fall, urinary incontinence and leg weakness',
      'LBP x 3 wk, not due to injury, night pain and weight loss',
      'back pain 3 wk, not due to trauma or overuse, radiating to L leg, night pain',
    ])
      it(`"${hpi}": red flags`, () => assert.equal(readNote('Age: 11 years', `HPI: ${hpi}`, 'Order: MRI L-spine w/o').scenario, 'back-pain-red-flags'));
  });

  describe('fifth review: a Plan study told as done, compared or declined is not the order', () => {
    const CASES: [string, string, string][] = [
      ['Age: 12 years', 'no XR needed since MRI L-spine w/o contrast ordered', 'mri-area-without'],
      ['Age: 12 years', 'XR L-spine from PCP reviewed, normal; MRI L-spine w/o contrast', 'mri-area-without'],
      ['Age: 2 months', 'Compare to prior XR L-spine; US lumbar spine today', 'us-area'],
      ['Age: 3 months', 'US lumbar spine at birth was normal; MRI L-spine w/o sedation', 'mri-area-without'],
      ['Age: 10 months', 'US lumbar spine limited at this age, MRI L-spine w/o contrast', 'mri-area-without'],
    ];
    for (const [age, plan, id] of CASES)
      it(`"Plan: ${plan}" orders ${id}`, () =>
        assert.equal(readNote(age, 'Findings: hair tuft over the sacrum', 'Presentation: LBP x 8 wk, night pain', `Plan: ${plan}`).facts.order?.reading.procedure?.id, id));
  });

  describe('fifth review: a pain score beside a muscle word is not a strength grade', () => {
    for (const [key, v] of [
      ['HPI', 'low back pain x 2 wk, L leg pain 3/5'],
      ['Exam', 'paraspinal tenderness 2/5, hip flexion full, SLR negative'],
    ])
      it(`"${key}: ${v}" is not an abnormal exam`, () =>
        assert.notEqual(readNote('Age: 12 years', 'Presentation: back pain 2 wk', `${key}: ${v}`, 'Order: MRI L-spine w/o').facts.neuro.state, 'abnormal'));
  });

  describe('sixth review', () => {
    const PLANS: [string, string, string][] = [
      ['Age: 12 years', 'MRI L-spine w/o contrast given prior XR normal', 'mri-area-without'],
      ['Age: 12 years', 'MRI L-spine w/o contrast and compare with prior XR', 'mri-area-without'],
      ['Age: 12 years', 'Obtain MRI L-spine w/o since outside XR was normal', 'mri-area-without'],
      ['Age: 12 years', 'MRI L-spine w/o because the XR showed no fracture', 'mri-area-without'],
      ['Age: 12 years', 'MRI L-spine w/o contrast to compare with previous XR', 'mri-area-without'],
      ['Age: 2 months', 'US lumbar spine given prior XR was limited', 'us-area'],
      ['Age: 12 years', 'MRI L-spine w/o contrast limited sequences; XR L-spine if MRI not possible', 'mri-area-without'],
      ['Age: 12 years', 'MRI L-spine w/o contrast as pain was worse at night; XR normal', 'mri-area-without'],
    ];
    for (const [age, plan, id] of PLANS)
      it(`"Plan: ${plan}" orders ${id}`, () =>
        assert.equal(readNote(age, 'Findings: hair tuft over the sacrum', 'Presentation: LBP x 8 wk, night pain', `Plan: ${plan}`).facts.order?.reading.procedure?.id, id));
    it('"not from a fall or car accident" negates both: an infant with a dimple stays in S1', () =>
      assert.equal(
        readNote('Age: 2 months', 'Findings: sacral dimple 7 mm, 3 cm above anus, not from a fall or car accident', 'Order: US lumbar spine').scenario,
        's1-cutaneous-marker',
      ));
    it('"not due to birth trauma or MVC" negates both', () =>
      assert.equal(readNote('Age: 4 months', 'Findings: hair tuft over L5, not due to birth trauma or MVC', 'Order: US lumbar spine').scenario, 's1-cutaneous-marker'));
    it('"back pain 4 wk not due to a fall or MVC, night pain, weight loss": red flags, the XR questioned', () => {
      const r = readNote('Age: 10 years', 'HPI: back pain 4 wk not due to a fall or MVC, night pain, weight loss', 'Order: XR L-spine');
      assert.equal(r.scenario, 'back-pain-red-flags');
    });
  });

  describe('seventh review: a Plan that declines or only reports its studies orders none', () => {
    for (const plan of [
      'PT; no XR or MRI needed',
      'no XR or MRI today, follow up in 2 wk',
      'prior XR normal; no MRI needed',
      'XR at outside hospital was normal; MRI not indicated',
    ])
      it(`"Plan: ${plan}" orders nothing (missing-order)`, () => {
        const r = readNote('Age: 12 years', 'Presentation: LBP x 2 wk', `Plan: ${plan}`);
        assert.equal(r.facts.order, undefined);
        assert.ok(r.rules.includes('missing-order'), r.rules.join());
      });
  });

  describe('eighth review: a passed-over clause naming two studies falls back to the whole value', () => {
    const PLANS: [string, string, string][] = [
      ['Age: 2 months', 'US spine normal at birth? repeat US lumbar spine', 'us-area'],
      ['Age: 2 months', 'US at birth nl / repeat US lumbar spine', 'us-area'],
      ['Age: 2 months', 'prior US normal at birth but repeat US lumbar spine now', 'us-area'],
      ['Age: 12 years', 'MRI L-spine w/o compared to prior XR', 'mri-area-without'],
      ['Age: 12 years', 'MRI L-spine w/o contrast per prior XR', 'mri-area-without'],
      ['Age: 12 years', 'MRI L-spine w/o prior XR normal', 'mri-area-without'],
      ['Age: 12 years', 'XR L-spine compared w/ MRI from 2025', 'xr-area'],
    ];
    for (const [age, plan, id] of PLANS)
      it(`"Plan: ${plan}" orders ${id}`, () =>
        assert.equal(readNote(age, 'Findings: hair tuft over the sacrum', 'Presentation: LBP x 8 wk', `Plan: ${plan}`).facts.order?.reading.procedure?.id, id));
  });

  describe('ninth review: a later study of a passed-over clause is judged on its own; alternatives share a verdict', () => {
    const PLANS: [string, string, string | undefined][] = [
      ['Age: 14 years', 'prior XR normal now MRI L-spine w/o', 'mri-area-without'],
      ['Age: 14 years', 'prior XR normal -> MRI L-spine w/o', 'mri-area-without'],
      ['Age: 14 years', 'XR normal? MRI L-spine w/o', 'mri-area-without'],
      ['Age: 14 years', 'XR L-spine normal 2025 MRI L-spine w/o today', 'mri-area-without'],
      ['Age: 14 years', 'prior XR/MRI normal; PT', undefined],
      ['Age: 14 years', 'prior XR normal, defer MRI vs CT', undefined],
      ['Age: 14 years', 'XR/MRI not needed; PT', undefined],
      ['Age: 14 years', 'XR or MRI not indicated; PT', undefined],
      ['Age: 14 years', 'neither XR nor MRI needed; PT', undefined],
      ['Age: 14 years', 'MRI or CT not needed; XR L-spine', 'xr-area'],
      ['Age: 14 years', 'XR normal, MRI vs CT not needed', undefined],
    ];
    for (const [age, plan, id] of PLANS)
      it(`"Plan: ${plan}" orders ${id ?? 'nothing'}`, () => assert.equal(readNote(age, 'HPI: LBP 8 wk, night pain', `Plan: ${plan}`).facts.order?.reading.procedure?.id, id));
  });

  describe('tenth review: a declined first study, or words just before a later study, leave nothing ordered', () => {
    for (const plan of ['MRI not indicated given normal XR; PT', 'MRI not indicated after normal XR', 'MRI not needed per recent XR', 'XR L-spine reviewed with MRI; PT'])
      it(`"Plan: ${plan}" orders nothing`, () => assert.equal(readNote('Age: 14 years', 'HPI: LBP 8 wk, night pain', `Plan: ${plan}`).facts.order, undefined));
  });

  describe('eleventh review: a later study ordered after a declined or reported one is the order', () => {
    for (const plan of [
      'XR deferred in favor of MRI L-spine w/o',
      'XR not indicated proceed to MRI L-spine w/o',
      'XR not needed given neuro deficit MRI L-spine w/o',
      'No XR needed prior to MRI L-spine w/o',
      'XR not needed prior to MRI L-spine w/o',
      'Prior XR normal MRI L-spine w/o',
      'Outside XR unremarkable MRI L-spine w/o',
      'XR L-spine reviewed MRI L-spine w/o',
      'XR reviewed normal MRI L-spine w/o',
      'MRI L-spine w/o recent weakness, XR later',
    ])
      it(`"Plan: ${plan}" orders the MRI`, () =>
        assert.equal(readNote('Age: 14 years', 'HPI: LBP 8 wk, night pain, new leg weakness', `Plan: ${plan}`).facts.order?.reading.procedure?.id, 'mri-area-without'));
  });

  describe('twelfth review', () => {
    for (const plan of ['Recent XR L-spine, MRI L-spine w/o', 'Recent XR; MRI L-spine w/o', 'recent XR L-spine then MRI L-spine w/o'])
      it(`"Plan: ${plan}" orders the MRI`, () =>
        assert.equal(readNote('Age: 14 years', 'HPI: LBP 8 wk, night pain, new leg weakness', `Plan: ${plan}`).facts.order?.reading.procedure?.id, 'mri-area-without'));
    for (const plan of [
      'MRI not indicated based on XR',
      'MRI not indicated per XR',
      'MRI not needed with reassuring XR',
      'MRI not indicated following XR L-spine',
      'MRI not indicated after XR',
    ])
      it(`"Plan: ${plan}" orders nothing`, () => assert.equal(readNote('Age: 14 years', 'HPI: LBP 8 wk, night pain, new leg weakness', `Plan: ${plan}`).facts.order, undefined));
  });
});
