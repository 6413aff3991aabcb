/** Check-box forms (EHR smart phrases, order questionnaires): a ticked box asserts its item, an unticked one does not. */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { boxAt, formView, isUnfilled, readForm } from '../../server/src/clinical/form';
import { readNote } from '../helpers';

/** The assertion context of the first occurrence of `what` in `text`. */
function contextOf(text: string, what: string) {
  const at = text.indexOf(what);
  assert.ok(at >= 0, `"${what}" is not in the text`);
  return readContext(text, at, at + what.length);
}

/** How a finding id is read in the note: 'present', 'absent' (negated), 'unasserted' (read, neither) or 'unread'. */
function stateOf(id: string, ...lines: string[]): string {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  if (!hits.length) return 'unread';
  if (hits.some((h) => h.present)) return 'present';
  return hits.some((h) => h.negated) ? 'absent' : 'unasserted';
}

describe('check-box forms', () => {
  describe('boxes', () => {
    for (const [text, checked] of [
      ['[x]', true],
      ['[X]', true],
      ['[ x ]', true],
      ['[✓]', true],
      ['[*]', true],
      ['(x)', true],
      ['☑', true],
      ['☒', true],
      ['[ ]', false],
      ['[]', false],
      ['( )', false],
      ['☐', false],
    ] as const)
      it(`"${text}" is a ${checked ? 'ticked' : 'blank'} box`, () => assert.deepEqual(boxAt(text, 0), { end: text.length, checked }));
    for (const text of ['()', '(v)', '(-)', '(+)', '[Peds Spinal Dysraphism Screening]', '(x 2 wk)', '[1]', '(2 wk ago)'])
      it(`"${text}" is no box`, () => assert.equal(boxAt(text, 0), undefined));
  });

  describe('what a form leaves unasserted', () => {
    const unasserted = (text: string) => readForm(text).unasserted.map((u) => `${text.slice(u.start, u.end)}:${u.state}`);
    it('unticked options, box first', () => assert.deepEqual(unasserted('Indication: [x] cutaneous marker  [ ] back pain  [ ] trauma'), ['back pain:negated', 'trauma:negated']));
    it('an option ends at the next box, a semicolon or the line end', () =>
      assert.deepEqual(unasserted('[x] sacral dimple - 4 mm; location [x] within gluteal cleft [ ] above cleft; distance from anus 2 cm\n[ ] hair tuft'), [
        'above cleft:negated',
        'hair tuft:negated',
      ]));
    it('unticked options, label first, on a line that ends on a box', () =>
      assert.deepEqual(unasserted('Red flags: fever ☐  night pain ☒  weight loss ☐'), ['fever:negated', 'weight loss:negated']));
    it('a question answered no, box first', () => assert.deepEqual(unasserted('  Sacral dimple: [ ] Y [x] N'), ['Sacral dimple:negated']));
    it('a question answered no, label first', () => assert.deepEqual(unasserted('Fever: Yes ☐ No ☒'), ['Fever:negated']));
    it('a question answered yes asserts it', () => assert.deepEqual(unasserted('Hemangioma: [x] Y [ ] N  - flat, 1.5 cm'), []));
    it('a question with no box ticked is unanswered', () => assert.deepEqual(unasserted('New gait/leg sx: [ ] yes [ ] no'), ['New gait/leg sx:unanswered']));
    it('a question ticked both ways is kept (the safer reading)', () => assert.deepEqual(unasserted('Night pain: [x] yes [x] no'), []));
    it('two questions on one line, and one after an option', () => {
      assert.deepEqual(unasserted('Dimple: [ ] Y [x] N   Hair tuft: [x] Y [ ] N'), ['Dimple:negated']);
      assert.deepEqual(unasserted('[x] sacral dimple - 4 mm; base seen [ ] yes [x] no'), ['base seen:negated']);
    });
    it('a yes/no table: the column heads answer each row', () => {
      const table = 'Red flags:      Yes   No\n  Fever         [ ]   [x]\n  Night pain    [x]   [ ]\n  Weight loss   [ ]   [ ]';
      assert.deepEqual(unasserted(table), ['Fever:negated', 'Weight loss:unanswered']);
      assert.deepEqual(unasserted('Skin:   No | Yes\n  Hair tuft   [x] | [ ]\n  Dimple   [ ] | [x]'), ['Hair tuft:negated']);
    });
    it('a row without heads above it is read label first', () => assert.deepEqual(unasserted('Fever [ ] [x]'), ['Fever:negated']));
    it('markdown check lists and glyphs', () => {
      assert.deepEqual(unasserted('- [x] sacral dimple\n- [ ] hair tuft'), ['hair tuft:negated']);
      assert.deepEqual(unasserted('☑ Sacral dimple  ☐ Hair tuft  ☒ Lipoma'), ['Hair tuft:negated']);
      assert.deepEqual(unasserted('(x) Sacral dimple ( ) Hair tuft'), ['Hair tuft:negated']);
    });
    it('"Markers present: [ ] hair tuft" is an option under a heading, not a question answered yes', () =>
      assert.deepEqual(unasserted('Other markers present: [ ] hair tuft [ ] hemangioma'), ['hair tuft:negated', 'hemangioma:negated']));
    it('"[x] no fever" is a ticked option that says no, not an answer', () => assert.deepEqual(unasserted('ROS: [x] no fever [ ] night pain'), ['night pain:negated']));
    it('text without a box reads nothing', () => assert.deepEqual(readForm('Findings: hair tuft (x 2), (v) lipoma').boxes, []));
  });

  describe('the form as filled in', () => {
    it('blanks the box marks, the answers and what is not asserted, offsets unchanged', () => {
      const text = 'Order: [ ] US spine  [x] MRI L-spine w/o contrast\nDimple: [ ] Y [x] N\nTuft: [x] Y [ ] N';
      const view = formView(text);
      assert.equal(view.length, text.length);
      assert.equal(view.split('\n')[0].replace(/\s+/g, ' '), 'Order: MRI L-spine w/o contrast');
      assert.equal(view.split('\n')[1].replace(/\s+/g, ' ').trim(), ': N', 'the question answered no is blanked');
      assert.equal(view.split('\n')[2].replace(/\s+/g, ' ').trim(), 'Tuft: Y');
    });
    it('is the text itself without a box', () => {
      const text = 'Findings: hair tuft (2 cm)';
      assert.equal(formView(text), text);
    });
  });

  describe('readContext reads the boxes', () => {
    it('an unticked option is negated, with the box as its cue', () => {
      const text = 'Findings: [x] hair tuft [ ] lipoma';
      const c = contextOf(text, 'lipoma');
      assert.equal(c.negated, true);
      assert.deepEqual(c.cues, [{ start: text.indexOf('[ ]'), end: text.indexOf('[ ]') + 3 }]);
      assert.equal(contextOf(text, 'hair tuft').negated, false);
    });
    it('a box ends a scope: "[x] no fever [x] night pain" keeps the night pain', () => {
      const text = 'ROS: [x] no fever [x] night pain';
      assert.equal(contextOf(text, 'fever').negated, true);
      assert.equal(contextOf(text, 'night pain').negated, false);
    });
    it('"Sacral dimple: [ ] Y [x] N" negates the dimple; no answer makes it hypothetical', () => {
      assert.equal(contextOf('Cutaneous:\n  Sacral dimple: [ ] Y [x] N', 'Sacral dimple').negated, true);
      const c = contextOf('Cutaneous:\n  Sacral dimple: [ ] Y [ ] N', 'Sacral dimple');
      assert.equal(c.negated, false);
      assert.equal(c.hypothetical, true);
      assert.equal(contextOf('Cutaneous:\n  Sacral dimple: [x] Y [ ] N', 'Sacral dimple').negated, false);
    });
  });

  describe('notes written as forms', () => {
    const PEDS_FORM = (age: string) => [
      '*** PEDS SPINE IMAGING REQUEST (.PEDSPINEIMG) ***',
      `Age: ${age}`,
      'Sex: F',
      'Indication: [x] cutaneous marker  [ ] back pain  [ ] trauma',
      'Lumbosacral skin exam (check all present):',
      '  [x] sacral dimple - size 4 mm; location [x] within gluteal cleft [ ] above cleft; distance from anus 2 cm; base seen [x] yes [ ] no',
      '  [ ] hair tuft',
      '  [ ] hemangioma',
      '  [ ] skin tag / tail',
      '  [ ] subcutaneous mass / lipoma',
      '  [ ] discoloration',
      'Neuro exam: [x] normal  [ ] abnormal: ___',
      'Prior spine imaging: [x] none  [ ] US  [ ] MRI',
      'Study: [x] US spine  [ ] MRI L-spine w/o  [ ] XR L-spine',
    ];
    it('the ticked dimple alone, described as the form prints it: S1, a simple dimple, normal exam, no trauma, no back pain', () => {
      const r = readNote(...PEDS_FORM('6 wk'));
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.equal(r.facts.neuro.state, 'normal');
      assert.equal(r.facts.trauma.significance, 'none');
      assert.deepEqual(
        r.facts.hits.filter((h) => h.present).map((h) => h.finding.id),
        ['sacral-dimple'],
      );
      assert.deepEqual([r.facts.dimple?.sizeMm, r.facts.dimple?.position, r.facts.dimple?.distanceCm], [4, 'within-cleft', 2]);
      assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
      assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    });
    it('the unticked options are read as absent', () => {
      for (const id of ['hair-tuft', 'hemangioma', 'skin-appendage', 'lipoma', 'discoloration']) assert.equal(stateOf(id, ...PEDS_FORM('6 wk')), 'absent', id);
    });
    it('"Age: ***" is a field left unfilled: missing-age, on that line, offering to clear the placeholder', () => {
      const r = readNote(...PEDS_FORM('***'));
      const f = r.note.findings.find((x) => x.ruleId === 'missing-age');
      assert.ok(f, r.rules.join());
      const text = PEDS_FORM('***').join('\n') + '\n';
      assert.equal(text.slice(f.span.start, f.span.end), 'Age');
      assert.deepEqual(
        f.fixes.map((x) => x.edits.map((e) => text.slice(e.start, e.end) + '->' + e.newText)),
        [['***->']],
      );
    });
    it('an unticked "[ ] above cleft" is not where the dimple is', () => {
      const r = readNote('Age: 2 mo', 'Skin: [x] sacral dimple 3 mm; [ ] above cleft [x] within cleft; 1 cm from anus', 'Neuro: [x] normal', 'Order: [x] US spine');
      assert.equal(r.facts.dimple?.position, 'within-cleft');
    });
    it('a ticked "above cleft" still is', () =>
      assert.equal(readNote('Age: 2 mo', 'Skin: [x] sacral dimple 3 mm; [x] above cleft [ ] within cleft', 'Order: [x] US spine').facts.dimple?.position, 'above-cleft'));

    it('red flags "check all present": only the ticked one is present, the rest absent', () => {
      const lines = [
        'Age: 10 y',
        'Onset: [ ] trauma [ ] overuse/sport [x] insidious',
        'Red flags (check all present): [ ] fever [ ] weight loss [ ] night sweats [x] night pain [ ] constant pain [ ] radicular pain [ ] hx malignancy',
        'HPI: back pain x 3 wk',
        'Order: [x] MRI L-spine w/o contrast',
      ];
      assert.equal(stateOf('night-pain', ...lines), 'present');
      for (const id of ['fever', 'weight-loss', 'night-sweats', 'constant-pain', 'radicular-pain', 'malignancy']) assert.equal(stateOf(id, ...lines), 'absent', id);
      assert.equal(readNote(...lines).facts.trauma.significance, 'none');
      assert.equal(readNote(...lines).scenario, 'back-pain-red-flags');
    });
    it('every red flag unticked: back pain without red flags, the MRI questioned', () => {
      const r = readNote(
        'Age: 13 y',
        'HPI: low back pain x 5 days',
        'Red flags (check all present): [ ] fever [ ] weight loss [ ] night pain [ ] hx malignancy',
        'Neuro exam: [x] normal [ ] abnormal',
        'Order: [x] MRI lumbar spine w/o contrast',
      );
      assert.equal(r.scenario, 'back-pain-no-red-flags');
      assert.equal(r.facts.neuro.state, 'normal');
    });
    it('"Onset: [x] trauma - mechanism: ***": an injury without its mechanism', () =>
      assert.equal(
        readNote('Age: 9 y', 'HPI: back pain 1 day', 'Onset: [x] trauma - mechanism: *** [ ] overuse/sport [ ] insidious', 'Order: [x] XR L-spine AP/lat').facts.trauma
          .significance,
        'unclear',
      ));
    it('a yes/no column: "Hemangioma: [x] Y", "Sacral dimple: [ ] Y [x] N"', () => {
      const lines = [
        'Age: 4 mo',
        'Cutaneous:',
        '  Sacral dimple: [ ] Y [x] N',
        '  Hair tuft: [ ] Y [x] N',
        '  Hemangioma: [x] Y [ ] N  - flat, 1.5 cm, midline sacrum',
        'Neuro exam: normal',
        'Order: [ ] US spine  [x] MRI L-spine w/o contrast',
      ];
      assert.equal(stateOf('sacral-dimple', ...lines), 'absent');
      assert.equal(stateOf('hair-tuft', ...lines), 'absent');
      assert.equal(stateOf('hemangioma', ...lines), 'present');
      const r = readNote(...lines);
      assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
      assert.equal(r.facts.order?.field.value, 'MRI L-spine w/o contrast');
      assert.ok(r.rules.includes('mri-first-in-young-infant'), r.rules.join());
    });
    it('"New bladder/bowel sx: [ ] yes [x] no" denies it; "[x] yes" asserts it', () => {
      assert.equal(
        readNote('Age: 8 mo', 'Findings: hair tuft', 'New bladder/bowel sx: [ ] yes [x] no', 'Order: US spine').facts.hits.some(
          (h) => h.present && h.finding.category === 'urologic-symptom',
        ),
        false,
      );
      assert.ok(readNote('Age: 4 y', 'Findings: hair tuft', 'New urinary incontinence: [x] yes [ ] no', 'Order: MRI L-spine').rules.includes('escalation-referral'));
    });
    it('neuro: "[ ] normal [ ] abnormal [x] not examined" is unknown; "[ ] normal [x] abnormal" is abnormal', () => {
      assert.equal(readNote('Age: 2 y', 'Findings: hair tuft', 'Neuro: [ ] normal [ ] abnormal [x] not examined', 'Order: MRI L-spine').facts.neuro.state, 'unknown');
      assert.equal(readNote('Age: 2 y', 'Findings: hair tuft', 'Neuro: [x] normal [ ] abnormal', 'Order: MRI L-spine').facts.neuro.state, 'normal');
      assert.equal(readNote('Age: 2 y', 'Findings: hair tuft', 'Neuro: [ ] normal [x] abnormal: weak L leg', 'Order: MRI L-spine').facts.neuro.state, 'abnormal');
    });
    it('"Reason for exam: [x] skin lesion [ ] back pain [ ] injury" with "Exam requested: CT lumbar spine w/o contrast"', () => {
      const r = readNote(
        'ORDER QUESTIONNAIRE - Spine imaging',
        'Patient age: 2 y',
        'Reason for exam: [x] skin lesion over spine  [ ] back pain  [ ] injury',
        'Skin lesion type (check all present): [x] aplasia cutis / scar-like skin defect  [ ] dimple  [ ] hair  [ ] hemangioma',
        'Neuro: [ ] normal [ ] abnormal [x] not examined',
        'Exam requested: CT lumbar spine w/o contrast',
      );
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.equal(r.facts.order?.reading.procedure?.id, 'ct-area-without');
      assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join());
      assert.equal(r.facts.trauma.significance, 'none');
    });
    it('a question under an unknown key is read with its ticked answer; unanswered, it says nothing', () => {
      assert.equal(readNote('Age: 5 mo', 'Markers: [x] dermal sinus [ ] lipoma', 'NSGY referral: [x] placed', 'Order: MRI L-spine').facts.referral.neurosurgery, true);
      assert.equal(readNote('Age: 5 mo', 'Findings: dermal sinus', 'NSGY referral: [ ] placed', 'Order: MRI L-spine').facts.referral.neurosurgery, false);
    });
    it('"Red flags: [x] yes" still lists a red flag; "[x] no" says none', () => {
      assert.equal(readNote('Age: 12 y', 'HPI: back pain 3 wk', 'Red flags: [x] yes [ ] no', 'Order: MRI L-spine').scenario, 'back-pain-red-flags');
      assert.equal(readNote('Age: 12 y', 'HPI: back pain 3 wk', 'Red flags: [ ] yes [x] no', 'Order: MRI L-spine').scenario, 'back-pain-no-red-flags');
    });
    it('"Deep: [x] Y" makes the dimple deep; "Deep: [ ] Y [x] N" does not', () => {
      assert.equal(readNote('Age: 2 mo', 'Findings: sacral dimple 3 mm in cleft 1 cm from anus', 'Dimple: 3 mm; deep: [x] Y [ ] N', 'Order: US spine').facts.dimple?.deep, true);
      assert.equal(readNote('Age: 2 mo', 'Findings: sacral dimple 3 mm in cleft 1 cm from anus', 'Dimple: 3 mm; deep: [ ] Y [x] N', 'Order: US spine').facts.dimple?.deep, false);
    });
    it('Contrast and Referral lines read as ticked', () => {
      assert.equal(
        readNote('Age: 12 y', 'HPI: back pain 3 wk, night pain', 'Order: MRI L-spine', 'Contrast: [ ] with [x] without').facts.order?.reading.procedure?.id,
        'mri-area-without',
      );
      assert.equal(readNote('Age: 5 mo', 'Findings: dermal sinus', 'Referral: [x] NSGY [ ] neurology', 'Order: MRI L-spine').facts.referral.neurosurgery, true);
      assert.equal(readNote('Age: 5 mo', 'Findings: dermal sinus', 'Referral: [ ] NSGY [x] none', 'Order: MRI L-spine').facts.referral.neurosurgery, false);
    });
    it('"Prior spinal US: [x] not done" is no prior ultrasound', () =>
      assert.deepEqual(readNote('Age: 4 mo', 'Findings: hemangioma over the sacrum', 'Prior spinal US: [x] not done', 'Order: MRI L-spine w/o').facts.prior, []));
    it('a phrase never runs from one option into the next ("night pain [ ] constant")', () => {
      const r = readNote('Age: 10 y', 'HPI: back pain 2 wk', 'Red flags: [x] night pain [ ] constant pain', 'Order: MRI L-spine');
      assert.deepEqual(
        r.facts.hits.filter((h) => h.finding.id === 'constant-pain').map((h) => h.present),
        [false],
      );
    });
  });

  describe('near misses', () => {
    it('a ticked option with a negation of its own stays negated', () => assert.equal(stateOf('fever', 'Age: 9 y', 'ROS: [x] no fever [x] night pain', 'HPI: LBP 3 wk'), 'absent'));
    it('parentheses that are not boxes change nothing', () => {
      assert.equal(stateOf('hair-tuft', 'Age: 3 mo', 'Findings: hair tuft (x 2) over sacrum, (v) see photo', 'Order: US spine'), 'present');
      assert.equal(stateOf('lipoma', 'Age: 3 mo', 'Findings: [Lumbar exam] lipoma over L5', 'Order: US spine'), 'present');
    });
    it('an empty Age line is still reported by unreadable-age, not missing-age', () => {
      const r = readNote('Age:', 'Findings: hair tuft', 'Order: US spine');
      assert.ok(!r.rules.includes('missing-age'), r.rules.join());
    });
    it('placeholders', () => {
      for (const v of ['***', '___', '??', ' * * * ']) assert.equal(isUnfilled(v), true, v);
      for (const v of ['', '3 mo', '?3 mo', 'unknown', '-']) assert.equal(isUnfilled(v), false, v);
    });
  });
});
