/**
 * decision-left.ts reads its words from order-vocabulary.json: prose.decisionLeftWhether (a decision's clause asking whether
 * its study is needed or done at all) and the modalities (which studies a clause sets side by side as alternatives). Each
 * list with real phrases it reads and near misses it must not, and a copy of the vocabulary without a word reads no more.
 */
import * as assert from 'node:assert/strict';
import { decisionLeftBefore, kindAt } from '../../server/src/clinical/decision-left';
import { orderWords } from '../../server/src/clinical/order-words';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import type { Field } from '../../server/src/notes/parser';
import { toWords } from '../../server/src/notes/words';
import { orderOf } from '../helpers';

const v = defaultKnowledge().vocabulary;
const infant = 'Pt: 3 mo F\nSkin: tuft of hair over sacrum, no dimple\nNeuro: nl tone, MAE\n';

/** The value of a line "Imaging: …" as its field. */
function imagingLine(value: string): { text: string; f: Field } {
  const text = `Imaging: ${value}`;
  const span = { start: 9, end: text.length };
  return { text, f: { key: undefined, rawKey: 'Imaging', keySpan: { start: 0, end: 7 }, valueSpan: span, value, lineSpan: { start: 0, end: text.length } } };
}
const leaves = (value: string, vocabulary = v) => {
  const { text, f } = imagingLine(value);
  return decisionLeftBefore(text, f, f, orderWords(vocabulary));
};

describe('order-vocabulary prose.decisionLeftWhether', () => {
  it('needed and linking: "whether" the study (is really) needed leaves it undecided', () => {
    for (const line of [
      'ortho to decide whether MRI needed',
      'NSGY to decide whether MRI is really warranted',
      'tbd whether US spine still required',
      'to decide whether MRI L-spine is even necessary',
    ])
      assert.ok(leaves(line), line);
    // Near misses: how the study is done, or a word that is no need ("whether MRI is urgent").
    for (const line of [
      'radiology to decide whether MRI L-spine needs contrast',
      'NSGY to decide whether MRI L-spine w/o is urgent or routine',
      'ortho to decide whether MRI is so needed',
    ])
      assert.ok(!leaves(line), line);
  });

  it('toOrder and articles: "whether to" do the study, with at most one article, leaves it undecided', () => {
    for (const line of [
      'ortho to decide whether to order MRI L-spine',
      'team to decide whether to proceed with an MRI',
      'to decide whether to go ahead with the US spine',
      'tbd whether to get an MRI or not',
    ])
      assert.ok(leaves(line), line);
    for (const line of [
      'radiologist deciding whether to add oblique views to XR L-spine',
      'to decide whether to order sedation for MRI L-spine',
      'to decide whether to get the new MRI',
    ])
      assert.ok(!leaves(line), line);
  });

  it('reads the words from the vocabulary: without "warranted" or "order", those clauses leave the study ordered', () => {
    const w = v.prose.decisionLeftWhether;
    const copy = { ...v, prose: { ...v.prose, decisionLeftWhether: { ...w, needed: w.needed.filter((x) => x !== 'warranted'), toOrder: w.toOrder.filter((x) => x !== 'order') } } };
    assert.ok(!leaves('NSGY to decide whether MRI is really warranted', copy));
    assert.ok(!leaves('ortho to decide whether to order MRI L-spine', copy));
    assert.ok(leaves('ortho to decide whether MRI needed', copy));
  });

  it('on a note: the choice left orders nothing; a study after the clause is ordered', () => {
    assert.equal(orderOf(infant + 'Imaging: ortho to decide whether MRI is really warranted'), 'none');
    assert.equal(orderOf(infant + 'Order: NSGY to decide whether MRI is really warranted; XR L-spine today'), 'xr-area');
  });
});

describe('order-vocabulary modalities as the kinds of study set side by side', () => {
  const kind = (clause: string, vocabulary = v) => {
    const words = toWords(clause);
    return kindAt(words, 0, orderWords(vocabulary));
  };
  it('names the modality of every head word, a phrase by its first word and a singular by its plural', () => {
    for (const [head, modality] of [
      ['usg', 'US'],
      ['ultrasound', 'US'],
      ['mr', 'MRI'],
      ['ncct', 'CT'],
      ['ct', 'CT'],
      ['xr', 'XR'],
      ['x ray', 'XR'],
      ['film', 'XR'],
      ['scoliosis series', 'XR'],
      ['bone scan', 'bone-scan'],
      ['spect', 'bone-scan'],
    ])
      assert.equal(kind(head), modality, head);
  });
  it('two studies of different kinds are alternatives, two of one kind a choice of how', () => {
    assert.ok(leaves('tbd (XR vs MRI)'));
    assert.ok(leaves('consultant to decide between US and bone scan'));
    assert.ok(leaves('to decide NCCT vs MRI'));
    assert.ok(!leaves('to decide NCCT vs CT'));
    assert.ok(!leaves('to decide between MRI L-spine w/o and MR whole spine w/o'));
  });
});
