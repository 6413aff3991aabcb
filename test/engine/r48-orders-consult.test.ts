/**
 * Round 48's held-out sets 97 (East and South-East Asian-trained doctors' notes) and 98 (on-call and consult notes): a
 * referral told after a study's bare "w/o" and a comma, advice that a study "won't help", a follow-up told never
 * arranged, and a registrar's or senior's relayed advice keyed as "SpR advice:". Each reading with the look-alikes it
 * must leave alone.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const referredOf = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;

describe('a referral after a study ending on a bare "w/o" (s97)', () => {
  const head = ['3 m/o M', 'sacral dimple + hair tuft. Spinal US: conus at L3, thickened filum.', 'neuro normal'];

  it('reads the referral after "w/o," "w/o;" or "w/o +" as made, the study still without contrast', () => {
    for (const plan of [
      'Plan: MRI L-spine w/o, referred to neurosurgery OPD',
      'Plan: MRI L-spine w/o, refer NS (neurosurgery)',
      'Plan: MRI L-spine w/o; refer to neurosurgery',
      'Plan: MRI L-spine w/o + neurosurgery referral',
    ]) {
      assert.equal(referredOf(...head, plan), true, plan);
      assert.equal(orderOf(...head, plan), 'mri-area-without', plan);
    }
  });

  it('still reads a referral denied, conditioned or absent', () => {
    for (const plan of [
      'Plan: MRI L-spine w/o contrast. No referral to neurosurgery',
      'Plan: MRI L-spine w/o, refer to neurosurgery if abnormal',
      'Plan: MRI L-spine w/o, no neurosurgery referral',
      'Plan: MRI L-spine w/o',
    ])
      assert.equal(referredOf(...head, plan), false, plan);
  });

  it('keeps "w/o" before a finding a denial', () => {
    assert.equal(presentIn('fever', '9 yo M', 'back pain 2 weeks w/o fever, w/o night pain.', 'Plan: XR L-spine'), false);
  });
});

describe('advice that a study "won\'t help" (s98 telephone advice)', () => {
  const head = ['25 mo boy, soft midline lump over lower back ~3cm, ?lipoma. Present since birth.', 'GP examined legs - normal tone, power, reflexes.'];

  it('reads the study advised against as no order, the study requested after it as the order', () => {
    assert.equal(
      orderOf(...head, "GP had wanted XR spine - advised XR won't help, at this age US not reliable either.", 'Will request MRI lumbar spine (no contrast) from our side.'),
      'mri-area-without',
    );
    assert.equal(orderOf(...head, 'Advised XR L-spine will not help.'), null);
  });

  it('keeps advice with no such words an order', () => {
    assert.equal(orderOf(...head, 'Advised XR L-spine.'), 'xr-area');
    assert.equal(orderOf(...head, 'Advised MRI L-spine w/o.'), 'mri-area-without');
  });
});

describe('a study told never arranged, booked or ordered (s98 night notes)', () => {
  const head = ['7mo girl, admitted with gastro.', 'Known port wine stain over lumbar spine ~4cm.'];

  it('reads no order from a study told never arranged, never booked or never ordered', () => {
    for (const l of ['Spinal US never arranged.', 'Spinal US never been arranged.', 'Repeat spinal US never booked.', 'Spinal US never ordered.'])
      assert.equal(orderOf(...head, l, 'Legs normal.'), null, l);
  });

  it('keeps the study requested after it, one ordered later in the sentence, and one told arranged', () => {
    assert.equal(orderOf(...head, 'Spinal US never arranged.', 'Have requested XR lumbosacral spine AP+lat for the morning.'), 'xr-area');
    assert.equal(orderOf(...head, 'Spinal US never ordered by GP - I have ordered it today.'), 'us-area');
    assert.equal(orderOf(...head, 'Spinal US never requested by GP - I have requested it today.'), 'us-area');
    assert.equal(orderOf(...head, 'Spinal US arranged.'), 'us-area');
  });
});

describe('a registrar\'s or senior\'s relayed advice keyed as "SpR advice:" (s98 ward rounds and consults)', () => {
  const head = ['11mo F, admitted with bronchiolitis', 'Noted deviated gluteal cleft with a dimple at the top of it'];

  it('reads the study opening the value as the plan', () => {
    assert.equal(orderOf(...head, 'SpR advice: spinal US.  -> requested'), 'us-area');
    assert.equal(
      orderOf('13yo boy', 'LBP 2 months, constant. XR L spine (4 wks ago) normal.', 'SpR advice: MRI whole spine non contrast. Paeds to request.'),
      'mri-complete-without',
    );
    assert.equal(orderOf(...head, 'Reg advice (phone): spinal US'), 'us-area');
  });

  it("leaves another specialty's advice, a study done and a conditioned study unread", () => {
    assert.equal(orderOf(...head, 'Ortho reg advice: MRI L-spine at their clinic.'), null);
    assert.equal(orderOf(...head, 'SpR advice: spinal US last week normal.'), null);
    assert.equal(orderOf(...head, 'Reg advice: spinal US if dimple deep.'), null);
  });
});

describe('"check" before a study as the order (s97, East and South-East Asian-trained writers)', () => {
  const head = ['8 y/o F', 'back pain 5 days. no fever. neuro exam normal'];

  it('reads a sentence opening on "check" and a study, after an arrow or after advice, as the order', () => {
    assert.equal(orderOf(...head, 'Check CT L-spine with contrast'), 'ct-area-with');
    assert.equal(orderOf(...head, 'mother very worried -> check MRI whole spine'), 'mri-complete-without');
    assert.equal(orderOf('2 y/o M', 'hair tuft at lower back. drags R leg.', 'Suggest: check MRI whole spine'), 'mri-complete-without');
    assert.equal(orderOf('2 y/o M', 'hair tuft at lower back. drags R leg.', 'Advised check MRI whole spine'), 'mri-complete-without');
  });

  it('leaves a check of a report, a result, films, a question, a condition or a study done unread', () => {
    for (const l of [
      'Check MRI report with radiology.',
      'XR L-spine done last week. Check XR result tomorrow.',
      'Check if MRI L-spine was done at OSH.',
      'Check MRI L-spine if pain persists.',
      'Check XR films from OSH.',
      'MRI done -> check MRI findings with radiology',
      'Checked MRI L-spine from 2024: normal.',
      'if no better -> check MRI whole spine',
    ])
      assert.equal(orderOf(...head, l), null, l);
    assert.equal(orderOf('2 y/o M', 'hair tuft at lower back. drags R leg.', 'Suggest: check MRI whole spine if worse'), null);
  });
});
