/**
 * Round 60 (fix60d): German-, Austrian-, Swiss-, Dutch- and Nordic-trained doctors writing partly in their own languages,
 * and Spanish-speaking doctors writing wholly in Spanish (sets 167 and 170, left from round 59). Each reading with the
 * look-alikes it must refuse; all of it data in language-vocabulary.json, the Dutch and Nordic request words held by the
 * folded tables' guards (ownFinding, near) that the age languages' tables now carry too.
 */
import * as assert from 'node:assert/strict';
import { ageOf, orderOf, presentIn, readNote, traumaOf } from '../helpers';

const priorResults = (...lines: string[]) => (readNote(...lines).facts.prior ?? []).map((p) => `${p.modality}:${p.result}`);

describe('Dutch "Graag" (please) asks for the study right after it (fix60d)', () => {
  const BABY = 'Meisje, 5 mnd. Kuiltje boven de bilnaad, geen zwelling.';
  it('opening its sentence before a spine study, orders it', () => {
    assert.equal(orderOf(BABY, 'Graag echo wervelkolom.'), 'us-area');
    assert.equal(orderOf(BABY, 'Neurologisch normaal. Graag echo lumbale wervelkolom, dank.'), 'us-area');
  });
  it("never a parent's wish, a condition, a question, a denial or a report asked for", () => {
    assert.equal(orderOf(BABY, 'Moeder wil graag een echo wervelkolom.'), 'none');
    assert.equal(orderOf(BABY, 'Graag echo wervelkolom als de huid verandert.'), 'none');
    assert.equal(orderOf(BABY, 'Graag echo wervelkolom?'), 'none');
    assert.equal(orderOf(BABY, 'Graag geen echo wervelkolom, eerst afwachten.'), 'none');
    assert.equal(orderOf(BABY, 'Graag het verslag van de echo wervelkolom opsturen.'), 'none');
  });
  it('"geen bijzonderheden" after the exam tells it normal', () => {
    assert.equal(readNote(BABY, 'Neuro: geen bijzonderheden.', 'Graag echo wervelkolom.').facts.neuro.state, 'normal');
  });
});

describe('Swedish "önskas", Danish and Norwegian "ønskes" (is requested) ask for the study beside them (fix60d)', () => {
  it('after the study or heading it, orders it', () => {
    assert.equal(orderOf('2 mån flicka. Sakral grop, neurologiskt ua. Ultraljud ländrygg önskas.'), 'us-area');
    assert.equal(orderOf('Dreng 13 år. Lændesmerter 3 uger.', 'Ønskes: MR lændecolumna uden kontrast.'), 'mri-area-without');
  });
  it('never denied, conditioned, asked, or wished by a parent', () => {
    assert.equal(orderOf('2 mån flicka. Sakral grop. Ingen MR önskas.'), 'none');
    assert.equal(orderOf('2 mån flicka. Sakral grop. Ultraljud ländrygg önskas ej.'), 'none');
    assert.equal(orderOf('2 mån flicka. Sakral grop. Ultraljud ländrygg önskas?'), 'none');
    assert.equal(orderOf('2 mån flicka. Sakral grop. Föräldrarna: ultraljud ländrygg önskas.'), 'none');
    assert.equal(orderOf('Dreng 13 år. Lændesmerter 3 uger. MR lændecolumna ønskes ikke.'), 'none');
    assert.equal(orderOf('Dreng 13 år. Lændesmerter 3 uger. MR lændecolumna ønskes hvis forværring.'), 'none');
    assert.equal(orderOf('Dreng 13 år. Lændesmerter 3 uger. MR lændecolumna ved forværring.'), 'none');
  });
});

describe('Nordic markers and back pain (fix60d)', () => {
  it('"sakral grop" is a dimple and "hårtofs" a hair tuft, the child\'s', () => {
    assert.ok(presentIn('sacral-dimple', '2 mån pojke. Sakral grop med hårtofs. Ultraljud ländrygg önskas.'));
    assert.ok(presentIn('hair-tuft', '2 mån pojke. Sakral grop med hårtofs. Ultraljud ländrygg önskas.'));
  });
  it("a brother's tuft stays his", () => {
    assert.ok(!presentIn('hair-tuft', '2 mån pojke, ingen grop. Bror har hårtofs. Ultraljud ländrygg önskas.'));
  });
  it('Danish "lændesmerter" with "udstråling … (radikulær)" and a normal "Rtg. lænd" reach the negative-radiograph scenario', () => {
    const r = readNote(
      'Pige, 12 år. Lændesmerter med udstråling i venstre ben (radikulær), 3 uger.',
      'Rtg. lænd: normal.',
      'Neurologisk us: normal.',
      'Ønskes: MR lændecolumna uden kontrast.',
    );
    assert.equal(r.scenario, 'back-pain-red-flags-negative-radiographs');
  });
  it('denied, they are absent', () => {
    assert.ok(!presentIn('back-pain', 'Pige 12 år. Ingen lændesmerter, ingen feber.'));
  });
});

describe('German "RS" (Rückenschmerzen) only before "seit" or a region (fix60d)', () => {
  it('"RS seit 1 Wo." and "RS thorakal" are back pain', () => {
    assert.ok(presentIn('back-pain', 'Pat. 11 J., w. RS seit 1 Wo., kein Fieber. Neuro o.B.', 'Rö LWS.'));
    assert.ok(presentIn('back-pain', '13 J., m. RS thorakal seit 2 Wo. Kein Fieber.'));
  });
  it('never "RS" for Rücksprache, nor denied', () => {
    assert.ok(!presentIn('back-pain', '12 J., m. Kein Fieber. Nach RS mit Neurochirurgie MRT LWS.'));
    assert.ok(!presentIn('back-pain', '12 J., m. RS mit Eltern erfolgt, kein Fieber.'));
    assert.ok(!presentIn('back-pain', '12 J., m. Keine RS seit der Physiotherapie, kein Fieber.'));
  });
});

describe('German trauma, keys and the closing "o.B." (fix60d)', () => {
  it('a frontal car collision is significant trauma', () => {
    assert.equal(traumaOf('14 J., Beifahrer, PKW-Frontalkollision ca. 60 km/h. Schmerzen LWS. Neuro o.B.', 'CT LWS nativ.'), 'significant');
  });
  it('"Hergang unbekannt" is an injury of unknown mechanism; with no such word there is none', () => {
    assert.equal(traumaOf('10 J., m. Rückenschmerzen seit 4 Tagen nach Sturz in der Schule, Hergang unbekannt. Kein Fieber.', 'Rö LWS.'), 'unclear');
    assert.equal(traumaOf('10 J., m. Rückenschmerzen seit 4 Tagen, kein Trauma. Kein Fieber.', 'Rö LWS.'), 'none');
  });
  it('"Untersuchung:" and "Anf.:" head the study to do', () => {
    assert.equal(orderOf('Alter: 7 Wochen', 'Haut: Grübchen 2 mm in der Rima. Kein Hämangiom.', 'Untersuchung: Sono LWS'), 'us-area');
    assert.equal(orderOf('Pat. 15 J., m. Rückenschmerzen seit 2 Wo. Neuro o.B.', 'Anf.: MRT LWS nativ.'), 'mri-area-without');
  });
  it('never a study declined on those lines, and findings on "Untersuchung:" still read', () => {
    // A condition on the line is read as on an English "Order:" line (and "Anforderung:"): the key's study is the order.
    assert.equal(orderOf('Pat. 15 J., m. Rückenschmerzen seit 2 Wo. Neuro o.B.', 'Anf.: keine Bildgebung.'), 'none');
    assert.equal(orderOf('Pat. 15 J., m. Rückenschmerzen seit 2 Wo. Neuro o.B.', 'Untersuchung: keine Bildgebung, Physiotherapie.'), 'none');
    assert.ok(presentIn('sacral-dimple', 'Alter: 7 Wochen', 'Untersuchung: Grübchen 2 mm in der Rima, Neuro o.B.', 'Procedere: Sono LWS'));
  });
  it('"MRT … nativ und mit Gadolinium" is without and with contrast', () => {
    assert.equal(orderOf('Pat. 4 Monate, m. Lipom lumbal.', 'Untersuchung: MRT LWS nativ und mit Gadolinium'), 'mri-area-without-and-with');
  });
  it('"Neuro o.B." ends its sentence, so the study after it is read', () => {
    assert.equal(orderOf('12 J. Mädchen, Skoliose-Screening, keine Rückenschmerzen. Neuro o.B. Rö Ganzwirbelsäule stehend a.p./seitl.'), 'xr-complete');
  });
});

describe('Spanish: a deviated cleft, toe walking, "Pac." and "AP:" (fix60d)', () => {
  it('"pliegue interglúteo desviado" is a deviated cleft, a sibling\'s stays his', () => {
    assert.ok(presentIn('deviated-cleft', 'Lactante de 9 meses con pliegue interglúteo desviado. Neuro normal. Se solicita eco de columna lumbar.'));
    assert.ok(!presentIn('deviated-cleft', 'Hermano con pliegue interglúteo desviado. Niña de 4 meses sin marcas, sin fiebre.'));
    assert.ok(!presentIn('deviated-cleft', 'Lactante de 9 meses, pliegue interglúteo no desviado, sin fiebre.'));
  });
  it('"camina en puntas de pie" is toe walking; denied or a brother\'s it is not', () => {
    assert.ok(presentIn('foot-deformity', 'Niño de 3 años con mechón de pelo lumbar. Camina en puntas de pie desde hace 1 mes.'));
    assert.ok(!presentIn('foot-deformity', 'Niño de 3 años, ya no camina en puntas de pie, sin fiebre.'));
    assert.ok(!presentIn('foot-deformity', 'Niño de 3 años con mechón de pelo. Hermano camina en puntas de pie.'));
  });
  it('"Pac. de 6 meses" ages the child, "AP:" holds the history and "Eco lumbar" is a spinal ultrasound', () => {
    const lines = ['Pac. de 5 meses.', 'AP: fosita sacra de 6 mm. Eco lumbar hace 2 semanas: indeterminada.', 'EF: neurológico normal', 'Se pide Rx columna lumbosacra.'];
    assert.equal(ageOf(...lines), 5);
    assert.ok(presentIn('sacral-dimple', ...lines));
    assert.deepEqual(priorResults(...lines), ['US:indeterminate']);
  });
  it('"AF:" is the family\'s history, not the child\'s', () => {
    assert.ok(!presentIn('hair-tuft', 'Pac. de 5 meses.', 'AF: padre con mechón de pelo lumbar.', 'EF: piel normal, neurológico normal.'));
  });
});

describe('Spanish spondyloarthritis and sacroiliitis are a suspected inflammation (fix60d)', () => {
  const PAIN = 'Adolescente de 15 años, lumbalgia de 4 semanas con rigidez matutina.';
  it('suspected, they take the 2017 inflammation, infection or tumour scenario', () => {
    assert.equal(readNote(PAIN, 'Sospecha de espondiloartritis. Sin fiebre.', 'Se solicita RMN de columna completa sin contraste.').scenario, 'back-pain-infection-tumor');
    assert.ok(presentIn('suspected-infection-tumor', PAIN, 'Probable sacroileítis. Sin fiebre.'));
  });
  it("never denied, ruled out or a mother's", () => {
    assert.ok(!presentIn('suspected-infection-tumor', PAIN, 'Sin sospecha de espondiloartritis. Sin fiebre.'));
    assert.ok(!presentIn('suspected-infection-tumor', PAIN, 'Se descarta sacroileítis. Sin fiebre.'));
    assert.ok(!presentIn('suspected-infection-tumor', PAIN, 'Madre con espondiloartritis. Sin fiebre.'));
  });
});

describe('After review rfix60d: Nordic negations deny the finding after them (fix60d)', () => {
  it('"ej", "inte", "ikke", "ikkje" opening their clause deny what follows', () => {
    assert.ok(!presentIn('hair-tuft', 'Flicka 3 mån. Grop 2 mm i rima, 1 cm från anus. Ej hårtofs. Neuro normal.', 'Ultraljud ländrygg önskas.'));
    assert.ok(!presentIn('hair-tuft', 'Gutt 4 mdr. Dimple 2 mm in the cleft. Ikke hårtott, neuro normal.', 'Order: US lumbar spine.'));
    assert.ok(!presentIn('hair-tuft', 'Pojke 2 mån. Dimple in the cleft. Skin: inte hårtofs, no tag.', 'Order: US lumbar spine.'));
    assert.ok(!presentIn('radicular-pain', 'Pojke 13 år. Low back pain 2 weeks after football, ej radikulär smärta. Neuro normal.'));
    assert.ok(!presentIn('radicular-pain', 'Jente 14 år. Low back pain after skiing, ikkje radikulær. Neuro normal.'));
    assert.ok(!presentIn('back-pain', 'Dreng 15 år, scoliosis check: ikke lændesmerter. Neuro normal.', 'Order: XR whole spine.'));
    assert.ok(!presentIn('back-pain', 'Flicka 13 år. Scoliosis. Inte ländryggssmärta. Neuro normal.', 'Order: XR whole spine.'));
  });
  it('the finding before a negation, or without one, stays present', () => {
    assert.ok(presentIn('hair-tuft', 'Flicka 3 mån. Hårtofs över L5, ej grop. Neuro normal.', 'Ultraljud ländrygg önskas.'));
    assert.ok(presentIn('hair-tuft', 'Flicka 3 mån. Hårtofs över L5. Neuro normal.', 'Ultraljud ländrygg önskas.'));
    assert.ok(presentIn('back-pain', 'Pige 13 år. Lændesmerter 3 uger, ikke radikulær. Neuro normal.'));
  });
});

describe('After review rfix60d: "önskas" is no order of a re-read, nor of the family\'s wish (fix60d)', () => {
  it('a review of an outside study asked for orders nothing', () => {
    assert.equal(orderOf('Pojke 11 år, back pain after football, no red flags.', 'Granskning av extern MR ländrygg önskas. Plan: physio.'), 'none');
    assert.equal(orderOf('Dreng 12 år, back pain 1 week.', 'Gennemgang af ekstern MR ønskes. Plan: physio.'), 'none');
  });
  it("the family's wish is theirs: the clinician's study after it is the order", () => {
    assert.equal(orderOf('Flicka 4 mån. Hair tuft over L5. Neuro normal.', 'MR önskas av familjen, we recommend US first.', 'US lumbar spine today.'), 'us-area');
    assert.equal(orderOf('Pige 4 mdr. Hair tuft over L5. Neuro normal.', 'MR ønskes af familien, we advised US first.', 'US lumbar spine today.'), 'us-area');
  });
});

describe('After review rfix60d: German keys and words read only where they tell what they seem to (fix60d)', () => {
  it('"Anf.:" naming the requester (a ward, a practice, a parent) is no order key: the study asked for below is the order', () => {
    assert.equal(orderOf('Anf.: Kinderklinik Nord, Station 2', 'Pat. 4 Mo., w.', 'Grübchen 5 mm oberhalb der Rima. Neuro o.B.', 'Bitte Sono LWS.'), 'us-area');
    assert.equal(orderOf('Pat. 3 Mo., m.', 'Anf.: Vater, per Telefon', 'Grübchen 2 mm in der Rima. Neuro o.B.', 'Bitte Sono LWS.'), 'us-area');
  });
  it('"RS thorakal?" asked is no back pain', () => {
    assert.ok(!presentIn('back-pain', 'Pat. 13 J., w. RS lumbal? Eher Bauchschmerzen, Rücken frei. Kein Fieber.', 'Bitte Sono Abdomen.'));
  });
  it('"Hergang unbekannt" with no injury told (a birth history) is no trauma', () => {
    assert.equal(traumaOf('Pat. 3 Mo., w. Grübchen 2 mm in der Rima. Pflegekind, Geburtshergang unbekannt, perinataler Hergang unbekannt. Neuro o.B.', 'Bitte Sono LWS.'), 'none');
  });
  it('"Untersuchung:" telling an earlier study with its result is a prior: the study asked for is the order', () => {
    const lines = ['Pat. 5 Mo., m.', 'Haarbüschel lumbosakral, Neuro o.B.', 'Untersuchung: Sono LWS extern, auffällig (Konus L3).', 'Bitte MRT LWS nativ.'];
    assert.equal(orderOf(...lines), 'mri-area-without');
    assert.equal(orderOf('Pat. 5 Mo., m.', 'Haarbüschel lumbosakral.', 'Untersuchung: Sono LWS vom 02/2026 unauffällig.', 'Bitte MRT LWS nativ.'), 'mri-area-without');
  });
});
