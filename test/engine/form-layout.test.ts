/**
 * Check-box form lines whose layout must be worked out: which label belongs to which box when text
 * follows the last box, where a yes/no question starts when other text comes first on its line, and
 * yes/no answers written "No" first. When it cannot be told, the line is read as plain text: an
 * unticked item is never read as present by the form, a ticked one never as denied.
 */
import * as assert from 'node:assert/strict';
import { readForm } from '../../server/src/clinical/form';
import { readNote } from '../helpers';

const unasserted = (text: string) => readForm(text).unasserted.map((u) => `${text.slice(u.start, u.end)}:${u.state}`);

/** How a finding id is read in the note: 'present', 'absent' (negated), 'unasserted' (read, neither) or 'unread'. */
function stateOf(id: string, ...lines: string[]): string {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  if (!hits.length) return 'unread';
  if (hits.some((h) => h.present)) return 'present';
  return hits.some((h) => h.negated) ? 'absent' : 'unasserted';
}

describe('check-box form layout', () => {
  describe('label first, with text after the last box', () => {
    for (const [line, expected] of [
      ['Neuro: normal [ ]  abnormal [x]  see below', ['normal:negated']],
      ['Neuro: normal [ ] abnormal [x] see below', ['normal:negated']],
      ['Imaging: XR L-spine [ ]  MRI L-spine [ ]  US lumbar spine [x]  (call with results)', ['XR L-spine:negated', 'MRI L-spine:negated']],
      ['Imaging: XR L-spine [ ] MRI L-spine [ ] US lumbar spine [x] (call with results)', ['XR L-spine:negated', 'MRI L-spine:negated']],
      ['Red flags: fever [ ] night pain [ ] weight loss [ ] none [x] - reviewed with mom', ['fever:negated', 'night pain:negated', 'weight loss:negated']],
      ['Order: US lumbar spine [ ]  MRI L-spine w/o [x]  - urgent', ['US lumbar spine:negated']],
      ['Findings: dimple [x]  hair tuft [ ]  hemangioma [ ]  other: see photo', ['hair tuft:negated', 'hemangioma:negated']],
      ['Red flags: fever [ ] night pain [x], per dad', ['fever:negated']],
      ['Red flags: fever [ ] night pain [x]; see HPI', ['fever:negated']],
      ['Red flags: fever [ ] night pain [x] – 2 wk', ['fever:negated']],
      ['Red flags: fever ☐ night pain ☒ (comment: wakes him up)', ['fever:negated']],
    ] as const)
      it(`"${line}"`, () => assert.deepEqual(unasserted(line), expected));

    it('the findings, the neuro exam and the order read as ticked', () => {
      assert.equal(readNote('Age: 13 y', 'HPI: back pain 3 wk', 'Neuro: normal [ ]  abnormal [x]  see below', 'Order: MRI L-spine w/o').facts.neuro.state, 'abnormal');
      assert.equal(readNote('Age: 13 y', 'HPI: back pain 3 wk', 'Neuro: normal [ ] abnormal [x] see below', 'Order: MRI L-spine w/o').facts.neuro.state, 'abnormal');
      const imaging = readNote('Age: 6 mo', 'Findings: hair tuft', 'Imaging: XR L-spine [ ]  MRI L-spine [ ]  US lumbar spine [x]  (call with results)');
      assert.equal(imaging.facts.order?.reading.procedure?.id, 'us-area');
      const flags = ['Age: 12 y', 'HPI: LBP 3 wk after gymnastics', 'Red flags: fever [ ] night pain [ ] weight loss [ ] none [x] - reviewed with mom', 'Order: XR L-spine'];
      for (const id of ['fever', 'night-pain', 'weight-loss']) assert.equal(stateOf(id, ...flags), 'absent', id);
      assert.equal(
        readNote('Age: 5 mo', 'Findings: hair tuft', 'Order: US lumbar spine [ ]  MRI L-spine w/o [x]  - urgent').facts.order?.reading.procedure?.id,
        'mri-area-without',
      );
      assert.equal(stateOf('hair-tuft', 'Age: 5 mo', 'Findings: dimple [x]  hair tuft [ ]  hemangioma [ ]  other: see photo', 'Order: US lumbar spine'), 'absent');
    });

    it('box first when each box sits against the text after it', () => assert.deepEqual(unasserted('Skin findings  [x] hair tuft  [ ] dimple  [x] lipoma'), ['dimple:negated']));

    describe('near misses', () => {
      it('box first with a comment on the last option', () => assert.deepEqual(unasserted('Neuro: [ ] normal [x] abnormal - weak L ankle dorsiflexion'), ['normal:negated']));
      it('label first ending on its box', () => assert.deepEqual(unasserted('Red flags: fever ☐  night pain ☒  weight loss ☐'), ['fever:negated', 'weight loss:negated']));
      it('box first after a key', () => assert.deepEqual(unasserted('Indication: [x] cutaneous marker  [ ] back pain  [ ] trauma'), ['back pain:negated', 'trauma:negated']));
      it('a ticked "none" with its comment keeps the comment', () =>
        assert.equal(stateOf('fever', 'Age: 12 y', 'HPI: LBP 3 wk', 'Red flags: night pain [ ] none [x] - but fever last night', 'Order: XR L-spine'), 'present'));
    });

    describe('when the layout cannot be told, the line reads as plain text', () => {
      it('nothing ticked is denied, whichever way the labels go', () => {
        assert.deepEqual(unasserted('Order: US lumbar spine [x] STAT [ ] routine'), []);
        assert.deepEqual(unasserted('Red flags: fever [x] night pain [ ] weight loss [x] night sweats'), []);
      });
      it('"(R) leg" after a ticked box may be its label: not read as a comment', () => assert.deepEqual(unasserted('Neuro: weakness [x] (R) leg [ ] (L) leg'), []));
      it("a question right after an option may be that option's label: denied only when the option is unticked too", () => {
        assert.deepEqual(unasserted('Skin: [x] lipoma [ ] Y [x] N'), []);
        assert.deepEqual(unasserted('Skin: [ ] lipoma [ ] Y [x] N'), ['lipoma:negated']);
        assert.deepEqual(unasserted('Skin: [x] hair tuft over sacrum [ ] Y [x] N'), []);
      });
      it('text between two unticked boxes is unticked either way', () => assert.deepEqual(unasserted('Skin: dimple [ ] hair tuft [ ] lipoma [x] other'), ['hair tuft:negated']));
      it('the order is read from the line', () => {
        const r = readNote('Age: 5 mo', 'Findings: sacral dimple with hair tuft', 'Order: US lumbar spine [x] STAT [ ] routine');
        assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
      });
    });
  });

  describe('a yes/no question after other text on its line', () => {
    for (const [line, expected] of [
      ['Order: MRI lumbar spine w/o contrast   Sedation needed: [ ] Yes [x] No', ['Sedation needed:negated']],
      ['Findings: hair tuft over sacrum   Dimple: [ ] Y [x] N', ['Dimple:negated']],
      ['Findings: hair tuft over sacrum\tDimple: [ ] Y [x] N', ['Dimple:negated']],
      ['Findings: hair tuft over sacrum; Dimple: [ ] Y [x] N', ['Dimple:negated']],
      ['Findings: hair tuft over sacrum. Dimple: [ ] Y [x] N', ['Dimple:negated']],
      ['Findings: hair tuft over sacrum | Dimple: [ ] Y [x] N', ['Dimple:negated']],
      ['Findings: hair tuft over sacrum   Dimple: Yes [ ] No [x]', ['Dimple:negated']],
      ['Findings: hair tuft over sacrum   Dimple: No [x] Yes [ ]', ['Dimple:negated']],
      ['Order: MRI lumbar spine w/o contrast   Sedation needed? [ ] Yes [x] No', ['Sedation needed:negated']],
      // After a key or another item with no separator, only the question's last word is surely its own; the rest reads as written.
      ['Findings: hair tuft over sacrum Dimple: [ ] Y [x] N', ['Dimple:negated']],
      ['Findings: hair tuft over sacrum   dimple [ ] Y [x] N', ['dimple:negated']],
      ['Findings: hair tuft over sacrum; dimple? [ ] Y [x] N', ['dimple:negated']],
      ['Order: MRI lumbar spine w/o contrast Sedation needed: [ ] Yes [x] No', ['needed:negated']],
      ['Hemangioma: [x] Y [ ] N - flat, 1.5 cm, midline sacrum Dimple: [ ] Y [x] N', ['Dimple:negated']],
      ['[x] hair tuft   Dimple: [ ] Y [x] N', ['Dimple:negated']],
      ['[x] hair tuft Dimple: [ ] Y [x] N', ['Dimple:negated']],
      ['[ ] hair tuft   Dimple: [x] Y [ ] N', ['hair tuft:negated']],
      ['fever [ ] night pain [x]   Dimple: [ ] Y [x] N', ['fever:negated', 'Dimple:negated']],
    ] as const)
      it(`"${line}"`, () => assert.deepEqual(unasserted(line), expected));

    it('the order and the other findings stay', () => {
      const order = readNote('Age: 3 y', 'Findings: hair tuft over sacrum, deep dimple', 'Order: MRI lumbar spine w/o contrast   Sedation needed: [ ] Yes [x] No');
      assert.equal(order.facts.order?.reading.procedure?.id, 'mri-area-without');
      const tight = readNote('Age: 3 y', 'Findings: hair tuft over sacrum, deep dimple', 'Order: MRI lumbar spine w/o contrast Sedation needed: [ ] Yes [x] No');
      assert.equal(tight.facts.order?.reading.procedure?.id, 'mri-area-without');
      for (const sep of ['   ', ' ', ', ', '; ', '\t']) {
        for (const question of ['Dimple: [ ] Y [x] N', 'Dimple: Yes [ ] No [x]', ...(['   ', '; ', '\t'].includes(sep) ? ['dimple [ ] Y [x] N'] : [])]) {
          const lines = ['Age: 4 mo', `Findings: hair tuft over sacrum${sep}${question}`, 'Order: US lumbar spine'];
          assert.equal(stateOf('hair-tuft', ...lines), 'present', JSON.stringify(sep + question));
          assert.equal(stateOf('sacral-dimple', ...lines), 'absent', JSON.stringify(sep + question));
        }
      }
      assert.equal(stateOf('sacral-dimple', 'Age: 4 mo', 'Cutaneous: Sacral dimple: [ ] Y [x] N', 'Findings: hair tuft', 'Order: US lumbar spine'), 'absent');
    });

    describe('near misses: the question is the whole line or the whole value', () => {
      for (const [line, expected] of [
        ['  Sacral dimple: [ ] Y [x] N', ['Sacral dimple:negated']],
        ['New bladder/bowel sx: [ ] yes [x] no', ['New bladder/bowel sx:negated']],
        ['Red flags: fever or night sweats [ ] Y [x] N', ['fever or night sweats:negated']],
        ['Neuro: focal deficit [ ] Y [x] N', ['focal deficit:negated']],
        ['Prior imaging: US spine done? [ ] Y [x] N', ['US spine done:negated']],
        ['  Fever or night sweats [ ] Y [x] N', ['Fever or night sweats:negated']],
        ['Dimple: [ ] Y [x] N   Hair tuft: [x] Y [ ] N', ['Dimple:negated']],
        ['Dimple: 3 mm; deep: [ ] Y [x] N', ['deep:negated']],
      ] as const)
        it(`"${line}"`, () => assert.deepEqual(unasserted(line), expected));
      it('"Key: question [ ] Y [x] N" denies all of the question', () => {
        const flags = ['Age: 12 y', 'HPI: back pain 3 wk', 'Red flags: fever, weight loss, night sweats [ ] Y [x] N', 'Order: MRI L-spine'];
        for (const id of ['fever', 'weight-loss', 'night-sweats']) assert.equal(stateOf(id, ...flags), 'absent', id);
        assert.equal(readNote('Age: 12 y', 'HPI: back pain 3 wk', 'Neuro: focal deficit [ ] Y [x] N', 'Order: MRI L-spine').facts.neuro.state, 'unknown');
        assert.ok(readNote('Age: 3 mo', 'Findings: hair tuft', 'Prior imaging: US spine done? [ ] Y [x] N', 'Order: MRI L-spine').rules.includes('mri-first-in-young-infant'));
      });
      it('"Referral: Neurosurgery referral placed? [ ] Yes [x] No" is no referral', () =>
        assert.equal(
          readNote('Age: 3 mo', 'Findings: deep sacral dimple, US showed tethered cord', 'Referral: Neurosurgery referral placed? [ ] Yes [x] No', 'Order: MRI L-spine w/o').facts
            .referral.neurosurgery,
          false,
        ));
    });
  });

  describe('yes/no answers written "No" first', () => {
    const base = ['Age: 10 y', 'HPI: back pain 2 wk'];
    for (const [line, state] of [
      ['Fever: No [ ] Yes [x]', 'present'],
      ['Fever: N [ ] Y [x]', 'present'],
      ['Fever: No ☐ Yes ☒', 'present'],
      ['Fever: [ ] No [x] Yes', 'present'],
      ['Fever: [ ] N [x] Y', 'present'],
      ['Fever: Yes [x] No [ ]', 'present'],
      ['Fever: No [x] Yes [ ]', 'absent'],
      ['Fever: [x] No [ ] Yes', 'absent'],
      ['ROS: fever No [ ] Yes [ ]', 'unasserted'],
      ['No fever: [x] Y [ ] N', 'absent'],
    ] as const)
      it(`"${line}": fever ${state}`, () => assert.equal(stateOf('fever', ...base, line, 'Order: XR L-spine'), state));
    it('"Fever: No [ ] Yes [ ]", unanswered, says nothing', () =>
      assert.ok(!['present', 'absent'].includes(stateOf('fever', ...base, 'Fever: No [ ] Yes [ ]', 'Order: XR L-spine'))));

    it('a ticked yes makes the red flag count', () => assert.equal(readNote(...base, 'Fever: No [ ] Yes [x]', 'Order: XR L-spine').scenario, 'back-pain-red-flags'));
    it('two questions on a line, in either order', () => {
      const lines = ['Age: 2 y', 'Findings: Hair tuft: No [x] Yes [ ]   Dimple: No [ ] Yes [x]', 'Order: MRI L-spine w/o'];
      assert.equal(stateOf('hair-tuft', ...lines), 'absent');
      assert.equal(stateOf('sacral-dimple', ...lines), 'present');
      const mixed = ['Age: 2 y', 'Hair tuft: Yes [x] No [ ]', 'Skin tag: No [ ] Yes [x]', 'Lipoma: No [x] Yes [ ]', 'Order: MRI L-spine w/o'];
      assert.equal(stateOf('hair-tuft', ...mixed), 'present');
      assert.equal(stateOf('skin-appendage', ...mixed), 'present');
      assert.equal(stateOf('lipoma', ...mixed), 'absent');
    });

    describe('tables', () => {
      for (const indent of ['  ', '']) {
        it(`"No  Yes" column heads${indent ? '' : ', rows not indented'}`, () => {
          const lines = ['Age: 2 y', 'Findings:            No    Yes', `${indent}Hair tuft          [ ]   [x]`, `${indent}Dimple             [x]   [ ]`, 'Order: MRI L-spine w/o'];
          assert.equal(stateOf('hair-tuft', ...lines), 'present');
          assert.equal(stateOf('sacral-dimple', ...lines), 'absent');
        });
        it(`"Yes  No" column heads${indent ? '' : ', rows not indented'}`, () => {
          const lines = ['Age: 2 y', 'Findings:            Yes    No', `${indent}Hair tuft          [x]   [ ]`, `${indent}Dimple             [ ]   [x]`, 'Order: MRI L-spine w/o'];
          assert.equal(stateOf('hair-tuft', ...lines), 'present');
          assert.equal(stateOf('sacral-dimple', ...lines), 'absent');
        });
      }
      it('"No | Yes" heads and a red flag answered yes', () => {
        const lines = ['Age: 10 y', 'HPI: back pain 2 wk', 'Red flags:   No | Yes', '  Fever      [ ] | [x]', '  Night pain [x] | [ ]', 'Order: XR L-spine'];
        assert.equal(stateOf('fever', ...lines), 'present');
        assert.equal(stateOf('night-pain', ...lines), 'absent');
        assert.equal(readNote(...lines).scenario, 'back-pain-red-flags');
      });
      it('the heads are no item of their own: every red flag answered no is none', () => {
        const lines = ['Age: 12 y', 'HPI: back pain 3 wk', 'Red flags:      Yes   No', '  Fever         [ ]   [x]', '  Night pain    [ ]   [x]', 'Order: MRI L-spine'];
        assert.equal(readNote(...lines).scenario, 'back-pain-no-red-flags');
        lines[4] = '  Night pain    [x]   [ ]';
        assert.equal(readNote(...lines).scenario, 'back-pain-red-flags');
      });
      it('"Cutaneous marker present? [x] Yes [ ] No – type: [x] hair tuft [ ] dimple": the options after a key are box first', () =>
        assert.deepEqual(unasserted('Cutaneous marker present? [x] Yes [ ] No – type: [x] hair tuft [ ] dimple'), ['dimple:negated']));
      it('an "Unknown" column answers neither', () => {
        const lines = [
          'Age: 14 y',
          'HPI: LBP x 2 weeks',
          '                    No  Yes  Unknown',
          'Fever               [ ]  [ ]  [x]',
          'Night pain          [ ]  [x]  [ ]',
          'Order: XR L-spine',
        ];
        assert.equal(stateOf('fever', ...lines), 'unasserted');
        assert.equal(stateOf('night-pain', ...lines), 'present');
        assert.deepEqual(unasserted(lines.slice(2).join('\n')), ['Fever:unanswered']);
      });
    });

    it('"N/A" is no "N": an answer of its own, neither yes nor no', () => {
      assert.deepEqual(unasserted('Fever: [ ] Y [ ] N [x] N/A'), ['Fever:unanswered']);
      assert.deepEqual(unasserted('Fever: Y [ ] N [ ] N/A [x]'), ['Fever:unanswered']);
    });
  });
});
