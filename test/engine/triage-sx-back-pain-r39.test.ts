/**
 * Round 39 (triage notes and second-language writers): a nurse triage note's "Sx:" / "Symptoms reported:" line is its
 * presenting complaint; back pain written "pain at the lower back", "the back is painful", a toddler "pointing to his
 * back"; a suspected "spine/bone infection"; a sport named and then untied from the pain ("pain not related to it").
 * Each reading beside the look-alikes that must not change.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const counted = (...lines: string[]) =>
  readNote(...lines)
    .facts.hits.filter((h) => h.present)
    .map((h) => h.finding.id);

describe('r39: a triage note\'s "Sx:" line is the presenting complaint', () => {
  it('"Sx: low back pain 4 days, now pain shooting down back of L leg" reads back pain and radicular pain', () => {
    const r = readNote('TELEPHONE TRIAGE', 'Pt: 15 yo F', 'Sx: low back pain 4 days, now pain shooting down back of L leg to foot.', 'Disposition: ED within 1 hour');
    assert.equal(r.scenario, 'back-pain-red-flags');
    assert.ok(counted('Pt: 15 yo F', 'Sx: low back pain 4 days, now pain shooting down back of L leg to foot.').includes('radicular-pain'));
  });
  it('"Symptoms reported:" and "Sx:" read a fever told as a temperature of 38.0 or more', () => {
    assert.ok(counted('Pt: 2 mo M', 'Symptoms reported: sacral pit, Temp 38.4 rectal at home.').includes('fever'));
    assert.ok(counted('Pt: 2 mo M', 'Sx: fever 39.2 x 2 days, pointing to his back.').includes('fever'));
  });
  it('a lower temperature, a denied back pain or a safety-net "Callback if:" reads nothing', () => {
    assert.ok(!counted('Pt: 9 yo M', 'Sx: cough. Temp 37.6').includes('fever'));
    assert.ok(!counted('Pt: 9 yo M', 'Sx: sacral dimple. temp 37.2').includes('fever'));
    assert.ok(!counted('Pt: 9 yo M', 'Sx: no back pain, sore knee').includes('back-pain'));
    const net = counted('Pt: 9 yo M', 'Sx: sore throat 2 days', 'Callback if: fever or back pain');
    assert.ok(!net.includes('fever') && !net.includes('back-pain'));
    assert.ok(!counted('Pt: 9 yo M', 'Sx: sore throat', 'Care advice: fluids, return if fever').includes('fever'));
  });
});

describe('r39: back pain as second-language writers word it', () => {
  for (const pain of ['she has pain at the lower back since 6 weeks', 'the back is painful since 5 days', 'Sx: crying when picked up, pointing to his back']) {
    it(`"${pain}" is back pain`, () => assert.ok(counted('Age: 7 years', pain).includes('back-pain')));
  }
  for (const other of [
    'Sx: mother has pain at the lower back, child has a cough',
    'pain not at the back, knee pain',
    'pain at the back of the knee',
    'toddler pointing to the back of his head',
  ]) {
    it(`"${other}" is no back pain of the child`, () => assert.ok(!counted('Age: 7 years', other).includes('back-pain')));
  }
  it('"pain at the lower back … waking her in the night" after normal radiographs is red flags with negative radiographs', () =>
    assert.equal(
      readNote(
        '7 years old girl, she has pain at the lower back since 6 weeks, it is waking her in the night.',
        'X-ray of lumbar spine done 2 weeks before - normal.',
        'Please MRI lumbar spine without contrast.',
      ).scenario,
      'back-pain-red-flags-negative-radiographs',
    ));
  it('"concern for possible spine/bone infection" with fever and back pain is suspected infection', () =>
    assert.equal(
      readNote('Pt 3 yo M.', 'Sx: fever 39.2 x 2 days, pointing to his back.', 'RN concern for possible spine/bone infection.', 'Plan: MRI lumbar spine').scenario,
      'back-pain-infection-tumor',
    ));
  it('a bone infection told in the past is no suspicion today', () =>
    assert.ok(!counted('Age: 9 years', 'Hx of bone infection of the tibia at age 2. Now low back pain.').includes('suspected-infection-tumor')));
});

describe('r39: a sport the note unties from the pain is no overuse cause', () => {
  const scenario = (line: string) => readNote('Clinic note - 10 y/o boy', 'c/o low back pain x 1 week. No fever, no night pain.', line, 'Plan: X-ray LS spine').scenario;
  it('"Plays cricket on weekend but pain not related to it per child" is back pain without red flags', () =>
    assert.equal(scenario('Plays cricket on weekend but pain not related to it per child.'), 'back-pain-no-red-flags'));
  it('"Plays football, pain unrelated to that" too', () => assert.equal(scenario('Plays football, pain unrelated to that.'), 'back-pain-no-red-flags'));
  for (const kept of ['Pain after cricket bowling.', 'Plays cricket but mum thinks pain not related to it.', 'Plays cricket but pain not unrelated to it.']) {
    it(`"${kept}" stays overuse`, () => assert.equal(scenario(kept), 'back-pain-overuse'));
  }
});
