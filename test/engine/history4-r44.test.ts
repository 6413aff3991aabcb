/**
 * r44-history4 (held-out s51-s53): an interpreter's or a parent's relayed answer to a question ("Q: pain at night?
 * Interpreter: "mother says no"") denies the item asked, as "Night pain? no" does; a relayed "yes", a relative's own words
 * after the question mark, or a question left unanswered keep the finding.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const PAIN = ['Age: 12 y', 'HPI: low back pain x 2 wk, volleyball'];
const MRI = 'Order: MRI lumbar spine';

/** How a finding id is read: 'present', 'absent', 'unasserted' or 'unread'. */
function stateOf(id: string, ...lines: string[]): string {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  if (!hits.length) return 'unread';
  if (hits.some((h) => h.present)) return 'present';
  return hits.some((h) => h.negated) ? 'absent' : 'unasserted';
}

describe('r44: a relayed answer to a question', () => {
  for (const q of [
    'Q: pain at night? Interpreter: "mother says no, he sleeps well."',
    'Q: night pain? Mother says no.',
    'Night pain? Mum says no.',
    'Pain at night? Interpreter - "no".',
    'Night pain? A: no.',
    'Pain at night? Translator: dad says no, sleeps through.',
  ])
    it(`"${q}" denies night pain`, () => assert.equal(stateOf('night-pain', ...PAIN, `History: ${q}`, MRI), 'absent'));
  // Harmful if wrong: a relayed "yes", a relative's own words or an open question never deny the child's night pain.
  for (const q of [
    'Q: night pain? Interpreter: "mother says yes, it wakes him".',
    'Night pain? Mum says he wakes at night with it.',
    'Night pain? Mother has back pain too.',
    'Night pain? Mum says no but he says yes.',
    'Q: pain at night?',
    'Pain at night? Mum unsure.',
  ])
    it(`"${q}" keeps night pain`, () => assert.notEqual(stateOf('night-pain', ...PAIN, `History: ${q}`, MRI), 'absent'));
  it('the whole interpreter Q and A reads no red flag', () =>
    assert.equal(
      readNote(
        'Age: 12 y',
        'History: volleyball team, training daily. LBP 2 weeks, worse after training.',
        '  Q: pain at night? Interpreter: "mother says no, he sleeps well."',
        '  Q: fever? - "no".',
        '  Q: pain in the legs? - "no, only back".',
        'Exam: no midline tenderness. Neuro normal.',
        MRI,
      ).scenario,
      'back-pain-overuse',
    ));
});

describe("r44: the writer's exam denies the marker a parent told", () => {
  const US = 'Order: US lumbar spine';
  const tuft = (...lines: string[]) => stateOf('hair-tuft', 'Age: 3 mo', ...lines, US);
  it('"Mother says (interpreted): "… some hair …" / Exam: … I did not see any hair": no tuft', () =>
    assert.notEqual(
      tuft(
        'History: Mother says (interpreted): "there is small hole and some hair at the bottom of her back".',
        'Exam: single dimple within gluteal cleft, 4 mm, base visible. I did not see any hair, skin intact.',
      ),
      'present',
    ));
  it("'\"lump\" on back per dad -> on exam it's a sacral dimple … No hair, no lump': no lipoma", () =>
    assert.notEqual(
      stateOf('lipoma', 'Age: 3 mo', 'History: "lump" on back per dad -> on exam it\'s a sacral dimple, ~3 mm, in the natal cleft, base seen. No hair, no lump.', US),
      'present',
    ));
  // Harmful if wrong: the marker stays when the writer tells it, or the denial is another exam's or another time's.
  for (const lines of [
    ['History: Mum says "there is some hair on her lower back".', 'Exam: small dimple in cleft. Tuft of hair at L5.'],
    ['History: Mum says "there is some hair on her lower back". Previous exam: no hair.'],
    ['History: Mum says "there is some hair on her lower back". GP exam: no hair.'],
    ['History: Mum says "there is some hair on her lower back".', 'Exam at birth: no hair.'],
    ['History: Hair tuft over sacrum noted by mum.', 'Exam: no hair seen.'],
    ['History: Mum says "hair on her back".', 'Exam: no hair per mum, not examined.'],
  ])
    it(`keeps the tuft: ${JSON.stringify(lines.join(' / ').slice(0, 90))}`, () => assert.equal(tuft(...lines), 'present'));
  it('\'"lump" per dad -> on exam soft lump 2 cm over sacrum\' keeps the lipoma', () =>
    assert.equal(stateOf('lipoma', 'Age: 3 mo', 'History: "lump" on back per dad -> on exam soft lump 2 cm over sacrum. No hair.', US), 'present'));
});

describe('r44: a suspected intraspinal infection or dermoid', () => {
  const scenario = (...lines: string[]) => readNote(...lines).scenario;
  it('"Concern: dermoid / intraspinal infection via the tract" beside a dermal sinus reads infection/tumour', () =>
    assert.equal(
      scenario(
        'Age: 20 mo',
        'History: midline dermal sinus opening at L4, intermittent whitish discharge. Afebrile; neuro exam normal.',
        'Concern: dermoid / intraspinal infection via the tract.',
        'Order: MRI lumbar spine without and with contrast',
      ),
      'back-pain-infection-tumor',
    ));
  it('"?infected dermoid" reads infection/tumour', () =>
    assert.equal(scenario('Age: 2 y', 'History: dermal sinus at L3, red and swollen. ?infected dermoid.', 'Order: MRI lumbar spine'), 'back-pain-infection-tumor'));
  // A dermoid inside the canal asked about beside a skin marker is the dysraphism work-up itself (classify.ts intraspinalLesion).
  it('"?intraspinal dermoid" beside a dermal sinus stays S1', () =>
    assert.equal(scenario('Age: 2 y', 'History: dermal sinus at L3. ?intraspinal dermoid.', 'Order: MRI lumbar spine'), 's1-cutaneous-marker'));
  // Look-alikes: a denied infection, a relative's, or a dermoid elsewhere tell no suspicion of the spine.
  for (const lines of [
    ['Age: 2 mo', 'History: midline pit at L3 above the cleft. No signs of intraspinal infection.', 'Order: MRI lumbar spine'],
    ['Age: 2 mo', 'History: dermal sinus at L2. Mother had an intraspinal infection as a child.', 'Order: MRI lumbar spine'],
    ['Age: 8 y', 'History: eyebrow dermoid cyst excised age 2. Back pain after football.', 'Order: XR lumbar spine'],
  ])
    it(`no suspicion: ${JSON.stringify(lines[1])}`, () => assert.notEqual(scenario(...lines), 'back-pain-infection-tumor'));
});

describe('r44: a slip onto the bottom, play as before, an unchanged load', () => {
  it('"slipped at home on the wet floor and sat on her bottom … playing, running like before" is a trivial injury, no overuse', () => {
    const r = readNote(
      'Age: 6 y',
      'History: 3 days ago she slipped at home on the wet floor and sat on her bottom. Mother says "she cried a little, then she was playing, running like before". Now says her back hurts little bit when bending.',
      'Exam: walks normal, no spinal tenderness, neuro normal.',
      'Order: XR lumbar spine',
    );
    assert.equal(r.facts.trauma.significance, 'trivial');
    assert.equal(r.scenario, 'back-pain-no-red-flags');
  });
  for (const t of ['slipped in the bath and bumped her back', 'slipped and sat down hard on the floor at school'])
    it(`"${t}" is a trivial injury`, () => assert.equal(readNote('Age: 7 y', `History: back pain since she ${t}.`, 'Order: XR lumbar spine').facts.trauma.significance, 'trivial'));
  // Harmful if wrong: a slip with a high-energy mechanism stays significant; a slipped disc is no injury.
  it('"slipped and fell down a flight of stairs, landed on back" stays significant', () =>
    assert.equal(
      readNote('Age: 14 y', 'History: slipped and fell down a flight of stairs at school, landed on back. Back pain.', 'Order: XR lumbar spine').facts.trauma.significance,
      'significant',
    ));
  it('"slipped disc suspected" is no injury', () =>
    assert.equal(readNote('Age: 14 y', 'History: L5-S1 slipped disc suspected. Back pain and sciatica.', 'Order: MRI lumbar spine').facts.trauma.significance, 'none'));
  // Review r44d: an unchanged load beside a sport is no denial of the sport's part in the pain (the reading was taken out).
  for (const t of [
    'He plays football, no change in his activity, but back pain after every match.',
    'Plays football daily, back pain worse after training, no change in activity level.',
    'He plays football but mum says no change in his activity.',
    'Running like before but back hurts after each run.',
    'Plays football at school but there has been no change in his activity. Back pain worse after matches.',
    'Gymnast, no change in her training. Her back hurts after every session.',
    'Dancer, 20 h/wk, no change in training. Back pain with arching.',
    'Plays football, no change in his activity; back pain after every match.',
  ])
    it(`keeps the overuse: "${t}"`, () => assert.equal(readNote('Age: 9 y', `History: Back pain 2 wk. ${t}`, 'Order: XR lumbar spine').scenario, 'back-pain-overuse'));
});
