/**
 * Round 54 (fix54e), notes by clinicians trained in Poland, Czechia, Ukraine, Russia, Romania and Turkey, written in English
 * with their own words left in: the study asked for under "Zlecenie:", "Napravlenie:", "İstenen tetkik:", "İstek:", "İstem:",
 * "Požadavek:", "Vyšetření:", "Cerere:"; a study closing the note in the writer's own words of the spine ("RTG kręgosłupa
 * Th-L.", "MR bederní páteře bez kontrastu.", "Rx coloana lombară."); "UZI of spine"; back pain ("ból krzyża", "ból
 * pleców", "lombalgie", "bel ağrısı", "dureri de spate"); a normal exam ("Neurologicky normal.", "Neuro bez zmian.",
 * "Nörolojik: normal"); a dimple's distance "1,5 cm od odbytu". Each with the look-alikes that must stay as they were:
 * negated, past, asked, conditional, a relative's, another meaning of the same letters.
 */
import * as assert from 'node:assert/strict';
import { ids, orderOf, presentIn, readNote } from '../helpers';

const PAIN = 'Boy 12 yo. Back pain 3 weeks, no fever, no night pain. Neuro normal.';
const DIMPLE = '6 mo boy. Sacral dimple 7 mm, deep, above the cleft. Neuro normal.';

describe('r54e: native request headings head the study asked for, only as its name alone', () => {
  it('"Zlecenie: RM całego kręgosłupa bez kontrastu (MRI whole spine without contrast)" orders the whole-spine MRI', () =>
    assert.equal(orderOf(PAIN, 'Zlecenie: RM całego kręgosłupa bez kontrastu (MRI whole spine without contrast).'), 'mri-complete-without'));
  it('"Zlecenie: RTG kręgosłupa lędźwiowego" orders the radiograph', () => assert.equal(orderOf(PAIN, 'Zlecenie: RTG kręgosłupa lędźwiowego'), 'xr-area'));
  it('"Napravlenie (request): UZI of spine." orders the spinal US', () => assert.equal(orderOf(DIMPLE, 'Napravlenie (request): UZI of spine.'), 'us-area'));
  it('"İstenen tetkik: lumbar MR without contrast." orders it', () => assert.equal(orderOf(PAIN, 'İstenen tetkik: lumbar MR without contrast.'), 'mri-area-without'));
  it('"İstek: lumbar MR kontrastsız (without contrast)." orders it', () => assert.equal(orderOf(PAIN, 'İstek: lumbar MR kontrastsız (without contrast).'), 'mri-area-without'));
  it('"Istem: lumbar MR kontrastsiz" without the diacritics orders it', () => assert.equal(orderOf(PAIN, 'Istem: lumbar MR kontrastsiz'), 'mri-area-without'));
  it('"Požadavek: kostní scintigrafie (bone scan), whole body." orders the bone scan', () =>
    assert.equal(orderOf(PAIN, 'Požadavek: kostní scintigrafie (bone scan), whole body.'), 'bone-scan-complete'));
  it('"Vyšetření: USG páteře (spinal US)." orders the spinal US', () => assert.equal(orderOf(DIMPLE, 'Vyšetření: USG páteře (spinal US).'), 'us-area'));
  it('"Cerere: ecografie coloană (spinal US)." orders the spinal US', () => assert.equal(orderOf(DIMPLE, 'Cerere: ecografie coloană (spinal US).'), 'us-area'));
  // Near-misses
  it('"Zlecenie: RTG kręgosłupa jeśli ból nie ustąpi" (a condition) orders nothing', () =>
    assert.equal(orderOf(PAIN, 'Zlecenie: RTG kręgosłupa lędźwiowego jeśli ból nie ustąpi.'), 'none'));
  it('"İstek: lumbar MR kontrastsız - aile reddetti" (the family refused) orders nothing', () =>
    assert.equal(orderOf(PAIN, 'İstek: lumbar MR kontrastsız - aile reddetti.'), 'none'));
  it('"İstek: lumbar MR kontrastsız?" (asked) orders nothing', () => assert.equal(orderOf(PAIN, 'İstek: lumbar MR kontrastsız?'), 'none'));
  it('"Napravlenie: UZI of spine for brother" (a relative\'s) orders nothing', () => assert.equal(orderOf(PAIN, 'Napravlenie: UZI of spine for brother.'), 'none'));
  it('"Napravlenie: neurologist." (no study) orders nothing', () => assert.equal(orderOf(PAIN, 'Napravlenie: neurologist.'), 'none'));
  it('"Cerere: Rx coloana lombară 2024 - normal" (a study done) orders nothing', () => assert.equal(orderOf(PAIN, 'Cerere: Rx coloana lombară 2024 - normal.'), 'none'));
  it('"Vyšetření: USG páteře 2 měs. - norma" (a result) orders nothing', () => assert.equal(orderOf(DIMPLE, 'Vyšetření: USG páteře 2 měs. - norma.'), 'none'));
  it('"Vyšetření: klidný, …" (the Czech exam heading) orders nothing', () => assert.equal(orderOf(PAIN, 'Vyšetření: klidný, spolupracuje, tender L4.'), 'none'));
  it('"Požadavek: RTG páteře (X-ray spine), 2 projekce" (a word the list does not hold) is not read as the plan', () =>
    assert.equal(orderOf(PAIN, 'Požadavek: RTG páteře (X-ray spine), 2 projekce.'), 'none'));
  it('"Zlecenie: USG kręgosłupa 2 mies. temu: norma" (a prior result) orders nothing', () =>
    assert.equal(orderOf(DIMPLE, 'Zlecenie: USG kręgosłupa 2 mies. temu: norma.'), 'none'));
  it('"Solicit: MRI … to rule out spondylolysis" is no native heading (the English word; dev-5594)', () =>
    assert.deepEqual(
      ids('Female 15 years, back pain 2 months.\nExamination: stork test positive.\nSolicit: MRI lumbar spine without contrast to rule out spondylolysis.\n').includes(
        'malformed-line',
      ),
      false,
    ));
});

describe("r54e: a study closing the note in the writer's own words of the spine, only as its name alone", () => {
  const TRAUMA = 'Boy 8 yo. Fell from a tree, 3 m. Pain thoracolumbar, tenderness over L1. Neuro normal.';
  it('"RTG kręgosłupa Th-L." orders the radiograph', () => assert.equal(orderOf(`${TRAUMA} RTG kręgosłupa Th-L.`), 'xr-area'));
  it('"MR bederní páteře bez kontrastu." orders the MRI without contrast', () => assert.equal(orderOf(`${PAIN} MR bederní páteře bez kontrastu.`), 'mri-area-without'));
  it('"Rx coloana lombară." orders the radiograph', () => assert.equal(orderOf(`${PAIN} Rx coloana lombară.`), 'xr-area'));
  it('"RMN coloana lombară fără contrast." orders the MRI', () => assert.equal(orderOf(`${PAIN} RMN coloana lombară fără contrast.`), 'mri-area-without'));
  it('"UZI of spine requested." orders the spinal US', () => assert.equal(orderOf(`${DIMPLE} UZI of spine requested.`), 'us-area'));
  // Near-misses
  it('"Rx coloana lombară dacă durerea persistă." (if the pain persists) orders nothing', () => assert.equal(orderOf(`${PAIN} Rx coloana lombară dacă durerea persistă.`), 'none'));
  it('"RTG kręgosłupa - rodzice odmówili." (the parents refused) orders nothing', () => assert.equal(orderOf(`${PAIN} RTG kręgosłupa - rodzice odmówili.`), 'none'));
  it('"MR bederní páteře 2 tyg. temu: norma." (done before) orders nothing', () => assert.equal(orderOf(`${PAIN} MR bederní páteře 2 tyg. temu: norma.`), 'none'));
  it('"Rx coloana lombară efectuat 2025: normal." (done) orders nothing', () => assert.equal(orderOf(`${PAIN} Rx coloana lombară efectuat 2025: normal.`), 'none'));
  it('"Brother had RTG kręgosłupa." (a relative\'s) orders nothing', () => assert.equal(orderOf(`${PAIN} Brother had RTG kręgosłupa.`), 'none'));
  it('"RTG kręgosłupa?" (asked) orders nothing', () => assert.equal(orderOf(`${PAIN} RTG kręgosłupa?`), 'none'));
  it('"No need for RTG kręgosłupa." (denied) orders nothing', () => assert.equal(orderOf(`${PAIN} No need for RTG kręgosłupa.`), 'none'));
  it('"Rx: ibuprofen 200 mg." (a prescription) orders nothing', () => assert.equal(orderOf(PAIN, 'Rx: ibuprofen 200 mg.'), 'none'));
  it('"RM 2 cm." (no study) orders nothing', () => assert.equal(orderOf(`${PAIN} RM 2 cm.`), 'none'));
  it('"UZI was normal." (no spine after it) orders nothing', () => assert.equal(orderOf(`${DIMPLE} UZI was normal.`), 'none'));
});

describe('r54e: the Polish "Zlecam" (I order) opening a closing sentence', () => {
  const PL = 'Pacjent 17 lat, ból krzyża 3 tyg. Neuro normal.';
  it('"Zlecam RM (MRI) L-spine bez kontrastu." orders the MRI without contrast', () => assert.equal(orderOf(PL, 'Zlecam RM (MRI) L-spine bez kontrastu.'), 'mri-area-without'));
  it('"Zlecam RTG kręgosłupa lędźwiowego." orders the radiograph', () => assert.equal(orderOf(`${PL} Zlecam RTG kręgosłupa lędźwiowego.`), 'xr-area'));
  // Near-misses
  it('"Nie zlecam RM kręgosłupa." (not ordered) orders nothing', () => assert.equal(orderOf(`${PL} Nie zlecam RM kręgosłupa.`), 'none'));
  it('"Zlecam RM kręgosłupa jeśli ból nie ustąpi." (a condition) orders nothing', () => assert.equal(orderOf(`${PL} Zlecam RM kręgosłupa jeśli ból nie ustąpi.`), 'none'));
  it('"Zlecam RM za 3 miesiące." (later) orders nothing', () => assert.equal(orderOf(`${PL} Zlecam RM za 3 miesiące.`), 'none'));
  it('"Zlecam fizjoterapię." (physiotherapy) orders nothing', () => assert.equal(orderOf(`${PL} Zlecam fizjoterapię.`), 'none'));
  it('"…, zlecam RM kręgosłupa." after a comma is not led', () => assert.equal(orderOf('Pacjent 17 lat, ból krzyża 3 tyg., mama prosi, zlecam RM kręgosłupa.'), 'none'));
  it('"Now ordering: MRI L-spine w/o" is no Order key (taken out after review r54)', () =>
    assert.equal(orderOf(PAIN, 'Now ordering: MRI L-spine w/o - cancelled, parents declined'), 'none'));
  it('"Ordering: Dr. Fe" (the ordering clinician) orders nothing', () => assert.equal(orderOf(PAIN, 'Ordering: Dr. Fe'), 'none'));
});

describe("r54e: back pain, a normal exam and a dimple's distance in the writer's own words", () => {
  const backPain = (...lines: string[]) => presentIn('back-pain', ...lines);
  const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;
  const ORDER = 'Plan: MRI lumbar spine';
  it('"ból krzyża 3 tyg." is back pain', () => assert.equal(backPain('Pacjent 14 lat, ból krzyża 3 tyg.', ORDER), true));
  it('"Ból pleców 5 tyg." is back pain', () => assert.equal(backPain('Chłopiec 11 l.', 'Ból pleców 5 tyg.', ORDER), true));
  it('"lombalgie cronică" is back pain', () => assert.equal(backPain('Pacient 34 ani, lombalgie cronică.', ORDER), true));
  it('"bel ağrısı 1 hafta" is back pain', () => assert.equal(backPain('Hasta 12 yaş. Şikayet: bel ağrısı 1 hafta.', ORDER), true));
  it('"dureri de spate 3 săpt." is back pain', () => assert.equal(backPain('Pacient 14 ani, dureri de spate 3 săpt.', ORDER), true));
  // Near-misses
  it('"brak bólu pleców" (none) is no back pain', () => assert.equal(backPain('Pacjent 14 lat, brak bólu pleców. Sacral dimple.', ORDER), false));
  it('"Ból pleców - brak." (absent) is no back pain', () => assert.equal(backPain('Pacjent 14 lat. Ból pleców - brak. Sacral dimple.', ORDER), false));
  it('"Bel ağrısı yok." (none) is no back pain', () => assert.equal(backPain('Hasta 14 yaş. Bel ağrısı yok. Sacral dimple.', ORDER), false));
  it('"fără dureri de spate" (without) is no back pain', () => assert.equal(backPain('Pacient 14 ani, fără dureri de spate. Sacral dimple.', ORDER), false));
  it('"mama are lombalgie" (the mother\'s) is no back pain', () => assert.equal(backPain('Pacient 14 ani, mama are lombalgie. Sacral dimple.', ORDER), false));

  it('"Neurologicky normal." is a normal exam', () => assert.equal(neuro('Kojenec 8 měs. Atypical dimple 6 mm.', 'Neurologicky normal.', ORDER), 'normal'));
  it('"Neuro bez zmian." is a normal exam', () => assert.equal(neuro(PAIN.replace(' Neuro normal.', ''), 'Neuro bez zmian.', ORDER), 'normal'));
  it('"Nörolojik: normal" is a normal exam', () => assert.equal(neuro('Hasta 12 yaş. Bel ağrısı 1 hafta.', 'Nörolojik: normal.', ORDER), 'normal'));
  // Near-misses
  it('"Neuro bez zmian od ostatniej wizyty." (since the last visit) is not read normal', () =>
    assert.notEqual(neuro('Boy 12 yo. Back pain 3 weeks.', 'Neuro bez zmian od ostatniej wizyty.', ORDER), 'normal'));
  it('"Neurologicky normal?" (asked) is not read normal', () => assert.notEqual(neuro('Boy 12 yo. Back pain 3 weeks.', 'Neurologicky normal?', ORDER), 'normal'));
  it('"Nörolojik: weakness of the left foot" is no normal exam', () =>
    assert.notEqual(neuro('Hasta 12 yaş. Bel ağrısı 1 hafta.', 'Nörolojik: weakness of the left foot.', ORDER), 'normal'));

  const INFANT = 'Niemowlę 2 mies. (2 months), female.';
  const DIMPLE_OK = 'Neurological exam normal.\nPlan: US spine';
  it('"1,5 cm od odbytu (from anus)" is the dimple\'s distance: a simple dimple', () =>
    assert.equal(
      ids(`${INFANT}\nSacral dimple 3 mm, inside gluteal cleft, 1,5 cm od odbytu (from anus), bottom is visible, not deep.\n${DIMPLE_OK}\n`).includes('simple-dimple'),
      true,
    ));
  it('"1 cm nad odbytem" is the dimple\'s distance', () =>
    assert.equal(ids(`${INFANT}\nSacral dimple 3 mm in the cleft, 1 cm nad odbytem, bottom seen.\n${DIMPLE_OK}\n`).includes('simple-dimple'), true));
  // Near-misses
  it('"4 cm od odbytu" is too far for a simple dimple', () =>
    assert.equal(ids(`${INFANT}\nSacral dimple 3 mm in the cleft, 4 cm od odbytu, bottom seen.\n${DIMPLE_OK}\n`).includes('simple-dimple'), false));
  it('"Anal fissure 1 cm od odbytu" is the fissure\'s measure, no dimple distance', () =>
    assert.equal(ids(`${INFANT}\nSacral dimple 3 mm in the cleft, bottom seen. Anal fissure 1 cm od odbytu.\n${DIMPLE_OK}\n`).includes('simple-dimple'), false));
  it('"1 inch od odbytu" (no mm or cm) is not read as the distance', () =>
    assert.equal(ids(`${INFANT}\nSacral dimple 3 mm in the cleft, 1 inch od odbytu, bottom seen.\n${DIMPLE_OK}\n`).includes('simple-dimple'), false));
});

describe('r54e, review r54: a native heading\'s, a native closing sentence\'s or a "Zlecam" study undone or replaced later in the note is not the order', () => {
  it('r54 014: "Zlecenie: USG kręgosłupa / Plan: USG cancelled - MRI L-spine w/o instead" reads mri-area-without', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nZlecenie: USG kręgosłupa\nPlan: USG cancelled - MRI L-spine w/o instead'), 'mri-area-without'));
  it('r54 018: "Zlecenie: RTG kręgosłupa Th-L / Plan: XR cancelled by mum, will do US" reads us-area', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nZlecenie: RTG kręgosłupa Th-L\nPlan: XR cancelled by mum, will do US'), 'us-area'));
  it('r54 050: "Zlecam USG kręgosłupa. Rodzice odmówili." reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nZlecam USG kręgosłupa. Rodzice odmówili.'), 'none'));
  it('r54 052: "Zlecam USG kręgosłupa. / Update: parents declined, no imaging." reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nZlecam USG kręgosłupa.\nUpdate: parents declined, no imaging.'), 'none'));
  it('r54 104: "Zlecam USG kręgosłupa. / Parents declined." reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nZlecam USG kręgosłupa.\nParents declined.'), 'none'));
  it('r54 105: "Zlecam USG kręgosłupa. / Plan: US not needed after discussion, review in 3 mo." reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nZlecam USG kręgosłupa.\nPlan: US not needed after discussion, review in 3 mo.'), 'none'));
  it('r54 106: "Zlecam USG kręgosłupa. Odmowa rodziców." reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nZlecam USG kręgosłupa. Odmowa rodziców.'), 'none'));
  it('r54 109: "Zlecenie: USG kręgosłupa / Parents declined the US." reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nZlecenie: USG kręgosłupa\nParents declined the US.'), 'none'));
  it('r54 110: "Zlecenie: USG kręgosłupa / Status: anulowano" reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nZlecenie: USG kręgosłupa\nStatus: anulowano'), 'none'));
  it('r54 111: "Zlecenie: USG kręgosłupa / Update: cancelled, family moved." reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nZlecenie: USG kręgosłupa\nUpdate: cancelled, family moved.'), 'none'));
  it('r54 112: "Požadavek: MR bederní páteře bez kontrastu / Plan: MRI cancelled, spinal US first" reads us-area', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nPožadavek: MR bederní páteře bez kontrastu\nPlan: MRI cancelled, spinal US first'), 'us-area'));
  it('r54 113: "İstek: lomber MR kontrastsız / Aile reddetti." reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nİstek: lomber MR kontrastsız\nAile reddetti.'), 'none'));
  it('r54 114: "RTG kręgosłupa Th-L. / Parents declined." reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nRTG kręgosłupa Th-L.\nParents declined.'), 'none'));
  it('r54 115: "Plan: observe. / MR bederní páteře bez kontrastu. / Cancelled by family." reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nPlan: observe.\nMR bederní páteře bez kontrastu.\nCancelled by family.'), 'none'));
  it('r54 152: "RTG kręgosłupa Th-L. / Cancelled by family." reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nRTG kręgosłupa Th-L.\nCancelled by family.'), 'none'));
  it('r54 153: "MR bederní páteře bez kontrastu. / Parents declined." reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nMR bederní páteře bez kontrastu.\nParents declined.'), 'none'));
  it('r54 154: "Rx coloana lombară. / Parents refused." reads none', () =>
    assert.equal(orderOf('Age: 3 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nRx coloana lombară.\nParents refused.'), 'none'));
});

describe("r54e, review r54: the writers' own back-pain words count only with a gloss or a duration after them, never negated, past or a relative's", () => {
  it('r54 136: "HPI: knee pain. Ból pleców: nie. / Plan: XR L-spine" is no back pain', () =>
    assert.equal(presentIn('back-pain', '12 yo boy.\nNeuro: normal\nHPI: knee pain. Ból pleców: nie.\nPlan: XR L-spine'), false));
  it('r54 139: "HPI: knee pain. / Dureri de spate: nu" is no back pain', () =>
    assert.equal(presentIn('back-pain', '12 yo boy.\nNeuro: normal\nHPI: knee pain.\nDureri de spate: nu\nPlan: XR L-spine'), false));
  it('r54 140: "HPI: knee pain. Ból pleców w zeszłym roku, ustąpił. / Plan: XR L-spine" is no back pain', () =>
    assert.equal(presentIn('back-pain', '12 yo boy.\nNeuro: normal\nHPI: knee pain. Ból pleców w zeszłym roku, ustąpił.\nPlan: XR L-spine'), false));
  it('r54 142: "HPI: knee pain. Babcia ma ból pleców. / Plan: XR L-spine" is no back pain', () =>
    assert.equal(presentIn('back-pain', '12 yo boy.\nNeuro: normal\nHPI: knee pain. Babcia ma ból pleców.\nPlan: XR L-spine'), false));
  it('r54 143: "HPI: knee pain. Annesinde bel ağrısı var. / Plan: XR L-spine" is no back pain', () =>
    assert.equal(presentIn('back-pain', '12 yo boy.\nNeuro: normal\nHPI: knee pain. Annesinde bel ağrısı var.\nPlan: XR L-spine'), false));
  it('r54 158: "HPI: knee pain. Ból pleców - nie ma. / Plan: XR L-spine" is no back pain', () =>
    assert.equal(presentIn('back-pain', '12 yo boy.\nNeuro: normal\nHPI: knee pain. Ból pleców - nie ma.\nPlan: XR L-spine'), false));
  it('r54 160: "HPI: knee pain. Dureri de spate: absente. / Plan: XR L-spine" is no back pain', () =>
    assert.equal(presentIn('back-pain', '12 yo boy.\nNeuro: normal\nHPI: knee pain. Dureri de spate: absente.\nPlan: XR L-spine'), false));
  it('r54 166: "HPI: knee pain. Ojciec ma ból krzyża. / Plan: XR L-spine" is no back pain', () =>
    assert.equal(presentIn('back-pain', '12 yo boy.\nNeuro: normal\nHPI: knee pain. Ojciec ma ból krzyża.\nPlan: XR L-spine'), false));
  it('r54 167: "HPI: knee pain. Bel ağrısı şikayeti olmadı. / Plan: XR L-spine" is no back pain', () =>
    assert.equal(presentIn('back-pain', '12 yo boy.\nNeuro: normal\nHPI: knee pain. Bel ağrısı şikayeti olmadı.\nPlan: XR L-spine'), false));
  it('r54 168: "HPI: knee pain. Tatăl are lombalgie. / Plan: XR L-spine" is no back pain', () =>
    assert.equal(presentIn('back-pain', '12 yo boy.\nNeuro: normal\nHPI: knee pain. Tatăl are lombalgie.\nPlan: XR L-spine'), false));
  it('r54 169: "HPI: knee pain. Nu are dureri de spate. / Plan: XR L-spine" is no back pain', () =>
    assert.equal(presentIn('back-pain', '12 yo boy.\nNeuro: normal\nHPI: knee pain. Nu are dureri de spate.\nPlan: XR L-spine'), false));
  it('r54 170: "HPI: knee pain. Nie ma bólu pleców, ból pleców negatywny. / Plan: XR L-spine" is no back pain', () =>
    assert.equal(presentIn('back-pain', '12 yo boy.\nNeuro: normal\nHPI: knee pain. Nie ma bólu pleców, ból pleców negatywny.\nPlan: XR L-spine'), false));
  it('"ból pleców (back pain) 3 tyg." with its gloss is back pain', () =>
    assert.equal(presentIn('back-pain', 'Pacjent 14 lat, ból pleców (back pain) 3 tyg.', 'Plan: MRI lumbar spine'), true));
  it('"lombalgie since 1 week" is back pain', () => assert.equal(presentIn('back-pain', 'Boy 14 yo, lombalgie since 1 week.', 'Plan: MRI lumbar spine'), true));
  it('"Ból pleców." alone (no gloss, no duration) is not read', () => assert.equal(presentIn('back-pain', 'Pacjent 14 lat. Ból pleców.', 'Plan: MRI lumbar spine'), false));
});
