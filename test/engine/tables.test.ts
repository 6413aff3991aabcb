/**
 * Notes written as table rows (clinical/table.ts, server/knowledge/table-vocabulary.json): a header of column words over
 * rows of cells is read cell by cell under its header, as "Header: cell" lines; one row only — one patient's latest
 * visit, a bed list's first patient — and never a note that is not clearly a table.
 */
import * as assert from 'node:assert/strict';
import { readTable } from '../../server/src/clinical/table';
import { DAY, ageOf, near, orderOf, presentIn, readNote } from '../helpers';

const denied = (id: string, ...lines: string[]) => {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  return hits.length > 0 && hits.every((h) => !h.present);
};

describe('notes written as table rows', () => {
  describe('each cell read under its header', () => {
    it('tab-separated spreadsheet rows', () => {
      const lines = [
        'ID\tAge\tTemp\tComplaint\tLabs\tSuspected\tOrder',
        '887\t3y\t39.1\trefuses to sit, points to lower back, back pain 4d\tCRP 84, ESR 70\tdiscitis\tMRI L-spine w/ and w/o',
      ];
      near(ageOf(...lines), 36, 'Age cell');
      assert.equal(orderOf(...lines), 'mri-area-without-and-with');
      assert.ok(presentIn('back-pain', ...lines));
    });

    it('comma-separated rows with "quoted, cells"', () => {
      const lines = [
        'Name,DOB/Age,Reason for referral,Exam,Imaging requested,Urgency',
        '"Chen, Mia","8 yrs","low back ache 1 wk, no fever","normal exam incl neuro","MRI L-spine w/o contrast","routine"',
      ];
      near(ageOf(...lines), 96, 'DOB/Age cell');
      assert.equal(orderOf(...lines), 'mri-area-without');
      assert.ok(denied('fever', ...lines));
    });

    it('semicolon-separated rows with snake_case headers, after a title line', () => {
      const lines = [
        'sibling_screen.csv',
        'pt_id;age;relation;skin_exam;back_pain;study_requested',
        '2207;"3y";"brother of #2206";"no dimple, no hair tuft";"no";"US lumbar spine"',
      ];
      near(ageOf(...lines), 36, 'age cell');
      assert.equal(orderOf(...lines), 'us-area');
      assert.ok(denied('sacral-dimple', ...lines));
      // The header's "back_pain" is a question, never a back pain.
      assert.ok(!presentIn('back-pain', ...lines));
    });

    it('pipe-separated rows', () => {
      const lines = ['Bed|Name|Age|Issue|Plan', '12|Baby Reyes|4 mo|sacral dimple, base seen|US spine'];
      near(ageOf(...lines), 4, 'Age cell');
      assert.equal(orderOf(...lines), 'us-area');
      assert.ok(presentIn('sacral-dimple', ...lines));
    });

    it('an age in days, a finding cell and a prior study cell', () => {
      const lines = [
        'Patient,Age,Skin,US result,Neuro,Order',
        '"T.K.","10 days","hairy patch + dimple over L4","none done","reflexes brisk L>R","MRI lumbar spine without contrast"',
      ];
      near(ageOf(...lines), 10 * DAY, 'Age cell in days');
      assert.ok(presentIn('hair-tuft', ...lines));
      assert.equal(readNote(...lines).facts.neuro.state, 'abnormal');
      assert.equal(orderOf(...lines), 'mri-area-without');
    });

    it('a cell "none done", "no" or "normal" reads as its key line would', () => {
      const table = readNote('Name,Age,Prior imaging,Neuro,Order', 'A,4 mo,none done,normal,no').facts;
      const keyed = readNote('Name: A', 'Age: 4 mo', 'Prior imaging: none done', 'Neuro: normal', 'Order: no').facts;
      assert.deepEqual(
        table.prior.map((p) => [p.text, p.result]),
        keyed.prior.map((p) => [p.text, p.result]),
      );
      assert.equal(table.neuro.state, 'normal');
      assert.equal(table.neuro.state, keyed.neuro.state);
      assert.equal(table.order?.reading.procedure?.id, keyed.order?.reading.procedure?.id);
      assert.equal(orderOf('Name,Age,Prior imaging,Neuro,Order', 'A,4 mo,none done,normal,no'), 'none');
    });

    it('columns are no unknown keys nor repeated keys', () => {
      const rules = readNote('Bed,MRN,Age,Exam,Skin,Order', '3,4471,12y,neuro intact,no dimple,XR L-spine').rules;
      assert.ok(!rules.includes('unknown-key') && !rules.includes('duplicate-key') && !rules.includes('malformed-line'), rules.join());
    });

    it('a finding column answered in its cell is never present by its header', () => {
      const lines = ['Name,Age,Fever,Night pain,Neuro,Order', 'A,12y,no,no,normal,XR L-spine'];
      assert.ok(!presentIn('fever', ...lines));
      assert.ok(!presentIn('night-pain', ...lines));
    });
  });

  describe('one row read, never cells of two', () => {
    it("one patient's visits: the latest row is today's, an earlier plan is no order", () => {
      const lines = ['Date\tPatient\tAge\tComplaint\tPlan', '03/04\tR. Silva\t15y\tLBP x 10d\tMRI L-spine w/o', '03/18\tR. Silva\t15y\tLBP persists\trest, PT'];
      assert.equal(orderOf(...lines), 'none');
      near(ageOf(...lines), 180, 'latest row');
    });

    it('visits written newest first are read at the latest date', () => {
      const lines = ['Date,Name,Age,Complaint,Plan', '2024-03-18,R S,15y,LBP better,XR L-spine', '2024-03-04,R S,15y,LBP,MRI L-spine w/o'];
      assert.equal(orderOf(...lines), 'xr-area');
    });

    it("a bed list: the first patient's row, never another's age, finding or order", () => {
      const lines = ['Bed|Name|Age|Issue|Plan', '1|A|4 mo|sacral dimple|US spine', '2|B|14y|back pain, fever 39, night sweats|MRI whole spine w/ and w/o'];
      near(ageOf(...lines), 4, 'first patient');
      assert.equal(orderOf(...lines), 'us-area');
      assert.ok(!presentIn('fever', ...lines));
      assert.ok(!presentIn('night-sweats', ...lines));
    });

    it('rows whose patient or visit cannot be told are not read as a table', () => {
      // No identity and no date column: which row is today's is not told.
      assert.equal(readTable('Age,Complaint,Plan\n15y,LBP,XR L-spine\n15y,LBP,MRI L-spine w/o\n'), undefined);
      // Two rows of the same latest date.
      assert.equal(readTable('Date,Name,Age,Plan\n03/18,A,15y,XR L-spine\n03/18,A,15y,MRI L-spine\n'), undefined);
    });
  });

  describe('near-misses read as before', () => {
    const NOT_TABLES = [
      // Prose with commas.
      'Age, sex, and order reviewed\n12 y, M, MRI L-spine w/o\n',
      'Seen with mum, dad, and sister today\nback pain, no fever, no night pain\n',
      // A vitals line.
      'Vitals: BP 110/70 | HR 88 | RR 20\nAge: 12 y\nOrder: XR L-spine\n',
      'BP 110/70 | HR 88 | RR 20 | T 37.1\nAge: 12 y\n',
      // A line of values without a header.
      '12 y, M, back pain, XR L-spine\n',
      '12 y, M, back pain, XR L-spine\n13 y, F, dimple, US spine\n',
      // A header whose columns are unknown words.
      'Foo,Bar,Baz,Qux\n12 y,M,back pain,XR L-spine\n',
      'Colour,Flavour,Shape\nred,sweet,round\n',
      // A markdown table, read by its own reader.
      '| Age | Exam | Order |\n|---|---|---|\n| 12 y | normal | XR L-spine |\n',
      // A header without rows.
      'Name,Age,Order\n\nAge: 12 y\n',
      // Rows of another width.
      'Name,Age,Exam,Order\n12 y, back pain\n',
      // Key lines.
      'Age: 12 y, M\nExam: no dimple, no tuft, neuro intact\nOrder: XR L-spine\n',
    ];
    for (const text of NOT_TABLES) it(JSON.stringify(text.slice(0, 50)), () => assert.equal(readTable(text), undefined));

    it('a gestational age column is never the age', () => {
      const lines = ['Bed|Name|GA|Issue|Plan', '12|Baby Reyes|38wk|small sacral dimple|no imaging needed'];
      assert.equal(ageOf(...lines), undefined);
      assert.equal(orderOf(...lines), 'none');
    });
  });

  it('stays linear in the note length', () => {
    const row = '"a, b",3y,"x ""y"" z",MRI L-spine\n';
    const text = 'Name,Age,Exam,Order\n' + row.repeat(20_000);
    const t0 = process.hrtime.bigint();
    readTable(text);
    readTable('"'.repeat(100_000) + '\n' + ',"'.repeat(50_000));
    assert.ok(Number(process.hrtime.bigint() - t0) / 1e6 < 1_000);
  });
});
