/**
 * Round 35 mend (adversarial review r35-dimple): return advice, the telephone note and the dimple's crease read only as
 * narrowly as a radiologist would. Each case is one the review found misread; the right reading is asserted.
 */
import * as assert from 'node:assert/strict';
import { readDimple } from '../../server/src/clinical/dimple';
import { orderOf, readNote, traumaOf } from '../helpers';

const dimpleOf = (t: string) => readDimple(t, { start: 0, end: t.length });
const has = (r: ReturnType<typeof readNote>, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);

describe('r35 mend H1: a return/come back phrase is no advice when it tells why the child came', () => {
  it('"CC: return to ED for fever and back pain" keeps fever and back pain (LF and CRLF)', () => {
    for (const nl of ['\n', '\r\n']) {
      const r = readNote(['10 yo M', 'CC: return to ED for fever and back pain', 'T 39.2', 'Order: MRI L-spine w/wo'].join(nl));
      assert.ok(has(r, 'fever') && has(r, 'back-pain'), JSON.stringify(nl));
      assert.equal(r.scenario, 'back-pain-red-flags');
    }
  });
  it('a bounceback\'s "return to the ED for fever 39 and back pain, now limping" keeps them', () => {
    const r = readNote('8 yo M', '72 h bounceback - return to the ED for fever 39 and back pain, now limping', 'Order: MRI L-spine w/wo');
    assert.ok(has(r, 'fever') && has(r, 'back-pain'));
    assert.equal(r.scenario, 'back-pain-red-flags');
  });
  for (const line of ['HPI: Return to ED for back pain x 5 wk, now constant, wakes at night.', 'CC: come back for back pain, now waking her at night']) {
    it(`"${line}" keeps the back pain and its red flags`, () => {
      const r = readNote('7 yo F', line, 'Order: MRI L-spine w/o');
      assert.ok(has(r, 'back-pain'));
      assert.equal(r.scenario, 'back-pain-red-flags');
    });
  }
  it('"HPI: Return to ED for back pain after MVC yesterday" keeps the trauma', () => {
    assert.equal(traumaOf('Pt: 14 yo M', 'HPI: Return to ED for back pain after MVC yesterday, restrained passenger', 'Order: CT L-spine'), 'significant');
  });
  it('"HPI: come back for back pain after a fall from a trampoline" keeps the trauma', () => {
    assert.equal(traumaOf('Pt: 14 yo M', 'HPI: come back for back pain after a fall from a trampoline 2 d ago', 'Order: XR L-spine'), 'significant');
  });
  it('"has come back for fever and back pain" keeps the fever; the MRI is not talked down', () => {
    const r = readNote('7 yo F, has come back for fever and back pain x 4 days. Order MRI L spine w/wo contrast.');
    assert.ok(has(r, 'fever'));
    assert.ok(!r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
  });
  it('"Return to ED for: fever 38.7 today, night sweats" keeps the fever', () => {
    const r = readNote('10 yo M', 'Back pain 2 wk. Return to ED for: fever 38.7 today, night sweats.', 'Order: XR L-spine');
    assert.ok(has(r, 'fever'));
    assert.equal(r.scenario, 'back-pain-red-flags');
  });
  it('"mom asked to come back for urinary incontinence" keeps the incontinence', () => {
    const r = readNote('Pt: 5 yo F', 'Came to clinic; mom asked to come back for urinary incontinence, new over 2 weeks, with back pain.', 'Order: MRI L-spine w/o');
    assert.ok(has(r, 'incontinence'));
    assert.ok(!r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
  });
  it('"come back for the lump over his low back" keeps the lipoma', () => {
    const r = readNote('Pt: 3 mo M', 'HPI: come back for the lump over his low back, now bigger, soft, 2 cm', 'Order: US lumbar spine');
    assert.ok(has(r, 'lipoma'));
    assert.equal(r.scenario, 's1-cutaneous-marker');
  });
  it('"Return to ED for hair tuft and dimple" keeps the hair tuft', () => {
    const r = readNote('Pt: 3 mo M', 'HPI: Return to ED for hair tuft and dimple over sacrum noted by new GP', 'Order: US lumbar spine');
    assert.ok(has(r, 'hair-tuft'));
    assert.ok(!r.rules.includes('dimple-undescribed'), r.rules.join());
  });
  it('"Reason: come back for sacral dimple check" keeps the dimple', () => {
    const r = readNote('Pt: 3 mo M', 'Reason: come back for sacral dimple check - 3 mm in cleft 1 cm from anus. nl neuro', 'Order: US lumbar spine');
    assert.ok(has(r, 'sacral-dimple'));
    assert.equal(r.scenario, 's1-cutaneous-marker');
  });
  it('"Plan: come back for MRI / US spine" keeps the order', () => {
    const d = '3 wk old M, dimple 3 mm in the cleft 1 cm from anus. Tone nl.';
    assert.equal(orderOf(d, 'Plan: come back for MRI lumbar spine under sedation Tuesday.'), 'mri-area-without');
    assert.equal(orderOf(d, 'Plan: come back for US spine in 2 weeks.'), 'us-area');
  });
  for (const plan of ['Plan: come back for NSGY review next week. MRI L-spine w/o ordered.', 'Plan: return to the ED for neurosurgery consult tomorrow. Order: MRI L-spine w/o']) {
    it(`"${plan}" keeps the referral`, () => {
      const r = readNote('Pt: 4 mo F', 'Prior US spine 2 wk ago: conus at L3, thickened filum - abnormal', plan);
      assert.equal(r.facts.referral.neurosurgery, true);
    });
  }
  it('"Return to ED for leg weakness noted by dad today" keeps the weakness', () => {
    const r = readNote(
      'Pt: 3 mo M',
      'Findings: dimple 3 mm in cleft 1 cm from anus. Nl neuro',
      'Return to ED for leg weakness noted by dad today - R leg floppy on my exam.',
      'Order: US spine',
    );
    assert.ok(has(r, 'weakness'));
    assert.equal(r.facts.neuro.state, 'abnormal');
  });
  it('"Come back for leg weakness - L leg 4/5 today" keeps the weakness', () => {
    assert.ok(has(readNote('10 yo M back pain x 10 d. Come back for leg weakness - L leg 4/5 today. Order: XR L-spine'), 'weakness'));
  });
  it('advice told as advice still names no fever: "Advised mom to call back or go to ED for fever >=38.0"', () => {
    assert.ok(!has(readNote('3 wk old M, dimple noticed by mom.', 'Advised mom to call back or go to ED for fever >=38.0, drainage, or lethargy.'), 'fever'));
  });
});

describe('r35 mend H2: a telephone note only under a call heading', () => {
  const dimple = '2 mo F, sacral dimple 3 mm, in the cleft, 1 cm from anus.';
  for (const [first, ...rest] of [
    ['Patient: Ava R   DOB 01/02/2026   Phone: (555) 201-4477', 'Peds clinic visit', dimple, 'Moving both legs normally, good tone.'],
    ['Callback number 555-0199 - mom', `Seen in clinic today. ${dimple}`, 'Kicking both legs symmetrically, tone normal.'],
    ['Clinic visit (booked via phone triage yesterday)', dimple, 'Moving all 4 limbs well, tone nl.'],
    ['Mom phoned yesterday about a dimple; seen in clinic today', dimple, 'Moves all extremities, normal tone.'],
    ['Telephone number verified. Well child check 2 mo F.', 'Sacral dimple 3 mm in cleft 1 cm from anus. MAE, tone nl.'],
    ['NICU discharge - parent phone number updated', dimple, 'Normal tone, moves all limbs.'],
    ['Voicemail left for mom; seen in clinic today 3 wk M.', dimple, 'Normal tone, moves all limbs.'],
    ['Telephone/video visit', `3 mo F, ${dimple.slice(6)} On video kicking both legs well, good tone on handling by mom.`],
    ['Video visit (phone backup used for audio)', dimple, 'On video kicking both legs well.'],
    ['Phone call to mom re US result', '3 mo F, sacral dimple 3 mm in cleft 1 cm from anus. Examined Tuesday: tone normal, MAE.'],
    ['Phone call from Dr Patel (PCP) - referral', '4 mo F, dimple 3 mm in cleft 1 cm from anus. Tone normal, moves all extremities, reflexes 2+ on her exam today.'],
  ]) {
    it(`"${first}": the exam is read (normal)`, () => assert.equal(readNote(first, ...rest, 'Order: US lumbar spine').facts.neuro.state, 'normal'));
  }
  it('"… not possible over video but later in clinic: tone normal, reflexes 2+, MAE" is a normal exam', () => {
    const r = readNote(
      'Telehealth video visit - 3 mo old M',
      'Dimple in the gluteal crease, 1.5 cm above the anus, 2-3 mm.',
      'Formal neuro exam not possible over video but later in clinic: tone normal, reflexes 2+, MAE.',
      'Order: US spine',
    );
    assert.equal(r.facts.neuro.state, 'normal');
  });
  for (const first of ['Nurse advice call', 'T/C from mother', 'After-hours Telephone Triage', 'Triage RN - phone']) {
    it(`"${first}": a caller's "kicking/moving both legs" is no exam`, () => {
      assert.equal(readNote(first, '3 wk M, dimple 3 mm in cleft 1 cm from anus. Moving both legs well.', 'Order: US spine').facts.neuro.state, 'unknown');
    });
  }
});

describe('r35 mend H3: "in the crease/cleft" is the dimple\'s place only in its own clause', () => {
  for (const t of [
    'sacral dimple 3 mm, not in the buttock crease - sits above it, 1 cm above the anus',
    'sacral dimple 3 mm, not within the gluteal crease, 1 cm above the anus',
    'sacral dimple 3 mm, 1 cm above the anus, in the gluteal crease? no - above it',
    'sacral dimple 3 mm, 1 cm above the anus. Diaper rash in the buttock crease.',
    'sacral dimple 3 mm, 1 cm above the anus. Mom thought it was in the buttock crease but it sits over L5.',
    "sacral dimple 3 mm, 1 cm above the anus. Mom's own dimple is in the buttock crease.",
    'sacral dimple 3 mm, not in the cleft, 1 cm above the anus',
    'sacral dimple 3 mm, 1 cm above the anus. Diaper rash in the cleft.',
    "sacral dimple 3 mm, 1 cm above the anus. Mom's own dimple is in the natal cleft.",
  ]) {
    it(`"${t}" is not within the cleft`, () => assert.notEqual(dimpleOf(t).position, 'within-cleft'));
  }
  it('"Second dimple in the gluteal crease of the L thigh" makes the dimple more than one, not within the cleft', () => {
    const d = dimpleOf('sacral dimple 3 mm, 1 cm above the anus. Second dimple in the gluteal crease of the L thigh.');
    assert.equal(d.multiple, true);
    assert.notEqual(d.position, 'within-cleft');
  });
  for (const t of ['sacral dimple 3 mm, in the crease, 1 cm above his bottom crease', 'sacral dimple 3 mm, in the cleft, 1 cm above her bottom cheeks']) {
    it(`"${t}": the bottom's crease or cheeks are no anus`, () => assert.equal(dimpleOf(t).distanceCm, undefined));
  }
  it('the dimple\'s own "in the cleft" still counts in a run-on note that denies a rash', () => {
    assert.equal(dimpleOf('6 mo M dimple 3mm in cleft 1.5cm from anus no fever no rash baby active moving all limbs normal tone').position, 'within-cleft');
  });
  it('the simple-dimple rule does not fire for a dimple told outside the crease', () => {
    const r = readNote(
      'Pt: 2 mo F',
      'Findings: sacral dimple 3 mm, not in the buttock crease - sits above it, 1 cm above the anus',
      'Neuro: nl tone, MAE',
      'Order: US lumbar spine',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
});

describe('r35 mend W2: "no" before a movement or reflex of the legs is a deficit', () => {
  for (const t of [
    '6 mo M, dimple 3 mm in cleft 1.5 cm from anus. No active movement of L leg. Tone normal.',
    '6 mo M, dimple 3 mm in cleft 1.5 cm from anus. No leg movement on the L, tone normal.',
    '6 mo M, dimple 3 mm in cleft 1.5 cm from anus. No reflexes elicited in legs; tone normal.',
    '6 mo M, dimple 3 mm in cleft 1.5 cm from anus. Exam: no kicking of the L leg, tone normal.',
    '6 mo M dimple 3mm in cleft 1.5cm from anus no active movement LL tone normal plan US spine',
    '6 mo M dimple 3mm in cleft 1.5cm from anus no leg movement tone normal plan US spine',
    '6 mo M dimple 3mm in cleft 1.5cm from anus no visible movement LL reflexes normal plan US spine',
    '6 mo M dimple 3mm in cleft 1.5cm from anus no hip flexion L side tone normal plan US spine',
    '6 mo M dimple 3mm in cleft 1.5cm from anus no LL movement on L tone normal plan US spine',
    '6 mo M dimple 3mm in cleft 1.5cm from anus nil spontaneous movement LL power normal UL plan US spine',
    '6 mo M dimple 3mm in cleft 1.5cm from anus no ankle reflexes tone normal plan US spine',
  ]) {
    it(`"${t}" is an abnormal exam; simple-dimple does not fire`, () => {
      const r = readNote(t, 'Order: MRI L-spine');
      assert.equal(r.facts.neuro.state, 'abnormal');
      assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
    });
  }
  for (const t of ['No abnormal movements. Tone normal, MAE.', 'No involuntary movements, no clonus, no asymmetry. Tone normal, MAE.']) {
    it(`"${t}" stays a normal exam`, () => {
      assert.equal(readNote(`6 mo M, dimple 3 mm in cleft 1.5 cm from anus. ${t}`, 'Order: US spine').facts.neuro.state, 'normal');
    });
  }
});
