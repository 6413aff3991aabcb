/**
 * Round 34 (ED, urgent care, handoffs, smart phrases): a collision written "bike vs car", "ped vs auto", "ejected",
 * "thrown ~3 m from …" is a significant mechanism and "rolling off the bed" a trivial one; a smart phrase's "Neuro exam:
 * Select: normal/abnormal" left as offered is no exam; "CMS intact (x4)" is a normal exam; an SBAR's "A:" line that
 * names the exam ("neuro exam nl", "no focal deficits") is a clinician's exam, while its reassuring observations stay
 * none. Each with the look-alikes that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { readNote, traumaOf } from '../helpers';

const neuroOf = (...lines: string[]) => readNote(...lines).facts.neuro.state;
const ORDER = 'Ordered: CT thoracic spine w/o contrast.';

describe('r34: a collision written with "vs"', () => {
  for (const m of ['bike vs car, thrown ~3 m', 'ped vs auto', 'bicycle vs car', 'pedestrian vs truck', 'scooter vs car', 'cyclist vs car'])
    it(`"${m}" is significant trauma`, () => assert.equal(traumaOf(`10 yo M ${m}. c/o mid back pain.`, ORDER), 'significant'));
  it('"ejected" and "thrown ~3 m from a horse" are significant', () => {
    assert.equal(traumaOf('15 yo M, ejected from the vehicle in a rollover. c/o low back pain.', ORDER), 'significant');
    assert.equal(traumaOf('10 yo M thrown ~3 m from a horse. c/o mid back pain.', ORDER), 'significant');
  });
  it('a differential written with "vs" is no injury', () => {
    assert.equal(traumaOf('10 yo M, mid back pain 6 wks. Strain vs spondylolysis.', ORDER), 'none');
    assert.equal(traumaOf('10 yo M, mid back pain 6 wks. Mechanical vs inflammatory; no injury.', ORDER), 'none');
  });
});

describe('r34: rolling off a bed', () => {
  it('is trivial trauma', () => {
    assert.equal(traumaOf('5 mo F here after rolling off bed (~50 cm) onto carpet, cried, acting normal since.', 'ED: XR L-spine to r/o fx.'), 'trivial');
    assert.equal(traumaOf('9 mo M rolls off the changing table onto the floor, acting normally.', 'ED: XR L-spine.'), 'trivial');
  });
  it('a roll off a roof stays significant', () => {
    assert.equal(traumaOf('12 yo M rolling off the roof onto concrete. Back pain.', 'ED: XR L-spine.'), 'significant');
  });
});

describe("r34: a smart phrase's exam left as offered", () => {
  const form = (neuro: string) => [
    'PEDIATRIC BACK PAIN SMARTPHRASE',
    'Age: 13 y',
    'Duration of pain: 6 weeks',
    `Neuro exam: ${neuro}`,
    'Imaging requested: MRI L-spine w/o contrast',
  ];
  for (const v of ['Select: normal/abnormal', 'Select one: normal / abnormal', 'normal/abnormal', '(normal/abnormal)', '***', '[ ] normal [ ] abnormal'])
    it(`"${v}" is no exam`, () => assert.equal(neuroOf(...form(v)), 'unknown'));
  it('a choice made stays the exam', () => {
    assert.equal(neuroOf(...form('[ ] normal [x] abnormal')), 'abnormal');
    assert.equal(neuroOf(...form('[x] normal [ ] abnormal')), 'normal');
    assert.equal(neuroOf(...form('abnormal - absent L ankle jerk')), 'abnormal');
    assert.equal(neuroOf(...form('normal')), 'normal');
  });
});

describe('r34: circulation, motor and sensation', () => {
  it('"CMS intact x4" is a normal exam', () => {
    assert.equal(neuroOf('12 yo M fell off roof of shed approx 8 ft, c/o low back pain.', 'Ambulatory w/ assistance. CMS intact x4.', 'XR L-spine ordered.'), 'normal');
    assert.equal(neuroOf('6 yo F fell off monkey bars onto back, c/o back pain.', 'Point TTP upper lumbar spine. Walking. CMS intact.', 'XR L-spine ordered.'), 'normal');
  });
  it('CMS not intact, or only asked, is not', () => {
    assert.equal(neuroOf('12 yo M fell off roof, c/o low back pain.', 'CMS not intact L foot, decreased sensation L foot.', 'XR L-spine ordered.'), 'abnormal');
    assert.equal(neuroOf('12 yo M fell off roof, c/o low back pain.', 'Check CMS?', 'XR L-spine ordered.'), 'unknown');
  });
});

describe("r34: an SBAR's A line that names the exam", () => {
  const sbar = (a: string) => [
    'SBAR - to oncoming ED attending',
    'S: 9yo M, restrained passenger in MVC, c/o neck pain.',
    'B: no PMH.',
    `A: ${a}`,
    'R: CT cervical spine w/o contrast pending.',
  ];
  for (const a of ['midline C-spine tenderness C5-6, no focal deficits, GCS 15.', 'neuro exam nl, gait nl.', 'neuro intact.', 'CMS intact x4.'])
    it(`"A: ${a}" is a normal exam`, () => assert.equal(neuroOf(...sbar(a)), 'normal'));
  it("the caller's reassuring observations stay no exam, and a deficit there still counts", () => {
    assert.equal(neuroOf(...sbar('Moving all extremities, good tone.')), 'unknown');
    assert.equal(neuroOf(...sbar('HR 132, walking fine, grips equal.')), 'unknown');
    assert.equal(neuroOf(...sbar("neuro exam nl but can't lift the L leg off the bed.")), 'abnormal');
  });
});

describe('r34 review: collisions denied, vomiting, a class, a roll that is no fall, a relative', () => {
  for (const history of [
    '9 yo F, LBP 3 wks, no trauma, no bike vs car, no falls.',
    '9 yo F, LBP 3 wks. Denies any injury (no MVC, no ped vs auto).',
    '9 yo F, LBP 3 wks.\r\nNo trauma, no bike vs car.\r',
  ])
    it(`"${history.replace(/\r/g, '\\r')}" tells no trauma`, () => assert.equal(traumaOf(history, 'Order XR L-spine.'), 'none'));
  it('"thrown up" is vomiting, no fall', () => {
    assert.equal(traumaOf('6 yo, neck pain 2 days. Thrown up x3 from gastro, no injury.', 'Order XR C-spine.'), 'none');
    assert.equal(traumaOf('6 yo, back pain 2 days. Has thrown up several times from the antibiotics. Fever 39.', 'Order MRI L-spine.'), 'none');
  });
  it('"ejected from class" is no vehicle', () => assert.equal(traumaOf('15 yo M LBP 2 months. Was ejected from class for fighting.', 'Order XR L-spine.'), 'none'));
  for (const history of [
    '5 mo M, deep sacral dimple 6 mm above cleft. Started rolling off her back onto front.',
    '5 mo M, hairy tuft on sacrum; rolls off to sleep easily.',
    '10 yo M, rolled ankle, rolls off the edge of the kerb often. LBP 6 wks.',
  ])
    it(`"${history}" tells no trauma`, () => assert.equal(traumaOf(history, 'Order US spine.'), 'none'));
  it("a father's collision is not the child's", () => {
    const r = readNote('14 yo M LBP 6 wks, worse at night. Dad was ped vs auto 10 yrs ago.', 'Order MRI L-spine.');
    assert.equal(r.facts.trauma.significance, 'none');
    assert.ok(!r.facts.hits.some((h) => h.finding.id === 'trauma' && h.present));
  });
});

describe('r34 review: a normal exam never over a deficit, nor an arm\'s CMS, nor a writer\'s own "normal/abnormal"', () => {
  it("an SBAR's A line with legs weak is no normal exam", () =>
    assert.notEqual(
      neuroOf(
        'SBAR',
        'S: 9yo M, restrained passenger in MVC, c/o neck pain.',
        'B: no PMH.',
        'A: neurovascularly intact R arm (splinted); legs weak bilat.',
        'R: CT cervical spine w/o contrast.',
      ),
      'normal',
    ));
  it('"CMS intact distal to splint RUE" or "in R hand" is no spinal exam', () => {
    assert.notEqual(neuroOf('12 yo M fell off roof, c/o low back pain. CMS intact distal to splint RUE. Weak L ankle dorsiflexion. XR L-spine ordered.'), 'normal');
    assert.equal(neuroOf('12 yo M fell off roof approx 8 ft, c/o low back pain. CMS intact in R hand (wrist splinted). XR L-spine ordered.'), 'unknown');
  });
  it('"CMS intact in both legs" still is', () => assert.equal(neuroOf('12 yo M fell off roof, c/o LBP. CMS intact in both legs. XR L-spine ordered.'), 'normal'));
  it('"Gait normal/abnormal? Hard to say, limping" keeps the limp', () =>
    assert.equal(neuroOf('13 yo, LBP 6 wks. Gait normal/abnormal? Hard to say, limping intermittently. Order MRI L-spine.'), 'abnormal'));
});
