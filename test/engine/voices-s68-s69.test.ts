/**
 * Sets 68 and 69 (doctors trained in Scandinavia, Finland, the Netherlands, Poland, Czechia, Hungary, Romania, Turkey,
 * Ukraine; and in Japan, Korea, China, Vietnam, Indonesia, Malaysia): the readings they found missing. A plan's heading
 * kept in the hospital template's language ("Åtgärd:", "Tiltak:", "Zalecenia:", "Dop.:", "Javaslat:", "Suunnitelma:",
 * "Planning:", "Chi dinh:"); the age told in the writer's own units ("3 dagar gammal", "5 mies.", "11letý", "13 éves",
 * "19 yaş", "8 tuoi", "11 років", "15 th"); a study's and its contrast's names ("UZ páteře", "Ultraljud ländrygg", "DT",
 * "Foto", "bez kontrastu", "utan kontrast", "khong can quang", "tanpa kontras"). Each with the look-alikes that must stay
 * as they were: a relative's age, a time ago, a complaint's duration, a follow-up's interval, a plan that orders nothing.
 */
import * as assert from 'node:assert/strict';
import { DAY, ageOf, near, orderOf, readNote } from '../helpers';

const WEEK = 7 * DAY;

describe("s68/s69: a plan's heading in the template's language", () => {
  const dimple = '15 mo boy, red mark and small pit over the sacrum, deep, base not seen. Neuro normal.';
  const lbp = '14 yo boy, low back pain 3 weeks, no fever, no night pain. Neuro normal.';
  it('reads the study under the heading as the order', () => {
    assert.equal(orderOf(dimple, 'Åtgärd: MR ländrygg utan kontrast, i narkos. Återbesök efter.'), 'mri-area-without');
    assert.equal(orderOf(lbp, 'Tiltak: Rtg columna lumbalis AP/side.'), 'xr-area');
    assert.equal(orderOf(dimple, 'Zalecenia: USG kanału kręgowego (spinal canal ultrasound) - skierowanie wydano.'), 'us-area');
    assert.equal(orderOf(dimple, 'Dop.: MR páteře (L-S) bez kontrastu. Referral to neurosurgery sent today.'), 'mri-area-without');
    assert.equal(orderOf(dimple, 'Javaslat: MRI of lumbar spine with gadolinium contrast. Control in our ambulance with the result.'), 'mri-area-with');
    assert.equal(orderOf(dimple, 'Suunnitelma: MRI lumbosacral spine in sedation, without contrast. Lähete sent.'), 'mri-area-without');
    assert.equal(orderOf(dimple, 'Planning: Foto lumbosacral AP/Lateral'), 'xr-area');
    assert.equal(orderOf('8 yo boy, fell from 2nd floor balcony, ~3m. Midline tenderness T12-L1.', 'Chi dinh: CT T-L spine khong can quang (non-contrast)'), 'ct-area-without');
    assert.equal(orderOf(dimple, 'Recomandări: RMN coloana lombosacrată fără contrast. Reevaluare cu rezultatul.'), 'mri-area-without');
    assert.equal(orderOf('2 mo girl with large haemangioma lumbosacral, in midline.', 'Remiss: Ultraljud ländrygg/spinalkanal'), 'us-area');
  });
  it('a heading whose value orders nothing, or tells a study done, orders nothing', () => {
    assert.equal(orderOf(lbp, 'Åtgärd: ingen bilddiagnostik, NSAID, physiotherapy.'), 'none');
    assert.equal(orderOf(lbp, 'Dop.: Rehabilitace (physiotherapy), exercises. Imaging not indicated now. Kontrola za 4 týdny.'), 'none');
    assert.equal(orderOf(lbp, 'Planning: discharge tomorrow, MRI lumbar spine was done last week, normal.'), 'none');
    assert.equal(orderOf(lbp, 'Xu tri: Paracetamol 500mg prn, reduce bag weight. No imaging needed.'), 'none');
  });
});

describe("s68/s69: a study's and its contrast's names", () => {
  const dimple = '15 mo boy, red mark and small pit over the sacrum, deep, base not seen. Neuro normal.';
  it('reads them before the spine', () => {
    assert.equal(orderOf(dimple, 'Plan: MR ländrygg med kontrast.'), 'mri-area-with');
    assert.equal(orderOf(dimple, 'Plan: MR ländrygg med och utan kontrast.'), 'mri-area-without-and-with');
    assert.equal(orderOf(dimple, 'Plan: MRI whole spine dengan kontras'), 'mri-complete-with');
    assert.equal(orderOf(dimple, 'Plan: UZ páteře.'), 'us-area');
    assert.equal(orderOf('15 yo boy, fell from a horse, thoracolumbar pain.', 'Plan: DT thoracolumbar columna (no contrast).'), 'ct-area-without');
  });
  it('the same letters elsewhere name no study', () => {
    assert.equal(orderOf('10 yo boy with back pain 2 wk, no red flags.', 'Foto of the rash attached.', 'Plan: no imaging.'), 'none');
    assert.equal(orderOf('10 yo boy with back pain 2 wk, no red flags.', 'DT 12/03 booked.', 'Plan: no imaging.'), 'none');
  });
});

describe("s68/s69: the age told in the writer's own units", () => {
  const dimple = 'Sacral dimple, 3 mm, in the gluteal cleft, bottom visible. Neuro normal.';
  it('Swedish, Norwegian and Danish', () => {
    near(ageOf('Flicka, 3 dagar gammal, fullgången.', dimple, 'Åtgärd: Ultraljud ländrygg.'), 3 * DAY, '3 dagar gammal');
    assert.equal(ageOf('Anamnes: 2 mån gammal flicka with large haemangioma, ingen feber.', 'Remiss: Ultraljud ländrygg'), 2);
    assert.equal(ageOf('Dreng 3 mdr. Henvist fra egen læge.', dimple), 3);
    assert.equal(ageOf('Fastlegekontor, 14 år gammel gutt. Ingen feber.', 'Tiltak: Rtg LS-columna.'), 168);
    assert.equal(ageOf('16 år jente, ryggsmerter for 2 weeks. Ingen feber.'), 192);
    assert.equal(ageOf('Pige 10 år. 5 dage fever and low back pain.', 'Plan: MRI L-spine.'), 120);
    assert.equal(ageOf('Vårdcentral. 17-årig man, low back pain. Ingen feber.'), 204);
    assert.equal(ageOf('Pojke 1 år 3 mån. Kommer med pappa.', dimple), 15);
  });
  it('a relative, a time ago or a duration told so is no age', () => {
    assert.equal(ageOf('Mamma 38 år, flicka har ryggsmärta. Ingen feber och ingen trauma.'), undefined);
    assert.equal(ageOf('Flicka har ryggsmärta sedan 2 år sedan. Ingen feber och ingen trauma.'), undefined);
    assert.equal(ageOf('Ryggsmerter 3 dager, ingen feber og ingen trauma. Gutt.'), undefined);
  });
  it('Finnish', () => {
    near(ageOf('Potilas: tyttö, 7 vk (7 weeks)', dimple, 'Suunnitelma: MRI lumbosacral spine, natiivi.'), 7 * WEEK, 'tyttö, 7 vk');
    assert.equal(ageOf('12-vuotias tyttö, selkäkipu 3 vk. Ei kuumetta.'), 144);
    assert.equal(ageOf('Tyttö, selkäkipu 3 vk sitten, äiti 40 v. Ei kuumetta.'), undefined);
  });
  it('Polish', () => {
    assert.equal(ageOf('Pacjent: chłopiec, 5 mies.', dimple, 'Zalecenia: USG kanału kręgowego'), 5);
    assert.equal(ageOf('Pacjentka 13 lat, handball player. Ból odcinka lędźwiowego since 8 weeks.'), 156);
    assert.equal(ageOf('Chłopiec 2 lata. Mama reports he bumped his back. Badanie: normal.'), 24);
    assert.equal(ageOf('13-letni chłopiec. Since 10 days back pain. Badanie: normal.'), 156);
    assert.equal(ageOf('Chłopiec 14 l. Skierowanie: scyntygrafia kośćca.'), 168);
    assert.equal(ageOf('Matka 38 lat. Chłopiec, ból pleców od 2 lata temu. Wywiad: no fever.'), undefined);
    assert.equal(ageOf('Chłopiec, ból 2 lata. Wywiad: no fever. Badanie: normal.'), undefined);
  });
  it('Czech', () => {
    near(ageOf('NO: Kojenec 6 týdnů, boy.', dimple, 'Dop.: MR páteře bez kontrastu.'), 6 * WEEK, 'Kojenec 6 týdnů');
    assert.equal(ageOf('NO: 11letý chlapec, pain in the lower back 2 weeks.', 'Závěr: Lumbago.', 'Dop.: Kontrola za 2 týdny.'), 132);
    assert.equal(ageOf('14letá dívka, back pain 2 weeks.', 'Závěr: Lumbalgie.'), 168);
    assert.equal(ageOf('Chlapec, bolest zad před 2 lety, matka 40 let.', 'Závěr: lumbago.', 'Dop.: Kontrola za 2 týdny.'), undefined);
    assert.equal(ageOf('Chlapec, bolest zad 2 roky.', 'Závěr: lumbago.', 'Dop.: Kontrola za 2 týdny.'), undefined);
  });
  it('Hungarian, Turkish and Ukrainian', () => {
    assert.equal(ageOf('13 éves lány. School nurse found asymmetry of the back.', 'Javaslat: X-ray of the full spine.'), 156);
    assert.equal(ageOf('Anamnézis: 10 hónapos fiú (10-month-old boy). Lumbosacral hair tuft since birth.'), 10);
    assert.equal(ageOf('Anya 40 éves. Fiú, back pain 2 hete, no fever.', 'Javaslat: kontroll.'), undefined);
    assert.equal(ageOf('Acil servis. 19 yaş erkek, motorcycle accident. Neck pain.'), 228);
    assert.equal(ageOf('Acil servis. Anne 35 yaş, kız çocuk back pain 3 hafta. Ateş yok.'), undefined);
    assert.equal(ageOf('Скарги: біль у попереку (pain in low back) 3 weeks. Хлопчик 11 років.'), 132);
    assert.equal(ageOf('Скарги: біль у попереку 3 роки. Мати 40 років.'), undefined);
  });
  it('Vietnamese and Indonesian', () => {
    assert.equal(ageOf('Cap cuu (ER). BN nam 8 tuoi, te tu lau 2 xuong san 1h truoc.', 'Chi dinh: CT T-L spine'), 96);
    assert.equal(ageOf('BN nu 10 tuoi, dau lung 2 ngay sau khi mang cap sach nang.', 'Kham: no spinal tenderness.'), 120);
    assert.equal(ageOf('BN nam 7 thang. Skin tag vung that lung cung. Kham than kinh: binh thuong.'), 7);
    assert.equal(ageOf('BN: Tran Gia H., nam, 9 thang tuoi (9 months)', 'Ly do kham: lom vung cung cut (sacral dimple)'), 9);
    assert.equal(ageOf('BN nam, dau lung 2 thang, me 35 tuoi. Kham: binh thuong.'), undefined);
    assert.equal(ageOf('Me cua BN 30 tuoi. BN nu, dau lung 3 tuan truoc. Kham: binh thuong.'), undefined);
    assert.equal(ageOf('Pasien laki-laki 15 th. Nyeri punggung 3 minggu, demam (-).'), 180);
    assert.equal(ageOf('Nyeri punggung sejak 15 th yang lalu, ibu 40 th. Demam (-).'), undefined);
  });
});

describe("s68/s69: the impression's heading in the template's language", () => {
  const lbp = '9 yo boy, back pain 5 weeks, especially at night, relieved with ibuprofen. No fever. Neuro exam normal.';
  it('a suspicion under it is read as under "Imp:"', () => {
    assert.equal(readNote(lbp, 'Ön tanı: Osteoid osteoma?', 'Plan: Lumbar CT without contrast.').scenario, 'back-pain-infection-tumor');
    assert.equal(readNote(lbp, 'Rozpoznanie: Osteoid osteoma?', 'Zalecenia: Lumbar CT without contrast.').scenario, 'back-pain-infection-tumor');
    const fever = '6 yo boy. Fever 39 x 3 days, back pain, no trauma. CRP 85. Tenderness L3-L4.';
    assert.equal(readNote(fever, 'Chan doan: r/o spondylodiscitis', 'Chi dinh: MRI toan bo cot song co tiem thuoc').scenario, 'back-pain-infection-tumor');
    assert.equal(orderOf(fever, 'Chan doan: r/o spondylodiscitis', 'Chi dinh: MRI toan bo cot song co tiem thuoc'), 'mri-complete-with');
    const tb = '15 yo boy. Back pain 3 weeks, night sweats, cough.';
    assert.equal(readNote(tb, 'Dx kerja: Susp. spondilitis TB', 'Planning: Foto thorakolumbal AP/Lat').scenario, 'back-pain-infection-tumor');
  });
  it('an impression that suspects nothing moves no scenario', () => {
    assert.equal(readNote(lbp, 'Ön tanı: mechanical back pain', 'Plan: ibuprofen.').scenario, readNote(lbp, 'Imp: mechanical back pain', 'Plan: ibuprofen.').scenario);
    assert.equal(
      readNote(lbp, 'Závěr: Lumbago, no suspicion of tumour.', 'Dop.: ibuprofen.').scenario,
      readNote(lbp, 'Imp: Lumbago, no suspicion of tumour.', 'Plan: ibuprofen.').scenario,
    );
  });
});

describe("s68/s69: a dimple's place and a radiograph's region in the writer's words", () => {
  it('"distance to anus ca 1,5 cm" is 1.5 cm; "in the bilspleet" is within the cleft', () => {
    const r = readNote('3 mo boy.', 'Obj: Dimple in the gluteal cleft 3 mm, distance to anus ca 1,5 cm, bottom visible, not deep. No hair.', 'Plan: No imaging needed.');
    assert.equal(r.facts.dimple?.distanceCm, 1.5);
    assert.ok(!r.rules.includes('dimple-undescribed'), r.rules.join());
    const b = readNote('3 yo boy.', 'Exam: a sacral dimple, 4 mm, in the bilspleet, 2 cm from anus, bottom visible.', 'Plan: US spine.');
    assert.equal(b.facts.dimple?.position, 'within-cleft');
    assert.equal(readNote('3 yo boy.', 'Exam: a sacral dimple, 4 mm, just above the bilspleet, 2 cm from anus.', 'Plan: US spine.').facts.dimple?.position, 'above-cleft');
  });
  it('"ca" with no measure after it gives no distance', () => {
    assert.equal(readNote('3 mo boy.', 'Exam: Dimple in the gluteal cleft 3 mm, close to anus ca, bottom visible.', 'Plan: US spine.').facts.dimple?.distanceCm, undefined);
  });
  it('"RTG L-S", "RTG odcinka L-S AP + boczne" are a lumbosacral radiograph; told done and normal, a prior', () => {
    const lbp = 'Pacjent 18 lat, volleyball player, low back pain 2 weeks. No night pain, no fever.';
    assert.equal(orderOf(lbp, 'Zalecenia: RTG odcinka L-S AP + boczne. Fizjoterapia.'), 'xr-area');
    const prior = 'Pacjentka 13 lat, low back pain since 8 weeks, worse after training.';
    const neg = readNote(prior, 'RTG L-S (15.10.2026): bez zmian patologicznych, no spondylolysis seen.', 'Zalecenia: MRI odcinka L-S kręgosłupa (bez kontrastu).');
    assert.equal(neg.scenario, 'back-pain-red-flags-negative-radiographs');
    assert.equal(orderOf(prior, 'RTG L-S (15.10.2026): bez zmian patologicznych.', 'Zalecenia: physiotherapy.'), 'none');
  });
});

describe('s69: "w/ Gd" after "w/o &" is the contrast pair', () => {
  it('"MRI L-spine w/o & w/ Gd" orders without and with', () => {
    assert.equal(orderOf('14 yo girl, LBP 2 weeks.', 'Plan: MRI L-spine w/o & w/ Gd (incl. STIR)'), 'mri-area-without-and-with');
    assert.equal(orderOf('14 yo girl, LBP 2 weeks.', 'Plan: MRI L-spine w/o + w/ Gd'), 'mri-area-without-and-with');
  });
  it('without the plain study before it, no pair', () => {
    assert.equal(orderOf('14 yo girl, LBP 2 weeks.', 'Plan: MRI L-spine w/o contrast & w/ Gd if a mass is seen'), 'none');
    assert.equal(orderOf('14 yo girl, LBP 2 weeks.', 'Plan: MRI L-spine w/o contrast.'), 'mri-area-without');
  });
});
