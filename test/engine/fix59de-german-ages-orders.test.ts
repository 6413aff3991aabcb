/**
 * Round 59 (fix59de): doctors trained in Germany, Austria and Switzerland (and the Nordic countries) writing English with
 * their own conventions: the ages and the orders (set 167). Each reading with the look-alikes it must refuse.
 */
import * as assert from 'node:assert/strict';
import { DAY, ageOf, near, orderOf, readNote } from '../helpers';

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
