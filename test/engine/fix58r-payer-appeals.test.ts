/**
 * Round 58, fix58r (set 161): insurance appeals, letters of medical necessity and utilization-review summaries name
 * the study under review in their heading or subject line ("UR: …", "Appeal - …", "Reviewer summary -- …", "Letter of
 * medical necessity - …", "Re: Appeal of denied prior authorization - …") or in a study key below a head ("Service
 * req:", "Req:", "Re:"). That study is the order whatever the payer decided (order-vocabulary payerReview, clinical/coded.ts
 * reviewedOrder), never a heading that names a diagnosis, a prior result, no study at all, or the reviewer's
 * alternative; where the note names that complete-spine study again in short with no region ("requesting CT myelo"), the
 * heading's reading stands. And "NP" as the subject of a verb of speech or assent ("NP concedes no red flags") is a nurse
 * practitioner, not night pain.
 */
import * as assert from 'node:assert/strict';
import { orderOrStatusOf, presentIn, readNote } from '../helpers';

describe('fix58r: the study an appeal or a utilization review is about', () => {
  const ORDERS: [string[], string][] = [
    [['UR: MRI L-spine with and without contrast', '11 y F, LBP 2 wks, no red flags.', 'Reviewer: contrast not supported. Denied.'], 'mri-area-without-and-with'],
    [['UR summary - thoracolumbar radiographs', 'Clinical: 13 y M, fell off a roof, midline tenderness T12.', 'Determination: approved.'], 'xr-area'],
    [['Appeal -- CT L-spine w/o contrast', '', '15 y M with LBP for 6 weeks, pars defect suspected. Please reconsider.'], 'ct-area-without'],
    [['Appeal: spinal canal ultrasound', '4 mo F, sacral dimple 4 mm within the cleft. Pls approve.'], 'us-area'],
    [['Reviewer summary -- MRI complete spine without contrast', '10 y M, back pain 4 wks, new foot drop.', 'Approved.'], 'mri-complete-without'],
    [['Letter of medical necessity - US lumbar spine (76800)', '', 'I am asking for coverage for a 2 month old boy with a hair tuft over the sacrum.'], 'us-area'],
    [
      [
        'Re: Appeal of denied prior authorization - MRI lumbar spine w/o contrast',
        'Age: 8 months',
        '',
        'Dear Medical Director, he has a deep sacral dimple with the base not seen.',
      ],
      'mri-area-without',
    ],
    [['Subject: Letter of medical necessity - MRI L-spine w/o contrast', 'Age: 9 years', '', 'New urinary dribbling with a sacral hair tuft.'], 'mri-area-without'],
    // The head alone on the first line: the study is a study key's value below it.
    [['UTILIZATION REVIEW SUMMARY', 'Member age: 3 wks', 'Service req: US spinal canal/contents', 'Determination: APPROVED'], 'us-area'],
    [['UR summary', '14 y F, back pain 3 wks with night pain, hx ALL.', 'Req: bone scan with SPECT, whole spine', 'Approved.'], 'bone-scan-complete'],
    [['LETTER OF MEDICAL NECESSITY', 'Re: MRI complete spine w/o contrast', '', '10 y boy, back pain, new weakness of ankle dorsiflexion.'], 'mri-complete-without'],
  ];
  for (const [lines, id] of ORDERS) it(`"${lines[0]}" orders ${id}`, () => assert.equal(orderOrStatusOf(...lines), id));

  it('reads a denial told in the heading as the outcome, not a cancelled request', () => {
    assert.equal(orderOrStatusOf('Appeal of MRI lumbar spine (w/o contrast) denial', '', '17 y F, 6 weeks of radicular pain. Neuro normal.'), 'mri-area-without');
  });

  it('never reads a heading that names no study, a diagnosis or a prior result', () => {
    assert.equal(orderOrStatusOf('Re: Appeal of denied prior authorization', 'Age: 6 months', '', 'She has a sacral dimple; neuro exam normal.'), 'none');
    assert.equal(orderOrStatusOf('Appeal: tethered cord suspected', '7 mo F, sacral dimple, neuro normal.'), 'none');
    assert.equal(orderOrStatusOf('UR: MRI L-spine 03/2025 - normal', '12 y M, LBP 2 wks.', 'Determination: pended.'), 'none');
    assert.equal(orderOrStatusOf('Appeal - US spine done at 2 wk: normal', '5 mo F, sacral dimple.'), 'none');
  });

  it("never reads the reviewer's alternative as the study under review", () => {
    assert.equal(orderOrStatusOf('UR: suggested MRI L-spine instead', '13 y M, LBP 5 wks, XR L-spine negative.', 'Determination: pended.'), 'none');
    assert.equal(orderOrStatusOf('Appeal letter', '13 y M, LBP 5 wks.', 'Reviewer: CT not supported, suggested MRI L-spine.'), 'none');
    assert.equal(orderOrStatusOf('UR: CT L-spine with IV contrast', '13 y M, LBP 5 wks.', 'Reviewer: not supported, suggested MRI.'), 'ct-area-with');
  });

  it('reads a subject label only before a review head, never alone', () => {
    // "Re:" alone before a study is a consult letter's subject, read by the letter readings, not as a payer review.
    assert.equal(orderOrStatusOf('Re: MRI L-spine 2024 - normal', 'Age: 12 y', 'LBP 2 wks, no red flags.'), 'none');
    assert.equal(orderOrStatusOf('Re: Appeal', 'Age: 12 y', 'LBP 2 wks. Study: MRI L-spine w/o contrast'), 'mri-area-without');
  });

  it('reads only the heading sentence of the first line, not a summary told on after it', () => {
    const r = readNote('UR summary: 17 y/o M, rower, LBP 6 wks. Requested MRI lumbar spine w/o contrast.', 'Determination: pended.');
    assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
    assert.equal(r.facts.order?.field.value, 'Requested MRI lumbar spine w/o contrast');
  });

  it("leaves the note's own order standing over the heading's", () => {
    assert.equal(orderOrStatusOf('UR: MRI L-spine w/o contrast', 'Age: 14 y', 'LBP 4 wks.', 'Order: XR L-spine'), 'xr-area');
  });

  it("reads the heading's complete-spine study where the note names it again in short, with no region", () => {
    assert.equal(
      orderOrStatusOf(
        'P2P note: CT myelogram, whole spine',
        '13 y M, LBP 6 wks, night pain. XR: pars defect L5.',
        'Ortho requesting CT myelo as MRI refused.',
        'Reviewer: denied.',
      ),
      'ct-myelography-complete',
    );
    // A region of its own, another modality or a change stays the note's own order.
    assert.equal(orderOrStatusOf('UR: MRI complete spine w/o contrast', '14 y F, LBP 4 wks.', 'Office requesting MRI L-spine w/o contrast.'), 'mri-area-without');
    assert.equal(orderOrStatusOf('P2P: MRI complete spine w/o contrast', '14 y F, LBP 4 wks.', 'Ordering MD agreed to change to XR lumbar spine.'), 'xr-area');
  });

  it('reads "CT myelo" as a CT myelogram', () => {
    assert.equal(orderOrStatusOf('Age: 15 y', 'HPI: LBP 6 wks, MRI contraindicated (pacemaker).', 'Plan: CT myelo'), 'ct-myelography-area');
  });

  it('rates the study reviewed in its scenario', () => {
    const r = readNote('UR: CT lumbar spine w/ IV contrast', '15F, restrained passenger in a highway-speed MVC yesterday, LBP, tender at L1. Neuro nl.', 'Denied as submitted.');
    assert.equal(r.facts.order?.reading.procedure?.id, 'ct-area-with');
    assert.ok(r.rules.includes('not-appropriate-for-scenario'));
    assert.ok(!r.rules.includes('missing-order'));
  });
});

describe('fix58r: NP as a nurse practitioner who speaks or agrees', () => {
  it('reads "NP concedes no red flags", "NP agrees", "NP states" as no night pain', () => {
    assert.ok(!presentIn('night-pain', 'Age: 12 y', 'HPI: LBP 2 wks, not constant, no fever. NP concedes no red flags.'));
    assert.ok(!presentIn('night-pain', 'Age: 12 y', 'HPI: LBP 2 wks, afebrile. NP agrees no red flags; denial upheld.'));
    assert.ok(!presentIn('night-pain', 'Age: 12 y', 'HPI: LBP 2 wks, no fever. NP states no weight loss.'));
  });

  it('still reads NP in a red-flag screen as night pain', () => {
    assert.ok(presentIn('night-pain', 'Age: 12 y', 'HPI: LBP 3 wks with fever and NP, no weight loss.'));
    assert.ok(presentIn('night-pain', 'Age: 12 y', 'HPI: LBP 3 wks, afebrile, + NP, wt loss 2 kg.'));
  });
});
