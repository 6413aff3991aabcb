/**
 * Round 45's held-out voice of set 80: long admission H&Ps, discharge summaries and clinic notes where the spine is a small
 * part among many sections and other orders. Each reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const traumaOf = (...lines: string[]) => readNote(...lines).facts.trauma.significance;

describe('a problem list item: its problem, a dash and the study (s80)', () => {
  it('reads the study after "2. Dermal sinus with suspected abscess -" as the order', () => {
    const lines = [
      'Pt: 5 mo M',
      'A/P: 5 mo with meningitis.',
      '1. Meningitis - ceftriaxone.',
      '2. Dermal sinus with suspected intraspinal infection/abscess - MRI brain + MRI whole spine w/ and w/o contrast tonight (anesthesia aware). Neurosurgery consulted - will see tonight.',
      '3. EEG if any seizure activity.',
    ];
    assert.equal(orderOf(...lines), 'mri-complete-without-and-with');
    assert.equal(orderOf('Pt: 5 mo M', 'A/P: 5 mo with meningitis.', '2. Dermal sinus - MRI whole spine w/ and w/o contrast tonight.'), 'mri-complete-without-and-with');
  });

  it('leaves a condition, a question, a study told done or declined, and a relative’s problem unordered', () => {
    const head = ['Pt: 5 mo M', 'A/P: 5 mo with dimple.'];
    assert.equal(orderOf(...head, '2. If dimple looks deeper - MRI L-spine.'), null);
    assert.equal(orderOf(...head, '2. Sacral dimple - US spine?'), null);
    assert.equal(orderOf(...head, '2. Sacral dimple - US spine done last week, normal.'), null);
    assert.equal(orderOf(...head, '2. Sacral dimple - MRI not needed.'), null);
    assert.equal(orderOf(...head, "2. Mom's back pain - MRI L-spine per her GP."), null);
  });

  it('leaves a plan left open or another team’s study unordered (review r45)', () => {
    const head = ['Pt: 5 mo M', 'A/P: 5 mo with dimple.'];
    assert.equal(orderOf(...head, '2. Dermal sinus - MRI whole spine vs US first, discuss'), null);
    assert.equal(orderOf(...head, '2. Dermal sinus - MRI whole spine per neurosurgery (their clinic)'), null);
    assert.equal(orderOf(...head, '2. Dermal sinus - MRI whole spine, to discuss with family'), null);
    assert.equal(orderOf(...head, '2. Dermal sinus - MRI whole spine w/ and w/o tonight.'), 'mri-complete-without-and-with');
  });
});

describe('a study told as the step to follow is not today’s (s80)', () => {
  it('reads the radiograph of "XR entire spine today; MRI to follow under sedation tomorrow"', () => {
    assert.equal(
      orderOf('Pt: 6 yo M', 'Plan:', '1. XR entire spine AP/lat (thoracic + lumbar) today; MRI to follow under sedation tomorrow once anesthesia available.'),
      'xr-complete',
    );
    assert.equal(orderOf('Pt: 6 yo M', 'Plan:', '- XR L-spine today; MRI to follow.'), 'xr-area');
  });

  it('still orders nothing after a radiograph told with its result', () => {
    assert.equal(orderOf('Pt: 6 yo M', 'Plan:', '1. XR L-spine normal. MRI to follow.'), null);
  });
});

describe('a bare "complete" beside a region is the whole exam of that region (s80)', () => {
  it('reads "US spine complete lumbar/sacral" as the area’s ultrasound', () => {
    assert.equal(orderOf('Pt: 4 mo M', 'Plan: ordered US spine complete lumbar/sacral, radiology slot in 2 wks.'), 'us-area');
    assert.equal(orderOf('Pt: 3 yo M', 'Plan: MRI LS spine without contrast to complete evaluation'), 'mri-area-without');
  });

  it('keeps "whole spine" and "complete spine" the complete spine', () => {
    assert.equal(orderOf('Pt: 8 yo M', 'Plan: MRI whole spine w/o contrast'), 'mri-complete-without');
    assert.equal(orderOf('Pt: 8 yo M', 'Plan: MRI complete spine incl. lumbar w/o contrast'), 'mri-complete-without');
  });
});

describe('"last done 3 yrs ago" beside a study dates the one before (s80)', () => {
  it('orders "MRI whole spine w/o contrast (routine surveillance, last done 3 yrs ago)"', () => {
    assert.equal(
      orderOf('Pt: 8 yo M', 'A/P: 8 yo with L4 MMC, stable.', '- MRI whole spine w/o contrast (routine surveillance, last done 3 yrs ago)', '- RTC 1 yr'),
      'mri-complete-without',
    );
    assert.equal(orderOf('Pt: 8 yo M', 'Plan:', '- MRI whole spine w/o contrast, last one 3 yrs ago'), 'mri-complete-without');
  });

  it('still reads a study told done or with its result as no order', () => {
    assert.equal(orderOf('Pt: 8 yo M', 'Plan:', '- MRI whole spine w/o contrast (done 3 yrs ago)'), null);
    assert.equal(orderOf('Pt: 8 yo M', 'Plan:', '- MRI whole spine w/o contrast (last done 3 yrs ago: normal)'), null);
  });
});

describe('injuries as these writers tell them (s80)', () => {
  it('reads "daycare called mom saying he hurt his neck" as the child’s injury', () => {
    const lines = ['Pt: 2 yo M', 'HPI: Daycare called mom saying he hurt his neck this afternoon; teacher did not see what happened.', 'Plan: XR C-spine'];
    assert.equal(traumaOf(...lines), 'unclear');
    assert.ok(readNote(...lines).rules.includes('trauma-mechanism-unclear'));
  });

  it('leaves a relative’s own injury hers', () => {
    assert.equal(traumaOf('Pt: 12 yo M', 'HPI: Mom called, she hurt her back lifting boxes last week. He has back pain x 3 wk.', 'Plan: XR L-spine'), 'none');
  });

  it('reads backing into the corner of a table as a trivial bump, and play since as play', () => {
    const lines = [
      'Pt: 6 yo F',
      'HPI: 2 days ago backed into the corner of the kitchen table while playing chase. Cried for a minute, then went back to playing. Has been running, jumping on trampoline since. Today sore back.',
      'Plan: XR T-spine',
    ];
    assert.equal(traumaOf(...lines), 'trivial');
    assert.equal(readNote(...lines).scenario, 'back-pain-no-red-flags');
  });

  it('keeps a child backed into by a car significant, a fall off a trampoline significant, and a fever since no sign of play', () => {
    assert.equal(traumaOf('Pt: 6 yo F', 'HPI: Backed into by a car in the school parking lot; sore back.', 'Plan: XR T-spine'), 'significant');
    assert.equal(traumaOf('Pt: 6 yo F', 'HPI: Fell off the trampoline 2 days ago. Has been running with difficulty since. Sore back.', 'Plan: XR T-spine'), 'significant');
    assert.equal(traumaOf('Pt: 6 yo F', 'HPI: Fell off the trampoline 2 days ago, has been running a fever since.', 'Plan: XR T-spine'), 'significant');
  });

  it('reads "no c/o pain" as a denial', () => {
    const r = readNote(
      'After-hours triage: grandma re 3 yo granddaughter who backed into the corner of the coffee table 20 min ago - cried for a minute, now running around and playing, no c/o pain, small red mark mid back; dispo home care.',
    );
    assert.ok(!r.facts.hits.some((h) => h.finding.id === 'back-pain' && h.present));
    assert.equal(r.scenario, 'no-criteria');
  });
});

describe('a discharge summary’s age at discharge (s80)', () => {
  it('reads "Chronological age at discharge 7 weeks (corrected 39+3 wks)"', () => {
    const r = readNote('NICU discharge summary', 'GA at birth 32+3 wks. Chronological age at discharge 7 weeks (corrected 39+3 wks).', 'Plan: XR L-spine');
    assert.ok(Math.abs((r.facts.age?.months ?? 0) - (7 * 7) / 30.4375) < 0.01);
  });

  it('leaves the age at admission unread', () => {
    assert.equal(readNote('NICU discharge summary', 'Age at admission 7 weeks.', 'Plan: XR L-spine').facts.age?.months, undefined);
  });

  // A gestational or corrected age at discharge is no chronological age: the baby's own age wins (review r45).
  const CASES: [string, number][] = [
    ['Gestational age at discharge 37 weeks. Baby 2 weeks. Sacral dimple.', (2 * 7) / 30.4375],
    ['GA at discharge 37 weeks. Baby 2 weeks. Sacral dimple.', (2 * 7) / 30.4375],
    ['Corrected age at discharge 7 weeks; chronological 4 mo. Sacral dimple.', 4],
  ];
  for (const [line, want] of CASES)
    it(`${line} -> ${want.toFixed(2)} months`, () => {
      const months = readNote('NICU discharge summary', line, 'Plan: US spine').facts.age?.months;
      assert.ok(months !== undefined && Math.abs(months - want) < 0.01, `${line}: ${months}`);
    });
});

describe('studies told done among the plan’s words (s80)', () => {
  it('passes over "XR normal" in a later clause of the assessment for the study the plan orders', () => {
    const lines = ['Pt: 11 yo M', 'A/P: 11 yo with 5 wk LBP with night pain; XR normal.', '- CT lumbar spine with and without contrast ordered'];
    assert.equal(orderOf(...lines), 'ct-area-without-and-with');
    assert.equal(orderOf('Pt: 11 yo M', 'Plan: XR normal; MRI L-spine w/o'), 'mri-area-without');
  });

  it('still orders a study in a later clause told with no result', () => {
    assert.equal(orderOf('Pt: 11 yo M', 'Plan: back pain; XR L-spine AP/lat'), 'xr-area');
    assert.equal(orderOf('Pt: 11 yo M', 'Plan: PT, XR L-spine today'), 'xr-area');
  });

  it('reads an order word in a bracket beside a study told done before as who ordered it', () => {
    const lines = [
      'Pt: 11 yo M',
      'HPI: LBP 5 wks, night pain.',
      'XR L-spine 2 wks ago (ordered at UC): no fracture, normal.',
      'A/P: LBP with night pain.',
      '- CT lumbar spine with and without contrast ordered',
    ];
    assert.equal(orderOf(...lines), 'ct-area-without-and-with');
  });

  it('keeps a bracketed order word of today’s study the order', () => {
    assert.equal(orderOf('Pt: 11 yo M', 'HPI: LBP 5 wks, night pain.', 'XR L-spine (ordered today) - pending.'), 'xr-area');
    assert.equal(orderOf('Pt: 11 yo M', 'HPI: LBP 5 wks, night pain. MRI L-spine w/o (requested by me), awaiting slot.'), 'mri-area-without');
  });

  it('reads pars defects and a wedge compression under an imaging key as the report of a study done', () => {
    const lines = [
      'Pt: 15 yo M',
      'CC: LBP x 2 months',
      'Imaging: PCP obtained XR L-spine AP/lat/obliques last wk -> bilateral L5 pars interarticularis defects with grade 1 anterolisthesis of L5 on S1.',
      'A/P: 15 yo with 2 mo LBP.',
      '- CT lumbar spine with contrast to assess healing potential of the pars defects',
    ];
    const r = readNote(...lines);
    assert.equal(r.facts.prior.find((p) => p.modality === 'XR')?.result, 'abnormal');
    assert.equal(r.facts.order?.reading.procedure?.id, 'ct-area-with');
  });

  it('keeps an imaging key naming the study to do the order', () => {
    assert.equal(orderOf('Pt: 15 yo M', 'CC: LBP x 2 months', 'Imaging: XR L-spine with obliques to look for pars defects'), 'xr-area');
  });
});

describe('an assessment naming only a study done before (s80)', () => {
  it('reads "normal prior spine US" as the reason and the MRI the plan orders', () => {
    const lines = [
      'Pt: 8 mo M',
      'Hx: Sacral dimple noted at birth. Spine US at 2 wks old normal - conus at L1.',
      'A/P: 8 mo with simple sacral dimple and normal prior spine US.',
      '- Long discussion, reassurance re: low risk. Parents request MRI anyway -> MRI lumbar spine w/o contrast ordered (sedation).',
    ];
    assert.equal(orderOf(...lines), 'mri-area-without');
  });

  it('still orders a plan naming a prior study and the study to do', () => {
    assert.equal(orderOf('Pt: 8 mo M', 'Plan: MRI lumbar spine w/o contrast given prior US equivocal'), 'mri-area-without');
    assert.equal(orderOf('Pt: 8 mo M', 'Plan: repeat spine US, prior US limited'), 'us-area');
  });
});
