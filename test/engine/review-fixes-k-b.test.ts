/**
 * Review k (area b: trauma, prior radiographs in prose, overuse, suspicion in an A/P, doubt negations):
 * notes written as clinicians write them that the round-7 reading changes misread.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

describe('review k-b: trauma', () => {
  it('a social mention of child protection services is no injury (infant with a skin marker and a deficit keeps S1)', () => {
    for (const social of ['Child protection involved (foster placement).', 'Placed with grandmother by child protection services last month.']) {
      const r = readNote('Pt: 6 mo F', `HPI: sacral hair tuft noted at WCC. ${social}`, 'Neuro: decreased tone bilateral LE', 'Plan: XR L-spine');
      assert.equal(r.facts.trauma.significance, 'none', social);
      assert.equal(r.scenario, 's1-cutaneous-marker', social);
      assert.ok(r.rules.includes('inappropriate-initial-study'), social);
    }
  });

  it('an abuse evaluation or another person’s abuse beside a deficit is no significant trauma', () => {
    for (const told of [
      'CPS case open for physical abuse of older sibling.',
      'Sibling was removed from the home for physical abuse.',
      'Mother herself a victim of child abuse; supportive family.',
      'Child protection team consulted re unexplained bruising.',
    ]) {
      const r = readNote('Pt: 5 mo M', `HPI: sacral dimple with overlying hemangioma, decreased leg movement. ${told}`, 'Plan: XR lumbar spine');
      assert.notEqual(r.facts.trauma.significance, 'significant', told);
      assert.equal(r.scenario, 's1-cutaneous-marker', told);
      assert.ok(r.rules.includes('inappropriate-initial-study'), told);
    }
  });

  it('an injury told beside an abuse evaluation and a deficit is still significant', () => {
    const r = readNote('Pt: 10 mo F', 'HPI: skeletal survey for NAT: classic metaphyseal lesions and posterior rib fractures. Now not moving legs.', 'Plan: MRI T/L-spine w/o');
    assert.equal(r.facts.trauma.significance, 'significant');
  });

  it('a child pushed in a stroller or on a swing is no injury, whatever the deficit', () => {
    for (const told of ['Mom pushed her in the stroller to clinic.', 'Dad pushed him on the swing at the park.', 'He was pushed in a wheelchair to the car.']) {
      const r = readNote('Pt: 9 mo F', `HPI: sacral hair tuft. ${told}`, 'Neuro: decreased tone bilateral LE', 'Plan: XR L-spine');
      assert.equal(r.facts.trauma.significance, 'none', told);
      assert.ok(r.rules.includes('inappropriate-initial-study'), told);
    }
    // A push that is an injury still is one.
    assert.equal(readNote('Pt: 7 yo F', 'HPI: was pushed down a flight of stairs at school yesterday, back pain.', 'Plan: XR L-spine').facts.trauma.significance, 'significant');
  });

  it('a fall out of a window told without "of" is a fall, and a significant one', () => {
    assert.equal(readNote('Pt: 8 yo M', 'HPI: fell out a 2nd story window, back pain.', 'Plan: CT L-spine w/o').facts.trauma.significance, 'significant');
    assert.equal(readNote('Pt: 8 yo M', 'HPI: fell out the window of a second floor bedroom last night, back pain.', 'Plan: XR L-spine').facts.trauma.significance, 'significant');
    // Hair that falls out is still no fall.
    assert.equal(
      readNote('Pt: 8 yo', 'HPI: LBP x 4 wk. Hair started to fall out with chemo last year; ALL in remission.', 'Plan: MRI L-spine w/wo').facts.trauma.significance,
      'none',
    );
  });

  it('a denial of one injury ("No injury to head or neck") leaves a fall with a deficit significant', () => {
    const a = readNote('Pt: 14 yo M', 'HPI: fell at football practice, now numbness and weakness both legs. No injury to head or neck.', 'Plan: CT L-spine w/o');
    assert.equal(a.facts.trauma.significance, 'significant');
    assert.equal(a.scenario, 'spine-trauma-thoracolumbar');
    const b = readNote('Pt: 11 yo', 'HPI: fell while running at recess, back pain since; weak L leg on exam. No trauma to head.', 'Plan: MRI L-spine w/o');
    assert.equal(b.facts.trauma.significance, 'significant');
    // The unqualified denial still holds.
    assert.equal(readNote('Pt: 12 yo M', 'HPI: legs giving out, fell twice this week; no injury per mom.', 'Plan: MRI L-spine w/o').facts.trauma.significance, 'none');
  });

  it('a collar worn for a cervical fracture does not make it a fracture of another bone', () => {
    const r = readNote('Pt: 16 yo M', 'HPI: in a hard collar for C2 fracture seen on outside CT, neck pain.', 'Plan: MRI C-spine w/o');
    assert.equal(r.facts.trauma.significance, 'significant');
    assert.equal(r.scenario, 'spine-trauma-cervical');
  });
});

describe('review k-b: a doubt denies a suspicion, never what was observed', () => {
  it('"- not concerning" after skin markers keeps them (an infant radiograph stays flagged)', () => {
    const r = readNote('Pt: 4 mo F', 'Findings: sacral dimple with small hemangioma - not concerning', 'Plan: XR L-spine');
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(r.rules.includes('inappropriate-initial-study'));
  });
  it('"fever 39 - viral illness less likely" keeps the fever', () => {
    const r = readNote('Pt: 12 yo', 'HPI: back pain x 3 wk, fever 39 this week - viral illness less likely.', 'Plan: MRI L-spine w/wo');
    assert.equal(r.scenario, 'back-pain-red-flags');
    assert.ok(!r.rules.includes('not-appropriate-for-scenario'));
  });
  it('"New L foot weakness - peripheral cause less likely" keeps the weakness', () => {
    const r = readNote('Pt: 12 yo', 'HPI: back pain x 3 wk. New L foot weakness - peripheral cause less likely.', 'Plan: MRI L-spine w/o');
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'weakness' && h.present));
  });
  it('a doubt after a dash does not reach the suspicion before it ("concern for osteomyelitis - abscess less likely")', () => {
    const r = readNote('Pt: 12 yo F', 'HPI: 6 d LBP, fever 39.2, CRP 110.', 'A/P: concern for vertebral osteomyelitis - epidural abscess less likely. MRI L-spine w/wo.');
    assert.equal(r.scenario, 'back-pain-infection-tumor');
  });
  it('a doubted cause is still denied ("MSK strain less likely", "Doubt muscular strain")', () => {
    const r = readNote('Pt: 13 yo', 'HPI: LBP x 6 wk. Doubt muscular strain.', 'Plan: XR L-spine');
    assert.ok(!r.facts.hits.some((h) => h.finding.id === 'overuse' && h.present));
  });
});

describe('review k-b: a suspicion in an A/P is stated, not discussed or conditioned', () => {
  const base = 'HPI: 2 wk LBP, no fever.';
  for (const plan of [
    'Plan: MRI L-spine. If fever returns, concern for discitis - return to ED.',
    'A/P: Benign exam. Discussed that spinal tumor is very rare. MRI L-spine w/o per parent request.',
    'A/P: Discussed ddx including discitis, osteomyelitis, tumor, all unlikely. MRI per mom.',
    'A/P: LBP, likely MSK. Would consider discitis if febrile. XR L-spine.',
  ]) {
    it(plan, () => assert.equal(readNote('Pt: 9 yo', base, plan).scenario, 'back-pain-no-red-flags'));
  }
  it('"A/P: likely discitis" still is a suspicion', () => {
    assert.equal(readNote('Pt: 12 yo F', 'HPI: 2 wk LBP, fever 39, night pain.', 'A/P: likely discitis. MRI L-spine w/wo.').scenario, 'back-pain-infection-tumor');
  });
});

describe('review k-b: prior radiographs read negative only when the report is all denials', () => {
  const xrOf = (...lines: string[]) => readNote(...lines).facts.prior.find((p) => p.modality === 'XR')?.result;
  for (const [hpi, want] of [
    ['HPI: LBP x 6 wk, night pain. XR L-spine 3 wk ago: no fracture, no spondylolisthesis; L3-4 disc space narrowing.', 'unknown'],
    ['HPI: LBP x 6 wk with fever. XR L-spine 2 wk ago: no fracture. Endplate irregularity at L2-3.', 'unknown'],
    // A sclerotic focus of a pedicle is a positive finding of its own since round 40 (the osteoid osteoma's pattern), never the denials' negative.
    ['HPI: LBP x 6 wk, night pain. XR 2 wk ago: no fracture; sclerotic focus in the L2 pedicle.', 'abnormal'],
    // Vertebra plana is a positive finding of its own since r22 (a vertebra's height lost), never the denials' negative.
    ['HPI: LBP x 6 wk, night pain. XR lumbar 2 wk ago: no fracture or listhesis, but vertebra plana at T12.', 'abnormal'],
    ['HPI: LBP x 8 wk, night pain. Lumbar XR 5 wks ago: no pars defect, no spondylolisthesis.', 'normal'],
  ] as const) {
    it(`"${hpi}" reads ${want}`, () => assert.equal(xrOf('Pt: 13 yo', hpi, 'Plan: MRI L-spine w/wo'), want));
  }
  it('a Prior line of denials only is negative ("no pars defect, no listhesis")', () => {
    assert.equal(xrOf('Pt: 14 yo', 'HPI: LBP x 6 wk, night pain.', 'Prior: XR L-spine 3 wk ago - no pars defect, no listhesis', 'Plan: MRI L-spine w/o'), 'normal');
  });
  it('negative radiographs last month and a pars lucency today are positive radiographs', () => {
    const r = readNote('Pt: 14 yo', 'HPI: LBP x 8 wk with night pain. Lumbar XR last month: no pars defect. Repeat XR today shows L5 pars lucency.', 'Plan: CT L-spine w/o');
    assert.equal(r.scenario, 'back-pain-red-flags-positive-radiographs');
  });
});
