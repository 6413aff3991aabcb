/**
 * Round 56 (fix56e): paediatric emergency physicians' decision-making notes and notes written through an interpreter,
 * each reading with the near misses that must stay as they were:
 * - the patient's own word for the age with a unit ("Unaccompanied minor, states he is 15 y."), weakly;
 * - a date of birth followed by a bracket telling only its source ("DOB: 2025-01-10 (per Kakuma birth card)");
 * - "low suspicion for fracture" weighs a fracture, no mechanism (reading-vocabulary trauma.askedAbout);
 * - a deficit phrase opening on its own denial ("not moving legs") inside return precautions is no exam finding, and
 *   "RTED if" heads return precautions (a context-lexicon hypothetical trigger).
 * Review r56's harms are near-miss tests here: "RTED:" and "Reason for RTED:" head a return that happened (the trigger
 * "RTED :" was taken out), and a told age in weeks or months, past 21 years or after anyone else named in its sentence is
 * not the patient's.
 */
import * as assert from 'node:assert/strict';
import { ageOf, presentIn, readNote, traumaOf } from '../helpers';

const NO_RED_FLAGS = ['LBP x 3 wk, no fever, no night pain, neuro intact, no injury.', 'Order: XR L-spine'];

const neuro = (...lines: string[]): string => readNote(...lines).facts.neuro.state;

describe('r56e: the patient tells the age in words of his own, with a unit', () => {
  for (const [line, years] of [
    ['Unaccompanied minor, states he is 15 y. Dari interpreter in person.', 15],
    ['Pt says she is 16 years. Arrived last month.', 16],
    ['Claims she is 17 years old.', 17],
  ] as const)
    it(`"${line}" reads ${years} years`, () => assert.equal(ageOf(line, 'Back pain x 3 wk, no red flags.', 'No imaging ordered.'), years * 12));

  for (const line of [
    'Mom says she is 17 years. Back pain x 3 wk.',
    'Triage nurse says she is 18 y. Back pain x 3 wk.',
    'He states she is 16 years. Back pain x 3 wk.',
    'Interpreter says he is 15 yrs. Back pain x 3 wk.',
    'Pt states he is 15 years younger than his brother. Back pain.',
    'Says he is 3 weeks out from surgery. Back pain.',
    'Brother says he is 19 years. Back pain x 3 wk.',
    'Unaccompanied minor, dad states he is 15 y. Back pain x 3 wk.',
    'Agency states he is 15 years. Back pain x 3 wk.',
    'Pt states he has been 15 years in the camp. Back pain.',
    'Via phone interpreter: states he is 14 yrs, no papers.',
  ])
    it(`"${line}" reads no age`, () => assert.equal(ageOf(line, 'No imaging ordered.'), undefined));

  // Review r56 (probes 060-065 069-071 104 105 107): weeks and months are a pregnancy's, a postpartum's or a time since;
  // an age past 21 years or after anyone else named earlier in its sentence is not the patient's.
  for (const line of [
    'Positive urine hCG. Pt states she is 16 wks.',
    'Pregnant; says she is 20 weeks.',
    'LMP uncertain, pt states she is 12 weeks.',
    'G1P0, reports she is 10 weeks.',
    'Postpartum, states she is 6 weeks.',
    'Known pregnancy. States she is 28 wk today.',
    "Pt's boyfriend present, says he is 19 years.",
    'Started Depo. States she is 3 months.',
    'Sober from alcohol, says he is 3 months.',
    'Teen F, pregnant, states she is 20 weeks.',
    'Pt says she is 8 weeks, LMP 2 months ago.',
    'Here with foster carer; states she is 40 years.',
  ])
    it(`"${line}" reads no age (review r56)`, () => {
      assert.equal(ageOf(line, ...NO_RED_FLAGS), undefined);
      assert.ok(readNote(line, ...NO_RED_FLAGS).rules.includes('missing-age'));
    });

  it('an Age key wins over it', () => assert.equal(ageOf('Age: 17', 'Unaccompanied minor, states he is 15 years. Back pain x 3 wk.', 'No imaging ordered.'), 204));
  it('an age told plainly wins over it', () => assert.equal(ageOf('17 yo M. Unaccompanied minor, states he is 15 years. Back pain x 3 wk.', 'No imaging ordered.'), 204));
  it('no infant tells an age', () => assert.equal(ageOf('Baby in diaper, states she is 4 months. Sacral dimple.', 'No imaging ordered.'), undefined));
});

describe('r56e: a date of birth with a bracket telling its source', () => {
  const body = ['Date: 2025-05-20', 'Dimple: 6 mm, above the gluteal cleft', 'Order: US spine area of interest'];
  for (const dob of ['2025-01-10 (per Kakuma birth card)', '2025-01-10 (as per UNHCR papers)', '2025-01-10 (according to mother)'])
    it(`"DOB: ${dob}" reads about 4 months`, () => {
      const age = ageOf(`DOB: ${dob}`, ...body);
      assert.ok(age !== undefined && Math.abs(age - 4.3) < 0.1, String(age));
    });
  for (const dob of ['2025-01-10 (per mom, maybe 2024-12-10)', '2025-01-10 (approx)', '2025-01-10 (EDD 2025-03-01)', '2025-01-10 (per mom) (twin B)', 'per mom 2025-01-10'])
    it(`"DOB: ${dob}" stays unread`, () => assert.equal(ageOf(`DOB: ${dob}`, ...body), undefined));
});

describe('r56e: a fracture weighed is no mechanism', () => {
  for (const line of [
    "8 yo M hurt his back at school, he can't say how. Low suspicion for fracture.",
    '8 yo M hurt his back at school, details unknown. Suspicion of fracture is low.',
  ])
    it(`"${line}" reads unclear`, () => assert.equal(traumaOf(line, 'Mild LBP, neuro intact.', 'XR L-spine ordered.'), 'unclear'));
  for (const line of [
    '12 yo M fell 3 m from a roof onto his back. Low suspicion for fracture.',
    '14 yo F, MVC at 60 mph, restrained. Suspicion for fracture.',
    '10 yo M thrown from a horse. High suspicion of fracture.',
  ])
    it(`"${line}" stays significant`, () => assert.equal(traumaOf(line, 'Back pain, neuro intact.', 'XR L-spine ordered.'), 'significant'));
});

describe('r56e: return precautions tell no deficit', () => {
  const head = ['5 mo M, tuft of hair over the lower lumbar spine.', 'Symmetric LE movement, nl tone and reflexes.', 'Ordered US lumbar spine.'];
  for (const line of ['Return precautions: not moving legs, fewer wet diapers, fever.', 'Return if not moving legs.', 'RTED if not moving legs.'])
    it(`"${line}" keeps the exam normal`, () => assert.equal(neuro(...head, line), 'normal'));
  for (const line of [
    'Not moving L leg since yesterday.',
    'On exam not moving R leg.',
    'No movement of L leg on exam. Return precautions given.',
    'Brother well. Not moving L leg today.',
    'RTED today because not moving legs.',
  ])
    it(`"${line}" stays abnormal`, () => assert.equal(neuro('5 mo M, tuft of hair over the lower lumbar spine.', line, 'Ordered US lumbar spine.'), 'abnormal'));
  for (const line of ['RTED today with fever 39.2.', 'RTED with fever since last night.'])
    it(`"${line}" keeps the fever`, () => assert.equal(presentIn('fever', '5 mo M, tuft of hair over the lower lumbar spine.', line, 'Ordered US lumbar spine.'), true));
});

describe('r56e: "RTED:" and "Reason for RTED:" head a return that happened (review r56)', () => {
  // Probes 033 034 035 040 098 116 102: what follows is present now, a red flag.
  for (const [line, flag] of [
    ['RTED: fever 39.1 since last night, pain worse.', 'fever'],
    ['Reason for RTED: fever and worse pain.', 'fever'],
    ['Seen 2 days ago. RTED: febrile 38.9 at home.', 'fever'],
    ['RTED: Tmax 38.9 overnight, mom gave ibuprofen.', 'fever'],
    ['Reason for RTED: febrile overnight to 38.7.', 'fever'],
    ['RTED: fever since yesterday.', 'fever'],
  ] as const)
    it(`"${line}" reads ${flag} now`, () => {
      assert.equal(presentIn(flag, '10 yo M, LBP x 1 wk, no trauma. Neuro intact.', line, 'Order: XR L-spine'), true);
      assert.equal(readNote('10 yo M, LBP x 1 wk, no trauma. Neuro intact.', line, 'Order: XR L-spine').scenario, 'back-pain-red-flags');
    });
  it('"Reason for RTED: night pain x 2 nights." is a red flag', () =>
    assert.equal(readNote('10 yo M, LBP x 1 wk, no trauma, no fever.', 'Reason for RTED: night pain x 2 nights.', 'Order: XR L-spine').scenario, 'back-pain-red-flags'));
  // Probes 021 094 095 115: an infant's deficit told as the reason for the return is abnormal, so it is escalated.
  for (const line of [
    'Reason for RTED: not moving legs.',
    'Reason for RTED: no movement of R leg since morning.',
    'RTED : not moving L leg since last night.',
    'RTED: not moving legs x 1 day.',
  ])
    it(`"${line}" is an abnormal exam, escalated`, () => {
      const r = readNote('3 mo M, tuft of hair over the lower lumbar spine.', line, 'Ordered US lumbar spine.');
      assert.equal(r.facts.neuro.state, 'abnormal');
      assert.ok(r.rules.includes('escalation-referral'), r.rules.join());
    });
});
