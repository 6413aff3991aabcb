/**
 * Notes written in Portuguese, or switching between Portuguese and English, as Brazilian- and Portugal-trained clinicians
 * write them (clinical/language.ts, the `portuguese` table of server/knowledge/language-vocabulary.json): read through a
 * view of the same length in typed English; a Spanish note stays Spanish and an English note is never read differently.
 */
import * as assert from 'node:assert/strict';
import { languageView, tablesCuedIn } from '../../server/src/clinical/language';
import { readNote } from '../helpers';

const hit = (text: string, id: string, present: boolean) => readNote(text).facts.hits.some((h) => h.finding.id === id && h.present === present);
const present = (text: string, id: string) => hit(text, id, true);
const absent = (text: string, id: string) => hit(text, id, false) && !hit(text, id, true);
const age = (text: string) => readNote(text).facts.age?.months;
const order = (text: string) => readNote(text).facts.order?.reading.procedure?.id;
const neuro = (text: string) => readNote(text).facts.neuro.state;
const trauma = (text: string) => readNote(text).facts.trauma.significance;
const referral = (text: string) => readNote(text).facts.referral.neurosurgery;

describe('notes in Portuguese and Portuguese-English (Brazil, Portugal)', () => {
  it('keeps every offset', () => {
    const text = 'Masc, 15a. Lombalgia há 6 semanas. Nega febre.\nSolicito RM coluna lombar sem contraste.';
    const view = languageView(text);
    assert.notEqual(view, text);
    assert.equal(view.length, text.length);
    assert.equal(view.indexOf('\n'), text.indexOf('\n'));
  });

  it('reads ages told beside a word of sex or of the child, in years or months', () => {
    for (const [text, months] of [
      ['Fem, 14a, bailarina. Lombalgia. Nega febre. Solicito RX coluna lombar.', 168],
      ['Masc, 15a. Dor lombar intensa. Sem déficit. Solicito TC de coluna toracolombar.', 180],
      ['6a masc. Dor nas costas. Sem febre. Pedido: RX coluna lombar', 72],
      ['Adolescente 17a, masc. Febre e lombalgia. Solicito RM de coluna total.', 204],
      ['Menino de 9 anos com dor lombar, nega febre. Exame neuro normal.', 108],
      ['Lactente 5m, masc. Lipoma lombossacro. Solicito RM coluna lombossacra.', 5],
      ['Lactente, 3 meses, masc. Fosseta sacral. Conduta: USG de coluna lombossacra', 3],
    ] as const)
      assert.equal(age(text), months, text);
  });

  it('near-misses: "a" is no year unless beside a word of sex or of the child; "há 2 anos" is ago', () => {
    assert.equal(age('Paciente com dor lombar tipo A, nega febre. Exame neuro sem alterações. Pedido: RX coluna lombar'), undefined);
    assert.equal(age('Dor lombar há 2 anos, nega febre, coluna sem alterações. 14a.'), undefined);
    assert.match(languageView('Masc 12a. Fratura de punho há 2 anos. Nega febre. Dor lombar.'), /2 yrs ago/);
  });

  it('reads complaints, negations, exam, markers and trauma', () => {
    const pain = 'Fem, 14a. Lombalgia há 6 semanas. Nega febre, nega dor noturna. Sem irradiação.\nEF: Neuro normal.\nSolicito RX coluna lombar';
    assert.ok(present(pain, 'back-pain'));
    assert.ok(absent(pain, 'fever'));
    assert.ok(absent(pain, 'night-pain'));
    assert.ok(absent(pain, 'radicular-pain'));
    assert.equal(neuro(pain), 'normal');
    assert.equal(order(pain), 'xr-area');
    assert.equal(neuro('Masc, 16a. Dor lombar, nega febre. Força grau 5 global, reflexos simétricos, sensibilidade preservada.'), 'normal');
    assert.equal(neuro('Fem 8a. Dor nas costas, sem febre. Neuro sem déficits.'), 'normal');
    assert.ok(present('Lactente 4 meses, fem. Fosseta sacral 4 mm, fundo visível. Exame neuro normal.', 'sacral-dimple'));
    assert.ok(present('7m F. Mãe refere tufo de pelos na região lombar desde o nascimento. Exame normal.', 'hair-tuft'));
    assert.equal(trauma('Masc, 15a. Queda do telhado (~3 m) há 2 h, caiu de costas. Dor toracolombar intensa.'), 'significant');
    // A knock while playing, told yesterday ('ontem', read as 'yday'), after which the child played on, is trivial; a fall from
    // a roof yesterday is not.
    const knock =
      '6a masc. Bateu as costas na quina da mesa ontem brincando com o irmão, chorou um pouco e voltou a brincar normalmente. Hoje refere dor leve na lombar. Sem febre.';
    assert.equal(trauma(knock), 'trivial');
    assert.equal(trauma('6a masc. Queda do telhado ontem, caiu de costas. Dor lombar. Sem febre.'), 'significant');
  });

  it('reads orders with their study, region and contrast', () => {
    assert.equal(order('Masc, 16a. Dor lombar, nega febre.\nSolicito RM coluna lombar sem contraste'), 'mri-area-without');
    assert.equal(order('Masc, 15a. Queda do telhado, dor lombar.\nSolicito TC de coluna toracolombar sem contraste.'), 'ct-area-without');
    assert.equal(order('Adolescente 17a, masc. Febre há 3 semanas, lombalgia.\nSolicito RM de coluna total sem e com contraste (gadolínio)'), 'mri-complete-without-and-with');
    assert.equal(order('Lactente, 3 meses, masc. Fosseta sacral profunda, sem pelos.\nConduta: USG de coluna lombossacra'), 'us-area');
  });

  it('near-misses: a conditional study or referral is none made, a mother\'s pain is hers, "nega" negates only its list', () => {
    assert.equal(order('Fem 14a. Dor lombar há 1 semana, nega febre. Exame normal. Se piorar, RM coluna lombar.'), undefined);
    assert.equal(order('Masc 10a. Dor lombar, sem febre. RM não realizada.'), undefined);
    assert.equal(neuro('Fem 14a. Dor lombar, nega febre. Neuro não examinado. Pedido: RX coluna lombar'), 'unknown');
    assert.equal(referral('Lactente 5m, masc. Lipoma lombossacro. Solicito RM coluna lombossacra sem contraste. Se confirmar, encaminhar à neurocirurgia.'), false);
    const mother = 'Menino de 10 anos, sem queixas de dor. Mãe tem lombalgia. Nega febre. Exame neuro normal.';
    assert.ok(!present(mother, 'back-pain'));
    const list = 'Fem, 13a. Nega febre. Lombalgia com perda de peso. Exame neuro normal.';
    assert.ok(absent(list, 'fever'));
    assert.ok(present(list, 'weight-loss'));
  });

  it('near-misses: a Spanish note stays Spanish, an English note with one or two Portuguese words is not rewritten', () => {
    const es = 'Niño de 8 años, dolor de espalda desde hace 3 semanas, sin fiebre, bajó de peso. Se solicita resonancia de columna lumbar sin contraste.';
    assert.match(languageView(es), /back pain/);
    assert.match(languageView(es), /\bMRI\b/);
    assert.equal(age(es), 96);
    const es2 = 'Paciente masc 12 años, dolor lumbar, refiere que no tiene fiebre. Solicito RMN columna lumbar con contraste.';
    assert.match(languageView(es2), /ordering MRI/);
    for (const text of [
      '12 yo boy with back pain, mom says dor. No fever. MRI lumbar spine w/o contrast.',
      'Lactente 3 months, feminine sex. Referred to neurosurgery (neurocirurgia). Requested: RM (MRI) of the lumbosacral spine.',
      'Tipo A fracture? 14 yo, no fever; em dash - lumbar XR.',
    ]) {
      assert.equal(languageView(text), text, text);
    }
    assert.equal(tablesCuedIn('Lombalgia').portuguese, true);
  });

  it('reads the review probes: declined studies, ordinals, "refere", "mas", gadolínio, night pain', () => {
    const tuft = 'Paciente: Masc, 3m\nEF: tufo de pelos lombossacro\nConduta: ';
    assert.equal(order(tuft + 'Não solicito RM no momento. Solicito USG de coluna lombossacra.'), 'us-area');
    assert.equal(order(tuft + 'Solicito RM coluna lombar no momento.'), 'mri-area-without');
    assert.equal(age('Paciente: Fem, 3a série\nHDA: dor lombar há 2 dias, nega febre.\nPedido: RX coluna lombar'), undefined);
    assert.equal(age('Paciente: Masc, 2a consulta\nHDA: lombalgia há 3 dias, nega febre. Criança de 9 anos.\nPedido: RX coluna lombar'), 108);
    assert.equal(age('Paciente: Fem, 3a\nHDA: dor lombar há 2 dias, nega febre.\nPedido: RX coluna lombar'), 36);
    const pain = 'Paciente: Fem, 11a\nHDA: Lombalgia há 2 dias. ';
    assert.ok(present(pain + 'Nega febre, refere dor noturna.\nPedido: RM coluna lombar', 'night-pain'));
    assert.ok(present(pain + 'Sem febre, perda de peso mas dor noturna que acorda.\nPedido: RM coluna lombar', 'night-pain'));
    assert.ok(absent(pain + 'Nega febre e dor noturna.\nPedido: RM coluna lombar', 'night-pain'));
    assert.ok(present(pain + 'Dor que piora à noite. Nega febre.\nPedido: RM coluna lombar', 'night-pain'));
    const gad = 'Paciente: Masc, 6m\nEF: hipertricose lombossacra\nConduta: Solicito RM de coluna lombar ';
    assert.equal(order(gad + 'sem e com gadolínio'), 'mri-area-without-and-with');
    assert.equal(order(gad + 'com gadolínio'), 'mri-area-with');
    assert.equal(order(gad + 'sem gadolínio'), 'mri-area-without');
  });

  it('leaves an English note naming people Uma, Menino or Costas in English', () => {
    for (const text of [
      'Pt: Uma Menino, 8 yo F. Referred by Dr. Costas.\nHPI: LBP x 3 days after gymnastics. No fever.\nExam: neuro NA\nRx: ibuprofen',
      'Pt: Uma Menino, 3 mo F. PCP Dr. Costas.\nExam: sacral dimple, deep, base not seen. Neuro exam: NA.\nPlan: US L-spine. Do not refer to NSGY unless abnormal.',
      'Pt: Uma Costas, 12 yo F\nHPI: LBP x 2 wks. Mom via interpreter says "dor nas costas" at night.\nExam: neuro intact\nOrder: XR L-spine',
    ])
      assert.equal(languageView(text), text, text);
  });
});
