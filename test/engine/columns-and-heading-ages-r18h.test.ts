/**
 * r18h: a header line's columns, known keys or not, are fields of their own ("Age: 14   Injury: fell from horse"); a
 * heading line's age after the visit's date or interval ("Spine clinic: 6/12 M/R, 15 y/o").
 */
import * as assert from 'node:assert/strict';
import { namesTheChild } from '../../server/src/clinical/age-fact';
import { parseNote } from '../../server/src/notes/parser';
import { readNote } from '../helpers';

const monthsOf = (...lines: string[]) => readNote(...lines).facts.age?.months;
const keysOf = (line: string) => parseNote(line + '\n').fields.map((f) => [f.rawKey, f.value]);

describe("a header line's columns (r18h)", () => {
  it("a key naming the child opens a header only as the caller's vocabulary says (age-vocabulary patientKeys)", () => {
    const line = 'Child: Maya R.      DOB: 2023-03-12\n';
    assert.deepEqual(
      parseNote(line, true, undefined, namesTheChild).fields.map((f) => [f.rawKey, f.value]),
      [
        ['Child', 'Maya R.'],
        ['DOB', '2023-03-12'],
      ],
    );
    assert.deepEqual(
      parseNote(line).fields.map((f) => [f.rawKey, f.value]),
      [['Child', 'Maya R.      DOB: 2023-03-12']],
    );
    // A relative's key is no header, whatever the vocabulary: the mother's birthday stays in her line.
    assert.equal(parseNote('Mother: Jane Doe   DOB: 1992-03-04\n', true, undefined, namesTheChild).fields.length, 1);
  });
  it('split at any key after a column gap, known or not', () => {
    assert.deepEqual(keysOf('Age: 14   Injury: fell from horse onto back'), [
      ['Age', '14'],
      ['Injury', 'fell from horse onto back'],
    ]);
    assert.deepEqual(keysOf('Age: 14\tFever: yes 39C'), [
      ['Age', '14'],
      ['Fever', 'yes 39C'],
    ]);
    assert.deepEqual(keysOf('Age: ***   Wt: 5.1 kg'), [
      ['Age', '***'],
      ['Wt', '5.1 kg'],
    ]);
  });
  it("a column's value is read as on its own line", () => {
    assert.equal(readNote('Age: 14   Injury: fell from horse onto back', 'Back pain.').scenario, 'spine-trauma-thoracolumbar');
    assert.equal(readNote('Age: 14   Injury: fell from horse onto back', 'Back pain.').scenario, readNote('Age: 14', 'Injury: fell from horse onto back', 'Back pain.').scenario);
    assert.equal(monthsOf('Age: 14   Sport: gymnastics 20 h/wk', 'Back pain.'), 168);
    const own = readNote('Age: 14', 'Fever: yes 39C', 'Back pain.');
    const col = readNote('Age: 14   Fever: yes 39C', 'Back pain.');
    assert.equal(col.scenario, own.scenario);
    assert.equal(col.rules.filter((r) => r === 'unknown-key').length, own.rules.filter((r) => r === 'unknown-key').length);
    assert.equal(readNote('Age: 14   Injury: fell from horse onto back', 'Back pain.').rules.includes('unknown-key'), false);
  });
  it("near-misses: a weight, a mother's age, a DOB line, a placeholder", () => {
    assert.equal(monthsOf('Age: 14   Weight: 52', 'back pain'), 168);
    assert.equal(readNote('Age: 14   Weight: 52', 'back pain').scenario, 'back-pain-no-red-flags');
    assert.ok(Math.abs(monthsOf('Age: 7 wk   Mom: 17 yo', 'sacral dimple')! - (7 * 7) / 30.4375) < 0.01);
    assert.equal(monthsOf('DOB: 1/2/2020   Age: 6 y', 'back pain'), 72);
    assert.equal(monthsOf('Age: ***   Wt: 5.1 kg', 'Sacral dimple.'), undefined);
    assert.ok(readNote('Age: ***   Wt: 5.1 kg', 'Sacral dimple.').rules.includes('missing-age'));
  });
  it('only a header line is split: a clinical line keeps its columns as answers', () => {
    assert.deepEqual(keysOf('Findings: Hair tuft: No [x]   Dimple: No [ ] Yes [x]').length, 1);
    assert.deepEqual(keysOf('Mother: Jane Doe   Age: 34').length, 1);
    assert.deepEqual(keysOf('Age: 14 Injury: fell').length, 1);
  });
});

describe("a heading line's age after the visit's date (r18h)", () => {
  it('opens the item after a date or a slash interval', () => {
    assert.equal(monthsOf('Spine clinic: 6/12 M/R, 15 y/o', 'back pain'), 180);
    assert.equal(monthsOf('Ortho: 3/12 f/u; 14 yo F', 'back pain'), 168);
    assert.equal(monthsOf('Spine clinic: 15 y/o', 'back pain'), 180);
  });
  it("near-misses: a seen date, an adult's age, a longer item", () => {
    assert.equal(monthsOf('Seen 6/12 ago', 'back pain'), undefined);
    assert.equal(monthsOf('Spine clinic: seen 6/12 ago', 'back pain'), undefined);
    assert.equal(monthsOf('Spine clinic: 6/12 M/R, mother 35 y/o', 'back pain'), undefined);
    assert.equal(monthsOf('Spine clinic: 6/12 hx of pain in brother, 15 y/o', 'back pain'), undefined);
  });
});
