/**
 * Set13 (task r14e): injuries, red flags, suspicion and markers as new voices write them. An assault with midline
 * tenderness, a fall from a sofa or a low chair, night pain told as the pain's timing or as "nocte", weight loss told
 * by two weights, a "Suspicion:" or "DDx:" key, a relapse that "must be excluded", a bulleted "- skin:" key, a
 * skin-covered swelling over the sacrum, a dimple "inside gluteal fold", kicking less, and a deficit told as unchanged.
 * Each with the near-misses it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { assessDimple } from '../../server/src/clinical/dimple';
import { readNote } from '../helpers';

const present = (r: ReturnType<typeof readNote>, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);
const trauma = (...lines: string[]) => readNote(...lines).facts.trauma.significance;

describe('set13: injuries', () => {
  it('an assault, kicked in the back, with midline tenderness is significant', () => {
    assert.equal(
      trauma('HPI: 16 y M, after a fight 2 days ago - he was knocked to the ground and kicked repeatedly in the back.', 'Exam: Midline tenderness T11-L1.', 'Order: XR L-spine'),
      'significant',
    );
    assert.equal(trauma('HPI: 15 yo assaulted last night, punched and kicked. Back pain, tenderness over L2.', 'Order: XR L-spine'), 'significant');
  });
  it('a baby who kicks his legs, or a child who kicked a ball, tells no injury', () => {
    assert.equal(trauma('HPI: 4 mo, kicks his legs well, sacral dimple', 'Order: US spine'), 'none');
    assert.equal(trauma('HPI: 12 yo, back pain after he kicked the ball at practice', 'Order: XR L-spine'), 'none');
  });
  it('a fall from a sofa onto the bottom, playing on, is trivial', () => {
    assert.equal(trauma('HPI: 10 y, back pain. Two weeks ago he fell from the sofa on his bottom, cried a minute and continued playing.'), 'trivial');
    assert.equal(trauma('HPI: 3 yo fell from a couch yesterday, fine since.', 'Order: XR L-spine'), 'trivial');
  });
  it('a fall from a chair told low by its height is trivial; from a bunk bed or a high one it stays significant', () => {
    assert.equal(trauma('HPI: Child fall from chair at home yesterday. Chair is low (~40 cm), fall sit on floor. Cry few minute then play normal.'), 'trivial');
    assert.equal(trauma('HPI: 6 yo fell from a bunk bed last night, back pain'), 'significant');
    assert.equal(trauma('HPI: 6 yo fell off the table (120 cm) onto tiles, back pain'), 'significant');
  });
  it('a fall from a chair with no height stays unclear', () => {
    assert.equal(trauma('HPI: 4 yo fall from chair at home yesterday, back pain since.'), 'unclear');
  });
  it('"complain little pain lower back" is back pain', () => {
    assert.ok(present(readNote('HPI: Today complain little pain lower back.'), 'back-pain'));
    assert.ok(!present(readNote('HPI: No pain lower back.'), 'back-pain'));
  });
});

describe('set13: red flags told by timing and numbers', () => {
  it('back pain "lately also at night" is night pain', () => {
    assert.ok(present(readNote('HPI: Boy 14 years. Back pain in thoracic part since about 3 months, lately also at night.'), 'night-pain'));
    assert.ok(present(readNote('HPI: 12 yo, low back pain x 6 wk, day and night.'), 'night-pain'));
  });
  it('"also at night" that is no pain, or in another sentence, is no night pain', () => {
    assert.ok(!present(readNote('HPI: 9 yo, daytime wetting, also at night. Back pain x 2 wk.'), 'night-pain'));
    assert.ok(!present(readNote('HPI: 9 yo, dribbling, also at night', 'Findings: sacral dimple'), 'night-pain'));
    assert.ok(!present(readNote('HPI: 12 yo, back pain x 3 wk. No night pain. Coughs also at night.'), 'night-pain'));
  });
  it('"LBP 6/52 waking nocte" is night pain', () => {
    assert.ok(present(readNote('HPI: 12 y M LBP 6/52 waking nocte. afebrile.'), 'night-pain'));
  });
  it('two weights, the later lower, are weight loss', () => {
    assert.ok(present(readNote('HPI: back pain ~3 months. Weight 19.8 kg at arrival -> 18.9 kg today.'), 'weight-loss'));
    assert.ok(present(readNote('HPI: back pain 2 months, wt 32 kg in May, now 30 kg.'), 'weight-loss'));
  });
  it('a weight that rises, holds, or two different weights, is no weight loss', () => {
    assert.ok(!present(readNote('HPI: back pain. Weight 18.9 kg at arrival -> 19.8 kg today.'), 'weight-loss'));
    assert.ok(!present(readNote('HPI: back pain. Weight 20 kg -> 20 kg.'), 'weight-loss'));
    assert.ok(!present(readNote('HPI: back pain. Weight 20 kg now, birth weight 3.2 kg.'), 'weight-loss'));
    assert.ok(!present(readNote('HPI: back pain. Weight 20 kg, lifts 15 kg at the gym.'), 'weight-loss'));
  });
});

describe('set13: suspicion', () => {
  it('"Suspicion: osteoid osteoma." is a suspected tumour', () => {
    const r = readNote('Patient: 13 years old boy', 'HPI: back pain 5 weeks, waking him at night', 'Suspicion: osteoid osteoma.', 'Order: bone scan');
    assert.ok(present(r, 'suspected-infection-tumor'));
  });
  it('"DDx: discitis vs vertebral osteomyelitis" suspects an infection, and a toddler holding his back stiff has back pain', () => {
    const r = readNote('HPI: 2 y M, fussy, holds his back stiff, T 38.1', 'DDx: discitis vs vertebral osteomyelitis.', 'Imaging: XR lumbar spine');
    assert.ok(present(r, 'suspected-infection-tumor'));
    assert.ok(present(r, 'back-pain'));
  });
  it('a diagnosis listed under "DDx:" is no exam finding', () => {
    const r = readNote(
      'Patient: 2-year-old boy, new toe walking.',
      'Neuro: strength full, DTRs 2+ and symmetric, no clonus.',
      'DDx: idiopathic toe walking; tethered cord; mild spastic diplegia (no spasticity on exam, less likely).',
      'Plan: MRI lumbar spine',
    );
    assert.equal(r.facts.neuro.state, 'normal');
  });
  it('"relapse must be excluded" in a lymphoma survivor suspects a tumour; "relapse excluded" does not', () => {
    const must = readNote('HPI: 15 y boy, Hodgkin lymphoma treated 3 years ago. Low back pain 3 weeks. With his background relapse must be excluded.');
    assert.ok(present(must, 'suspected-infection-tumor'));
    const done = readNote('HPI: 15 y boy, Hodgkin lymphoma treated 3 years ago. Low back pain 3 weeks. Relapse excluded by PET last month.');
    assert.ok(!present(done, 'suspected-infection-tumor'));
  });
});

describe('set13: markers and new symptoms', () => {
  it('a bulleted "- skin:" key under an exam list is read', () => {
    const r = readNote(
      'Pt: 4 mo 1 wk boy',
      'Exam:',
      '- marked head lag',
      '- skin: sacral dimple 6 mm, deep, about 3 cm above the anus. No hair tuft.',
      'Plan: Spinal US this week.',
    );
    assert.ok(present(r, 'sacral-dimple'));
    assert.equal(assessDimple(r.facts.dimple!).risk, 'atypical');
  });
  it('"kicks his legs less" is a new neurologic symptom; kicking well is not', () => {
    assert.ok(present(readNote('HPI: 4 mo, parents note he kicks his legs less over the past 3-4 weeks.'), 'weakness'));
    assert.ok(!present(readNote('HPI: 4 mo, kicks his legs well.'), 'weakness'));
  });
  it('a skin-covered midline swelling over the sacrum is a lipoma-type marker; a swelling elsewhere or after a fall is not', () => {
    assert.ok(present(readNote('Pt: 2 mo', 'Exam: ~2 cm soft, skin-covered midline swelling over the sacrum; no overlying hair or dimple.'), 'lipoma'));
    assert.ok(!present(readNote('Pt: 2 mo', 'Exam: soft swelling over the knee'), 'lipoma'));
    assert.ok(!present(readNote('HPI: 8 yo fell on his bottom yesterday; swelling over the sacrum, bruised and tender.'), 'lipoma'));
  });
  it('a dimple "inside gluteal fold" with size and distance is described (simple)', () => {
    const r = readNote('Patient is 3 month old boy.', 'Exam: dimple at sacral, size 3mm, inside gluteal fold, 1.5cm from anus, can see the bottom.');
    assert.equal(r.facts.dimple?.position, 'within-cleft');
    assert.equal(assessDimple(r.facts.dimple!).risk, 'simple');
  });
  it('a deficit told as unchanged is no new symptom; new weakness stays new', () => {
    assert.ok(!present(readNote('HPI: SMA type 2, 6 y girl. No back pain. Areflexic, proximal weakness unchanged.'), 'weakness'));
    assert.ok(!present(readNote('HPI: CP, baseline weakness of the L leg.'), 'weakness'));
    assert.ok(present(readNote('HPI: new weakness of the legs, unchanged since yesterday.'), 'weakness'));
    assert.ok(present(readNote('HPI: progressive proximal weakness.'), 'weakness'));
    assert.ok(present(readNote('HPI: weakness of the legs for 2 weeks.'), 'weakness'));
  });
});
