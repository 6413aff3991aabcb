/**
 * Set 18's misreads of the scenario: a tumour or an infection suspected in a question or a differential
 * ("?Spinal cord compression from Burkitt's", "Concern: plexiform NF vs MPNST", "R/O récidive / métastase osseuse"),
 * West African "waist pain" for low back pain, earlier radiographs told in a message or region first with a place and
 * a date ("The x rays of her back they did at urgent care…", "L-S spine XR 3/2 at county hospital: normal"), and the
 * region of a spine injury read from the study and the injury ("XR T-L spine … (no neck pain)" is thoracolumbar).
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const suspected = (...lines: string[]) => presentIn('suspected-infection-tumor', ...lines);

describe('suspected tumour or infection in a question or a differential (set 18)', () => {
  const OPEN = '13 y F, back pain x 5 wk, waking her at night.';
  const PLAN = 'Plan: MRI whole spine with and without contrast.';
  const cases: [string, string][] = [
    ['Imp: ?Spinal cord compression from Burkitt lymphoma', 'a questioned compression by a named lymphoma'],
    ["Imp: ?Spinal cord compression from Burkitt's", "Burkitt's written alone"],
    ['Concern: paraspinal plexiform NF vs MPNST.', 'a malignant nerve sheath tumour in a differential'],
    ['Ddx: MPNST', 'MPNST under a differential'],
    ["Imp: ?Pott's disease (TB spine)", 'spinal TB questioned'],
  ];
  for (const [line, what] of cases)
    it(`reads a suspected tumour or infection: ${what}`, () => {
      assert.ok(suspected(OPEN, line, PLAN));
      assert.equal(readNote(OPEN, line, PLAN).scenario, 'back-pain-infection-tumor');
    });

  it('reads a French "R/O récidive / métastase osseuse" after a treated neuroblastoma as a suspected return', () => {
    const r = readNote(
      '9 ans, F. ATCD: neuroblastome traité 2019, en rémission.',
      'Lombalgie depuis 10 jours, la réveille la nuit. Pas de fièvre.',
      'R/O récidive / métastase osseuse',
      'Demande: IRM colonne complète avec et sans gado',
    );
    assert.equal(r.scenario, 'back-pain-infection-tumor');
  });

  // Near-misses: a negated, doubted or resolved suspicion, a relative's cancer.
  const none = ['No concern for infection.', 'Low suspicion for tumour.', 'Tumour ruled out on MRI 2024.', 'Dad had Burkitt lymphoma as a child.'];
  for (const line of none) it(`reads no suspected tumour in ${JSON.stringify(line)}`, () => assert.ok(!suspected(OPEN, line, PLAN)));
  it('a known MPNST told as history is a cancer, not a new suspicion', () => assert.ok(presentIn('malignancy', OPEN, 'PMH: MPNST of the thigh resected 2022.', PLAN)));
});

describe('waist pain as West African writers use it (set 18)', () => {
  const cases = ['c/o waist pain x 3/12.', 'Complains of pain in the waist for 2 weeks.', 'Waist hurts since last month.'];
  for (const line of cases) it(`reads back pain in ${JSON.stringify(line)}`, () => assert.ok(presentIn('back-pain', 'Age: 13 yo', `Hx: ${line}`, 'Plan: XR L-spine')));
  const not = ['Waist circumference 70 cm.', 'Rash below the waist, no pain.', 'No waist pain.'];
  for (const line of not) it(`reads no back pain in ${JSON.stringify(line)}`, () => assert.ok(!presentIn('back-pain', 'Age: 13 yo', `Hx: ${line}`, 'Plan: XR L-spine')));
});

/** The result of the prior radiograph told in this history, or 'none'. */
const xrOf = (hx: string) => readNote('Age: 12 yo F', `Hx: ${hx}`, 'Plan: MRI L-spine w/o').facts.prior.find((p) => p.modality === 'XR')?.result ?? 'none';

describe('earlier radiographs told in a message or region first (set 18)', () => {
  const normal = [
    "The x rays of her back they did at urgent care last week were normal but she's still waking up at night with pain in her back.",
    'LBP radiating down L leg x 6 wks, numbness L foot. L-S spine XR 3/2 at county hospital: normal, no spondylolysis.',
    'Back pain x 6 wks, wakes at night. T-L spine XR at OSH: normal.',
    'Back pain at night x 6 wks. His x ray of the lower back last month was normal.',
  ];
  for (const line of normal) it(`reads normal prior radiographs in ${JSON.stringify(line)}`, () => assert.equal(xrOf(line), 'normal'));
  // Near-misses: a chest film, a study still to do, another body part, radiographs never done.
  const none = [
    'Back pain at night x 6 wks. Chest x ray last week was normal.',
    'Back pain at night x 6 wks. L-S spine XR to be done next week.',
    'Back pain at night x 6 wks. The x rays of her hip were normal.',
    'Back pain at night x 6 wks. No x rays have been done.',
  ];
  for (const line of none) it(`reads no prior spine radiograph in ${JSON.stringify(line)}`, () => assert.equal(xrOf(line), 'none'));
  it('a message with normal urgent-care films and night pain is the negative-radiographs scenario', () =>
    assert.equal(
      readNote(
        "Hi, this is Sophie's mom. The x rays of her back they did at urgent care last week were normal but she's still waking up at night with pain in her back.",
        "Provider response: Since she's still having night pain I've ordered an MRI of the whole spine without contrast.",
      ).scenario,
      'back-pain-red-flags-negative-radiographs',
    ));
});

describe('the region of a spine injury follows the study and the injury (set 18)', () => {
  it('"XR T-L spine. C-collar not indicated (no neck pain)" is thoracolumbar', () =>
    assert.equal(
      readNote(
        'Youth 14 y F -- fell from top bunk (~5 ft) onto concrete floor landing on her back. c/o mid-back pain. Point tenderness T11-T12 midline.',
        'Plan: to ED via transport for XR T-L spine. C-collar not indicated (no neck pain).',
      ).scenario,
      'spine-trauma-thoracolumbar',
    ));
  it('a neck injury whose plan names no region ("clear collar per CT/exam") is cervical', () =>
    assert.equal(
      readNote(
        'Trauma bay handoff: 16M dirt bike crash ~30 mph, c/o neck pain, midline TTP C5-6, c-collar on. CT C-spine w/o ordered, pending read. Neuro intact x4. Plan: clear collar per CT/exam; if abnl -> NSGY.',
      ).scenario,
      'spine-trauma-cervical',
    ));
  it('a restraint injury with neck pain and midline C6-7 tenderness is cervical spine trauma', () =>
    assert.equal(
      readNote(
        'Use-of-force medical eval. 15 y/o M restrained prone by staff after altercation -- taken to floor, knee on upper back per video. Now c/o neck pain, midline C6-7 tenderness, no numbness/tingling.',
        'Plan: CT cervical spine w/o contrast at ED.',
      ).scenario,
      'spine-trauma-cervical',
    ));
  // Near-misses: a restraint with nothing hurt is no significant injury; an unregioned plan after a back injury stays thoracolumbar.
  it('a restraint with no pain and no tenderness is no significant injury', () =>
    assert.ok(
      ['none', 'trivial', 'unclear'].includes(
        readNote('15 y/o M restrained prone by staff. No neck pain, no midline tenderness. Age: 15 yo', 'Plan: CT cervical spine w/o').facts.trauma.significance,
      ),
    ));
  it('an unregioned plan after a fall onto the back with back pain stays thoracolumbar', () =>
    assert.equal(
      readNote('Age: 14 yo', 'Hx: fell 3 m from a roof onto his back, LBP, midline L1 tenderness, no neck pain.', 'Plan: CT per trauma protocol').scenario,
      'spine-trauma-thoracolumbar',
    ));
});

describe('regressions the review found (set 18 follow-up)', () => {
  const scenarioOf = (...lines: string[]) => readNote(...lines).scenario;
  // A midline read across a gap is denied by a cue inside the gap.
  const denied = [
    'Back: Midline without tenderness.',
    'Spine: midline - no ttp.',
    'Back: midline w/o tenderness.',
    'Back: midline without any ttp.',
    'Back: midline free of tenderness.',
  ];
  for (const line of denied)
    it(`a fall from standing with ${JSON.stringify(line)} is trivial`, () => {
      const r = readNote('Age: 14 yo', `Hx: fell from standing at school, low back pain x 2 days. ${line}`, 'Plan: XR L-spine');
      assert.equal(r.facts.trauma.significance, 'trivial');
      assert.equal(r.scenario, 'back-pain-no-red-flags');
    });
  it('midline lumbar tenderness after a fall from standing is still significant', () =>
    assert.equal(readNote('Age: 14 yo', 'Hx: fell from standing, low back pain. Back: midline lumbar tenderness.', 'Plan: XR L-spine').facts.trauma.significance, 'significant'));

  // An unregioned spine study after a lap-belt injury stays thoracolumbar whatever the note says of the neck.
  const LAP = 'MVC 50 mph, lap-belt only. Seatbelt sign, abdominal pain. Palpable step-off at L1.';
  for (const neck of ['Arrived in cervical collar placed by EMS.', 'Neck: supple.', 'Neck: no tenderness, FROM.', 'C-spine cleared clinically per NEXUS.'])
    it(`a lap-belt injury with ${JSON.stringify(neck)} and "CT spine w/o contrast" is thoracolumbar`, () =>
      assert.equal(scenarioOf('Age: 14 yo', `Hx: ${LAP} ${neck}`, 'Plan: CT spine w/o contrast'), 'spine-trauma-thoracolumbar'));
  for (const neck of ['Neck: supple. Arrived in c-collar.', 'Neck pain denied.', 'No tenderness at C6.'])
    it(`an unregioned study after a crash with ${JSON.stringify(neck)} is thoracolumbar`, () =>
      assert.equal(scenarioOf('Age: 16 yo', `Hx: MVC 50 mph. ${neck}`, 'Plan: CT spine w/o contrast'), 'spine-trauma-thoracolumbar'));
  for (const neck of ['c/o neck pain.', 'Midline tenderness at C6.'])
    it(`an unregioned study after a crash with ${JSON.stringify(neck)} is cervical`, () =>
      assert.equal(scenarioOf('Age: 16 yo', `Hx: MVC 50 mph, ${neck}`, 'Plan: CT spine w/o contrast'), 'spine-trauma-cervical'));
  it('neck pain with a step-off at T12 and an unregioned study is thoracolumbar', () =>
    assert.equal(scenarioOf('Age: 16 yo', 'Hx: MVC 50 mph, c/o neck pain. Step-off at T12.', 'Plan: CT spine w/o contrast'), 'spine-trauma-thoracolumbar'));
  it('"XR thoracic spine. C-spine imaging not indicated." is thoracolumbar', () =>
    assert.equal(scenarioOf('Age: 14 yo', 'Hx: fell 3 m from a roof onto his back.', 'Plan: XR thoracic spine. C-spine imaging not indicated.'), 'spine-trauma-thoracolumbar'));
  it('a study of both the neck and the thoracic spine after neck pain is cervical', () =>
    assert.equal(scenarioOf('Age: 14 yo', 'Hx: fell 3 m from a roof onto his back, neck pain.', 'Plan: CT C-spine and XR thoracic spine.'), 'spine-trauma-cervical'));

  // A surgical takedown and a psychiatric restraint are no injury.
  const noInjury: string[][] = [
    ['Age: 10 yo', 'Hx: ileostomy takedown 2023. Back pain x 6 wks, wakes at night.', 'Plan: MRI L-spine w/o'],
    ['Age: 6 yo', 'Hx: posterior urethral valves, vesicostomy takedown planned. Sacral dimple.', 'Plan: US spine'],
    ['Age: 15 yo', 'Hx: inpatient psych, physically restrained overnight for agitation. Back pain x 6 wks, wakes at night.', 'Plan: MRI L-spine w/o'],
  ];
  for (const lines of noInjury)
    it(`reads no injury in ${JSON.stringify(lines[1])}`, () => {
      const r = readNote(...lines);
      assert.ok(!r.facts.hits.some((h) => h.finding.category === 'trauma' && h.present));
      assert.ok(!r.rules.some((id) => /trauma/.test(id)));
    });

  // A relative's radiographs are none of the child's.
  const atNight = (line: string) => xrOf(`Back pain at night x 6 wks. ${line}`);
  for (const line of [
    "Her brother's x rays of the spine last year were normal.",
    "Her brother's x-rays of the spine last year were normal.",
    "Her sister's XR of the spine last year was normal.",
  ])
    it(`reads no prior radiograph of the child in ${JSON.stringify(line)}`, () => assert.equal(atNight(line), 'none'));
  for (const line of ['Her x rays of the spine last month were normal.', 'Mom says her x rays of the spine last month were normal.'])
    it(`still reads the child's own radiographs in ${JSON.stringify(line)}`, () => assert.equal(atNight(line), 'normal'));
});
