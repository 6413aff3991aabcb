/**
 * Round 47's held-out sets 89 (follow-up visits with earlier studies and their results) and 90 (families and other
 * clinicians asking, declining or deferring imaging): a pain told settled kept (its reader taken out), a clinic shared with the fracture service, a
 * cancer's return worried about in a hurried "Concern relapse", and (taken out) the plan after a talk with a senior. Each reading with
 * the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { orderOf, presentIn, readNote, traumaOf } from '../helpers';

const scenarioOf = (...lines: string[]) => readNote(...lines).scenario;

describe('a pain told settled is not read as over (s89 reader taken out, second review r47)', () => {
  // The round's settled-pain reader (pain-settled.ts) is taken out: a second review found it dropped back pain with night pain
  // told in the same sentence. A missed reading is the smaller harm: the pain stays present, as before the round.
  it('keeps a back pain or a fever told "fully settled", "has settled", "now settled" or "now resolved"', () => {
    const lines = ['f/u 10 yo M - back pain fully settled. MRI 3/12 ago normal.', 'No pain now, back to football.', 'No further imaging. Discharged.'];
    assert.equal(presentIn('back-pain', ...lines), true);
    assert.equal(presentIn('back-pain', '10 yo M - back pain has settled.'), true);
    assert.equal(presentIn('back-pain', '10 yo M - back pain now settled.'), true);
    assert.equal(presentIn('back-pain', '10 yo M - back pain now resolved.'), true);
    assert.equal(presentIn('fever', '10 yo M - fever now settled, back pain persists.'), true);
  });

  it('keeps the back pain and its red flags when night pain is told beside "settled" (second review r47)', () => {
    for (const l of [
      'Back pain fully settled, night pain persists.',
      'Back pain now settled, wakes at night.',
      'Back pain now settled; wakes at night with pain.',
      'Back pain has settled, wakes him from sleep 3x/wk.',
      'LBP now resolved, ongoing night waking.',
      'Back pain fully settled. Pain is back since Monday, waking at night.',
    ]) {
      assert.equal(presentIn('back-pain', '12 yo M.', l, 'Plan MRI L-spine.'), true, l);
      assert.equal(scenarioOf('12 yo M.', l, 'Plan MRI L-spine.'), 'back-pain-red-flags', l);
    }
  });

  it('keeps a pain told not settled, not yet or only partly settled', () => {
    assert.equal(presentIn('back-pain', '10 yo M - back pain not settled.'), true);
    assert.equal(presentIn('back-pain', "10 yo M - back pain hasn't settled."), true);
    assert.equal(presentIn('back-pain', '10 yo M - back pain has not settled.'), true);
    assert.equal(presentIn('back-pain', '10 yo M - back pain still not settled.'), true);
    assert.equal(presentIn('back-pain', '10 yo M - back pain partially settled with physio.'), true);
    assert.equal(presentIn('back-pain', "10 yo M - back pain hasn't resolved."), true);
    assert.equal(presentIn('night-pain', '10 yo M - back pain not fully settled, still waking at night.'), true);
    assert.equal(presentIn('back-pain', '10 yo M - fever now settled, back pain persists.'), true);
  });

  it('keeps a pain settled only partly, in question, for a while or under a condition, and a finding before another told settled (review r47-B)', () => {
    const lost = [
      'Back pain mostly settled, still wakes at night.',
      'Back pain settled somewhat, night pain ongoing.',
      'Back pain largely settled, weakness L leg persists.',
      'Back pain settled then returned 1 wk ago with leg weakness.',
      'Back pain had settled, now back 2 days with fever.',
      'Back pain settled on rest, returns with sport.',
      'Back pain settled initially, then worse again 3 days.',
      'Back pain settled with analgesia, recurs when stopped, night pain.',
      'Back pain settled in ED after morphine, still unable to walk.',
      'Back pain not much settled, worse at night.',
      'Back pain barely settled with ibuprofen.',
      'Back pain: settled at rest, present with activity and at night.',
      'Back pain - settled? Mum unsure, still limping.',
      'Back pain settled??',
      'Back pain has settled, but still wakes at night.',
      'Back pain now settled, recurs when stopped.',
    ];
    for (const l of lost) {
      assert.equal(presentIn('back-pain', '12 yo M.', l, 'Plan MRI L-spine.'), true, l);
      assert.notEqual(scenarioOf('12 yo M.', l, 'Plan MRI L-spine.'), 'no-criteria', l);
    }
    assert.equal(presentIn('night-pain', '12 yo M. Back pain mostly settled, still wakes at night.'), true);
    const numb = ['12 yo M. Numbness both feet with back pain that has now settled.', 'Plan MRI L-spine.'];
    assert.equal(presentIn('numbness', ...numb), true);
    assert.equal(presentIn('back-pain', ...numb), true);
    const night = ['12 yo M. Back pain, night pain now resolved on naproxen, recurs if stopped.', 'Plan MRI L-spine.'];
    assert.equal(presentIn('night-pain', ...night), true);
    assert.equal(presentIn('back-pain', ...night), true);
  });

  it('leaves a finding beside a baby told settled', () => {
    assert.equal(presentIn('sacral-dimple', '2 mo F, sacral dimple, baby settled and feeding well.', 'Plan US spine.'), true);
  });
});

describe('a fracture clinic shared with another service names no injury (s89)', () => {
  it('reads no trauma from "Ortho fracture/peds clinic"', () => {
    const lines = [
      'Ortho fracture/peds clinic - 2 yr old male',
      'Referred by GP for toe walking L side x 2 months, L foot now smaller than R (shoe size diff).',
      'Has sacral dimple, deep, base not seen. US at 3 wks old was normal - conus L1-2.',
      'Plan: MRI lumbar spine w/o contrast. Referred to paed neurosurgery today.',
    ];
    assert.equal(traumaOf(...lines), 'none');
    assert.equal(scenarioOf(...lines), 's1-cutaneous-marker');
    assert.equal(traumaOf('Fracture/ortho clinic - 4 yo F', 'Sacral dimple, deep.', 'Plan: MRI L-spine.'), 'none');
  });

  it('still reads the injury told in the same clinic’s note', () => {
    assert.equal(traumaOf('Ortho fracture/peds clinic - 12 yr old male', 'Fell off trampoline yesterday, L1 tenderness.', 'Plan: XR L-spine.'), 'significant');
    assert.equal(traumaOf('Fracture/peds clinic - 12 yr old male', 'L1 compression fracture on XR last week after fall from horse.', 'Plan: MRI L-spine.'), 'significant');
  });
});

describe('a bare "Concern" before a cancer’s return suspects it (s89)', () => {
  const head = ['Heme-onc clinic', '11 yo F, ALL in maintenance (dx 2 yrs ago). New back pain 2 wks, waking her at night.', 'No fever. Neuro exam normal.'];
  it('reads "Concern relapse / vertebral collapse on steroids" as a suspected tumour', () => {
    assert.equal(scenarioOf(...head, 'Concern relapse / vertebral collapse on steroids.', 'Order: MRI whole spine with contrast.'), 'back-pain-infection-tumor');
    assert.equal(scenarioOf(...head, 'Worry relapse.', 'Order: MRI whole spine with contrast.'), 'back-pain-infection-tumor');
    assert.equal(scenarioOf(...head, '- Concern relapse.', 'Order: MRI whole spine with contrast.'), 'back-pain-infection-tumor');
    assert.equal(scenarioOf(...head, 'Concern ALL relapse.', 'Order: MRI whole spine with contrast.'), 'back-pain-infection-tumor');
    assert.equal(presentIn('suspected-infection-tumor', '11 yo F, new back pain 2 wks.', 'Concern: leukaemia.', 'Order: MRI whole spine.'), true);
  });

  it('leaves a relapse denied, a family’s worry answered, and a concern about something else', () => {
    const known = ['11 yo F. Main concern ALL on maintenance with new back pain 2 wks.', 'Order: MRI L-spine.'];
    assert.equal(presentIn('suspected-infection-tumor', ...known), false);
    assert.equal(presentIn('malignancy', ...known), true);
    assert.equal(scenarioOf(...head, 'No concern relapse - likely mechanical.', 'Order: MRI whole spine with contrast.'), 'back-pain-red-flags');
    const mums = ['11 yo F, ALL in remission. New back pain 2 wks, waking her at night.', "Mum's concern relapse - reassured.", 'Order: XR L-spine.'];
    assert.equal(presentIn('suspected-infection-tumor', ...mums), false);
    // Review r47-B: a worry played down, or only the family's, is no clinician's suspicion.
    const probes = [
      ['Minimal concern relapse. ALL in remission, back pain 2 d after PE.', 'Order: MRI whole spine with contrast.'],
      ['Parental concern relapse. Clinically well, ALL in remission 4 yrs.', 'New back pain.', 'Order: MRI whole spine with contrast.'],
      ['Family concern relapse, clinically no evidence.', '11 yo F, ALL in remission, back pain.', 'Order: MRI whole spine with contrast.'],
      ['11 yo F, ALL in remission, back pain.', 'Concern relapse (mum), exam reassuring.', 'Order: MRI whole spine with contrast.'],
      ['11 yo F, ALL in remission, back pain.', 'Mum: concern relapse.', 'Order: MRI whole spine with contrast.'],
      ['11 yo F, ALL in remission, back pain.', 'Low concern relapse.', 'Order: MRI whole spine with contrast.'],
    ];
    for (const p of probes) {
      assert.equal(presentIn('suspected-infection-tumor', ...p), false, p.join(' '));
      assert.notEqual(scenarioOf(...p), 'back-pain-infection-tumor', p.join(' '));
    }
    assert.equal(
      presentIn('suspected-infection-tumor', '11 yo F, ALL in remission, off treatment. New back pain after football.', 'Concern mechanical.', 'Order: XR L-spine.'),
      false,
    );
  });
});

describe('the study after a talk with a senior and a dash is not read as the plan (taken out after review r47, out47-2)', () => {
  // The talk-and-dash reading read outcomes declined, cancelled or of another's as the order; taken out, none of these orders.
  const head = '15 yo M rugby tackle, heavy collision head down, neck pain, midline C-spine tenderness. No paraesthesia, neuro exam normal.';
  it('reads no order from a talk with a clinician and the study after its dash', () => {
    assert.equal(orderOf(head, 'Dad keen on X-ray but discussed with senior - CT C-spine w/o contrast.'), 'none');
    assert.equal(orderOf(head, 'D/w reg: CT C-spine w/o contrast.'), 'none');
    assert.equal(orderOf(head, 'Spoke to the ED consultant - CT C-spine w/o contrast.'), 'none');
    assert.equal(orderOf(head, 'Seen by ortho reg - CT C-spine w/o contrast.'), 'none');
    assert.equal(orderOf(head, 'Discussed with senior - CT C-spine w/o contrast. Collar on.'), 'none');
    assert.equal(orderOf('14 yo fell off trampoline, midline tender. Discussed with senior - CT C-spine w/o contrast. Collar on, analgesia.'), 'none');
  });

  it('reads no order from a talk with the family, one to come or not had, and an outcome asked, declined, conditioned, done or open', () => {
    assert.equal(orderOf(head, 'Discussed with mum - CT C-spine w/o contrast.'), 'none');
    assert.equal(orderOf(head, 'Will discuss with senior - CT C-spine w/o contrast.'), 'none');
    assert.equal(orderOf(head, 'Not discussed with senior - CT C-spine w/o contrast.'), 'none');
    assert.equal(orderOf(head, 'Discussed with senior - CT C-spine?'), 'none');
    assert.equal(orderOf(head, 'Discussed with senior - CT C-spine not indicated, clinically cleared.'), 'none');
    assert.equal(orderOf(head, 'Discussed with senior - CT C-spine if pain persists.'), 'none');
    assert.equal(orderOf(head, 'Discussed with senior - CT C-spine done in ED, normal.'), 'none');
    assert.equal(orderOf(head, 'Discussed with senior - CT C-spine 2 days ago normal.'), 'none');
    assert.equal(orderOf(head, 'Discussed with senior - CT C-spine vs XR first.'), 'none');
  });

  it('reads no order from an outcome cancelled or declined after it (second review r47)', () => {
    assert.equal(orderOf('Spoke to on call - CT C-spine w/o. Reviewed by consultant - not needed, cancelled.'), 'none');
    assert.equal(orderOf('14 yo fell off trampoline, midline tender. Discussed with senior - CT C-spine w/o contrast. Parents decline, want to go home.'), 'none');
  });
});
