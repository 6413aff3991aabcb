/**
 * Trauma told three ways the reading missed or misread (r41): an ambulance ATMIST handover whose one-letter keys
 * (age, time, mechanism, injuries, signs, treatment) hold the child's history; a jump landing told by a second-language
 * writer in the bare present ("jumped and land on buttocks"); and falling told as how the child walks ("he fall a lot"),
 * a sign of the gait or the legs that must never make trauma. Each with the look-alikes that must not change.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const traumaOf = (...lines: string[]) => readNote(...lines).facts.trauma.significance;

describe('trauma: ATMIST handovers, bare-present landings, falls that are a symptom', () => {
  describe('falling told as how the child walks is no injury', () => {
    const cases: [string, string[]][] = [
      [
        'ESL "he fall a lot" beside a deficit and a hair tuft',
        [
          'Presentation: 3 yr boy. Hair tuft over lumbosacral area since birth.',
          'Presentation: Since 1 month: he fall a lot, walking unsteady, right leg weak.',
          'Findings: right leg power 3/5, Babinski up right.',
          'Plan: MRI lumbar spine without contrast.',
        ],
      ],
      [
        '"he fall a lot and cry" beside a weak leg',
        ['Presentation: 4 yr boy. Hair tuft lumbar. He fall a lot and cry, mother worried. Right leg weak.', 'Plan: MRI lumbar spine.'],
      ],
      ['"she fall often" with no deficit read', ['Presentation: 2 yr girl. Sacral dimple. Since 2 month she fall often, walk unsteady.', 'Plan: Ultrasound spine.']],
    ];
    for (const [what, lines] of cases) it(what, () => assert.equal(traumaOf(...lines), 'none'));
    it('keeps the scenario of the marker, not trauma', () => assert.equal(readNote(...cases[0][1]).scenario, 's1-cutaneous-marker'));
    // A real fall told beside the symptom keeps its reading.
    it('a real fall told beside falling a lot is still significant', () =>
      assert.equal(
        traumaOf('Presentation: 8 yo boy, falls a lot. Yesterday fell off trampoline from 2 m onto his back, now midline tenderness L1.', 'Plan: X-ray lumbar spine.'),
        'significant',
      ));
    it('a fall with its mechanism is still significant', () =>
      assert.equal(traumaOf('Presentation: 9 yo boy, he fall from bike yesterday, pain in low back. Tender spinous process L3.', 'Plan: X-ray lumbar spine.'), 'significant'));
  });

  describe('ATMIST handovers', () => {
    const atmist = [
      'ATMIST handover - Resus bay 3',
      'A: 9 yo M',
      'T: approx 14:30, fell from trampoline park platform ~2.5 m, landed flat on back on edge of foam pit',
      'I: midline tenderness T12/L1, abrasion L flank, no obvious deformity',
      'S: GCS 15, HR 112, RR 22, BP 108/64. Moving all 4 limbs, sensation intact both legs',
      'T: collar + scoop, full spinal precautions, IN fentanyl',
      'Plan: CT thoracolumbar spine non-contrast.',
    ];
    it('the mechanism on the first T line is read', () => assert.equal(traumaOf(...atmist), 'significant'));
    it('known by its letters in order without the name', () => assert.equal(traumaOf(...atmist.slice(1)), 'significant'));
    it('the injuries line is read as the history (back pain)', () =>
      assert.equal(
        readNote(
          'A: 14 y M',
          'T: 16:10, motocross - came off bike on jump, landed on back',
          'I: thoracolumbar pain, numbness both thighs',
          'S: GCS 15, HR 104',
          'T: vacuum mattress, collar',
          'Plan: MRI thoracolumbar spine without contrast.',
        ).facts.hits.some((h) => h.present && h.finding.category === 'back-pain'),
        true,
      ));
    it('a SOAP note with a temperature "T:" is no ATMIST', () =>
      assert.equal(traumaOf('S: 7 yo F, back pain 3 wk, fever', 'O: T: 38.5, tender L4', 'A: ? discitis', 'P: MRI lumbar spine with and without contrast'), 'none'));
  });

  describe('a jump landing told in the bare present', () => {
    it('"jumped in park and land on buttocks", focal spinous tenderness: significant', () =>
      assert.equal(
        traumaOf(
          'Presentation: 15 y girl, snowboard. Jumped in park and land on buttocks from big kicker, after that pain in low back.',
          'Findings: tender spinous process L1.',
          'Plan: Xray lumbar spine AP + lat.',
        ),
        'significant',
      ));
    it('"he jump and land on back", tender T11: significant', () =>
      assert.equal(
        traumaOf('Presentation: 14 y boy, ski. He jump and land on back from big jump, pain in middle back. Tender spinous process T11.', 'Plan: X-ray thoracic spine.'),
        'significant',
      ));
    // Look-alikes: a landing that provokes the pain, or one told conditionally, is no injury.
    const none: string[][] = [
      [
        'Presentation: 13 y girl, gymnast, low back pain 2 months, worse when she land on her feet from jumps. No injury.',
        'Findings: tender L5 on extension.',
        'Plan: X-ray lumbar spine.',
      ],
      ['Presentation: 12 y boy, trampoline. Pain low back when he lands on his back doing flips, for 6 weeks, no accident.', 'Plan: X-ray lumbar spine.'],
      ['Presentation: 10 y boy, if he land on back on trampoline again mother will bring him back. Back pain 3 months, no injury.', 'Plan: X-ray lumbar spine.'],
    ];
    for (const lines of none) it(`"${lines[0]}" tells no injury`, () => assert.equal(traumaOf(...lines), 'none'));
  });
});
