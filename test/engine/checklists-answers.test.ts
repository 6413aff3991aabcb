/**
 * Yes/no checklists answered without boxes, a form header's columns, and a template's placeholders:
 * "Red flags:" with indented "Fever: No" lines, "fever N / night pain N", "Fever? no", "Fever (Y/N): N",
 * "Name: [child]   Age: 7 yrs   Sex: M", "Age: ***", "{NORMAL/ABNORMAL:20001} NORMAL". An answer "no"
 * denies its own question and no other; a "yes" still reads present.
 */
import * as assert from 'node:assert/strict';
import { parseNote } from '../../server/src/notes/parser';
import { blankPlaceholders } from '../../server/src/notes/placeholders';
import { readNote } from '../helpers';

/** How a finding id is read in the note: 'present', 'absent' (negated), 'unasserted' (read, neither) or 'unread'. */
function stateOf(id: string, ...lines: string[]): string {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  if (!hits.length) return 'unread';
  if (hits.some((h) => h.present)) return 'present';
  return hits.some((h) => h.negated) ? 'absent' : 'unasserted';
}

const PAIN = ['Age: 12 y', 'HPI: low back pain x 2 wk'];
const ORDER = 'Order: XR L-spine';

describe('yes/no checklists and answers', () => {
  describe('indented "X: No" lines under a heading each answer their own question', () => {
    it('"Red flags:" then "Fever: No", "Night pain / wakes from sleep: No", …: none present', () => {
      const lines = [...PAIN, 'Red flags:', ' Fever: No', ' Night pain / wakes from sleep: No', ' Wt loss: No', ' Pain radiating to legs: No', ORDER];
      for (const id of ['fever', 'night-pain', 'weight-loss', 'radicular-pain']) assert.equal(stateOf(id, ...lines), 'absent', id);
      assert.equal(readNote(...lines).scenario, 'back-pain-no-red-flags');
    });
    it('a "Yes" after lines answered "No" still reads present (the "No" above does not reach it)', () => {
      const lines = [...PAIN, 'Red flags:', '  Fever: No', '  Wt loss: No', '  Night sweats: Yes', ORDER];
      assert.equal(stateOf('night-sweats', ...lines), 'present');
      assert.equal(stateOf('fever', ...lines), 'absent');
      assert.notEqual(readNote(...lines).scenario, 'back-pain-no-red-flags');
    });
    it('a first line answered "Yes" reads present', () => assert.equal(stateOf('fever', ...PAIN, 'Red flags:', '  Fever: Yes', '  Night pain: No', ORDER), 'present'));
    it('near miss: a wrapped sentence is no question ("no fever,\\n  night sweats" keeps the list negated)', () =>
      assert.equal(stateOf('night-sweats', ...PAIN, 'ROS: no fever,', '  night sweats or weight loss', ORDER), 'absent'));
    it('near miss: "hair tuft present, no" wrapped before "dimple" keeps the tuft', () =>
      assert.equal(stateOf('hair-tuft', 'Age: 3 mo', 'Exam: hair tuft present, no', '   dimple', ORDER), 'present'));
  });

  describe('one line, items between slashes or pipes, answered after each', () => {
    for (const [line, absent, present] of [
      ['Red flags: fever N / night pain N / wt loss N / numbness or weakness N', ['fever', 'night-pain', 'weight-loss', 'numbness', 'weakness'], []],
      ['Red flags: fever N / night pain Y / wt loss N', ['fever', 'weight-loss'], ['night-pain']],
      ['Red flags: fever Y / night pain N', ['night-pain'], ['fever']],
      ['Red flags: fever n | night pain n | wt loss y', ['fever', 'night-pain'], ['weight-loss']],
      ['Red flags: fever (N), night pain (Y), wt loss (N)', ['fever', 'weight-loss'], ['night-pain']],
      ['Red flags: fever: neg | night pain: neg | wt loss: denies', ['fever', 'night-pain', 'weight-loss'], []],
      ['Red flags: Fever? no  Night pain? yes', ['fever'], ['night-pain']],
      ['Red flags: Fever (Y/N): N  Night pain (Y/N): Y', ['fever'], ['night-pain']],
      ['Red flags: Fever Y/N: N  Night pain Y/N: Y', ['fever'], ['night-pain']],
      ['ROS: weakness/numbness no', ['weakness', 'numbness'], []],
      ['ROS: fever - N, night pain - N, weakness/numbness - N', ['fever', 'night-pain', 'weakness', 'numbness'], []],
    ] as const) {
      it(`"${line}"`, () => {
        for (const id of absent) assert.equal(stateOf(id, ...PAIN, line, ORDER), 'absent', id);
        for (const id of present) assert.equal(stateOf(id, ...PAIN, line, ORDER), 'present', id);
      });
    }
    it('every red flag answered N is no neurologic symptom and no red flag', () => {
      const n = readNote(
        'Age: 14 y',
        'HPI: low back ache x 10 days, worse after ballet rehearsal',
        'Red flags: fever N / night pain N / wt loss N / numbness or weakness N / pain radiating down leg N',
        ORDER,
      );
      assert.ok(!n.facts.hits.some((h) => h.present && ['systemic-red-flag', 'back-pain-red-flag', 'neurologic-symptom'].includes(h.finding.category)));
    });
    it('near miss: "3 y" is an age, not an answer; a question left unanswered reads as written', () => {
      assert.equal(stateOf('fever', ...PAIN, 'Red flags: fever | night pain N', ORDER), 'present');
      assert.equal(stateOf('fever', 'Age: 3 y', 'HPI: back pain and fever 3 y', ORDER), 'present');
    });
    it('near miss: "fever?" with no answer is still a doubt that counts', () => assert.equal(stateOf('fever', ...PAIN, 'CC: back pain, fever? night pain?', ORDER), 'present'));
    it('near miss: an answer does not reach back over an item answered on its own ("hair tuft present, dimple: no")', () => {
      assert.equal(stateOf('hair-tuft', 'Age: 3 mo', 'Exam: hair tuft present, dimple: no', ORDER), 'present');
      assert.equal(stateOf('night-pain', ...PAIN, 'Red flags: fever N / night pain Y / wt loss N', ORDER), 'present');
    });
    it('"Denies: fever, chills" still denies the list after the colon', () => assert.equal(stateOf('night-sweats', ...PAIN, 'ROS: Denies: fever, night sweats', ORDER), 'absent'));
  });

  describe('several questions on one line, in form columns', () => {
    it('"Hair tuft: No   Hemangioma: No   Skin tag: No   Lipoma/mass: No": every marker denied', () => {
      const line = '  Hair tuft: No   Hemangioma: No   Skin tag: No   Lipoma/mass: No';
      for (const id of ['hair-tuft', 'hemangioma', 'skin-appendage', 'lipoma']) assert.equal(stateOf(id, 'Age: 2 mo', 'Skin:', line, 'Order: US spine'), 'absent', id);
    });
    it('a "Yes" column still reads present', () => {
      const lines = ['Age: 2 mo', 'Skin: Hair tuft: No   Hemangioma: No   Skin tag: Yes   Lipoma/mass: No', 'Order: US spine'];
      assert.equal(stateOf('skin-appendage', ...lines), 'present');
      assert.equal(stateOf('lipoma', ...lines), 'absent');
    });
  });

  describe('a "->" ends a negation', () => {
    it('"not a pilonidal cyst -> congenital dermal sinus" keeps the sinus', () =>
      assert.equal(
        stateOf('dermal-sinus', 'Age: 4 mo', 'Assessment: not a pilonidal cyst (not a diagnosis at 4 months) -> congenital dermal sinus', 'Order: MRI L-spine'),
        'present',
      ));
    it('near miss: "no dermal sinus" stays denied', () =>
      assert.equal(stateOf('dermal-sinus', 'Age: 4 mo', 'Assessment: no dermal sinus -> simple dimple', 'Order: US spine'), 'absent'));
  });
});

describe("a form header's columns", () => {
  const keys = (text: string) => parseNote(text).fields.map((f) => `${f.key?.name ?? f.rawKey}=${f.value}`);
  it('"Name: [child]   Age: 7 yrs   Sex: M" is three fields', () => assert.deepEqual(keys('Name: [child]   Age: 7 yrs   Sex: M\n'), ['Name=[child]', 'Age=7 yrs', 'Sex=M']));
  it('a tab is a column gap too', () => assert.deepEqual(keys('Patient: 9 mo M\tDOB: 2026-01-02\n'), ['Patient=9 mo M', 'DOB=2026-01-02']));
  it('the age of a header line is read', () => {
    assert.equal(readNote('Name: [child]   Age: 7 yrs   Sex: M', 'HPI: back pain', ORDER).facts.age?.months, 84);
    assert.equal(readNote('Name: [patient]   Age: 11 y   Sex: F', 'HPI: back pain', ORDER).facts.age?.months, 132);
  });
  it('near miss: a single space, a clinical key and a one-letter key stay in the value', () => {
    assert.deepEqual(keys('Name: Sam Age: 7\n'), ['Name=Sam Age: 7']);
    assert.deepEqual(keys('Findings: Hair tuft: No [x] Yes [ ]   Dimple: No [ ] Yes [x]\n'), ['Findings=Hair tuft: No [x] Yes [ ]   Dimple: No [ ] Yes [x]']);
    assert.deepEqual(keys('Vitals: T 37.2  P: 90  RR: 20\n'), ['Vitals=T 37.2  P: 90  RR: 20']);
  });
});

describe("a template's placeholders", () => {
  it('are blanked, offsets unchanged; a pick list keeps its chosen answer', () => {
    for (const [text, expected] of [
      ['Age: ***', 'Age:    '],
      ['Patient age: ___', 'Patient age:    '],
      ['DOB: (not entered)', 'DOB:              '],
      ['Age: @AGE@', 'Age:      '],
      ['Neuro exam: {NORMAL/ABNORMAL:20001} NORMAL', 'Neuro exam:                         NORMAL'],
    ] as const)
      assert.equal(blankPlaceholders(text), expected, text);
  });
  it('near miss: emphasis and words are no placeholder', () => {
    for (const text of ['***fever***', 'snake_case_name', 'email me@HOME', '{see note}']) assert.equal(blankPlaceholders(text), text);
  });
  it('"Age: ***" and "Patient age: ___    DOB: (not entered)" give no age: missing-age', () => {
    for (const line of ['Age: ***   Sex: M', 'Patient age: ___    DOB: (not entered)', 'Age: @AGE@']) {
      const n = readNote(line, 'HPI: back pain x 2 wk, wakes him at night', 'Plan: XR lumbar spine ordered');
      assert.equal(n.facts.age, undefined, line);
      assert.ok(n.rules.includes('missing-age'), line);
      assert.ok(!n.rules.includes('unreadable-age'), line);
    }
  });
  it('"{NORMAL/ABNORMAL:20001} NORMAL" is a normal exam; "… ABNORMAL" an abnormal one', () => {
    const exam = (v: string) =>
      readNote('Patient: 9 mo M', 'Findings: hair tuft over L5', `Neuro exam: {NORMAL/ABNORMAL:20001} ${v} - tone, strength, reflexes symmetric`, ORDER).facts.neuro.state;
    assert.equal(exam('NORMAL'), 'normal');
    assert.equal(exam('ABNORMAL'), 'abnormal');
  });
  it('"Neurosurgery referral: {Yes/No:12345} ***" is no referral; "… Yes" is one', () => {
    const referral = (v: string) =>
      readNote('Age: 4 mo', 'Findings: midline skin opening above the cleft', `Plan: MRI lumbar spine w/o contrast`, `  Neurosurgery referral: {Yes/No:12345} ${v}`).facts.referral
        .neurosurgery;
    assert.equal(referral('***'), false);
    assert.equal(referral('Yes'), true);
  });
  it('"Dimple present: {Yes/No:12345} Yes" reads the dimple present', () =>
    assert.equal(stateOf('sacral-dimple', 'Age: 2 mo', 'Skin:', '  Dimple present: {Yes/No:12345} Yes', 'Order: US spine'), 'present'));
});

describe('British keys', () => {
  it('"PC:" and "HPC:" are the presenting complaint and its history', () => {
    const n = readNote('Age: 7 yrs', 'PC: c/o back pain since 3/12', 'HPC: Mother reports low-grade fever in the evenings, weight loss, and night sweats for 2 months.', ORDER);
    for (const id of ['fever', 'weight-loss', 'night-sweats'])
      assert.ok(
        n.facts.hits.some((h) => h.finding.id === id && h.present),
        id,
      );
    assert.notEqual(n.scenario, 'back-pain-no-red-flags');
  });
});

describe('an I-PASS handoff', () => {
  const handoff = (p: string, a: string) => ['I-PASS - Room 12', 'I: stable', `P: ${p}`, `A: ${a}`, 'S: if MRI negative -> neuro consult in AM', 'S: receiver read back'];
  it('"P:" is the patient summary (its red flags read) and "A:" the action list (its order read)', () => {
    const n = readNote(...handoff('11yo F, 5 wk of LBP, now waking her at night. Afebrile. Neuro exam normal.', 'MRI whole spine with IV contrast ordered'));
    assert.ok(n.facts.hits.some((h) => h.finding.id === 'night-pain' && h.present));
    assert.equal(n.facts.order?.reading.procedure?.modality, 'MRI');
  });
  it('told by its "I:" severity alone', () => {
    const n = readNote('I: watcher', 'P: 16yo M, 1 wk of LBP, new urinary retention', 'A: MRI lumbar spine w/o STAT');
    assert.ok(n.facts.hits.some((h) => h.finding.category === 'urologic-symptom' && h.present));
  });
  it('near miss: in any other note "P:" is still the plan', () => {
    const n = readNote('Age: 12 y', 'S: back pain 3 wk', 'P: XR L-spine');
    assert.equal(n.facts.order?.reading.procedure?.modality, 'XR');
  });
});

describe('symptoms told in prose', () => {
  it('"Pain shoots down the L leg below the knee" is radicular pain', () =>
    assert.equal(stateOf('radicular-pain', ...PAIN, 'HPI: Pain shoots down the L leg below the knee.', ORDER), 'present'));
  it('"dry day and night until 4 months ago; now wet most afternoons" is new incontinence', () =>
    assert.equal(stateOf('incontinence', 'Age: 6 y', 'HPI: dry day and night until ~4 months ago; now wet most afternoons with urgency', ORDER), 'present'));
  it('near miss: "nocturnal enuresis until age 12" is past', () =>
    assert.notEqual(stateOf('incontinence', 'Age: 19 y', 'HPI: nocturnal enuresis until age 12, voiding normal now. Low back ache x 1 yr', ORDER), 'present'));
  it('near miss: past enuresis beside a new wetting keeps the new one', () =>
    assert.equal(stateOf('incontinence', 'Age: 8 y', 'HPI: enuresis until age 5, now new daytime wetting', ORDER), 'present'));
});

describe('the neurologic exam in free text', () => {
  const neuro = (exam: string) => readNote(...PAIN, `Exam: ${exam}`, ORDER).facts.neuro.state;
  it('"myotomes, dermatomes and reflexes WNL", "reflexes WNL": normal', () => {
    assert.equal(neuro('Neuro screen: myotomes, dermatomes and reflexes WNL.'), 'normal');
    assert.equal(neuro('reflexes WNL.'), 'normal');
  });
  it('near miss: a deficit beside it still makes it abnormal', () => {
    assert.equal(neuro('reflexes brisk, otherwise WNL.'), 'abnormal');
    assert.equal(neuro('strength decreased in L leg, sensation normal'), 'abnormal');
  });
  it('a provocative test worse on one side is no neurologic asymmetry ("stork test on the right > left")', () => {
    assert.notEqual(neuro('Pain reproduced with single-leg hyperextension (stork test) on the right > left. Reflexes 2+ symmetric.'), 'abnormal');
    assert.equal(neuro('Pain with single-leg hyperextension, reflexes R > L'), 'abnormal');
  });
});
