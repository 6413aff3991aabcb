/**
 * Ways of writing met in fresh note set 5: South Asian outpatient notes ("O/E:", "Adv:", "USG", "No
 * neurodeficit"), pain told for two places at once ("low back and buttock pain", "back / leg pain"),
 * a child's continence "accidents" (no injury) and an accident named by what the child was doing.
 */
import * as assert from 'node:assert/strict';
import { lookupKey } from '../../server/src/notes/keys';
import { presentIn, readNote } from '../helpers';

describe('regional ways of writing (set 5)', () => {
  it('"O/E" and "On examination" are the exam; "Adv" and "Advice" the plan', () => {
    for (const k of ['O/E', 'On examination', 'On exam']) assert.equal(lookupKey(k)?.name, 'Findings', k);
    for (const k of ['Adv', 'Advice', 'Advised']) assert.equal(lookupKey(k)?.name, 'Plan', k);
  });

  it('reads an OPD note written that way', () => {
    const r = readNote(
      '14 yrs female, c/o LBP since 10 days, radiating to left leg below knee.',
      'O/E: SLR positive on left. No neurodeficit. Power 5/5 both LL, reflexes normal.',
      'Adv: MRI LS spine (plain). Analgesics, rest.',
    );
    assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
    assert.equal(r.facts.neuro.state, 'normal');
  });

  it('"no neurodeficit" is a normal exam; a deficit named is not', () => {
    assert.equal(readNote('HPI: 9 yo, LBP 2 wk. No neurodeficit.').facts.neuro.state, 'normal');
    assert.equal(readNote('HPI: 9 yo, LBP 2 wk. Neuro deficit: L foot drop.').facts.neuro.state, 'abnormal');
  });

  it('"USG" is an ultrasound, for the prior study as for the order', () => {
    const r = readNote('Pt: 3 mo', 'Findings: tuft of hair over the sacrum', 'USG spine (done at 1 month, outside): low lying conus at L3 level.', 'Order: MRI L-spine');
    assert.deepEqual(
      r.facts.prior.map((p) => [p.modality, p.result]),
      [['US', 'abnormal']],
    );
    assert.equal(readNote('Pt: 3 mo', 'Findings: tuft of hair over the sacrum', 'Plan: USG spine').facts.order?.reading.procedure?.id, 'us-area');
  });

  describe('pain told for the back and another place at once', () => {
    for (const text of [
      '3 months of low back and buttock pain',
      '2 months of low back / buttock pain',
      'back and leg pain x 3 wk',
      'lower back and hip pain',
      'lower back and right leg pain',
    ])
      it(`"${text}" is back pain`, () => assert.ok(presentIn('back-pain', `HPI: 14 yo, ${text}.`)));
    for (const text of [
      'knee and ankle pain',
      'no back and no leg pain',
      'rash on the back and itching, knee pain',
      'dimple on the back, and no pain',
      'fever came back and hip pain worse',
      'fever came back and has foot pain',
      'lying on his back and then chest pain',
    ])
      it(`"${text}" is no back pain`, () => assert.ok(!presentIn('back-pain', `HPI: 14 yo, ${text}.`)));
    it('"denies low back or leg pain" is back pain denied', () => {
      const h = readNote('HPI: 14 yo, denies low back or leg pain.').facts.hits.find((x) => x.finding.id === 'back-pain');
      assert.ok(h && !h.present && h.negated);
    });
  });

  describe('accidents', () => {
    for (const text of ['5 wetting accidents at school since September', 'bladder accidents in class', 'toileting accidents', 'daytime accidents at school, previously dry'])
      it(`"${text}" is no injury`, () => assert.equal(readNote(`HPI: 5 yo F, ${text}; hairy patch L4.`, 'Order: MRI L-spine').facts.trauma.significance, 'none'));
    for (const text of ['bike accident yesterday', 'car accident at the school gate', 'sledding accident this morning'])
      it(`"${text}" is an injury`, () => assert.notEqual(readNote(`HPI: 12 yo, ${text}, back pain.`).facts.trauma.significance, 'none'));
  });
});
