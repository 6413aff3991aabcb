/**
 * Round 44's held-out voices of sets 66, 67 and 72, read sealed: notes exported from an EHR with their HTML and bullets
 * (s66), secure-chat and pager threads pasted into the chart (s67), and notes from low-resource and global-health
 * settings (s72). The readings taken from them, with their look-alikes.
 */
import * as assert from 'node:assert/strict';
import { htmlReading } from '../../server/src/clinical/html';
import { ageOf, near, orderOf, presentIn, readNote } from '../helpers';

describe('an EHR export read through its HTML and bullet glyphs (s66)', () => {
  it('reads a line-breaking tag as a line end, other tags as blanks and entities as their character, offsets kept', () => {
    for (const [written, read] of [
      ['Spine:&nbsp;dimple<br>Plan: <b>USS spine</b>', 'Spine:      dimple   \nPlan:    USS spine    '],
      ['MRI w/ &amp; w/o contrast', 'MRI w/     & w/o contrast'],
      ['dimple &lt;5 mm', 'dimple    <5 mm'],
      ['<p>Neuro normal</p><span style="x">ok</span>', '  \nNeuro normal   \n                ok       '],
      ['\u25aa Plan: MRI', '\u2022 Plan: MRI'],
    ]) {
      const view = htmlReading(written).view;
      assert.equal(view, read);
      assert.equal(view.length, written.length);
    }
    // No markup: the note itself. A "<" before a number or a word of the note, a bare "&", a box: as written.
    for (const written of ['dimple <5 mm, <2.5cm from anus', 'w/ & w/o contrast', 'Neuro <normal>', '\u25a1 MRI  \u25a0 US', '&foo; R&D']) {
      assert.equal(htmlReading(written).view, written);
    }
  });

  it('reads the study, the dimple and the contrast of a note written on one line with <br>', () => {
    const one = (...parts: string[]) => readNote(parts.join('<br>'));
    const ed = one(
      'ED note 02:40',
      '5/12 boy. 2 days fever to 39.2, discharge from a lumbar pit &amp; redness around it.',
      'Plan: bloods, cultures, IV ceftriaxone. <b>MRI lumbosacral spine with and without contrast</b> urgent. Referred to neurosurgical reg on call.',
    );
    assert.equal(ed.facts.order?.reading.procedure?.id, 'mri-area-without-and-with');
    const nipe = one(
      '<b>NIPE</b>',
      'Baby boy, day 2 of life',
      'Spine:&nbsp;single sacral dimple, shallow with base visible, approx 3 mm, within the natal cleft &amp; ~1 cm above the anus.',
      'Neuro: normal tone',
      'Plan: <b>USS spine</b> requested',
    );
    assert.ok(nipe.rules.includes('simple-dimple'));
    assert.ok(!nipe.rules.includes('dimple-undescribed'));
    assert.equal(orderOf('Age: 10 wk', 'Exam: skin tag above the cleft', 'Plan:', '- [x] MRI L-spine w/ &amp; w/o contrast'), 'mri-area-without-and-with');
  });

  it('reads a key after a bullet glyph of the export as the key', () => {
    assert.equal(orderOf('\u25aa 9 month old female - midline lumbar pit', '\u25aa Plan: MRI lumbar spine (no contrast).'), 'mri-area-without');
    assert.equal(orderOf('\u25cf 9 month old female - midline lumbar pit', '\u25cf Plan: MRI lumbar spine (no contrast).'), 'mri-area-without');
  });
});

describe('urinary infections counted up to now (s66)', () => {
  const uro = (line: string) => presentIn('abnormal-voiding', 'Age: 11 mo', 'Exam: hair tuft over sacrum', line, 'Order: US spine');
  it('reads "3 UTIs since 6 months of age", "two UTIs since birth" as recurrent infections', () => {
    assert.ok(uro('HPI: 3 UTIs since 6 months of age (2 culture-proven)'));
    assert.ok(uro('HPI: two UTIs since birth'));
    assert.ok(readNote('11 mo boy, hair tuft over sacrum. 3 UTIs since 6 months of age. Neuro normal.', 'Plan: US spine').rules.includes('escalation-referral'));
  });
  it("keeps a count of the past, one infection, a denial and a relative's unread", () => {
    assert.ok(!uro('HPI: 2 UTIs as a baby, none since'));
    assert.ok(!uro('HPI: 2 UTIs in 24 months'));
    assert.ok(!uro('HPI: 1 UTI at 3 months'));
    assert.ok(!uro('HPI: no UTIs since birth'));
    assert.ok(!uro('FHx: sister with 2 UTIs since birth'));
  });
});

describe('a back pain told by its side, a study named under "Next:" (s72)', () => {
  it('reads "pain R side low back" and "pain L side of lower back" as back pain', () => {
    assert.ok(presentIn('back-pain', '13yo boy, pain R side low back 2 months, worse at night.', 'Plan: CT lumbar spine'));
    assert.ok(presentIn('back-pain', '13yo boy, pain L side of lower back 2 months.', 'Plan: CT lumbar spine'));
    const s72 = readNote(
      '13yo boy, pain R side low back 2 months, worse at night, goes away with ibuprofen.',
      'No fever. Plain XR L-spine last month - reported normal.',
      'Suspect osteoid osteoma. CT lumbar spine (non-contrast), thin cuts.',
    );
    assert.equal(s72.scenario, 'back-pain-infection-tumor');
  });
  it("keeps another side, a denial and a relative's pain unread", () => {
    assert.ok(!presentIn('back-pain', '13yo boy, pain R side, low back nontender.', 'Plan: CT lumbar spine'));
    assert.ok(!presentIn('back-pain', '13yo boy, pain R side of abdomen. Low back normal.', 'Plan: CT lumbar spine'));
    assert.ok(!presentIn('back-pain', '13yo boy, no pain R side low back.', 'Plan: CT lumbar spine'));
    assert.ok(!presentIn('back-pain', '13yo boy, mother has pain R side low back.', 'Plan: CT lumbar spine'));
  });
  it('reads "Next:" as the plan', () => {
    assert.equal(orderOf('8 year old girl - back pain all the time since 5 weeks.', 'Next: CT lumbar spine with contrast.'), 'ct-area-with');
    assert.equal(orderOf('8 year old girl - back pain all the time since 5 weeks.', 'Next: review in 2 weeks, MRI if no better.'), 'none');
    assert.equal(orderOf('8 year old girl - back pain 5 weeks. XR done.', 'Next: 1 month check-up.'), 'none');
  });
});

describe("a chat thread's order told after the study, or with its subject left out (s67)", () => {
  const adult = (line: string) => orderOf(`18 yo M, LBP x 10 days, neuro intact. ${line}`);
  it('reads "pt insisting on MRI L-spine, I ordered it" as the order', () => {
    assert.equal(adult('pt insisting on MRI L-spine, I ordered it'), 'mri-area-without');
    assert.equal(adult("pt insisting on MRI L-spine, I've ordered it"), 'mri-area-without');
    assert.equal(adult('mom keen on MRI L-spine, so I have requested it'), 'mri-area-without');
  });
  it('keeps a question, a later time, a study done, seen on or of something else unread', () => {
    assert.equal(adult('pt insisting on MRI L-spine, I ordered it?'), 'none');
    assert.equal(adult('pt insisting on MRI L-spine, I ordered it last year'), 'none');
    assert.equal(adult('pt insisting on MRI L-spine, I declined it'), 'none');
    assert.equal(adult('MRI L-spine last month normal, I ordered it'), 'none');
    assert.equal(adult('dimple seen on MRI L-spine, I ordered it'), 'none');
    assert.equal(adult('pt insisting on a second opinion, I ordered it'), 'none');
  });
  const rads = (line: string) => orderOf(`Call from Dr. Ruiz (peds ortho) re 13yo M, LBP x5 wks radiating to the L leg. ${line}`);
  it('reads "Requests MRI whole spine w/o contrast." as the study proposed', () => {
    assert.equal(rads('Requests MRI whole spine w/o contrast. Protocol approved.'), 'mri-complete-without');
    assert.equal(rads('Requests urgent MRI L-spine.'), 'mri-area-without');
    assert.equal(orderOf('13yo M, LBP x5 wks. Mum anxious. Wants an MRI L-spine.'), 'mri-area-without');
  });
  it('keeps a question, a condition, a record and a study ordered beside it as they were', () => {
    assert.equal(rads('Requests MRI whole spine w/o contrast?'), 'none');
    assert.equal(rads('Requests MRI L-spine if no better.'), 'none');
    assert.equal(rads('Requests MRI L-spine report from OSH.'), 'none');
    assert.equal(rads('Requests copy of MRI L-spine.'), 'none');
    assert.equal(rads('Requests MRI L-spine. Will order US spine.'), 'us-area');
  });
});

describe("a British neonatal unit's day, and a study cancelled and replaced later in a thread (s66, s67)", () => {
  it('reads "NNU day 1" and "SCBU day 3" as a day of life, as "NICU day 5"; never a unit\'s day of something else', () => {
    const body = ['Term female. Large haemangioma over lumbosacral region.', 'Plan: spinal USS'];
    near(ageOf('NNU day 1 baby check', ...body), 1 / 30.4375, 'NNU day 1 baby check');
    near(ageOf('SCBU day 3', ...body), 3 / 30.4375, 'SCBU day 3');
    near(ageOf('NICU day 5', ...body), 5 / 30.4375, 'NICU day 5');
    assert.equal(ageOf('NNU day 3 of antibiotics', ...body), undefined);
    assert.equal(ageOf('NICU day 3 of antibiotics', ...body), undefined);
    assert.equal(ageOf('NNU day 3: US spine normal', ...body), undefined);
  });

  const thread = (line: string) =>
    orderOf(
      'Dr. Morin 20:10: 11 mo M, hair tuft over the lower back, neuro normal. ordered XR L-spine',
      "Dr. Chen (radiology) 20:32: XR won't answer the question",
      `Dr. Morin 20:35: ${line}`,
    );
  it('reads "XR cancelled, MRI L-spine w/o contrast ordered" after an XR ordered as the MRI', () => {
    assert.equal(thread('ok makes sense, XR cancelled, MRI L-spine w/o contrast ordered as outpt'), 'mri-area-without');
    assert.equal(thread('XR cancelled; MRI L-spine w/o contrast ordered'), 'mri-area-without');
  });
  it('keeps the XR where the cancellation is denied, asked, conditioned, of another study, or replaced by nothing', () => {
    assert.equal(thread('XR not cancelled, MRI L-spine w/o contrast ordered'), 'xr-area');
    assert.equal(thread('if XR cancelled, MRI L-spine ordered'), 'xr-area');
    assert.equal(thread('XR cancelled? MRI L-spine ordered?'), 'xr-area');
    assert.equal(thread('sedation cancelled, MRI L-spine ordered'), 'xr-area');
    assert.equal(thread('MRI cancelled, US spine ordered'), 'xr-area');
    assert.equal(thread('XR cancelled, XR T-spine ordered'), 'xr-area');
    assert.equal(thread('XR cancelled, MRI L-spine requested instead by mum'), 'xr-area');
  });
});
