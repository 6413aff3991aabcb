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
    assert.equal(viewOf('conus at L one two. Plan M.R.I.'), 'conus at L1-2 . Plan MRI ');
    assert.equal(viewOf('conus at L one three. Plan M.R.I.'), 'conus at L1 three. Plan MRI ');
    assert.equal(viewOf('at L one two millimeters. M.R.I.'), 'at L1 2 mm . MRI ');
    assert.equal(viewOf('tender T twelve thirteen times. M.R.I.'), 'tender T12 13 times. MRI ');
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
