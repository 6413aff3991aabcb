/**
 * Round 58 (fix58u): orders and ages left unread in sets 153-158. An Age key holding a newborn's day of life; a twin's order of
 * birth among the words before a day of life; a number of years spelled out after "who is"; a birthday in the bracket after
 * the name ("(16 today!)"); a French or Spanish form's name column before its age column; a "To do:" line naming its study;
 * the typed slip "ordred"; a line indented as far as the indented key above it is that key's neighbour; a courtesy "if"
 * ("I would be grateful if radiology could arrange …") on a plan line; the Quebec "Dmd:" (demande) key in a French note.
 * Each with the near misses that must stay as they were read.
 */
import * as assert from 'node:assert/strict';
import { DAY, ageOf, near, orderOf } from '../helpers';

describe('fix58u: an Age key holding a day of life', () => {
  it('reads the day as the age, a describer after it at most', () => {
    near(ageOf('Age: DOL 12, preterm', 'Findings: deep sacral dimple', 'Order: US lumbar spine'), 12 * DAY, 'DOL and describer');
    near(ageOf('Age: day 4 of life', 'Findings: deep sacral dimple', 'Order: US lumbar spine'), 4 * DAY, 'day N of life');
    near(ageOf('Age: day of life 9 (CGA 35+2)', 'Findings: deep sacral dimple'), 9 * DAY, 'bracket after');
  });
  it('leaves a day that does not close its clause unread', () => {
    assert.equal(ageOf('Age: DOL 3/4', 'Findings: deep sacral dimple'), undefined);
    assert.equal(ageOf('Age: DOL 12.5', 'Findings: deep sacral dimple'), undefined);
    assert.equal(ageOf('Age: DOL 400', 'Findings: deep sacral dimple'), undefined);
  });
});

describe("fix58u: a twin's order of birth before a day of life", () => {
  it('reads the day after a baby described with its twin number', () => {
    near(ageOf('SCBU ward round', 'Baby girl (twin 1), day 5 of life', 'Back: deep dimple', 'Plan: spinal US'), 5 * DAY, 'twin 1');
    near(ageOf('NNU ward round', 'Twin B girl, DOL 6', 'Back: deep dimple', 'Plan: spinal US'), 6 * DAY, 'twin B');
  });
  it('still leaves a day that dates a study unread', () => {
    assert.equal(ageOf('SCBU ward round', 'Baby girl (twin 1), spinal US on day 5 of life: normal', 'Back: deep dimple', 'Plan: MRI spine'), undefined);
  });
});

describe('fix58u: years spelled out after "who is"', () => {
  it("reads a letter's apposition in words", () => {
    near(ageOf('Dear Dr Rao,', '', 'Thank you for referring Nora, who is eleven, with three weeks of back ache.'), 132, 'eleven');
    near(ageOf('Dear Dr Rao,', '', 'Thank you for referring Nora, who is fifteen, with three weeks of back ache.'), 180, 'fifteen');
  });
  it('leaves a pregnancy, an infant, a past visit and a parent unread', () => {
    assert.equal(ageOf('Dear Dr Rao,', '', 'Thank you for referring Nora, who is twelve weeks pregnant, with back ache.'), undefined);
    assert.equal(ageOf('Dear Dr Rao,', '', 'Thank you for referring Nora, who is one, with a sacral dimple.'), undefined);
    assert.equal(ageOf('Dear Dr Rao,', '', 'I saw Nora, who is eleven, in 2021 with back ache.'), undefined);
    assert.equal(ageOf('Dear Dr Rao,', '', 'Thank you for referring Nora, who is eleven, with her son Leo who has a dimple.'), undefined);
  });
});

describe('fix58u: a birthday in the bracket after the name', () => {
  it('reads "(N today!)" after a word introducing the patient', () => {
    near(ageOf('Dear Dr Rao,', '', 'I reviewed Omar (16 today!) in clinic. He has had low back pain for 5 weeks.'), 192, 'today!');
    near(ageOf('Dear Dr Rao,', '', 'I am seeing Omar (12 today) for back pain of 5 weeks.'), 144, 'today');
  });
  it('never a count told for today', () => {
    assert.equal(ageOf('Vomits (6 today). Deep sacral dimple. Plan: US spine'), undefined);
  });
});

describe("fix58u: a French or Spanish form's name column", () => {
  it('splits the age column after "Nom:", "Prénom:" and "Nombre:"', () => {
    near(ageOf('Nom: ______   Âge: 5 mois', 'Motif: fossette profonde', 'Examen demandé: IRM lombaire'), 5, 'Nom');
    near(ageOf('Prénom: Léa   Âge: 4 mois', 'Motif: fossette profonde'), 4, 'Prénom');
    near(ageOf('Nombre: Ana   Edad: 7 meses', 'Motivo: fosita profunda'), 7, 'Nombre');
  });
  it("never a relative's line", () => {
    assert.equal(ageOf('Nom de la mère: Julie   Âge: 34 ans', 'Fossette profonde.'), undefined);
  });
});

describe('fix58u: a "To do:" line naming its study', () => {
  it('is the plan', () => {
    assert.equal(orderOf('8/12 old girl, deviated natal cleft.', 'To do: XR lumbar spine AP + lat.'), 'xr-area');
    assert.equal(orderOf('4 mo M, deep sacral dimple.', 'To-do: US spine before discharge'), 'us-area');
  });
  it('leaves a result, a study done, a condition and a task with no study as before', () => {
    assert.equal(orderOf('8/12 old girl, deviated natal cleft.', 'To do: US spine result'), 'none');
    assert.equal(orderOf('8/12 old girl, deviated natal cleft.', 'To do: MRI L-spine - done, normal'), 'none');
    assert.equal(orderOf('8/12 old girl, deviated natal cleft.', 'To do: MRI L-spine if worse'), 'none');
    assert.equal(orderOf('8/12 old girl, deviated natal cleft.', 'To do: chase the MRI report'), 'none');
  });
});

describe('fix58u: the typed slip "ordred"', () => {
  const todo = (item: string) => orderOf('Rm 4 - 5 mo F', 'Summary: tuft of hair low lumbar midline. Neuro WNL.', 'To do:', ' - [x] feeds increased', ` - [ ] ${item}`);
  it('orders as "ordered" does, in a sign-out\'s boxed item', () => {
    assert.equal(todo('US lumbar spine ordred today, before d/c'), 'us-area');
    assert.equal(todo('US lumbar spine orderd today, before d/c'), 'us-area');
  });
  it('denied as "ordered" is', () => {
    assert.equal(todo('US lumbar spine not ordred yet - discuss with mum'), 'none');
  });
});

describe('fix58u: a line indented as far as the indented key above it', () => {
  it("is the key's neighbour, not more of its value", () => {
    assert.equal(
      orderOf('6 mo M - admitted with bronchiolitis.', ' Dimple: single, 2 mm, in the cleft, base seen. Neuro nl.', ' Team ordered XR L-spine for the dimple, still to be done.'),
      'xr-area',
    );
  });
  it('a deeper indent still continues the value', () => {
    assert.equal(orderOf('6 mo M, deep sacral dimple.', ' Plan: MRI L-spine', '    with and without contrast'), 'mri-area-without-and-with');
  });
});

describe('fix58u: a courtesy "if" on a plan line', () => {
  it('asks for the study outright', () => {
    assert.equal(orderOf('Age: 3 mo', 'Findings: skin tag over the natal cleft', 'Plan: I would be grateful if radiology could arrange MRI lumbar spine.'), 'mri-area-without');
    assert.equal(orderOf('Age: 3 mo', 'Findings: skin tag over the natal cleft', 'Plan: Grateful if you could arrange US spine.'), 'us-area');
  });
  it('never after a condition in its sentence, nor before one of its own', () => {
    assert.equal(orderOf('Age: 3 mo', 'Findings: skin tag', 'Plan: If no better, I would be grateful if radiology could arrange MRI lumbar spine.'), 'none');
    assert.equal(orderOf('Age: 3 mo', 'Findings: skin tag', 'Plan: Should she worsen I would be grateful if radiology could arrange MRI lumbar spine.'), 'none');
    assert.equal(orderOf('Age: 3 mo', 'Findings: skin tag', 'Plan: Grateful if you could review; if worse, MRI lumbar spine.'), 'none');
  });
});

describe('fix58u: the Quebec "Dmd:" (demande) in a French note', () => {
  it('heads the study asked', () => {
    assert.equal(
      orderOf('Pédiatrie', '4 mois F', 'Touffe de poils lombaire, pas de fossette. Examen neuro normal.', 'Dmd: IRM colonne lombaire sans gadolinium'),
      'mri-area-without',
    );
  });
  it('never in an English note, nor a study done', () => {
    assert.equal(orderOf('4 mo F, hair tuft low lumbar.', 'Dmd: MRI L-spine'), 'none');
    assert.equal(orderOf('Pédiatrie', '4 mois F', 'Touffe de poils lombaire, pas de fossette. Examen neuro normal.', 'Dmd: IRM colonne faite 2024, normale'), 'none');
  });
});
