/**
 * A prior spinal ultrasound and a dimple's description as set 22's writers tell them: a SOAP note's "Obj:" line holding the
 * exam, a British age in weeks ("USS spine at 6/52 of age reported as …"), a report pasted into the clinic note under a line
 * naming the study and its date, the roots' normal motion on an infant spinal US, and a request changed on vetting or
 * protocoling ("request changed to USS lumbosacral spine", "Protocol: Changed to MRI L-spine WITHOUT contrast"). Near misses:
 * a kidney or bladder ultrasound, an ultrasound ordered, booked or planned but not done, and an atypical dimple, which is
 * never read as simple (simple-dimple tells the clinician imaging is not needed).
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
  it('a marker denied on the Obj line is denied', () => {
    const n = readNote('Patient: boy, 6 years, enuresis.', 'Obj: lumbosacral region normal - no sacral dimple, no hair tuft.', 'Plan: enuresis alarm.');
    assert.ok(!n.facts.hits.some((h) => h.present && (h.finding.id === 'sacral-dimple' || h.finding.id === 'hair-tuft')));
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

describe('set 22: a radiology report pasted into the note', () => {
  const report = (heading: string, findings: string, impression: string) => [
    '3 mo F returns to discuss her spinal US.',
    '',
    heading,
    'CLINICAL INDICATION: sacral dimple, ?tethered cord',
    `FINDINGS: ${findings}`,
    `IMPRESSION: ${impression}`,
    '',
  ];
  const visit = (dimple = 'dimple 2 mm, in the gluteal cleft, ~1.5 cm above the anal verge, base seen') => [
    `Exam today: ${dimple}. Neuro: normal.`,
    'Parents request an MRI despite reassurance. After discussion, MRI lumbar spine w/o contrast ordered.',
  ];
  const normal = report(
    'US SPINE (INFANT) - 02/14',
    'Conus medullaris terminates at L1-L2. Filum terminale normal in thickness (1 mm). Normal nerve root motion. Dimple tract not seen extending to the thecal sac.',
    'Normal spinal ultrasound.',
  );
  it('reads the pasted report as a normal prior US: the MRI is imaging after a normal US, not a first MRI', () => {
    assert.equal(priorUs(...normal, ...visit()), 'normal');
    const r = rulesOf(...normal, ...visit());
    assert.ok(r.includes('imaging-after-normal-ultrasound') && r.includes('simple-dimple'), r.join());
    assert.ok(!r.includes('mri-first-in-young-infant'), r.join());
  });
  it('reads a pasted abnormal report as abnormal, its indication never', () => {
    const abnormal = report('US SPINE 02/14/2026', 'Conus terminates at L3-L4. Thickened filum (2.6 mm).', 'Low-lying conus, suspicious for tethered cord. MRI recommended.');
    assert.equal(priorUs(...abnormal, ...visit()), 'abnormal');
    const r = rulesOf(...abnormal, ...visit());
    assert.ok(r.includes('referral-after-abnormal-ultrasound') && !r.includes('imaging-after-normal-ultrasound'), r.join());
  });
  it('does not read the indication\'s question as the result ("?tethered cord" with a normal report)', () =>
    assert.equal(priorUs(...report('US SPINE 02/14', 'Conus at L1. Filum 1 mm.', 'Normal.'), ...visit()), 'normal'));
  // Near misses.
  it('an atypical dimple after a normal pasted report is no simple dimple and asks for nothing', () => {
    const r = rulesOf(...normal, ...visit('dimple 7 mm, above the gluteal cleft, 3 cm from the anus, base not seen'));
    assert.ok(!r.includes('simple-dimple') && !r.includes('imaging-after-normal-ultrasound'), r.join());
  });
  it('a pasted kidney and bladder ultrasound is no prior spinal US', () => {
    const renal = report('US KIDNEYS AND BLADDER - 02/14', 'Normal kidneys. No hydronephrosis. Bladder normal.', 'Normal renal ultrasound.');
    assert.equal(priorUs(...renal, ...visit()), 'none');
    assert.ok(rulesOf(...renal, ...visit()).includes('mri-first-in-young-infant'));
  });
  it('a study booked or requested under its date is no report', () => {
    assert.equal(priorUs(...report('US SPINE booked 02/14', 'Conus at L1.', 'Normal.'), ...visit()), 'none');
    assert.equal(priorUs(...report('US SPINE (requested) 02/14', 'Conus at L1.', 'Normal.'), ...visit()), 'none');
  });
  it("a clinic entry under a study's name is no report: the exam, or an order, in its sections", () => {
    assert.equal(priorUs('Age: 3 mo', 'US lumbar spine 03/12', 'Findings: dimple 3 mm, in cleft', 'Impression: simple dimple'), 'none');
    assert.equal(priorUs('Age: 3 mo', 'US lumbar spine 03/12', 'Findings: dimple 3 mm, in cleft', 'Impression: normal exam. US spine ordered.'), 'none');
  });
  it('a study heading without a verdict line, or without a date, is no report', () => {
    assert.equal(priorUs('Age: 3 mo', 'US SPINE 02/14', 'FINDINGS: Conus at L1-L2.', 'Plan: MRI L-spine w/o'), 'none');
    assert.equal(priorUs('Age: 3 mo', 'US SPINE', 'FINDINGS: Conus at L1-L2.', 'IMPRESSION: Normal.', 'Plan: MRI L-spine w/o'), 'none');
  });
});

describe("set 22: the roots' motion on an infant spinal US", () => {
  const us = (result: string) =>
    priorUs('Age: 3 mo', 'Findings: sacral dimple', `Prior imaging: US spine 2 wk ago: conus at L1-L2, filum 1 mm, ${result}`, 'Order: MRI L-spine w/o');
  for (const said of ['normal nerve root motion', 'nerve root motion preserved', 'normal motion of the nerve roots', 'normal root motion - NORMAL'])
    it(`"${said}" is normal`, () => assert.equal(us(said), 'normal'));
  // Near misses: motion not called normal is motion the study could not see past, or a sign of tethering.
  for (const said of [
    'reduced nerve root motion',
    'motion degraded',
    'limited by patient motion',
    'nerve root motion not normal',
    'normal cord, motion artefact',
    'normal cord motion artefact',
  ])
    it(`"${said}" is no normal study`, () => assert.notEqual(us(said), 'normal'));
});

describe('set 22: a request changed on vetting or protocoling', () => {
  it('"request changed to USS lumbosacral spine" after a denial of the film orders the US', () =>
    assert.equal(
      orderOf(
        'Request: XR lumbosacral spine',
        'Clinical details: 3/12 baby, hairy patch over sacrum, ?spina bifida occulta. Neuro NAD per referrer.',
        'Radiographer vetting (JH, 11/03): plain film not justified for this indication - spoke to Dr Lind (GP), request changed to USS lumbosacral spine. Booked on paeds US list 14/03.',
      ),
      'us-area',
    ));
  it('a US booked after the change is no prior US', () =>
    assert.equal(
      priorUs('Request: XR lumbosacral spine', 'Clinical details: 3/12 baby, hairy patch.', 'Vetting: request changed to USS lumbosacral spine. Booked on paeds US list 14/03.'),
      'none',
    ));
  it('a Protocol line that tells the change orders the changed study', () =>
    assert.equal(
      orderOf(
        'Requested: MRI LUMBAR SPINE W WO CONTRAST',
        'Hx provided: "2 mo M, sacral dimple + skin tag, abnl US"',
        'Protocol: Changed to MRI L-spine WITHOUT contrast (sag T1/T2, ax T1/T2, 3D T2). Feed-and-wrap, no sedation.',
      ),
      'mri-area-without',
    ));
  // Near misses: a change denied, conditioned or only wished for leaves the request as it was.
  for (const said of [
    'Vetting: request not changed to USS lumbosacral spine.',
    'Vetting: XR not justified, request not changed to USS lumbosacral spine.',
    'Vetting: plain film not justified - request changed to USS lumbosacral spine if GP agrees.',
    'Vetting: plain film not justified, mum requests change to USS lumbosacral spine.',
    "Vetting: plain film not justified, mum's request changed to USS lumbosacral spine.",
  ])
    it(`"${said}" keeps the XR`, () => assert.equal(orderOf('Request: XR lumbosacral spine', 'Clinical details: 3/12 baby, hairy patch over sacrum.', said), 'xr-area'));
  it('a Protocol line that tells no change leaves the request', () =>
    assert.equal(
      orderOf('Requested: MRI LUMBAR SPINE W WO CONTRAST', 'Hx provided: "2 mo M, dimple"', 'Protocol: sag T1/T2, ax T1/T2. Feed-and-wrap.'),
      'mri-area-without-and-with',
    ));
});
