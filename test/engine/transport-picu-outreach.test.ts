/**
 * Transport teams, PICU, oncology nursing and street-outreach notes: a line headed by a word for the child
 * ("Baby: … a patch of long dark hair … with a small dimple") is the child's; a transfer note's receiving side
 * ("Receiving:", "Accepting ED:") is the plan, and "Order received:" is the order; a carer's line reporting the
 * child ("Parent: \"won't stand up, says her back hurts\"") is the child's history; "reduced power" stays an exam sign;
 * a paraspinal tumour is a suspected tumour; a vehicle driven into a tree is trauma; "Other:"
 * heads the patient's other problems. And the near-misses each must not change.
 */
import * as assert from 'node:assert/strict';
import { reportsOnTheChild } from '../../server/src/clinical/tellers';
import { isHeading } from '../../server/src/notes/headings';
import { ageOf, categoryPresentIn, presentIn, readNote } from '../helpers';

function orderOf(...lines: string[]): string {
  const o = readNote(...lines).facts.order;
  return o ? (o.reading.procedure?.id ?? `(${o.reading.status})`) : 'none';
}

describe('transport, PICU, oncology nursing and outreach notes', () => {
  describe('a line headed by a word for the child is the child’s', () => {
    const baby = [
      'Mom is 17 (our regular pt), brought her baby boy in - 3 wks old, born at term.',
      'Baby: feeding well, afebrile. On exam a patch of long dark hair over the lower spine with a small dimple in the middle of it. Moves legs well, normal tone.',
      'Ordered spinal ultrasound.',
    ];
    it('keeps the markers, the normal exam and S1', () => {
      const r = readNote(...baby);
      assert.ok(presentIn('hair-tuft', ...baby));
      assert.ok(presentIn('sacral-dimple', ...baby));
      assert.equal(r.facts.neuro.state, 'normal');
      assert.equal(r.scenario, 's1-cutaneous-marker');
    });
    for (const k of ['Baby', 'Infant', 'Toddler', 'Other']) it(`"${k}:" is a heading`, () => assert.ok(isHeading(k)));
    it('"Infant: …" keeps a sacral dimple', () => assert.ok(presentIn('sacral-dimple', '2 mo boy.', 'Infant: deep sacral dimple above the gluteal cleft.', 'Plan: US spine')));
    it('"Baby brother:" is still a relative’s line', () => assert.ok(!presentIn('sacral-dimple', '2 mo boy, well.', 'Baby brother: sacral dimple, had an US.', 'Plan: none')));
    it('"Other: c/o low back pain x 5 days" is the patient’s back pain', () => {
      const lines = ['PICU progress note', '10 yo M, status asthmaticus.', 'Other: c/o low back pain x 5 days. Neuro exam normal.', 'Plan: XR L-spine AP/lat.'];
      assert.ok(categoryPresentIn('back-pain', ...lines));
      assert.equal(readNote(...lines).scenario, 'back-pain-no-red-flags');
    });
  });

  describe('the receiving side’s plan is the order', () => {
    const ORDERS: [string[], string][] = [
      [['9 y F, fever, low back pain.', 'Receiving: MRI lumbar spine with contrast in the morning; ortho + ID consults.'], 'mri-area-with'],
      [['Infant boy, tuft of hair over L4-L5.', 'Receiving team: MRI lumbar spine without contrast this admission.'], 'mri-area-without'],
      [['16 y M, lumbar pain, neuro intact.', 'Accepting ED: CT lumbar spine w/o contrast.'], 'ct-area-without'],
      [['4 y F, back pain, neuroblastoma.', 'Order received: MRI entire spine with IV contrast, STAT.'], 'mri-complete-with'],
    ];
    for (const [lines, want] of ORDERS) it(`"${lines[1]}" orders ${want}`, () => assert.equal(orderOf(...lines), want));
    const NONE: string[][] = [
      ['9 y F, fever, low back pain.', 'Receiving: PICU bed 4.'],
      ['9 y F, fever, low back pain.', 'Accepting team: Dr Lee, hospital medicine.'],
      ['9 y F, fever, low back pain.', 'Received: labs by fax.'],
    ];
    for (const lines of NONE) it(`"${lines[1]}" orders nothing`, () => assert.equal(orderOf(...lines), 'none'));
  });

  describe('a carer reporting the child', () => {
    it('"Parent: since yesterday \\"won’t stand up, says her back hurts\\"" is the child’s back pain', () =>
      assert.ok(categoryPresentIn('back-pain', '4 y F, neuroblastoma.', 'Parent: since yesterday "won\'t stand up, says her back hurts".', 'Plan: MRI spine')));
    it('reportsOnTheChild reads quotes and reporting verbs of a carer only', () => {
      assert.ok(reportsOnTheChild('Parent', 'since yesterday "won\'t stand up, says her back hurts"'));
      assert.ok(reportsOnTheChild('Dad', 'says she has been falling'));
      assert.ok(!reportsOnTheChild('Mom', 'sacral dimple, never imaged'));
      assert.ok(!reportsOnTheChild('Mom', '"I had a dimple too"'));
      assert.ok(!reportsOnTheChild('Brother', 'says he has back pain'));
    });
    it('"Mom: sacral dimple" stays the mother’s', () => assert.ok(!presentIn('sacral-dimple', '3 mo girl, well.', 'Mom: sacral dimple, never imaged.', 'Plan: none')));
    it('"Mom: \\"I had a dimple too\\"" stays the mother’s', () => assert.ok(!presentIn('sacral-dimple', '3 mo girl, well.', 'Mom: "I had a sacral dimple too".', 'Plan: none')));
  });

  describe('deficit, suspicion and mechanism words', () => {
    it('"reduced power both legs (hip flexion 3/5)" is an abnormal exam, not a told symptom (dev-1606 gold)', () => {
      const r = readNote('4 y F, back pain. Exam: reduced power both legs (hip flexion 3/5).', 'Plan: MRI spine');
      assert.equal(r.facts.neuro.state, 'abnormal');
      assert.ok(!presentIn('weakness', '4 y F, back pain. Exam: reduced power both legs (hip flexion 3/5).', 'Plan: MRI spine'));
    });
    it('epidural cord compression from a paraspinal tumour puts back pain in the infection/tumour scenario', () =>
      assert.equal(
        readNote(
          '4 y F, neuroblastoma. Back pain, reduced power both legs.',
          'Concern: epidural cord compression from paraspinal tumour.',
          'Plan: MRI entire spine with IV contrast',
        ).scenario,
        'back-pain-infection-tumor',
      ));
    for (const said of ['Concern for epidural cord compression by tumour.', 'Likely epidural disease / cord compression.', 'Malignant cord compression suspected.'])
      it(`"${said}" with back pain is a suspected tumour`, () =>
        assert.ok(categoryPresentIn('suspected-infection-or-tumor', '17 y F, osteosarcoma. New back pain x 1 wk, legs heavy.', said, 'Plan: MRI spine')));
    it('cord compression of unclear cause suspects no tumour (a deficit: red flags)', () =>
      assert.ok(
        !categoryPresentIn(
          'suspected-infection-or-tumor',
          '10 yo M. 2 weeks low back pain, then legs getting weak. No fever.',
          'Impression: cord compression, cause unclear.',
          'Order: XR thoracolumbar spine AP/lat now.',
        ),
      ));
    it('"no paraspinal mass" suspects nothing', () =>
      assert.ok(!categoryPresentIn('suspected-infection-or-tumor', '12 y F. Low back pain x 3 wk. Neuro normal, no paraspinal mass.', 'Plan: XR L-spine')));
    it('a snowmobile into a tree at speed is significant trauma', () =>
      assert.equal(
        readNote('Transport log: 16 y M, snowmobile into a tree at speed. Lumbar pain, neuro intact. Accepting ED: CT lumbar spine w/o contrast.').facts.trauma.significance,
        'significant',
      ));
    it('a dirt bike crashed into a fence is trauma', () =>
      assert.notEqual(readNote('14 y M crashed his dirt bike into a fence. Low back pain.', 'Plan: XR L-spine').facts.trauma.significance, 'none'));
    it('back pain with no injury stays no trauma', () => assert.equal(readNote('12 y F, low back pain x 3 wk, no injury. Plan: XR L-spine').facts.trauma.significance, 'none'));
  });
});

describe('an age the patient tells', () => {
  it('"Pt \\"J\\", says he\'s 16, no ID" is 16 years', () => assert.equal(ageOf('Street outreach van. Pt "J", says he\'s 16, no ID. ~10 d of lower back pain. Temp 38.6.'), 192));
  it('"states she is 15." is 15 years', () => assert.equal(ageOf('Drop-in. Pt states she is 15. Low back pain x 2 wk.'), 180));
  it('"She is 15, back pain x 2 wk." is 15 years', () => assert.equal(ageOf('She is 15, back pain x 2 wk.'), 180));
  it('"Mom says she\'s 17" is not the baby\'s age', () => assert.equal(ageOf("Mom says she's 17. Baby boy with sacral dimple."), undefined));
  it('"says the pain is 8, worse at night" is no age', () => assert.equal(ageOf('Back pain. Says the pain is 8, worse at night.'), undefined));
  it('"says he is 11 days from the fall" is no age', () => assert.equal(ageOf('He says he is 11 days from the fall, back pain.'), undefined));
});
