/**
 * Round 46's held-out voice of set 85: speech-recognition dictation as it lands in the chart uncorrected, its marks typed by
 * the recognizer ("Plan M.R.I. lumbar spine without contrast.") or said ("... comma neuro normal period"), with its misheard
 * words ("see tea" for CT, "ultra sound", "new row exam"), level spans ("conus at L one two") and days ("Nursery day one").
 * Each reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { languageView } from '../../server/src/clinical/language';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const priorsOf = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => `${p.modality}:${p.result}`);
const ageOf = (...lines: string[]) => readNote(...lines).facts.age?.months;
/** The view with its padding closed up, to read what the engine reads. */
const viewOf = (text: string) => languageView(text).replace(/ +/g, ' ');

describe('a note whose marks the recognizer typed is read as dictated (s85)', () => {
  const pain = '9 yo M, back pain three weeks. Neuro exam normal.';

  it('reads the dotted letters of "M.R.I." and "C.T." as the study', () => {
    assert.equal(orderOf(pain, 'Plan M.R.I. lumbar spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf('Ten year old boy with fever and back pain. C.R.P. elevated.', 'Ordering M.R.I. whole spine with gadolinium.'), 'mri-complete-with');
    assert.equal(orderOf(pain, 'Order C.T. lumbar spine.'), 'ct-area-without');
  });

  it('leaves a relative’s, a past, a declined, an asked and a conditioned M.R.I. unordered', () => {
    assert.equal(orderOf(pain, 'Brother had an M.R.I. of the spine last year.'), null);
    assert.equal(orderOf(pain, 'M.R.I. lumbar spine last month was normal. No further imaging.'), null);
    assert.equal(orderOf(pain, 'No M.R.I. needed today.'), null);
    assert.equal(orderOf(pain, 'Should we get an M.R.I. of the lumbar spine?'), null);
    assert.equal(orderOf(pain, 'If no better in four weeks, M.R.I. lumbar spine.'), null);
  });

  it('reads a past study the recognizer wrote as one: "Lumbar x rays done by her P.C.P. last month were normal"', () => {
    const lines = [
      '10 yo F, back pain for five weeks.',
      'Lumbar x rays done by her P.C.P. last month were normal.',
      'Neuro exam normal.',
      'Plan M.R.I. whole spine without contrast.',
    ];
    assert.deepEqual(priorsOf(...lines), ['XR:normal']);
    assert.equal(readNote(...lines).scenario, 'back-pain-red-flags-negative-radiographs');
  });

  it('keeps the words for the marks as words, and a spoken correction as written, where the recognizer typed the marks', () => {
    const text = 'Pain for a period of two weeks comma colon cancer in dad. M.R.I. lumbar spine, scratch that, thoracic spine.';
    assert.equal(viewOf(text), 'Pain for a period of 2 weeks comma colon cancer in dad. MRI lumbar spine, scratch that, thoracic spine.');
  });

  it('reads a typed note with a signature’s dotted degree or "U.S." as written', () => {
    for (const t of ['Signed J. Smith, M.D. Follow up in two weeks. Moved from the U.S. last year.', 'Seen with P.A. Jones, R.N. present. Plan x ray L spine in two weeks.'])
      assert.equal(languageView(t), t);
  });
});

describe('"see tea" is a CT (s85)', () => {
  const crash = '16 yo F restrained front seat passenger, high speed M.V.C. with airbag deployment. C/o posterior neck pain, midline tenderness at C five six. Neuro intact.';

  it('reads "See tea C spine without contrast" as a cervical CT, and so the cervical trauma scenario', () => {
    const r = readNote(crash, 'See tea C spine without contrast.');
    assert.equal(r.facts.order?.reading.procedure?.id, 'ct-area-without');
    assert.equal(r.scenario, 'spine-trauma-cervical');
  });

  it('reads it in a note dictated with its marks said, and beside a misheard marker', () => {
    assert.equal(
      orderOf(
        'thirteen year old girl comma back pain for about three weeks comma ten pound weight loss and night sweats period neuro exam normal period',
        'plan see tea lumbar spine with contrast period',
      ),
      'ct-area-with',
    );
    assert.equal(
      orderOf('2 month old M, soft fatty lump over the lower back midline, probably a lie poma, about three centimeters.', 'Plan see tea of the lumbar spine to evaluate.'),
      'ct-area-without',
    );
  });

  it('leaves a conditioned, a done and a relative’s "see tea" unordered', () => {
    assert.equal(orderOf(crash, 'See tea C spine if still tender tomorrow.'), null);
    assert.equal(orderOf(crash, 'See tea C spine done at outside hospital, normal.'), null);
    assert.equal(orderOf(crash, 'Mom had a see tea of her spine last year. Plan clinical clearance.'), null);
  });
});

describe('"ultra sound" is an ultrasound (s85)', () => {
  it('reads "Plan ultra sound lumbar spine" as the order and "Ultra sound at one month normal" as a normal prior study', () => {
    const tuft = ['2 yo M with a hairy patch on the lower back since birth.', 'Exam hair tough about three centimeters over L four five midline. Neuro nl.'];
    assert.equal(orderOf(...tuft, 'Plan ultra sound lumbar spine.'), 'us-area');
    assert.equal(readNote(...tuft, 'Plan ultra sound lumbar spine.').rules.includes('ultrasound-window-closed'), true);
    const r = readNote('2 yo M with a hairy patch on the lower back. Neuro nl.', 'Ultra sound at one month normal. Plan M.R.I. lumbar spine without contrast.');
    assert.deepEqual(
      r.facts.prior.map((p) => `${p.modality}:${p.result}`),
      ['US:normal'],
    );
    assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
  });
});

describe('a dictated region and level, and "new row exam" (s85)', () => {
  it('reads "x ray L. spine ordered period" as the radiograph of the lumbar spine, not one told done', () => {
    const head = 'thirteen year old boy comma low back sore since the weekend period no fever comma no night pain period';
    assert.equal(orderOf(head, 'exam neuro normal period', 'x ray L. spine ordered period'), 'xr-area');
    assert.equal(orderOf(head, 'exam neuro normal period', 'x ray L. spine last year normal period'), null);
  });

  it('reads two levels said as one span ("conus at L one two") as L1-2, never two levels apart nor an amount', () => {
    assert.equal(viewOf('conus at L one two. Plan M.R.I.'), 'conus at L1-2 . Plan MRI. ');
    assert.equal(viewOf('conus at L one three. Plan M.R.I.'), 'conus at L1 three. Plan MRI. ');
    assert.equal(viewOf('at L one two millimeters. M.R.I.'), 'at L1 2 mm . MRI. ');
    assert.equal(viewOf('tender T twelve thirteen times. M.R.I.'), 'tender T12 13 times. MRI. ');
  });

  it('reads a described dimple with a normal "new row exam" as a simple dimple after a normal ultrasound', () => {
    const r = readNote(
      '8 month old male with sacral dimple. Ultra sound at one month normal, conus at L one two.',
      'Exam: dimple two millimeters, in the gluteal cleft, about one point five centimeters from the anus, base visible. No other skin findings. New row exam normal, sitting and crawling.',
      'Plan M.R.I. lumbar spine without.',
    );
    assert.equal(r.facts.neuro.state, 'normal');
    assert.ok(r.rules.includes('simple-dimple') && r.rules.includes('imaging-after-normal-ultrasound'), r.rules.join());
    assert.equal(viewOf('Add a new row. M.R.I. done.'), 'Add a new row. MRI done.');
  });
});

describe('"Nursery day one" is a newborn’s day of life (s85)', () => {
  it('reads the nursery’s day said in words as the age', () => {
    const months = ageOf(
      'Nursery day one. Term baby boy, sacral dimple two millimeters within the gluteal cleft about one centimeter from the anal verge, base seen. No other markers. Neuro exam normal.',
      'Simple dimple, no imaging needed, reassured parents. Routine follow up with P.C.P. in two days.',
    );
    assert.ok(months !== undefined && Math.abs(months - 1 / 30.4375) < 0.001, String(months));
    assert.ok(Math.abs((ageOf('Nursery day 2. Term baby girl, sacral dimple. Neuro exam normal.') ?? 0) - 2 / 30.4375) < 0.001);
  });

  it('leaves a day of treatment, a toddler’s day-care nursery and a day beside the child’s age in years unread as the age', () => {
    assert.equal(ageOf('Nursery day two of phototherapy. Term baby boy, sacral dimple. Neuro exam normal.'), undefined);
    assert.equal(ageOf('Nursery day 2. Hairy tuft over the low back, started walking. Plan MRI lumbar spine.'), undefined);
    assert.equal(ageOf('3 yo boy with a hairy tuft. Back to nursery day one after a cold. Neuro exam normal. Plan M.R.I. lumbar spine.'), 36);
    assert.equal(ageOf('3 yo boy with a hairy tuft. Nursery day 2 went well. Neuro exam normal. Plan MRI lumbar spine.'), 36);
  });
});

/** Round 46's adversarial review C: the look-alikes the recognizer-typed reading misread, each now read as a typist's note is. */
describe('recognizer-typed dictation: the review’s look-alikes (mend46-5)', () => {
  const present = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === id && h.present);

  it('keeps the sentence end after a dotted abbreviation, so a negation never crosses into the next sentence', () => {
    assert.equal(viewOf('No recent M.V.A. Weakness in left leg.'), 'No recent MVA. Weakness in left leg.');
    const weak = readNote('13 yo M. Back pain 3 wks. No E.M.G. Weakness left foot on exam. Plan M.R.I. lumbar spine.');
    assert.ok(weak.facts.hits.some((h) => h.finding.id === 'weakness' && h.present));
    assert.equal(weak.scenario, 'back-pain-red-flags');
    assert.ok(present('night-pain', 'No trauma, no M.V.C. Wakes at night with pain.'));
    assert.ok(present('incontinence', 'Never had a C.T. Bladder incontinence since last week.'));
    assert.ok(present('fever', 'Negative E.S.R. Fever 39.'));
    assert.ok(present('fever', 'Denies M.V.C. Fever and night sweats for 2 wks.'));
    assert.ok(present('weakness', 'No recent M.V.A. Weakness in left leg.'));
    const fall = readNote('16 yo M. Fall. No C.T. Neuro deficit in legs, numb below knees. Plan M.R.I. thoracic spine.');
    assert.ok(fall.facts.hits.some((h) => h.finding.id === 'numbness' && h.present));
    assert.equal(fall.scenario, 'spine-trauma-thoracolumbar');
    assert.equal(readNote('No plans for M.R.I. Neurosurgery referral placed today.').facts.referral.neurosurgery, true);
    assert.equal(orderOf('Will not order C.T. MRI lumbar spine ordered instead.'), 'mri-area-without');
    // A level's or a region's letter after it goes on with the study.
    assert.equal(viewOf('Plan M.R.I. L. spine.'), 'Plan MRI L-spine .');
  });

  it('reads "Nursery day 2" as a day of life only where the baby is the patient', () => {
    assert.equal(ageOf('Nursery day 2. Hairy tuft over the low back, walking well. Baby sister at home. Neuro normal. Plan MRI lumbar spine.'), undefined);
    assert.equal(ageOf('Toddler with a hairy patch over the low back. Nursery day 2. Mum’s new baby is due soon. Neuro normal. Plan MRI lumbar spine.'), undefined);
    assert.equal(ageOf('Nursery day 2. Baby sister has a sacral dimple. Patient is a toddler with a hairy tuft. Plan MRI lumbar spine.'), undefined);
  });

  it('reads a spoken number with "hundred" whole after "DOL", never a prefix of it', () => {
    const near = (a: number | undefined, days: number) => Math.abs((a ?? 0) - days / 30.4375) < 0.001;
    assert.ok(near(ageOf('Baby girl DOL one hundred and ninety. Sacral dimple, hair tuft. Plan ultra sound spine.'), 190));
    assert.ok(near(ageOf('Baby girl dol two hundred. Sacral dimple, hair tuft. Plan ultra sound spine.'), 200));
    assert.equal(viewOf('Baby girl DOL two thousand. Plan M.R.I.'), 'Baby girl DOL two thousand. Plan MRI. ');
  });

  it('reads "the U.S." as the country, never a prior ultrasound', () => {
    assert.deepEqual(priorsOf('5 mo F, sacral dimple, deep. Family moved from the U.S. last month, no records. Plan ultra sound spine.'), []);
    assert.deepEqual(priorsOf('4 mo M, sacral dimple. Family moved from the U.S. last year, P.C.P. is Dr. Ortiz. Plan ultra sound spine.'), []);
  });

  it('reads "see Tea’s note" as a name, never a CT', () => {
    assert.equal(orderOf('Please see Tea’s note from yesterday. Plan M.R.I. lumbar spine.'), 'mri-area-without');
    assert.equal(orderOf("Please see Tea's note from yesterday"), null);
  });

  it('applies a "scratch that" the recognizer set off with commas, never reading the retracted study', () => {
    assert.equal(orderOf('Plan C.T. lumbar spine, scratch that, M.R.I. lumbar spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf('M.R.I. lumbar spine with contrast, scratch that, without contrast.'), 'mri-area-without');
    const pain = '9 yo M, back pain.';
    assert.equal(orderOf(pain, 'Plan C.T. lumbar spine scratch that M.R.I. lumbar spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf(pain, 'Plan C.T. lumbar spine. Scratch that. M.R.I. lumbar spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf(pain, 'Plan M.R.I. lumbar spine, scratch that, no imaging today.'), null);
    assert.equal(viewOf('No fever, scratch that, fever 39. Plan M.R.I. lumbar spine.'), ' , fever 39. Plan MRI lumbar spine.');
    // The whole clause taken back with its order word: no study read, never the retracted x-ray (set 85's note goes on to
    // "mom really wants the M.R.I.").
    assert.equal(orderOf('9 yo M, back pain.', 'Ordered x ray lumbar spine, um, scratch that, make it M.R.I. lumbar spine without contrast.'), null);
  });
});
