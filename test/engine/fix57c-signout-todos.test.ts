/**
 * Round 57 (fix57c), residents' I-PASS sign-outs and cross-cover lists: a to-do written with a box ("[ ] MRI L-spine ordered -
 * chase read") says still to do, not absent, so its item is read as written (clinical/todo-list.ts, reading-vocabulary
 * handoff.todo); and a contingency opening "if any …" is a condition ("if any leg weakness -> page NSGY"), as "if …" is
 * (context-lexicon pseudoTriggers no longer hold "if any"). Each with the near misses that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { orderOf, presentIn } from '../helpers';

describe('fix57c: a sign-out to-do with a box is read as written', () => {
  it('under a "To do:" heading, an unticked item telling its study ordered orders it', () => {
    assert.equal(
      orderOf(
        'Rm 6 - 3 mo F',
        'Summary: sacral dimple 2 mm in the cleft, 1 cm from anus, base seen. Neuro normal.',
        'To do:',
        ' [x] feeds increased',
        ' [ ] US lumbar spine ordered - chase result',
      ),
      'us-area',
    );
  });
  it('under "Action list:", a bulleted unticked item orders its study', () => {
    assert.equal(
      orderOf('2 mo M', 'Pt summary: dimple 9 mm, 3 cm above anus.', 'Action list:', '  - [ ] XR lumbar spine + sacrum ordered', '  - [ ] PCP f/u after d/c'),
      'xr-area',
    );
  });
  it('on the line of a "To do:" heading', () => {
    assert.equal(orderOf('2 mo M', 'Sacral dimple 2 mm in cleft, 1 cm from anus. Neuro nl.', 'To do: [ ] spinal US ordered, f/u read'), 'us-area');
  });
  it("in an I-PASS handoff's action list letter", () => {
    assert.equal(
      orderOf('I: watcher', 'P: 13 yo M, 2 wk low back pain, fever 38.7, ESR 80.', 'A: [ ] MRI lumbar spine w/ and w/o contrast (ordered)  [ ] repeat CRP'),
      'mri-area-without-and-with',
    );
  });
  it('in a sign-out tagged WATCHER on its first line, with no heading', () => {
    assert.equal(orderOf('12yo F - WATCHER', 'fever 39 x4d + low back pain, CRP 120.', '[ ] XR lumbar spine ordered', '[ ] ortho consult in AM'), 'xr-area');
  });

  it('a box list with no to-do heading, outside a handoff, stays a form (unticked: not ordered)', () => {
    assert.equal(orderOf('3 mo F', 'Sacral dimple 2 mm in the cleft, 1 cm from anus. Neuro normal.', '[ ] US lumbar spine ordered', '[x] consent signed'), 'none');
  });
  it('a checklist under another heading stays a form', () => {
    assert.equal(
      orderOf('3 mo F', 'Sacral dimple 2 mm in the cleft, 1 cm from anus. Neuro normal.', 'Discharge checklist:', '[ ] US lumbar spine ordered', '[x] meds reconciled'),
      'none',
    );
  });
  it("a handoff's box list under another heading stays a form: its unticked item is absent", () => {
    assert.equal(presentIn('hair-tuft', 'I: stable', 'P: 3 mo F, sacral dimple 2 mm in cleft.', 'Skin:', '[ ] hair tuft', '[x] dimple', 'A: US spine ordered'), false);
  });
  it('a SOAP "A:" outside a handoff is no action list', () => {
    assert.equal(presentIn('hair-tuft', '3 mo F', 'S: dimple 2 mm in cleft.', 'A: [ ] hair tuft [x] simple dimple', 'P: US spine'), false);
  });
  it('a to-do contingency stays a condition: no order, no fever', () => {
    const lines = ['Bed 2 - 3 mo F', 'Summary: sacral dimple 2 mm in cleft, 1 cm from anus. Neuro normal.', 'To do:', ' [ ] if febrile overnight -> MRI lumbar spine + page NSGY'];
    assert.equal(orderOf(...lines), 'none');
    assert.equal(presentIn('fever', ...lines), false);
  });
  it('a to-do that only considers a study orders nothing', () => {
    assert.equal(orderOf('2 mo M', 'Sacral dimple 2 mm in cleft, 1 cm from anus.', 'To do:', ' [ ] consider US spine if mum still worried'), 'none');
  });
});

describe('fix57c: a contingency "if any …" is a condition', () => {
  for (const line of ['S: if any leg weakness or retention -> stat MRI + NSGY page', 'Contingency: if any fever overnight -> page NSGY + blood culture.'])
    it(`"${line}" tells no weakness, retention or fever`, () => {
      for (const id of ['weakness', 'retention', 'fever'])
        assert.equal(presentIn(id, 'I: stable', 'P: 3 mo F, dermal sinus at L5.', 'A: MRI L-spine w/o ordered', line), false, id);
    });
  it('"which imaging, if any?" leaves the fever after it present', () => {
    assert.equal(presentIn('fever', '9 yo M', 'Q: which imaging, if any? Fever 39 for 3 days and back pain.'), true);
  });
  it('a fever told outside the condition still counts', () => {
    assert.equal(presentIn('fever', '9 yo M, fever 39 x3 days, back pain.', 'Plan: MRI; if any weakness -> call.'), true);
  });
});
