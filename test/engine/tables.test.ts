/**
 * Notes written as table rows (clinical/table.ts, server/knowledge/table-vocabulary.json): a header of column words over
 * a single row of cells is read cell by cell under its header, as "Header: cell" lines; several rows, past studies, a
 * relative's row, a finding's question answered in a cell, and any note that is not clearly a table read as before.
 */
import * as assert from 'node:assert/strict';
import { readTable } from '../../server/src/clinical/table';
import { work } from '../../server/src/notes/work';
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
      const lines = ['sibling_screen.csv', 'pt_id;age;skin_exam;study_requested', '2207;"3y";"no dimple, no hair tuft";"US lumbar spine"'];
      near(ageOf(...lines), 36, 'age cell');
      assert.equal(orderOf(...lines), 'us-area');
      assert.ok(denied('sacral-dimple', ...lines));
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

    it("a single row's cells read as the keyed lines would", () => {
      const table = readNote('Name,Age,Referral,Order', 'Q,4 y,neurosurgery,MRI L-spine w/o').facts;
      const keyed = readNote('Name: Q', 'Age: 4 y', 'Referral: neurosurgery', 'Order: MRI L-spine w/o').facts;
      assert.equal(table.referral.neurosurgery, keyed.referral.neurosurgery);
      assert.equal(table.referral.neurosurgery, true);
      near(ageOf('Name,Age,Referral,Order', 'Q,4 y,neurosurgery,MRI L-spine w/o'), 48, 'Age cell');
      const mech = ['Name,Age,Mechanism,Exam,Order', 'T,15 y,no trauma,back pain 6 wk,XR L-spine'];
      assert.deepEqual(
        readNote(...mech).facts.trauma.significance,
        readNote('Name: T', 'Age: 15 y', 'Mechanism: no trauma', 'Exam: back pain 6 wk', 'Order: XR L-spine').facts.trauma.significance,
      );
    });
  });

  describe('a finding question answered in a cell', () => {
    // "Fever | yes 39.2": the question stands in the header, lines away from its answer; read together they would
    // span the whole table, so a note with such an answer is read as main reads it.
    const ANSWERED = [
      'Name,Age,Fever,Night pain,Neuro,Order\nA,12y,yes 39.2,Y,normal,MRI L-spine w/ and w/o\n',
      'Age,Dimple,Hair tuft,Order\n3 mo,Y,N,US spine\n',
      'Age,Sacral dimple,Hair tuft,Order\n3 mo,yes,no,US spine\n',
      'Name\tAge\tBack pain\tOrder\nA\t12 y\tyes\tXR L-spine\n',
      'Name,Age,Fever,Order\nA,12 y,no - sibling,XR L-spine\n',
      'Name,Age,Hair tuft,Order\nA,3 mo,?,US spine\n',
    ];
    for (const text of ANSWERED) it(JSON.stringify(text.slice(0, 60)), () => assert.equal(readTable(text), undefined));

    it('a plain no, a "N", a "neg" or a blank cell is no finding, nor is its header word', () => {
      assert.ok(!presentIn('fever', 'Name,Age,Fever,Night pain,Neuro,Order', 'A,12y,no,no,normal,XR L-spine'));
      assert.ok(!presentIn('night-pain', 'Name,Age,Fever,Night pain,Neuro,Order', 'A,12y,no,no,normal,XR L-spine'));
      assert.ok(!presentIn('sacral-dimple', 'Age,Dimple,Order', '3 mo,N,US spine'));
      assert.ok(!presentIn('night-pain', 'Name;Age;Night pain;Order', 'A;12 y;neg;XR L-spine'));
      assert.ok(!presentIn('fever', 'Name,Age,Fever,Order', 'A,12 y,,XR L-spine'));
      near(ageOf('Age,Dimple,Order', '3 mo,N,US spine'), 3, 'Age cell');
    });

    it('a blank order cell is no order written', () => {
      assert.ok(!readNote('Name\tAge\tExam\tOrder', 'A\t2 wk\tsacral dimple 3 mm in cleft\t').rules.includes('unrecognized-order'));
      near(ageOf('Name\tAge\tExam\tOrder', 'A\t2 wk\tsacral dimple 3 mm in cleft\t'), 14 * DAY, 'Age cell');
    });

    it('a described dimple cell is read', () => {
      assert.ok(readTable('Age,Dimple,Order\n3 mo,sacral dimple 3 mm in cleft,US spine\n'));
    });
  });

  describe('past studies are never the order', () => {
    const PAST = [
      'Date,Study,Findings\n2024-01-10,US lumbar spine,normal conus L1-2\n',
      'Date;Exam;Impression\n2024-03-01;MRI lumbar spine;tethered cord, conus L3\n',
      'Date\tStudy\tResult\n2024-02-01\tUS spine\tnormal\n',
      'Imaging history (Ava, 5 mo)\nDate\tStudy\tModality\n2024-02-01\tUS spine\tUS\n',
      'Prior studies:\nDate,Imaging,Age\n2024-01-10,US lumbar spine,3 mo\n',
      'Previous imaging\nDate | Study | Age\n01/10/2024 | US lumbar spine | 2 mo\n',
    ];
    for (const text of PAST) it(JSON.stringify(text.slice(0, 60)), () => assert.equal(readTable(text), undefined));

    it("the note's own order line outranks a table's order column", () => {
      const lines = ['Age: 3 mo', 'Sacral dimple 6 mm above cleft.', 'Date,Study,Findings', '2024-01-10,US lumbar spine,normal', 'Plan: MRI L-spine w/o'];
      assert.equal(orderOf(...lines), 'mri-area-without');
      assert.equal(readTable('Name,Age,Order\nA,3 mo,US spine\nPlan: MRI L-spine w/o\n'), undefined);
      assert.equal(readTable('Order: MRI L-spine w/o\nName,Age,Plan\nA,3 mo,US spine\n'), undefined);
    });
  });

  describe('one data row only: several rows read as before', () => {
    const SEVERAL = [
      // One patient's visits, dates either way, name variants, blank identity cells.
      'Date,Name,Age,Exam,Plan\n2024-01-10,Sam R,3 mo,sacral dimple 3mm in cleft,US spine\n2024-04-12,Sam R,6 mo,dimple unchanged normal neuro,reassure no imaging\n',
      'Date,Name,Age,Exam,Plan\n02/05/2024,Sam,5 mo,dimple deep 6 mm above cleft,MRI L-spine w/o\n10/04/2024,Sam,4 mo,dimple,US spine\n',
      'Date,Name,Age,Plan\n2024-01-03,Sam R,3 mo,US spine\n2024-04-03,Sam R.,6 mo,MRI L-spine w/o\n',
      'Date,Name,Age,Plan\n2024-01-03,,3 mo,US spine\n2024-04-03,Sam,6 mo,MRI L-spine w/o\n',
      'Visit,Age,Exam,Order\n1,3 mo,dimple,US spine\n2,7 mo,dimple deep above cleft,MRI L-spine w/o\n',
      // Bed lists, a note naming its patient, a relative's rows.
      'Bed,Name,Age,Issue,Plan\n4,Baby A,2 days,sacral dimple 3 mm,US spine\n5,Baby B,14 y,fell from roof back pain,CT L-spine\n',
      'Re: Lia (bed 2)\nBed,Name,Age,Dx,Plan\n1,Kai,15 y,back pain after fall from horse,CT L-spine\n2,Lia,2 mo,sacral dimple 3 mm in cleft,US spine\n',
      'MRN\tAge\tExam\tOrder\n1122\t2 wk\tnormal\t\n3344\t12 y\tback pain fever\tMRI L-spine w/ and w/o\n',
      // A line of prose as wide as the row.
      'Name,Age,Order\nAva,4 mo,US spine\nDimple 6 mm, above cleft, deep.\n',
    ];
    for (const text of SEVERAL) it(JSON.stringify(text.slice(0, 60)), () => assert.equal(readTable(text), undefined));

    it("a relative's row is never the patient's", () => {
      assert.equal(readTable('Name,Relation,Age,Exam,Order\nMia,sister,9 y,back pain,XR L-spine\n'), undefined);
      assert.equal(readTable('pt_id;age;relation;skin_exam;study_requested\n2207;3y;brother of #2206;no dimple;US lumbar spine\n'), undefined);
    });

    it("a bed list's rows never give the patient another's age or order", () => {
      const lines = ['Bed|Name|Age|Issue|Plan', '1|A|4 mo|sacral dimple|US spine', '2|B|14y|back pain, fever 39, night sweats|MRI whole spine w/ and w/o'];
      assert.notEqual(orderOf(...lines), 'mri-spine-without-and-with');
    });

    it('a prose line of another width after the single row is read as a line of its own', () => {
      const lines = ['Exam; skin; neuro', 'normal; small dimple in cleft; intact', 'Age 5 mo. Plan US spine.'];
      near(ageOf(...lines), 5, 'prose line');
      assert.equal(orderOf(...lines), 'us-area');
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

  describe('linear in the note length: 10x the input costs at most 12x the work (counted, no clock)', () => {
    // notes/work.ts counts the note once and the characters the cell splitter visits. Measured: 9.9-10.0x for each shape.
    // Put back on purpose, a table of several rows that moves on to try the next line as its header (instead of giving the
    // note up) split every later row again for every header line: 98.4x on the repeated header lines.
    function steps(text: string): number {
      const before = work.steps;
      readTable(text);
      return work.steps - before;
    }
    const SHAPES: [string, (n: number) => string][] = [
      ['rows under a header', (n) => 'Name,Age,Exam,Order\n' + '"a, b",3y,"x ""y"" z",MRI L-spine\n'.repeat(n)],
      ['lines of quoted prose', (n) => '"a, b",3y,"x ""y"" z",MRI L-spine\n'.repeat(n)],
      ['an open quote per line', (n) => '"never closed, a, b\n'.repeat(n)],
      ['doubled quotes on every line', (n) => ('"' + '""'.repeat(5) + ',a\n').repeat(n)],
      ['header lines repeated', (n) => 'Name,Age,Order\n'.repeat(n)],
      ['quotes and delimiters', (n) => '"'.repeat(10 * n) + '\n' + ',"'.repeat(5 * n)],
    ];
    for (const [name, make] of SHAPES)
      it(name, () => {
        const a = steps(make(500));
        const b = steps(make(5_000));
        assert.ok(a > 0, 'the scanner counts its work');
        assert.ok(b <= 12 * a, `${name}: ${a} -> ${b} steps (${(b / a).toFixed(1)}x)`);
      });
  });
});
