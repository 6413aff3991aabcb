/**
 * Radiologists vetting and protocolling requests (held-out set 81): the referrer's request above the radiologist's reply.
 * A study heading the note is no order of its own (round 46 read it so; the review found it as often a report, a request
 * declined further down, done or another's, and it was taken out). The reply may change its contrast with the contrast
 * told first ("Changed to non-contrast MRI lumbar spine"), never a change told as one made before ("Last time changed
 * to …"); a change wished by someone else, denied, or of something else than the study keeps the order.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, orderOf, readNote, traumaOf } from '../helpers';

const HISTORY = '12 yo girl, low back pain 3 weeks, neuro normal.';

describe('a study heading the note is no order of its own (r46 vetting, mended)', () => {
  // Round 46 read a study heading the note as the order (titleStudy); a review found such a heading is as often a report or a
  // request the rest of the note declines, done or leaves to another, so the reading was taken out: a missed order draws a
  // visible missing-order, a wrong one misleads.
  it('never orders a heading study told done, dated, with its result, asked, declined or conditioned', () => {
    assert.equal(orderOf('MRI L-spine 2024: normal.', HISTORY), 'none');
    assert.equal(orderOf('MRI L-spine. Normal.', HISTORY), 'none');
    assert.equal(orderOf('XR L-spine', 'No fracture.', '12 yo girl, fell from a trampoline, neuro normal.'), 'none');
    assert.equal(orderOf('US spine?', '4 mo boy with a sacral dimple 3 mm within the cleft, neuro normal.'), 'none');
    assert.equal(orderOf(`MRI L-spine not indicated. ${HISTORY}`), 'none');
    assert.equal(orderOf(`MRI L-spine done at OSH last year. ${HISTORY}`), 'none');
    assert.equal(orderOf(`XR L-spine showed pars defect. ${HISTORY}`), 'none');
    assert.equal(orderOf(`MRI L-spine if no better. ${HISTORY}`), 'none');
  });
  it("never orders a relative's study or one of another body part", () => {
    assert.equal(orderOf(`Mum's MRI L-spine was normal. ${HISTORY}`), 'none');
    assert.equal(orderOf(`MRI brain. ${HISTORY}`), 'none');
    assert.equal(orderOf('MRI L-spine', '(for mum - not child)', '12 yo girl, low back pain 3 weeks.'), 'none');
  });
  it('never orders a heading study whose note is its report', () => {
    assert.equal(orderOf('US SPINE', 'Indication: 2 mo sacral dimple.', 'Findings: conus ends at L1-2. Normal.'), 'none');
    assert.equal(orderOf('MRI L-spine', 'Comparison: none.', 'Findings: tethered cord, conus at L4.'), 'none');
    assert.equal(orderOf('CT L-SPINE', 'Hx: MVC.', 'L1 chance fracture.'), 'none');
    assert.equal(orderOf('MRI L-spine', 'Impression: L5 spondylolysis.'), 'none');
    assert.equal(orderOf('XR L-spine', '12 yo boy, fell from bike, low back pain.', 'XR: no fracture.'), 'none');
    assert.equal(orderOf('XR L-spine', '12 yo boy, fell from bike, low back pain.', 'Normal.'), 'none');
    assert.equal(orderOf('XR L-spine', '12 yo boy, fell from bike, low back pain.', 'Report: No fracture seen.'), 'none');
    assert.equal(orderOf('XR L-spine', '12 yo boy, fell from bike, low back pain. Result: no fracture.'), 'none');
    assert.equal(orderOf('MRI L-spine', '12 yo girl, low back pain 3 weeks.', 'Result awaited.'), 'none');
  });
  it('never orders a heading study the note declines, cancels or leaves undone further down', () => {
    const dimple = '4 mo boy, sacral dimple 3 mm within the cleft, neuro normal.';
    assert.equal(orderOf('US spine', dimple, 'Rad: not indicated, simple dimple. Declined.'), 'none');
    assert.equal(orderOf('US spine', dimple, 'Rad: Declined.'), 'none');
    assert.equal(orderOf('US spine', dimple, 'Radiologist: Not justified. Returned to referrer.'), 'none');
    assert.equal(orderOf('US spine', dimple, 'Vetting: rejected - simple dimple.'), 'none');
    assert.equal(orderOf('MRI L-spine', HISTORY, 'Cancelled by ortho - improving.'), 'none');
    assert.equal(orderOf('CT L-spine', '9 y/o girl, MVC, back pain.', 'Rad: Rejected - MRI instead.'), 'none');
    assert.equal(orderOf('MRI L-spine', HISTORY, 'Vetting outcome: XR first.'), 'none');
    assert.equal(orderOf('US spine', '7 mo girl, sacral dimple, neuro normal.', 'Rad: too old for US - MRI instead'), 'none');
    assert.equal(orderOf('MRI L-spine', 'Parents would prefer to wait and see.', 'Plan: physio, review 6 weeks, no imaging for now.'), 'none');
    assert.equal(orderOf('MRI L-spine', HISTORY, 'Outcome: not indicated.'), 'none');
    assert.equal(orderOf('MRI L-spine', 'Suggested by physio. 12 yo girl, low back pain 3 weeks.', 'We feel not needed.'), 'none');
    assert.equal(orderOf('IRM rachis lombaire. Fille 12 ans, lombalgies depuis 3 semaines. IRM non indiquée.'), 'none');
  });
});

describe('a change told with its contrast before the study (r46 vetting)', () => {
  it('orders the study with the contrast told right after "to"', () => {
    assert.equal(
      orderOf('Order: MRI L-spine with gadolinium. 16 y/o girl, 5 months LBP.', 'Radiologist: Gad not required. Changed to non-contrast MRI lumbar spine.'),
      'mri-area-without',
    );
    assert.equal(orderOf('Order: CT L-spine. 9 y/o girl, high-speed MVC.', 'Radiologist: Changed to contrast-enhanced CT L-spine.'), 'ct-area-with');
  });
  it('keeps the order for a change told as one made before', () => {
    const order = 'Order: MRI L-spine with gadolinium. 16 y/o girl, 5 months LBP.';
    assert.equal(orderOf(order, 'Radiologist: Last time changed to non-contrast MRI lumbar spine; this time keep gad.'), 'mri-area-with');
    assert.equal(orderOf(order, 'Radiologist: Previously changed to non-contrast MRI lumbar spine; keep gad now.'), 'mri-area-with');
  });
  it('keeps the order for a change someone wished, one denied, or one of something else', () => {
    assert.equal(orderOf('Order: MRI L-spine with gadolinium. 16 y/o girl, 5 months LBP.', 'Mum asked for it to be changed to non-contrast MRI lumbar spine.'), 'mri-area-with');
    assert.equal(
      orderOf('Order: MRI L-spine with gadolinium. 16 y/o girl, 5 months LBP.', 'Radiologist: not changed to non-contrast MRI lumbar spine - gad needed.'),
      'mri-area-with',
    );
    assert.equal(
      orderOf('Order: MRI L-spine with gadolinium. 16 y/o girl, 5 months LBP.', 'Radiologist: changed to non-contrast sequences first; MRI lumbar spine stays with gad.'),
      'mri-area-with',
    );
  });
});

describe('the history written in a referral after its study, and a request letter opening on a British age (r46 vetting)', () => {
  it('reads the history after the study of a referral that opens on it', () => {
    const pain = readNote('Referral: MRI L-spine. 10 yo girl, 3 weeks low back pain, no trauma. No night pain, no fever, neuro exam normal.');
    assert.equal(pain.scenario, 'back-pain-no-red-flags');
    assert.equal(readNote('Referral (GP): US lumbar spine. 3yo girl, sacral dimple. Constipated, on movicol.').scenario, 's1-cutaneous-marker');
    assert.equal(readNote('Referral: Spinal US please. 9mo boy, small midline haemangioma approx 1cm over lumbosacral region.').scenario, 's1-cutaneous-marker');
  });
  it("never reads a relative's marker or a denied one as the child's", () => {
    assert.equal(readNote('Referral: US spine. 9mo boy, mum has a sacral dimple; his skin is normal.').scenario, 'no-criteria');
    assert.equal(readNote('Referral: US spine please. 9mo boy, no sacral dimple, no hair tuft.').scenario, 'no-criteria');
    const mum = readNote('Referral: MRI L-spine. 10 yo girl. Mum has 3 weeks of low back pain with night pain; child well.');
    assert.ok(!mum.facts.hits.some((h) => h.finding.id === 'night-pain' && h.present));
    assert.ok(!mum.facts.hits.some((h) => h.finding.id === 'back-pain' && h.present));
  });
  it('reads a request letter opening on "3/12" as the child\'s history, never a date', () => {
    const infant = readNote('Request (GP): 3/12 M. Sacral dimple noted at 6/52 baby check, mum concerned. Please XR lumbosacral spine.');
    assert.equal(infant.scenario, 's1-cutaneous-marker');
    assert.ok(infant.rules.includes('dimple-undescribed'));
    assert.equal(readNote('Request (GP): 3/12/2026 seen. Sacral dimple noted at baby check. Please US lumbosacral spine.').scenario, 'no-criteria');
  });
});

describe('a request card\'s "Date requested" is the visit date (r46 vetting)', () => {
  it('ages the child at the request, beside the DOB', () => {
    const card = [
      'Request card',
      'DOB: 02-Jan-2026    Date requested: 16-Feb-2026',
      'Exam: US spine',
      'Clinical details: Midline lumbosacral lipoma. Well baby, neuro exam normal.',
    ];
    near(ageOf(...card), 1.46, card.join(' '));
    assert.ok(!readNote(...card).rules.includes('ultrasound-window-closed'));
  });
  it('never ages the child at the request when the note dates the appointment', () => {
    const card = [
      'Request card',
      'DOB: 15/03/2026',
      'Date of request: 20/08/2026',
      'Date of appointment: 20/12/2026',
      'Exam: US spine',
      'Clinical details: Sacral dimple. Well baby, neuro exam normal.',
    ];
    const age = ageOf(...card);
    assert.ok(age === undefined || age > 8, `${card.join(' ')}: read ${age}`);
  });
});

describe('a fall off her or his own bed is a trivial mechanism (r46 vetting)', () => {
  it('reads "fell off her bed", "fell off his bed" as trivial', () => {
    assert.equal(traumaOf('CT lumbar spine', '12 y/o girl fell off her bed onto carpet 2 days ago, low back ache since. Walking normally, neuro exam normal.'), 'trivial');
    assert.equal(traumaOf('CT lumbar spine', '12 y/o boy fell off his bed 2 days ago, low back ache since.'), 'trivial');
  });
  it('never reads a top bunk, a bike, an injury untold, a rail climbed or a fall asked or left unclear as trivial', () => {
    assert.equal(traumaOf('CT lumbar spine', '12 y/o girl fell off her top bunk bed onto the floor 2 days ago, low back ache since.'), 'significant');
    assert.equal(traumaOf('CT lumbar spine', '12 y/o boy fell off his bike 2 days ago, low back ache since.'), 'significant');
    assert.equal(traumaOf('CT lumbar spine', '12 y/o girl injured her back 2 days ago, low back ache since.'), 'unclear');
    assert.equal(traumaOf('CT lumbar spine', '12 y/o girl fell from her bed rail while climbing onto wardrobe, low back ache since.'), 'unclear');
    assert.equal(traumaOf('CT lumbar spine', '12 y/o boy fell off his bed? unclear mechanism, found on floor. Low back ache since.'), 'unclear');
    assert.equal(traumaOf('CT lumbar spine', '12 y/o boy fell off his bed? Low back ache since.'), 'unclear');
  });
});

describe('"no plans for" and "no indication for" a study order nothing (r46 review, OLD harm)', () => {
  it('reads "No plans for MRI", "no indication for MRI" as no order', () => {
    assert.equal(orderOf(`${HISTORY} No plans for MRI.`), 'none');
    assert.equal(orderOf(`${HISTORY} There are no plans for an MRI at this stage.`), 'none');
    assert.equal(orderOf(`${HISTORY} No indication for MRI.`), 'none');
  });
  it('still orders the study when only something else has no plan or indication', () => {
    assert.equal(orderOf(`${HISTORY} No indication for contrast; MRI L-spine w/o ordered.`), 'mri-area-without');
    assert.equal(orderOf(`${HISTORY} MRI L-spine ordered - no indication for CT.`), 'mri-area-without');
    assert.equal(orderOf(`${HISTORY} No plans to travel. MRI L-spine ordered.`), 'mri-area-without');
  });
});
