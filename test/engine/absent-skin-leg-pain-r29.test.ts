/**
 * Round 29 (G3): words of absence that describe a lesion, leg pain as the clinician's word for radiating pain, and a
 * night denial told without the pain's name.
 *
 * 1. Aplasia cutis is described by what is missing ("area of absent skin", "skin absent over L4", "patch of missing
 *    skin", "congenital absence of skin", "skin defect"): a present lesion, and its "absent" denies nothing after it
 *    ("(aplasia cutis congenita)"). "no area of absent skin", "absent skin stigmata", "reflexes absent" are unchanged.
 * 2. "leg pain", "pain in the L leg", "pain going down the legs", "leg radiation" are radicular pain, so "no leg pain",
 *    "denies leg pain", "no pain going down the legs" deny it; growing pains, bone pain in both legs, a fracture's leg
 *    pain, knee pain and a relative's are not the child's radicular pain.
 * 3. "LBP x 3 mo, worse standing. Not at night" denies night pain when the elliptical clause speaks of the pain.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

type Reading = 'present' | 'denied' | 'none' | 'other';
function readingOf(id: string, ...lines: string[]): Reading {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  if (hits.some((h) => h.present)) return 'present';
  if (hits.some((h) => h.context.experiencer === 'other')) return 'other';
  if (hits.some((h) => h.negated)) return 'denied';
  return 'none';
}

const skin = (line: string) => readingOf('aplasia-cutis', 'Pt: 4 day old M, term', `Exam: ${line}`, 'Neuro: normal', 'Order: US spine');
const skinScenario = (line: string) => readNote('Pt: 4 day old M, term', `Exam: ${line}`, 'Neuro: normal', 'Order: US spine').scenario;

describe('aplasia cutis described by the skin that is missing (r29)', () => {
  const present = [
    '2 cm area of absent skin (aplasia cutis congenita) over the sacrum, crusted',
    'oval patch of absent skin at L5 with a thin membrane',
    'skin absent over L3, about 1 cm, healing',
    'absent skin over the lumbosacral junction',
    'small patch of missing skin over the coccyx',
    'congenital absence of skin over the lower back',
    '1.5 cm midline skin defect at L4',
  ];
  for (const line of present) {
    it(`reads a present lesion: ${JSON.stringify(line)}`, () => assert.equal(skin(line), 'present'));
    it(`puts the note in S1: ${JSON.stringify(line)}`, () => assert.equal(skinScenario(line), 's1-cutaneous-marker'));
  }

  it('its "absent" does not deny the name given after it', () => {
    const hits = readNote('Pt: 4 day old M', 'Exam: 2 cm area of absent skin (aplasia cutis congenita) over the sacrum', 'Order: US spine').facts.hits;
    assert.ok(hits.filter((h) => h.finding.id === 'aplasia-cutis').every((h) => h.present));
  });

  it('nor a marker told after it', () =>
    assert.equal(readingOf('hair-tuft', 'Pt: 4 day old M', 'Exam: 1 cm of absent skin at L5, tuft of hair at its edge', 'Order: US spine'), 'present'));

  const denied = ['no area of absent skin over the spine', 'skin intact, no skin defect, no dimple', 'no patch of missing skin or dimple'];
  for (const line of denied) it(`keeps a denial denied: ${JSON.stringify(line)}`, () => assert.equal(skin(line), 'denied'));

  const none = ['absent skin stigmata of dysraphism', 'absence of skin markers over the spine', 'hairless patch over the sacrum', 'reflexes absent, absent anal wink'];
  for (const line of none) it(`reads no lesion: ${JSON.stringify(line)}`, () => assert.equal(skin(line), 'none'));

  it('"absent skin stigmata, hair tuft or dimple" still denies the tuft', () =>
    assert.equal(readingOf('hair-tuft', 'Pt: 4 day old M', 'Exam: absent skin stigmata, hair tuft or dimple', 'Order: US spine'), 'denied'));

  it("a mother's lesion stays hers", () => assert.equal(skin('normal back; mom had an area of absent skin on her scalp'), 'other'));
});

const pain = (line: string) => readingOf('radicular-pain', 'Pt: 13 yo F', `HPI: ${line}`, 'Order: XR L-spine');

describe('leg pain as radiating pain (r29)', () => {
  const present = [
    'LBP x 3 wk with L leg pain',
    'low back pain and right leg pain for 10 days',
    'back pain with pain in the R leg since football camp',
    'back pain 4 wk, the pain is going down the left leg to the knee',
    'LBP, pain shoot down the R leg to the foot',
  ];
  for (const line of present) it(`reads radicular pain: ${JSON.stringify(line)}`, () => assert.equal(pain(line), 'present'));

  const denied = [
    'LBP x 3 wk after lifting, no leg pain.',
    'LBP x 3 wk. No fever, no leg pain or numbness.',
    'back pain 2 wk, denies leg pain',
    'back pain 2 wk, no pain in the legs',
    'back pain 2 wk. No pain going down the legs.',
    "back pain 2 wk. Pain doesn't go down his legs.",
    'back pain 2 wk, not spreading to the legs',
    'back pain 2 wk, no leg radiation, no fever',
  ];
  for (const line of denied) it(`reads radicular pain denied: ${JSON.stringify(line)}`, () => assert.equal(pain(line), 'denied'));

  const none = [
    'back pain 2 wk, also knee pain after running',
    'back pain 2 wk, shin splints in both legs',
    'back pain 2 wk. Night-time leg pains, typical growing pains.',
    'back pain 2 wk, growing pains in legs',
    '3 wk of back pain and bone pain in both legs, pallor, bruising',
    'leg pain since the tibial fracture in May',
    'back pain 2 wk; urine going down his legs when he laughs',
  ];
  for (const line of none) it(`reads no radicular pain: ${JSON.stringify(line)}`, () => assert.equal(pain(line), 'none'));

  it("a parent's leg pain is the parent's", () => assert.equal(pain('LBP x 2 wk; mom has leg pain from sciatica herself'), 'other'));

  it('a referral\'s "back and leg pain" the clinician takes back takes its leg pain with it', () => {
    const r = readNote('Pt: 14 yo M', 'HPI: Sent in with "back and leg pain", but on questioning it is 4 wks of L knee ache; he denies back pain.', 'Plan: XR knee');
    assert.equal(
      r.facts.hits.some((h) => h.finding.id === 'radicular-pain' && h.present),
      false,
    );
    assert.equal(r.scenario, 'no-criteria');
  });
});

const night = (...lines: string[]) => readingOf('night-pain', 'Pt: 15 yo M', ...lines, 'Order: XR L-spine');

describe('an elliptical night denial after the pain (r29)', () => {
  const denied = [
    'HPI: LBP x 3 mo, worse standing at work. Not at night, no leg pain or numbness, no fever.',
    'HPI: LBP 6 weeks. Not at night.',
    'HPI: back pain 6 weeks, worse with sport, no fever. Never at night.',
    'HPI: back pain 6 weeks, not at night',
  ];
  for (const line of denied) it(`reads night pain denied: ${JSON.stringify(line)}`, () => assert.equal(night(line), 'denied'));

  const none = [
    'HPI: back pain 6 weeks. Wets the bed. Not at night.',
    'HPI: back pain 6 weeks, worse with sport. Cough, not at night.',
    'HPI: back pain 6 weeks. Coughing fits. No fever. Not at night.',
  ];
  for (const line of none) it(`reads no night denial: ${JSON.stringify(line)}`, () => assert.equal(night(line), 'none'));

  it('a night pain told elsewhere wins over the denial', () => assert.equal(night('HPI: back pain 6 weeks. Pain wakes him at night.'), 'present'));
});
