/**
 * Set-20 suspicions (r23): an infection or a tumour told as the writer's hypothesis, in any language, is the
 * suspected infection-or-tumour scenario: a hypothesis key ("Hypothèse: mal de Pott", "Hipótesis:", "Sospecha:"),
 * a neoplasm asked about ("r/o neoplasm"), a relapse to exclude after a leukaemia told as "leukosis". A chief complaint keyed "C/C:" is the
 * presenting complaint, and "dard-e-kamar" (Dari, Urdu: back pain) back pain. Near misses: a relapse doubted, a
 * relative's TB, a fracture to exclude, an infection of another organ to exclude, a suspicion ruled out ("Neoplasia
 * descartada", "Se descartó osteomielitis"), a benign neoplasm's code. A generic "exclude / rule out infection" is no
 * suspicion of the spine's (a urine culture, a throat swab, a septic screen, a parent's request), nor is a bovine
 * "leukosis"; only a human leukaemia's name ("lymphoblastic leukosis") is a cancer history.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

function suspected(...lines: string[]): boolean {
  return readNote(...lines).facts.hits.some((h) => h.finding.id === 'suspected-infection-tumor' && h.present);
}

describe("suspected infection or tumour as the writer's hypothesis (set 20)", () => {
  const cases: string[][] = [
    ['Garçon de 10 ans. Lombalgies depuis 2 mois, fièvre vespérale.', 'Hypothèse: mal de Pott', 'Bilan: TDM rachis dorso-lombaire'],
    ['Fille de 9 ans. Lombalgies depuis 3 semaines, fièvre.', 'Hypothèse diagnostique : spondylodiscite', 'Bilan: IRM rachis lombaire'],
    ['10 yo boy, back pain 6 wk, night sweats.', 'Hypothesis: leukemia', 'Plan: MRI L-spine'],
    ['Niño de 11 años, dolor lumbar y fiebre.', 'Sospecha: absceso epidural', 'Plan: RMN columna lumbar'],
    [
      'Child 7 years. In anamnesis acute lymphoblastic leukosis (OLL), remission.',
      'Complaints: pains in the back during 5 days.',
      'To exclude relapse of the illness. Osteoscintigraphy of the skeleton (whole body) is appointed.',
    ],
    ['12 yo back pain 6 wk, lost weight.', 'A: r/o neoplasm', 'Plan: MRI L-spine'],
    ['Dukhtar, 12 years.', 'C/C: dard-e-kamar 2 months, fever in the evenings, night sweats.', "Imp: ? Pott's spine (TB spondylitis)", 'Inv: X-ray dorsolumbar spine AP/Lat'],
  ];
  for (const lines of cases)
    it(`reads the suspicion and its scenario in ${JSON.stringify(lines.join(' / '))}`, () => {
      assert.ok(suspected(...lines), 'a suspected infection or tumour');
      assert.equal(readNote(...lines).scenario, 'back-pain-infection-tumor');
    });

  const nearMisses: string[][] = [
    ['7 yo, h/o ALL in remission. Back pain 5 days.', 'I do not think this represents relapse.', 'XR L-spine'],
    ['7 yo, h/o acute lymphoblastic leukosis, in remission. Back pain 5 days.', 'Relapse unlikely.', 'XR L-spine'],
    ['10 yo, back pain 3 wk. Father on TB treatment.', 'XR L-spine'],
    ['Garçon de 10 ans. ATCD: contage tuberculeux (grand-père).', 'Lombalgies depuis 3 semaines.', 'Bilan: Rx rachis lombaire'],
    ['10 yo fell off bike, back pain. To exclude fracture.', 'XR L-spine'],
    ['10 yo back pain 1 wk, dysuria. Rule out infection (UTI).', 'XR L-spine'],
    ['10 yo back pain 1 wk, cough. Exclude infection of the chest first.', 'XR L-spine'],
    ['10 yo back pain 1 wk. Mum worried about infection.', 'XR L-spine'],
    ['12 años, dolor lumbar 2 semanas. Neoplasia descartada.', 'Plan: Rx columna lumbar'],
    ['12 años, dolor lumbar 2 semanas, sin fiebre. Se descartó osteomielitis.', 'Plan: Rx columna lumbar'],
    ['3 mo F, sacral dimple.', 'ICD-10: Q82.6 sacral dimple ; D17.1 benign lipomatous neoplasm skin/subcut tissue of trunk', 'Order: US spine'],
  ];
  // Review r23 regressions: each reads as main did, no suspicion.
  nearMisses.push(
    ['3 mo F, sacral dimple. Admitted with bronchiolitis; CRP sent to rule out infection. ', 'Order: US spine'],
    ['2 mo M, sacral dimple, deep, 3 cm above anus. Fever; urine culture to exclude infection.', 'Order: US spine'],
    ['Lactante de 2 meses, fosita sacra profunda. Fiebre, descartar infección urinaria.', 'Plan: ecografía de columna'],
    ['Baby boy, 5 days old. Sacral dimple 3 mm, within 1.5 cm of anus, base seen. Febrile 38.2, septic screen and blood cultures to exclude infection.', 'Plan: US spine'],
    ['10 yo boy, back pain 3 weeks, afebrile. Neuro: normal.', 'UA sent to exclude infection.', 'Plan: XR L-spine'],
    ['10 yo, back pain 2 wk. Neuro normal. Sore throat; throat swab to rule out infection (strep).', 'Plan: XR L-spine'],
    ['10 yo, back pain 2 wk, afebrile. Neuro normal.', 'Hipótesis: lumbalgia mecánica. Descartar infección urinaria.', 'Plan: Rx columna lumbar'],
    ['Niño de 10 años, dolor lumbar 3 semanas. Sin fiebre. Descartada osteomielitis por analítica normal.', 'Plan: Rx columna lumbar'],
    ['Niño de 10 años, dolor lumbar 2 semanas. Antecedente de osteomielitis de tibia a los 3 años, resuelta. Exploración neurológica normal.', 'Plan: Rx columna lumbar'],
    ['Lactante de 3 meses, fosita sacra. Descartar lipoma vs neoplasia.', 'Plan: ecografía de columna'],
    ['Niño de 10 años, dolor lumbar 3 semanas. Antecedente: se descartó osteomielitis vs neoplasia en 2022.', 'Plan: Rx columna lumbar'],
    ['14 yo, back pain 3 wk. Mother asked us to rule out infection; clinically no concern. Afebrile, CRP normal. Neuro normal.', 'Plan: XR L-spine'],
  );
  for (const lines of nearMisses) it(`reads no suspicion in ${JSON.stringify(lines.join(' / '))}`, () => assert.ok(!suspected(...lines)));

  it('reads a leukosis as a leukaemia history', () =>
    assert.ok(
      readNote('7 yo, h/o acute lymphoblastic leukosis, in remission. Back pain 5 days.', 'XR L-spine').facts.hits.some((h) => h.finding.id === 'malignancy' && h.present),
    ));
  it('reads no cancer history in a bovine leukosis', () => {
    const r = readNote('7 yo, bovine leukosis exposure on the family farm (cattle). Back pain 1 wk. Neuro normal.', 'Plan: XR L-spine');
    assert.ok(!r.facts.hits.some((h) => h.finding.id === 'malignancy' && h.present));
    assert.equal(r.scenario, 'back-pain-no-red-flags');
  });
  for (const lines of [['3 mo F, sacral dimple. Admitted with bronchiolitis; CRP sent to rule out infection. ', 'Order: US spine']])
    it(`keeps the infant's marker scenario in ${JSON.stringify(lines.join(' / '))}`, () => assert.equal(readNote(...lines).scenario, 's1-cutaneous-marker'));
  it('reads "Age: 18 sal" as 18 years, so no criteria apply', () => {
    const r = readNote('Age: 18 sal (per tazkira)', 'C/C: dard-e-kamar (low back pain) 1 month, after lifting heavy bags.', 'Adv: MRI LS spine plain.');
    assert.equal(r.scenario, 'no-criteria');
  });
});
