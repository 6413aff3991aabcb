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

  describe('words of doubt about something else than how the injury happened leave its mechanism to decide', () => {
    const SIGNIFICANT: [string, string][] = [
      ['12 years', "tackled in rugby yesterday, neck pain. Mum didn't know how to get him to the fracture clinic"],
      ['13 years', "fell off her horse at a trot, back pain. We don't know how she will tolerate MRI without sedation"],
      ['14 years', 'skiing accident 2 days ago, back pain. She cannot explain how the pain radiates'],
      ['10 years', 'fell off the trampoline yesterday, back pain. No witness to any loss of consciousness'],
      ['15 years', 'fell skiing this morning, back pain. Nobody knows how long she lay in the snow'],
      ['11 years', "fell off his bike yesterday, back pain. He won't say how fast he was going"],
      ['12 years', 'fell off her bike yesterday. Mechanism not documented by triage but mum says she went over the handlebars at speed. Back pain'],
      ['13 years', 'hurt his back at the trampoline park; staff could not say how, but he says he landed on his head doing a backflip'],
    ];
    for (const [age, hpi] of SIGNIFICANT) it(hpi, () => assert.equal(lumbar(age, hpi).facts.trauma.significance, 'significant'));
    it('a bike fall keeps a hair tuft out of S1 when the doubt is about how long the tuft has been there', () => {
      const r = lumbar('9 years', 'fell off his bike yesterday, low back pain.', 'Skin: sacral hair tuft; parents unable to say how long it has been there');
      assert.equal(r.facts.trauma.significance, 'significant');
      assert.equal(r.scenario, 'spine-trauma-thoracolumbar');
    });
    const TRIVIAL = [
      'fell at nursery. Staff unsure if he needs an X-ray. Playing normally since',
      "fell off the low wall at the park, playing normally since. Mum doesn't know how to stop her climbing",
    ];
    for (const hpi of TRIVIAL) it(hpi, () => assert.equal(lumbar('4 years', hpi).facts.trauma.significance, 'trivial'));
    it('a witness missing beside the injury still leaves it unclear ("fell at the park, no one saw it")', () =>
      assert.equal(lumbar('5 years', 'hurt her back at the park yesterday, no one saw it. Back sore').facts.trauma.significance, 'unclear'));
  });

  describe('a dive during a sport, off a board or a cliff, or onto the bottom is an injury', () => {
    const SIGNIFICANT = [
      'diving during football, immediate back pain',
      'diving while sledding, now tingling in both legs',
      'cliff diving yesterday, entered the water badly. Back pain',
      'diving board accident this afternoon. Neck pain',
      'went off the diving board and hit the bottom of the deep end. Neck pain',
      'diving header in a match, landed on his neck',
      'diving for a loose ball in basketball, hit the floor hard. Back pain',
      'diving roll gone wrong, landed on the back of her neck',
      'stage diving at a concert, dropped by the crowd onto his back',
      'high diving from the 10 m platform, hit the water flat. Back pain',
      'did a dive off the side of the pool and hit her head. Neck pain',
      'went headfirst into the pool and hit the bottom. Neck pain',
      'neck pain after a dive at the swimming pool',
    ];
    for (const hpi of SIGNIFICANT) it(hpi, () => assert.equal(cervical(hpi).facts.trauma.significance, 'significant'));
  });

  describe('a dive told as a habit, as uneventful, as the sport that brings on a pain, or onto something soft is no significant injury', () => {
    it('a dive with no complaint keeps a hairy patch in S1', () => {
      const r = lumbar('3 years', 'dived into the deep end of the pool on holiday, no hitting of the head, no neck pain, no complaints.', 'Skin: hairy patch over the lower back');
      assert.equal(r.facts.trauma.significance, 'none');
      assert.equal(r.scenario, 's1-cutaneous-marker');
    });
    it('a dimple with weekly dives stays S1', () =>
      assert.equal(lumbar('4 years', 'Sacral dimple. She dives into the pool every week without problems.').scenario, 's1-cutaneous-marker'));
    const NONE = [
      'low back pain 6 weeks that comes on while diving. No injury',
      'back pain that comes on when diving off the blocks at starts, 5 weeks, no injury',
      'diving off the high board every weekend, back pain 2 months, no injury',
      'diving into the lake off the dock all summer, back pain. Denies any injury',
      'neck ache, worse when diving on holiday (snorkel). No trauma',
      'low back ache, worse with diving, for 2 months',
    ];
    for (const hpi of NONE) it(hpi, () => assert.equal(lumbar('15 years', hpi).facts.trauma.significance, 'none'));
    const NOT_SIGNIFICANT = [
      'dived onto the couch cushions, landed awkwardly. Back sore',
      'dived for the ball in volleyball and landed on her chest. Back pain',
      'goalkeeper, dived to make a save, landed on his back, no midline tenderness. Back pain',
    ];
    for (const hpi of NOT_SIGNIFICANT) it(hpi, () => assert.notEqual(lumbar('15 years', hpi).facts.trauma.significance, 'significant'));
  });

  describe('a neck or back hurt by a named strain follows that strain, no injury', () => {
    const NONE = [
      'sleeping funny hurt his neck, stiff since. No trauma',
      'her heavy backpack hurt her lower back, 3 weeks',
      'looking down at his tablet all day hurt his neck',
      'hurt her neck turning quickly, stiff',
      'hurt neck muscles from sleeping badly',
      'hurt his lower back deadlifting 100 kg, 2 weeks',
      'hurt his neck lifting weights at the gym',
      'hurt her neck carrying her heavy school bag',
      'hurt his low back rowing, 3 weeks',
      'hurt her neck heading the ball at practice',
      'hurt her neck at gymnastics doing a forward roll',
    ];
    for (const hpi of NONE) it(hpi, () => assert.equal(lumbar('14 years', hpi).facts.trauma.significance, 'none'));
    it('back walkovers at gymnastics stay overuse back pain', () =>
      assert.equal(lumbar('13 years', 'hurt her lower back at gymnastics practice doing back walkovers; low back pain for 3 weeks').scenario, 'back-pain-overuse'));
    it('"hurt his spine?" asked after gymnastics stays overuse back pain', () =>
      assert.equal(lumbar('12 years', 'hurt his spine? mum asks, back pain after gymnastics. No fall').scenario, 'back-pain-overuse'));
    it('a neck hurt in a fall is still an injury', () => assert.notEqual(lumbar('14 years', 'hurt his neck falling off the climbing frame').facts.trauma.significance, 'none'));
  });

  describe('a head struck on furniture or a fixture is a bump', () => {
    const TRIVIAL = [
      'struck head on the crib rail, cried, fine since',
      'struck his head on the door frame. Neck sore',
      'struck head on a low beam in the attic. Neck sore',
      'struck head on the door frame, no LOC, fine since',
      'bumped head on the coffee table, did not lose consciousness, fine since',
      'hit her head on the coffee table, fine since',
    ];
    for (const hpi of TRIVIAL) it(hpi, () => assert.equal(lumbar('2 years', hpi).facts.trauma.significance, 'trivial'));
    it('a hair tuft stays S1 after a bump on the coffee table', () =>
      assert.equal(lumbar('18 months', 'Struck head on coffee table yesterday, fine since.', 'Skin: hair tuft over the sacrum').scenario, 's1-cutaneous-marker'));
    it('the bottom of a foot struck tells no injury of the spine', () =>
      assert.equal(lumbar('10 years', 'back pain 3 weeks. Ball struck the bottom of his foot at football').facts.trauma.significance, 'none'));
  });

  describe('a dive told as one event is an injury, even beside words of pain that comes on while diving', () => {
    const SIGNIFICANT = [
      'pain started while diving into the shallow end, he struck the bottom',
      'neck pain that started while diving into the lake, now tingling in both arms',
      'back pain began while diving off the board when he landed flat on the water',
      'neck pain that comes on while diving, worse since he hit his head on the bottom last week',
      'neck pain that comes on when diving, now numbness in both hands',
      'dived into the pool, no complaints at first, then neck pain that evening',
      'dived into the shallow end, no complaints at the time, later neck pain and numb fingers',
      'dived into the lake, came up with no complaints but 2 hours later neck pain and arm tingling',
    ];
    for (const hpi of SIGNIFICANT) it(hpi, () => assert.equal(cervical(hpi).facts.trauma.significance, 'significant'));
    const NONE = ['low back pain that comes on when diving, 4 weeks. No injury', 'back ache, worse with diving, since the start of the season'];
    for (const hpi of NONE) it(hpi, () => assert.equal(lumbar('15 years', hpi).facts.trauma.significance, 'none'));
  });

  describe('a soft landing is low only as the landing of a fall told alone', () => {
    const NOT_TRIVIAL = [
      'Fell off the trampoline onto the mat edge and then the ground. Back pain',
      'Fell from the rings onto the mat, landed on her neck. Neck pain',
      'Fell off the high beam onto the mat on her head. Neck pain',
      'Fell from the uneven bars onto the mat, landed on her head. Neck pain',
      'Fell off the vault onto the mat, could not move her legs for a minute',
      'Bounced off the crash mat onto the gym floor from the high bar. Back pain',
      'Fell through the foam pit onto the concrete floor. Back pain',
      'Pole vault: missed the landing mat and hit the ground. Back pain',
      'Fell onto the mat from a handstand. Neck pain',
    ];
    for (const hpi of NOT_TRIVIAL) it(hpi, () => assert.notEqual(lumbar('13 years', hpi).facts.trauma.significance, 'trivial'));
    it('a trampoline fall onto the mat edge and then the ground stays significant', () =>
      assert.equal(lumbar('14 years', 'Fell off the trampoline onto the mat edge and then the ground. Back pain').facts.trauma.significance, 'significant'));
    const TRIVIAL = [
      'Fell off the couch onto the cushions. Fine since',
      'Rolled off the sofa onto a beanbag, cried briefly',
      'Tumbled off the bed onto the mattress on the floor, fine since',
    ];
    for (const hpi of TRIVIAL) it(hpi, () => assert.equal(lumbar('4 years', hpi).facts.trauma.significance, 'trivial'));
  });

  describe('a bump is trivial only on a fixture, and not when it knocked the child out', () => {
    const NOT_TRIVIAL = [
      'Struck her head on the balance beam during a back tuck. Neck pain',
      'Hit her head on the beam at gymnastics, neck pain since',
      'Struck head on the door frame, lost consciousness briefly. Neck pain',
      'Hit his head on the kitchen table and was knocked out for a few seconds. Neck pain',
    ];
    for (const hpi of NOT_TRIVIAL) it(hpi, () => assert.notEqual(cervical(hpi).facts.trauma.significance, 'trivial'));
  });
});
