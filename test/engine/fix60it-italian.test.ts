/**
 * Round 60 (fix60it), notes wholly in Italian by paediatricians and GPs in Italy, Ticino and San Marino (held-out set 171):
 * the Italian table (language-vocabulary ageLanguages italian) reads their ages, orders, red flags, markers, exam, trauma,
 * referrals and conditions in the English the engine reads, as the Dutch table does. The engine's own Italian negation
 * ('non' of one word, 'nega', 'nessun', 'né', 'non segni di') is left as written. Each reading beside the near misses it
 * must refuse: a relative's, a condition, a question, a past or resolved finding, a duration, an English note.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, orderOf, presentIn, readNote, traumaOf } from '../helpers';
import { languageView } from '../../server/src/clinical/language';

const TEEN = 'Ragazza di 14 anni, lombalgia da 2 settimane. Non febbre. EO neurologico nella norma.';
const BABY = 'Lattante di 4 mesi, fossetta sacrale singola, 3 mm. EO neurologico nella norma.';

describe('fix60it: an Italian age opening the note, after the patient or an initial', () => {
  it('"10 anni" alone on the first line is 10 years', () => near(ageOf('10 anni', 'Lombalgia da 4 settimane. Non febbre.', 'RX rachide lombare.'), 120, 'alone'));
  it('"9 anni, F." and "F, 9 anni" are 9 years', () => {
    near(ageOf('9 anni, F.', 'Lombalgia da una settimana.', 'RX rachide lombare.'), 108, 'sex after');
    near(ageOf('F, 9 anni', 'Lombalgia da una settimana.', 'RX rachide lombare.'), 108, 'sex before');
  });
  it('"11 anni, lombalgia da 4 giorni." (the pain has its own duration) is 11 years', () =>
    near(ageOf('11 anni, lombalgia da 4 giorni.', 'RX rachide lombare.'), 132, 'own duration'));
  it('"16 aa", "Anni 7.", "18enne", "età 20 settimane" are ages', () => {
    near(ageOf('Pz 16 aa, lombalgia da 3 gg.', 'RX rachide lombare.'), 192, 'aa');
    near(ageOf('Anni 7. Lombalgia da 10 gg.', 'RX rachide lombare.'), 84, 'anni first');
    near(ageOf('Studente 18enne, ciuffo di peli sacrale.', 'RMN rachide lombosacrale senza mdc.'), 216, 'enne');
    near(ageOf('età 20 settimane', 'macchia iperpigmentata lombare mediana.', 'ecografia rachide lombare'), 20 / 4.345, 'eta weeks');
  });
  it('"la piccola M., di 4 mesi" and "Paz. di 8 mesi" are the child\'s', () => {
    near(ageOf('Vi invio la piccola M., di 4 mesi, con seno dermico lombare.', 'Richiedo RMN rachide lombosacrale senza mdc.'), 4, 'initial');
    near(ageOf('Paz. di 8 mesi, seguita per lipoma lombosacrale.', 'RMN rachide lombosacrale senza mdc.'), 8, 'paz');
  });
  it('"di 5 mesi e mezzo" is five and a half months', () => near(ageOf('Bimbo di 5 mesi e mezzo, ciuffo di peli lombare.', 'Si richiede ecografia del rachide.'), 5.5, 'mezzo'));
  // Near misses
  it('"4 anni, lombalgia." (maybe how long) reads no age', () => assert.equal(ageOf('4 anni, lombalgia.', 'RX rachide lombare.'), undefined));
  it('"2 a 3 volte alla settimana" opening a line reads no age', () => assert.equal(ageOf('2 a 3 volte alla settimana dolore lombare.', 'RX rachide lombare.'), undefined));
  it("a parent's age opening its line is theirs", () => assert.notEqual(ageOf('38 anni, madre del paziente.', 'Lombalgia.', 'RX rachide lombare.'), 456));
  it('"3 mesi fa" opening a line is a time ago', () => assert.equal(ageOf('3 mesi fa ecografia nella norma.', 'RMN rachide.'), undefined));
  it('a mother named by an initial keeps her age', () => assert.notEqual(ageOf('Madre M., di 35 anni, lombalgia.', 'RX rachide lombare.'), 420));
});

describe('fix60it: Italian orders in prose, and what orders nothing', () => {
  it('"Richiedo", "Chiedo", "Si prescrive", "Programma:" order the study after them', () => {
    assert.equal(orderOf(TEEN, 'Richiedo RX rachide lombosacrale.'), 'xr-area');
    assert.equal(orderOf(TEEN, 'Chiedo RMN del rachide lombare senza mdc.'), 'mri-area-without');
    assert.equal(orderOf(TEEN, 'Si prescrive RX rachide lombare.'), 'xr-area');
    assert.equal(orderOf(TEEN, 'Programma: TC rachide lombare senza mdc.'), 'ct-area-without');
    assert.equal(orderOf(TEEN, 'Richiesta scintigrafia ossea con SPECT del rachide in toto.'), 'bone-scan-complete');
  });
  it('"Non richiedo", a condition, a question, a parent\'s request and a report asked for order nothing', () => {
    assert.equal(orderOf(TEEN, 'Non richiedo RMN.'), 'none');
    assert.equal(orderOf(TEEN, 'Richiedo RMN rachide lombare se persiste il dolore.'), 'none');
    assert.equal(orderOf(TEEN, 'Eventuale RMN se peggiora.'), 'none');
    assert.equal(orderOf(BABY, 'Chiedo se è possibile eseguire RMN rachide.'), 'none');
    assert.equal(orderOf(TEEN, 'Su richiesta dei genitori di RMN: non indicata.'), 'none');
    assert.equal(orderOf(TEEN, 'Richiedo il referto della RMN eseguita nel 2023.'), 'none');
  });
});

describe('fix60it: Italian red flags, markers, exam, trauma and referrals', () => {
  it('night pain, night sweats, weight loss and a constant pain are read', () => {
    assert.ok(presentIn('night-pain', 'Ragazzo di 12 anni, lombalgia che lo sveglia di notte.', 'RX rachide lombare.'));
    assert.ok(presentIn('night-sweats', 'Ragazza di 15 anni, lombalgia, sudorazioni notturne.', 'RX rachide lombare.'));
    assert.ok(presentIn('weight-loss', 'Ragazza di 15 anni, lombalgia, calo ponderale di 4 kg.', 'RX rachide lombare.'));
    assert.ok(presentIn('constant-pain', 'Bambino di 9 anni, dolore lombare costante da 2 settimane.', 'RX rachide lombare.'));
  });
  it("a father's weight loss, a resolved fever and a steady weight are no red flag of the child", () => {
    assert.ok(!presentIn('weight-loss', TEEN, 'Padre con calo ponderale.', 'RX rachide lombare.'));
    assert.ok(!presentIn('fever', 'Ragazzo di 13 anni, lombalgia. Febbre la settimana scorsa, ora apiretico.', 'RX rachide lombare.'));
    assert.ok(!presentIn('constant-pain', 'Bambino di 10 anni. Lombalgia, peso costante.', 'RX rachide lombare.'));
  });
  it('a denied list is denied ("Neg:", "non … né …")', () => {
    assert.ok(!presentIn('night-pain', 'Pz 12 aa, lombalgia da 5 gg.', 'Neg: febbre, dolore notturno, calo ponderale.', 'RX rachide lombare.'));
    assert.ok(!presentIn('night-sweats', 'Pz 12 aa, lombalgia da 5 gg.', 'Non febbre, non calo ponderale né sudorazioni notturne.', 'RX rachide lombare.'));
  });
  it('a described dimple is simple; a large hemangioma, a skin tag, a hyperpigmented patch are markers', () => {
    const r = readNote(
      "Lattante di 3 mesi. Fossetta sacrale singola, 2 mm, nel solco intergluteo, a 1 cm dall'ano, fondo visibile.",
      'EO neurologico nella norma.',
      'Si richiede ecografia del rachide lombosacrale.',
    );
    assert.ok(r.rules.includes('simple-dimple'));
    assert.ok(presentIn('large-hemangioma', 'Neonata di 15 giorni. Ampio emangioma infantile lombosacrale di 5 cm.', 'Si richiede RMN rachide lombosacrale.'));
    assert.ok(presentIn('skin-appendage', 'Bimbo 4 mesi con appendice cutanea sacrale mediana.', 'Si richiede ecografia del rachide.'));
    assert.ok(presentIn('discoloration', 'Bimba 4 mesi, macchia iperpigmentata lombare mediana.', 'Si richiede ecografia del rachide.'));
  });
  it("a sister's hair tuft is hers", () =>
    assert.ok(!presentIn('hair-tuft', 'Bimba 2 mesi, fossetta sacrale profonda. Sorella con ciuffo di peli.', 'Si richiede ecografia rachide.')));
  it('"EON nn" and "EO neurologico nella norma" are a normal exam', () => {
    assert.equal(readNote('Pz 12 aa, lombalgia da 5 gg. EON nn.', 'RX rachide lombare.').facts.neuro.state, 'normal');
    assert.equal(readNote('Ragazzo di 12 anni, lombalgia. EO neurologico: nella norma.', 'RX rachide lombare.').facts.neuro.state, 'normal');
  });
  it("a fall from a tree is significant, a slip off the sofa trivial; a brother's fall is no trauma of the child", () => {
    assert.equal(traumaOf('Bambino di 10 anni, caduto da un albero da circa 3 metri, dolore dorsolombare.', 'RX rachide dorsolombare.'), 'significant');
    assert.equal(traumaOf('Bimba di 6 anni, scivolata dal divano ieri, lieve lombalgia.', 'RX rachide lombosacrale.'), 'trivial');
    assert.equal(traumaOf(TEEN, 'Fratello caduto da un albero il mese scorso.', 'RX rachide lombare.'), 'none');
  });
  it('a neurosurgical referral is read; one not needed, or only if the scan is abnormal, is none', () => {
    assert.equal(readNote(BABY, 'Inviato in consulenza neurochirurgica. RMN rachide lombosacrale senza mdc.').facts.referral.neurosurgery, true);
    assert.equal(readNote(TEEN, 'Consulenza neurochirurgica non necessaria. RX rachide lombare.').facts.referral.neurosurgery, false);
    assert.equal(readNote(BABY, 'Se alterata, invio in NCH. Si richiede ecografia rachide.').facts.referral.neurosurgery, false);
  });
});

describe('fix60it: an English note keeps its reading', () => {
  it('an English note holding Italian words that are English ones ("per", "come", "se", "non", "TC", "Eta") is read as written', () => {
    for (const text of [
      '12 yo boy, back pain per mom, come back if fever. No MRI. Non-tender spine.',
      'Pt 8 mo, sacral dimple 3 mm, TC normal; se discussed with mom. Eta: n/a. US L-spine.',
      'Pz 14 yo, back pain x 2 wk, no fever, neuro exam normal. Plan: XR L-spine per ortho.',
    ])
      assert.equal(languageView(text), text);
  });
});

describe("fix60it after review rfix60it: another organ's study is no spine study", () => {
  const PAIN = 'Ragazza di 13 anni, lombalgia da 3 settimane, non trauma. Apiretica. EO neurologico nella norma.';
  const DIMPLE = 'Lattante di 2 mesi, femmina. Fossetta sacrale singola, 2 mm, nel solco intergluteo, fondo visibile.';
  it('a kidney, bladder, hip, head, chest, abdomen, brain or thyroid study ordered in Italian orders no spine study', () => {
    for (const study of [
      'Richiedo ecografia dei reni.',
      'Si prescrive ecografia renale bilaterale.',
      'Chiedo ecografia vescicale pre e post minzionale.',
      'Richiedo RX torace in due proiezioni.',
      'Richiedo ecografia addome completo.',
      'Richiedo RMN encefalo senza mdc.',
      'Chiedo TC cranio.',
      'Richiedo ecografia tiroidea.',
    ])
      assert.equal(orderOf(PAIN, study), 'none', study);
    for (const study of ['Richiedo ecografia delle anche.', "Si prescrive ecografia dell'anca sinistra.", 'Richiedo ecografia transfontanellare.'])
      assert.equal(orderOf(DIMPLE, study), 'none', study);
  });
  it("the spine's study is still ordered beside them", () => {
    assert.equal(orderOf(PAIN, 'Richiedo RX rachide lombare.'), 'xr-area');
    assert.equal(orderOf(DIMPLE, 'Richiedo ecografia del rachide lombosacrale.'), 'us-area');
  });
  it("a kidney ultrasound's result is no spinal ultrasound's", () => {
    const f = readNote(DIMPLE, 'Ecografia renale a 3 settimane: alterata (idronefrosi lieve).', 'Order: US lumbar spine.').facts;
    assert.deepEqual(f.prior, []);
    const spinal = readNote(DIMPLE, 'Ecografia del rachide a 3 settimane: alterata (cono basso).', 'Richiedo RMN rachide lombosacrale.').facts;
    assert.equal(spinal.prior.length, 1);
  });
});

describe('fix60it after review rfix60it: a marker elsewhere on the body is no spinal marker', () => {
  const DIMPLE = 'Lattante di 2 mesi, femmina. Fossetta sacrale singola, 2 mm, nel solco intergluteo, fondo visibile.';
  it('a tuft, tag or hemangioma on the forehead, ear, cheek, eyelid or chest is no spinal marker', () => {
    assert.equal(presentIn('hair-tuft', DIMPLE, 'Ciuffo di capelli chiari sulla fronte, come la nonna.'), false);
    assert.equal(presentIn('skin-appendage', DIMPLE, 'Appendice cutanea preauricolare sinistra.'), false);
    assert.equal(presentIn('hemangioma', DIMPLE, 'Emangioma infantile sulla guancia destra.'), false);
    assert.equal(presentIn('hemangioma', DIMPLE, 'Piccolo emangioma della palpebra superiore.'), false);
    assert.equal(presentIn('hemangioma', DIMPLE, 'Emangioma sul torace, in crescita.'), false);
  });
  it('the same markers over the lower back are read', () => {
    assert.equal(presentIn('hair-tuft', DIMPLE, 'Ciuffo di peli in regione lombare.'), true);
    assert.equal(presentIn('hemangioma', DIMPLE, 'Emangioma in regione lombosacrale.'), true);
    assert.equal(presentIn('skin-appendage', DIMPLE, 'Appendice cutanea sacrale.'), true);
  });
});

describe("fix60it after review rfix60it: an age opening a line of past history is no child's age", () => {
  const NOW = 'Lombalgia da 2 settimane, apiretica, EO neurologico nella norma.';
  it("under a past-history heading the line's age is the event's", () => {
    assert.equal(ageOf('APR:', '2 anni. Ricovero per bronchiolite.', NOW, 'Si richiede RX rachide lombare.'), undefined);
    assert.equal(ageOf('Anamnesi remota:', '- 2 anni. Ricovero per bronchiolite.', NOW, 'Si richiede RX rachide lombare.'), undefined);
  });
  it('two lines each opening on an age are a timeline', () =>
    assert.equal(ageOf('2 anni. Otite media ricorrente.', '4 anni, frattura di polso.', NOW, 'Si richiede RX rachide lombare.'), undefined));
  it("a clause telling a treatment's length or an event is no complaint's duration", () => {
    assert.equal(ageOf('4 anni, polmonite trattata con 10 giorni di amoxicillina.', NOW, 'Si richiede RX rachide lombare.'), undefined);
    assert.equal(ageOf('5 anni, intervento di adenoidectomia da 2 giorni.', NOW, 'Si richiede RX rachide lombare.'), undefined);
  });
  it("the child's own opening age is still read beside a history block", () => {
    near(ageOf('12 anni, lombalgia da 5 giorni, apiretico.', 'APR:', '3 anni, frattura di polso.', 'Si richiede RX rachide lombare.'), 144, 'history below');
    near(ageOf('13 anni, incidente in motorino 2 ore fa.', 'Dolore lombare.', 'Si richiede RX rachide lombare.'), 156, 'time ago');
  });
});
