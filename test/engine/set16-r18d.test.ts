/**
 * set16 misreads (r18d): parent intake forms, sports and trampoline clinics, eating-disorder clinics, letters to
 * parents, Nigerian clerkings and Iraqi plans. A pit of foam or balls is no sacral dimple; a trampoline park is where,
 * not how; an injury clinic or intake names the service; "Weight -5 kg" is weight lost; "1- MRI …" numbers a plan
 * item; "Athlete age: 14   Sport: …", "Name: --, M, 10 years", "Baby: Maya, 7 months" tell the age and "Age: [left
 * blank]" none; "HOPC:" is the present illness and "CNS:" the neurologic exam.
 */
import * as assert from 'node:assert/strict';
import { blankPlaceholders } from '../../server/src/notes/placeholders';
import { readNote } from '../helpers';

const orderOf = (n: ReturnType<typeof readNote>) => n.facts.order?.reading.procedure?.id ?? 'none';
const present = (n: ReturnType<typeof readNote>, id: string) => n.facts.hits.some((h) => h.finding.id === id && h.present);
const ageOf = (...lines: string[]) => readNote(...lines).facts.age?.months ?? null;

describe('set16 r18d: intake forms, sports clinics, letters, Nigerian and Iraqi notes', () => {
  describe('a pit of foam, balls or sand is no sacral dimple', () => {
    it('"slid off the edge of the foam pit" reads no dimple; the hairy patch is a hair tuft only (S1 kept)', () => {
      const n = readNote(
        '9 y F. Slid off the edge of the foam pit onto her bottom on the padded floor; cried briefly then went straight back to jumping. No pain now, no tenderness over the spine.',
        'Incidental: midline lumbosacral hairy patch ~2 x 3 cm.',
        'Neuro: LE strength and reflexes normal.',
        'Plan: XR L-spine.',
      );
      assert.equal(present(n, 'sacral-dimple'), false);
      assert.equal(present(n, 'hair-tuft'), true);
      for (const pit of ['fell into the ball pit', 'jumped into the sand pit']) assert.equal(present(readNote(`4 y. ${pit}. Neuro normal.`), 'sacral-dimple'), false, pit);
    });
    it('near miss: a sacral pit, a pit in the cleft and "deep pit" stay dimples', () => {
      for (const t of ['Sacral pit, base seen.', 'Small pit in the gluteal cleft.', 'Deep pit above the cleft.'])
        assert.equal(present(readNote('3 mo F.', t, 'Neuro normal.'), 'sacral-dimple'), true, t);
    });
  });

  describe('a trampoline park or centre is the setting, not the mechanism', () => {
    const CLINIC = 'Trampoline park clinic';
    it('a slide onto the bottom, back to jumping, at a trampoline park is trivial: the hair tuft decides (S1)', () => {
      const n = readNote(
        CLINIC,
        '9 y F. Slid off the edge of the foam pit onto her bottom on the padded floor; cried briefly then went straight back to jumping. No pain now, no tenderness over the spine.',
        'Incidental: midline lumbosacral hairy patch ~2 x 3 cm. Neuro: normal.',
        'Plan: XR L-spine.',
      );
      assert.equal(n.facts.trauma.significance, 'trivial');
      assert.equal(n.scenario, 's1-cutaneous-marker');
      assert.ok(n.rules.includes('inappropriate-initial-study'));
    });
    it('near miss: a fall off a trampoline or a flip landed on the back there stays significant', () => {
      assert.equal(readNote(CLINIC, '9 y F. Fell off the trampoline onto her back. Tender. Neuro: normal. Plan: XR L-spine.').facts.trauma.significance, 'significant');
      assert.equal(readNote(CLINIC, '9 y F. Landed on her back after a flip on the trampoline. Neuro: normal. Plan: XR L-spine.').facts.trauma.significance, 'significant');
    });
  });

  describe('an injury clinic, intake or questionnaire names the service, not an injury', () => {
    it('"Club injury clinic f/u" for a gymnast with extension-based pain: no trauma', () => {
      const n = readNote(
        'Club injury clinic f/u - 14 y F gymnast (beam/floor)',
        'Back pain since early Feb, so ~3 months now, extension-based. Still sore despite time off tumbling + PT core programme. No fever/wt loss. Neuro nl.',
        'Plan - MRI L-spine.',
      );
      assert.equal(n.facts.trauma.significance, 'none');
      assert.ok(!n.rules.includes('trauma-mechanism-unclear'));
    });
    it('"Sports injury intake" with "Injury? no": no trauma', () => {
      const n = readNote(
        'Sports injury intake - parent section',
        'Age: 14 y',
        'Fever? no   Night pain? no   Injury? no',
        'Low back pain 3 weeks after practice. Neuro exam normal. No imaging today.',
      );
      assert.equal(n.facts.trauma.significance, 'none');
    });
    it('near miss: an injury told in the clinic is still read ("fell from a tree", "fell off a trampoline")', () => {
      assert.equal(readNote('Injury clinic: 12 y M fell from a tree onto his back, midline tender. Neuro normal. XR L-spine.').facts.trauma.significance, 'significant');
      assert.equal(
        readNote('Sports injury clinic. 12 y M fell off a trampoline onto his back last week, midline tender. Neuro normal. XR L-spine.').facts.trauma.significance,
        'significant',
      );
      assert.equal(readNote('Age: 14 y', 'Injury? yes - fell off trampoline', 'Low back pain. Neuro exam normal. No imaging today.').facts.trauma.significance, 'significant');
    });
  });

  describe('a weight change told as a loss is weight loss', () => {
    const at = (t: string) => readNote('15 y F.', t, 'Back ache x 3 weeks. Neuro normal.', 'Plan: XR whole spine.');
    it('"Weight -5 kg over 2 months", "weight −3.5 kg", "wt ↓2 kg", "Wt down 3 kg" read weight loss', () => {
      for (const t of [
        'AN binge/purge subtype. Weight -5 kg over 2 months.',
        'Seen by dietitian, weight \u22123.5 kg since June.',
        'wt \u21932 kg.',
        'Wt down 3 kg.',
        'Weight dropped by 4 lbs.',
      ]) {
        const n = at(t);
        assert.equal(present(n, 'weight-loss'), true, t);
        assert.equal(n.scenario, 'back-pain-red-flags', t);
      }
    });
    it('near miss: a dash between key and value, a gain, a range and a plain weight are none', () => {
      for (const t of ['Weight - 50 kg, height - 160 cm.', 'Weight +3 kg since June.', 'Weight 18-20 kg.', 'Weight 50 kg.', 'Weight gain of 2 kg.'])
        assert.equal(present(at(t), 'weight-loss'), false, t);
    });
  });

  describe('"1- MRI …" numbers a plan item', () => {
    const note = (plan: string) =>
      readNote('Pt: 18 month old female', 'O/E: midline pinpoint opening at L4 level surrounded by a hyperpigmented patch. CNS: tone, power and reflexes normal.', 'Plan:', plan);
    it('"1- MRI of LS spine without contrast" is the order', () => {
      assert.equal(orderOf(note('1- MRI of LS spine without contrast\n2- referral to pediatric neurosurgery sent')), 'mri-area-without');
      assert.equal(orderOf(note('1 - MRI of LS spine without contrast')), 'mri-area-without');
    });
    it('near miss: a range opening the line ("1-2 wk …") is no item number', () => assert.equal(orderOf(note('1-2 wk then MRI of LS spine without contrast if worse')), 'none'));
  });

  describe('ages on intake forms, letters and clerkings', () => {
    const PAIN = 'Back pain x 3 weeks. Neuro normal. No imaging today.';
    it('"Athlete age: 14   Sport: club volleyball" is 14 years', () => {
      assert.equal(ageOf('Athlete age: 14   Sport: club volleyball', PAIN), 168);
      assert.equal(ageOf('Age: 12   Grade: 7', PAIN), 144);
      assert.equal(ageOf("Player's age: 15", PAIN), 180);
    });
    it('near miss: a small bare number stays unread after a column gap, and never beside an infant', () => {
      assert.equal(ageOf('Age: 4   Sport: gym', PAIN), null);
      assert.equal(ageOf('Age: 9   Feeds: formula', 'Sacral dimple. Neuro normal.'), null);
    });
    it('"Age: [left blank]" and "DOB: [left blank]" tell no age: missing-age fires', () => {
      const n = readNote(
        'DOB: [left blank]   Age: [left blank]   Completed by: mom',
        'Sacral dimple 3 mm, within the gluteal cleft, base seen. Neuro exam normal. US lumbar spine ordered.',
      );
      assert.equal(n.facts.age, undefined);
      assert.ok(n.rules.includes('missing-age'));
      assert.equal(blankPlaceholders('Age: (Blank)').trim(), 'Age:');
      assert.equal(blankPlaceholders('Age: [not given]').trim(), 'Age:');
    });
    it('near miss: words in brackets that are no blank stay ("(left blank by mistake, 4 mo)" is still read; "blank stare")', () => {
      assert.equal(blankPlaceholders('Mom: blank stare episodes'), 'Mom: blank stare episodes');
      assert.equal(blankPlaceholders('Age: 4 mo (blank on form)'), 'Age: 4 mo (blank on form)');
    });
    it('"Name: --, M, 10 years" and "Baby: Maya, 7 months" tell the age', () => {
      assert.equal(ageOf('Name: --, M, 10 years', 'Back pain x 3/12. Plan: XR spine.'), 120);
      assert.equal(ageOf('Name: Musa, M, 10 years', 'Back pain x 3/12. Plan: XR spine.'), 120);
      assert.equal(ageOf('Baby: Maya, 7 months', '', 'Maya has a soft skin appendage above the natal cleft. I have ordered an MRI of the lumbar spine without contrast.'), 7);
    });
    it("near miss: an adult's age, a duration after a name and words that are no name tell none", () => {
      assert.equal(ageOf('Name: Mrs Ade, 34 years', 'Back pain x 3/12. Plan: XR spine.'), null);
      assert.equal(ageOf('Name: Musa, 3 weeks post-op', 'Back pain. Plan: XR spine.'), null);
      assert.equal(ageOf('Case: Back pain, 3 weeks', 'Plan: XR spine.'), null);
    });
  });

  describe('a Nigerian clerking: "HOPC:" is the present illness, "CNS:" the neurologic exam', () => {
    const clerking = (...more: string[]) =>
      readNote(
        'Name: --, M, 10 years',
        'Presented on account of:',
        '1. Back pain x 3/12',
        'HOPC: Back pain is dull, initially intermittent, now constant and worse at night. Associated with evening fevers, drenching night sweats.',
        ...more,
        'Plan:',
        '- Full spine X-ray (AP/lateral)',
      );
    it('reads the red flags of HOPC and the exam of CNS', () => {
      const n = clerking('CNS: power 5/5 in lower limbs, reflexes normal, no sensory level.');
      for (const id of ['constant-pain', 'night-pain', 'night-sweats', 'fever']) assert.equal(present(n, id), true, id);
      assert.equal(n.facts.neuro.state, 'normal');
      assert.equal(n.scenario, 'back-pain-red-flags');
    });
    it('near miss: an abnormal CNS exam reads abnormal, and a CNS line of symptoms is no exam', () => {
      assert.equal(clerking('CNS: power 3/5 in the left leg, reflexes brisk.').facts.neuro.state, 'abnormal');
      assert.notEqual(readNote('12 y M. Back pain x 2 wk.', 'CNS: no seizures, no headache.', 'Plan: XR spine.').facts.neuro.state, 'normal');
    });
  });
});
