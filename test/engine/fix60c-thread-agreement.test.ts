/**
 * Round 60 (fix60c): secure-message consult threads between a rural GP and a paediatric radiologist, the rest of set 168.
 * A study one clinician proposes ("start with XR …", "needs MRI …", "… picture - XR … first") that the next message,
 * another clinician's, agrees to ("requested", "booked.", "done") is the order; a clinician carrying a study out himself
 * after an assent ("ok doing XR …") is read as after the assent alone; "Paeds reg:" is a thread's speaker as "Paeds rad:"
 * is; the age opening the thread's first message is read as a terse note's opening age; a neurosurgery referral held
 * "till then" is not made. Near misses: a relative's or the same speaker's reply, no reply, a condition, a deferral, a
 * declining or doubting reply, a reply naming another study, a relative's or a past study, a negated study, a later
 * message declining the scan, and a later message's opening number. After review rfix60c: a study named and then judged on
 * its line, a label's colon or another person before the study, a reply of thanks alone or one that waits, hands on or
 * declines, a later retraction, and something else held "till then" after a referral.
 */
import * as assert from 'node:assert/strict';
import { near, orderOf, ageOf, readNote } from '../helpers';

const GP = '[09:00] GP: 11 yo, back pain waking at night 3 wks';

describe('fix60c: a study proposed in a thread and agreed by the other clinician', () => {
  it('reads the proposed study as the order when the next message agrees', () => {
    assert.equal(orderOf(GP, '[09:20] Paeds rad: night pain matters. Start with XR lumbar spine, send me the films', '[09:21] GP: requested, xray after school'), 'xr-area');
    assert.equal(orderOf(GP, '[09:20] Paeds rad: mechanical picture - XR lumbar spine first', '[09:21] GP: done'), 'xr-area');
    assert.equal(
      orderOf('[20:02] Dr Lim: 12yo girl, deep sacral pit, new daytime wetting', '[20:30] Dr Ward rads: needs MRI L-spine w/o contrast', '[20:31] Dr Lim: booked.'),
      'mri-area-without',
    );
  });
  it('reads nothing when no other clinician agrees', () => {
    assert.equal(orderOf(GP, '[09:20] Paeds rad: start with XR lumbar spine, send me the films'), 'none');
    assert.equal(orderOf(GP, '[09:20] Paeds rad: start with XR lumbar spine, send me the films', '[09:21] Mum: ok'), 'none');
    assert.equal(orderOf(GP, '[09:20] Paeds rad: start with XR lumbar spine, send me the films', '[09:21] Paeds rad: ok'), 'none');
  });
  it('reads nothing for a reply that declines, doubts, asks or names another kind of study', () => {
    assert.equal(orderOf(GP, '[09:20] Paeds rad: start with XR lumbar spine, send me the films', '[09:21] GP: ok but mum wants to wait'), 'none');
    assert.equal(orderOf(GP, '[09:20] Paeds rad: needs MRI L-spine w/o contrast', '[09:21] GP: not yet'), 'none');
    assert.equal(orderOf(GP, '[09:20] Paeds rad: needs MRI L-spine w/o contrast', '[09:21] GP: ok?'), 'none');
    assert.notEqual(orderOf(GP, '[09:20] Paeds rad: start with XR lumbar spine, send me the films', '[09:21] GP: understood, MRI L spine instead'), 'xr-area');
  });
  it('reads nothing for a condition, a deferral, a negation, another child or a past study', () => {
    assert.equal(orderOf(GP, '[09:20] Paeds rad: start with XR lumbar spine if no better in 2 wks', '[09:21] GP: ok'), 'none');
    assert.equal(orderOf(GP, '[09:20] Paeds rad: mechanical picture - XR lumbar spine in 6 weeks', '[09:21] GP: done'), 'none');
    assert.equal(orderOf(GP, '[09:20] Paeds rad: needs MRI L-spine w/o contrast eventually', '[09:21] GP: ok'), 'none');
    assert.equal(orderOf(GP, '[09:20] Paeds rad: no need to start with XR lumbar spine', '[09:21] GP: ok'), 'none');
    assert.equal(orderOf(GP, '[09:20] Paeds rad: his brother needs MRI L-spine', '[09:21] GP: ok'), 'none');
    assert.equal(orderOf(GP, '[09:20] Paeds rad: he had MRI L-spine last year - normal', '[09:21] GP: ok'), 'none');
  });
  it('reads nothing when a later message declines the scan', () => {
    assert.equal(orderOf(GP, '[09:20] Paeds rad: needs MRI L-spine w/o contrast', '[09:21] GP: booked.', '[09:30] GP: family declined the scan'), 'none');
  });
});

describe('fix60c: a clinician carrying a study out himself', () => {
  it('reads the study after "doing" opening the line or after an assent', () => {
    assert.equal(orderOf('[09:00] GP: 11 yo, back pain', '[09:20] Paeds rad: your call', '[09:25] GP: ok doing XR L-spine today'), 'xr-area');
    assert.equal(orderOf('[09:00] GP: 11 yo, back pain', '[09:20] Paeds rad: ok', '[09:25] GP: doing XR L-spine today'), 'xr-area');
  });
  it('reads nothing negated, conditioned or put off', () => {
    assert.equal(orderOf('[09:00] GP: 11 yo, back pain', '[09:20] Paeds rad: ok', '[09:25] GP: not doing XR L-spine today'), 'none');
    assert.equal(orderOf('[09:00] GP: 11 yo, back pain', '[09:20] Paeds rad: ok', '[09:25] GP: doing XR L-spine in 6 weeks if no better'), 'none');
  });
  it("counts a speaker whose line reads as one's own past ('at that age') among the thread's speakers", () => {
    assert.equal(
      orderOf('08:15 Dr B. Nowak: 2 mo girl, sacral dimple', "08:55 Rads: xray won't tell you much at that age", '08:56 Dr B. Nowak: ok doing XR LS spine AP/lat today'),
      'xr-area',
    );
  });
});

describe('fix60c: "Paeds reg:" in a thread', () => {
  it('reads the study a paediatric registrar names alone in a thread', () => {
    assert.equal(
      orderOf('[22:14] ED nurse practitioner: 5yo fell off a bunk bed onto tiles, mid thoracic tenderness', '[22:30] Paeds reg: CT T/L spine with contrast', '[22:31] ED NP: ok'),
      'ct-area-with',
    );
  });
  it("reads no ward registrar, and no 'Paeds' line alone in a note", () => {
    assert.equal(orderOf('[22:14] ED nurse practitioner: 5yo fell off a bunk bed onto tiles', '[22:30] Ward reg: CT T/L spine with contrast', '[22:31] ED NP: ok'), 'none');
    assert.equal(orderOf('Age: 5 years', 'Findings: fall from bunk bed, thoracolumbar tenderness', 'Paeds reg: CT T/L spine with contrast'), 'none');
  });
});

describe("fix60c: the age opening a thread's first message", () => {
  it('reads it as a terse note opening on its age', () => {
    near(ageOf('[11:00] GP: 10mo rolled off the sofa onto carpet, hair tuft over lower back', '[11:20] Paeds rad: MRI L-spine without contrast', '[11:21] GP: ok'), 10, '10mo');
    near(ageOf('[14:14] GP Ames: 2mo, small haemangioma over the lower back', '[14:40] Registrar: ok'), 2, '2mo');
  });
  it("reads no complaint's length, no later message's number and no other key's", () => {
    assert.equal(ageOf('[11:00] GP: 3 wks LBP', '[11:20] Paeds rad: XR L-spine', '[11:21] GP: ok'), undefined);
    assert.equal(ageOf('[11:00] GP: hair tuft over lower back', '[11:10] Paeds rad: how long?', '[11:20] GP: 3 mo, no change'), undefined);
    assert.equal(ageOf('Presentation: 10mo rolled off the sofa'), undefined);
  });
});

describe('fix60c: a neurosurgery referral held till the study', () => {
  it('reads no referral held "till then"', () => {
    assert.equal(readNote('Age: 12 y', 'HPI: deep sacral pit, new daytime wetting', 'Plan: MRI L-spine. Will hold NSGY till then').facts.referral.neurosurgery, false);
  });
  it('reads a referral made today with something else till then', () => {
    assert.equal(
      readNote('Age: 12 y', 'HPI: deep sacral pit, new daytime wetting', 'Plan: MRI L-spine. Referred to NSGY today, physio till then').facts.referral.neurosurgery,
      true,
    );
  });
});

describe('fix60c after review rfix60c: near misses of a proposal agreed', () => {
  const LBP = '[09:02] GP: 14 yo girl, low back pain 2 weeks, no red flags, neuro exam normal';
  it('reads nothing when the proposer judges the study after naming it', () => {
    assert.equal(orderOf(LBP, "[09:20] Paeds rad: MRI L-spine - not much to gain, I'd skip it", '[09:24] GP: ok, thanks'), 'none');
    assert.equal(orderOf(LBP, '[09:20] Paeds rad: MRI L-spine, no.', '[09:21] GP: ok'), 'none');
    assert.equal(orderOf(LBP, '[09:20] Paeds rad: MRI L-spine; of little value at this point', '[09:21] GP: ok'), 'none');
    assert.equal(orderOf(LBP, "[09:20] Paeds rad: MRI L-spine - I'd not, physio first", '[09:21] GP: agreed'), 'none');
  });
  it('still reads a proposal whose later clause asks for the films or rules out another kind of study', () => {
    assert.equal(orderOf(LBP, '[09:20] Paeds rad: start with XR lumbar spine, send me the films', '[09:21] GP: booked'), 'xr-area');
    assert.equal(orderOf(LBP, '[09:20] Paeds rad: needs MRI L-spine w/o contrast, not xray', '[09:21] GP: ok'), 'mri-area-without');
  });
  it("reads nothing after a label's colon or for another person", () => {
    const DIMPLE = '[11:00] GP: 3 mo girl, deep sacral dimple, neuro exam normal. Her cousin has a hair tuft.';
    assert.equal(orderOf(DIMPLE, '[11:20] Paeds rad: Cousin: US spine.', '[11:22] GP: booked.'), 'none');
    assert.equal(orderOf(DIMPLE, '[11:20] Paeds rad: As to the cousin: US spine.', '[11:22] GP: done'), 'none');
    assert.equal(orderOf(DIMPLE, '[11:20] Paeds rad: Cousin (the 2 yo): needs US spine.', '[11:22] GP: ok'), 'none');
    assert.equal(orderOf(DIMPLE, '[11:20] Paeds rad: For her sister - US spine first.', '[11:22] GP: done'), 'none');
  });
  it('reads nothing for thanks alone, or a reply that waits, hands the study on or declines it', () => {
    const P = '[09:20] Paeds rad: Start with XR lumbar spine.';
    assert.equal(orderOf(LBP, P, '[09:24] GP: thanks, will talk it over with mum and get back to you'), 'none');
    assert.equal(orderOf(LBP, P, '[09:24] GP: thanks, family declining at present'), 'none');
    assert.equal(orderOf(LBP, P, '[09:24] GP: thank you, she had one at urgent care on Monday'), 'none');
    assert.equal(orderOf(LBP, P, "[09:24] GP: sure, though I'd like the bloods back first"), 'none');
    assert.equal(orderOf(LBP, P, '[09:24] GP: ok, in the new year'), 'none');
    assert.equal(orderOf(LBP, P, "[09:24] GP: thx. I'll let physio know, they see her Tuesday"), 'none');
    assert.equal(orderOf(LBP, P, '[09:24] GP: perfect, will pass it on to dad'), 'none');
  });
  it('still reads a bare assent and a booking', () => {
    const P = '[09:20] Paeds rad: Start with XR lumbar spine.';
    assert.equal(orderOf(LBP, P, '[09:24] GP: ok, thanks'), 'xr-area');
    assert.equal(orderOf(LBP, P, '[09:24] GP: thanks - booked for Friday'), 'xr-area');
  });
  it('reads nothing when a later message takes the proposal back', () => {
    const P = '[09:20] Paeds rad: Start with XR lumbar spine.';
    assert.equal(orderOf(LBP, P, '[09:22] GP: ok', '[09:30] Paeds rad: apologies, disregard - no xray needed, physio'), 'none');
    assert.equal(orderOf(LBP, P, '[09:22] GP: ok', "[09:30] GP: on reflection she doesn't need the xray"), 'none');
  });
});

describe('fix60c after review rfix60c: something else held till then after a referral', () => {
  const note = (plan: string) => readNote('Age: 12 y', 'HPI: deep sacral pit, new daytime wetting', 'Exam: neuro normal', `Plan: MRI L-spine w/o contrast. ${plan}`);
  it('reads the referral made when a later clause holds something else till then', () => {
    assert.equal(note('NSGY referral, ibuprofen till then.').facts.referral.neurosurgery, true);
    assert.equal(note('Refer NSGY - no contact sport till the appointment.').facts.referral.neurosurgery, true);
    assert.equal(note('Neurosurgery referral, bladder diary till after review.').facts.referral.neurosurgery, true);
  });
  it('reads no referral held till then in its own clause', () => {
    assert.equal(note('Will hold NSGY referral till then.').facts.referral.neurosurgery, false);
  });
});
