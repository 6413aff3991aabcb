/**
 * Earlier studies told in the history the way clinicians trained elsewhere name them (Japanese "X-P" and "Echo",
 * Polish/Czech "RTG", Vietnamese "X-quang" and "siêu âm"), a study told with its day of life, reports that could
 * not tell ("not clearly seen", "cannot conclude"), and how long back pain has lasted when told without "of"
 * ("3 mo LBP", "6 wk focal low back pain").
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const priors = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => [p.modality, p.result]);
const painWeeks = (...lines: string[]) => readNote(...lines).facts.painWeeks?.weeks;

describe('prior studies named as trained elsewhere (r14d)', () => {
  it('"Lumbar X-P (4/2): L5 bilateral pars defect" is an abnormal radiograph', () =>
    assert.deepEqual(priors('12 y.o. F. Gymnastics. LBP for 6 weeks.', 'Lumbar X-P (4/2): L5 bilateral pars defect, no slip.', 'Plan: CT lumbar spine.'), [['XR', 'abnormal']]));
  it('"RTG of thoracic spine (outside): wedging of Th7-Th9" is an abnormal radiograph; "RTG" alone names no study', () => {
    assert.deepEqual(priors('Boy 14 years. Back pain since 3 months.', 'RTG of thoracic spine lateral (outside, 01.2025): wedging of Th7-Th9.', 'Please: MRI whole spine.'), [
      ['XR', 'abnormal'],
    ]);
    assert.deepEqual(priors('Boy 14 years. Back pain since 3 months. RTG: ok for sport.', 'Please: MRI whole spine.'), []);
  });
  it('"X-quang lumbar spine last week: normal" is a normal radiograph', () =>
    assert.deepEqual(priors('12 year old boy. Back pain 5 weeks.', 'X-quang lumbar spine last week: normal.', 'Order: CT lumbar spine.'), [['XR', 'normal']]));
  it('"Siêu âm at 2 month old: conus at L2-L3, image not clear" is an indeterminate ultrasound', () =>
    assert.deepEqual(
      priors(
        'Patient is 7 month old boy.',
        'Skin: skin tag at top of gluteal cleft.',
        'Siêu âm at 2 month old in Vietnam: conus at L2-L3, image not clear, doctor say cannot conclude.',
        'Order: MRI lumbar spine.',
      ),
      [['US', 'indeterminate']],
    ));
  it('"Echo was performed there: conus medullaris tip at L3" is an abnormal ultrasound; a heart echo is no spine study', () => {
    assert.deepEqual(
      priors(
        '3 months old, male.',
        'Deviated gluteal cleft.',
        'Echo was performed there (2025/5/12): conus medullaris tip at L3 level, filum terminale 2.5 mm, thickened.',
        'Plan: MRI L-spine.',
      ),
      [['US', 'abnormal']],
    );
    assert.deepEqual(priors('3 months old, male.', 'Deviated gluteal cleft. Echo was performed there: small PDA, normal.', 'Plan: MRI L-spine.'), []);
  });
  it('a conus at a normal level and a filum under 2 mm stay a normal study', () =>
    assert.deepEqual(priors('3 months old, male.', 'Deviated gluteal cleft.', 'Echo was performed there: conus medullaris tip at L1-L2, filum 1.5 mm.', 'Plan: MRI L-spine.'), [
      ['US', 'normal'],
    ]));
});

describe('a study told with its day of life (r14d)', () => {
  it('"Nursery spinal US (day 3): conus tip at L3, filum 2.4 mm" is an abnormal ultrasound done', () =>
    assert.deepEqual(priors('19 days old boy.', 'Skin: deep sacral pit.', 'Nursery spinal US (day 3): conus tip at L3, filum 2.4 mm.', 'Order: AP/lateral spine radiographs.'), [
      ['US', 'abnormal'],
    ]));
  it('"spinal ultrasound day 3: conus L1-2, normal filum" is a normal ultrasound done', () =>
    assert.deepEqual(priors('Girl, 5 months.', 'NICU summary: sacral dimple; spinal ultrasound day 3: conus L1-2, normal filum, no tethering.', 'Order: MRI lumbar spine.'), [
      ['US', 'normal'],
    ]));
  it('a day told of something else in the sentence makes no study done ("colostomy on day 2 of life", "renal US normal")', () =>
    assert.deepEqual(
      priors('2-month-old male.', 'Anomalies: imperforate anus, s/p colostomy on day 2 of life, renal US normal', 'Skin: hair tuft over the sacrum.', 'Order: spinal US.'),
      [],
    ));
  it('a day of life still to come is a plan ("spinal US day 5" for a 2-day-old)', () =>
    assert.deepEqual(priors('2 day old girl.', 'Skin: sacral dimple. Spinal US day 5: to check conus.', 'Order: spinal US.'), []));
});

describe('reports that could not tell (r14d)', () => {
  it('"lower end of cord not clearly seen, study limited by movement" is indeterminate', () =>
    assert.deepEqual(
      priors(
        'Infant, 14 weeks old.',
        'Skin: hyperpigmented patch over the sacrum.',
        'Outside spinal ultrasound report: lower end of cord not clearly seen, study limited by movement.',
        'Order: repeat US lumbar spine.',
      ),
      [['US', 'indeterminate']],
    ));
  it('a report that saw the cord clearly stays normal', () =>
    assert.deepEqual(priors('Infant, 14 weeks old.', 'Skin: sacral dimple.', 'Outside spinal ultrasound: conus at L1, clearly seen, normal.', 'Order: MRI lumbar spine.'), [
      ['US', 'normal'],
    ]));
});

describe('a duration told before the back pain without "of" (r14d)', () => {
  it('"3 mo LBP", "6 wk focal L low back pain", "since about 6 weeks lumbar pain" are pain durations', () => {
    assert.ok(Math.abs((painWeeks('16 y F, gymnast, 3 mo LBP.', 'Order: CT L5.') ?? 0) - 13) < 0.1);
    assert.equal(painWeeks('15yo M gymnast. 6 wk focal L low back pain, worse with extension.', 'Order: SPECT bone scan.'), 6);
    assert.equal(painWeeks('Male, 13 years, football. Since about 6 weeks lumbar pain, worse after trainings.', 'Order: CT L5.'), 6);
  });
  it('an age, a time since or a treatment before the pain is no duration', () => {
    assert.equal(painWeeks('10 mo F with back pain, crying.', 'Order: XR L-spine.'), undefined);
    assert.equal(painWeeks('Teen, 2 weeks ago back pain began after a fall.', 'Order: XR L-spine.'), undefined);
    assert.equal(painWeeks('14 y M, 6 wk PT for back pain, better.', 'Order: XR L-spine.'), undefined);
  });
  it('a long pain in an athlete makes red flags, not overuse', () =>
    assert.equal(
      readNote('16 y F, college-bound gymnast, 3 mo LBP.', 'XR L-spine with obliques: bilateral L5 pars defects.', 'Neuro: normal.', 'Order: CT L5 no contrast.').scenario,
      'back-pain-red-flags-positive-radiographs',
    ));
});
