/**
 * Review of the r6 reading round, area a (yes/no checklists without boxes, form columns, placeholders,
 * I-PASS handoffs, keys with a bracket, new history phrases): severe defects only, each fixed and kept here.
 */
import * as assert from 'node:assert/strict';
import { parseNote } from '../../server/src/notes/parser';
import { readNote } from '../helpers';

/** How a finding id is read: 'present', 'absent' (negated), 'unasserted' or 'unread'. */
function stateOf(id: string, ...lines: string[]): string {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  if (!hits.length) return 'unread';
  if (hits.some((h) => h.present)) return 'present';
  return hits.some((h) => h.negated) ? 'absent' : 'unasserted';
}

const PAIN = ['Age: 12 y', 'HPI: LBP x 3 wk'];
const XR = 'Order: XR L-spine';

describe('review of r6, area a', () => {
  describe('a spaced slash parts statements: the answer after it does not reach back over it', () => {
    it('"wakes him at night / fever neg / wt loss neg" keeps the night pain', () => {
      const lines = ['Age: 12 y', 'HPI: LBP x 3 wk, wakes him at night / fever neg / wt loss neg', XR];
      assert.equal(stateOf('night-pain', ...lines), 'present');
      assert.equal(stateOf('fever', ...lines), 'absent');
      assert.equal(readNote(...lines).scenario, 'back-pain-red-flags');
    });
    for (const line of ['Skin: hair tuft over sacrum / dimple absent', 'Back: midline hair tuft at L4 / dimple neg'])
      it(`"${line}" keeps the tuft: an XR for a 3-month-old is flagged`, () => {
        assert.equal(stateOf('hair-tuft', 'Age: 3 mo', line, XR), 'present');
        assert.ok(readNote('Age: 3 mo', line, XR).rules.includes('inappropriate-initial-study'));
      });
    it('"LBP radiating down L leg / numbness: no" keeps the radicular pain', () =>
      assert.equal(stateOf('radicular-pain', 'Age: 12 y', 'HPI: LBP radiating down L leg / numbness: no', XR), 'present'));
    it('near miss: a question with two names still takes one answer', () => {
      assert.equal(stateOf('night-pain', ...PAIN, 'Red flags:', '  Night pain / wakes from sleep: No', XR), 'absent');
      assert.equal(stateOf('hair-tuft', 'Age: 3 mo', 'Back: tuft/dimple neg', XR), 'absent');
      assert.equal(stateOf('hair-tuft', 'Age: 3 mo', 'Back: hair tuft & dimple: no', XR), 'absent');
      assert.equal(stateOf('weakness', ...PAIN, 'Red flags: numbness or weakness N', XR), 'absent');
    });
  });

  describe('a one-letter answer is read on a line with no other cue', () => {
    for (const line of ['ROS: fever N / night pain Y', 'ROS: numbness or weakness N'])
      it(`"${line}"`, () => {
        const id = line.includes('fever') ? 'fever' : 'weakness';
        assert.equal(stateOf(id, ...PAIN, line, XR), 'absent');
      });
    it('"ROS: numbness or weakness N" is no red flag: the XR is no red-flag study', () =>
      assert.equal(readNote(...PAIN, 'ROS: numbness or weakness N', XR).scenario, 'back-pain-no-red-flags'));
  });

  describe("a form's columns only on a header line", () => {
    const keys = (text: string) => parseNote(text).fields.map((f) => `${f.key?.name ?? f.rawKey}=${f.value}`);
    it('"Mother: Jane Doe   DOB: 1992-03-04" is the mother\'s birthday, not the child\'s age', () => {
      const n = readNote('Patient: 3 mo F', 'Mother: Jane Doe   DOB: 1992-03-04', 'HPI: sacral hair tuft', XR);
      assert.equal(n.facts.age?.months, 3);
      assert.ok(n.rules.includes('inappropriate-initial-study'));
    });
    it('"Prior imaging: US spine normal   Date: 2026-08-15" is the study\'s date, not the order\'s', () =>
      assert.ok((readNote('DOB: 2026-08-01', 'Prior imaging: US spine normal   Date: 2026-08-15', 'HPI: hair tuft over sacrum', XR).facts.age?.months ?? 0) > 3));
    it('"FHx: brother with tethered cord release   Age: 6" stays the family history', () =>
      assert.deepEqual(keys('FHx: brother with tethered cord release   Age: 6\n'), ['Family history=brother with tethered cord release   Age: 6']));
    it('near miss: a header line still parts its columns', () => {
      assert.deepEqual(keys('Name: [child]   Age: 7 yrs   Sex: M\n'), ['Name=[child]', 'Age=7 yrs', 'Sex=M']);
      assert.deepEqual(keys('MRN: 12345   DOB: 2026-01-02\n'), ['MRN=12345', 'DOB=2026-01-02']);
    });
  });

  describe('a bracket that changes what the key holds leaves it unknown', () => {
    it('"Age (at onset): 4 mo" is no age for a 13-year-old', () =>
      assert.equal(readNote('Age (at onset): 4 mo', 'HPI: 13 yo with LBP x 3 wk, night pain', XR).facts.age?.months, 156));
    it('"Age (at diagnosis): 3 mo" beside "Patient: 14 y F"', () =>
      assert.equal(readNote('Age (at diagnosis): 3 mo', 'Patient: 14 y F', 'HPI: LBP x 1 mo, night pain', 'Order: MRI L-spine').facts.age?.months, 168));
    for (const key of ['Order (entered in error)', 'Order (original)', 'Order (refused)'])
      it(`"${key}: XR L-spine" then "Order: US spine" orders the US`, () =>
        assert.equal(readNote('Age: 3 mo', 'HPI: sacral hair tuft and dimple', `${key}: XR L-spine`, 'Order: US spine').facts.order?.reading.procedure?.modality, 'US'));
    it('near miss: "Plan (today):" is still the plan', () =>
      assert.equal(readNote('Age: 3 mo', 'HPI: sacral hair tuft', 'Plan (today): XR L-spine').facts.order?.reading.procedure?.modality, 'XR'));
  });

  describe('an I-PASS handoff', () => {
    it('a SOAP note that says it was handed off by I-PASS keeps A as the assessment and P as the plan', () => {
      const n = readNote('Age: 12 y', 'HPI: LBP x 3 wk, night pain', 'A: LBP with night pain, r/o osteoid osteoma', 'P: MRI L-spine w/o', 'I-PASS handoff given to night team');
      assert.equal(n.facts.order?.reading.procedure?.modality, 'MRI');
    });
    it('a pulse under "P:" is no handoff section: the plan after the assessment is still the order', () => {
      const n = readNote('Age: 12 y', 'S: LBP x 3 wk', 'T: 37.0', 'P: 92', 'A: mechanical LBP', 'P: XR L-spine', 'S: reviewed with attending');
      assert.equal(n.facts.order?.reading.procedure?.modality, 'XR');
      assert.ok(!n.rules.includes('missing-order'));
    });
    it('"S: new urinary retention overnight" is read: no warning against the MRI', () => {
      const n = readNote('I-PASS', 'I: watcher', 'P: 14yo M, 2 wk LBP, afebrile', 'A: MRI L-spine ordered', 'S: new urinary retention overnight, bladder scan 600 mL');
      assert.ok(n.facts.hits.some((h) => h.finding.category === 'urologic-symptom' && h.present));
      assert.notEqual(n.scenario, 'back-pain-no-red-flags');
    });
    it('near miss: a contingency in S is no finding and no order', () => {
      const n = readNote('I-PASS', 'I: stable', 'P: 11yo F, 5 wk of LBP, afebrile', 'A: XR L-spine', 'S: if new weakness -> MRI whole spine');
      assert.equal(n.facts.order?.reading.procedure?.modality, 'XR');
      assert.ok(!n.facts.hits.some((h) => h.finding.id === 'weakness' && h.present));
    });
  });

  describe('history phrases', () => {
    it('"daytime wetting he never outgrew" is wetting now', () => assert.equal(stateOf('incontinence', 'Age: 10 y', 'HPI: LBP; daytime wetting he never outgrew', XR), 'present'));
    it('"now wet and cold" after a fall in a pool is no incontinence', () =>
      assert.notEqual(stateOf('incontinence', 'Age: 7 y', 'HPI: LBP x 4 wk after falling in pool; now wet and cold', XR), 'present'));
    it('near miss: "now wet most afternoons" still is', () =>
      assert.equal(stateOf('incontinence', 'Age: 6 y', 'HPI: dry until 4 months ago; now wet most afternoons', XR), 'present'));
  });
});
