/**
 * Diving injuries (findings.json trauma: "dived", dive compounds; reading-vocabulary.json trauma.significant: a dive into
 * water or off a dock, the head struck on the bottom) and injuries whose mechanism the note tells unknown
 * (trauma.unknownMechanism; events.ts readTrauma: beside the injury, such words leave it unclear over an afterwards sign
 * such as "playing normally since", while a trivial mechanism named, focal tenderness or a deficit still decide).
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const cervical = (hpi: string) => readNote('Age: 14 years', `HPI: ${hpi}`, 'Order: CT cervical spine without contrast');
const lumbar = (age: string, hpi: string, ...more: string[]) => readNote(`Age: ${age}`, `HPI: ${hpi}`, ...more, 'Order: XR lumbar spine');

describe('diving injuries and mechanisms told unknown', () => {
  describe('a dive into shallow water is a significant mechanism', () => {
    const SIGNIFICANT = [
      'dived into the shallow end at the leisure centre, neck pain since',
      'dived into a river off the rocks this afternoon; neck pain',
      'diving accident at the lake today, posterior neck pain',
      'diving injury at the quarry yesterday, neck sore',
      'dived into the pool and struck head on the bottom, neck pain',
      'struck his head on the bottom of the pool after a dive; neck pain',
      'hit head on the pool floor after diving in; neck pain',
      'dove off the pier into the sea, neck pain',
      "shallow dive at a friend's pool party, hit his head, neck pain",
    ];
    for (const hpi of SIGNIFICANT)
      it(hpi, () => {
        const r = cervical(hpi);
        assert.equal(r.facts.trauma.significance, 'significant');
        assert.equal(r.scenario, 'spine-trauma-cervical');
      });
  });

  describe('diving that tells no injury', () => {
    const NONE = [
      // A competitive diver's overuse back pain.
      'springboard diver, low back pain 3 wk, worse arching, no injury',
      // Diving as a sport in a social history.
      'low back pain 6 wk. Sports: diving, 4x/week',
      'low back pain 2 months. Hobbies: swimming and diving',
      // Negated and hypothetical.
      'neck pain 2 wk, no diving injury, no trauma',
      'neck pain 3 wk, no injury; advised not to dive into shallow water until reviewed',
      // Scuba diving is no dive into shallow water.
      'back ache after scuba diving in the sea on holiday, no trauma',
    ];
    for (const hpi of NONE) it(hpi, () => assert.equal(lumbar('14 years', hpi).facts.trauma.significance, 'none'));
  });

  describe('an injury whose mechanism the note tells unknown is unclear', () => {
    const UNCLEAR: [string, string][] = [
      ['9 years', 'hurt his neck yesterday, unable to say how. Neck stiff'],
      ['8 years', "hurt her neck at recess, can't describe what happened"],
      ['10 years', 'hurt his lower back at school; nobody saw it happen'],
      ['16 months', 'nursery say he "hurt his back" this morning; staff could not say how. Walking and playing normally in clinic'],
      ['6 years', "per mum he injured his back at the park but he couldn't say how. Playing normally since"],
      ['5 years', 'fell at daycare today; staff did not see how. Acting normally now'],
      ['3 years', 'found crying in the garden after a fall, not witnessed. Back to playing normally'],
      ['12 years', 'back injury at camp last week, mechanism not documented'],
    ];
    for (const [age, hpi] of UNCLEAR)
      it(hpi, () => {
        const r = lumbar(age, hpi);
        assert.equal(r.facts.trauma.significance, 'unclear');
        assert.ok(r.rules.includes('trauma-mechanism-unclear'), r.rules.join(', '));
      });
    it('a skin marker keeps S1 when the mechanism is unclear', () =>
      assert.equal(
        lumbar('16 months', 'daycare say he hurt his back this morning, staff could not say how; playing normally in clinic', 'Skin: sacral hair tuft since birth').scenario,
        's1-cutaneous-marker',
      ));
  });

  describe('what still decides beside an unknown mechanism', () => {
    it('focal midline tenderness after the injury is significant', () =>
      assert.equal(lumbar('7 years', 'hurt his back at school, unable to say how. Midline tenderness at L2').facts.trauma.significance, 'significant'));
    it('a deficit after the injury is significant', () =>
      assert.equal(lumbar('7 years', 'hurt his back at school, unable to say how. Now weak in the left leg').facts.trauma.significance, 'significant'));
    it('a trivial mechanism named stays trivial ("rolled off the sofa, nobody saw the landing")', () =>
      assert.equal(lumbar('2 years', 'rolled off the sofa, nobody saw the landing. Playing normally since').facts.trauma.significance, 'trivial'));
    it('an afterwards sign without any word of an unknown mechanism stays trivial', () =>
      assert.equal(lumbar('4 years', 'hurt her neck at daycare. Acting normally since').facts.trauma.significance, 'trivial'));
    it('doubt told far from the injury, about something else, leaves it trivial', () =>
      assert.equal(
        lumbar('6 years', 'tripped at school and landed on his bottom, playing normally since.', 'Exam: well child.', 'Plan: mom unsure if he needs an x-ray').facts.trauma
          .significance,
        'trivial',
      ));
  });

  describe('no injury told', () => {
    const NONE = [
      'back pain 3 wk, unsure why his back hurts. No injury',
      'unwitnessed seizure last night, now back to baseline. Back pain',
      'neck pain x 1 wk; it hurt his neck to turn his head this morning. No injury',
      'neck pain 2 days, denies trauma; unable to say how it started',
    ];
    for (const hpi of NONE) it(hpi, () => assert.equal(lumbar('9 years', hpi).facts.trauma.significance, 'none'));
  });
});
