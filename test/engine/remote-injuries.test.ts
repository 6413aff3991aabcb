/**
 * An injury told as one of another time of life ("fell from a tree 2 years ago", "MVC in 2019", "broke
 * his arm at age 5") is no injury now: it never takes a child with a skin marker out of S1. And a
 * requisition whose only history line is "HX:" tells the present injury there.
 */
import * as assert from 'node:assert/strict';
import { ids, note, readNote } from '../helpers';

function traumaOf(...lines: string[]): string {
  return readNote(...lines).facts.trauma.significance;
}

describe('injuries of another time of life', () => {
  const REMOTE: string[][] = [
    ['HPI: 8 yo, sacral dimple. Fell from a tree 2 years ago, wrist fracture.', 'Order: US spine'],
    ['HPI: 8 yo, sacral dimple. Fell off the monkey bars last year, broke his arm.', 'Order: US spine'],
    ['HPI: 8 yo, sacral dimple. MVC in 2019, no injuries.', 'Order: XR L-spine'],
    ['HPI: 8 yo, hair tuft over L5. Broke his leg in a fall from a trampoline at age 5.', 'Order: MRI L-spine'],
    ['HPI: 12 yo, hairy patch. Was in a car accident as a toddler.', 'Order: MRI L-spine'],
    ['Hx: fell from a tree 2 years ago, wrist fracture', 'Findings: sacral dimple', 'Order: US spine'],
  ];
  for (const lines of REMOTE) it(`"${lines.join(' / ')}" holds no injury now`, () => assert.equal(traumaOf(...lines), 'none'));

  const NOW: string[][] = [
    ['HPI: 14 yo fell from a tree yesterday, tender L1.', 'Order: XR L-spine'],
    ['HPI: 14 yo MVC at highway speed 2 hours ago, back pain', 'Order: CT L-spine'],
    ['HPI: 14 yo fell 3 m off a roof on 2026-11-30, back pain', 'Order: CT L-spine'],
    ['HPI: 14 yo fell 3 m off a roof in 2026, back pain', 'Order: CT L-spine'],
    ['HPI: 14 yo MVC at highway speed today; prior MVC in 2019 without injury. Back pain.', 'Order: CT L-spine'],
  ];
  for (const lines of NOW) it(`"${lines.join(' / ')}" is significant trauma now`, () => assert.equal(traumaOf(...lines), 'significant'));

  it('a radiograph for an infant with a dimple is still flagged beside an old injury in the family story', () => {
    const text = note(
      'Pt: 3 mo M',
      'HPI: deep sacral dimple, base not seen. Fell off the sofa 2 years ago? No - that was his brother; he himself had a car accident in 2025.',
      'Order: XR L-spine',
    );
    assert.ok(ids(text).includes('inappropriate-initial-study'), ids(text).join(', '));
  });

  describe('a requisition whose history line is the present illness', () => {
    it('tells the injury there', () => {
      assert.equal(
        traumaOf('HX: 15 YO M UNRESTRAINED BACK-SEAT PASSENGER, MVC AT HIGHWAY SPEED. LOW BACK PAIN, TENDER L1. NEURO INTACT.', 'EXAM: CT LUMBAR SPINE WITHOUT CONTRAST.'),
        'significant',
      );
    });
    it('not beside a line for the present illness, where the history is history', () => {
      assert.equal(traumaOf('Hx: MVC at highway speed', 'HPI: 3 mo, sacral dimple', 'Order: US spine'), 'none');
    });
    it('an injury it dates is still none', () => {
      assert.equal(traumaOf('PMH: MVC 2019, no injuries', 'Findings: hair tuft', 'Order: US spine'), 'none');
    });
  });
});

describe('mechanisms told in other words (set 5)', () => {
  const cases: [string, string][] = [
    ['HPI: 12 yo fell off the back of a bakkie travelling at about 40 km/h onto the road.', 'significant'],
    ['HPI: 12 yo fell off a trailer moving at 40kph.', 'significant'],
    ['HPI: 12 yo hit by a car at 20 km per hour.', 'significant'],
    ['HPI: 12 yo fell off a quad bike at 10 km/h, got up and walked.', 'trivial'],
    ['HPI: 12 yo fell off his bike at 5 mph.', 'trivial'],
    ['HPI: 12 yo, ran 5 km yesterday, hurt his back.', 'unclear'],
    ['HPI: 10 yo struck across the lower back by a hurley swung at full force. Winded, then pain.', 'significant'],
    ['HPI: 16 yo F, anorexia. Mid-back pain, no fall or injury. Concerned about an insufficiency/compression fracture.', 'none'],
    ['HPI: 16 yo, presumed leukemia; need to exclude vertebral compression fractures.', 'none'],
    ['HPI: 12 yo fell 3 m from a roof, r/o fracture.', 'significant'],
    ['HPI: 12 yo, fracture of L1 after a fall from a horse.', 'significant'],
  ];
  for (const [text, want] of cases) it(`"${text}" is ${want}`, () => assert.equal(traumaOf(text), want));
});
