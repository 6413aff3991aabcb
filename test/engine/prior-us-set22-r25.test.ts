/**
 * A prior spinal ultrasound and a dimple's description as set 22's writers tell them: a SOAP note's "Obj:" line holding the
 * exam, a British age in weeks ("USS spine at 6/52 of age reported as …"), a report pasted into the clinic note under a line
 * naming the study and its date, the roots' normal motion on an infant spinal US, and a request changed on vetting or
 * protocoling ("request changed to USS lumbosacral spine", "Protocol: Changed to MRI L-spine WITHOUT contrast"). Near misses:
 * a kidney or bladder ultrasound, an ultrasound ordered, booked or planned but not done, and an atypical dimple, which is
 * never read as simple (simple-dimple tells the clinician imaging is not needed).
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

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
