import * as assert from 'node:assert/strict';
import { categoryPresentIn, presentIn, readNote } from '../helpers';

describe('review fixes (d)', () => {
  describe('1. a current complaint under Hx still counts when a CC or Presentation line exists', () => {
    const cc = ['Age: 12 years', 'CC: back pain'];
    const referred = ['Age: 12 years', 'Presentation: referred by PCP'];
    const order = 'Order: MRI L-spine w/o';
    for (const lead of [cc, referred]) {
      describe(`with "${lead[1]}"`, () => {
        it('"Hx: ALL in remission; new leg weakness and urinary retention": weakness, retention and the cancer count', () => {
          const lines = [...lead, 'Hx: ALL in remission; new leg weakness and urinary retention', order];
          assert.ok(presentIn('weakness', ...lines));
          assert.ok(presentIn('retention', ...lines));
          assert.ok(presentIn('malignancy', ...lines));
        });
        it('"Hx: progressive bilateral leg weakness and constipation over last 10 days": weakness counts', () =>
          assert.ok(presentIn('weakness', ...lead, 'Hx: progressive bilateral leg weakness and constipation over last 10 days', order)));
        it('"Hx: 3 wk of low back pain, fever to 39, wt loss": red flags, MRI appropriate', () => {
          const lines = [...lead, 'Hx: 3 wk of low back pain, fever to 39, wt loss', order];
          const r = readNote(...lines);
          assert.ok(presentIn('fever', ...lines));
          assert.ok(presentIn('weight-loss', ...lines));
          assert.equal(r.scenario, 'back-pain-red-flags');
          assert.ok(!r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
        });
        it('"Hx: back pain started 3 wk ago, night sweats, fevers": night sweats and fever count', () => {
          const lines = [...lead, 'Hx: back pain started 3 wk ago, night sweats, fevers', order];
          assert.ok(presentIn('night-sweats', ...lines));
          assert.ok(presentIn('fever', ...lines));
          assert.ok(presentIn('back-pain', ...lines));
        });
        it('"Hx: back pain since last month, waking at night": night pain counts', () => {
          const lines = [...lead, 'Hx: back pain since last month, waking at night', order];
          assert.ok(presentIn('night-pain', ...lines));
          assert.ok(presentIn('back-pain', ...lines));
        });
        it('"Hx: new onset urinary dribbling and toe walking this week": voiding and gait count', () => {
          const lines = [...lead, 'Hx: new onset urinary dribbling and toe walking this week', order];
          assert.ok(categoryPresentIn('urologic-symptom', ...lines));
          assert.ok(presentIn('foot-deformity', ...lines)); // toe walking
        });
      });
    }
    it('past deficits without a current cue stay past', () => {
      assert.ok(
        !categoryPresentIn(
          'neurologic-symptom',
          'Age: 10 years',
          'CC: back pain',
          'Medical history: Guillain-Barre at age 5 with leg weakness, recovered; constipation',
          'Order: XR L-spine',
        ),
      );
      assert.ok(!presentIn('suspected-infection-tumor', 'Age: 12 years', 'CC: back pain', 'Hx: osteomyelitis of tibia at age 6', 'Order: XR L-spine'));
      assert.ok(!categoryPresentIn('urologic-symptom', 'Age: 9 years', 'Presentation: low back pain x 1 wk', 'Hx: asthma, nocturnal enuresis', 'Order: XR L-spine'));
    });
    it('marked history under Hx stays past: "h/o fever", "leg weakness in 2019", "weakness as an infant", "s/p ... prior weakness"', () => {
      for (const hx of ['Hx: h/o leg weakness', 'Hx: leg weakness in 2019', 'Hx: leg weakness as an infant', 'Hx: previous leg weakness', 'Hx: prior leg weakness'])
        assert.ok(!categoryPresentIn('neurologic-symptom', 'Age: 12 years', 'CC: back pain', hx, 'Order: XR L-spine'), hx);
    });
  });

  describe('2. high-energy trauma', () => {
    for (const p of [
      'driver, car hit a guardrail at 60 mph, airbag deployed, LBP',
      'bicyclist collided with car, back pain, abrasions',
      'rode bike at 25 mph into a parked car, back pain',
      'struck by a car while crossing, back pain',
      'car vs bike, back pain',
      'sledding, hit a tree, back pain',
    ]) {
      it(`"${p}" is significant`, () => {
        const r = readNote('Age: 15 years', `Presentation: ${p}`, 'Order: XR L-spine');
        assert.equal(r.facts.trauma.significance, 'significant');
        assert.ok(!r.rules.includes('trauma-mechanism-unclear'), r.rules.join());
      });
    }
    it('"collided with a teammate" and "3 mph scooter" stay not significant', () => {
      assert.notEqual(
        readNote('Age: 15 years', 'Presentation: collided with a teammate at practice, low back pain since', 'Order: XR L-spine').facts.trauma.significance,
        'significant',
      );
      assert.notEqual(readNote('Age: 10 years', 'Presentation: fell off scooter going about 3 mph, low back pain', 'Order: XR L-spine').facts.trauma.significance, 'significant');
    });
  });

  describe('3. a tract on spinal ultrasound is abnormal', () => {
    const infant = (prior: string) => readNote('Age: 2 months', 'Findings: sacral dimple', `Prior imaging: ${prior}`, 'Order: MRI L-spine w/o');
    for (const p of ['US spine: echogenic tract from dimple extending to the thecal sac', 'US spine: hypoechoic tract extending from skin toward canal']) {
      it(`"${p}" is abnormal`, () => {
        const r = infant(p);
        assert.equal(r.facts.prior[0].result, 'abnormal');
        assert.ok(r.rules.includes('referral-after-abnormal-ultrasound'), r.rules.join());
      });
    }
    it('a needle tract or a tract artifact is not', () => {
      assert.equal(infant('US spine: normal, needle tract artifact only').facts.prior[0].result, 'normal');
      assert.equal(infant('US spine: normal conus, tract artifact').facts.prior[0].result, 'normal');
    });
  });

  describe('4. curves on radiographs', () => {
    const teen = ['Age: 13 years', 'Presentation: low back pain x 3 wk, wakes at night with pain', 'Order: MRI L-spine w/o'];
    for (const c of ['12 degree levoconvex curve', 'right thoracic curve of 22°', 'mild S-shaped curve, Cobb 15', 'dextroconvex curve']) {
      it(`"${c}" is abnormal`, () => assert.equal(readNote(...teen, `Prior imaging: XR L-spine 2 wk ago: ${c}`).facts.prior[0].result, 'abnormal'));
    }
    it('"normal lumbar curve, lordosis 40 degrees" is normal', () =>
      assert.equal(readNote(...teen, 'Prior imaging: XR L-spine 2 wk ago: normal lumbar curve, lordosis 40 degrees').facts.prior[0].result, 'normal'));
  });

  describe('5. a spinal operation is a reason for contrast', () => {
    for (const ind of ['6 mo post-op, r/o retethering', 'postoperative lumbar MRI, r/o residual lipoma', 'post op lipoMMC, new leg weakness']) {
      it(`"Indication: ${ind}" does not get initial-mri-contrast`, () => {
        const r = readNote('Age: 3 years', 'Findings: lumbosacral hair tuft', `Indication: ${ind}`, 'Order: MRI L-spine w/ and w/o');
        assert.ok(!r.rules.includes('initial-mri-contrast'), r.rules.join());
      });
    }
    for (const p of ['2 wk post-op L4-5 fusion', 'postoperative lumbar spine', 'post-op posterior spinal fusion']) {
      it(`"${p}" is an operated spine`, () => assert.ok(presentIn('operated-spine', 'Age: 15 years', `Presentation: ${p}, back pain`, 'Order: MRI L-spine w/ and w/o')));
    }
    it('pyloromyotomy and hernia repair stay not spinal', () => {
      assert.ok(!presentIn('operated-spine', 'Age: 5 weeks', 'Presentation: post op day 2 from pyloromyotomy, sacral dimple noted', 'Order: XR L-spine'));
      const r = readNote('Patient: 2 month old boy, preop for inguinal hernia repair', 'Findings: hair tuft over the sacrum', 'Order: MRI lumbar spine without and with contrast');
      assert.ok(r.rules.includes('initial-mri-contrast'), r.rules.join());
    });
  });

  // "due to", "because of" and "now" end a cue's scope. Without them a negation reached across the
  // comma and erased what a clinician wrote next ("no trauma, now saddle anesthesia and urinary
  // retention"; "not sleeping due to night pain"), which talks needed imaging down. The price, taken on
  // purpose, is on the safe side: a rarer wording reads a finding as present.
  describe('6. "due to", "because of" and "now" end a negation, so what follows them counts', () => {
    it('"LBP, no trauma, now saddle anesthesia and urinary retention": the deficits count (red flags)', () => {
      const r = readNote('Age: 16 years', 'HPI: LBP, no trauma, now saddle anesthesia and urinary retention', 'Order: MRI L-spine w/o');
      assert.equal(r.scenario, 'back-pain-red-flags');
      assert.ok(!r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
    });
    it('"back pain. Not sleeping due to night pain": night pain counts', () =>
      assert.ok(presentIn('night-pain', 'Age: 12 years', 'HPI: back pain. Not sleeping due to night pain', 'Order: XR L-spine')));
    it('"not walking due to leg weakness": weakness counts', () =>
      assert.ok(presentIn('weakness', 'Age: 6 years', 'HPI: back pain x 1 wk, not walking due to leg weakness', 'Order: MRI L-spine w/o')));
    it('"Hx: h/o ALL, now leg weakness": the weakness is current', () =>
      assert.ok(presentIn('weakness', 'Age: 12 years', 'CC: back pain', 'Hx: h/o ALL, now leg weakness', 'Order: MRI L-spine w/o')));
    it('a paragraph "..., no relief with NSAIDs, now getting MRI L-spine w/o contrast." orders the MRI', () =>
      assert.equal(
        readNote('14 yo with LBP x 8 wk and night pain, no relief with NSAIDs, now getting MRI L-spine w/o contrast.').facts.order?.reading.procedure?.id,
        'mri-area-without',
      ));
    it('"LBP x 2 wk, no numbness now or weakness": on the safe side, weakness is read as present', () =>
      assert.ok(presentIn('weakness', 'Age: 14 years', 'Presentation: LBP x 2 wk, no numbness now or weakness', 'Order: XR L-spine')));
    it('"quit soccer because of back pain x 3 wk" keeps the back pain', () => assert.ok(presentIn('back-pain', 'Presentation: quit soccer because of back pain x 3 wk')));
  });

  describe('7. minor', () => {
    it('"referred to sports medicine clinic for LBP x 1 wk" is not overuse', () =>
      assert.ok(!presentIn('overuse', 'Age: 14 years', 'Presentation: referred to sports medicine clinic for LBP x 1 wk', 'Order: XR L-spine')));
    // "may represent" names what a finding on the study most likely is: the finding is there (abnormal).
    for (const hedge of ['may represent', 'could represent']) {
      it(`"US spine: echogenic focus in filum, ${hedge} lipoma" is abnormal`, () =>
        assert.equal(
          readNote('Age: 4 months', 'Findings: hair tuft over the sacrum', `Prior imaging: US spine: echogenic focus in filum, ${hedge} lipoma`, 'Order: MRI L-spine w/o').facts
            .prior[0].result,
          'abnormal',
        ));
    }
    for (const hedge of ['questionably']) {
      it(`"US spine: conus at L2, ${hedge} fatty filum" is only raised`, () =>
        assert.equal(
          readNote('Age: 4 months', 'Findings: hair tuft over the sacrum', `Prior imaging: US spine: conus at L2, ${hedge} fatty filum`, 'Order: MRI L-spine w/o').facts.prior[0]
            .result,
          'indeterminate',
        ));
    }
  });
});
