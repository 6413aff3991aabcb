/**
 * Round 58 (fix58pt): notes by doctors trained in Angola and Mozambique, wholly or partly in Portuguese, and an English
 * note by a francophone writer. All but one reading is data the existing readers already read: the Portuguese table
 * (server/knowledge/language-vocabulary.json `portuguese`: "CD:" for Conduta, "mielo-TC", "coluna completa", "magoou as
 * costas", "não profunda", "ânus", "o irmão", "diz que"), the CT myelography spelling "myelo CT" (order-vocabulary
 * modalities), the French and Portuguese word for the paediatrician ordering now (order-vocabulary
 * prose.clinicianOrdersNow), a form's name key in Portuguese, French and Spanish (age-vocabulary patientKeys) and the
 * words "moça" and "rapaz" for a young patient (age-vocabulary beforeAge.person), read only where they open their sentence
 * (beforeAge.openingOnly: age-fact.ts youngPersonInApposition).
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote, traumaOf } from '../helpers';

const ageOf = (...lines: string[]) => readNote(...lines).facts.age?.months;

describe('fix58pt: Angolan- and Mozambican-trained writers', () => {
  describe('"CD:" (Conduta) heads the plan in a Portuguese note', () => {
    const infant = 'Lactente de 6 meses, sexo masc. EF: tufo piloso lombar, linha média. Exame neurológico sem alterações.';
    it('the study under it is the order', () => {
      assert.equal(orderOf(infant, 'CD: RM coluna lombar sem contraste.'), 'mri-area-without');
    });
    it('a study under it on a condition orders nothing', () => {
      assert.equal(orderOf(infant, 'CD: RM coluna lombar se a ecografia for alterada.'), 'none');
    });
    it('advice and a review under it order nothing', () => {
      assert.equal(orderOf(infant, 'CD: orientações à mãe, retorno em 1 mês.'), 'none');
    });
    it('a study done before, with its result, is no order', () => {
      assert.equal(
        orderOf('Menina de 12 anos. Lombalgia há 3 semanas, nega febre. Exame neurológico normal.', 'CD: RM coluna lombar realizada em 10/2026, normal. Fisioterapia.'),
        'none',
      );
    });
    it('an English note keeps "CD:" unread', () => {
      assert.equal(orderOf('Infant 5 mo M. Hair tuft over L5. Neuro normal.', 'CD: MRI lumbar spine w/o contrast.'), 'none');
    });
  });

  describe('a Portuguese myelo-CT of the whole spine', () => {
    const teen = 'Paciente: 14 anos, M\nHDA: lombalgia com irradiação para a perna há 3 semanas.\nExame neurológico normal.';
    it('"mielo-TC da coluna completa" is CT myelography of the complete spine', () => {
      assert.equal(orderOf(teen, 'Pedido: mielo-TC da coluna completa.'), 'ct-myelography-complete');
    });
    it('"mielo-TC da coluna lombar" is CT myelography of an area', () => {
      assert.equal(orderOf(teen, 'Pedido: mielo-TC da coluna lombar.'), 'ct-myelography-area');
    });
    it('a myelo-CT "não indicada" gives way to the MRI after it', () => {
      assert.equal(orderOf(teen, 'Pedido: mielo-TC não indicada; RM coluna lombar sem contraste.'), 'mri-area-without');
    });
    it('the English "myelo-CT" is CT myelography, not a plain CT', () => {
      assert.equal(orderOf('14 yo M. LBP radiating to L leg x 3 wk. Neuro normal. MRI contraindicated (pacemaker).', 'Order: myelo-CT lumbar spine.'), 'ct-myelography-area');
    });
    it('a myelo-CT done before is no order', () => {
      assert.equal(orderOf('14 yo M. LBP radiating to L leg x 3 wk. Neuro normal. Myelo-CT done 2025: normal.', 'Order: MRI lumbar spine w/o contrast.'), 'mri-area-without');
    });
  });

  describe('"magoou as costas" (hurt his back) is an injury whose mechanism is not told', () => {
    const rest = 'Dor lombar há 5 dias, nega febre. Exame neurológico normal.\nPedido: Rx coluna lombar.';
    it("the child's own is read, unclear", () => {
      assert.equal(traumaOf('Rapaz de 12 anos. Magoou as costas há uma semana, não sabe explicar como.', rest), 'unclear');
    });
    it('"machucou as costas" (Brazil) too', () => {
      assert.equal(traumaOf('Menino de 12 anos. Machucou as costas ontem.', rest), 'unclear');
    });
    it('a fall from a roof told with it is significant', () => {
      assert.equal(traumaOf('Menino de 10 anos. Magoou as costas ao cair do telhado ontem.', rest), 'significant');
    });
    it('back to playing normally after it is trivial', () => {
      assert.equal(traumaOf('Menino de 10 anos. Magoou as costas ontem a jogar, voltou a brincar normalmente.', rest), 'trivial');
    });
    it('denied, it is no injury', () => {
      assert.equal(traumaOf('Menino de 10 anos. Não magoou as costas.', rest), 'none');
    });
    it("a brother's or a sister's is theirs", () => {
      assert.equal(traumaOf('Menino de 10 anos. O irmão magoou as costas na semana passada.', rest), 'none');
      assert.equal(traumaOf('Menina de 10 anos. A irmã magoou as costas ontem.', rest), 'none');
      assert.equal(traumaOf('Menino de 10 anos. O irmão caiu do telhado.', rest), 'none');
    });
    it("a mother's or a father's is theirs", () => {
      assert.equal(traumaOf('Menino de 10 anos. A mãe magoou as costas no trabalho.', rest), 'none');
      assert.equal(traumaOf('Menino de 10 anos. O pai magoou as costas.', rest), 'none');
    });
    it('an injury two years ago is none now', () => {
      assert.equal(traumaOf('Menino de 10 anos. Magoou as costas há 2 anos, sem sequelas.', rest), 'none');
    });
    it("a brother who tells it tells the child's injury", () => {
      assert.equal(traumaOf('Menino de 10 anos. O irmão diz que ele magoou as costas ontem.', rest), 'unclear');
    });
  });

  describe('a dimple told in Portuguese', () => {
    const dimple = (words: string) =>
      readNote(
        `Idade: 7 meses\nFosseta sacral 2 mm, dentro da prega glútea, 1 cm do ânus, fundo visível, ${words}.\nExame neurológico normal.\nPedido: Ecografia da coluna lombossacra.`,
      );
    it('"não profunda" is not deep, and "1 cm do ânus" its distance: a simple dimple', () => {
      const r = dimple('não profunda');
      assert.equal(r.facts.dimple?.deep, false);
      assert.equal(r.facts.dimple?.distanceCm, 1);
      assert.ok(r.rules.includes('simple-dimple'));
    });
    it('"pouco profunda" is shallow', () => {
      assert.equal(dimple('pouco profunda').facts.dimple?.deep, false);
    });
    it('"profunda" and "profundo" stay deep', () => {
      assert.equal(dimple('profunda').facts.dimple?.deep, true);
      assert.equal(dimple('profundo').facts.dimple?.deep, true);
    });
  });

  describe('ages', () => {
    const rest = 'Lombalgia há 2 semanas, nega febre. Exame neurológico normal. Pedido: Rx coluna lombar.';
    it('"Moça de 15 anos" opening the note is 15 years', () => {
      assert.equal(ageOf(`Moça de 15 anos, Maputo. ${rest}`), 180);
    });
    it('"Uma moça de 15 anos" and "Rapaz de 11 anos" too', () => {
      assert.equal(ageOf(`Uma moça de 15 anos com lombalgia há 2 semanas, nega febre. Exame neurológico normal. Pedido: Rx coluna lombar.`), 180);
      assert.equal(ageOf(`Rapaz de 11 anos. ${rest}`), 132);
    });
    it('a companion described as a moça or a rapaz is not the patient', () => {
      assert.equal(ageOf(`Acompanhada pela irmã, moça de 19 anos. Paciente de 9 anos. ${rest}`), 108);
      assert.equal(ageOf(`Acompanhado pelo irmão, rapaz de 18 anos. Paciente de 9 anos. ${rest}`), 108);
    });
    it('a mother described as a moça gives no age', () => {
      assert.equal(ageOf('Mãe, moça de 17 anos, refere que o bebé tem fosseta sacral. Exame neurológico normal. Pedido: Ecografia da coluna lombossacra.'), undefined);
    });
    it('an age column after a "Nome:" or "Nom:" name is read', () => {
      const dimple = 'Fosseta sacral 3 mm, dentro da prega glútea, fundo visível. Exame neurológico normal.\nPedido: Ecografia da coluna lombossacra.';
      assert.equal(ageOf(`Nome: Ana Silva    Idade: 8 meses\n${dimple}`), 8);
      assert.equal(ageOf(`Nom: SILVA, Ana  |  Idade: 7 meses\n${dimple}`), 7);
    });
    it("a mother's name line keeps its age column in its value", () => {
      assert.equal(
        ageOf(
          'Nome da mãe: Maria    Idade: 16 anos\nLactente, fosseta sacral 3 mm, dentro da prega glútea, fundo visível. Exame neurológico normal.\nPedido: Ecografia da coluna lombossacra.',
        ),
        undefined,
      );
    });
  });

  describe('the paediatrician, named in French or Portuguese, ordering now', () => {
    const infant = 'F, 4 mois. Sacral dimple 3 mm in the cleft, 1.5 cm from anus, base visible. Neuro normal.';
    it('"Pediatre requests MRI … (no echo available …)" orders the MRI', () => {
      assert.equal(orderOf(`${infant} Pediatre requests MRI lumbar spine w/o contrast directly (no echo available this month).`), 'mri-area-without');
    });
    it('"Pediatra orders US lumbar spine" orders the US', () => {
      assert.equal(orderOf(`${infant} Pediatra orders US lumbar spine.`), 'us-area');
    });
    it("past, asked, conditional or a relative's, it orders nothing", () => {
      for (const s of [
        'Pediatre requested MRI lumbar spine last month; normal.',
        'Pediatre requests MRI lumbar spine? Discuss.',
        'Pediatre requests MRI lumbar spine if US abnormal.',
        "Mum's pediatre requests MRI lumbar spine.",
      ])
        assert.equal(orderOf(`${infant} ${s}`), 'none', s);
    });
    it('a study chosen instead is the order', () => {
      assert.equal(orderOf(`${infant} Pediatre requests MRI lumbar spine; we will do US spine instead.`), 'us-area');
    });
  });
});
