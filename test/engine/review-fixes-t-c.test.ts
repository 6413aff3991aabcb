/**
 * Review fixes for the transport, PICU, oncology-nursing and outreach readings: a transfer note's receiving side is a
 * heading read as narrative (a study done at the referring hospital is a prior, the one the receiving side will do is
 * the order; no second Plan key); a told age is never someone else's (a nurse's, an infant's mother's); "crashed" of a
 * blood pressure, a computer or a tired teen is no injury; a ball into a fence is no injury; cord compression or a
 * paraspinal mass from a disc or a haematoma is no suspected tumour.
 */
import * as assert from 'node:assert/strict';
import { ageOf, categoryPresentIn, readNote } from '../helpers';

function orderOf(...lines: string[]): string {
  const o = readNote(...lines).facts.order;
  return o ? (o.reading.procedure?.id ?? `(${o.reading.status})`) : 'none';
}

describe('review fixes (transport, PICU, outreach)', () => {
  describe('the receiving side’s studies done elsewhere are no order', () => {
    const NONE: string[][] = [
      ['12 y M, fall, back pain, neuro intact.', 'Receiving hospital: XR T/L spine at OSH neg.'],
      ['9 y F, fever, back pain.', 'Receiving: MRI L-spine from OSH on disc, please review.', 'Plan: abx.'],
      ['9 y F, fever, back pain.', 'Accepting: Dr Wu (PICU). Outside MRI L-spine shows discitis.'],
      ['9 y F, fever, back pain.', 'Receiving: hospitalist; outside MRI showed discitis, start abx.'],
    ];
    for (const lines of NONE) it(`"${lines[1]}" orders nothing`, () => assert.equal(orderOf(...lines), 'none'));
    it('"Receiving: CT L-spine at OSH showed no fracture; MRI L-spine w/o in AM." orders the MRI', () =>
      assert.equal(orderOf('15 y M, MVC, back pain, neuro intact.', 'Receiving: CT L-spine at OSH showed no fracture; MRI L-spine w/o in AM.'), 'mri-area-without'));
    it('a discitis read at the referring hospital stays a suspected infection', () => {
      const lines = ['9 y F, fever, back pain.', 'Receiving team: aware; MRI done at referring hospital, read as discitis.'];
      assert.ok(categoryPresentIn('suspected-infection-or-tumor', ...lines));
      assert.equal(readNote(...lines).scenario, 'back-pain-infection-tumor');
    });
    it('"Receiving:" beside "Plan:" is no duplicate key', () =>
      assert.ok(!readNote('15 y M, MVC, back pain, neuro intact.', 'Receiving: aware of pt, CT reviewed.', 'Plan: MRI L-spine w/o.').rules.includes('duplicate-key')));
  });

  describe('an age told by someone else is not the patient’s', () => {
    it('"Well baby … a young woman, says she is 16, the mother" is no age', () =>
      assert.equal(ageOf('Well baby, sacral dimple. Accompanied by a young woman, says she is 16, the mother.', 'Plan: US spine'), undefined));
    it('"Baby girl … RN told she is 19" is no age', () => assert.equal(ageOf('Baby girl, sacral dimple. RN told she is 19.', 'Plan: US spine'), undefined));
    it('"Triage nurse says she is 18" is no age', () => assert.equal(ageOf('Dimple in a 3 mo. Triage nurse says she is 18, asks for US.', 'Plan: US spine'), undefined));
    it('"states he is 17" of the patient is still read', () =>
      assert.equal(ageOf('Teen at outreach van, states he is 17, back pain after assault, neuro intact.', 'Plan: XR L-spine'), 204));
  });

  describe('"crashed" and "into a fence" that are no injury', () => {
    const NOT: string[][] = [
      ['PICU. 8 y M, septic shock, BP crashed overnight, now on norepi. Back pain since admission, neuro intact.', 'Plan: XR L-spine'],
      ['13 y F, low back pain 2 wks, no red flags. EHR crashed during visit, note delayed.', 'Plan: XR L-spine'],
      ['15 y M, low back pain 3 wks. Crashed at 2 am (fatigue) after exams, sleeps poorly.', 'Plan: XR L-spine'],
      ['10 y F, back pain, fever. Sats crashed on arrival, intubated.', 'Plan: MRI L-spine w/ contrast'],
      ['6 y F, ALL, back pain. Hgb crashed to 6, transfused.', 'Plan: MRI spine'],
      ['12 y M, low back pain 3 wks after soccer practice, kicked ball into a fence. No red flags.', 'Plan: XR L-spine'],
      ['11 y F, back pain 3 wks, no trauma. Likes climbing into a tree house.', 'Plan: XR L-spine'],
    ];
    for (const lines of NOT) it(`"${lines[0]}" tells no injury`, () => assert.ok(!categoryPresentIn('trauma', ...lines)));
    it('"crashed his car into a pole" is still trauma', () =>
      assert.ok(categoryPresentIn('trauma', '16 y M, crashed his car into a pole at 40 mph, back pain.', 'Plan: CT T/L spine w/o')));
  });

  describe('cord compression or a paraspinal mass from a disc or a haematoma suspects no tumour', () => {
    const NOT: string[][] = [
      ['15 y F, 3 wks back pain and leg numbness, no trauma, afebrile. Outside MRI: T11-12 disc herniation with epidural cord compression.', 'Plan: MRI T-spine w/o'],
      ['11 y M with hemophilia A, acute back pain and leg weakness, no trauma. Paraspinal mass on US, likely hematoma.', 'Plan: MRI T-spine w/o'],
      ['15 y M, MVC, epidural cord compression from hematoma, paraplegic.', 'Plan: MRI T-spine w/o'],
    ];
    for (const lines of NOT) it(`"${lines[0]}" suspects no tumour`, () => assert.ok(!categoryPresentIn('suspected-infection-or-tumor', ...lines)));
    it('"Paraspinal mass on US, concern for neuroblastoma" is still a suspected tumour', () =>
      assert.ok(
        categoryPresentIn('suspected-infection-or-tumor', '11 y M, back pain and leg weakness. Paraspinal mass on US, concern for neuroblastoma.', 'Plan: MRI T-spine w/ contrast'),
      ));
  });
});
