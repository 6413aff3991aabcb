/**
 * Round 53 (fix53b), notes by clinicians trained in Finland, Sweden, Norway and Denmark, written in English with their own
 * words left in: an age "16 år gutt", "22 år mann", "Poika 10 v"; the study asked for under "Rekv.:", "Önskar:", "Pyyntö:";
 * the exam "Neuro: ua", "Neurostatus ua", "Neurol. status normal", "neuro intakt", under
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
  it('"Gutt. Ryggsmerter siden 2 år" (a duration) is no age', () => assert.equal(ageOf('Gutt. Ryggsmerter siden 2 år.', ORDER), undefined));
  it('"L4 v" is no age', () => assert.equal(ageOf('Back pain 3 weeks, L4 v 2 findings. Poika.', ORDER), undefined));
  it('"Poika. Back pain for 10 v." (no child word beside it) is no age', () => assert.equal(ageOf('Poika. Back pain for 10 v.', ORDER), undefined));
  it('"Poika, Hb 120, 3 v. lateral" is no age', () => assert.equal(ageOf('Poika, Hb 120, pulse 80, 3 v. lateral.', ORDER), undefined));
  it('"Tyttö, sisko 10 v" (the sister\'s) is no age', () => assert.equal(ageOf('Tyttö, sisko 10 v. Back pain.', ORDER), undefined));
  it('"pp.kk.vvvv" in a date template is no age', () => assert.equal(ageOf('Poika. Syntynyt pp.kk.vvvv, back pain.', ORDER), undefined));
  it('"2 år sedan" is a time ago, no age', () => assert.equal(ageOf('Flicka. Ryggsmärta, började för 2 år sedan.', ORDER), undefined));
  it('"- 19 år kvinna, back pain" after a bullet is 19 years', () => near(ageOf('- 19 år kvinna, back pain 3 weeks.', ORDER), 228, 'bullet'));
  it('"Föräldrar: 40 år man och 38 år kvinna" (the parents) leaves the boy 6', () => near(ageOf('Pojke 6 år. Föräldrar: 40 år man och 38 år kvinna.', ORDER), 72, 'parents'));
  it('"Pojke, pappa 40 år man" is the father\'s, no age', () => assert.equal(ageOf('Pojke, pappa 40 år man.', ORDER), undefined));
  it('an Age key wins over a relative\'s "36 år mann"', () => near(ageOf('Age: 6 years', 'Back pain. Far 36 år mann.', ORDER), 72, 'Age key'));
  // Near-misses of review r53 (probes 161 162 163): the parent's line with the child in its sentence.
  it('"38 år kvinna söker med sin son, 3 mån" is the child\'s 3 months', () =>
    near(ageOf('38 år kvinna söker med sin son, 3 mån, pga hair tuft over sacrum.', 'Neuro normal.', 'Plan: US spine'), 3, 'son'));
  it('"40 år man kommer med sin dotter, 3 mån gammal" is the child\'s 3 months', () =>
    near(ageOf('40 år man kommer med sin dotter, 3 mån gammal. Hair tuft over sacrum. Neuro normal.', 'Plan: US spine'), 3, 'dotter'));
  it('"34 år kvinna ringer angående sin dotter (3 mån)" is the child\'s 3 months', () =>
    near(ageOf('34 år kvinna ringer angående sin dotter (3 mån) med hair tuft over sacrum.', 'Plan: US spine'), 3, 'bracket'));
  it('"22 år mann med 4 år gammel gutt" (another age in its sentence) is the boy\'s 4 years', () => near(ageOf('22 år mann med 4 år gammel gutt. Back pain.', ORDER), 48, 'gutt'));
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
  it('"Önskar: MR ländrygg 2025-03-20 - normal" is a prior, no order', () => assert.equal(orderOf(PAIN, 'Önskar: MR ländrygg 2025-03-20 - normal'), 'none'));
  it('"Rekv.: ingen MR" orders nothing', () => assert.equal(orderOf(PAIN, 'Rekv.: ingen MR.'), 'none'));
  it('"Önskar: MR ländrygg om ingen förbättring" (a condition) orders nothing', () => assert.equal(orderOf(PAIN, 'Önskar: MR ländrygg om ingen förbättring.'), 'none'));
  it('"Pyyntö: MRI L-spine jos ei parane" (if no better) orders nothing', () => assert.equal(orderOf(PAIN, 'Pyyntö: MRI L-spine jos ei parane.'), 'none'));
  it('"Pyyntö: MRI L-spine?" (asked) orders nothing', () => assert.equal(orderOf(PAIN, 'Pyyntö: MRI L-spine?'), 'none'));
  it('"Rekv.: MR ländrygg vurderes" (weighed) orders nothing', () => assert.equal(orderOf(PAIN, 'Rekv.: MR ländrygg vurderes.'), 'none'));
  it('"Rekvirert" in a sentence is no key', () => assert.equal(orderOf(PAIN, 'Rekvirert fysioterapi.'), 'none'));
  it('"Önskar: spine US = spinal US" (a translation after "=") orders it', () => assert.equal(orderOf(PAIN, 'Önskar: spine US = spinal US'), 'us-area'));
  it('"Rekv.: UL ländrygg" orders the US', () => assert.equal(orderOf('Pojke 3 mån. Hair tuft over sacrum.', 'Rekv.: UL ländrygg'), 'us-area'));
  // Near-misses of review r53 (probes 070–080 085 086 091 092 097 099–102): positive only, the study's name and nothing else.
  for (const line of [
    'Rekv.: MR ländrygg hvis forverring',
    'Rekv.: MR ländrygg dersom forverring',
    'Önskar: MR ländrygg ifall försämring',
    'Rekv.: MR ländrygg avbestilt',
    'Önskar: MR ländrygg avbokad',
    'Rekv.: MR ländrygg avslått av foreldrene',
    'Önskar: MR ländrygg, föräldrarna tackar nej',
    'Pyyntö: MRI L-spine, vanhemmat kieltäytyivät',
    'Pyyntö: MRI L-spine myöhemmin',
    'Pyyntö: MRI L-spine tarvittaessa',
    'Pyyntö: MRI L-spine tehty, normaali',
    'Rekv.: MR ländrygg för bror',
    'Önskar: ev. MR ländrygg',
    'Önskar: eventuellt MR ländrygg',
    'Rekv.: MR ländrygg dersom foreldrene ønsker',
    'Önskar: MR ländrygg när barnet är äldre',
    'Pyyntö: MRI L-spine kun lapsi on vanhempi',
    'Rekv.: MR ländrygg til søster',
    'Önskar: MR ländrygg för syster',
    'Rekv.: MR ländrygg (planned 2024)',
  ])
    it(`"${line}" orders nothing`, () => assert.equal(orderOf(PAIN, line), 'none'));
});

describe('r53b: the neurologic exam told normal in Nordic ways', () => {
  const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;
  const HPI = '8 yo boy, back pain 3 wk.';
  it('"Neuro: ua." is normal', () => assert.equal(neuro(HPI, 'Neuro: ua.', ORDER), 'normal'));
  it('"Neuro: ua." inline after the history is normal', () => assert.equal(neuro('8 yo boy, back pain 3 weeks. Ingen feber, no night pain. Neuro: ua.', ORDER), 'normal'));
  it('"Neurostatus ua (normal)." is normal', () => assert.equal(neuro(HPI, 'Neurostatus ua (normal).', ORDER), 'normal'));
  it('"Neurol. status normal." is normal', () => assert.equal(neuro(HPI, 'Neurol. status normal.', ORDER), 'normal'));
  it('"Neurostatus normal." in a sentence is normal', () => assert.equal(neuro('8 yo boy, back pain 3 wk. Neurostatus normal. Afebrile.', ORDER), 'normal'));
  it('"Neuro intakt." as its sentence is normal', () => assert.equal(neuro('8 yo boy, back pain 3 wk. Neuro intakt.', ORDER), 'normal'));
  it('"Neuro: intakt" as the whole value is normal', () => assert.equal(neuro(HPI, 'Neuro: intakt', ORDER), 'normal'));
  it('"Neuro: u.a." as the whole value is normal', () => assert.equal(neuro(HPI, 'Neuro: u.a.', ORDER), 'normal'));
  // Near-misses
  it('"Neuro: ua except weak left foot" is not normal', () => assert.notEqual(neuro(HPI, 'Neuro: ua except weak left foot dorsiflexion', ORDER), 'normal'));
  it('"Neuro: UA pending" (a urinalysis) is not normal', () => assert.notEqual(neuro(HPI, 'Neuro: UA pending', ORDER), 'normal'));
  it('"UA normal" alone (a urinalysis) tells no neuro exam', () => assert.equal(neuro(HPI, 'UA normal, no blood.', ORDER), 'unknown'));
  it('"Neuro: ua?" is not normal', () => assert.notEqual(neuro(HPI, 'Neuro: ua?', ORDER), 'normal'));
  it('"Neuro: previous exam ua" is not normal', () => assert.notEqual(neuro(HPI, 'Neuro: previous exam ua', ORDER), 'normal'));
  it('"Neurostatus not intakt, weak L leg" is not normal', () => assert.notEqual(neuro('8 yo boy, back pain 3 wk. Neurostatus not intakt, weak L leg.', ORDER), 'normal'));
  it('"Neurol. status reduced power left" is not normal', () => assert.notEqual(neuro(HPI, 'Neurol. status reduced power left leg.', ORDER), 'normal'));
  it('"Referred to neurol. Normal MRI brain." tells no exam by "neurol"', () =>
    assert.equal(neuro('8 yo boy, back pain 3 wk. Referred to neurol. Normal MRI brain.', ORDER), 'unknown'));
  it('"Seen by neurol. Status unclear." tells no exam', () => assert.equal(neuro('8 yo boy, back pain 3 wk. Seen by neurol. Status unclear.', ORDER), 'unknown'));
  it('"if neuro intakt" (a condition) is not normal', () => assert.notEqual(neuro('8 yo boy, back pain 3 wk. Physio if neuro intakt at review.', ORDER), 'normal'));
  it('"Neuro: intakt?" is not normal', () => assert.notEqual(neuro(HPI, 'Neuro: intakt?', ORDER), 'normal'));
  // Near-misses of review r53 (probes 006 011 032–037 044 046 188–205): only the whole value or the whole sentence.
  const DIMPLE = '3 mo boy. Sacral dimple 3 mm, within gluteal cleft, 1 cm from anus.';
  for (const line of [
    'Neuro: ?ua',
    'Neuro: ?intakt',
    'Neuro: intakt vid förra besöket',
    'Neuro: intakt enligt BVC',
    'Neuro intakt?',
    '?Neuro intakt',
    'Neurostatus normal vid 6-veckorskontroll, ej undersökt idag.',
    'Neurol. status normal enl. BVC, ej undersökt idag.',
    'Neuro intakt enligt mamma, ej undersökt.',
    'Tidigare neurostatus ua. Idag ej undersökt.',
    'Neurostatus ua enl. remiss.',
    'Neurol. status normal enligt föräldrarna.',
    'Neurostatus ua förutom nedsatt kraft vänster ben.',
    'Neuro intakt men svag vänster fot.',
    'Neurostatus ua utom svaghet vänster fot.',
    'Neuro intakt, men går på tå sedan 2 mån, svag vänster fot.',
    'Neurol. status normal men klonus vä fot.',
    'Neuro: intakt. Svag vänster fot.',
    'Neuro intakt förutom nedsatt kraft höger ben.',
    'Pain lumbar region, neuro intakt.',
    'Neurol. status normal, moves legs symm.',
  ])
    it(`"${line}" is not normal`, () => assert.notEqual(neuro(DIMPLE, line, 'Plan: US spine'), 'normal'));
});

describe('r53b: "St:" is the exam (status), and a spinal "UL"/"UÄ" an ultrasound', () => {
  it('"St: lumbosacral midline hair tuft" reads the tuft', () =>
    assert.ok(presentIn('hair-tuft', 'Poika 5 kk (boy, 5 months).', 'St: lumbosacral midline hair tuft approx 2x1 cm. No dimple.', 'Order: US spine')));
  it('"St: no hair tuft" reads no tuft', () => assert.ok(!presentIn('hair-tuft', 'Poika 5 kk.', 'St: no hair tuft, no dimple.', 'Order: US spine')));
  it('"Spinal UL 2025/03/20: normal." is a normal prior US', () =>
    assert.equal(priorUs('Pojke 5 mån.', 'Sacral dimple: 2 mm, in rima ani.', 'Spinal UL 2025/03/20: normal.', 'Plan: MRI L-spine'), 'normal'));
  it('"UL power 5/5" (upper limbs) is no ultrasound', () => assert.equal(priorUs('Pojke 5 mån.', 'Sacral dimple: 2 mm.', 'UL power 5/5, spine normal.', 'Plan: US spine'), 'none'));
  it('"UL: normal tone" is no ultrasound', () => assert.equal(priorUs('Boy 5 mo.', 'Sacral dimple: 2 mm.', 'UL: normal tone. LL: normal tone.', 'Plan: US spine'), 'none'));
  it('"UL ländrygg 2025: normal." is a normal prior US', () =>
    assert.equal(priorUs('Pojke 3 mån.', 'Sacral dimple 3 mm.', 'UL ländrygg 2025: normal.', 'Plan: MRI L-spine'), 'normal'));
  // Near-misses of review r53 (probes 152 157 159): "UL" beside the English "spine" is the upper limbs' or upper lumbar.
  const DIMPLE = '3 mo boy. Sacral dimple 3 mm, within gluteal cleft, 1 cm from anus. Neuro normal.';
  for (const line of ['UL spine reflexes normal.', 'UL spine normal (upper lumbar), no tenderness.', 'Spine UL normal for age.'])
    it(`"${line}" is no ultrasound`, () => assert.equal(priorUs(DIMPLE, line, 'Plan: MRI L-spine'), 'none'));
});
