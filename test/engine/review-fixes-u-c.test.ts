/**
 * Review rv19c of r19c: ankylosing spondylitis ("espondilitis anquilosante") is no suspected infection; "car hit"
 * with no child as its object ("car hit a pothole") is no significant mechanism; a Spanish number followed by "de"
 * ("Paciente de 15 días de dolor", "3 meses de evolución") is a duration, not the age.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const facts = (...lines: string[]) => readNote(...lines).facts;
const present = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === id && h.present);

describe('review rv19c: espondilitis anquilosante is no infection', () => {
  it('"Espondilitis anquilosante en el padre", "?espondilitis anquilosante" read no suspected infection', () => {
    assert.ok(!present('suspected-infection-tumor', 'Age: 12 y', 'History: back pain 3 weeks. Espondilitis anquilosante en el padre.', 'Plan: XR lumbar spine.'));
    assert.ok(
      !present(
        'suspected-infection-tumor',
        'Age: 15 y',
        'History: back pain and morning stiffness 4 months, HLA-B27 positive. ?espondilitis anquilosante.',
        'Plan: XR sacroiliac joints.',
      ),
    );
  });
  it('still: "espondilitis tuberculosa", "espondilodiscitis" are a suspected infection', () => {
    assert.ok(present('suspected-infection-tumor', 'Age: 12 y', 'History: back pain 3 weeks, fever. JC: espondilitis tuberculosa.', 'Plan: MRI lumbar spine.'));
    assert.ok(present('suspected-infection-tumor', 'Age: 12 y', 'History: back pain 3 weeks, fever. JC: descartar espondilodiscitis.', 'Plan: MRI lumbar spine.'));
  });
});

describe('review rv19c: "car hit" is a mechanism only when it hit the child', () => {
  it('"Car hit a pothole, no injury", "The car hit was minor", "Toy car hit his back" are no significant mechanism', () => {
    assert.notEqual(facts('Age: 10 y', 'History: back pain 3 weeks. Car hit a pothole last week, no injury.', 'Plan: XR lumbar spine.').trauma?.significance, 'significant');
    assert.notEqual(facts('Age: 10 y', 'History: back pain 3 weeks. The car hit was minor, no pain at the time.', 'Plan: XR lumbar spine.').trauma?.significance, 'significant');
    assert.notEqual(facts('Age: 10 y', 'History: back pain 3 weeks. Toy car hit his back at nursery.', 'Plan: XR lumbar spine.').trauma?.significance, 'significant');
  });
  it('still: "car hit him", "car hit from the side at speed" are significant', () => {
    assert.equal(facts('Age: 10 y', 'History: pedestrian, car hit him at low speed, lumbar pain.', 'Plan: XR lumbar spine.').trauma?.significance, 'significant');
    assert.equal(facts('Age: 10 y', 'History: passenger, car hit from the side, lumbar pain.', 'Plan: XR lumbar spine.').trauma?.significance, 'significant');
  });
});

describe('review rv19c: a Spanish duration after "Paciente de" is no age', () => {
  it('"Paciente de 15 días de dolor lumbar", "Paciente de 3 meses de evolución" give no age of days or months', () => {
    assert.equal(facts('Paciente de 15 días de dolor lumbar, 12 años.', 'Plan: RX columna lumbar.').age?.months, undefined);
    assert.equal(facts('Paciente de 3 meses de evolución con lumbalgia, 11 años.', 'Plan: RX columna lumbar.').age?.months, undefined);
  });
  it('still: "Paciente de 12 años con dolor", "Niña de 3 años con dolor", "Lactante de 6 semanas de vida" are ages', () => {
    assert.equal(facts('Paciente de 12 años con dolor lumbar de 3 semanas.', 'Plan: RX columna lumbar.').age?.months, 144);
    assert.equal(facts('Niña de 3 años con dolor de espalda de 2 semanas.', 'Plan: Rx columna lumbar').age?.months, 36);
    assert.equal(facts('Varón de 14 años, dolor lumbar de 2 meses, dolor nocturno.', 'Plan: RM columna lumbar.').age?.months, 168);
    assert.equal(facts('Paciente de 10 años de edad, con dolor de 3 meses de evolución.', 'Plan: RX columna lumbar.').age?.months, 120);
  });
});
