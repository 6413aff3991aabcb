/**
 * Romanian/Hungarian- and Cuba/Peru-trained English (task r18b): "Dg:", "Paraclinical:", "Recommendations:", "RMN …
 * native", "ROT present symmetric", "the mother refers lumbar pain", "Se solicita:", "Radiografía columna …".
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const order = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id;

describe('voices r18b: Romanian/Hungarian- and Cuba/Peru-trained English', () => {
  describe('"Dg:" is the diagnosis key', () => {
    it('"Dg: Lumbosacral dermal sinus" names the marker', () => {
      const r = readNote('Patient: female, 3 y 4 mo', 'Dg: Lumbosacral dermal sinus', 'Recommendations: MRI of the lumbosacral spine');
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'dermal-sinus' && h.present));
      assert.equal(r.scenario, 's1-cutaneous-marker');
    });
    it('"Dg: mechanical lumbalgia" after "started without cause" is no overuse', () =>
      assert.equal(
        readNote(
          '11 years, male. Lumbalgia of 10 days. Started without cause, no trauma. No fever, no night pain.',
          'Dg: mechanical lumbalgia without alarm signs.',
          'Plan: XR lumbosacral spine AP and lateral.',
        ).scenario,
        'back-pain-no-red-flags',
      ));
  });

  describe('study names: "radiography", Spanish "radiografía", "columna …"', () => {
    it('"Plan: Radiografía columna cervical AP/lateral" is a radiograph', () =>
      assert.equal(order('11 y F. Neck pain. No trauma.', 'Plan: Radiografía columna cervical AP/lateral.'), 'xr-area'));
    it('"Order: Rx columna lumbosacra AP/lateral" is a radiograph', () =>
      assert.equal(order('7 y M. Lumbar pain x 1 week.', 'Order: Rx columna lumbosacra AP/lateral.'), 'xr-area'));
    it('"Se solicita: XR lumbosacral spine" is the order', () =>
      assert.equal(order('Age: 7 y', 'History: lumbar pain x 1 week, no trauma, no fever.', 'Se solicita: XR lumbosacral spine AP/lateral.'), 'xr-area'));
    it('"Radiografía lumbar AP/lateral (2 weeks ago): normal" is a prior negative radiograph', () =>
      assert.equal(
        readNote('12 y F. The patient refers low back pain for 5 weeks, now waking her at night.', 'Radiografía lumbar AP/lateral (2 weeks ago): normal.', 'Plan: bone scan.')
          .scenario,
        'back-pain-red-flags-negative-radiographs',
      ));
    it('"Rx: ibuprofen" is still no study', () => assert.equal(order('7 y M. Lumbar pain x 1 week.', 'Rx: ibuprofen 200 mg.'), undefined));
  });

  describe('"native" is without contrast', () => {
    it('"RMN of the lumbosacral spine, native and with gadolinium contrast" is without and with', () =>
      assert.equal(
        order('Patient: female, 3 y', 'Dg: Lumbosacral dermal sinus', 'Recommendations:', '1. RMN of the lumbosacral spine, native and with gadolinium contrast'),
        'mri-area-without-and-with',
      ));
    it('"CT of the lumbar spine, native" is without', () =>
      assert.equal(order('Patient: male, 16 y. Lumbar pain.', 'Recommendations: CT of the lumbar spine, native, for the lysis.'), 'ct-area-without'));
    it('"native American" in the history changes no contrast', () =>
      assert.equal(order('Patient: male, 12 years, native American. Back pain 2 weeks, night pain.', 'Plan: MRI lumbar spine with gadolinium.'), 'mri-area-with'));
  });

  describe('"the mother refers" tells the child\'s symptom', () => {
    it('"the mother refers lumbar pain x 1 week" is back pain', () =>
      assert.equal(readNote('7 y M, the mother refers lumbar pain x 1 week, no trauma, no fever.', 'Plan: XR lumbosacral spine AP/lateral.').scenario, 'back-pain-no-red-flags'));
    it('"refers to neurosurgery today" is still a referral', () =>
      assert.equal(readNote('9 years F. Dorsal pain 3 weeks, leg weakness.', 'Plan: MRI thoracolumbar spine. Refers to neurosurgery today.').facts.referral.neurosurgery, true));
  });

  describe('the exam: "Exam nl incl neuro", "ROT present symmetric, sensitivity preserved, normal force"', () => {
    const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;
    it('"Exam nl incl neuro" is a normal neuro exam', () => assert.equal(neuro('7 y M, lumbar pain x 1 week. Exam nl incl neuro.', 'Plan: XR lumbar spine.'), 'normal'));
    it('"Exam normal including neurological" is a normal neuro exam', () =>
      assert.equal(neuro('7 y M, lumbar pain x 1 week. Exam normal including neurological.', 'Plan: XR lumbar spine.'), 'normal'));
    it('"ROT present symmetric, sensitivity preserved, normal force" in an exam line is normal', () =>
      assert.equal(
        neuro('Patient: female, 15 y', 'Objective: antalgic posture. Neurological: ROT present symmetric, sensitivity preserved, normal force.', 'Plan: XR lumbar spine.'),
        'normal',
      ));
    it('"paraparesis 4/5, ROT brisk with bilateral Babinski" is abnormal', () =>
      assert.equal(
        neuro('Patient: female, 9 years. Dorsal pain.', 'Neurological exam: paraparesis 4/5 of the lower limbs, ROT brisk with bilateral Babinski sign.', 'Plan: MRI spine.'),
        'abnormal',
      ));
    it('"sensitivity preserved" beside a weak leg is not normal', () =>
      assert.notEqual(neuro('Patient: female, 9 years. Back pain.', 'Objective: weakness of the left leg 3/5, sensitivity preserved.', 'Plan: MRI spine.'), 'normal'));
  });

  describe('"Paraclinical:" holds the studies, done or to do', () => {
    const base = 'Patient: male, 16 y. Lumbar pain for 2 months, mechanical. No night pain.';
    it('a study with its result after a colon is a prior radiograph', () =>
      assert.equal(
        readNote(
          base,
          'Paraclinical: lumbosacral radiography AP + profile: bilateral lysis of the isthmus L5, anterolisthesis L5/S1 grade I.',
          'Neurological exam normal.',
          'Recommendations: CT of the lumbar spine, native.',
        ).scenario,
        'back-pain-red-flags-positive-radiographs',
      ));
    it('"Investigations: XR L-spine (2 weeks ago): normal" is a prior negative radiograph', () =>
      assert.equal(
        readNote(base, 'Investigations: lumbosacral X-ray (2 weeks ago): normal.', 'Plan: MRI of the lumbar spine.').scenario,
        'back-pain-red-flags-negative-radiographs',
      ));
    it('a study asked for is the order, not a prior', () => {
      const r = readNote(
        'Patient: female, 9 years. Dorsal pain 3 weeks, weakness of the lower limbs. Neurological exam: paraparesis 4/5.',
        'Paraclinical: CT thoracolumbar spine native (emergency; RMN not available at the weekend).',
      );
      assert.equal(r.facts.order?.reading.procedure?.id, 'ct-area-without');
      assert.equal(r.facts.prior.length, 0);
    });
    it('"Paraclinical: none until now" is no study', () =>
      assert.equal(
        readNote('Patient: 3 y. Dg: Lumbosacral dermal sinus.', 'Paraclinical: none until now.', 'Recommendations: MRI of the lumbosacral spine.').facts.prior.length,
        0,
      ));
    it('a study and a question after its colon is no prior ("Investigations: XR L-spine: r/o fracture")', () =>
      assert.equal(readNote(base, 'Investigations: XR lumbar spine: r/o fracture.').facts.prior.length, 0));
    it('under a key that requests ("Request: XR L-spine: AP and lateral") no prior is read', () =>
      assert.equal(readNote(base, 'Requested studies: XR lumbar spine: AP and lateral.').facts.prior.length, 0));
  });
});
