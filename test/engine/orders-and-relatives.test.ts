/**
 * Review 1 of the reader changes: which sentence is the order (a request governs the study it names; an
 * explicit order beats a weak cue; a study declined, held, cancelled or proposed by someone else is not the
 * order; a study told with a date, a year or a provenance is one done), keys for the study to do
 * ("Radiology:", "Investigations:", "Orders placed:"), and lines keyed by a relative ("Uncle:", "Twin A:",
 * "Mom's hx:"), which are someone else's.
 */
import * as assert from 'node:assert/strict';
import { isAboutRelative, isOrderKeyed } from '../../server/src/notes/headings';
import { lookupKey } from '../../server/src/notes/keys';
import { parseNote } from '../../server/src/notes/parser';
import { note, presentIn, readNote } from '../helpers';

/** The procedure the note orders, or 'none'. */
function orderOf(...lines: string[]): string {
  const o = readNote(...lines).facts.order;
  return o ? (o.reading.procedure?.id ?? `(${o.reading.status})`) : 'none';
}

/** The text read as the order, or 'none'. */
function orderText(...lines: string[]): string {
  return readNote(...lines).facts.order?.field.value ?? 'none';
}

describe('orders and relatives (review 1)', () => {
  describe('a request orders only the study it governs', () => {
    const NONE: string[][] = [
      ['14 yo boy with LBP x 6 wk, no red flags, neuro intact. Could you please review the MRI L-spine from 2024 and advise on management?'],
      ['14 yo boy with LBP x 6 wk. Could you please look at the MRI L-spine and let me know what you think?'],
      ['14 yo with LBP x 6 wk and night pain. On repeat MRI the syrinx is smaller.'],
      ['14 yo with LBP x 6 wk and night pain. At repeat MRI L-spine, no change.'],
      ['Dear Dr Jones, I would appreciate your advice regarding the need for an MRI of the spine in this 9 year old girl with a hairy patch over the sacrum.'],
      ['12 yo with fever and back pain, MRI L-spine done yesterday.', 'Plan: please call mom with the MRI results tomorrow'],
    ];
    for (const lines of NONE) it(`"${lines.join(' / ')}" orders nothing`, () => assert.equal(orderOf(...lines), 'none'));

    const ORDERS: [string, string][] = [
      ['Please see this child and arrange an MRI of the lumbar spine.', 'mri-area-without'],
      ['Repeat MRI L-spine please.', 'mri-area-without'],
      ['I would appreciate an MRI L-spine without contrast.', 'mri-area-without'],
      ['Sedation not needed, MRI L-spine w/o requested.', 'mri-area-without'],
      ['Please hold feeds 4 h before; MRI L-spine w/o ordered.', 'mri-area-without'],
      ['Deep dimple. Repeat US spine in 6/52.', 'us-area'],
    ];
    for (const [sentence, id] of ORDERS) it(`"${sentence}" orders ${id}`, () => assert.equal(orderOf('4 mo boy with a deep sacral dimple and a hair tuft.', sentence), id));
  });

  describe('a study declined, held or turned round is not the order; the one wanted is', () => {
    const CASES: [string, string][] = [
      ['9 mo with hair tuft. Please no XR; MRI L-spine w/o instead.', 'mri-area-without'],
      ['7 mo with hair tuft, please no XR - MRI L-spine w/o instead', 'mri-area-without'],
      ['3 mo with deep dimple. Please no XR, US spine instead.', 'us-area'],
      ['3 mo with deep dimple and tuft. Please hold US until seen by NSGY; MRI L-spine w/o ordered.', 'mri-area-without'],
      ['5 mo with deep dimple and hair tuft. Pls hold MRI until NSGY review; US spine ordered today.', 'us-area'],
      ['4 mo with tuft. Pls hold MRI and US spine today.', 'us-area'],
      ['12 yo with LBP 3 wk. I did not arrange an MRI.', 'none'],
      ["12 yo with LBP 3 wk. We haven't requested an MRI yet; please advise.", 'none'],
      ["12 yo with LBP 3 wk. I didn't order an XR.", 'none'],
      [
        'We would be grateful if you could review Ella (2 months) who has a deep sacral dimple; we have not requested an ultrasound as we understand your team prefers to arrange this.',
        'none',
      ],
      ['4 mo with tuft. Please no XR or MRI.', 'none'],
    ];
    for (const [text, id] of CASES) it(`"${text}" orders ${id}`, () => assert.equal(orderOf(text), id));

    it('"Plan: reassurance. Please cancel the MRI L-spine ordered by the PCP." orders nothing', () =>
      assert.equal(
        orderOf('Age: 8 months', 'Findings: simple dimple, 2 mm, within cleft, 1 cm from anus', 'Plan: reassurance. Please cancel the MRI L-spine ordered by the PCP.'),
        'none',
      ));
    it('"Plan: Please cancel the XR; MRI L-spine w/o ordered" orders the MRI', () =>
      assert.equal(orderOf('Age: 5 months', 'Findings: hair tuft', 'Plan: Please cancel the XR; MRI L-spine w/o ordered'), 'mri-area-without'));
    it('"Plan: pls hold MRI; US spine" orders the US', () => assert.equal(orderOf('Age: 4 months', 'Findings: deep dimple', 'Plan: pls hold MRI; US spine'), 'us-area'));
    it('"Plan: MRI L-spine w/o, hold ibuprofen" still orders the MRI (a hold after the study governs something else)', () =>
      assert.equal(orderOf('Age: 12 years', 'HPI: LBP 6 wk, night pain', 'Plan: MRI L-spine w/o, hold ibuprofen'), 'mri-area-without'));
  });

  describe('an explicit order beats a weaker cue', () => {
    it('"I appreciate that an MRI would need a general anaesthetic … I would be grateful if you could arrange an ultrasound" orders the US', () =>
      assert.equal(
        orderOf(
          'Dear Dr Smith, thank you for seeing Oliver, 4 months, who has a deep sacral dimple.',
          'I appreciate that an MRI would need a general anaesthetic at his age. I would be grateful if you could arrange an ultrasound of his spine first.',
        ),
        'us-area',
      ));
    it('"Plan for MRI later. US spine ordered today." orders the US', () =>
      assert.equal(orderOf('3 mo with deep dimple and tuft. Plan for MRI later. US spine ordered today.'), 'us-area'));
    it('a weak cue alone still orders ("US spine pls")', () => assert.equal(orderOf('3 mo with deep dimple and tuft, US spine pls'), 'us-area'));
  });

  describe('a study someone else proposes is the order only when nothing else is', () => {
    it('"neurosurgery recommends MRI L-spine; will discuss with family. US spine today." orders the US', () =>
      assert.equal(
        orderOf('Age: 3 months', 'Findings: deep sacral dimple, hair tuft', 'Plan: neurosurgery recommends MRI L-spine; will discuss with family. US spine today.'),
        'us-area',
      ));
    it('"mom requests MRI; explained not indicated" orders nothing', () =>
      assert.equal(orderOf('Age: 13 years', 'HPI: LBP 2 weeks after dance, no red flags, neuro intact', 'Plan: mom requests MRI; explained not indicated. NSAIDs, PT.'), 'none'));
    it('"Mom wants MRI - not indicated, reassured" orders nothing', () =>
      assert.equal(orderOf('Age: 12 years', 'HPI: LBP 3 wk', 'Plan: Mom wants MRI - not indicated, reassured.'), 'none'));
    it('"radiology suggests MRI L-spine w/o; parents to consider" orders nothing', () =>
      assert.equal(orderOf('Age: 9 months', 'Findings: hair tuft', 'Plan: radiology suggests MRI L-spine w/o; parents to consider'), 'none'));
    it('"Mom requesting xray. Ordered XR L-spine 2 views.": the order is the writer\'s sentence', () =>
      assert.equal(orderText('8 y/o F rolled off the couch, a little sore. Mom requesting xray. Ordered XR L-spine 2 views.'), 'Ordered XR L-spine 2 views'));
    it('a proposal alone is still the order (a real order missed would go unchecked)', () => {
      assert.equal(orderOf('Age: 4 months', 'Findings: deep dimple', 'Plan: Neurosurgery recommends MRI L-spine'), 'mri-area-without');
      assert.equal(orderOf('4 mo with hair tuft. Parents want US spine for reassurance.'), 'us-area');
    });
    it('"Dad would like an MRI, will order MRI L-spine w/o" orders the MRI', () =>
      assert.equal(orderOf('Age: 12 years', 'HPI: LBP 3 wk', 'Plan: NSAIDs. Dad would like an MRI, will order MRI L-spine w/o'), 'mri-area-without'));
    it('a decision that names what it is about declines nothing else ("…; no indication for gadolinium given")', () =>
      assert.equal(
        orderOf(
          'Radiology protocol note: 1 y 3 mo old boy referred for a lumbosacral hairy patch. Requesting physician asked for MRI lumbar spine with and without contrast; no indication for gadolinium given on the requisition.',
        ),
        'mri-area-without-and-with',
      ));
  });

  describe('a study told with a date, a year or where it was done is one done, not the order', () => {
    const NONE = [
      '8 mo, hair tuft over sacrum, US spine 01/2025',
      '16 yo M, hx tethered cord release 2019, recurrent LBP, MRI L-spine 2023',
      '8 mo, hair tuft over sacrum, US spine limited by ossification',
      '8 mo, hair tuft over sacrum, MRI L-spine from birth hospital',
      '8 mo, hair tuft over sacrum, US spine 3/14/2025',
    ];
    for (const text of NONE)
      it(`"${text}" orders nothing (and no window warning)`, () => {
        const r = readNote(text);
        assert.equal(r.facts.order, undefined);
        assert.ok(!r.rules.includes('ultrasound-window-closed'), r.rules.join());
      });
    it('the closing study without a date is still the order ("8 mo, hair tuft over sacrum, MRI L-spine w/o")', () =>
      assert.equal(orderOf('8 mo, hair tuft over sacrum, MRI L-spine w/o'), 'mri-area-without'));
  });

  describe('a study named in a plan condition is no prior study', () => {
    it('"- MRI L-spine at 6 months if US equivocal" (2 months old): no prior US, no next-study warning', () => {
      const r = readNote('Age: 2 months', 'Findings: deep dimple with tuft', 'Plan:', '- US spine today', '- MRI L-spine at 6 months if US equivocal');
      assert.deepEqual(r.facts.prior, []);
      assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
      assert.ok(!r.rules.includes('next-study-after-ultrasound'), r.rules.join());
    });
    it('a study done, before a condition, is still read ("US at 6 wk showed conus at L3, MRI if symptoms")', () => {
      const r = readNote('Age: 7 months', 'HPI: deep dimple; US at 6 wk showed conus at L3, MRI if symptoms', 'Order: MRI L-spine');
      assert.deepEqual(
        r.facts.prior.map((p) => `${p.modality}:${p.result}`),
        ['US:abnormal'],
      );
    });
  });

  describe('keys for the study to do', () => {
    const KEYS: [string, string, string][] = [
      ['Radiology', 'MRI L-spine w/o contrast, sedation not needed', 'mri-area-without'],
      ['Investigations', 'XR lumbar spine AP/lateral', 'xr-area'],
      ['Orders placed', 'XR lumbar spine AP and lateral', 'xr-area'],
      ['Modality', 'CT lumbar spine without contrast', 'ct-area-without'],
      ['Examination', 'XR lumbar spine', 'xr-area'],
      ['Imaging requested', 'XR lumbar spine', 'xr-area'],
      ['Test requested', 'XR lumbar spine AP and lateral', 'xr-area'],
      ['Procedure(s)', 'XR lumbosacral spine 2 views', 'xr-area'],
      ['Exam to be performed', 'US lumbar spine', 'us-area'],
    ];
    for (const [key, value, id] of KEYS)
      it(`"${key}: ${value}" is the order, and no unknown key is reported`, () => {
        const r = readNote('Age: 9 years', 'HPI: LBP 6 weeks with night pain', `${key}: ${value}`);
        assert.equal(r.facts.order?.reading.procedure?.id, id);
        assert.ok(!r.rules.includes('unknown-key') && !r.rules.includes('missing-order'), r.rules.join());
      });
    it('a result under such a key is not the order, and the key stays reported ("Investigations: XR L-spine normal, CRP 3")', () => {
      const r = readNote('Age: 9 years', 'HPI: LBP 6 weeks with night pain', 'Investigations: XR L-spine normal, CRP 3', 'Order: MRI L-spine w/o');
      assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
      assert.ok(r.rules.includes('unknown-key'), r.rules.join());
    });
    it('a study done under such a key is not the order ("Radiology: US spine at 2 wk showed conus at L3")', () => {
      const r = readNote('Age: 4 months', 'Findings: deep dimple', 'Radiology: US spine at 2 wk showed conus at L3');
      assert.equal(r.facts.order, undefined);
      assert.ok(r.rules.includes('unknown-key') && r.rules.includes('missing-order'), r.rules.join());
    });
    it('"Examination:" before an exam is still the history', () => {
      const r = readNote('Age: 14 years', 'HPI: LBP 5 wk after a fall', 'Examination: midline tenderness at L1, weakness of the left leg', 'Order: MRI L-spine w/o');
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'weakness' && h.present));
      assert.ok(!r.rules.includes('unknown-key'), r.rules.join());
    });
    it('which keys name the study to do', () => {
      for (const k of ['Radiology', 'Investigations', 'Modality', 'Orders placed', 'Procedure(s)', 'Exam to be performed', 'Type of study']) assert.ok(isOrderKeyed(k), k);
      for (const k of ['Imaging history', 'Test results', 'Radiology report', 'Procedures done', 'Back exam', 'Mother']) assert.ok(!isOrderKeyed(k), k);
      for (const k of ['Orders placed', 'Order placed', 'Test requested', 'Exam to be performed']) assert.equal(lookupKey(k)?.name, 'Order', k);
    });
  });

  describe("a line keyed by a relative is someone else's", () => {
    const LINES: [string, string, string][] = [
      ['Age: 10 years', 'Uncle: died of bone tumor, had back pain and night sweats', 'night-sweats'],
      ['Age: 10 years', 'Grandma: had leukemia, with night sweats and weight loss', 'weight-loss'],
      ['Age: 10 years', 'Grandma: had leukemia, with night sweats and weight loss', 'malignancy'],
      ['Age: 12 years', 'Aunt: ankylosing spondylitis, fevers and night pain', 'fever'],
      ['Age: 2 months', 'Twin A: hair tuft and deep dimple over L5, US at 1 wk showed low-lying conus at L3', 'hair-tuft'],
      ['Age: 3 months', "Brother's history: tethered cord release at 2 years, lumbar hair tuft", 'hair-tuft'],
      ['Age: 4 weeks', "Mom's hx: spina bifida occulta, back pain for years", 'back-pain'],
      ['Age: 3 months', 'Sib (6 yo): hair tuft, tethered cord release', 'hair-tuft'],
      ['Age: 3 months', 'Cousin: spina bifida with tethered cord and hair tuft', 'hair-tuft'],
      ['Age: 10 years', 'Maternal grandmother: leukemia with night sweats', 'night-sweats'],
    ];
    for (const [age, line, id] of LINES)
      it(`"${line}": no ${id} for the patient, and the line stays reported`, () => {
        const lines = [age, 'HPI: seen for a check-up, no complaints', line, 'Order: US lumbar spine'];
        assert.equal(presentIn(id, ...lines), false);
        assert.ok(readNote(...lines).rules.includes('unknown-key'));
      });
    it("the twin's abnormal US is not the patient's prior study", () =>
      assert.deepEqual(
        readNote(
          'Age: 2 months',
          'Twin A: hair tuft and deep dimple over L5, US at 1 wk showed low-lying conus at L3',
          'Twin B (this patient): no skin markers, normal spine exam',
          'Order: US lumbar spine',
        ).facts.prior,
        [],
      ));
    it("a key that names the patient, or only mentions a relative, is the patient's", () => {
      assert.ok(presentIn('hair-tuft', 'Age: 3 months', 'Twin B (this patient): deep dimple with hair tuft', 'Order: US lumbar spine'));
      assert.ok(presentIn('hair-tuft', 'Age: 3 months', "Mom's concern: hair tuft over the sacrum", 'Order: US lumbar spine'));
      assert.ok(presentIn('sacral-dimple', 'Seen with mom today: 4 mo with deep dimple above the cleft', 'Order: US lumbar spine'));
    });
    it('a twin\'s key is the patient\'s own when the note tells the patient nowhere else (a NICU note under "Twin A:")', () => {
      const r = readNote('Age: 3 months', 'Twin A: deep dimple with hair tuft', 'Order: XR L-spine');
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present));
      assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join());
      assert.ok(!presentIn('hair-tuft', 'Age: 3 months', 'Twin A: deep dimple with hair tuft', 'Findings: normal skin over the spine', 'Order: XR L-spine'));
    });
    it('which keys are a relative', () => {
      for (const k of ['Uncle', 'Grandma', 'Twin A', 'Cousin', "Mom's hx", 'Brother’s history', 'Sib (6 yo)', 'Maternal grandmother', "Parents' history"])
        assert.ok(isAboutRelative(k), k);
      for (const k of ['Twin B (this patient)', "Mom's concern", 'Seen with mom today', 'HPI', "NICU summary. Mother's age", 'Onc clinic']) assert.ok(!isAboutRelative(k), k);
    });
    it("the relative's line is not read as prose", () => {
      const p = parseNote(note('Age: 3 months', "Mom's hx: spina bifida occulta", 'Order: US spine'));
      assert.deepEqual(
        p.fields.filter((f) => !f.key && !f.prose).map((f) => f.rawKey),
        ["Mom's hx"],
      );
    });
  });
});
