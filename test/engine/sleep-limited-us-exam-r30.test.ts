/**
 * Round 30, context: three readings of what a note says happened rather than what it found.
 *
 * 1. Back pain that costs the child sleep is night pain: "keeps him awake at night", "has kept her awake", "pain
 *    disrupts his sleep", "up most nights with the pain", "stops her sleeping". Sleep lost is the pain's only when the
 *    pain is its subject or the clause opens with it: reflux or a sibling that keeps a child awake is no night pain, nor
 *    a cause told after it ("keeps him awake with a cough"); a denial ("does not keep him awake") denies it.
 * 2. An earlier spinal US that was limited, technically inadequate, non-diagnostic or could not be completed is
 *    indeterminate (a "normal, though limited" one too: a limit outranks a normal read), and one "never repeated"
 *    was still done. A study planned, or of another region, is no prior spinal US.
 * 3. An exam the note says could not be done ("unable to examine tone or reflexes over video", "tone and reflexes
 *    unable to be assessed") is unknown, never abnormal, and a parent's report is no exam; a deficit of the child
 *    ("unable to walk", "unable to move legs") stays abnormal.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const nightPain = (...lines: string[]) => {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === 'night-pain');
  return hits.some((h) => h.present) ? 'present' : hits.some((h) => h.negated) ? 'denied' : 'none';
};
const teen = (hx: string) => ['Age: 12 y', `History: ${hx}`, 'Neuro: normal', 'Order: MRI L-spine w/o contrast'];
const infant = (hx: string) => ['Age: 3 mo', `History: ${hx}`, 'Order: US spine'];

describe('r30: back pain that keeps the child awake is night pain', () => {
  for (const hx of [
    'Back pain for 2 weeks, keeps him awake at night. No fever.',
    'LBP x 3 wk; it keeps her awake most nights.',
    'Low back pain 4 wk, keeping him awake at night.',
    'Lumbar pain, has kept her awake the last few nights.',
    'Back pain 3 wk. Now also keeps him awake.',
    'Back pain 3 wk, pain disrupts his sleep.',
    'Back pain 3 wk; up at night with the pain.',
    'Back pain 3 wk, up most nights with pain.',
    'Back pain 3 wk, stops her sleeping.',
    'Back pain x 3 wk, pain interrupts her sleep.',
  ]) {
    it(`"${hx}" is night pain, a red flag`, () => {
      assert.equal(nightPain(...teen(hx)), 'present');
      assert.equal(readNote(...teen(hx)).scenario, 'back-pain-red-flags');
    });
  }
  it('a Red flags value that opens with sleep lost keeps it ("Red flags: cancer, disturbs sleep")', () =>
    assert.equal(nightPain('Age: 9 y', 'Presentation: low back pain 7 wk', 'Red flags: interrupts her sleep', 'Order: MRI L-spine'), 'present'));

  for (const hx of ['Back pain x 3 wk, pain does not keep him awake.', "Back pain x 3 wk, doesn't keep her up at night.", 'Back pain x 3 wk, pain does not disturb her sleep.']) {
    it(`"${hx}" denies night pain`, () => assert.equal(nightPain(...teen(hx)), 'denied'));
  }
  for (const hx of [
    'Back pain x 3 wk. Baby brother keeps him awake at night.',
    'Back pain x 3 wk. Reflux keeps her awake at night.',
    'Back pain x 3 wk, keeps him awake at night with a cough.',
    'Back pain x 3 wk, sleeping well.',
  ]) {
    it(`"${hx}" is no night pain`, () => assert.notEqual(nightPain(...teen(hx)), 'present'));
  }
  for (const hx of ['Sacral dimple. Baby keeps us awake at night crying.', 'Sacral dimple. Crying keeps her awake at night.']) {
    it(`an infant's "${hx}" is no night pain`, () => {
      assert.notEqual(nightPain(...infant(hx)), 'present');
      assert.equal(readNote(...infant(hx)).scenario, 's1-cutaneous-marker');
    });
  }
  it('"If it starts keeping him awake at night, return" is a condition, not night pain', () =>
    assert.notEqual(nightPain(...teen('Back pain x 3 wk. If it starts keeping him awake at night, return.')), 'present'));
});

/** The most recent spinal US read ('none' when there is none). */
function priorUs(...lines: string[]): string {
  const us = readNote(...lines).facts.prior.filter((p) => p.modality === 'US');
  return us.length ? us[us.length - 1].result : 'none';
}
const patch = (told: string, order = 'Order: CT L-spine w/o contrast') => ['Age: 2 y', `Hx: midline lumbar hypopigmented patch. ${told}`, 'Neuro: normal', order];

describe('r30: a limited earlier spinal US is indeterminate', () => {
  for (const told of [
    'Spinal US in infancy was limited by motion and never repeated.',
    'Spinal US was limited by motion and never repeated.',
    'Spine ultrasound as a newborn: technically inadequate.',
    'Spinal ultrasound at 4 mo could not be completed (infant too unsettled).',
    'Spinal US at 5 mo - views inadequate.',
    'Spinal US at 3 months non-diagnostic due to ossification.',
    'Had a spinal US as a baby, suboptimal because of body habitus.',
    'Spinal US at 2 mo normal, though limited views.',
  ]) {
    it(`"${told}" is indeterminate, and CT after it is next-study-after-ultrasound`, () => {
      assert.equal(priorUs(...patch(told)), 'indeterminate');
      const rules = readNote(...patch(told)).rules;
      assert.ok(rules.includes('next-study-after-ultrasound'), rules.join());
      assert.ok(!rules.includes('inappropriate-initial-study'), rules.join());
    });
  }
  it('a US never repeated keeps its result ("conus at L3, never followed up" stays abnormal)', () =>
    assert.equal(priorUs('4 y M w/ hair tuft, spinal US at 2 mo read as conus at L3, never followed up. Neuro nl. MRI L-spine w/o'), 'abnormal'));
  for (const told of [
    'Never had a spinal US.',
    'Spinal US never done.',
    'Spinal US was never completed.',
    'Spinal US planned, may be limited by ossification.',
    'Renal US at 2 mo limited by bowel gas.',
  ]) {
    it(`"${told}" is no prior spinal US`, () => assert.equal(priorUs(...patch(told)), 'none'));
  }
  it('a normal spinal US stays normal', () => assert.equal(priorUs(...patch('Spinal US at 6 wk normal.')), 'normal'));
});

const tuft = (exam: string) => ['Video visit', 'Age: 3 mo', `Hx: tuft of hair over the lower back. ${exam}`, 'Plan: discussed spinal US, parents to call back'];

describe('r30: an exam that could not be done is unknown, never abnormal', () => {
  for (const exam of [
    'Unable to examine tone or reflexes over video; parents report good kicking.',
    'Unable to examine tone or reflexes over video.',
    'Unable to fully examine the legs on camera.',
    'Could not assess tone over video.',
    'Tone and reflexes unable to be assessed over video.',
    'Not able to examine reflexes by phone.',
    'Parents report good kicking.',
  ]) {
    it(`"${exam}" is an unknown exam, and escalation-referral stays silent`, () => {
      const r = readNote(...tuft(exam));
      assert.equal(r.facts.neuro.state, 'unknown');
      assert.ok(!r.rules.includes('escalation-referral'), r.rules.join());
    });
  }
  for (const exam of ['Neuro: unable to examine tone or reflexes over video', 'Exam: unable to examine tone/reflexes via telehealth']) {
    it(`"${exam}" under a key is unknown`, () => assert.equal(readNote(...tuft(''), exam).facts.neuro.state, 'unknown'));
  }
  for (const exam of ['Unable to walk.', 'Unable to move legs.', 'Tone reduced in both legs.', 'Unable to examine over video; reduced tone in both legs on handling by mum.']) {
    it(`"${exam}" stays abnormal`, () => assert.equal(readNote('Age: 3 y', `Hx: hair tuft over the sacrum. ${exam}`, 'Order: MRI L-spine w/o').facts.neuro.state, 'abnormal'));
  }
});
