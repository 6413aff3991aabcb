/**
 * Round 53 (fix53b), notes by clinicians trained in Finland, Sweden, Norway and Denmark, written in English with their own
 * words left in: an age "16 år gutt", "22 år mann", "Poika 10 v"; the study asked for under "Rekv.:", "Önskar:", "Pyyntö:"
 * or after an arrow "-> remiss"; the exam "Neuro: ua", "Neurostatus ua", "Neurol. status normal", "neuro intakt", under
 * "St:"; a spinal "UL"/"UÄ". Each with the look-alikes that must stay as they were: negated, past, asked, conditional, a
 * relative's, another meaning of the same letters.
 */
import * as assert from 'node:assert/strict';
import { priorUltrasound } from '../../server/src/rules/scope';
import { ageOf, near, orderOf, presentIn, readNote } from '../helpers';

const priorUs = (...lines: string[]) => priorUltrasound(readNote(...lines).facts)?.result ?? 'none';

const ORDER = 'Order: MRI lumbar spine';

describe('r53b: Nordic ages with the word for the child or the adult after the years', () => {
  it('"16 år gutt." is 16 years', () => near(ageOf('16 år gutt. Back pain 1 week, no fever.', 'Rtg LS-columna.'), 192, 'gutt'));
  it('"12 år jente, fell off a bike" is 12 years', () => near(ageOf('12 år jente, fell off her bike yesterday. Back pain.', ORDER), 144, 'jente'));
  it('"14 år pojke" is 14 years', () => near(ageOf('14 år pojke. Back pain 2 weeks.', ORDER), 168, 'pojke'));
  it('"22 år mann, fell from a ladder" is 22 years', () => near(ageOf('22 år mann, fell from a ladder at work. Lumbar pain.', 'Rtg L-columna.'), 264, 'mann'));
  it('"19 år kvinna" is 19 years', () => near(ageOf('19 år kvinna. Low back pain 3 weeks.', ORDER), 228, 'kvinna'));
  it('"Poika 10 v." is 10 years', () => near(ageOf('Poika 10 v. Back pain radiating to the left leg, 3 weeks.', ORDER), 120, 'Poika v'));
  it('"Tyttö 8 v, back pain" is 8 years', () => near(ageOf('Tyttö 8 v, back pain for 2 weeks.', ORDER), 96, 'Tyttö v'));
  it('"Poika 5 kk" is 5 months', () => near(ageOf('Poika 5 kk. Hair tuft over the sacrum.', 'Order: US spine'), 5, 'kk'));
  // Near-misses
  it('"Mor 34 år mann 36 år" (the mother, her husband) is no age', () => assert.equal(ageOf('Back pain 3 weeks. Mor 34 år mann 36 år.', ORDER), undefined));
  it('"Mann 36 år." before the years is no age', () => assert.equal(ageOf('Back pain 3 weeks. Mann 36 år.', ORDER), undefined));
  it('"Back pain 22 år. Mann." across a full stop is no age', () => assert.equal(ageOf('Back pain 22 år. Mann.', ORDER), undefined));
  it('"mor 34 år, far 36 år" beside "7 yo boy" leaves the boy 7', () => near(ageOf('7 yo boy. Mor 34 år, far 36 år. Back pain.', ORDER), 84, 'relatives'));
  it('"Gutt. Ryggsmerter 2 år" (a duration) is no age', () => assert.equal(ageOf('Gutt. Ryggsmerter siden 2 år.', ORDER), undefined));
  it('"L4 v" is no age', () => assert.equal(ageOf('Back pain 3 weeks, L4 v 2 findings. Poika.', ORDER), undefined));
  it('"Poika. Back pain for 10 v." (no child word beside it) is no age', () => assert.equal(ageOf('Poika. Back pain for 10 v.', ORDER), undefined));
  it('"Poika, Hb 120, 3 v. lateral" is no age', () => assert.equal(ageOf('Poika, Hb 120, pulse 80, 3 v. lateral.', ORDER), undefined));
  it('"Tyttö, sisko 10 v" (the sister\'s) is no age', () => assert.equal(ageOf('Tyttö, sisko 10 v. Back pain.', ORDER), undefined));
  it('"5 kk 2025" in a date template is no age', () => assert.equal(ageOf('Poika. Syntynyt pp.kk.vvvv, back pain.', ORDER), undefined));
  it('"2 år sedan" is a time ago, no age', () => assert.equal(ageOf('Flicka. Ryggsmärta, började för 2 år sedan.', ORDER), undefined));
  it('"- 19 år kvinna, back pain" after a bullet is 19 years', () => near(ageOf('- 19 år kvinna, back pain 3 weeks.', ORDER), 228, 'bullet'));
  it('"Föräldrar: 40 år man och 38 år kvinna" (the parents) leaves the boy 6', () => near(ageOf('Pojke 6 år. Föräldrar: 40 år man och 38 år kvinna.', ORDER), 72, 'parents'));
  it('"Pojke, pappa 40 år man" is the father\'s, no age', () => assert.equal(ageOf('Pojke, pappa 40 år man.', ORDER), undefined));
  it('an Age key wins over a relative\'s "36 år mann"', () => near(ageOf('Age: 6 years', 'Back pain. Far 36 år mann.', ORDER), 72, 'Age key'));
});

describe('r53b: "Rekv.:", "Önskar:", "Pyyntö:" head the study asked for, as "Remiss:" does', () => {
  const PAIN = '9 år jente. Back pain 3 weeks, no fever.';
  it('"Rekv.: MR lumbal columna uten kontrast" orders the MRI without contrast', () =>
    assert.equal(orderOf('Gutt 7 mnd. Known hair tuft over sacrum.', 'Rekv.: MR lumbal columna uten kontrast (MRI L-spine w/o contrast).'), 'mri-area-without'));
  it('"Rekv: MRI L-spine uten kontrast" orders it', () => assert.equal(orderOf(PAIN, 'Rekv: MRI L-spine uten kontrast (w/o).'), 'mri-area-without'));
  it('"Önskar: MR ländrygg utan kontrast" orders it', () => assert.equal(orderOf(PAIN, 'Önskar: MR ländrygg utan kontrast (MRI L-spine w/o).'), 'mri-area-without'));
  it('"Pyyntö: CT lumbar spine with contrast" orders it', () => assert.equal(orderOf('Poika 10 v. Back pain 3 weeks.', 'Pyyntö: CT lumbar spine with contrast.'), 'ct-area-with'));
  it('"Pyynto:" without its diacritics orders it', () => assert.equal(orderOf(PAIN, 'Pyynto: MRI L-spine'), 'mri-area-without'));
  // Near-misses
  it('"Rekv.: Rtg L-columna 2024: normal" is a prior, no order', () => assert.equal(orderOf(PAIN, 'Rekv.: Rtg L-columna 2024: normal.'), 'none'));
  it('"Önskar: UL ländrygg 2025-03-20 - normal" is a prior, no order', () => assert.equal(orderOf(PAIN, 'Önskar: MR ländrygg 2025-03-20 - normal'), 'none'));
  it('"Rekv.: ingen MR" orders nothing', () => assert.equal(orderOf(PAIN, 'Rekv.: ingen MR.'), 'none'));
  it('"Önskar: MR ländrygg om ingen förbättring" (a condition) orders nothing', () => assert.equal(orderOf(PAIN, 'Önskar: MR ländrygg om ingen förbättring.'), 'none'));
  it('"Pyyntö: MRI L-spine jos ei parane" (if no better) orders nothing', () => assert.equal(orderOf(PAIN, 'Pyyntö: MRI L-spine jos ei parane.'), 'none'));
  it('"Pyyntö: MRI L-spine?" (asked) orders nothing', () => assert.equal(orderOf(PAIN, 'Pyyntö: MRI L-spine?'), 'none'));
  it('"Rekv.: MR ländrygg vurderes" (weighed) orders nothing', () => assert.equal(orderOf(PAIN, 'Rekv.: MR ländrygg vurderes.'), 'none'));
  it('"Rekvirert" in a sentence is no key', () => assert.equal(orderOf(PAIN, 'Rekvirert fysioterapi.'), 'none'));
});

describe('r53b: "-> remiss" opens the writer\'s request after an arrow', () => {
  const DIMPLE = 'Pojke 5 mån. Sacral dimple 2 mm, base seen.';
  it('"Föräldrar oroliga -> remiss MR ländrygg utan kontrast" orders the MRI', () =>
    assert.equal(orderOf(DIMPLE, 'Föräldrar oroliga -> remiss MR ländrygg utan kontrast (MRI lumbar spine without contrast).'), 'mri-area-without'));
  it('"Parents worried -> remiss MRI L-spine" orders the MRI', () => assert.equal(orderOf(DIMPLE, 'Parents worried -> remiss MRI L-spine.'), 'mri-area-without'));
  // Near-misses
  it('"If US abnormal -> remiss MR ländrygg" orders nothing', () => assert.equal(orderOf(DIMPLE, 'If US abnormal -> remiss MR ländrygg.'), 'none'));
  it('"-> remiss MR ländrygg 2024: normal" tells a study done', () => assert.equal(orderOf(DIMPLE, 'Parents worried -> remiss MR ländrygg 2024: normal.'), 'none'));
  it('"-> remiss MR ländrygg? Discuss" asks', () => assert.equal(orderOf(DIMPLE, 'Parents worried -> remiss MR ländrygg? Discuss with radiology.'), 'none'));
  it('"-> remiss MR ländrygg declined by parents" orders nothing', () => assert.equal(orderOf(DIMPLE, 'Parents worried -> remiss MR ländrygg declined by parents.'), 'none'));
  it('"-> ingen remiss MR ländrygg" orders nothing', () => assert.equal(orderOf(DIMPLE, 'Parents worried -> ingen remiss MR ländrygg.'), 'none'));
  it('"-> remiss MR ländrygg for his brother" is the brother\'s', () => assert.equal(orderOf(DIMPLE, 'Parents worried -> remiss MR ländrygg for his brother.'), 'none'));
  it('"Remiss från BVC, MR ländrygg" in prose (a referral received) orders nothing', () => assert.equal(orderOf(DIMPLE, 'Remiss från BVC, MR ländrygg utan kontrast.'), 'none'));
  it('"-> remiss neurokirurg" names no study and leaves the US order', () => assert.equal(orderOf(DIMPLE, 'Order: US spine', 'Parents worried -> remiss neurokirurg.'), 'us-area'));
});

describe('r53b: the neurologic exam told normal in Nordic ways', () => {
  const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;
  const HPI = '8 yo boy, back pain 3 wk.';
  it('"Neuro: ua." is normal', () => assert.equal(neuro(HPI, 'Neuro: ua.', ORDER), 'normal'));
  it('"Neuro: ua." inline after the history is normal', () => assert.equal(neuro('8 yo boy, back pain 3 weeks. Ingen feber, no night pain. Neuro: ua.', ORDER), 'normal'));
  it('"Neurostatus ua (normal)." is normal', () => assert.equal(neuro(HPI, 'Neurostatus ua (normal).', ORDER), 'normal'));
  it('"Neurol. status normal, moves legs symm." is normal', () => assert.equal(neuro(HPI, 'Neurol. status normal, moves legs symm.', ORDER), 'normal'));
  it('"Neurostatus normal." in a sentence is normal', () => assert.equal(neuro('8 yo boy, back pain 3 wk. Neurostatus normal. Afebrile.', ORDER), 'normal'));
  it('", neuro intakt." is normal', () => assert.equal(neuro('8 yo boy, back pain 3 wk. Pain lumbar region, neuro intakt.', ORDER), 'normal'));
  // Near-misses
  it('"Neuro: ua except weak left foot" is not normal', () => assert.notEqual(neuro(HPI, 'Neuro: ua except weak left foot dorsiflexion', ORDER), 'normal'));
  it('"Neuro: UA pending" (a urinalysis) is not normal', () => assert.notEqual(neuro(HPI, 'Neuro: UA pending', ORDER), 'normal'));
  it('"UA normal" alone (a urinalysis) tells no neuro exam', () => assert.equal(neuro(HPI, 'UA normal, no blood.', ORDER), 'unknown'));
  it('"Neuro: ua?" is not normal', () => assert.notEqual(neuro(HPI, 'Neuro: ua?', ORDER), 'normal'));
  it('"Neuro: previous ua" is not normal', () => assert.notEqual(neuro(HPI, 'Neuro: previous exam ua', ORDER), 'normal'));
  it('"Neurostatus not intakt, weak L leg" is not normal', () => assert.notEqual(neuro('8 yo boy, back pain 3 wk. Neurostatus not intakt, weak L leg.', ORDER), 'normal'));
  it('"Neurol. status: reduced power left" is not normal', () => assert.notEqual(neuro(HPI, 'Neurol. status reduced power left leg.', ORDER), 'normal'));
  it('"Referred to neurol. Normal MRI brain." tells no exam by "neurol"', () =>
    assert.equal(neuro('8 yo boy, back pain 3 wk. Referred to neurol. Normal MRI brain.', ORDER), 'unknown'));
  it('"Seen by neurol. Status unclear." tells no exam', () => assert.equal(neuro('8 yo boy, back pain 3 wk. Seen by neurol. Status unclear.', ORDER), 'unknown'));
  it('"if neuro intakt" (a condition) is not normal', () => assert.notEqual(neuro('8 yo boy, back pain 3 wk. Physio if neuro intakt at review.', ORDER), 'normal'));
  it('"Neuro: intakt?" is not normal', () => assert.notEqual(neuro(HPI, 'Neuro: intakt?', ORDER), 'normal'));
});

describe('r53b: "St:" is the exam (status), and a spinal "UL"/"UÄ" an ultrasound', () => {
  it('"St: lumbosacral midline hair tuft" reads the tuft', () =>
    assert.ok(presentIn('hair-tuft', 'Poika 5 kk (boy, 5 months).', 'St: lumbosacral midline hair tuft approx 2x1 cm. No dimple.', 'Order: US spine')));
  it('"St: no hair tuft" reads no tuft', () => assert.ok(!presentIn('hair-tuft', 'Poika 5 kk.', 'St: no hair tuft, no dimple.', 'Order: US spine')));
  it('"Spinal UL 2025/03/20: normal." is a normal prior US', () =>
    assert.equal(priorUs('Pojke 5 mån.', 'Sacral dimple: 2 mm, in rima ani.', 'Spinal UL 2025/03/20: normal.', 'Plan: MRI L-spine'), 'normal'));
  it('"UL power 5/5" (upper limbs) is no ultrasound', () => assert.equal(priorUs('Pojke 5 mån.', 'Sacral dimple: 2 mm.', 'UL power 5/5, spine normal.', 'Plan: US spine'), 'none'));
  it('"UL: normal tone" is no ultrasound', () => assert.equal(priorUs('Boy 5 mo.', 'Sacral dimple: 2 mm.', 'UL: normal tone. LL: normal tone.', 'Plan: US spine'), 'none'));
});
