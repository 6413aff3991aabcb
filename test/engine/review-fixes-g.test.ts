/**
 * Review of the set-5 reader round (severe defects only), each fixed and kept here: a correction of a
 * detail withdraws nothing; injuries of infancy in a history stay past; "exclude"/"look for" are no
 * rule-out over skin markers; an order change told of another time or place changes nothing; a keyed
 * study told as done is no order; "in error" nearby negates nothing; a current injury stays current
 * beside another time in its sentence; "with force" is no mechanism; "came back and … pain" is no back pain.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const flagged = (...lines: string[]) => readNote(...lines).rules.includes('inappropriate-initial-study');
const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
const present = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === id && h.present);

describe('review of the set-5 round', () => {
  describe('a correction of a detail withdraws nothing', () => {
    it('the level of a tuft corrected keeps the tuft', () =>
      assert.ok(flagged('Pt: 3 mo M', 'Findings: hair tuft at L4', 'Addendum: level of hair tuft documented in error - it is at L5', 'Order: XR L-spine')));
    it('a negation taken back makes the finding present', () =>
      assert.ok(flagged('Pt: 3 mo M', 'Findings: no hair tuft', 'Addendum: "no hair tuft" was entered in error; tuft present at L5', 'Order: XR L-spine')));
    it('a corrected number keeps the fever', () => assert.ok(present('fever', 'Pt: 9 yo', 'HPI: LBP, fever 40', 'Addendum: fever of 40 was documented in error; Tmax was 38.9')));
    it('"no fever" taken back keeps the child in the red-flag scenario', () =>
      assert.equal(
        readNote('Pt: 9 yo', 'HPI: low back pain x 5 days, no fever', 'Addendum: "no fever" was documented in error - mother reports fever 39.5 last night', 'Order: MRI L-spine')
          .scenario,
        'back-pain-red-flags',
      ));
  });

  describe('another error nearby negates nothing', () => {
    for (const [id, line] of [
      ['weakness', 'HPI: 12 yo, back pain x 1 wk, new leg weakness (initially triaged to ortho in error)'],
      ['fever', 'HPI: 12 yo, low back pain and fever 39 (mum gave paracetamol in error)'],
    ])
      it(`"${line}" keeps ${id}`, () => assert.ok(readNote(line, 'Order: MRI L-spine').scenario.startsWith('back-pain-red-flags')));
    it('"fell 10 ft from a balcony by mistake" is significant trauma', () =>
      assert.equal(readNote('HPI: 12 yo fell 10 ft from a balcony by mistake, back pain').facts.trauma.significance, 'significant'));
    it('a marker beside "XR ordered by mistake" stays', () => assert.ok(present('hair-tuft', 'Pt: 3 mo', 'Findings: hair tuft L5 - XR ordered by mistake', 'Order: XR L-spine')));
  });

  describe('injuries of infancy told in a history stay past', () => {
    const CASES = [
      ['PMH: born at 36 wk, clavicle fracture at birth (shoulder dystocia)'],
      ['Hx: MVC at 6 wk of age, restrained in car seat, cleared in ED'],
      ['Hx: dropped by dad 3 ft onto floor at 2 months'],
      ['PMH: non-accidental injury - rib fractures at 6 wk'],
    ];
    for (const [line] of CASES) it(`"${line}" keeps an infant with a tuft in S1`, () => assert.ok(flagged('Pt: 3 mo', line, 'Findings: hair tuft at L5', 'Order: XR L-spine')));
    it('a past medical history is never the present injury', () =>
      assert.equal(readNote('Pt: 12 yo', 'PMH: MVC with femur fracture age 8', 'HPI: fever, night sweats, back pain', 'Order: MRI L-spine').scenario, 'back-pain-red-flags'));
  });

  describe('"exclude" and "look for" leave a skin marker present', () => {
    for (const line of [
      'Reason for exam: exclude tethered cord, hairy patch',
      'Indication: to exclude OSD given hair tuft at L5',
      'Indication: XR to look for spina bifida under hair tuft',
    ])
      it(`"${line}"`, () => assert.ok(flagged('Pt: 3 mo M', line, 'Order: XR L-spine')));
  });

  describe('an order change told of another time or place changes nothing', () => {
    it('a past order by the PCP', () =>
      assert.equal(orderOf('Pt: 3 mo', 'HPI: hair tuft at L5. Last month PCP ordered US spine instead of XR; appointment missed', 'Order: XR L-spine'), 'xr-area'));
    it('an outside order never attended', () =>
      assert.equal(orderOf('Pt: 3 mo', 'HPI: hair tuft at L5. OSH ordered US spine instead, but family could not attend', 'Order: XR L-spine'), 'xr-area'));
    it('a change told before the Order line', () =>
      assert.equal(orderOf('Pt: 3 mo', 'Findings: hair tuft', 'HPI: PCP ordered XR L-spine instead of US', 'Order: US spine'), 'us-area'));
    it('"updated - US department will call"', () =>
      assert.equal(orderOf('Pt: 3 mo', 'Findings: hair tuft', 'Order: MRI L-spine w/o', 'Note: contact number updated - US department will call parents'), 'mri-area-without'));
  });

  describe('a keyed study told as done is no order', () => {
    for (const next of ['Done 2 weeks ago at OSH.', 'Performed 01/11/2026 at OSH.', 'Done at OSH; report not available.'])
      it(`"Investigations: US spine. ${next}" leaves the Plan's XR the order`, () =>
        assert.ok(flagged('Pt: 3 mo', 'Findings: hair tuft', `Investigations: US spine. ${next}`, 'Plan: XR L-spine')));
  });

  describe('a current injury stays current beside another time in its sentence', () => {
    for (const line of [
      'HPI: Boy aged 12, fell off horse at full gallop this morning, back pain',
      'HPI: 12 yo fell off his bike this morning at speed when he was riding downhill, back pain',
      'HPI: 12 yo hit by a car at 30 mph today when he was crossing the road',
      'HPI: 12 yo fell 10 ft from a tree today, also broke his arm last year',
      'HPI: 12 yo MVC at 60 mph, rollover, 2019 Honda Civic',
    ])
      it(`"${line}"`, () => assert.equal(readNote(line).facts.trauma.significance, 'significant'));
  });

  it('"kicks both legs with force" makes no fall significant', () =>
    assert.ok(
      flagged(
        'Pt: 3 mo',
        'HPI: rolled off the sofa onto carpet yesterday, cried at once, feeding well. Kicks both legs with force.',
        'Findings: hemangioma over sacrum',
        'Order: XR L-spine',
      ),
    ));
});
