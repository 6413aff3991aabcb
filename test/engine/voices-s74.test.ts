/**
 * Set 74's readings (doctors trained in Spain, Portugal and Latin America writing clinical English with Spanish and
 * Portuguese templates), each with the look-alikes that must keep their old reading.
 */
import * as assert from 'node:assert/strict';
import { ageOf, orderOf, presentIn, readNote, traumaOf } from '../helpers';

describe('a dimple described in Spanish: within or above the cleft, its distance from the anus, its depth', () => {
  const dimple = (...lines: string[]) => readNote(...lines).facts.dimple;
  it('reads the cleft, the anal margin and the anus as the dimple’s place and distance', () => {
    const d = dimple(
      'Lactante varón de 3 meses.',
      'Exploración física: fosita sacra única de aprox 3 mm, dentro del pliegue interglúteo, a 1,5 cm del margen anal, se visualiza el fondo (no profunda).',
      'Plan: solicito ecografía de columna lumbosacra.',
    );
    assert.equal(d?.position, 'within-cleft');
    assert.equal(d?.distanceCm, 1.5);
    assert.equal(d?.deep, false);
    const e = dimple(
      'Lactante 10 meses.',
      'Examen físico: fosita sacra simple, 2 mm, en el pliegue interglúteo, a 1 cm del ano, fondo visible. Neuro: normal.',
      'Plan: solicito RM columna lumbosacra sin contraste.',
    );
    assert.equal(e?.position, 'within-cleft');
    assert.equal(e?.distanceCm, 1);
  });
  it('a simple dimple so described is told so; a deep one above the cleft needs no description', () => {
    const simple = readNote(
      'Lactante 1 año, sexo masculino',
      'Ex físico: fosita sacra 3 mm, en pliegue interglúteo, 1 cm del ano, no profunda (se ve fondo). Neuro normal.',
      'Solicito RM columna lumbosacra sin contraste.',
    );
    assert.ok(simple.rules.includes('simple-dimple'), simple.rules.join());
    const deep = readNote('Niño de 2 años.', 'Examen: fosita sacra profunda, por encima del pliegue interglúteo. Neuro normal.', 'Plan: RMN de columna completa sin contraste.');
    assert.equal(deep.facts.dimple?.deep, true);
    assert.equal(deep.facts.dimple?.position, 'above-cleft');
    assert.ok(!deep.rules.includes('dimple-undescribed'), deep.rules.join());
  });
  it('another finding’s distance from the anus, or another fold, is not the dimple’s', () => {
    const d = dimple('Niña de 2 años con fosita sacra de 3 mm. Fisura anal a 1 cm del ano.', 'Plan: Solicito ecografía de columna lumbosacra.');
    assert.equal(d?.distanceCm, undefined);
    const e = dimple('Niña de 2 años. Fosita sacra de 2 mm, en el pliegue inguinal derecho.', 'Plan: Solicito RM de columna lumbosacra sin contraste.');
    assert.equal(e?.position, undefined);
  });
  it('a hyperchromic patch (mancha hipercrómica) is a discoloration; a red patch stays what it was', () => {
    assert.ok(
      presentIn(
        'discoloration',
        'Lactente de 2 meses, feminino',
        'Exame físico: mancha hipercrômica na região lombossacra com fosseta sacral associada.',
        'Conduta: USG de coluna lombossacra.',
      ),
    );
    assert.ok(
      presentIn(
        'discoloration',
        'Lactante de 2 meses, sexo femenino.',
        'Examen: mancha hipercrómica en región lumbosacra. Neuro normal.',
        'Plan: solicito ecografía de columna lumbosacra.',
      ),
    );
    assert.ok(
      !presentIn(
        'discoloration',
        'Lactante de 2 meses, sexo femenino.',
        'Examen: sin mancha hipercrómica ni otros estigmas. Neuro normal.',
        'Plan: solicito ecografía de columna lumbosacra.',
      ),
    );
  });
});

describe('a Spanish or Portuguese order line: "Solicito:" as its key, "RM de columna" as the study', () => {
  it('orders the study under "Solicito:" and names it with "de" before the spine', () => {
    assert.equal(orderOf('Niño de 3 años, fosita sacra profunda.', 'Solicito: RM de columna lumbosacra sin contraste.'), 'mri-area-without');
    assert.equal(
      orderOf('Paciente: 5 meses, masc.', 'Examen: fosita sacra profunda, por encima del pliegue interglúteo.', 'Solicito: ecografía de médula espinal / columna lumbosacra.'),
      'us-area',
    );
    assert.equal(orderOf('Niño de 3 años, fosita sacra profunda.', 'Plan: Solicito RM de columna lumbosacra sin contraste.'), 'mri-area-without');
    assert.equal(orderOf('3 yo boy, deep sacral dimple.', 'Solicito: MRI lumbar spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf('Lactente 4 meses, fosseta sacral profunda.', 'Solicito: RM de coluna lombossacra sem contraste.'), 'mri-area-without');
  });
  it('another region’s study or a consult under the same key orders no spine study', () => {
    assert.equal(orderOf('Niño de 8 años. Dolor lumbar de 2 semanas. Sin fiebre.', 'Solicito: RM de rodilla derecha.'), 'none');
    assert.equal(orderOf('Niño de 8 años. Dolor lumbar de 2 semanas. Sin fiebre.', 'Solicito: interconsulta a traumatología.'), 'none');
    assert.equal(orderOf('Niño de 8 años. Dolor lumbar de 2 semanas. Sin fiebre. Eco abdominal normal.', 'Plan: TAC de cráneo.'), 'none');
  });
  it('a spinal ultrasound written "eco de columna" and told done is the prior study', () => {
    const r = readNote(
      'Lactante 10 meses, eco de columna lumbosacra realizada al mes de vida: normal.',
      'Examen físico: fosita sacra simple, 2 mm, en el pliegue interglúteo, a 1 cm del ano. Neuro: normal.',
      'Plan: solicito RM columna lumbosacra sin contraste.',
    );
    assert.ok(r.rules.includes('imaging-after-normal-ultrasound'), r.rules.join());
  });
  it('"simple y contrastada" is the study without and with contrast', () => {
    assert.equal(orderOf('Lactante 7 meses, mancha hipercrómica lumbosacra.', 'Plan: RM columna lumbosacra simple y contrastada.'), 'mri-area-without-and-with');
  });
});

describe('a Spanish template’s keys and words for the child', () => {
  it('"MC:" (motivo de consulta) is the complaint, read', () => {
    assert.ok(presentIn('back-pain', 'Niña de 9 años.', 'MC: dolor lumbar de 6 semanas que le despierta. Sin fiebre.', 'Plan: Rx columna lumbar.'));
    assert.ok(presentIn('night-pain', 'Niña de 9 años.', 'MC: dolor lumbar de 6 semanas que le despierta. Sin fiebre.', 'Plan: Rx columna lumbar.'));
    assert.ok(!presentIn('back-pain', 'Niña de 9 años.', 'MC: control de niño sano.', 'Plan: nada.'));
  });
  it('"MC:", "EA:", "Ex:" and the Portuguese "Pele:" are known keys, no unknown-key', () => {
    const r = readNote('Niña de 9 años.', 'MC: dolor lumbar de 6 semanas.', 'EA: empeora de noche.', 'Ex: dolor a la palpación lumbar, neuro normal.', 'Plan: Rx columna lumbar.');
    assert.ok(!r.rules.includes('unknown-key'), r.rules.join());
    const p = readNote('Lactente 3 meses, feminino', 'Pele: fosseta sacral profunda.', 'Conduta: solicito USG de coluna lombossacra.');
    assert.ok(!p.rules.includes('unknown-key'), p.rules.join());
  });
  it('reads the age after escolar, preescolar, beba, rapariga and "lactante mayor"', () => {
    assert.equal(ageOf('Escolar 10 años, dolor lumbar de 5 días. Sin fiebre.', 'Plan: analgesia.'), 120);
    assert.equal(ageOf('Preescolar de 3 años.', 'MC: pie cavo izquierdo progresivo desde hace 4 meses.', 'Plan: RMN de columna completa sin contraste.'), 36);
    assert.equal(ageOf('Beba de 6 meses. Control.', 'Examen: hemangioma de 1 cm en región sacra.', 'Pedido: RMN columna lumbosacra sin contraste.'), 6);
    assert.equal(ageOf('Rapariga de 11 anos referenciada do rastreio escolar por escoliose. Assintomática, sem dor.', 'Pedido: telerradiografia de coluna total.'), 132);
    assert.equal(ageOf('Lactante mayor 2 años, caída por escalera (~10 peldaños).', 'Plan: TAC columna cervical.'), 24);
  });
  it('a pain since school age is no age', () => {
    assert.equal(ageOf('Dolor lumbar desde la edad escolar, hace 4 años. Sin fiebre.', 'Plan: reposo relativo.'), undefined);
  });
});

describe('Spanish and Portuguese words for a suspected tumour, radiating pain, overuse and the injury', () => {
  it('a dermal sinus (seno dérmico), a metastasis or an osteoid osteoma to rule out', () => {
    assert.ok(
      presentIn(
        'dermal-sinus',
        'Lactante de 9 meses, masculino.',
        'Examen: seno dérmico en línea media lumbar, sin secreción. Neurológico normal.',
        'Plan: TAC de columna lumbar.',
      ),
    );
    assert.ok(
      !presentIn('dermal-sinus', 'Lactante de 9 meses, masculino.', 'Examen: sin seno dérmico, sin estigmas cutáneos. Neurológico normal.', 'Plan: TAC de columna lumbar.'),
    );
    assert.ok(
      presentIn(
        'suspected-infection-tumor',
        'Paciente 10 años, osteosarcoma tratado.',
        'Consulta por dolor lumbar de 10 días. Sin fiebre.',
        'Diagnóstico: d/c metástasis vertebral',
        'Solicito TC columna dorsal con contraste.',
      ),
    );
    assert.ok(
      presentIn(
        'suspected-infection-tumor',
        'Niño 9 años. Dolor lumbar de 3 semanas, le despierta.',
        'Juicio clínico: sospecha de osteoma osteoide',
        'Solicito TAC de columna lumbar.',
      ),
    );
  });
  it('pain that radiates (irradiado a, se irradia) is radicular; an irradiated field is not', () => {
    assert.ok(
      presentIn('radicular-pain', 'Varón de 17 años. Dolor lumbar de 2 semanas, irradiado a glúteo y pierna derecha. Sin fiebre.', 'Solicito RM de columna lumbosacra simple.'),
    );
    assert.ok(presentIn('radicular-pain', 'Paciente 13 años, mujer', 'MC: dolor lumbar que se irradia por la pierna izquierda, 2 semanas.', 'Solicito Rx columna lumbosacra.'));
    assert.ok(
      !presentIn(
        'radicular-pain',
        'Niño de 14 años, osteosarcoma tratado, radioterapia. Zona irradiada sin cambios. Dolor lumbar 1 semana. Sin fiebre.',
        'Plan: Rx columna lumbar.',
      ),
    );
  });
  it('pain after lifting boxes, a heavy backpack or more training is overuse', () => {
    assert.ok(presentIn('overuse', 'Paciente de 17 años. Dolor lumbar de 3 días tras cargar cajas pesadas en una mudanza. Sin fiebre.', 'Solicito RMN lumbar.'));
    assert.ok(presentIn('overuse', 'Escolar 10 años, dolor lumbar de 5 días, relaciona con mochila muy pesada. Sin fiebre.', 'Plan: analgesia.'));
    assert.ok(
      presentIn(
        'overuse',
        'Adolescente 16 anos, jogadora de vôlei.',
        'Lombalgia há 1 semana após aumento de treinos. Sem febre.',
        'Solicito cintilografia óssea de corpo inteiro.',
      ),
    );
  });
  it('a car crash, a fall down the stairs and an accident at school; a fall from bed', () => {
    assert.equal(
      traumaOf(
        'Varón 12 años, pasajero en asiento trasero, choque automovilístico a ~60 km/h.',
        'Dolor lumbar, dolor a la palpación de L1.',
        'Plan: TC de columna toracolumbar simple.',
      ),
      'significant',
    );
    assert.equal(traumaOf('Lactante mayor 2 años, caída por escalera (~10 peldaños). Irritable.', 'Solicito TC columna cervical.'), 'significant');
    assert.equal(traumaOf('Niño de 6 años. Tuvo un accidente en el colegio ayer, nadie sabe qué pasó. Dolor lumbar.', 'Solicito Rx de columna lumbar.'), 'unclear');
    assert.equal(traumaOf('Niño de 8 años, accidente de tránsito ayer, dolor lumbar.', 'Plan: Rx columna lumbar.'), 'significant');
  });
});

describe('set 74: new wetting, a leukaemia in Spanish, an infected sinus, a fall off the sofa', () => {
  it('wetting again after toilet training is a urologic symptom; denied, none', () => {
    const r = readNote(
      'Paciente de 3 años, femenino.',
      'Motivo de consulta: desde hace 3 semanas se vuelve a orinar en el día, ya controlaba esfínteres.',
      'PE: hemangioma lumbar en línea media 2 x 2 cm. Neuro normal.',
      'Solicito ecografía de columna lumbosacra.',
    );
    assert.ok(r.rules.includes('escalation-referral'), r.rules.join());
    const n = readNote(
      'Paciente de 3 años, femenino.',
      'Motivo de consulta: hemangioma lumbar. No se vuelve a orinar, controla esfínteres.',
      'PE: hemangioma lumbar en línea media 2 x 2 cm. Neuro normal.',
      'Solicito ecografía de columna lumbosacra.',
    );
    assert.ok(!n.rules.includes('escalation-referral'), n.rules.join());
  });
  it('LLA (leucemia linfoblástica aguda) with a word of its care is a malignancy; an infiltration or an abscess to rule out a suspicion', () => {
    const r = readNote(
      'Paciente de 6 años con LLA en fase de mantenimiento.',
      'Consulta por dolor lumbar de 1 semana. Afebril.',
      'Solicito Rx de columna completa para d/c infiltración leucémica.',
    );
    assert.equal(r.scenario, 'back-pain-infection-tumor');
    assert.ok(presentIn('malignancy', 'Paciente de 6 años con LLA en fase de mantenimiento. Dolor lumbar.', 'Plan: Rx columna lumbar.'));
    assert.ok(
      presentIn(
        'suspected-infection-tumor',
        'Lactante 15 meses.',
        'Impresión: seno dérmico infectado, d/c absceso intraespinal',
        'Plan: RM columna lumbosacra con y sin contraste.',
      ),
    );
  });
  it('a Portuguese "Pele:" line is the skin exam, read', () => {
    assert.ok(
      presentIn(
        'sacral-dimple',
        'Lactente 3 meses, feminino',
        'Pele: fosseta sacral profunda acima da prega glútea.',
        'Exame neurológico normal.',
        'Conduta: solicito USG de coluna lombossacra.',
      ),
    );
  });
  it('a fall off the sofa, written "fell of", is trivial', () => {
    assert.equal(traumaOf('4 yo boy fell of the sofa this morning, cried and then played normally. Exam normal.', 'Plan: reassurance.'), 'trivial');
    assert.equal(traumaOf('Criança de 4 anos, caiu do sofá hoje, chorou e depois voltou a brincar normal. Sem dor. Exame normal.', 'Orientações à mãe.'), 'trivial');
  });
});

describe('neurosurgery’s own note headed with the visit’s date', () => {
  const referred = (first: string) => readNote(first, '11 mo boy. US: lipoma of filum.', 'Plan: MRI L-spine w/o contrast.').facts.referral.neurosurgery;
  it('a heading closed by a date is the note’s heading still', () => {
    assert.equal(referred('NEUROCIRUGÍA PEDIÁTRICA - Consulta externa 22/05/2025'), true);
    assert.equal(referred('Pediatric neurosurgery - outpatient 22/05/2025'), true);
    assert.equal(referred('Neurosurgery clinic 2026-03-12'), true);
  });
  it('a line telling a visit, a service missing or another clinic is no heading', () => {
    assert.equal(referred('Seen in neurosurgery clinic 22/05/2024'), false);
    assert.equal(referred('No neurosurgery clinic available 22/05/2025'), false);
    assert.equal(referred('Pediatrics clinic 22/05/2025'), false);
  });
});

describe('a Spanish note’s relatives (madre, padre, hermano, hermana): what they have is theirs', () => {
  it('a relative’s fever, leukaemia or radiating pain is no finding of the child', () => {
    assert.ok(!presentIn('fever', 'Niño de 10 años, dolor lumbar de 2 semanas. Su madre tiene fiebre.', 'Plan: Rx columna lumbar.'));
    assert.ok(!presentIn('malignancy', 'Niño de 10 años, dolor lumbar de 2 semanas. Sin fiebre. Hermano con LLA.', 'Plan: Rx columna lumbar.'));
    assert.ok(
      !presentIn('radicular-pain', 'Niño de 10 años. Dolor lumbar de 2 semanas. Sin fiebre. Su padre tiene escoliosis y dolor irradiado a la pierna.', 'Plan: Rx columna lumbar.'),
    );
  });
  it('the mother telling of the child’s dimple still tells the child’s', () => {
    assert.ok(
      presentIn(
        'sacral-dimple',
        "Motivo de consulta: madre refiere 'hoyito' en la zona sacra desde el nacimiento",
        'Lactante varón de 3 meses.',
        'Plan: solicito ecografía de columna lumbosacra.',
      ),
    );
  });
  it('getting out of bed with pain is no injury; a base not seen is a deep dimple', () => {
    assert.equal(traumaOf('Niño de 10 años, dolor lumbar de 2 semanas, no se levanta de la cama por el dolor. Sin fiebre.', 'Plan: Rx columna lumbar.'), 'none');
    assert.equal(readNote('Lactante de 2 meses. Fosita sacra. No se ve el fondo.', 'Plan: Solicito ecografía de columna lumbosacra.').facts.dimple?.deep, true);
  });
});

describe('look-alikes an adversarial review found (s74, mend r45-5)', () => {
  const PAIN = 'Niño de 12 años. Dolor lumbar de 3 semanas.';
  it("a grandmother's, an aunt's, a cousin's finding is theirs", () => {
    assert.ok(!presentIn('malignancy', PAIN, 'Abuela con metástasis vertebrales.', 'Solicito: RM de columna lumbar'));
    assert.ok(!presentIn('malignancy', PAIN, 'Tía con LLA.', 'Solicito: RM de columna lumbar'));
    assert.ok(!presentIn('dermal-sinus', 'Lactante de 4 meses', 'Primo con seno dérmico. Exploración normal.', 'Solicito: eco de columna'));
    assert.ok(!presentIn('malignancy', 'Menino de 12 anos. Dor lombar há 3 semanas.', 'Tia com LLA.', 'Solicito: RM de coluna lombar'));
    assert.ok(presentIn('malignancy', PAIN, 'Paciente con LLA en fase de mantenimiento.', 'Solicito: RM de columna lumbar'));
  });
  it('a patch on a limb is no spinal marker', () => {
    assert.ok(!presentIn('discoloration', 'Lactante de 4 meses', 'mancha hipercrómica en muslo derecho', 'Solicito: eco de columna'));
    assert.ok(!presentIn('discoloration', 'Lactente de 4 meses, menino', 'Pele: mancha hipercrômica no braço.', 'Solicito: eco de coluna'));
    assert.ok(presentIn('discoloration', 'Lactante de 4 meses', 'mancha hipercrómica en región lumbosacra', 'Solicito: eco de columna'));
  });
  it("a mother's pain after carrying the baby is no overuse of the child", () => {
    assert.equal(
      readNote('Niño de 14 años, dolor lumbar de 2 semanas.', 'Su madre refiere dolor tras cargar al bebé.', 'Solicito: Rx de columna lumbar').scenario,
      'back-pain-no-red-flags',
    );
  });
});

describe('"Solicito:" read as the plan it is: never on a condition, a question, done, cancelled or another’s (r45 mend)', () => {
  const PAIN = ['12 yo M, dolor lumbar 3 semanas, sin signos de alarma. Exploración neurológica normal.'];
  it('a study left for a condition is no order, as under "Plan:"', () => {
    assert.equal(orderOf(...PAIN, 'Solicito: RM de columna lumbar si persiste el dolor.'), 'none');
    assert.equal(orderOf(...PAIN, 'Solicito: RM de columna lumbar si empeora.'), 'none');
    assert.equal(orderOf(...PAIN, 'Solicito: RM de columna lumbar en caso de persistir el dolor.'), 'none');
    assert.equal(orderOf(...PAIN, 'Solicito: valoración por traumatología. RM de columna si persiste.'), 'none');
    assert.equal(orderOf(...PAIN, 'Plan: RM de columna lumbar si persiste el dolor.'), 'none');
  });
  it('a question, a study only to be weighed later, done, cancelled or another team’s the writer disagrees with', () => {
    assert.equal(orderOf(...PAIN, '¿Solicito RM de columna? Lo discuto con adjunto.'), 'none');
    assert.equal(orderOf(...PAIN, 'Solicito: fisioterapia. Valorar RM de columna lumbar en control.'), 'none');
    assert.equal(orderOf(...PAIN, 'Solicito: analítica. RM de columna ya realizada, normal.'), 'none');
    assert.equal(orderOf(...PAIN, 'Solicito: RM de columna lumbar — anulada por padres.'), 'none');
    assert.equal(orderOf(...PAIN, 'Se solicita: RM de columna lumbar (solicitada por traumatología, no indicada por nuestra parte).'), 'none');
  });
  it('still orders the study it names outright', () => {
    assert.equal(orderOf(...PAIN, 'Solicito: RM de columna lumbar.'), 'mri-area-without');
    assert.equal(orderOf(...PAIN, 'Se solicita: RM de columna lumbar.'), 'mri-area-without');
    assert.equal(orderOf(...PAIN, 'Solicito RM de columna lumbar. Lo discuto con adjunto.'), 'mri-area-without');
    assert.equal(orderOf(...PAIN, 'Solicito: RM do joelho.'), 'none');
  });
});

describe('a heading asked, not told: no referral (r45 mend)', () => {
  it('"Neurosurgery clinic? 22/05/2025" is a question, not neurosurgery’s own note', () => {
    const referred = (first: string) => readNote(first, '11 mo boy. US: lipoma of filum.', 'Plan: MRI L-spine w/o contrast.').facts.referral.neurosurgery;
    assert.equal(referred('Neurosurgery clinic? 22/05/2025'), false);
    assert.equal(referred('Neurosurgery clinic 22/05/2025'), true);
  });
});

describe('Spanish study words after the round’s review: another part’s study, the study’s purpose (r45 mend 7)', () => {
  it('"TC/RM de" another part, told normal, is no prior spine study', () => {
    const prior = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => p.modality);
    assert.deepEqual(prior('Niño de 10 años. TC de cráneo normal tras caída.', 'Dolor cervical.', 'Solicito: TC de columna cervical.'), []);
    assert.deepEqual(prior('Niño de 10 años. RM de rodilla normal.', 'Dolor lumbar.', 'Solicito: RM de columna lumbar.'), []);
    assert.deepEqual(prior('Niño de 10 años. TC de columna cervical normal tras caída.', 'Solicito: RM de columna cervical.'), ['CT']);
    assert.equal(orderOf('Niño de 10 años. TC de cráneo normal tras caída.', 'Dolor cervical.', 'Solicito: TC de columna cervical.'), 'ct-area-without');
  });
  it('"para valorar" is what the study is for, not a study only weighed', () => {
    assert.equal(orderOf('Niño de 12 años, dolor lumbar, debilidad en piernas.', 'Solicito: RM de columna completa para valorar compresión medular.'), 'mri-complete-without');
    assert.equal(orderOf('Niño de 12 años, dolor lumbar.', 'Solicito: fisioterapia. Valorar RM de columna lumbar en control.'), 'none');
  });
});
