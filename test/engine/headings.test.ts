/**
 * Headings that are not keys ("Onc clinic:", "Re:", "Peds Ortho:", "Newborn exam:"): the narrative
 * after one is read as history, so its age, findings and order are found, while a misspelt key keeps
 * its quick fix and a line about someone else stays unread; and keys for the age with a qualifier.
 */
import * as assert from 'node:assert/strict';
import { HEADING_WORDS, isHeading, isNotHistory } from '../../server/src/notes/headings';
import { lookupKey } from '../../server/src/notes/keys';
import { parseNote } from '../../server/src/notes/parser';
import { ageOf, DAY, lint, near, note, readNote, WEEK } from '../helpers';

describe('headings that are not keys', () => {
  const headings: [string, number][] = [
    ['Onc clinic: 11yo M, osteosarcoma R distal femur, completed chemo 6 mo ago.', 132],
    ['Peds Ortho: 14 yo F, AIS, R thoracic curve 25 deg (last films 6 mo ago).', 168],
    ['Sports med: 11 yo M volleyball, 2 wks upper/mid back pain after a tournament.', 132],
    ['Derm: 6 mo 2 wk M, small focal infantile hemangioma at the top of the gluteal cleft.', 6 + 14 / 30.4375],
    ['Peds: 5 yo M with known lumbosacral hair tuft (never imaged).', 60],
    ['Ortho: 8 yo M, bilateral toe walking, worse over the past year.', 96],
    ['Re: 11-year-old girl', 132],
    ['Newborn exam: 1 day old male. Sacral dimple noted.', DAY],
    ['Heme/Onc Clinic: 7 y/o M with B-ALL, maintenance phase.', 84],
    ['Interval hx: 9 yo F, lost 3 kg, new low back pain x 2 wks.', 108],
    ['Now: 4 mo F with a deep dimple above the cleft.', 4],
  ];
  for (const [line, months] of headings) {
    it(`"${line.slice(0, line.indexOf(':') + 1)}" is read as history: its age is found and no unknown key is reported`, () => {
      const r = readNote(line, 'Order: MRI L-spine w/o');
      near(r.facts.age?.months, months, line);
      assert.ok(!r.rules.includes('unknown-key'), r.rules.join(','));
    });
  }
  it('the findings under a heading are read ("Derm: … hemangioma")', () => {
    const r = readNote('Derm: 6 mo 2 wk M, small focal infantile hemangioma at the top of the gluteal cleft.', 'Order: US spine');
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(r.rules.includes('ultrasound-window-closed'));
  });
  it('an unknown key that is no misspelling, before narrative, is read as history ("Incidental:", "Problem:")', () => {
    assert.equal(readNote('Age: 4 mo', 'Incidental: small tuft of hair over the lower back midline', 'Order: US spine').scenario, 's1-cutaneous-marker');
    assert.equal(readNote('Age: 4 mo', 'Problem: sacral dimple with overlying hair tuft', 'Order: US spine').scenario, 's1-cutaneous-marker');
  });

  describe('what stays an unknown key', () => {
    const unread = (...lines: string[]) => {
      const p = parseNote(note(...lines));
      return p.fields.filter((f) => !f.key && !f.prose).map((f) => f.rawKey);
    };
    it('a misspelt key keeps its quick fix ("Nuero: intact", "Ordr: XR L-spine"), whatever its value', () => {
      assert.deepEqual(unread('Nuero: moves all four extremities symmetrically', 'Ordr: XR L-spine'), ['Nuero', 'Ordr']);
      const fix = lint(note('Age: 3 mo', 'Findings: hair tuft', 'Nuero: intact', 'Ordr: XR L-spine')).findings.filter((f) => f.ruleId === 'unknown-key');
      assert.deepEqual(
        fix.map((f) => f.fixes[0].title),
        ['Replace with "Neuro"', 'Replace with "Order"'],
      );
    });
    it('a key about someone or something else, however narrative ("Mother:", "SHx:", "Allergies:", "Ordering provider:")', () => {
      assert.deepEqual(
        unread(
          'Mother: 32 yo with spina bifida occulta',
          'SHx: lives with parents and a 3 y/o brother',
          'Allergies: no known drug allergies',
          'Ordering provider: Dr. Jane Smith, neurosurgery',
        ),
        ['Mother', 'SHx', 'Allergies', 'Ordering provider'],
      );
      assert.equal(ageOf('Mother: 32 yo with spina bifida occulta', 'Findings: hair tuft', 'Order: US spine'), undefined);
    });
    it('a value that is not narrative ("Duration: 5 days", "Weight: 5.2 kg") or a form to tick', () => {
      assert.deepEqual(unread('Duration: 5 days', 'Weight: 5.2 kg', 'Onset: [ ] trauma [x] overuse/sport [ ] insidious'), ['Duration', 'Weight', 'Onset']);
      assert.equal(ageOf('Duration: 5 days', 'Findings: hair tuft', 'Order: US spine'), undefined);
    });
  });

  describe('the heading vocabulary', () => {
    it('a heading is made of heading words and phrases only', () => {
      for (const h of ['Onc clinic', 'Peds Ortho', 'Sports med', 'Heme/Onc Clinic', 'NICU d/c', 'Re', 'Newborn exam', 'F/U visit', 'Family medicine']) assert.ok(isHeading(h), h);
      for (const h of ['Back exam', 'Mother', 'Family', 'Nuero', 'Allergies', 'Hair tuft']) assert.equal(isHeading(h), false, h);
    });
    it('no heading word is a key (a key is read as the key first)', () => {
      assert.deepEqual(
        HEADING_WORDS.filter((w) => lookupKey(w) && !['hpi', 'history', 'hx', 'exam'].includes(w)),
        [],
      );
    });
    it('words about someone else are not headings', () => {
      for (const w of ['mother', 'sibling', 'allergies', 'provider']) assert.ok(isNotHistory(w) && !isHeading(w), w);
    });
  });
});

describe('keys for the age with a qualifier', () => {
  it('"Age at discharge", "Current age", "Age of patient" are the Age key', () => {
    for (const k of ['Age at discharge', 'Current age', 'Age of patient', 'Patient age', 'Age (chronological)']) assert.equal(lookupKey(k)?.name, 'Age', k);
    const r = readNote('NICU DISCHARGE SUMMARY', 'Age at discharge: 4 weeks', 'Findings: sacral dimple with overlying hair tuft', 'Order: MRI L-spine w/o');
    assert.equal(r.facts.age?.from, 'Age');
    near(r.facts.age?.months, 4 * WEEK, 'Age at discharge');
  });
  it('"Corrected age", "Age (corrected)", "Age at onset", "Age at diagnosis" are not: never read as the chronological age', () => {
    for (const k of ['Corrected age', 'Age (corrected)', 'Age at onset', 'Age at diagnosis', 'Gestational age']) {
      assert.equal(lookupKey(k), undefined, k);
      assert.equal(ageOf(`${k}: 3 mo`, 'Findings: deep dimple', 'Order: US spine'), undefined, k);
    }
  });
  it('an Age key written inside prose is read ("NICU summary. Age: 4 weeks")', () =>
    near(ageOf('NICU summary, dimple with hair tuft. Age: 4 weeks. Plan: US spine'), 4 * WEEK, 'prose Age'));
});
