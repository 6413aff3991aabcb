import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

/** The finding ids read in a note, "-neg" when negated. */
function hits(r: ReturnType<typeof readNote>): string[] {
  return r.facts.hits.map((h) => h.finding.id + (h.negated ? '-neg' : ''));
}

describe('review fixes (s-c): the German table', () => {
  it('1. "Mrs. Sturz" in an English note read as German is a name, not a fall', () => {
    const r = readNote('Age: 12 yo', 'History: Anamnese from Kinderarzt: back pain 6 wk after Mrs. Sturz noted limp. No fever.', 'Order: XR lumbar spine');
    assert.ok(!hits(r).includes('trauma'), hits(r).join(' '));
    assert.equal(r.scenario, 'back-pain-red-flags');
  });

  it('2. "seit 2 J." and "vor 1 J." are how long and how long ago, never the age', () => {
    assert.equal(readNote('Alter: 14 J.', 'Anamnese: Rückenschmerzen seit 2 J., kein Fieber.', 'Procedere: Rö LWS').facts.age?.months, 168);
    assert.equal(readNote('Alter: 12 J.', 'Anamnese: Rückenschmerzen, St.p. Sturz vor 1 J. Kein Fieber.', 'Procedere: Rö LWS').facts.age?.months, 144);
    const r = readNote(
      'Alter: 13 J.',
      'Anamnese: Rückenschmerzen seit 10 Wo., ohne Ausstrahlung, ohne Nachtschmerz, ohne Fieber.',
      'Befund: unauffällig.',
      'Procedere: keine Bildgebung',
    );
    assert.equal(r.facts.age?.months, 156);
    assert.equal(r.facts.painWeeks?.weeks, 10);
  });

  it('3. "3 Wo. alter Säugling", "9 Mo. alter Knabe", "7-jähriger Junge", "Alter: 3 Mo." are ages', () => {
    assert.ok(Math.abs((readNote('Anamnese: 3 Wo. alter Säugling, Steissgrübchen, kein Haarbüschel.', 'Procedere: Sonographie LWS').facts.age?.months ?? -1) - 0.69) < 0.01);
    assert.equal(readNote('Anamnese: 9 Mo. alter Knabe mit Steissgrübchen, sonst o.B.', 'Procedere: Sonographie Wirbelsäule').facts.age?.months, 9);
    assert.equal(readNote('7-jähriger Junge, Rückenschmerzen seit 5 Wo., kein Fieber.', 'Procedere: Rö LWS').facts.age?.months, 84);
    assert.equal(readNote('Alter: 3 Mo.', 'Anamnese: Steissgrübchen tief, Rima ani, sonst o.B.', 'Procedere: Sonographie LWS').facts.age?.months, 3);
    assert.equal(readNote('Alter: 7 Jahre', 'Anamnese: Rückenschmerzen seit 1 Woche, kein Trauma.', 'Procedere: Rö LWS').facts.age?.months, 84);
  });

  it('4. "aber" ends the negation: "keine Nachtschmerzen aber Fieber" keeps the fever', () => {
    assert.ok(hits(readNote('Alter: 15 J.', 'Anamnese: Rückenschmerzen seit 8 Wochen, keine Nachtschmerzen aber Fieber.', 'Procedere: MRT LWS nativ')).includes('fever'));
    const r = readNote('Alter: 15 J.', 'Anamnese: Rückenschmerzen seit 8 Wochen, keine Ausstrahlung in die Beine, aber Schwäche im rechten Bein.', 'Procedere: MRT LWS nativ');
    assert.ok(hits(r).includes('weakness'), hits(r).join(' '));
  });

  it('5. German neuro deficits are read: abgeschwächte Reflexe, MER nicht auslösbar, Paresen, Fussheberparese, Hypästhesie', () => {
    const exam = (b: string) => readNote('Alter: 12 J.', 'Anamnese: Rückenschmerzen seit 6 Wo., kein Fieber.', `Befund: ${b}`, 'Procedere: MRT LWS nativ');
    assert.equal(exam('Haut o.B., Neuro: Reflexe re. abgeschwächt.').facts.neuro.state, 'abnormal');
    assert.equal(exam('MER re. nicht auslösbar.').facts.neuro.state, 'abnormal');
    assert.ok(hits(exam('Paresen beider Beine.')).includes('weakness'));
    assert.ok(hits(exam('Kraft seitengleich, aber Fussheberparese links.')).includes('weakness'));
    assert.ok(hits(exam('Hypästhesie L5 links.')).includes('numbness'));
  });

  it('6. night pain told as "nachts Schmerzen" or "Nachtschmerzen vorhanden" is present', () => {
    assert.ok(hits(readNote('Alter: 13 J., m.', 'Anamnese: Rückenschmerzen seit 10 Wo., nachts Schmerzen.', 'Procedere: MRT LWS nativ')).includes('night-pain'));
    const r = readNote(
      'Alter: 12 J.',
      'Anamnese: Rückenschmerzen seit 6 Wo., Zuweisung vom Kinderspital St. Gallen. Keine Gewichtsabnahme, Nachtschmerzen vorhanden.',
      'Procedere: MRT LWS nativ',
    );
    assert.ok(hits(r).includes('night-pain'), hits(r).join(' '));
  });
});
