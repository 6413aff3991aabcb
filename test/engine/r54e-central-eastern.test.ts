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

describe('r54e: the Polish "Zlecam" (I order) opening a closing sentence, and "Now ordering:"', () => {
  const PL = 'Pacjent 17 lat, ból krzyża 3 tyg. Neuro normal.';
  it('"Zlecam RM (MRI) L-spine bez kontrastu." orders the MRI without contrast', () => assert.equal(orderOf(PL, 'Zlecam RM (MRI) L-spine bez kontrastu.'), 'mri-area-without'));
  it('"Zlecam RTG kręgosłupa lędźwiowego." orders the radiograph', () => assert.equal(orderOf(`${PL} Zlecam RTG kręgosłupa lędźwiowego.`), 'xr-area'));
  it('"Now ordering: MR bederní páteře bez kontrastu (MRI lumbar spine w/o contrast)." orders it', () =>
    assert.equal(
      orderOf(
        'Kojenec 8 měs. Atypical dimple 6 mm above the cleft. Previous USG páteře at 3 months - normal.',
        'Now ordering: MR bederní páteře bez kontrastu (MRI lumbar spine w/o contrast).',
      ),
      'mri-area-without',
    ));
  it('"Now ordering: MRI L-spine w/o" orders it', () => assert.equal(orderOf(PAIN, 'Now ordering: MRI L-spine w/o'), 'mri-area-without'));
  // Near-misses
  it('"Nie zlecam RM kręgosłupa." (not ordered) orders nothing', () => assert.equal(orderOf(`${PL} Nie zlecam RM kręgosłupa.`), 'none'));
  it('"Zlecam RM kręgosłupa jeśli ból nie ustąpi." (a condition) orders nothing', () => assert.equal(orderOf(`${PL} Zlecam RM kręgosłupa jeśli ból nie ustąpi.`), 'none'));
  it('"Zlecam RM za 3 miesiące." (later) orders nothing', () => assert.equal(orderOf(`${PL} Zlecam RM za 3 miesiące.`), 'none'));
  it('"Zlecam fizjoterapię." (physiotherapy) orders nothing', () => assert.equal(orderOf(`${PL} Zlecam fizjoterapię.`), 'none'));
  it('"…, zlecam RM kręgosłupa." after a comma is not led', () => assert.equal(orderOf('Pacjent 17 lat, ból krzyża 3 tyg., mama prosi, zlecam RM kręgosłupa.'), 'none'));
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
