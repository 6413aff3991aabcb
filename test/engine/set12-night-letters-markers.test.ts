/**
 * Set12 leftovers: night pain told as waking from sleep, "persistent" (lasting) is no constant pain, a lab line's
 * suspicion, overuse from a heavy school bag but not from activity that goes on unchanged, a GP letter's referral
 * written to neurosurgery, a foot that is higher-arched or turns in (orthopedic, not neurologic), a neuro exam not
 * done, "IH" for an infantile haemangioma, a red patch that is the haemangioma the note names. Each with the
 * near-misses it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (r: ReturnType<typeof readNote>, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);
const markers = (...lines: string[]) =>
  [
    ...new Set(
      readNote(...lines)
        .facts.hits.filter((h) => h.present && h.finding.category === 'cutaneous-marker')
        .map((h) => h.finding.id),
    ),
  ]
    .sort()
    .join(',');

describe('set12: night pain and persistent pain', () => {
  it('"wakes pt from sleep most nights" is night pain', () => {
    const r = readNote('Pt presents with: back pain', 'Age: 12 y', 'Quality: aching, wakes pt from sleep most nights', 'Exam: neuro WNL', 'Orders: XR lumbar spine 2V');
    assert.ok(present(r, 'night-pain'));
    assert.equal(r.scenario, 'back-pain-red-flags');
  });
  it('"woken from sleep by the pain", "waking her from her sleep" are night pain', () => {
    assert.ok(present(readNote('HPI: 12 yo F, low back pain x 2 wk, waking her from her sleep.'), 'night-pain'));
  });
  it('sleeping through the night is no night pain, and a denied waking stays denied', () => {
    assert.ok(!present(readNote('HPI: 12 yo F, low back pain x 2 wk, sleeps through the night.'), 'night-pain'));
    assert.ok(!present(readNote('HPI: 12 yo F, low back pain x 2 wk, does not wake him from sleep.'), 'night-pain'));
  });
  it('"persistent back pain" is lasting pain, not constant pain', () => {
    const r = readNote('HPI: 14 yo F, persistent back pain with night pain', 'Neuro: intact');
    assert.ok(!present(r, 'constant-pain'));
    assert.ok(present(r, 'night-pain'));
    assert.ok(!present(readNote('HPI: 14 yo F, persistent pain in the low back x 2 wk', 'Neuro: intact'), 'constant-pain'));
  });
  it('"constant back pain" still is constant pain', () => {
    assert.ok(present(readNote('HPI: 14 yo F, constant back pain x 2 wk', 'Neuro: intact'), 'constant-pain'));
  });
  it('persistent back pain for more than 4 weeks is still a red flag by its duration', () => {
    assert.equal(readNote('HPI: 14 yo F, persistent back pain x 6 weeks', 'Neuro: intact', 'Plan: XR L-spine').scenario, 'back-pain-red-flags');
  });
  it('a duration before "low thoracic/lumbar back pain" is read', () => {
    const r = readNote('HPI: 13 y F, 10 weeks of low thoracic/lumbar back pain. Worse at the end of the day.', 'Neuro: intact');
    assert.equal(Math.round(r.facts.painWeeks?.weeks ?? 0), 10);
  });
});

describe('set12: a suspicion on a lab line', () => {
  const onc = ['Onc ward round', '4y M, pre-B ALL, maintenance. Back pain x 1 week. Afebrile.', 'Exam: tender over lumbar spine, neuro exam normal.'];
  it('"FBC: … worried about leukaemic infiltration of the spine" is a suspected tumour', () => {
    assert.equal(
      readNote(...onc, 'FBC: Hb 9.1, plt 88 (dropping). Worried about relapse / leukaemic infiltration of the spine.', 'Plan: MRI whole spine').scenario,
      'back-pain-infection-tumor',
    );
  });
  it('"CBC:" and "Bloods:" lines are read as findings too', () => {
    assert.equal(readNote(...onc, 'Bloods: ESR 80, concern for vertebral osteomyelitis.', 'Plan: MRI L-spine').scenario, 'back-pain-infection-tumor');
    assert.ok(!readNote(...onc, 'CBC: normal', 'Plan: MRI L-spine').rules.includes('unknown-key'));
  });
  it('a normal lab line or a worry about something else is no suspicion', () => {
    assert.notEqual(readNote(...onc, 'FBC: normal. Worried about posture.', 'Plan: XR L-spine').scenario, 'back-pain-infection-tumor');
  });
});

describe('set12: overuse and ordinary activity', () => {
  it('a heavy school bag carried daily is overuse', () => {
    assert.equal(
      readNote(
        '10 yr girl, c/o low back ache since 10 days, worse after school. Carries heavy school bag (7 kg) and walks 2 km to school. No fever, no night pain.',
        'O/E: neuro normal',
      ).scenario,
      'back-pain-overuse',
    );
  });
  it('"no change in play or sports" is no overuse', () => {
    assert.equal(
      readNote('9 yr M, c/o backache since 1 week. No h/o trauma. No fever, no night pain. No change in play or sports.', 'O/E: neuro examination normal', 'Adv: X-ray LS spine')
        .scenario,
      'back-pain-no-red-flags',
    );
    assert.equal(readNote('HPI: 9 yr M, backache x 1 week, sports unchanged. No night pain.', 'Neuro: normal').scenario, 'back-pain-no-red-flags');
  });
  it('a sport named beside an unchanged load is still overuse', () => {
    assert.equal(readNote('HPI: 14 yo gymnast, low back pain x 2 wk, no increase in training.', 'Neuro: normal').scenario, 'back-pain-overuse');
    assert.equal(readNote('HPI: 14 yo F, low back pain x 2 wk after soccer camp, no change in sleep.', 'Neuro: normal').scenario, 'back-pain-overuse');
  });
});

describe('set12: a GP letter', () => {
  const letter = (...tail: string[]) => [
    'Dear Doctor,',
    'Re: Baby Oisin, 6/12',
    "I'd be grateful if you could see this 6-month-old boy. I noticed a tuft of dark hair over his lower back with a small dimple in the middle of it.",
    ...tail,
  ];
  it('"I have also written to the neurosurgical team" after an aside about another study is a referral made', () => {
    const r = readNote(...letter("I've arranged an USS of the lumbar spine (date pending), and given the foot I have also written to the neurosurgical team directly."));
    assert.equal(r.facts.referral.neurosurgery, true);
  });
  it('a condition on the referral itself still holds it back', () => {
    assert.equal(readNote(...letter('Plan: USS lumbar spine, NSGY referral (pending MRI).')).facts.referral.neurosurgery, false);
    assert.equal(readNote(...letter('Plan: USS, refer to neurosurgery (if USS abnormal).')).facts.referral.neurosurgery, false);
    assert.equal(readNote(...letter('I will write to the neurosurgical team if the scan is abnormal.')).facts.referral.neurosurgery, false);
  });
  it('a foot that turns in and looks higher-arched is an orthopedic sign, not a neurologic deficit', () => {
    const r = readNote(...letter('Mum also thinks his right foot is turning in more than the left, and it does look higher-arched to me. His tone and reflexes seemed normal.'));
    assert.ok(present(r, 'foot-deformity'));
    assert.equal(r.facts.neuro.state, 'normal');
  });
  it('a leg that moves less than the other still is a deficit', () => {
    assert.equal(readNote(...letter('His right leg moves less than the left. His tone seemed normal.')).facts.neuro.state, 'abnormal');
  });
  it('"I didn\'t examine her neurologically today" leaves the exam unknown', () => {
    assert.equal(readNote(...letter("She's feeding and kicking well; I didn't examine her neurologically today.")).facts.neuro.state, 'unknown');
    assert.equal(readNote(...letter('Kicking well. Neuro exam deferred (asleep).')).facts.neuro.state, 'unknown');
  });
  it('an observed normal exam without such a statement, or with only a part not done, stays normal', () => {
    assert.equal(readNote(...letter("She's feeding and kicking well.")).facts.neuro.state, 'normal');
    assert.equal(readNote(...letter("I didn't examine her hips today; tone and reflexes normal.")).facts.neuro.state, 'normal');
  });
  it('a deficit told beside an exam not done still counts', () => {
    assert.equal(readNote(...letter("I didn't examine her neurologically today, but her left leg moves less than the right.")).facts.neuro.state, 'abnormal');
  });
});

describe('set12: IH and a red patch', () => {
  it('"IH" in capitals beside the back or its treatment is an infantile haemangioma', () => {
    assert.equal(markers('Peds derm f/u', '11-month-old boy, IH 2 cm at the upper gluteal cleft, on propranolol since 3 mo.'), 'hemangioma');
    assert.equal(markers('Pt: 3 mo F', 'Findings: sacral IH, on propranolol', 'Order: US spine'), 'hemangioma');
  });
  it('"IH" of an inguinal hernia, or in lower case, is none', () => {
    assert.equal(markers('Pt: 4 mo M', 'Hx: s/p L IH repair at 2 mo, now sacral dimple', 'Order: US spine'), '');
    assert.equal(markers('Pt: 4 mo M', 'Hx: bilateral IH, repaired. Sacral dimple 3 mm.', 'Order: US spine'), '');
    assert.equal(markers('Pt: 3 mo F', 'Findings: ih over the sacrum', 'Order: US spine'), '');
  });
  it('a red patch that the note names a haemangioma is the haemangioma', () => {
    assert.equal(
      markers(
        'Q: 6-wk-old girl, red patch over the coccyx with a little tag of skin beside it.',
        'A: This looks like an early superficial infantile hemangioma (~1 cm) over the coccyx with a small skin tag next to it.',
      ),
      'hemangioma,skin-appendage',
    );
  });
  it('a red patch alone, beside another marker only, or denied a haemangioma is a discoloration', () => {
    assert.equal(markers('Pt: 3 mo F', 'Findings: red patch over the sacrum', 'Order: US spine'), 'discoloration');
    assert.equal(markers('Pt: 3 mo F', 'Findings: red patch over the sacrum and hair tuft', 'Order: US spine'), 'discoloration,hair-tuft');
    assert.equal(markers('Pt: 3 mo F', 'Findings: red patch over the sacrum, not a hemangioma', 'Order: US spine'), 'discoloration');
    assert.equal(markers('Pt: 3 mo F', 'Findings: cafe au lait patch and hemangioma over the sacrum', 'Order: US spine'), 'discoloration,hemangioma');
  });
});
