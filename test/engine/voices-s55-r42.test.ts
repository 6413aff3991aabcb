/**
 * Set 55 (vascular-anomalies and birthmark clinics, spina bifida/rehab, MDT and tumour-board minutes, oncology follow-up
 * clinics, requisition boxes): the readings it found missing. A finding told on a done study in the plan's clause before
 * the next study ("thick filum on US -> for MRI"); a heading naming a clinic by the marker it sees ("Birthmark clinic");
 * a bare day after the baby's description ("Pt: baby boy, day 5"); a port-wine stain written "PWS" over the back; a
 * suspicion stated in minutes' outcome ("appearances suggestive of osteoid osteoma"), a late relapse worried about, a
 * suspected teratoma and enthesitis-related arthritis. Each with the look-alikes that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { DAY, ageOf, near, orderOf, presentIn, readNote } from '../helpers';

const tuft = '3 mo M with hair tuft over L5. Neuro normal.';

describe('s55: a finding told on a done study before the next study in the plan', () => {
  it('"low-lying conus + thick filum on US -> for MRI L-spine w/o contrast" orders the MRI', () => {
    assert.equal(
      orderOf(tuft, 'Spinal US 2 wks ago: conus at L3.', 'Outcome: low-lying conus + thick filum on US -> for MRI L-spine w/o contrast (feed & wrap).'),
      'mri-area-without',
    );
    assert.equal(orderOf(tuft, 'Plan: low-lying conus on US. MRI L-spine w/o contrast.'), 'mri-area-without');
    assert.equal(orderOf('13 yo with back pain 6 weeks, night pain.', 'Plan: pars defect on XR -> MRI L-spine w/o contrast.'), 'mri-area-without');
  });
  it('a study chosen or awaited after "on" is still the order', () => {
    assert.equal(orderOf(tuft, 'Plan: decided on MRI L-spine w/o contrast.'), 'mri-area-without');
    assert.equal(orderOf(tuft, 'Plan: follow up on MRI L-spine w/o contrast.'), 'mri-area-without');
    assert.equal(orderOf(tuft, 'Plan: depending on US spine, MRI.'), 'us-area');
    assert.equal(orderOf(tuft, 'Plan: US spine today.'), 'us-area');
    assert.equal(orderOf(tuft, 'Plan: a tethered cord is best seen on MRI L-spine w/o contrast.'), 'mri-area-without');
  });
});

describe('s55: a heading naming the clinic by the marker it sees', () => {
  const dimple = '8 wk old boy, sacral dimple, 3 mm, within the natal cleft, 1 cm from the anus. No hair, no discolouration. Legs moving well.';
  it('"Birthmark clinic (nurse-led)" tells no birthmark: the simple dimple is the only marker', () => {
    const r = readNote('Birthmark clinic (nurse-led)', dimple, 'Spinal US requested.');
    assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    assert.equal(presentIn('hemangioma', 'Haemangioma clinic - follow-up', dimple, 'Spinal US requested.'), false);
  });
  it('a birthmark told in the heading or anywhere else is still read', () => {
    assert.equal(presentIn('discoloration', 'Birthmark over the sacrum', '8 wk old boy. Neuro normal.', 'Plan: spinal US.'), true);
    assert.equal(presentIn('discoloration', 'Birthmark clinic', '8 wk old boy with a birthmark over the sacrum. Neuro normal.', 'Plan: spinal US.'), true);
    assert.equal(presentIn('hemangioma', 'Haemangioma clinic', '8 wk old boy with haemangioma over the sacrum.', 'Plan: spinal US.'), true);
    assert.equal(presentIn('discoloration', '8 wk old boy. Neuro normal.', 'Seen in birthmark clinic, lumbar birthmark.', 'Plan: spinal US.'), true);
  });
});

describe("s55: a bare day after the baby's description", () => {
  const rest = ['Findings: hair tuft over the sacrum', 'Req: US spine please'];
  it('"Pt: baby boy, day 5, term" is 5 days', () => {
    near(ageOf('NICU - radiology request', 'Pt: baby boy, day 5, term, on TCU with mum', ...rest), 5 * DAY, 'baby boy, day 5');
    near(ageOf('Pt: baby boy, day 5', ...rest), 5 * DAY, 'day 5 ending the line');
  });
  it('a day of something else, a relative, another item before it or past the neonatal period is no age', () => {
    assert.equal(ageOf('Pt: baby boy, day 5 of fever', ...rest), undefined);
    assert.equal(ageOf('Pt: baby boy, day 2 post-op', ...rest), undefined);
    assert.equal(ageOf('Pt: baby boy, hospital day 5', ...rest), undefined);
    assert.equal(ageOf('Pt: baby brother, day 5', ...rest), undefined);
    assert.equal(ageOf('Birth hx: baby girl, day 3, jaundice', ...rest), undefined);
    assert.equal(ageOf('Pt: baby boy, jaundiced, day 5', ...rest), undefined);
    assert.equal(ageOf('Pt: baby boy, day 40', ...rest), undefined);
  });
});

describe('s55: a port-wine stain written "PWS" over the back', () => {
  it('"known PWS over lumbar midline" is a skin marker (S1 before back pain)', () => {
    const r = readNote(
      'Vascular anomalies clinic',
      '12 yo boy, known PWS over lumbar midline (L2-L4) since birth. Now c/o low back pain ~6 wks, worse after football, no night pain, no fever.',
      'Plan: XR lumbar spine AP/lat.',
    );
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(r.rules.includes('inappropriate-initial-study'));
  });
  it("Prader-Willi's PWS, one on the face, a denied or a sister's is none", () => {
    const pain = 'Low back pain 2 wks after football.';
    assert.equal(readNote('12 yo boy with PWS on GH therapy.', pain, 'Plan: XR L-spine.').scenario, 'back-pain-overuse');
    assert.equal(readNote('12 yo boy, PWS over the L cheek.', pain, 'Plan: XR L-spine.').scenario, 'back-pain-overuse');
    assert.equal(readNote('12 yo boy, no PWS over the back.', pain, 'Plan: XR L-spine.').scenario, 'back-pain-overuse');
    assert.equal(readNote('12 yo boy, sister has a lumbar PWS.', pain, 'Plan: XR L-spine.').scenario, 'back-pain-overuse');
  });
});

describe('s55: a suspicion of tumour or inflammation in minutes and clinics', () => {
  const pain = '16 M, 4 months of low back pain, worse at night.';
  it('"Outcome: appearances suggestive of osteoid osteoma" suspects a tumour', () =>
    assert.equal(
      readNote(pain, 'XR L-spine: ?sclerosis L3 pedicle.', 'Outcome: appearances suggestive of osteoid osteoma. CT lumbar spine (no contrast).').scenario,
      'back-pain-infection-tumor',
    ));
  it('one under a condition, denied or only to exclude is none', () => {
    assert.equal(
      readNote(pain, 'XR L-spine: normal.', 'Plan: MRI L-spine w/o contrast; if appearances suggestive of osteoid osteoma, CT.').scenario,
      'back-pain-red-flags-negative-radiographs',
    );
    assert.equal(
      readNote(pain, 'XR L-spine: normal.', 'Plan: nothing suggestive of osteoid osteoma. MRI L-spine w/o contrast.').scenario,
      'back-pain-red-flags-negative-radiographs',
    );
    assert.equal(readNote(pain, 'XR L-spine: normal.', 'Plan: not suggestive of osteoid osteoma. MRI L-spine w/o contrast.').scenario, 'back-pain-red-flags-negative-radiographs');
    assert.equal(readNote(pain, 'XR L-spine: normal.', 'Plan: MRI L-spine w/o contrast to exclude osteoid osteoma.').scenario, 'back-pain-red-flags-negative-radiographs');
  });
  const onc = '10 y M, neuroblastoma age 3, completed therapy 2020. 3 wks of mid back pain.';
  it('"Concern re late relapse" in a cancer survivor suspects a tumour', () =>
    assert.equal(readNote(onc, 'Concern re late relapse.', 'Plan: whole body bone scan.').scenario, 'back-pain-infection-tumor'));
  it("no concern, late effects or a mother's relapse are none", () => {
    assert.equal(readNote(onc, 'No concern re late relapse.', 'Plan: XR T-spine.').scenario, 'back-pain-red-flags');
    assert.equal(readNote(onc, 'Concern re late effects of chemo.', 'Plan: XR T-spine.').scenario, 'back-pain-red-flags');
    assert.equal(readNote('10 y M, 3 wks of mid back pain after rugby.', 'Mum concerned re late relapse of her own lymphoma.', 'Plan: XR T-spine.').scenario, 'back-pain-overuse');
  });
  const axial = '15 y M, 3 months of low back pain, wakes him.';
  it('"?enthesitis-related arthritis" and "?spondyloarthropathy" suspect inflammation', () => {
    assert.equal(
      readNote(axial, 'Imp: ?enthesitis-related arthritis with axial involvement', 'Plan: MRI whole spine with and without contrast.').scenario,
      'back-pain-infection-tumor',
    );
    assert.equal(readNote(axial, 'Imp: ?spondyloarthropathy', 'Plan: MRI whole spine with and without contrast.').scenario, 'back-pain-infection-tumor');
  });
  it("a brother's arthritis or a denied one is none", () => {
    assert.equal(readNote(axial, 'Brother has enthesitis-related arthritis.', 'Plan: MRI L-spine w/o contrast.').scenario, 'back-pain-red-flags');
    assert.equal(readNote(axial, 'No features of spondyloarthropathy.', 'Plan: MRI L-spine w/o contrast.').scenario, 'back-pain-red-flags');
  });
  it('"?sacrococcygeal teratoma vs lipoma" over a lump suspects a tumour', () =>
    assert.equal(
      readNote('18/12 F, firm sacrococcygeal lump enlarging.', '?sacrococcygeal teratoma vs lipoma.', 'Plan: MRI lumbosacral spine with and without contrast.').scenario,
      'back-pain-infection-tumor',
    ));
  it('a teratoma resected or excluded long ago is none', () => {
    assert.equal(
      readNote('18/12 F, lumbosacral lipoma. S/p resection of sacrococcygeal teratoma as a neonate, AFP normal.', 'Plan: MRI lumbosacral spine w/o contrast.').scenario,
      's1-cutaneous-marker',
    );
    assert.equal(readNote('18/12 F, lumbosacral lipoma. Teratoma excluded on antenatal scan.', 'Plan: MRI lumbosacral spine w/o contrast.').scenario, 's1-cutaneous-marker');
  });
});
