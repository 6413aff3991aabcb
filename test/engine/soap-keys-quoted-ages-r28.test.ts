/**
 * Round 28: a SOAP note's sections written together or cut short ("S/O:", "Subj:", "CC/HPI:", "H&P:") are its history, and
 * its assessment written with its plan ("A&P:", "Imp/Plan:", "Impression and plan:") its plan, as "S:" and "A/P:" are;
 * "did you mean" proposes a key only within a few edits relative to the key written, so a short key is never offered an
 * unrelated one ("S/O" is no "Sex"); and an age standing as a clause inside a quoted request or vetting comment, or
 * opening a value, is read as one outside quotes is. Each with the near misses that must stay as they were.
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
  it('"S/O:" holds the history and exam: constant pain and a normal neuro exam are read, and the key is not reported', () => {
    const lines = ['S/O: 12 yo M, low back pain 5 wk, wakes him at night, no fever. neuro intact.', 'A/P: XR L-spine'];
    const r = readNote(...lines);
    assert.equal(r.scenario, 'back-pain-red-flags');
    assert.equal(r.facts.neuro.state, 'normal');
    assert.deepEqual(unknownKeys(...lines), []);
  });
  it('"s/o:" in lower case opening a sign-out line, with the study on an unkeyed line after it, is read so too', () => {
    const r = readNote('s/o: 9 yo F, constant mid-back pain x 10 days, not better lying down, afebrile, neuro nl.', 'team wants imaging before d/c - MRI T-spine w/o ordered');
    assert.equal(r.scenario, 'back-pain-red-flags');
    assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
  });
  it('a short value under "S/O:", "CC/HPI:", "H&P:", "Subj:" is the history (a narrative one already read as prose)', () => {
    for (const key of ['S/O', 'S / O', 'CC/HPI', 'CC & HPI', 'H&P', 'Subj', 'Hx/Exam']) {
      const r = readNote('Pt: 3 mo F', `${key}: hair tuft`, 'Order: US lumbar spine');
      assert.equal(r.scenario, 's1-cutaneous-marker', key);
      assert.deepEqual(unknownKeys('Pt: 3 mo F', `${key}: hair tuft`, 'Order: US lumbar spine'), [], key);
    }
  });
  it('"A&P:", "A / P:", "Imp/Plan:", "Impression and plan:", "Assessment & plan:" are the plan: their study is the order', () => {
    for (const key of ['A&P', 'A + P', 'A / P', 'Imp/Plan', 'Imp / Plan', 'Impression and plan', 'Assessment & plan', 'Dx/Plan']) {
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
    it('denied red flags under "S/O:" stay denied', () => {
      const lines = ['Age: 11 yrs', 'S/O: back pain 2 wk, denies fever, no night pain', 'A/P: XR L-spine'];
      assert.deepEqual(hitsOf('fever', ...lines), ['fever-']);
      assert.equal(readNote(...lines).scenario, 'back-pain-no-red-flags');
    });
    it('a relative\'s cancer under "S/O:" is no malignancy of the child\'s', () => {
      const r = readNote('Age: 11 yrs', 'S/O: back pain 2 wk; mom had leukemia as a child; no fever', 'A/P: XR L-spine');
      assert.ok(!r.facts.hits.some((h) => h.finding.id === 'malignancy' && h.present));
      assert.equal(r.scenario, 'back-pain-no-red-flags');
    });
    it('a conditional under "S/O:" ("if fever develops or night pain, return") tells no red flag', () => {
      const r = readNote('Age: 11 yrs', 'S/O: if fever develops or night pain, return', 'Plan: XR L-spine');
      assert.ok(!r.facts.hits.some((h) => h.present && (h.finding.id === 'fever' || h.finding.id === 'night-pain')));
    });
    it('"Plan:" and "A/P:" keep their reading', () => {
      assert.equal(orderOf('Pt: 3 mo F', 'Findings: hair tuft', 'A/P: US lumbar spine'), 'us-area');
      assert.equal(orderOf('Pt: 3 mo F', 'Findings: hair tuft', 'Plan: US lumbar spine'), 'us-area');
    });
  });
});

describe('"did you mean": a few edits relative to the key written', () => {
  it('a short key is offered no unrelated key ("S/O" is no "Sex", "Sx" no "Dx", "Name" no "Age", "PCP" no "Pt", "Meds" no "Recs")', () => {
    for (const k of ['S/O', 'Sx', 'Name', 'PCP', 'Meds', 'Resp', 'From', 'To', 'CAT']) assert.deepEqual(closeKeys(k), [], k);
  });
  it('a misspelling is still offered its key: one edit in a short key, a swap of neighbouring letters, more in a long key', () => {
    assert.equal(closeKeys('Ordr')[0]?.spelling, 'Order');
    assert.equal(closeKeys('Exma')[0]?.spelling, 'Exam');
    assert.equal(closeKeys('Nuero')[0]?.spelling, 'Neuro');
    assert.equal(closeKeys('Presentaion')[0]?.spelling, 'Presentation');
    assert.equal(closeKeys('Pt.')[0]?.spelling, 'Pt');
  });
  it('an unknown key that really is unknown is still reported, with no guess', () => {
    assert.deepEqual(unknownKeys('Pt: 3 mo F', 'Findings: hair tuft', 'Meds: vit D', 'Order: US spine'), ['Unknown key "Meds" is not read']);
    assert.deepEqual(unknownKeys('Pt: 3 mo F', 'Findings: hair tuft', 'Sx: fussy', 'Order: US spine'), ['Unknown key "Sx" is not read']);
  });
  it('a clear misspelling is still read as its key and reported with its fix', () => {
    assert.deepEqual(unknownKeys('Pt: 3 mo F', 'Exma: hair tuft', 'Order: US spine'), ['Unknown key "Exma" is read as "Findings"; did you mean "Exam"?']);
    assert.equal(readNote('Pt: 3 mo F', 'Exma: hair tuft', 'Order: US spine').scenario, 's1-cutaneous-marker');
  });
});

describe('an age inside a quoted request or vetting comment', () => {
  it('at the end of a quotation in single marks ("Vetting comment: \'XR pelvis - deep sacral pit, 5 mo\'")', () =>
    assert.equal(ageOf("Vetting comment: 'XR pelvis - deep sacral pit, 5 mo'", 'Order: US lumbar spine'), 5));
  it('in double and curly quotation marks', () => {
    assert.equal(ageOf('Request text: "MRI L-spine - hairy patch over sacrum, 14 mos"'), 14);
    assert.equal(ageOf('Radiologist note: \u2018lumbar hemangioma, 3 mo\u2019 - US booked', 'Order: US spine'), 3);
    assert.equal(ageOf('Radiologist note: \u201clumbar hemangioma, 3 mo\u201d - US booked', 'Order: US spine'), 3);
  });
  it('opening the quotation, or opening a value with no quotation', () => {
    assert.equal(ageOf("Triage comment: '4 mo, sacral tuft' - US booked", 'Order: US spine'), 4);
    assert.equal(ageOf('History: 4 mo, sacral dimple', 'Order: US spine'), 4);
  });
  it('the age read makes the window check run (4 months: closing)', () =>
    assert.ok(readNote("Vetting comment: 'XR pelvis - deep sacral pit, 4 mo'", 'Order: US lumbar spine').rules.includes('ultrasound-window-closing')));
  it('"6/52 old" in a clinical details line is read as before', () =>
    near(ageOf('Clinical details: 6/52 old, deep dimple', 'Order: US spine'), (6 * 7) / 30.4375, 'Clinical details'));

  describe('near misses: a duration, a past time or a date in quotes is no age', () => {
    for (const quoted of ["'dimple, tuft x 4 mo'", "'dimple first seen 4 mo ago'", "'dimple, for 4 mo'", "'deep dimple, seen 6/12'", "'dimple, 4 mo's check normal'"]) {
      it(quoted, () => assert.equal(ageOf(`Vetting comment: ${quoted}`, 'Order: US spine'), undefined));
    }
    it("a complaint's duration in quotes ('back pain, 3 mo')", () => assert.equal(ageOf("Vetting comment: 'back pain, 3 mo'", 'Order: XR L-spine'), undefined));
    it('a duration opening a value with a complaint ("HPI: 3 mo, intermittent back pain")', () =>
      assert.equal(ageOf('HPI: 3 mo, intermittent back pain', 'Order: XR L-spine'), undefined));
  });
});
