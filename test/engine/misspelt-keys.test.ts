/** A clearly misspelt key ("Patiant:", "Ordr:", "Nuero:") is read as the key it is closest to, and still reported with its fix. */
import * as assert from 'node:assert/strict';
import { misspeltKey, parseNote } from '../../server/src/notes/parser';
import { lint, note, readNote } from '../helpers';

describe('misspelt keys', () => {
  describe('read as the one key they are closest to', () => {
    const CASES: [string, string][] = [
      ['Patiant', 'Patient'],
      ['Ordr', 'Order'],
      ['Nuero', 'Neuro'],
      ['Findngs', 'Findings'],
      ['Priorty', 'Priority'],
      // Order and Orders tie: both spell the Order key.
      ['Ordre', 'Order'],
      ['Red flgs', 'Red flags'],
    ];
    for (const [raw, name] of CASES) it(`"${raw}:" is read as ${name}`, () => assert.equal(misspeltKey(raw)?.name, name));
  });

  describe('near-misses stay unknown and unread', () => {
    const CASES = [
      // Relatives and other people: their values are someone else's.
      'Dad',
      'Mothr',
      'Mom',
      // A word added is another key, not a misspelling.
      'B symptoms',
      // Ambiguous: two keys equally close ("Age" / "Sex", "ID" / "Order").
      'Aeg',
      'Odr',
      // No key close at all.
      'Banana',
    ];
    for (const raw of CASES) it(`"${raw}:" is not guessed`, () => assert.equal(misspeltKey(raw), undefined));
  });

  it('the whole note is read: age, marker, neuro exam, order and scenario (set 4)', () => {
    const r = readNote(
      'Patiant: 7 wk old boy',
      'Ordr: US spinal canal (76800)',
      'Findngs: deep sacral dimple, base not seen, ~6mm, above gluteal cleft',
      'Nuero: intact',
      'Red flags: none',
      'Priorty: routine',
    );
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
    assert.ok(r.facts.age);
  });

  it('the misspelling is still reported, with the corrected spelling as the one quick fix', () => {
    const found = lint(note('Age: 3 mo', 'Findngs: hair tuft', 'Ordr: XR L-spine')).findings;
    const unknown = found.filter((f) => f.ruleId === 'unknown-key');
    assert.deepEqual(
      unknown.map((f) => `${f.fixes[0].title}/${f.fixes[0].kind}`),
      ['Replace with "Findings"/fix', 'Replace with "Order"/fix'],
    );
    assert.match(unknown[0].message, /is read as "Findings"/);
    // The checks now run on what the misspelt keys say: an XR for an infant with a hair tuft.
    assert.ok(found.some((f) => f.ruleId === 'inappropriate-initial-study'));
  });

  it('a relative key stays unread: a tuft under "Dad:" is no marker of the patient', () => {
    const p = parseNote(note('Age: 3 mo', 'Dad: hair tuft over sacrum', 'Order: US spine'));
    assert.equal(p.fields.find((f) => f.rawKey === 'Dad')?.key, undefined);
    assert.equal(readNote('Age: 3 mo', 'Dad: hair tuft over sacrum', 'Order: US spine').scenario !== 's1-cutaneous-marker', true);
  });
});
