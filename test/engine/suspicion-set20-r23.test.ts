/**
 * Set-20 suspicions (r23): an infection or a tumour told as the writer's hypothesis, in any language, is the
 * suspected infection-or-tumour scenario: a hypothesis key ("Hypothèse: mal de Pott", "Hipótesis:", "Sospecha:"),
 * Spanish "descartar osteomielitis vs. neoplasia", "to exclude infection", a neoplasm asked about ("r/o neoplasm",
 * "… vs. neoplasia"), a relapse to exclude after a leukaemia told as "leukosis". A chief complaint keyed "C/C:" is the
 * presenting complaint, and "dard-e-kamar" (Dari, Urdu: back pain) back pain. Near misses: a relapse doubted, a
 * relative's TB, a fracture to exclude, an infection of another organ to exclude, a suspicion ruled out ("Neoplasia
 * descartada", "Se descartó osteomielitis"), a benign neoplasm's code.
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
    ['Pcte femenina de 12 años. dolor lumbar de 6 semanas, fiebre.', 'IDx: 1. Lumbalgia  2. Descartar osteomielitis vs. neoplasia', 'Plan: RMN de columna completa.'],
    ['Niño de 11 años, dolor lumbar y fiebre.', 'Sospecha: absceso epidural', 'Plan: RMN columna lumbar'],
    [
      'Child 7 years. In anamnesis acute lymphoblastic leukosis (OLL), remission.',
      'Complaints: pains in the back during 5 days.',
      'To exclude relapse of the illness. Osteoscintigraphy of the skeleton (whole body) is appointed.',
    ],
    ['12 yo girl, back pain 2 weeks, fever at night.', 'I think better to exclude infection first.', 'I suggest MRI.'],
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
  for (const lines of nearMisses) it(`reads no suspicion in ${JSON.stringify(lines.join(' / '))}`, () => assert.ok(!suspected(...lines)));

  it('reads a leukosis as a leukaemia history', () =>
    assert.ok(
      readNote('7 yo, h/o acute lymphoblastic leukosis, in remission. Back pain 5 days.', 'XR L-spine').facts.hits.some((h) => h.finding.id === 'malignancy' && h.present),
    ));
  it('reads "Age: 18 sal" as 18 years, so no criteria apply', () => {
    const r = readNote('Age: 18 sal (per tazkira)', 'C/C: dard-e-kamar (low back pain) 1 month, after lifting heavy bags.', 'Adv: MRI LS spine plain.');
    assert.equal(r.scenario, 'no-criteria');
  });
});
