/**
 * Round 58 (fix58u): orders and ages left unread in sets 153-158. An Age key holding a newborn's day of life; a twin's order of
 * birth among the words before a day of life; a number of years spelled out after "who is"; a birthday in the bracket after
 * the name ("(16 today!)"); a French or Spanish form's name column before its age column; a "To do:" line naming its study;
 * and, after review rfix58u, the near misses of the readings taken out (the typed slip "ordred", a line indented as far as the
 * indented key above it, a courtesy "if" on a plan line, the Quebec "Dmd:"), which must stay as main reads them.
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
  it('splits the age column after "Nom:", "Prénom:" and "Nombre:" opening the form', () => {
    near(ageOf('Nom: ______   Âge: 5 mois', 'Motif: fossette profonde', 'Examen demandé: IRM lombaire'), 5, 'Nom');
    near(ageOf('Prénom: Léa   Âge: 4 mois', 'Motif: fossette profonde'), 4, 'Prénom');
    near(ageOf('Nombre: Ana   Edad: 7 meses', 'Motivo: fosita profunda'), 7, 'Nombre');
  });
  it("never a relative's or a companion's line, nor one below the form's first line", () => {
    assert.equal(ageOf('Nom de la mère: Julie   Âge: 34 ans', 'Fossette profonde.'), undefined);
    // review rfix58u: a parent's line under its heading, a line marking the kinship, a companion's line after the child's age.
    assert.equal(
      ageOf("DEMANDE D'IMAGERIE", 'PARENT / TUTEUR', 'Nom: Claire Dubois   Âge: 31 ans', 'Motif: fossette sacrée profonde.', 'Examen demandé: échographie lombaire'),
      undefined,
    );
    assert.equal(ageOf('Nom: Claire Dubois   Âge: 31 ans   Lien: mère', 'Motif: fossette sacrée profonde.', 'Plan: échographie lombaire'), undefined);
    assert.equal(ageOf('Nombre: Marta Gómez (madre)   Edad: 21 años', 'Motivo: fosita sacra profunda.', 'Plan: ecografía lumbar'), undefined);
    near(
      ageOf('Paciente: Sofía, 4 meses', 'Acompañante:', 'Nombre: Marta Gómez (madre)   Edad: 21 años', 'Motivo: fosita sacra profunda.', 'Plan: ecografía lumbar'),
      4,
      'the child',
    );
    near(ageOf('Emma, 4 mois, vue avec son père.', 'Nom: Paul Dubois   Âge: 36 ans', 'Motif: fossette sacrée profonde.', 'Plan: échographie lombaire'), 4, 'the child');
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
  it("leaves another person's study, a questioned study and a condition anywhere on the line unread (review rfix58u)", () => {
    assert.equal(orderOf('4 mo F, deep sacral dimple, base not seen. Neuro normal.', 'To do: US spine for her twin brother - same dimple'), 'none');
    assert.equal(orderOf('4 mo F, deep sacral dimple, base not seen. Neuro normal.', 'To do: US spine for sibling (dad asking)'), 'none');
    assert.equal(orderOf('13 yo M, mechanical back pain, neuro normal.', 'To-do: XR L-spine for sister (plays netball too)'), 'none');
    assert.equal(orderOf('4 mo F, deep sacral dimple, base not seen. Neuro normal.', 'To do: US spine? - check with consultant whether needed'), 'none');
    assert.equal(orderOf('13 yo M, mechanical back pain, neuro normal.', 'To-do: MRI L-spine -> only if night pain starts'), 'none');
  });
});

describe('fix58u: the typed slips "ordred"/"orderd" are not read (taken out after review rfix58u)', () => {
  // Read only as order cues, the slips ordered a study that "ordered" would have told done or another child's.
  it("a past or another child's study with the slip orders nothing", () => {
    assert.equal(orderOf('4 mo M, well baby check.', 'Deep sacral dimple, base not seen. Neuro normal.', 'GP had ordred an US spine in May - normal.'), 'none');
    assert.equal(
      orderOf('4 mo M, well baby check.', 'Deep sacral dimple, base not seen. Neuro normal.', 'Ortho orderd an MRI for his sister last year. Nothing for him today.'),
      'none',
    );
  });
});

describe('fix58u: a line indented as far as the indented key above it (taken out after review rfix58u)', () => {
  it("continues the key's value, as before", () => {
    assert.equal(orderOf('  13 yo F, mechanical back pain, neuro normal.', '  Plan: XR L-spine', '  not needed - reassured, physio.'), 'none');
    assert.equal(orderOf('  13 yo F, mechanical back pain, neuro normal.', '  Plan: XR L-spine only', '  if pain lasts beyond 6 weeks.'), 'none');
    assert.equal(orderOf('  13 yo F, mechanical back pain, neuro normal.', '  Order: MRI L-spine', '  with and without gadolinium'), 'mri-area-without-and-with');
  });
  it('a deeper indent still continues the value', () => {
    assert.equal(orderOf('6 mo M, deep sacral dimple.', ' Plan: MRI L-spine', '    with and without contrast'), 'mri-area-without-and-with');
  });
});

describe('fix58u: a courtesy "if" on a plan line (taken out after review rfix58u)', () => {
  it("keeps reading a condition, another child's study or a deferral after it", () => {
    const note = (plan: string) => orderOf('Age: 3 mo', 'Findings: deep sacral dimple, base not seen. Neuro normal.', `Plan: ${plan}`);
    assert.equal(note('I would be grateful if you could arrange an US spine for her twin sister, who has the same dimple.'), 'none');
    assert.equal(note('I would be grateful if radiology could arrange an US lumbar spine should the dimple become inflamed.'), 'none');
    assert.equal(note('Were the dimple to discharge, I would be grateful if radiology could arrange an MRI lumbar spine.'), 'none');
    assert.equal(note('Failing a trial of physiotherapy, I would be grateful if radiology could arrange an MRI lumbar spine.'), 'none');
    assert.equal(note('I would be grateful if you could see her, and I will arrange an US spine after your review if you think it needed.'), 'none');
  });
});

describe('fix58u: the Quebec "Dmd:" (taken out after review rfix58u)', () => {
  it("orders nothing: neither a sibling's study nor one the radiologist refused", () => {
    const note = (line: string) => orderOf('Pédiatrie', '4 mois F', 'Fossette sacrée profonde, fond non visible. Pas de touffe de poils. Examen neuro normal.', line);
    assert.equal(note('Dmd: écho lombaire pour le frère jumeau (même fossette); rien pour elle.'), 'none');
    assert.equal(note("Dmd: IRM colonne lombaire (refusée par le radiologue: pas d'indication)"), 'none');
    assert.equal(orderOf('4 mo F, hair tuft low lumbar.', 'Dmd: MRI L-spine'), 'none');
  });
});
