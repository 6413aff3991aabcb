/**
 * Round 58 (fix58pt): notes by doctors trained in Angola and Mozambique, wholly or partly in Portuguese, and an English
 * note by a francophone writer. All but one reading is data the existing readers already read: the Portuguese table
 * (server/knowledge/language-vocabulary.json `portuguese`: "CD:" for Conduta, "mielo-TC", "coluna completa", "magoou as
 * costas", "não profunda", "ânus", "diz que"; after review r-fix58pt the injury and fall phrases held to the child's own,
 * "o irmão"/"a irmã" and the bare "profundo" taken out, and the plan's refusals in Portuguese), the CT myelography spelling "myelo CT" (order-vocabulary
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
    });
    it("a mother's or a father's is theirs", () => {
      assert.equal(traumaOf('Menino de 10 anos. A mãe magoou as costas no trabalho.', rest), 'none');
      assert.equal(traumaOf('Menino de 10 anos. O pai magoou as costas.', rest), 'none');
    });
    it('an injury two years ago is none now', () => {
      assert.equal(traumaOf('Menino de 10 anos. Magoou as costas há 2 anos, sem sequelas.', rest), 'none');
    });
    it('told after a teller ("O irmão diz que ele magoou …") it is not read: the injury is read only opening its clause', () => {
      assert.equal(traumaOf('Menino de 10 anos. O irmão diz que ele magoou as costas ontem.', rest), 'none');
    });
  });

  describe("after review r-fix58pt: the injury and the fall are read only as the child's, now", () => {
    const rest = 'Dor lombar há 5 dias, nega febre. Exame neurológico normal.\nPedido: Rx coluna lombar.';
    it('"magoou as costas" after a denial ("Nunca magoou …") is no injury', () => {
      assert.equal(traumaOf('Menina de 9 anos. Diz que nunca magoou as costas.', rest), 'none');
    });
    it("anyone else's, whoever the subject, is theirs", () => {
      for (const s of [
        'O vizinho magoou as costas a jardinar.',
        'A treinadora machucou as costas no treino; a menina não.',
        'Uma colega de escola magoou-se nas costas no recreio.',
        'O avô magoou a coluna a pegar nele ao colo.',
      ])
        assert.equal(traumaOf(`Menino de 11 anos. ${s}`, rest), 'none', s);
    });
    it('a year or a past ("no ano passado", "recuperou") makes it an old injury, no injury now', () => {
      assert.equal(traumaOf('Menino de 11 anos. Magoou as costas em 2021 no futebol.', rest), 'none');
      assert.equal(traumaOf('Menino de 11 anos. Magoou as costas no verão passado, recuperou bem.', rest), 'none');
    });
    it("the child's own, opening the sentence and recent, is still read", () => {
      assert.equal(traumaOf('Rapaz 11 anos. Magoou as costas na semana passada (não sabe explicar como).', rest), 'unclear');
    });
    it('"ao cair do telhado / da árvore" is the child\'s fall, significant', () => {
      assert.equal(traumaOf('Menino de 10 anos. Ontem, ao cair da árvore, bateu com as costas no chão.', rest), 'significant');
      assert.equal(traumaOf('Menino de 10 anos. Magoou as costas ao cair do telhado do vizinho ontem.', rest), 'significant');
    });
    it("another person's fall, a dated one and a feared one are none", () => {
      for (const s of [
        'O primo, ao cair da árvore, partiu o braço.',
        'Em 2022 fez uma entorse ao cair da árvore.',
        'A mãe tem receio de que ele possa cair do telhado.',
        'Há risco de cair da árvore da escola, sobe muito.',
      ])
        assert.equal(traumaOf(`Menino de 10 anos. Sem quedas recentes. ${s}`, rest), 'none', s);
    });
    it('a sibling who saw the sign is no one the sign belongs to (the "o irmão" rewrite is taken out)', () => {
      const r = readNote('Lactente de 7 meses. A irmã viu uma mancha com pelos na região lombar do bebé. Exame neurológico normal.\nPedido: RM coluna lombar sem contraste.');
      assert.equal(
        r.facts.hits?.some((h) => h.finding.id === 'hair-tuft' && h.present),
        true,
      );
    });
  });

  describe('after review r-fix58pt: "CD:" keeps the refusals of a plan', () => {
    const infant = 'Lactente de 7 meses, sexo masc. Tufo piloso lombar na linha média. Exame neurológico normal.';
    it('a study left to another service orders nothing', () => {
      assert.equal(orderOf(infant, 'CD: referenciar à neurocirurgia; RM a critério do neurocirurgião.'), 'none');
    });
    it('a study after an awaited opinion orders nothing', () => {
      assert.equal(orderOf(infant, 'CD: aguardar avaliação da ortopedia antes de solicitar RM.'), 'none');
    });
    it('a study the family refused orders nothing', () => {
      assert.equal(orderOf(infant, 'CD: o pai recusou RM; rever em 1 mês.'), 'none');
      assert.equal(orderOf(infant, 'CD: os pais recusaram a RM.'), 'none');
    });
    it('a study to discuss later orders nothing', () => {
      assert.equal(orderOf(infant, 'CD: discutir RM na consulta de seguimento.'), 'none');
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
    it('"profunda" stays deep', () => {
      assert.equal(dimple('profunda').facts.dimple?.deep, true);
    });
    it('after review r-fix58pt: a bare "profundo" is not read (taken out): negated or about another thing it made the dimple deep', () => {
      assert.notEqual(dimple('sem trajecto profundo').facts.dimple?.deep, true);
      assert.notEqual(dimple('sem fístula profundo').facts.dimple?.deep, true);
      const sleep = readNote(
        'Idade: 7 meses\nFosseta sacral 2 mm, dentro da prega glútea, 1 cm do ânus, fundo visível. Dorme um sono profundo.\nExame neurológico normal.\nPedido: Ecografia da coluna lombossacra.',
      );
      assert.notEqual(sleep.facts.dimple?.deep, true);
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
    it('after review r-fix58pt: a "moça"/"rapaz" opening the sentence that the sentence makes a relative or a companion gives no age', () => {
      const infant = 'Fosseta sacral 7 mm acima da prega glútea, fundo não visualizado. Exame neurológico normal. Pedido: Ecografia da coluna lombossacra.';
      assert.equal(ageOf(`Rapaz de 17 anos, irmão do lactente, refere fosseta. ${infant}`), undefined);
      assert.equal(ageOf(`Moça de 16 anos, mãe do bebé. ${infant}`), undefined);
      assert.equal(ageOf(`Moça de 15 anos acompanha a sobrinha, lactente. ${infant}`), undefined);
    });
    it("after review r-fix58pt: a name line marked as a relative's or a companion's gives no age", () => {
      const infant = 'Lactente, fosseta sacral 7 mm acima da prega glútea, fundo não visualizado. Exame neurológico normal.\nPedido: Ecografia da coluna lombossacra.';
      assert.equal(ageOf(`Nome: Rosa Matsinhe (tia)    Idade: 16 anos\n${infant}`), undefined);
      assert.equal(ageOf(`Dados do pai\nNome: João Matsinhe    Idade: 17 anos\n${infant}`), undefined);
      assert.equal(ageOf(`Acompanhante\nNom: KABILA Rose    Idade: 15 anos\n${infant}`), undefined);
      assert.equal(ageOf(`Nome: Rosa Matsinhe    Idade: 16 anos    Parentesco: tia\n${infant}`), undefined);
    });
    it('after review r-fix58pt: a name line never beats an age told under a patient key', () => {
      assert.equal(
        ageOf('Nome: Rosa Matsinhe    Idade: 16 anos\nPaciente: lactente de 3 meses, masc. Fosseta sacral 7 mm, fundo não visualizado.\nPedido: Ecografia da coluna lombossacra.'),
        3,
      );
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
