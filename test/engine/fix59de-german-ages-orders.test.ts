/**
 * Round 59 (fix59de): doctors trained in Germany, Austria and Switzerland (and the Nordic countries) writing English with
 * their own conventions: the ages and the orders (set 167). Each reading with the look-alikes it must refuse.
 */
import * as assert from 'node:assert/strict';
import { DAY, ageOf, near, orderOf, presentIn, readNote } from '../helpers';

describe('German "Bitte" and "Erbitte" ask for the study (fix59de)', () => {
  const PAIN = ['Knabe, 14 J. Rückenschmerzen LWS seit 3 Wo., nachts. Kein Fieber.', 'Neuro o.B.'];
  it('orders the study named after it', () => {
    assert.equal(orderOf(...PAIN, 'Bitte Rö LWS.'), 'xr-area');
    assert.equal(orderOf('Mädchen, 4 Mon., Grübchen sakral. Neurol. unauffällig.', 'Bitte Sono Wirbelsäule. Gruß'), 'us-area');
    assert.equal(orderOf('Säugling 2 Mon., Lipom lumbal, Neuro o.B. Erbitte MRT LWS nativ und mit KM.'), 'mri-area-without-and-with');
  });
  it('never a study declined, conditioned or left on the course', () => {
    assert.equal(orderOf(...PAIN, 'Bitte kein Röntgen.'), 'none');
    assert.equal(orderOf(...PAIN, 'Bitte MRT LWS falls Schmerzen persistieren.'), 'none');
    assert.equal(orderOf(...PAIN, 'Erbitte MRT LWS bei Persistenz.'), 'none');
  });
});

describe('German "Jetzt" before the closing study, "Empfehlung:" and "Ganzwirbelsäule" (fix59de)', () => {
  it('"Jetzt MRT LWS mit KM." orders the study', () => {
    assert.equal(orderOf('4 Mon. Knabe, Lipom lumbal.', 'Neurol. unauffällig.', 'Jetzt MRT LWS mit KM.'), 'mri-area-with');
  });
  it('"Jetzt" before no study, or a study with a condition, orders nothing', () => {
    assert.equal(orderOf('12 J., Knabe. Rückenschmerzen seit 2 Wo. Kein Fieber. Jetzt keine Bildgebung, Kontrolle in 4 Wo.'), 'none');
    assert.equal(orderOf('4 Mon. Knabe, Lipom lumbal.', 'Jetzt MRT LWS falls Sono auffällig.'), 'none');
  });
  it('"Empfehlung:" heads the study recommended, never physiotherapy with no study', () => {
    assert.equal(orderOf('14 J., w. RS thorakal seit 3 Wo.', 'Befund: Babinski re positiv.', 'Empfehlung: MRT gesamte Wirbelsäule ohne KM.'), 'mri-complete-without');
    assert.equal(orderOf('12 J., Knabe. Rückenschmerzen seit 2 Wo. Kein Fieber.', 'Empfehlung: Physiotherapie, kein MRT.'), 'none');
  });
  it('"pathologisch" after an ultrasound tells it abnormal, "nicht pathologisch" normal', () => {
    const prior = (t: string) => (readNote('5 Mon. Knabe, Lipom lumbal.', t, 'Neuro o.B.').facts.prior ?? []).map((p) => p.result);
    assert.deepEqual(prior('Sono LWS extern: pathologisch (Konus L3).'), ['abnormal']);
    assert.deepEqual(prior('Sono LWS extern: nicht pathologisch.'), ['normal']);
  });
});

describe('German ages: "LT" (Lebenstag), "jähr.", "Mo., w.", "Kind:" and a study "mit 6 Wo." (fix59de)', () => {
  it('"LT 60" opening the note is the 60th day of life', () => {
    near(ageOf('LT 45, m.', 'Grübchen 6 mm oberhalb der Rima. Neuro unauffällig.', 'Sono Spinalkanal bitte.'), 45 * DAY, 'LT 45');
    near(ageOf('Neonatologie, LT 21.', 'Aplasia cutis lumbosakral. Neurostatus regelrecht.', 'Bitte MRT LWS ohne KM.'), 21 * DAY, 'LT 21');
  });
  it('a day of life dating a study, or beside an age in months, is no age', () => {
    assert.equal(ageOf('Säugling, Grübchen sakral. Sono LWS am LT 3: unauffällig. Neuro o.B.'), undefined);
    assert.equal(ageOf('9 Mo., w. Grübchen sakral. LT 3: Sono LWS unauffällig. Neuro o.B.'), 9);
  });
  it('"12-jähr." and "9 Mo., w." and "Kind: m, 8 Monate" age the child', () => {
    assert.equal(ageOf('Notaufnahme: 11-jähr. Radfahrer, Sturz, Schmerzen LWS. Neuro o.B.', 'CT LWS nativ.'), 132);
    assert.equal(ageOf('Anamnese: 9 Mo., w. Grübchen sakral.', 'Procedere: MRT LWS nativ.'), 9);
    assert.equal(ageOf('Kind: m, 8 Monate', 'Befund: Haarbüschel lumbal. Neurologisch altersentsprechend.', 'Anforderung: Sonographie LWS'), 8);
  });
  it("a relative's years stay unread", () => {
    assert.equal(ageOf('Mutter 34 jähr., Kind mit Grübchen sakral.', 'Bitte Sono LWS.'), undefined);
  });
  it('an ultrasound "mit 6 Wo.: unauffällig" is a normal earlier study, not the age', () => {
    const r = readNote(
      'Anamnese: 9 Mo., w. Z.n. Sono Spinalkanal mit 6 Wo.: unauffällig.',
      'Befund: Grübchen 2 mm in der Rima, 1 cm ab ano. Neuro o.B.',
      'Procedere: MRT LWS nativ.',
    );
    assert.equal(r.facts.age?.months, 9);
    assert.deepEqual(
      (r.facts.prior ?? []).map((p) => `${p.modality}:${p.result}`),
      ['US:normal'],
    );
  });
});

describe('Swedish "önskas" is a Nordic cue, so "3 mån" is read (fix59de)', () => {
  it('"3 mån pojke … önskas" ages the child', () => assert.equal(ageOf('3 mån pojke. Sakral grop. Neurologiskt ua. Ultraljud ländrygg önskas.'), 3));
  it("a mother's years are still hers", () => assert.equal(ageOf('Mor 34 år, pojke med grop. Ultraljud ländrygg önskas.'), undefined));
});

describe('After review rfix59de: "Bitte"/"Erbitte" only where the sentence asks for the study outright', () => {
  const LIPOMA = 'Knabe, 6 Mon., Lipom sakral. Neuro o.B.';
  const PAIN = 'Mädchen, 11 J., Rückenschmerzen seit 2 Wo. Kein Fieber. Neuro o.B.';
  it('a condition, a later time or an order after something else orders nothing', () => {
    assert.equal(orderOf(LIPOMA, 'Bitte MRT LWS wenn Ultraschall auffällig.'), 'none');
    assert.equal(orderOf(LIPOMA, 'Bitte ggf. MRT LWS im Anschluss.'), 'none');
    assert.equal(orderOf(LIPOMA, 'Bitte MRT LWS erst nach Besprechung im Team.'), 'none');
    assert.equal(orderOf(LIPOMA, 'Bitte MRT LWS nach dem Ultraschall.'), 'none');
    assert.equal(orderOf(PAIN, 'Bitte MRT LWS nicht vor Abschluss der Krankengymnastik.'), 'none');
    assert.equal(orderOf(LIPOMA, 'Bitte MRT LWS im Verlauf.'), 'none');
  });
  it("another child's study, or a report of an earlier study asked for, orders nothing", () => {
    assert.equal(orderOf('Mädchen, 2 Mon., Grübchen sakral 1 mm in der Rima. Neuro o.B.', 'Bitte Sono LWS beim Geschwisterkind terminieren.'), 'none');
    assert.equal(orderOf(PAIN, 'Erbitte Befund des MRT LWS vom 11/2024.'), 'none');
    assert.equal(orderOf(PAIN, 'Bitte Bilder des Röntgen LWS mitbringen.'), 'none');
  });
  it('an earlier result told beside the order keeps it', () => {
    assert.equal(orderOf('Mädchen 4 Mon., Lipom sakral. Neuro o.B.', 'Bitte MRT LWS ohne KM, Sono auswärts bereits pathologisch.'), 'mri-area-without');
  });
});

describe('After review rfix59de: "pathologisch" is the spine study\'s result, told for sure', () => {
  const prior = (t: string) => (readNote('Knabe 9 Mon., Haarbüschel lumbal. Neuro o.B.', t, 'MRT LWS nativ.').facts.prior ?? []).map((p) => `${p.modality}:${p.result}`);
  it("another organ's study keeps its result (a renal US is no spine's)", () => {
    assert.deepEqual(prior('Sono Nieren auswärts: pathologisch (Dilatation).'), []);
    assert.notDeepEqual(prior('Sono Hüfte extern: pathologisch.'), ['US:abnormal']);
  });
  it('"fraglich pathologisch" and "pathologisch?" are in doubt, never abnormal', () => {
    assert.deepEqual(prior('Sono LWS auswärts: fraglich pathologisch.'), ['US:indeterminate']);
    assert.deepEqual(prior('Sono Spinalkanal: pathologisch? Befund wird nachgereicht.'), ['US:indeterminate']);
    assert.notDeepEqual(prior('Sono LWS: evtl. pathologisch.'), ['US:abnormal']);
  });
  it("a sibling's study is not the child's", () => {
    assert.notDeepEqual(prior('Sono LWS beim Bruder: pathologisch.'), ['US:abnormal']);
  });
  it('a study named with no organ, or the spine, before it is the spine study', () => {
    assert.deepEqual(prior('Sono extern: pathologisch.'), ['US:abnormal']);
  });
});

describe('After review rfix59de: a study "mit 4 Mon." is an earlier one only where it is told done', () => {
  const HEAD = 'Mädchen, 3 Mon., Haarbüschel lumbal. Neuro o.B.';
  it("today's study at today's age stays the order", () => {
    assert.equal(orderOf(HEAD, 'Sono LWS mit 3 Mon. (heute).'), 'us-area');
    assert.equal(orderOf(HEAD, 'Sono LWS mit 3 Mon. bitte.'), 'us-area');
    assert.equal(orderOf(HEAD, 'Sono LWS, danach Kontrolle mit 12 Mon.'), 'us-area');
  });
  it('a result told after it makes it an earlier study', () => {
    const r = readNote('Anamnese: 7 Mo., m. Z.n. Sono LWS mit 4 Wo.: unauffällig.', 'Befund: Grübchen 3 mm in der Rima. Neuro o.B.', 'Procedere: MRT LWS nativ.');
    assert.deepEqual(
      (r.facts.prior ?? []).map((p) => `${p.modality}:${p.result}`),
      ['US:normal'],
    );
    assert.equal(r.facts.age?.months, 7);
  });
});

describe('After review rfix59de: "Kind:" is the patient key only when it is the only one and names the child', () => {
  it("beside another patient key its line is not the patient's: a twin's or a brother's tuft stays theirs", () => {
    const twin = ['Patient: Zwilling 1, 5 Mon., w.', 'Kind: Zwilling 2 hat ein Haarbüschel lumbal (nicht anwesend).', 'Grübchen sakral 2 mm in der Rima. Neuro o.B.', 'Sono LWS.'];
    assert.equal(presentIn('hair-tuft', ...twin), false);
    assert.equal(ageOf(...twin), 5);
    assert.equal(presentIn('hair-tuft', 'Pat.: Knabe, 4 Mon.', 'Kind: Haarbüschel lumbal beim Bruder.', 'Grübchen sakral 2 mm in der Rima. Neuro o.B.', 'Sono LWS.'), false);
  });
  it('alone, naming the child, it is the patient key', () => {
    assert.equal(ageOf('Kind: w, 6 Monate', 'Befund: Haarbüschel lumbal. Neuro o.B.', 'Anforderung: Sonographie LWS'), 6);
  });
});
