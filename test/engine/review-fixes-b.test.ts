import * as assert from 'node:assert/strict';
import { categoryPresentIn, presentIn, readNote } from '../helpers';

describe('review fixes (b)', () => {
  describe('prior radiographs: a normal curve is not a scoliotic one', () => {
    const teen = ['Age: 13 years', 'Presentation: low back pain x 3 wk, wakes at night with pain', 'Order: MRI L-spine w/o'];
    it('"normal lordotic curve, no fracture" is a normal radiograph', () => {
      const r = readNote(...teen, 'Prior imaging: XR L-spine 2 wk ago: normal lordotic curve, no fracture');
      assert.equal(r.facts.prior[0].result, 'normal');
      assert.equal(r.scenario, 'back-pain-red-flags-negative-radiographs');
    });
    for (const finding of ['scoliotic curve', 'curve of 25 degrees', 'dextroscoliosis']) {
      it(`"${finding}" is still a positive radiograph`, () =>
        assert.equal(readNote(...teen, `Prior imaging: XR L-spine 2 wk ago: ${finding}`).scenario, 'back-pain-red-flags-positive-radiographs'));
    }
    it('a bare "tract" is not an abnormality; a sinus tract is', () => {
      assert.equal(readNote('Age: 2 months', 'Findings: hair tuft', 'Prior imaging: US spine: normal, needle tract artifact only').facts.prior[0].result, 'normal');
      assert.equal(readNote('Age: 2 months', 'Findings: hair tuft', 'Prior imaging: US spine: dermal sinus tract to L5').facts.prior[0].result, 'abnormal');
      assert.equal(readNote('Age: 2 months', 'Findings: hair tuft', 'Prior imaging: US spine: sinus tract seen').facts.prior[0].result, 'abnormal');
    });
  });

  describe('history cues do not erase the current complaint', () => {
    it('"quit soccer because of back pain x 3 wk" keeps the back pain', () => assert.ok(presentIn('back-pain', 'Presentation: quit soccer because of back pain x 3 wk')));
    it('"...; quit soccer because of leg weakness" keeps the weakness', () =>
      assert.ok(categoryPresentIn('neurologic-symptom', 'Presentation: low back pain x 2 wk; quit soccer because of leg weakness')));
    for (const lead of ['formerly healthy', 'previously healthy', 'previously well']) {
      it(`"${lead} boy with 2 wk low back pain and fever" keeps the back pain and the fever`, () => {
        const lines = [`Presentation: ${lead} boy with 2 wk low back pain and fever`];
        assert.ok(presentIn('back-pain', ...lines));
        assert.ok(presentIn('fever', ...lines));
      });
    }
    it('"formerly a gymnast" and "quit gymnastics last year" are still history', () => {
      assert.equal(readNote('Age: 14 years', 'HPI: LBP x 1 wk; quit gymnastics last year', 'Order: XR L-spine').scenario, 'back-pain-no-red-flags');
      assert.equal(readNote('Age: 14 years', 'HPI: LBP x 1 wk; formerly a gymnast', 'Order: XR L-spine').scenario, 'back-pain-no-red-flags');
    });
  });

  describe('a past medical history is not the present illness', () => {
    it('"Medical history: Guillain-Barre at age 5 with leg weakness, recovered" is no current deficit', () => {
      const r = readNote(
        'Age: 10 years',
        'Presentation: low back pain x 1 wk',
        'Medical history: Guillain-Barre at age 5 with leg weakness, recovered; constipation',
        'Order: XR L-spine',
      );
      assert.ok(!r.facts.hits.some((h) => h.present && h.finding.category === 'neurologic-symptom'));
      assert.equal(r.scenario, 'back-pain-no-red-flags');
    });
    it('"Hx: osteomyelitis of tibia at age 6" does not make back-pain-infection-tumor', () =>
      assert.notEqual(
        readNote('Age: 12 years', 'Presentation: low back pain x 1 wk', 'Hx: osteomyelitis of tibia at age 6', 'Order: XR L-spine').scenario,
        'back-pain-infection-tumor',
      ));
    it('"Hx: asthma, nocturnal enuresis" is no current incontinence', () =>
      assert.ok(!categoryPresentIn('urologic-symptom', 'Age: 9 years', 'Presentation: low back pain x 1 wk', 'Hx: asthma, nocturnal enuresis', 'Order: XR L-spine')));
    it('a clause of Hx that says it is current is the present illness: "now back pain x 2 wk"', () => {
      const lines = ['Age: 12 years', 'Presentation: referred by the family doctor', 'Hx: leg weakness at age 5, recovered; now back pain x 2 wk', 'Order: XR L-spine'];
      assert.ok(presentIn('back-pain', ...lines));
      assert.ok(!categoryPresentIn('neurologic-symptom', ...lines));
    });
    it('a note with no line for the present illness writes it under Hx: "Hx: sacral dimple w/ hair, LBP"', () =>
      assert.ok(presentIn('back-pain', 'Age: 12 years', 'Hx: sacral dimple w/ hair, LBP', 'Order: XR L-spine')));
    it('a cancer history under Hx still counts', () =>
      assert.ok(presentIn('malignancy', 'Age: 9 years', 'Presentation: low back pain x 1 wk', 'Hx: neuroblastoma', 'Order: XR L-spine')));
  });

  describe('significant trauma needs a significant mechanism', () => {
    it('"collided with a teammate at practice" is not significant', () =>
      assert.notEqual(
        readNote('Age: 15 years', 'Presentation: collided with a teammate at practice, low back pain since', 'Order: XR L-spine').facts.trauma.significance,
        'significant',
      ));
    it('"fell off scooter going about 3 mph" is not significant', () =>
      assert.notEqual(readNote('Age: 10 years', 'Presentation: fell off scooter going about 3 mph, low back pain', 'Order: XR L-spine').facts.trauma.significance, 'significant'));
    it('"collided head-first" and "car accident at highway speed" still are', () => {
      assert.equal(readNote('Age: 15 years', 'Presentation: collided head-first with a teammate, low back pain', 'Order: XR L-spine').facts.trauma.significance, 'significant');
      assert.equal(readNote('Age: 15 years', 'Presentation: car accident at highway speed, low back pain', 'Order: XR L-spine').facts.trauma.significance, 'significant');
    });
  });

  describe('an operation is a spinal operation only when the note says so', () => {
    it('5-week-old "post op day 2 from pyloromyotomy, sacral dimple noted" with XR still gets inappropriate-initial-study', () => {
      const r = readNote('Age: 5 weeks', 'Presentation: post op day 2 from pyloromyotomy, sacral dimple noted', 'Order: XR L-spine');
      assert.ok(!presentIn('operated-spine', 'Age: 5 weeks', 'Presentation: post op day 2 from pyloromyotomy, sacral dimple noted', 'Order: XR L-spine'));
      assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join());
    });
    it('"preop for inguinal hernia repair" with MRI w/wo still gets initial-mri-contrast', () => {
      const r = readNote('Patient: 2 month old boy, preop for inguinal hernia repair', 'Findings: hair tuft over the sacrum', 'Order: MRI lumbar spine without and with contrast');
      assert.ok(r.rules.includes('initial-mri-contrast'), r.rules.join());
    });
    it('"preop for tethered cord release" is a reason for contrast', () => {
      const r = readNote('Patient: 2 month old boy, preop for tethered cord release', 'Findings: hair tuft over the sacrum', 'Order: MRI lumbar spine without and with contrast');
      assert.ok(!r.rules.includes('initial-mri-contrast'), r.rules.join());
    });
  });

  describe('overuse injuries are overuse, not an injury event', () => {
    for (const what of ['overuse injury from gymnastics', 'muscle strain injury while deadlifting']) {
      it(`"low back pain x 2 wk, ${what}" is back-pain-overuse`, () =>
        assert.equal(readNote('Age: 15 years', `Presentation: low back pain x 2 wk, ${what}`, 'Order: XR L-spine').scenario, 'back-pain-overuse'));
    }
    it('an injury event beside the sport still takes overuse away', () =>
      assert.notEqual(readNote('Age: 15 years', 'Presentation: low back pain x 2 wk, injured at gymnastics', 'Order: XR L-spine').scenario, 'back-pain-overuse'));
    it('"sports physical" is not overuse', () =>
      assert.equal(readNote('Age: 15 years', 'Presentation: low back pain x 2 wk, noted at sports physical', 'Order: XR L-spine').scenario, 'back-pain-no-red-flags'));
  });

  describe('a prior study that names an abnormality with a hedge of likelihood reports it', () => {
    const infant = (prior: string) => readNote('Age: 4 months', 'Findings: hair tuft over the sacrum', `Prior imaging: ${prior}`, 'Order: MRI L-spine w/o');
    for (const hedge of ['likely', 'probable', 'concerning for', 'consistent with']) {
      it(`"US spine: conus at L2, ${hedge} fatty filum" is abnormal`, () => {
        const r = infant(`US spine: conus at L2, ${hedge} fatty filum`);
        assert.equal(r.facts.prior[0].result, 'abnormal');
        assert.ok(r.rules.includes('referral-after-abnormal-ultrasound'), r.rules.join());
      });
    }
    for (const hedge of ['?', 'possible', 'cannot exclude', 'indeterminate for', 'equivocal for', 'questionable']) {
      it(`"US spine: conus at L2, ${hedge} fatty filum" is only raised (indeterminate)`, () =>
        assert.equal(infant(`US spine: conus at L2, ${hedge} fatty filum`).facts.prior[0].result, 'indeterminate'));
    }
  });
});
