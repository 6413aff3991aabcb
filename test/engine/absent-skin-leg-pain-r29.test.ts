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

  it("a mother's lesion is not the child's", () => assert.notEqual(skin('normal back; mom had an area of absent skin on her scalp'), 'present'));
  it("a mother's lesion of the back stays hers", () => assert.equal(skin('normal back; mom had an area of absent skin over her lower back'), 'other'));
});

const pain = (line: string) => readingOf('radicular-pain', 'Pt: 13 yo F', `HPI: ${line}`, 'Order: XR L-spine');

describe('leg pain as radiating pain (r29)', () => {
  const present = [
    'LBP x 3 wk with L leg pain',
    'low back pain and right leg pain for 10 days',
    'back pain with pain in the R leg since football camp',
    'back pain 4 wk, the pain is going down the left leg to the knee',
    'LBP, pain shoot down the R leg to the foot',
    'LBP x 2 wk with bilateral leg pain.',
    'LBP x 2 wk, with buttock and leg pain.',
    'LBP x 2 wk, leg pain L>R.',
    'LBP x 2 wk, pain goes into the L leg.',
    'back and leg pain for 3 weeks after lifting',
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

  it('a referral\'s "back and leg pain" the clinician takes back (back pain denied) tells no radicular pain', () => {
    const r = readNote('Pt: 14 yo M', 'HPI: Sent in with "back and leg pain", but on questioning it is 4 wks of L knee ache; he denies back pain.', 'Plan: XR knee');
    assert.equal(
      r.facts.hits.some((h) => h.finding.id === 'radicular-pain' && h.present),
      false,
    );
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

/** Review probes (r29 mend): each note read whole, its scenario and its radicular pain. */
const note = (...lines: string[]) => readNote(...lines);
const radicular = (r: ReturnType<typeof readNote>) => r.facts.hits.some((h) => h.finding.id === 'radicular-pain' && h.present);

describe("a referral's red flag is no retraction of today's exam (r29 mend)", () => {
  const kept: [string, string][] = [
    ['Reason: referred with fever and back pain x 5 days. Afebrile.', 'fever'],
    ['Referred with fever 39.4 and back pain, refusing to walk. No fever. CRP 80.', 'fever'],
    ['Sent in with weight loss and back pain; no weight loss.', 'weight-loss'],
    ['Referred with leg weakness and back pain; no weakness.', 'weakness'],
    ['Referred with night pain and LBP x 6 wk; no night pain.', 'night-pain'],
  ];
  for (const [line, id] of kept)
    it(`keeps the referral's ${id}: ${JSON.stringify(line)}`, () => {
      const r = note('Pt: 6 yo M', line, 'Order: MRI L-spine');
      assert.ok(r.facts.hits.some((h) => h.finding.id === id && h.present));
      assert.equal(r.scenario, 'back-pain-red-flags');
    });
});

describe('leg pain told without a back pain it radiates from (r29 mend)', () => {
  const nothing = [
    ['Pt: 11 yo M', 'HPI: 3 wk hip pain and L leg pain, limping. ?SUFE. No back pain.'],
    ['Pt: 6 yo M', 'HPI: limp x 2 wk with thigh pain and leg pain, ?Perthes. Back: nontender.'],
    ['Pt: 8 yo F, HbSS', 'HPI: back pain and leg pain, typical of her sickle cell crises, since yesterday. Afebrile.'],
    ['Pt: 7 yo M', 'HPI: back pain and leg pain with fever 39.1, refusing to weight bear, ?osteomyelitis of the femur.'],
    ['Pt: 12 yo M', 'HPI: low back pain x 10 days. He had leg pain last year after a fall, resolved.'],
    ['Pt: 12 yo M', 'HPI: low back pain x 10 days. Leg pain last year.'],
    ['Pt: 12 yo M', "HPI: low back pain x 10 days. Mum's leg pain is being investigated."],
    ['Pt: 13 yo M', 'HPI: back pain x 2 wk. Knee pain and leg pain after football, Osgood-Schlatter.'],
    ['Pt: 13 yo M', 'HPI: back pain x 2 wk. Shin splints - lower leg pain with running.'],
    ['Pt: 13 yo M', 'HPI: back pain x 2 wk. Leg pain in his shins when running.'],
    ['Pt: 10 yo F', 'HPI: back pain x 2 wk. If leg pain develops, return for MRI.'],
    ['Pt: 10 yo F', 'HPI: back pain x 2 wk. ?leg pain - unclear, child vague.'],
    ['Pt: 10 yo F', 'HPI: back pain x 2 wk. Leg pain from a bruise on the shin after a kick.'],
    ['Pt: 4 yo M', 'HPI: L leg pain after vaccination in the thigh, back pain unclear.'],
    ['Pt: 15 yo F', 'HPI: back pain x 2 wk, leg pain with exercise only (?compartment syndrome).'],
    ['Pt: 15 yo F', 'HPI: back pain x 2 wk. Restless legs with leg ache in the evenings.'],
    ['Pt: 12 yo F', 'HPI: LBP x 3 wk. Last episode (age 10) had back and leg pain, settled in a week.'],
    ['Pt: 12 yo F', 'HPI: LBP x 3 wk; the leg pain has gone.'],
    ['Pt: 12 yo F', 'HPI: LBP x 3 wk; leg pain settled after 2 days.'],
    ['Pt: 12 yo F', 'HPI: LBP x 3 wk. No longer any leg pain.'],
    ['Pt: 12 yo F', 'HPI: LBP x 3 wk. Sickle cell disease, leg pain in crises. Last crisis 3 months ago.'],
    ['Pt: 12 yo F', 'HPI: LBP x 3 wk. Juvenile arthritis affecting knees; leg pain on walking.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk. Fever should go down with paracetamol, legs ache with the virus.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk. Swelling went down in his L leg after the cast came off.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk. Itchy rash spread to both legs.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk. Eczema spreading down his legs.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk. Needles went into the leg for vaccines.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk. Pain shoots up from the knee.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk. Leg ache after long walks. Hip pain. Knee pain.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk. Radiated pain to the abdomen.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk, radiated pain to the flank, ?renal colic.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk. Pain shoots around to the belly.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk after he went down hard on his leg in a tackle.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk. Went down on his L leg skiing.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk. Swelling going down his leg after the insect bite.'],
    ['Pt: 13 yo M', 'HPI: LBP x 2 wk. Water went down his leg during bath? n/a. Hot drink spilled, went down his leg - burn.'],
    ['Pt: 9 yo M', 'HPI: back pain 2 wk. Red flags: none. ', 'ROS: back and leg pain after football.'],
    ['Pt: 9 yo M', 'HPI: back and leg pain after football x 1 wk.', 'Red flags: none.'],
    ['Pt: 9 yo M', 'HPI: back and leg pain after football x 1 wk. No red flags.'],
    ['Pt: 9 yo M', 'HPI: back and leg pain after football x 1 wk. No radicular features.'],
    ['Pt: 9 yo M', 'HPI: back and leg pain after football x 1 wk - leg pain is muscular (hamstring), not radicular.'],
    ['Pt: 9 yo M', 'HPI: back and leg pain after football x 1 wk, leg pain non-radicular.'],
    ['Pt: 9 yo M', 'Reason: sent in with "back and leg pain", but on questioning he denies back pain; the leg pain is from a kick to the shin.'],
    ['Pt: 9 yo M', 'Reason: sent in with back and leg pain. On questioning no leg pain, only the back.'],
    ['Pt: 14 yo F', 'Sent in with back and leg pain - denies leg pain.'],
    ['Pt: 3 mo F', 'Skin: 1.5 cm area of absent skin (aplasia cutis congenita) over the lumbar midline. Cries with leg pain? unclear.'],
  ];
  for (const lines of nothing)
    it(`reads no radicular pain: ${JSON.stringify(lines.slice(1).join(' / '))}`, () => assert.equal(radicular(note(...lines, 'Order: XR L-spine')), false));

  it('the football notes with "Red flags: none" stay overuse', () =>
    assert.equal(note('Pt: 9 yo M', 'HPI: back and leg pain after football x 1 wk.', 'Red flags: none.', 'Order: XR L-spine').scenario, 'back-pain-overuse'));

  const denies = [
    "LBP x 2 wk. Doesn't go down his legs.",
    'LBP x 2 wk, does not go down the legs.',
    'LBP x 2 wk, leg pain? no.',
    'LBP x 2 wk. Leg pain - nil.',
    'LBP x 2 wk. Not going down the legs.',
    'LBP x 2 wk. Without leg pain.',
    'LBP x 2 wk. Leg pain absent.',
    'LBP x 2 wk, no fever or leg pain',
  ];
  for (const line of denies) it(`still denies: ${JSON.stringify(line)}`, () => assert.equal(pain(line), 'denied'));
});

describe('absent or missing skin read only as a lesion of the back (r29 mend)', () => {
  const none = [
    'Markers: absent - skin on the back clear.',
    'sacral dimple - absent - skin over sacrum normal.',
    'Hair tuft: absent / skin over spine: intact / dimple: none',
    'hemangioma absent -- skin at the cleft normal, simple dimple.',
    'Dimple absent (skin over coccyx intact).',
    'tuft absent ... skin over spine ok.',
    'skin is absent of any lesions, no dimple.',
    'lipoma absent skin over it normal',
    'check for missing skin over the spine at 6 wk review.',
    'skin defect from IV extravasation on the foot; spine skin normal.',
    'missing skin over the sacrum after adhesive tape removal in NICU, healing.',
    '5 mm patch of missing skin over coccyx from nappy rash excoriation.',
    'no dimple; skin defect of 3 mm from a heel prick on the L foot.',
  ];
  for (const line of none) it(`reads no lesion: ${JSON.stringify(line)}`, () => assert.notEqual(skin(line), 'present'));

  const denied = ['Absent skin over L3: no.', 'skin absent over the spine? No - skin intact on review.', 'skin missing? no.', 'no missing skin, no dimple.'];
  for (const line of denied) it(`reads the lesion denied: ${JSON.stringify(line)}`, () => assert.equal(skin(line), 'denied'));

  const present = [
    'skin absent over L2, ulcerated, since birth.',
    'no tuft, absent skin over L3, no swelling.',
    '1 cm area where the skin is absent over L3.',
    'skin defect 1 cm over lumbar midline, healing, membranous.',
  ];
  for (const line of present) it(`reads the lesion: ${JSON.stringify(line)}`, () => assert.equal(skin(line), 'present'));

  it('"…absent skin over the sacrum, dimple, tuft absent" denies the dimple with the tuft', () =>
    assert.equal(readingOf('sacral-dimple', 'Pt: 2 mo F', 'Back: 1 cm area of absent skin over the sacrum, dimple, tuft absent.', 'Order: US spine'), 'denied'));
  it('"1 cm area of absent skin over the sacrum, no dimple, no tuft" is still a lesion', () =>
    assert.equal(skinScenario('1 cm area of absent skin over the sacrum, no dimple, no tuft.'), 's1-cutaneous-marker'));
});
