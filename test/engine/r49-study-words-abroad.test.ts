/**
 * Round 49's held-out set 110 (clinicians who learned medicine in Spanish, Portuguese, Italian, Polish, Arabic or Turkish
 * and write in English): the spine named as a column with its part ("whole column", "cervical column"), a study labelled
 * with its result ("RX: spondylolysis L5", "RX lumbosacral 02.02.2026 normal", "Eco at 2 months normal"), and injuries
 * told as "traumatism" or "impact with tree" ("Negates traumatism" denies one). Each reading with the look-alikes it must
 * leave alone, and the near misses reviews r49 found (rfix49b-NNN, r2fix49b-NNN). Taken out after review r49: "accident of
 * ski/car/traffic…" (it read an accident only seen, or long recovered, as the child's), "Ask"/"Solicit" before a study and
 * "Now:" as a key of the study to do (they read refused, cancelled, pending and conditioned studies as the order).
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const scenarioOf = (...lines: string[]) => readNote(...lines).scenario;
const traumaOf = (...lines: string[]) => readNote(...lines).facts.trauma.significance;
const priorUsOf = (...lines: string[]) => {
  const us = readNote(...lines).facts.prior.filter((p) => p.modality === 'US');
  return us.length ? us[us.length - 1].result : 'none';
};

describe('the spine named as a column with its part (s110)', () => {
  const head = '11 years, boy. Fever 39 and lumbar pain 4 days, CRP 90. Neuro normal.';

  it('reads a column named with its part as the spine', () => {
    assert.equal(orderOf(head, 'Order: MRI whole column without and with contrast.'), 'mri-complete-without-and-with');
    assert.equal(orderOf(head, 'Order: MRI vertebral column without contrast.'), 'mri-area-without');
    assert.equal(orderOf('13 years, ski accident at high speed. Neck pain.', 'Order: CT cervical column.'), 'ct-area-without');
  });

  // Not asserted: "Order: MRI column." reads an MRI of an area, as it did before, by the Order key's own study and not by the
  // column (an Order value with a modality and no region); the column alone adds no spine where another region is named.
  it('reads no spine study from a column of another organ or a form', () => {
    assert.equal(orderOf(head, 'Order: US renal, collecting column dilated.'), null);
    assert.equal(orderOf(head, 'MRI brain next week; column B ticked.'), null);
    assert.equal(orderOf(head, 'Order: MRI brain, see column B of the form.'), null);
    assert.equal(orderOf(head, 'Order: XR chest, water column normal.'), null);
  });
});

describe('a study labelled with its result (s110)', () => {
  const teen = '15 years, lumbar pain 3 weeks, also at night. Neuro normal.';
  const plan = 'Order: MRI lumbar spine.';

  it('reads "RX" told with its result as a radiograph done', () => {
    assert.equal(scenarioOf(teen + ' RX: spondylolysis L5 bilateral.', plan), 'back-pain-red-flags-positive-radiographs');
    assert.equal(scenarioOf(teen + ' RX: normal.', plan), 'back-pain-red-flags-negative-radiographs');
    assert.equal(scenarioOf(teen + ' RX lumbosacral 02.02.2026 normal.', plan), 'back-pain-red-flags-negative-radiographs');
    assert.equal(scenarioOf(teen + ' RX 02.02.2026: no fracture.', plan), 'back-pain-red-flags-negative-radiographs');
  });

  it('reads no radiograph from a prescription, a plan or a study without its result', () => {
    for (const l of [
      ' Rx: ibuprofen 400 mg three times a day.',
      ' Rx: normal saline bolus.',
      ' Rx: scoliosis brace at night.',
      ' RX lumbosacral corset.',
      ' RX lumbosacral 02.02.2026 planned.',
      ' Mother had RX: spondylolysis L5.',
      ' Rx: spondylolisthesis brace (Boston) at night.',
      ' Rx: spondylolysis L5, no sport 3 months.',
      ' RX: spondylolysis L5, no sport 3 months.',
      ' rx: normal.',
      ' RX thoracic 02.02.2026 normal (done for cough).',
    ])
      assert.equal(scenarioOf(teen + l, plan), 'back-pain-red-flags', l);
  });

  const infant = 'Pt of 11 months. Sacral dimple 6 mm, above the gluteal cleft. Neuro exam normal.';
  const xr = 'Request XR lumbosacral spine.';

  it('reads "Eco" told with a time and its result as an ultrasound done', () => {
    assert.equal(priorUsOf(infant + ' Eco at 2 months normal.', xr), 'normal');
    assert.equal(priorUsOf(infant + ' Eco 10.01.2026 normal.', xr), 'normal');
  });

  it('reads no ultrasound from "eco" of another organ, planned, without a result, or inside a word', () => {
    for (const l of [
      ' Eco hips at 2 months normal.',
      ' Eco cardio at 2 months normal.',
      ' Eco at 2 months planned.',
      ' Eco at 2 months: hip dysplasia.',
      ' Economic situation at 2 months normal.',
      ' Sister: eco at 2 months normal.',
      '\nKidneys - eco at 2 months: normal.',
      '\nTransfontanellar eco at birth normal.',
      '\nEco cervical 10.11.2026: reactive lymph nodes.',
      '\nPrenatal eco at 20 weeks normal.',
      '\nObstetric eco at 32 weeks normal.',
    ])
      assert.equal(priorUsOf(infant + l, xr), 'none', l);
  });

  it('reads no ultrasound from "eco" of the hips told by their Graf type or DDH, or of a relative (review r49)', () => {
    const girl = 'Girl 3 months. Sacral dimple 6 mm above the gluteal cleft. Neuro exam normal.';
    const mri = 'Request MRI lumbar spine without contrast.';
    for (const l of [
      'Eco at 6 weeks: normal, Graf type Ia both sides.',
      'Eco at 6 weeks normal, Graf I.',
      'Eco at 6 weeks normal (DDH screening).',
      'Twin brother eco at 2 months normal.',
      'Cousin eco at 2 months normal.',
    ]) {
      assert.equal(priorUsOf(girl, l, mri), 'none', l);
      assert.equal(scenarioOf(girl, l, mri), scenarioOf(girl, mri), l);
    }
  });
});

describe('an injury told as "traumatism" or "impact with tree" (s110)', () => {
  it('reads them as injuries, significant at high velocity and unclear when its details are unknown', () => {
    assert.equal(traumaOf('13 years, accident of ski at high velocity, impact with tree. Neck pain.', 'Order: CT cervical spine.'), 'significant');
    assert.equal(traumaOf('13 years, impact with a tree while sledding. Neck pain.', 'Order: CT cervical spine.'), 'significant');
    assert.equal(traumaOf('Child 5 years. Traumatism 1 week ago at kindergarten, details not known. Neuro normal.', 'Order: XR lumbar spine.'), 'unclear');
  });

  it('reads no injury denied, of another, or long past', () => {
    for (const l of [
      'Child 5 years. No traumatism. Lumbar pain 2 weeks.',
      'Child 5 years. Denies traumatism. Lumbar pain 2 weeks.',
      'Child 5 years. Negates traumatism. Lumbar pain 2 weeks.',
      'Child 5 years. Traumatism of the knee 3 years ago. Lumbar pain 2 weeks.',
      'Child 5 years. Father had an accident of car last week, child not in the car. Lumbar pain 2 weeks.',
    ])
      assert.equal(traumaOf(l, 'Order: XR lumbar spine.'), 'none', l);
  });

  it('reads no injury from a traumatism of the mind or an accident only seen or long recovered (review r49)', () => {
    const head = 'Boy 11 years. Low back pain 1 week, no fever, no night pain. Neuro exam normal.';
    for (const l of [
      "Psychological traumatism after parents' divorce.",
      'Emotional traumatism after moving house.',
      'Accident of traffic witnessed on the way to school, not involved.',
      'Accident of ski last winter, completely recovered.',
    ])
      assert.equal(traumaOf(head, l, 'Order: XR lumbar spine.'), 'none', l);
  });
});
