/**
 * Round 58, fix58r (set 161): insurance appeals, letters of medical necessity and utilization-review summaries name
 * the study under review in their heading or subject line ("UR: …", "Appeal - …", "Reviewer summary -- …", "Letter of
 * medical necessity - …", "Re: Appeal of denied prior authorization - …") or in a study key below a head ("Service
 * req:"). That study is the order whatever the payer decided (order-vocabulary payerReview, clinical/coded.ts
 * reviewedOrder), never a heading that names a diagnosis, a prior result, no study at all, or the reviewer's
 * alternative. Narrowed after review rfix58r (49 harms, probes rfix58r): the old review heads (P2P, Peer to peer,
 * Utilization review) read as on main; an appeal head only as a heading; "Req:", "Re:", "Subject:" study keys and the
 * complete-spine heading over a regionless restatement taken out. And "NP" as the subject of a verb of speech or assent ("NP concedes no red flags") is a nurse
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

  it("leaves the note's own restatement of the study standing over a complete-spine heading (taken out after rfix58r)", () => {
    // A narrowed study with no region ("a focused MRI", "a limited MRI") is the note's change, not the heading's study.
    assert.equal(
      orderOrStatusOf(
        'P2P: MRI complete spine w/ and w/o contrast',
        '15 y F, LBP 3 wks. Neuro nl.',
        'Reviewer: whole spine not needed; ordering agreed to a focused MRI w/ and w/o contrast.',
      ),
      orderOrStatusOf('Age: 15 y', 'HPI: LBP 3 wks. Neuro nl.', 'Plan: agreed to a focused MRI w/ and w/o contrast.'),
    );
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

describe('fix58r after review rfix58r: the look-alikes of an appeal or a review heading', () => {
  it("reads the old review heads as main does: no cut at an abbreviation's full stop", () => {
    assert.equal(orderOrStatusOf('P2P note with Dr. Lee re MRI L-spine w/o contrast', '14 y M, LBP 5 wks.', 'Outcome: approved.'), 'mri-area-without');
    assert.equal(orderOrStatusOf('Peer-to-peer: 12 y.o. F, MRI lumbar spine w/o contrast', 'LBP 6 wks.', 'Denied.'), 'mri-area-without');
    assert.equal(orderOrStatusOf('Utilization review: approx. 6 wks LBP, MRI L-spine w/o contrast', '13 y F.', 'Pended.'), 'mri-area-without');
  });

  it("reads no reviewer's alternative word against an old head or study key", () => {
    assert.equal(orderOrStatusOf('P2P note: MRI L-spine w/o contrast as recommended by neurosurgery', '12 y F, LBP 6 wks, new foot drop.', 'Approved.'), 'mri-area-without');
    assert.equal(orderOrStatusOf('Peer to peer: MRI L-spine w/o contrast rather than CT', '13 y M, LBP 5 wks.', 'Approved.'), 'mri-area-without');
    assert.equal(orderOrStatusOf('P2P', 'Study under review: MRI L-spine w/o contrast (alternative: CT)', '14 y F, LBP 4 wks.', 'Denied.'), 'mri-area-without');
  });

  it('reads no "Req:", "Re:" or "Subject:" line under a head as its study', () => {
    assert.equal(orderOrStatusOf('UR summary', '11 y F, LBP 2 wks, no red flags.', 'Req: XR L-spine if no better in 4 wks', 'No current request.'), 'none');
    assert.equal(
      orderOrStatusOf('Letter of medical necessity', 'Subject: MRI report and request for urology visit', '11 y F, MRI L-spine last month showed a tethered cord.'),
      'none',
    );
    assert.equal(orderOrStatusOf('LETTER OF MEDICAL NECESSITY', 'Re: MRI complete spine w/o contrast', '', '10 y boy, back pain, new weakness of ankle dorsiflexion.'), 'none');
    assert.equal(
      orderOrStatusOf('P2P note', 'Re: denial letter lists CT L-spine (wrong code)', 'Study under review: MRI L-spine w/o contrast', '15 y F, LBP 3 wks.'),
      'mri-area-without',
    );
  });

  it('reads "UR" only as a heading token before a colon, "summary" or "review"; a letterhead or "UR sx" is no review', () => {
    assert.equal(orderOrStatusOf('UR sx, dad asking about MRI L-spine', '9 y M, LBP 1 wk, no fever. Neuro nl.', 'No imaging indicated.'), 'none');
    assert.equal(orderOrStatusOf('UR infection last week, mom now wants an XR L-spine', '10 y F, LBP 5 days. Neuro nl.', 'No imaging needed.'), 'none');
    assert.equal(
      orderOrStatusOf('UR - cough 3 days, MRI L-spine w/o contrast', '10 y F, LBP 5 days. Neuro nl.'),
      orderOrStatusOf('Cough 3 days, MRI L-spine w/o contrast', '10 y F, LBP 5 days. Neuro nl.'),
    );
    assert.equal(orderOrStatusOf("UR Medicine Children's Hospital", '5 mo F, sacral dimple 2 mm in the cleft.', 'Service req: US spine'), 'none');
  });

  it("refuses a heading's study that is declined, withdrawn, done, another person's or another service's", () => {
    assert.equal(orderOrStatusOf('Appeal from dad for MRI L-spine - not indicated', '10 y M, LBP 1 wk. Neuro normal.'), 'none');
    assert.equal(orderOrStatusOf('UR: CT L-spine w/o contrast - ordering provider withdrew the request', '14 y F, LBP 3 wks. Neuro nl.'), 'none');
    assert.equal(orderOrStatusOf('Appeal: MRI L-spine - family decided against it', '13 y F, LBP 3 wks. Neuro nl.'), 'none');
    assert.equal(orderOrStatusOf('Letter of medical necessity - physical therapy following MRI L-spine', '13 y F, spondylolysis on MRI.', 'Requesting PT.'), 'none');
    assert.equal(orderOrStatusOf('Appeal for reimbursement - CT L-spine obtained in the ED', '12 y M, LBP 1 wk; CT normal.'), 'none');
    assert.equal(orderOrStatusOf("Reviewer summary: MRI L-spine for the patient's sister (separate case)", '6 wk F, hemangioma over the sacrum.'), 'none');
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

  it("reads a verb after NP as the nurse practitioner's only with nothing but a space between (after review rfix58r)", () => {
    assert.ok(presentIn('night-pain', 'Age: 12 y', 'HPI: LBP 3 wks, afebrile, +NP, says dad, wt loss 2 kg.'));
    assert.ok(presentIn('night-pain', 'Age: 12 y', 'HPI: LBP 3 wks, fever, NP +, states mom.'));
    assert.ok(presentIn('night-pain', 'Age: 12 y', 'HPI: LBP 3 wks with fever, + NP; explains it wakes him.'));
    assert.ok(!presentIn('night-pain', 'Age: 12 y', 'HPI: LBP 2 wks, no fever. NP states no weight loss.'));
  });
});
