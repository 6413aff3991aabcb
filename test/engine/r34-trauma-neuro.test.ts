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
