/**
 * Round 55 (fix55a), orders in spine and scoliosis clinics: the study named by its machine ("EOS whole spine PA/lat."), by
 * its views and position with no word for a radiograph ("Standing PA/lat whole spine.", "-> standing PA whole spine",
 * "Flexion/extension views L-spine"), and an opening "Role, N y," age ("Swimmer, 12 y, 10/7 LBP"). Each with the look-alikes that must stay as they were: a
 * result or a prior film, a measurement, a condition, a question, a refusal, another body part, a laboratory "eos".
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, orderOf } from '../helpers';

const CURVE = '12 yo F. Thoracic curve on Adams forward bend, scoliometer 8 deg. No pain. Neuro normal.';
const PAIN = '14 yo M. Low back pain 4 weeks, worse with bowling. No fever, no night pain. Neuro normal.';

describe('r55a: EOS before a word of the spine is a radiograph (language-vocabulary studyNames, beforeSpine)', () => {
  it('"EOS whole spine PA/lat." on its own line orders the whole-spine radiograph', () => assert.equal(orderOf(CURVE, 'EOS whole spine PA/lat.'), 'xr-complete'));
  it('"-> EOS whole spine" after an arrow orders it', () => assert.equal(orderOf(CURVE, '-> EOS whole spine'), 'xr-complete'));
  it('"Plan: EOS whole spine" orders it', () => assert.equal(orderOf(CURVE, 'Plan: EOS whole spine'), 'xr-complete'));
  it('"Req: EOS spine, standing." orders it', () => assert.equal(orderOf(CURVE, 'Req: EOS spine, standing.'), 'xr-area'));
  // Near-misses
  it('"EOS today shows 24 deg" (a result, no spine named) orders nothing', () => assert.equal(orderOf(CURVE, 'EOS today shows 24 deg.'), 'none'));
  it('"EOS spine 3 mo ago: 22 deg" (a prior film) orders nothing', () => assert.equal(orderOf(CURVE, 'EOS spine 3 mo ago: 22 deg.'), 'none'));
  it('"EOS whole spine (2024): 18 deg" (a dated film) orders nothing', () => assert.equal(orderOf(CURVE, 'EOS whole spine (2024): 18 deg.'), 'none'));
  it('"Cobb 31 deg on EOS whole spine" (a measurement) orders nothing', () => assert.equal(orderOf(CURVE, 'Cobb 31 deg on EOS whole spine.'), 'none'));
  it('"If progresses >5 deg, repeat EOS whole spine" (a condition) orders nothing', () => assert.equal(orderOf(CURVE, 'If progresses >5 deg, repeat EOS whole spine.'), 'none'));
  it('"EOS whole spine?" (asked) orders nothing', () => assert.equal(orderOf(CURVE, 'EOS whole spine?'), 'none'));
  it('"EOS whole spine declined by parents" orders nothing', () => assert.equal(orderOf(CURVE, 'EOS whole spine declined by parents.'), 'none'));
  it('"EOS whole spine for sister" (a relative\'s) orders nothing', () => assert.equal(orderOf(CURVE, 'EOS whole spine for sister.'), 'none'));
  it('"eos 0.4" in a blood count (eosinophils) orders nothing', () => assert.equal(orderOf(CURVE, 'FBC: Hb 121, WCC 6.8, eos 0.4, plt 250.'), 'none'));
  it('"EOS 0.3, CRP 4" orders nothing', () => assert.equal(orderOf(CURVE, 'EOS 0.3, CRP 4.'), 'none'));
});

describe('r55a: standing or flexion/extension views before a word of the spine are a radiograph', () => {
  it('"Standing PA/lat whole spine." orders the whole-spine radiograph', () => assert.equal(orderOf(CURVE, 'Standing PA/lat whole spine.'), 'xr-complete'));
  it('"-> standing PA whole spine" after an arrow orders it', () => assert.equal(orderOf(CURVE, '-> standing PA whole spine'), 'xr-complete'));
  it('"Standing AP/lat L-spine." orders the lumbar radiograph', () => assert.equal(orderOf(PAIN, 'Standing AP/lat L-spine.'), 'xr-area'));
  it('"Flexion/extension views L-spine to check stability." orders the lumbar radiograph', () =>
    assert.equal(orderOf(PAIN, 'Flexion/extension views L-spine to check stability.'), 'xr-area'));
  // Near-misses
  it('"Standing PA 3 mo ago: 22 deg" (a prior film) orders nothing', () => assert.equal(orderOf(CURVE, 'Standing PA 3 mo ago: 22 deg.'), 'none'));
  it('"Cobb 34 deg on standing PA whole spine" (a measurement) orders nothing', () => assert.equal(orderOf(CURVE, 'Cobb 34 deg on standing PA whole spine.'), 'none'));
  it('"If progresses >5 deg, repeat standing PA whole spine" (a condition) orders nothing', () =>
    assert.equal(orderOf(CURVE, 'If progresses >5 deg, repeat standing PA whole spine.'), 'none'));
  it('"Standing PA whole spine?" (asked) orders nothing', () => assert.equal(orderOf(CURVE, 'Standing PA whole spine?'), 'none'));
  it('"Standing PA whole spine (2024): 18 deg" (a dated film) orders nothing', () => assert.equal(orderOf(CURVE, 'Standing PA whole spine (2024): 18 deg.'), 'none'));
  it('"Standing PA whole spine declined by mum" orders nothing', () => assert.equal(orderOf(CURVE, 'Standing PA whole spine declined by mum.'), 'none'));
  it('"Standing posture: PA whole spine looks level" (an exam) orders nothing', () => assert.equal(orderOf(CURVE, 'Standing posture: PA whole spine looks level.'), 'none'));
  it('"Flexion/extension views of the knee" (another part) orders nothing', () => assert.equal(orderOf(PAIN, 'Flexion/extension views of the knee.'), 'none'));
  it('"Pain on flexion/extension of L-spine" (an exam) orders nothing', () => assert.equal(orderOf(PAIN, 'Pain on flexion/extension of L-spine.'), 'none'));
  it('"Brace check: wearing 20 h/day, skin OK" (no imaging) orders nothing', () => assert.equal(orderOf(CURVE, 'Brace check: wearing 20 h/day, skin OK.'), 'none'));
});

describe('r55a: a role opening the note, then its age in years with a unit ("Swimmer, 12 y,")', () => {
  const REST = 'No fever, no night pain. Neuro intact.';
  it('"Swimmer, 12 y, 10/7 LBP after training." is 12 years', () => near(ageOf(`Swimmer, 12 y, 10/7 LBP after training. ${REST}`), 144, 'swimmer 10/7'));
  it('"Swimmer, 12 y, LBP after training." is 12 years', () => near(ageOf(`Swimmer, 12 y, LBP after training. ${REST}`), 144, 'swimmer'));
  it('"Gymnast, 13 yrs, 3/52 back pain." is 13 years', () => near(ageOf(`Gymnast, 13 yrs, 3/52 back pain. ${REST}`), 156, 'gymnast'));
  // Near-misses
  it('"Swimmer, 12 y of training, LBP." (years of something else) reads no age', () => assert.equal(ageOf(`Swimmer, 12 y of training, LBP. ${REST}`), undefined));
  it('"Swimmer, 12 years competitive, LBP 2 wk." reads no age', () => assert.equal(ageOf(`Swimmer, 12 years competitive, LBP 2 wk. ${REST}`), undefined));
  it('"Swimmer, 12 y, 10/7 LBP. 13 yo F." keeps the plainly told age', () => near(ageOf(`Swimmer, 12 y, 10/7 LBP. 13 yo F. ${REST}`), 156, 'told'));
  it('"Swimmer, 12 y, 10/7 LBP. Age 13." keeps the Age told', () => near(ageOf(`Swimmer, 12 y, 10/7 LBP. Age 13. ${REST}`), 156, 'age'));
  it('"Coach, 34 y, brings swimmer with LBP." (no role of the patient) reads no age', () => assert.equal(ageOf(`Coach, 34 y, brings swimmer with LBP. ${REST}`), undefined));
  it('"Swimmer, 12 y, brother has LBP." (a relative in the sentence) reads no age', () => assert.equal(ageOf(`Swimmer, 12 y, brother has LBP. ${REST}`), undefined));
  it('"Swimmer, 12 mo, LBP." (no unit of years) reads no age', () => assert.equal(ageOf(`Swimmer, 12 mo, LBP. ${REST}`), undefined));
  it('"Swimmer, 3 y, LBP." (under the years a role is read for) reads no age', () => assert.equal(ageOf(`Swimmer, 3 y, LBP. ${REST}`), undefined));
});

describe('r55a, narrowed after review r55: "EOS" or a standing view telling a film\'s measurement or result orders nothing', () => {
  const cases: [string, string][] = [
    ['012', 'EOS whole spine - Cobb 22 deg. Observe, review 6 mo.'],
    ['049', 'Standing PA whole spine - 22 deg. Observe, review 6 mo.'],
    ['093', 'EOS whole spine 22 deg T6-T12. Observe, review 6 mo.'],
    ['097', 'EOS whole spine personally reviewed, 20 deg. Observe.'],
    ['098', 'EOS whole spine, Cobb 19, Risser 0. Observe.'],
    ['104', 'Standing PA whole spine 22 deg T6-T12. Observe, review 6 mo.'],
    ['108', 'Standing PA whole spine personally reviewed, 20 deg. Observe.'],
    ['109', 'Standing PA whole spine, Cobb 19, Risser 0. Observe.'],
    ['142', 'Standing PA/lat whole spine 2 views, Cobb 21 deg, Risser 1.'],
    ['143', 'Standing AP/lat whole spine - stable 20 deg.'],
    ['bare angle', 'EOS whole spine 22, T6-T12.'],
    ['degree sign', 'EOS whole spine: 20°.'],
    ['shows', 'Standing PA whole spine shows mild curve.'],
    ['unchanged', 'EOS whole spine unchanged from last year.'],
    ['progressed', 'Standing PA/lat whole spine: progressed to 28.'],
  ];
  for (const [probe, line] of cases) it(`"${line}" (probe ${probe}) orders nothing`, () => assert.equal(orderOf(CURVE, line), 'none'));
  it('"Referred to EOS spine team." (a team, probe 126\'s shape) orders nothing', () => assert.equal(orderOf(CURVE, 'Referred to EOS spine team.'), 'none'));
  it('"EOS spine clinic next week." (a clinic) orders nothing', () => assert.equal(orderOf(CURVE, 'EOS spine clinic next week.'), 'none'));
  // Still orders: no measurement in the name's sentence
  it('"Standing PA/lat whole spine 2 views." still orders the whole-spine radiograph', () => assert.equal(orderOf(CURVE, 'Standing PA/lat whole spine 2 views.'), 'xr-complete'));
  it('"EOS whole spine PA/lat." then "Return after." keeps its order', () => assert.equal(orderOf(CURVE, 'EOS whole spine PA/lat.\nReturn after.'), 'xr-complete'));
});
