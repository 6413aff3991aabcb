/**
 * A prior spinal ultrasound and a dimple's description as set 22's writers tell them: a SOAP note's "Obj:" line holding the
 * exam, a British age in weeks ("USS spine at 6/52 of age reported as …"), and an order changed on its protocol line
 * ("Protocol: Changed to MRI L-spine WITHOUT contrast"). Near misses: a kidney or bladder ultrasound, an ultrasound ordered,
 * booked, planned or still to be reported, a request form under a dated study heading, the roots' motion lost, a change only
 * proposed or awaiting the referrer, and an atypical dimple, which is never read as simple (simple-dimple tells the clinician
 * imaging is not needed).
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

/** The most recent spinal US read ('none' when there is none), as rules/scope.ts priorUltrasound takes it. */
function priorUs(...lines: string[]): string {
  const us = readNote(...lines).facts.prior.filter((p) => p.modality === 'US');
  return us.length ? us[us.length - 1].result : 'none';
}
const rulesOf = (...lines: string[]) => readNote(...lines).rules;

describe('set 22: a SOAP "Obj:" line is the exam', () => {
  const simple = [
    '9 mo girl. Parents worried about sacral dimple.',
    'Previous: US of the spine at 3 weeks age - normal, conus at L1-L2, normal filum.',
    'Obj: dimple 2 mm, inside the gluteal cleft, 1 cm from the anus. Not deep, bottom seen. No other skin changes.',
    'Neuro: normal, sits without support.',
    'After discussion MRI L-spine w/o contrast is ordered.',
  ];
  it('reads the dimple described on an Obj line as simple, after a normal US', () => {
    const r = rulesOf(...simple);
    assert.ok(r.includes('simple-dimple'), r.join());
    assert.ok(r.includes('imaging-after-normal-ultrasound'), r.join());
    assert.ok(!r.includes('dimple-undescribed') && !r.includes('unknown-key'), r.join());
  });
  // Near misses: an atypical dimple told on the Obj line is never simple, and asks for nothing after a normal US.
  for (const obj of [
    'Obj: dimple 6 mm, inside the gluteal cleft, 1 cm from the anus. Bottom seen.',
    'Obj: dimple 2 mm, above the gluteal cleft, 3 cm from the anus.',
    'Obj: deep dimple 2 mm, inside the gluteal cleft, 1 cm from the anus, base not seen.',
  ])
    it(`"${obj}" is no simple dimple`, () => {
      const r = rulesOf(simple[0], simple[1], obj, simple[3], simple[4]);
      assert.ok(!r.includes('simple-dimple') && !r.includes('imaging-after-normal-ultrasound'), r.join());
    });
  it('a marker denied on the Obj line is read there, and denied', () => {
    const n = readNote('Patient: boy, 6 years, enuresis.', 'Obj: lumbosacral region normal - no sacral dimple, no hair tuft.', 'Plan: enuresis alarm.');
    const told = n.facts.hits.filter((h) => h.finding.id === 'sacral-dimple' || h.finding.id === 'hair-tuft');
    assert.deepEqual(told.map((h) => [h.finding.id, h.present]).sort(), [
      ['hair-tuft', false],
      ['sacral-dimple', false],
    ]);
    assert.ok(!n.rules.includes('unknown-key'), n.rules.join());
  });
});

describe('set 22: a British age in weeks tells when the US was done', () => {
  const note = (told: string, age = 'Age: 2y 3m') => [
    age,
    `Hx: known sacral dimple with a few long hairs. ${told}`,
    'Neuro exam: normal tone, power, reflexes.',
    'Plan: XR lumbosacral spine AP + lateral requested today.',
  ];
  it('reads "USS spine at 6/52 of age reported as …indeterminate" as an indeterminate US', () => {
    const lines = note('USS spine at 6/52 of age reported as "suboptimal, conus level not confidently identified - indeterminate". Lost to follow-up.');
    assert.equal(priorUs(...lines), 'indeterminate');
    const r = rulesOf(...lines);
    assert.ok(r.includes('next-study-after-ultrasound') && !r.includes('inappropriate-initial-study'), r.join());
  });
  for (const [told, want] of [
    ['USS spine at 3/12 of age: normal.', 'normal'],
    ['US spine 6/52 ago: equivocal.', 'indeterminate'],
    ['US spine has been reported as equivocal.', 'indeterminate'],
    // Near misses: "at 6/52" alone as often means six weeks from now; a study planned, ordered or never done is none.
    ['Repeat USS spine at 3/12.', 'none'],
    ['US spine planned at 6/52 of age.', 'none'],
    ['USS spine requested at 6/52 of age but never done.', 'none'],
    ['US spine to be reported as urgent.', 'none'],
    ['US kidneys and bladder at 6/52 of age: normal.', 'none'],
  ] as const)
    it(`"${told}" reads US ${want}`, () => assert.equal(priorUs(...note(told)), want));
  it('a US at an age still to come is a plan ("at 3/12 of age" for a 6-week-old)', () =>
    assert.equal(priorUs('Age: 6 weeks', 'Hx: sacral dimple. US spine at 3/12 of age.', 'Plan: review'), 'none'));
});
describe('set 22: a study still to be reported is no prior', () => {
  // "Reported as" after words that leave the study to do: the US is still to come, and the MRI is a first MRI in a young infant.
  for (const hx of [
    'Hx: Discussed with radiology: US spine to be booked this week and reported as urgent. Parents want MRI.',
    'Hx: US spine to be formally reported as urgent by the paediatric radiologist.',
    'Hx: US spine will be reported as urgent.',
  ])
    it(`"${hx}" tells no US done`, () => {
      const lines = ['Age: 2 months', 'Findings: sacral dimple 3 mm, in cleft, 1 cm from anus, base seen', hx, 'Order: MRI L-spine w/o contrast'];
      assert.equal(priorUs(...lines), 'none');
      assert.ok(rulesOf(...lines).includes('mri-first-in-young-infant'), rulesOf(...lines).join());
    });
  it('a conditional MRI after a US still to be booked and reported reads no prior US', () =>
    assert.equal(
      priorUs(
        'Age: 2 months',
        'Findings: deep sacral dimple 6 mm above cleft, base not seen',
        'Hx: Discussed with radiology: US spine to be booked this week and reported as urgent.',
        'Plan: MRI L-spine w/o contrast if US abnormal.',
      ),
      'none',
    ));
});

describe('set 22: a study heading with its date over a request form is no report', () => {
  const form = (heading: string, verdict: string, order: string) => [
    'Age: 6 weeks',
    'Exam: sacral dimple 3 mm in cleft, 1 cm from anus, base seen. Neuro normal.',
    '',
    heading,
    'CLINICAL HISTORY: sacral dimple',
    verdict,
    '',
    order,
  ];
  for (const [heading, verdict, order] of [
    ['US LUMBAR SPINE - 14/03/2026', 'SUMMARY: ?tethered cord', 'Parents anxious; after discussion MRI L-spine w/o contrast ordered instead.'],
    ['US SPINE 14/03/2026', 'IMPRESSION: ?tethered cord', 'Parents anxious - MRI L-spine w/o contrast ordered instead.'],
    ['MRI LUMBAR SPINE - 14/03/2026', 'SUMMARY: query tethered cord, conus level?', 'Order: MRI L-spine w/o contrast'],
  ])
    it(`"${heading}" then "${verdict}" invents no prior and keeps the first MRI in a young infant`, () => {
      const lines = form(heading, verdict, order);
      assert.equal(readNote(...lines).facts.prior.length, 0);
      assert.ok(rulesOf(...lines).includes('mri-first-in-young-infant'), rulesOf(...lines).join());
    });
  it('"SUMMARY: query tethered cord - conus level?" under a dated US heading is no prior US', () =>
    assert.equal(
      priorUs(
        'Age: 6 weeks',
        'US LUMBAR SPINE - 14/03/2026',
        'CLINICAL HISTORY: deep sacral dimple 6 mm above cleft, ?sinus tract',
        'SUMMARY: query tethered cord - conus level?',
        '',
        'Order: MRI L-spine w/o contrast',
      ),
      'none',
    ));
});

describe("set 22: the roots' motion on an infant spinal US", () => {
  // Loss of the roots' motion is a sign of tethering: never a normal US, and no imaging-after-normal-ultrasound.
  for (const said of ['conus at L2, loss of normal nerve root motion', 'conus at L1-L2, normal nerve root motion not demonstrated', 'filum 1 mm, conus normal root motion reduced'])
    it(`"${said}" is no normal US`, () => {
      const lines = ['Age: 3 mo', 'Findings: sacral dimple', `Prior imaging: US spine 2 wk ago: ${said}`, 'Order: MRI L-spine w/o'];
      assert.notEqual(priorUs(...lines), 'normal');
      assert.ok(!rulesOf(...lines).includes('imaging-after-normal-ultrasound'), rulesOf(...lines).join());
    });
});

describe('set 22: a request changed on vetting or protocoling', () => {
  it('a Protocol line that tells the change orders the changed study', () =>
    assert.equal(
      orderOf(
        'Requested: MRI LUMBAR SPINE W WO CONTRAST',
        'Hx provided: "2 mo M, sacral dimple + skin tag, abnl US"',
        'Protocol: Changed to MRI L-spine WITHOUT contrast (sag T1/T2, ax T1/T2, 3D T2). Feed-and-wrap, no sedation.',
      ),
      'mri-area-without',
    ));
  it('a Protocol line that tells no change leaves the request', () =>
    assert.equal(
      orderOf('Requested: MRI LUMBAR SPINE W WO CONTRAST', 'Hx provided: "2 mo M, dimple"', 'Protocol: sag T1/T2, ax T1/T2. Feed-and-wrap.'),
      'mri-area-without-and-with',
    ));
  // A change proposed, asked about, awaiting the referrer or only wished for is no change made: the request stands.
  for (const said of [
    'Radiologist vetting: plain film not justified. Suggest request changed to USS lumbosacral spine - GP to re-refer.',
    'Radiologist vetting: plain film not justified. Recommend request changed to USS lumbosacral spine.',
    'Vetting: XR not justified. Advise request changed to USS lumbosacral spine - GP to confirm.',
    'Vetting: ?request changed to USS lumbosacral spine - left message for referrer.',
    'Vetting: request changed to USS lumbosacral spine - pending referrer approval.',
    'Vetting: request not changed to USS lumbosacral spine.',
    'Vetting: XR not justified, request not changed to USS lumbosacral spine.',
    'Vetting: plain film not justified - request changed to USS lumbosacral spine if GP agrees.',
    'Vetting: plain film not justified, mum requests change to USS lumbosacral spine.',
    "Vetting: plain film not justified, mum's request changed to USS lumbosacral spine.",
  ])
    it(`"${said}" keeps the XR`, () =>
      assert.equal(orderOf('Request: XR lumbosacral spine', 'Clinical details: 3/12 baby, hairy patch over sacrum, ?spina bifida occulta.', said), 'xr-area'));
});
