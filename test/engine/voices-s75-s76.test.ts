/**
 * Sets 75 and 76 (nurses writing in the chart: triage, school and nursery nurses, midwives, phone calls, SBAR and DAR; and
 * emergency and trauma-team documentation: ISBAR and SBAR handovers, ED notes): the readings they found missing. An ISBAR's
 * "I:" line and a DAR entry's "D:" and "R:" are the history; an SBAR request that is not a study alone is read as prose; a
 * suspicion asked before a dash and a study booked; a requisition's "?bony defect"; a sign found by the family on a request
 * card; the child told after a request's dash; a midwife's "NIPE:" and a triage "Seen:" as the exam; a referral left to be
 * decided; a report's hedged impression under "Result:". Each with the look-alikes that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { ageOf, orderOf, presentIn, readNote } from '../helpers';

const priorOf = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => `${p.modality}:${p.result}`);
const referred = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;

describe("s75/s76: an ISBAR's I and a DAR entry's D and R are the history", () => {
  it('"I: Dr K, ED reg, re 9mo F, bed 14" ages the child in an ISBAR', () => {
    const isbar = ['ISBAR - ED to paeds', 'I: Dr K, ED reg, re 9mo F, bed 14', 'S: tuft of hair over lower back', 'B: term, well', 'A: neuro normal'];
    assert.equal(ageOf(...isbar, 'R: XR lumbar spine ordered from ED'), 9);
    assert.equal(ageOf('I: 15yo M, bed 6', 'S: new thoracic back pain 3 wks', 'B: Hodgkin lymphoma', 'A: afebrile', 'R: pls review'), 180);
  });
  it('"D: 6 yo F, T 39.2, c/o low back pain" is the data of a DAR entry: age, fever and pain count', () => {
    const r = readNote(
      'ED RN note - DAR',
      'D: 6 yo F, T 39.2, c/o low back pain x 4 days, CRP 86.',
      "A: MD concerned for discitis; order rec'd for CT lumbar spine with IV contrast.",
      'R: T 38.4 after antipyretic. Pt resting.',
    );
    assert.equal(r.facts.age?.months, 72);
    assert.equal(r.scenario, 'back-pain-infection-tumor');
    assert.equal(r.facts.order?.reading.procedure?.id, 'ct-area-with');
    const school = readNote('D: 13 yo M c/o low back ache since Monday, no injury.', 'A: Ice pack x 15 min.', 'R: Returned to class, pain 2/10.');
    assert.equal(school.scenario, 'back-pain-no-red-flags');
  });
  it('without the letters in their order the lines keep their reading', () => {
    // No A and R after it: no DAR entry, the "D:" stays an unknown key.
    assert.equal(ageOf('D: 6 yo F, back pain', 'Plan: XR L-spine'), undefined);
    // An I-PASS's "I:" (illness severity) is no SBAR's: its P is the history and its A the plan, as before.
    assert.equal(
      orderOf('I-PASS', 'I: stable', 'P: 11yo F, 5 wk of LBP, now waking her at night', 'A: MRI whole spine ordered', 'S: if rads recommends contrast, add'),
      'mri-complete-without',
    );
  });
});

describe("s76: an SBAR's request that is not a study alone is read as prose", () => {
  const sbar = ['S: 7 wk old boy, skin tag at top of bum crack + small dimple', 'B: born 38/40', 'A: moves legs normally'];
  it('"R: spinal ultrasound booked, f/u paeds" orders the study; "concern for relapse" in R is a suspected tumour', () => {
    assert.equal(orderOf(...sbar, 'R: spinal ultrasound booked, f/u paeds'), 'us-area');
    const r = readNote(
      'S: 7 yo M, ALL in remission, 2 wk back pain, now waking him at night.',
      'B: pre-B ALL dx age 4.',
      'A: afebrile, tender T10-L1. Neuro intact.',
      'R: concern for relapse - whole body bone scan requested per onc, pls review today.',
    );
    assert.equal(r.scenario, 'back-pain-infection-tumor');
    assert.equal(r.facts.order?.reading.procedure?.id, 'bone-scan-complete');
  });
  it("a request pending, conditional, another's or only asked still orders nothing; a Plan line beside it is the plan", () => {
    assert.equal(orderOf(...sbar, 'R: spinal US results pending'), 'none');
    assert.equal(orderOf(...sbar, 'R: MRI L-spine requested, but only if blood cultures positive'), 'none');
    assert.equal(orderOf(...sbar, 'R: please evaluate'), 'none');
    assert.equal(orderOf(...sbar, 'R: spinal US booked?'), 'none');
    assert.equal(orderOf(...sbar, 'R: MRI L-spine booked', 'Plan: spinal US'), 'us-area');
    assert.equal(orderOf(...sbar, 'R: Insurance company requested an MRI lumbar spine before they approve physio.'), 'none');
    assert.equal(orderOf(...sbar, 'R: CT lumbar spine requested - rejected by radiology on vetting, they suggest XR first.'), 'none');
    assert.equal(orderOf(...sbar, 'R: US spine booked by midwife in error - please cancel.'), 'none');
    assert.equal(orderOf(...sbar, 'R: CT L-spine booked - radiology says unnecessary'), 'none');
  });
  it("a relative's wish or study, a question without its '?' and a check order nothing, nor invent a study done (review r45)", () => {
    assert.equal(orderOf(...sbar, 'R: Family asking for MRI L-spine'), 'none');
    assert.equal(orderOf(...sbar, 'R: Mum wants MRI L-spine booked'), 'none');
    assert.equal(orderOf(...sbar, 'R: US spine requested for sibling'), 'none');
    assert.equal(orderOf(...sbar, 'R: Should US spine be arranged tomorrow'), 'none');
    assert.equal(orderOf(...sbar, 'R: Can US spine be booked'), 'none');
    assert.equal(orderOf(...sbar, 'R: Check whether US spine was booked'), 'none');
    assert.deepEqual(priorOf(...sbar, 'R: Check whether US spine was booked'), []);
    assert.equal(orderOf(...sbar, 'R: Confirm US spine booked'), 'none');
  });
});

describe('s76: a suspicion asked before a dash, then the study booked', () => {
  const hx = '15yo M with new back pain 3 wks. Hodgkin lymphoma, chemo 1 yr ago.';
  it('"?relapse / spinal mets - MRI whole spine with and without contrast booked for tomorrow" orders the MRI', () => {
    assert.equal(orderOf(hx, '?relapse / spinal mets - MRI whole spine with and without contrast booked for tomorrow AM, onc aware'), 'mri-complete-without-and-with');
    assert.equal(orderOf(hx, '?relapse - MRI whole spine requested.'), 'mri-complete-without');
  });
  it('no order word, the study asked, left open or refused: no order', () => {
    assert.equal(orderOf(hx, '?relapse - MRI whole spine with and without contrast'), 'none');
    assert.equal(orderOf(hx, '?relapse - MRI whole spine with and without contrast?'), 'none');
    assert.equal(orderOf(hx, '?relapse - MRI whole spine booked vs watchful waiting'), 'none');
    assert.equal(orderOf(hx, '?relapse - MRI whole spine requested, refused by family.'), 'none');
    assert.equal(orderOf(hx, '?relapse - MRI whole spine done last week, normal.'), 'none');
  });
});

describe('s76: a requisition asking its suspicion', () => {
  const hx = '10/52 M, ED. Small dimple 2 mm, in natal cleft. Neuro nl.';
  it('"Req XR sacrum/L-spine AP+lat ?bony defect." orders the radiograph', () => {
    assert.equal(orderOf(hx, 'Req XR sacrum/L-spine AP+lat ?bony defect.'), 'xr-area');
  });
  it('a request asked, weighed or told with its result is still none', () => {
    assert.equal(orderOf(hx, 'Req CT L-spine?'), 'none');
    assert.equal(orderOf(hx, 'Req CT L-spine? ?fracture'), 'none');
    assert.equal(orderOf(hx, 'Req XR L-spine ?bony defect received from GP, vetted: declined.'), 'none');
    assert.equal(orderOf(hx, 'Req XR L-spine ?bony defect - result normal.'), 'none');
  });
  it("the request itself queried ('?needed', '?indicated') or the parents' request orders nothing (review r45)", () => {
    for (const q of ['?needed', '?indicated', '?appropriate', '?worthwhile', '? necessary', '?warranted']) assert.equal(orderOf(hx, `Req XR L-spine ${q}`), 'none', q);
    assert.equal(orderOf(hx, 'Parents req XR L-spine ?bony defect'), 'none');
    assert.equal(orderOf(hx, 'Mum req XR L-spine ?bony defect.'), 'none');
    assert.equal(orderOf(...['S: 7 wk old boy, dimple', 'B: term', 'A: moves legs normally'], 'R: MRI L-spine ?needed'), 'none');
  });
});

describe("s76: a request card's study with the child told after it", () => {
  it('"Req: US spine - 6/12 F, … haemangioma … found at bath time by dad. Well, normal tone." orders the US', () => {
    assert.equal(
      orderOf('Req: US spine - 6/12 F, small flat haemangioma (~1 cm) over sacrum w/ a dimple in it, found at bath time by dad. Well, moving legs well, normal tone.'),
      'us-area',
    );
    assert.equal(orderOf('6/12 F, small haemangioma over sacrum.', 'Req: US spine - found by dad. Well.'), 'us-area');
  });
  it("the family's own request, and a report after the study, still order nothing", () => {
    assert.equal(orderOf('6/12 F, small haemangioma over sacrum.', 'Req: US spine - requested by dad.'), 'none');
    assert.equal(orderOf('6/12 F, small haemangioma over sacrum.', 'Req: US spine by mum.'), 'none');
    assert.equal(orderOf('6/12 F, small haemangioma over sacrum.', 'Req: US spine. Normal.'), 'none');
    assert.equal(orderOf('6/12 F, small haemangioma over sacrum.', 'Req: US spine - r/o tethered cord. Normal.'), 'none');
    assert.equal(orderOf('Req: US spine - 6/12 F, small flat haemangioma over sacrum. Done 2 weeks ago at OSH.'), 'none');
  });
  it("a sign found by the family with the family's request only orders nothing (review r45)", () => {
    assert.equal(orderOf('Req: US spine - dimple found by dad at bath time, family request only.'), 'none');
    assert.equal(orderOf('6/12 F, small haemangioma over sacrum.', 'Req: US spine - noticed by mum, parents request only.'), 'none');
  });
});

describe('s75/s76: a midwife\'s "NIPE:" and a triage "Seen:" are the exam', () => {
  it('"NIPE: sacral dimple noted." is a dimple present; "NIPE: no sacral dimple" one absent', () => {
    const lines = [
      'Baby of Sarah Khan, 2 days old, term.',
      'NIPE: sacral dimple noted. Hips stable, tone and movements normal.',
      'Paediatric SHO has requested USS spine as outpatient.',
    ];
    const r = readNote(...lines);
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(r.rules.includes('dimple-undescribed'), r.rules.join());
    assert.equal(presentIn('sacral-dimple', 'Baby boy, 2 days old.', 'NIPE: no sacral dimple, hips stable.'), false);
  });
  it('"Seen: no dimple found" settles the dimple a parent thinks there is', () => {
    const told = 'Triage: toddler brought in by mum who thinks there\'s "a dimple" on his back, saw it in the bath tonight.';
    const r = readNote(told, 'Seen: no dimple found, natal cleft midline, skin intact. Walking well, neuro normal.', 'Reassured mum, no imaging needed.');
    assert.equal(r.scenario, 'no-criteria');
  });
  it('a denial of another time or examiner, or a sign the writer saw, is not settled so', () => {
    const told = 'Triage: toddler brought in by mum who thinks there\'s "a dimple" on his back.';
    assert.equal(readNote(told, 'Seen by GP: no dimple found. Reassured.').scenario, 's1-cutaneous-marker');
    assert.equal(readNote(told, 'Seen previously: no dimple found. Reassured.').scenario, 's1-cutaneous-marker');
    assert.equal(readNote('Triage: toddler with a sacral dimple noted by me.', 'Seen: no dimple found. Reassured.').scenario, 's1-cutaneous-marker');
  });
});

describe('s75: a referral left to be decided', () => {
  const hx = '15 mo M w/ sacral hair tuft, walking wobbly, clonus R ankle.';
  it('"NSGY referral - NP to decide after US results" is no referral made', () => {
    assert.equal(referred(hx, 'NP Jansen ordered spinal US. Asked re: neuro or NSGY referral - NP to decide after US results.'), false);
    assert.equal(referred(hx, 'Spinal US ordered. Neuro or NSGY referral to be decided after US results.'), false);
    assert.equal(referred(hx, 'Spinal US ordered. Will decide about neurosurgery referral according to US result.'), false);
  });
  it('a referral made, with something else left to decide, is made', () => {
    assert.equal(referred(hx, 'Spinal US ordered. Referred to NSGY today. Family to decide about surgery after their review.'), true);
    assert.equal(referred(hx, 'Spinal US ordered. NSGY referral placed; they will decide on surgery.'), true);
    assert.equal(referred(hx, 'Interconsulta a neurocirugía (sent today) - they will decide the imaging study.'), true);
  });
  it('a referral made with its date left to decide, or neurosurgery deciding, is made (review r45)', () => {
    assert.equal(referred(hx, 'Neurosurgery referral sent - clinic date to be decided.'), true);
    assert.equal(referred(hx, 'Neurosurgery to decide re: surgery. Referral made today.'), true);
    assert.equal(referred(hx, 'Neurosurgery referral made - date tbd.'), true);
    assert.equal(referred(hx, 'Neurosurgery referral tbd.'), false);
    assert.equal(referred(hx, 'Referral to neurosurgery to be decided after MRI.'), false);
  });
});

describe("s75: a report's hedged impression under its Result heading", () => {
  it('"Result: conus terminates at L3, thickened filum 2.5 mm - read as abnormal, possible tethered cord" is an abnormal US', () => {
    const r = readNote(
      'Called mom of 8 wk M re: spinal US results from 4/2 (ordered for hair tuft + dimple). Result: conus terminates at L3, thickened filum 2.5 mm - read as abnormal, possible tethered cord.',
      'Per Dr. Schultz: repeat spinal US in 6 weeks, order placed.',
    );
    assert.deepEqual(
      r.facts.prior.map((p) => `${p.modality}:${p.result}`),
      ['US:abnormal'],
    );
    assert.ok(r.rules.includes('referral-after-abnormal-ultrasound') && r.rules.includes('next-study-after-ultrasound'), r.rules.join());
  });
  it('a result only asked or ruled out tells no finding', () => {
    assert.deepEqual(priorOf('8 wk M with hair tuft. Spinal US done 4/2. Result: possible tethered cord?', 'Plan: repeat spinal US in 6 weeks.'), ['US:unknown']);
    assert.deepEqual(priorOf('8 wk M with hair tuft. Spinal US done 4/2. Result: r/o tethered cord, to be discussed.', 'Plan: repeat spinal US in 6 weeks.'), ['US:unknown']);
  });
});
