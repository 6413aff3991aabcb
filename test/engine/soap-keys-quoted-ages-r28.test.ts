/**
 * Round 28: a SOAP note's sections written together or cut short ("Subj:", "CC/HPI:", "H&P:") are its history, and
 * its assessment written with its plan ("A&P:", "Imp/Plan:", "Impression and plan:") its plan, as "S:" and "A/P:" are;
 * "did you mean" proposes a key only within a few edits relative to the key written, so a short key is never offered an
 * unrelated one ("S/O" is no "Sex"); a number inside a quoted request or opening a value is not taken for the age. "S/O:" is not a history key: South
 * Asian ID headers write it for "son of". Each with the near misses that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { closeKeys, lookupKey } from '../../server/src/notes/keys';
import { ageOf, lint, near, note, orderOf, readNote } from '../helpers';

/** The unknown-key messages of a note. */
function unknownKeys(...lines: string[]): string[] {
  return lint(note(...lines))
    .findings.filter((f) => f.ruleId === 'unknown-key')
    .map((f) => f.message);
}

/** The findings of this id read in the note, as "id+" (present) or "id-" (absent or not the patient's). */
function hitsOf(id: string, ...lines: string[]): string[] {
  return readNote(...lines)
    .facts.hits.filter((h) => h.finding.id === id)
    .map((h) => `${id}${h.present ? '+' : '-'}`);
}

describe('SOAP sections written together or cut short', () => {
  it('"S/O:" is not read as the history: South Asian ID headers write it for "son of", before the father\'s name, age and illness', () => {
    const lines = ['Name: Baby of Sunita', 'S/O: Ramesh Kumar, 34 yrs, labourer, on chemotherapy for lymphoma', 'Age: 4 mo', 'Findings: deep sacral dimple', 'Plan: USG spine'];
    assert.equal(ageOf(...lines), 4);
    const r = readNote(...lines);
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(!r.facts.hits.some((h) => h.finding.id === 'malignancy' && h.present));
  });
  it('a short value under "CC/HPI:", "H&P:", "Subj:" is the history (a narrative one already read as prose)', () => {
    for (const key of ['CC/HPI', 'CC & HPI', 'H&P', 'Subj', 'Hx/Exam']) {
      const r = readNote('Pt: 3 mo F', `${key}: hair tuft`, 'Order: US lumbar spine');
      assert.equal(r.scenario, 's1-cutaneous-marker', key);
      assert.deepEqual(unknownKeys('Pt: 3 mo F', `${key}: hair tuft`, 'Order: US lumbar spine'), [], key);
    }
  });
  it('"A&P:", "A / P:", "Imp/Plan:", "Impression and plan:", "Assessment & plan:" are the plan: their study is the order', () => {
    for (const key of ['A&P', 'A / P', 'Imp/Plan', 'Imp / Plan', 'Impression and plan', 'Assessment & plan', 'Dx/Plan']) {
      assert.equal(orderOf('Pt: 3 mo F', 'Findings: hair tuft over the sacrum', `${key}: US lumbar spine`), 'us-area', key);
    }
  });
  it('"A / P" with spaces around its slash is the known key "A/P"', () => assert.equal(lookupKey('A / P')?.name, 'Plan'));
  it('"Clinical details:" (a British request form) is the indication, a short value too', () => {
    const r = readNote('Clinical details: deep dimple, 2 mo', 'Order: US spine');
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'sacral-dimple' && h.present && h.field.key?.name === 'Indication'));
  });

  describe('near misses: the reading under such a key keeps its context', () => {
    it('denied red flags under "Subj:" stay denied', () => {
      const lines = ['Age: 11 yrs', 'Subj: back pain 2 wk, denies fever, no night pain', 'A/P: XR L-spine'];
      assert.deepEqual(hitsOf('fever', ...lines), ['fever-']);
      assert.equal(readNote(...lines).scenario, 'back-pain-no-red-flags');
    });
    it('a relative\'s cancer under "Subj:" is no malignancy of the child\'s', () => {
      const r = readNote('Age: 11 yrs', 'Subj: back pain 2 wk; mom had leukemia as a child; no fever', 'A/P: XR L-spine');
      assert.ok(!r.facts.hits.some((h) => h.finding.id === 'malignancy' && h.present));
      assert.equal(r.scenario, 'back-pain-no-red-flags');
    });
    it('a conditional under "Subj:" ("if fever develops or night pain, return") tells no red flag', () => {
      const r = readNote('Age: 11 yrs', 'Subj: if fever develops or night pain, return', 'Plan: XR L-spine');
      assert.ok(!r.facts.hits.some((h) => h.present && (h.finding.id === 'fever' || h.finding.id === 'night-pain')));
    });
    it('"Plan:" and "A/P:" keep their reading', () => {
      assert.equal(orderOf('Pt: 3 mo F', 'Findings: hair tuft', 'A/P: US lumbar spine'), 'us-area');
      assert.equal(orderOf('Pt: 3 mo F', 'Findings: hair tuft', 'Plan: US lumbar spine'), 'us-area');
    });
  });
});

describe('"did you mean": a few edits relative to the key written', () => {
  it('a short key is offered no unrelated key ("Sx" no "Dx", "Name" no "Age", "PCP" no "Pt", "Meds" no "Recs")', () => {
    for (const k of ['S/O', 'Sx', 'Name', 'PCP', 'Meds', 'Resp', 'From', 'To', 'CAT']) assert.deepEqual(closeKeys(k), [], k);
  });
  it('a misspelling is still offered its key: one edit in a short key, a swap of neighbouring letters, more in a long key', () => {
    assert.equal(closeKeys('Ordr')[0]?.spelling, 'Order');
    assert.equal(closeKeys('Exma')[0]?.spelling, 'Exam');
    assert.equal(closeKeys('Nuero')[0]?.spelling, 'Neuro');
    assert.equal(closeKeys('Presentaion')[0]?.spelling, 'Presentation');
    assert.equal(closeKeys('Pt.')[0]?.spelling, 'Pt');
  });
  it('a real key of another kind is offered none of ours, so --fix never rewrites it ("Hip:" is no "HPI:", "MPH:" no "PMH:")', () => {
    for (const k of ['Hip', 'MPH', 'PHI']) {
      const found = lint(note('Pt: 2 mo F', `${k}: Ortolani and Barlow negative`, 'Skin: hair tuft', 'Order: US spine')).findings.filter((f) => f.ruleId === 'unknown-key');
      assert.deepEqual(
        found.map((f) => [f.message, f.fixes?.length ?? 0]),
        [[`Unknown key "${k}" is not read`, 0]],
        k,
      );
    }
  });
  it('an unknown key that really is unknown is still reported, with no guess', () => {
    assert.deepEqual(unknownKeys('Pt: 3 mo F', 'Findings: hair tuft', 'Meds: vit D', 'Order: US spine'), ['Unknown key "Meds" is not read']);
    assert.deepEqual(unknownKeys('Pt: 3 mo F', 'Findings: hair tuft', 'Ox: 98% RA', 'Order: US spine'), ['Unknown key "Ox" is not read']);
  });
  it('a clear misspelling is still read as its key and reported with its fix', () => {
    assert.deepEqual(unknownKeys('Pt: 3 mo F', 'Exma: hair tuft', 'Order: US spine'), ['Unknown key "Exma" is read as "Findings"; did you mean "Exam"?']);
    assert.equal(readNote('Pt: 3 mo F', 'Exma: hair tuft', 'Order: US spine').scenario, 's1-cutaneous-marker');
  });
});

// Reading an age inside quotes or opening a value was built and taken back after review: such a value's number is as often
// a duration ("HPI: 4 mo, bladder issues"), a relative's age ("older sister 'also had a dimple, 3 yrs'") or the age at an
// earlier scan ("'prev US normal, 3 mo'") as the child's age, and the duration words that would tell them apart are open-ended.
describe('a number in a quoted request or opening a value is not taken for the age', () => {
  it('"6/52 old" in a clinical details line is read as before', () =>
    near(ageOf('Clinical details: 6/52 old, deep dimple', 'Order: US spine'), (6 * 7) / 30.4375, 'Clinical details'));
  it('a duration opening a value with a symptom ("HPI: 4 mo, bladder issues") or a relative\'s age in quotes', () => {
    assert.equal(ageOf('HPI: 4 mo, bladder issues', 'Order: MRI L-spine w/o'), undefined);
    assert.equal(ageOf("Hx: older sister 'also had a dimple, 3 yrs'", 'Order: US spine'), undefined);
  });
  describe('near misses: a duration, a past time or a date in quotes is no age', () => {
    for (const quoted of ["'dimple, tuft x 4 mo'", "'dimple first seen 4 mo ago'", "'dimple, for 4 mo'", "'deep dimple, seen 6/12'", "'dimple, 4 mo's check normal'"]) {
      it(quoted, () => assert.equal(ageOf(`Vetting comment: ${quoted}`, 'Order: US spine'), undefined));
    }
    it("a complaint's duration in quotes ('back pain, 3 mo')", () => assert.equal(ageOf("Vetting comment: 'back pain, 3 mo'", 'Order: XR L-spine'), undefined));
    it('a duration opening a value with a complaint ("HPI: 3 mo, intermittent back pain")', () =>
      assert.equal(ageOf('HPI: 3 mo, intermittent back pain', 'Order: XR L-spine'), undefined));
  });
});
