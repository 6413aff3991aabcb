/**
 * Motocross, BMX and skatepark medical-tent records and swimming, diving and rowing club notes (r19d): the mechanism of
 * injury keyed "MOI:", riders' crashes told in their own words (cased, overshot, high-sided, thrown over the bars, at race
 * pace), a "Rider:" key with the age, diving named as the sport rather than as a dive into water, "nothing radiating",
 * pain running down the leg, training load told as sets that went up, a decision left to someone else and "nothing
 * arranged" (no order), and "neuro check normal".
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const trauma = (...lines: string[]) => readNote(...lines).facts.trauma.significance;
const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const flags = (...lines: string[]) =>
  readNote(...lines)
    .facts.hits.filter((h) => h.present && h.finding.category === 'back-pain-red-flag')
    .map((h) => h.finding.id);
const RIDER = '13 y M, 125cc class.';

describe('the mechanism of injury keyed "MOI:" (r19d)', () => {
  it('is read as the history, its crash as the mechanism', () => {
    assert.equal(trauma(RIDER, 'MOI: came off the bike on the whoops at speed, landed flat on his back.', 'C/o low back pain.'), 'significant');
    assert.equal(trauma(RIDER, 'M.O.I.: thrown over the bars on the big step-up.', 'C/o low back pain.'), 'significant');
    assert.equal(readNote(RIDER, 'MOI: thrown over the bars on the big step-up.', 'C/o low back pain.').scenario, 'spine-trauma-thoracolumbar');
  });
  it('is no unknown key', () => {
    assert.ok(!readNote(RIDER, 'MOI: fell off the bike at walking pace in the pits.', 'C/o low back pain.').rules.includes('unknown-key'));
  });
  it('an unclear or low-energy mechanism stays so', () => {
    assert.notEqual(trauma(RIDER, 'MOI: unclear, found sitting beside his bike.', 'C/o low back pain.'), 'significant');
    assert.equal(trauma(RIDER, 'MOI: tipped over at walking pace in the pits.', 'C/o low back pain.'), 'trivial');
  });
});

describe("riders' crashes (r19d)", () => {
  it('cased, overshot, high-sided or thrown over the bars is significant', () => {
    assert.equal(trauma(RIDER, 'Cased the triple at race pace and went down hard. Low back pain.'), 'significant');
    assert.equal(trauma(RIDER, 'Overshot the step-down, about 4 m to flat. Low back pain.'), 'significant');
    assert.equal(trauma('17 y M, open class.', 'High-sided in the sweeper at speed. Lumbar pain.'), 'significant');
    assert.equal(trauma(RIDER, 'Thrown over the bars in the rock garden and tumbled down the slope. Low back pain.'), 'significant');
    // The mechanism decides, whatever the exam after it.
    assert.equal(
      readNote(RIDER, 'Cased the double at race pace, thrown over the bars.', 'No neck or back pain, no midline tenderness, neuro intact.', 'Spine cleared clinically, no imaging.')
        .scenario,
      'spine-trauma-thoracolumbar',
    );
  });
  it('a crash told as slow and the rider fine after is trivial, and riding alone is no crash', () => {
    assert.equal(trauma(RIDER, 'Cased a small jump at low speed, landed on his feet and rode on. Low back ache.'), 'trivial');
    assert.equal(trauma(RIDER, "Low back pain 3 months, sore after today's motos. No new injury."), 'none');
    assert.equal(trauma(RIDER, 'Low back pain 2 months, worse after riding the 125. No crash, no injury.'), 'none');
  });
});

describe('a "Rider:" key (r19d)', () => {
  it('holds the age', () => {
    assert.equal(readNote('Rider: 22 y M, adult open class', 'Lumbar pain after a crash.').facts.age?.months, 264);
    assert.equal(readNote('Rider: 12 y F, 65cc', 'Low back pain 3 wk, no injury.').facts.age?.months, 144);
  });
  it('an engine size is no age', () => {
    assert.equal(readNote('Rider: M, 85cc class', 'Low back pain 3 wk, no injury.').facts.age?.months ?? null, null);
  });
});

describe('diving as the sport (r19d)', () => {
  it('is no injury', () => {
    assert.equal(trauma('Diving club - physician note', '12 y F, springboard. Low back pain 3 wk, worse on back entries. No fall.'), 'none');
    assert.equal(trauma('Swimming and diving team review', '13 y M. Low back ache 4 wk after diving training went up.'), 'none');
    assert.equal(trauma('Platform diving squad: 14 y F, LBP 6 wk, no bad entry she can remember.'), 'none');
  });
  it('a dive into shallow water, or a bad entry from height, is still an injury', () => {
    assert.equal(trauma('Diving club incident: 13 y M dove into the shallow end, struck his head. Neck pain.'), 'significant');
    assert.equal(trauma('Diving club: 14 y F, bad entry from 10 m, landed flat on her back, winded. Back pain since.'), 'significant');
  });
  it('an injury at the diving club told without its mechanism asks for it', () => {
    assert.equal(trauma('Diving club: 12 y M hurt his back at practice, not sure how. Back pain.'), 'unclear');
  });
});

describe('"nothing radiating" and pain running down the leg (r19d)', () => {
  it('"nothing" denies the word it stands before', () => {
    assert.deepEqual(flags('12 yo M, back ache 2 wk. No fever, no night pain, nothing radiating to the legs.'), []);
    assert.deepEqual(flags('12 yo M, back ache 2 wk, nothing shooting down the legs.'), []);
  });
  it('reaches no further than its word: "nothing helps the night pain" keeps the night pain', () => {
    assert.ok(flags('12 yo M, back pain 3 wk. Nothing helps the night pain.').includes('night-pain'));
    assert.ok(flags('12 yo M, back pain 3 wk, nothing helps, pain radiating to the L leg.').includes('radicular-pain'));
  });
  it('pain running down a leg is radicular', () => {
    assert.ok(flags('13 y F, back pain 5 wk, now sharp pain running down the R leg to the foot.').includes('radicular-pain'));
    assert.ok(flags('13 y F, back pain 5 wk, pain runs down both legs.').includes('radicular-pain'));
    assert.deepEqual(flags('13 y F, back pain 5 wk, no pain running down the legs.'), []);
  });
});

describe('training load and the exam in club and tent notes (r19d)', () => {
  it('sets or sessions that went up are overuse', () => {
    assert.equal(readNote('12 yo M, swimmer. Mid-low back ache 2 wk since the fly sets went up, better on rest days. No injury. Neuro intact.').scenario, 'back-pain-overuse');
    assert.equal(readNote('14 yo F. Low back ache 3 wk since her swim squad sessions doubled. No injury. Neuro intact.').scenario, 'back-pain-overuse');
  });
  it('without a load or a sport it is no overuse', () => {
    assert.equal(readNote('12 yo M. Mid-low back ache 2 wk, worse after sitting at school. No injury. Neuro intact.').scenario, 'back-pain-no-red-flags');
  });
  it('"neuro check normal" is a normal exam; a check ordered is not', () => {
    assert.equal(readNote('15 y M, low back pain since this morning. No numbness, no leg weakness, neuro check normal.').facts.neuro.state, 'normal');
    assert.notEqual(readNote('15 y M, low back pain since this morning. Neuro checks q4h overnight.').facts.neuro.state, 'normal');
  });
});

describe('orders in tent and club notes (r19d)', () => {
  const HX = '14 y M. Low back pain 3 months, pars defects on XR last month. Neuro intact.';
  it('a decision left to someone else, or "nothing arranged", orders nothing', () => {
    assert.equal(orderOf(HX, 'Advised: off the bike until seen by sports med, who can decide about an MRI.'), null);
    assert.equal(orderOf(HX, 'Advised: rest; MRI if sports med agree. Nothing arranged here.'), null);
    assert.equal(orderOf(HX, 'Sports med to decide on MRI L-spine.'), null);
  });
  it('a study requested or referred for is the order', () => {
    assert.equal(orderOf(HX, 'Requested MRI lumbar spine on arrival - handed over to ED team.'), 'mri-area-without');
    assert.equal(orderOf(HX, 'Referral given for XR lumbar spine at urgent care tonight.'), 'xr-area');
    assert.equal(orderOf(HX, 'We decided to order MRI L-spine w/o today.'), 'mri-area-without');
  });
});

describe('r19d with r19c: a decision word declines only the study it comes before', () => {
  it('"who can decide about an MRI" orders nothing; "MRI lumbar spine to decide on surgery" orders the MRI', () => {
    assert.equal(orderOf('Age: 14 y', 'HPI: back pain 3 months.', 'Plan: off the bike until seen by sports med, who can decide about an MRI.'), null);
    assert.equal(orderOf('Age: 9 y', 'HPI: back pain.', 'Plan: MRI lumbar spine to decide on surgery.'), 'mri-area-without');
  });
});
