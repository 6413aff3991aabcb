/**
 * set15 misreads (r17f): a midline skin opening with fluid expressed is a dermal sinus; "ultrasonogram" names an
 * ultrasound; a "pars interarticularis defect" is an abnormal radiograph; a case narrative's study read as both the
 * order and a prior is the order only; "Would you do X or Y?" asks which study and orders neither; "I've put in an MRI"
 * is the writer's order.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (n: ReturnType<typeof readNote>) => n.facts.order?.reading.procedure?.id ?? 'none';
const present = (n: ReturnType<typeof readNote>, id: string) => n.facts.hits.some((h) => h.finding.id === id && h.present);

describe('set15 r17f: markers, priors and orders', () => {
  it('reads a midline skin opening that expresses fluid as a dermal sinus, not a pit with none', () => {
    const n = readNote(
      '3-week-old infant with a midline opening in the lumbosacral skin, 2 cm above the gluteal cleft, from which a drop of clear fluid could be expressed. Neuro normal.',
    );
    assert.equal(present(n, 'dermal-sinus'), true);
    assert.equal(n.scenario, 's1-cutaneous-marker');
    assert.equal(present(readNote('2 mo. Sacral pit with clear fluid expressible from it. Neuro nl.'), 'dermal-sinus'), true);
    const simple = readNote('3 week old. Small dimple in the sacral crease, no fluid expressed, base seen. Neuro normal.');
    assert.equal(present(simple, 'dermal-sinus'), false);
    assert.equal(present(simple, 'sacral-dimple'), true);
  });
  it('reads an ultrasonogram as a prior spinal US with its result', () => {
    const n = readNote(
      '5-week-old girl with a tuft of hair over the lumbosacral spine. A spinal ultrasonogram at 1 week of age had shown the conus medullaris terminating at L3 with a 2.4-mm filum terminale.',
      'Plan: repeat spinal US',
    );
    assert.equal(n.facts.prior[0]?.modality, 'US');
    assert.equal(n.facts.prior[0]?.result, 'abnormal');
  });
  it('reads a case narrative study as the order, not also a prior before it', () => {
    const n = readNote(
      'Case report',
      'We describe a 3-week-old infant with a midline opening in the lumbosacral skin from which clear fluid could be expressed. Neurologic examination was normal. MRI of the lumbar spine without contrast was obtained as the first study.',
    );
    assert.equal(orderOf(n), 'mri-area-without');
    assert.equal(n.facts.prior.length, 0);
    assert.ok(n.rules.includes('mri-first-in-young-infant'));
    // A prior told in a sentence of its own stays.
    const m = readNote(
      'Case report',
      'A 4-month-old with a hair tuft over the sacrum. A spinal US at 2 weeks had shown the conus at L3. MRI of the lumbar spine without contrast was obtained.',
    );
    assert.equal(orderOf(m), 'mri-area-without');
    assert.ok(m.facts.prior.some((p) => p.modality === 'US' && p.result === 'abnormal'));
  });
  it('reads a pars interarticularis defect as an abnormal radiograph, and its denial as normal', () => {
    const n = readNote(
      '11 yo soccer player, 6 weeks of LBP worse with extension. No night pain. Neuro normal. Lumbar radiographs showed a left L5 pars interarticularis defect without listhesis.',
      'Plan: SPECT bone scan L-spine',
    );
    assert.equal(n.facts.prior[0]?.result, 'abnormal');
    const m = readNote('11 yo, LBP 6 wk. Neuro normal. Lumbar radiographs showed no pars interarticularis defect.', 'Plan: MRI L-spine w/o');
    assert.equal(m.facts.prior[0]?.result, 'normal');
  });
  it('reads "Would you do plain films first or go straight to MRI?" as a question, ordering neither', () => {
    const B = '2 y 4 m old, 4 days of fever, point tender lumbar spine. Neuro normal.';
    assert.equal(orderOf(readNote(B, 'Would you do plain films first or go straight to MRI? Nothing ordered yet - sending her to the ED.')), 'none');
    assert.equal(orderOf(readNote('Presentation: ' + B, 'Plan: MRI or XR first?')), 'none');
    // Near misses: a polite request for one study, one study with its options, and a question after an order.
    assert.equal(orderOf(readNote(B, 'Would you do an MRI lumbar spine?')), 'mri-area-without');
    assert.equal(orderOf(readNote(B, 'Could you please arrange an MRI lumbar spine with or without contrast?')), 'mri-area-without');
    assert.equal(orderOf(readNote(B, 'MRI L-spine w/o contrast ordered. Would you add contrast or is plain MRI enough?')), 'mri-area-without');
  });
  it('reads "I\'ve put in an MRI" as the writer\'s order, not a brace put in nor one not put in', () => {
    const B = '13 y F, 6 weeks of low back pain, waking her from sleep. Neuro exam normal.';
    assert.equal(orderOf(readNote(B, "I've put in an MRI entire spine without IV contrast. Reasonable next step, or would you add contrast?")), 'mri-complete-without');
    assert.equal(orderOf(readNote(B, "We've entered an MRI L-spine w/o.")), 'mri-area-without');
    assert.equal(orderOf(readNote(B, 'She was put in a brace after the XR L-spine last year.')), 'none');
    assert.equal(orderOf(readNote(B, "Haven't put in an MRI yet - wanted your opinion first.")), 'none');
  });
});
