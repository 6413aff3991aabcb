/**
 * Set 22 facts: a history cue after a length of time tells how long today's complaint has lasted ("3 wk hx of LBP");
 * a pain's length in the British notation ("for 7/52") and under a history key whose back pain is today's; a finding
 * told only in text copied from an earlier visit and told resolved today is that visit's; a family history's bullets,
 * a grandparent's abbreviation and a relative's "y/o" are the family's; a Spanish "return if" is a condition; a change
 * written on a radiologist's protocol line is the order; "with out contrast" is without; "sacral dumpling" is dictated
 * for a sacral dimple; carried boxes are a mechanical strain. Each with the near misses that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { lookupKey } from '../../server/src/notes/keys';
import { parseNote } from '../../server/src/notes/parser';
import { note, orderOf, presentIn, readNote } from '../helpers';

function ctx(text: string, target: string) {
  const start = text.indexOf(target);
  assert.ok(start >= 0, `"${target}" is not in "${text}"`);
  return readContext(text, start, start + target.length);
}

describe('a history cue after a length of time', () => {
  for (const [text, target] of [
    ['3 wk hx of R-sided LBP with bowling', 'LBP'],
    ['a 3-week history of low back pain, intermittent fevers to 38.8', 'fevers'],
    ['8yo girl. 4/7 hx of low back pain & fever (Tmax 38.7 at home)', 'fever'],
    ['Sophie who has a two month history of low back pain radiating down the leg', 'radiating'],
    ["several weeks' history of back pain and fever", 'fever'],
    ["3 week's h/o back pain and night sweats", 'night sweats'],
    ['a couple of weeks hx of fever', 'fever'],
    ['6wk hx of back pain and weight loss', 'weight loss'],
    ['7/52 history of back pain', 'back pain'],
  ]) {
    it(`"${text}": "${target}" is today's`, () => assert.equal(ctx(text, target).historical, false));
  }
  for (const [text, target] of [
    ['hx of leukemia', 'leukemia'],
    ['back pain. hx of fever', 'fever'],
    ['14 yo h/o fever', 'fever'],
    ['ex-32 wk h/o IVH and fever', 'fever'],
    ['born 28 weeks h/o fever', 'fever'],
    ['at 6 months h/o fever', 'fever'],
    ['2 wk old, h/o fever', 'fever'],
    ['previous 3 weeks of fever', 'fever'],
  ]) {
    it(`"${text}": "${target}" stays past`, () => assert.equal(ctx(text, target).historical, true));
  }
  it('a red flag in a dated history is read: "3 week\'s history of back pain and fever" is back pain with fever', () => {
    const r = readNote('Pt: 9 yo M', "HPI: 3 week's history of back pain and fever.", 'Plan: XR L-spine');
    assert.equal(r.scenario, 'back-pain-red-flags');
    assert.equal(readNote('Pt: 9 yo M', 'HPI: back pain. hx of fever.', 'Plan: XR L-spine').scenario, 'back-pain-no-red-flags');
  });
  it('an athlete\'s "3 wk hx of R-sided LBP with bowling" is back pain from overuse', () => {
    const r = readNote(
      'Sports med. 15yo M, fast bowler, 3 wk hx of R-sided LBP with bowling, worse on extension + rotation. No trauma. No night pain, afebrile, no wt loss.',
      'O/E: neuro intact.',
      'Plan: MRI lumbar spine without contrast.',
    );
    assert.equal(r.scenario, 'back-pain-overuse');
  });
});

describe("a pain's length", () => {
  const weeksOf = (...lines: string[]) => readNote(...lines).facts.painWeeks?.weeks;
  it('"Hx: low back pain for 7/52" over a line of denials is seven weeks, a red flag', () => {
    const lines = [
      'Pt: 14 yrs, M',
      'Hx: low back pain for 7/52, started with increased ergo training, mechanical.',
      'No night pain, no fever.',
      'Neuro exam: normal',
      'Plan: CT L-spine',
    ];
    assert.equal(weeksOf(...lines), 7);
    assert.equal(readNote(...lines).scenario, 'back-pain-red-flags');
  });
  it('"LBP x 3/12" and "LBP for 3/12" are three months; "LBP for 3/52" three weeks', () => {
    assert.ok(Math.abs(weeksOf('Pt: 14 yo M', 'HPI: LBP x 3/12.', 'Plan: XR L-spine')! - 13.035) < 0.01);
    assert.ok(Math.abs(weeksOf('Pt: 14 yo M', 'HPI: LBP for 3/12.', 'Plan: XR L-spine')! - 13.035) < 0.01);
    assert.equal(weeksOf('Pt: 14 yo M', 'HPI: LBP for 3/52.', 'Plan: XR L-spine'), 3);
  });
  it('a date is no length: "LBP, seen 3/12", "LBP 7/52/2025" (no such date either), "LBP since 10/12/2025"', () => {
    assert.equal(weeksOf('Pt: 14 yo M', 'HPI: LBP, seen 3/12.', 'Plan: XR L-spine'), undefined);
    assert.equal(weeksOf('Pt: 14 yo M', 'HPI: LBP 7/52/2025.', 'Plan: XR L-spine'), undefined);
    assert.equal(weeksOf('Pt: 14 yo M', 'HPI: LBP since 10/12/2025.', 'Plan: XR L-spine'), undefined);
  });
  it('under a history key beside the present illness, an episode dated past keeps its length; other words do not date it', () => {
    const today = 'No night pain, no fever.';
    assert.equal(weeksOf('Pt: 14 yo M', 'Hx: LBP x 8 wk in 2023.', today, 'Plan: XR L-spine'), undefined);
    assert.equal(weeksOf('Pt: 14 yo M', 'Hx: LBP x 8 wk, resolved at age 9.', today, 'Plan: XR L-spine'), undefined);
    assert.equal(weeksOf('Pt: 14 yo M', 'Hx: low back pain for 7/52, prior XR normal.', today, 'Plan: MRI L-spine'), 7);
  });
  it('a past back pain under PMH keeps its length to itself: "PMH: back pain for 8 weeks in 2019"', () => {
    assert.equal(weeksOf('Pt: 14 yo M', 'PMH: back pain for 8 weeks in 2019.', 'HPI: no fever.', 'Plan: XR L-spine'), undefined);
    assert.equal(weeksOf('Pt: 14 yo M', 'PMH: h/o back pain for 8 weeks.', 'HPI: no fever.', 'Plan: XR L-spine'), undefined);
  });
});

describe('a finding of a copied earlier visit told resolved today', () => {
  const copied = ['Locum GP note', '=== Carried forward from visit 2 Jan (URTI) ===', 'Fever 38.5 x 2 days, cough, runny nose. Dx: viral URTI.', '=== end carried forward ==='];
  const today = 'Today 20 Mar: 10 years old girl, low back pain 10 days after she help carry boxes when family move apartment.';
  it('"The fever of January visit resolved long ago" makes the copied fever that visit\'s', () => {
    const r = readNote(...copied, today, 'Afebrile today, no night pain. The fever of January visit resolved long ago.', 'Exam: neuro intact.', 'Order: XR lumbar spine 2 views.');
    assert.equal(presentIn('fever', ...copied, today, 'The fever of January visit resolved long ago.', 'Order: XR lumbar spine.'), false);
    assert.equal(r.scenario, 'back-pain-overuse');
  });
  it('a copied fever today leaves unsaid, or only denies today ("afebrile today"), still counts', () => {
    assert.equal(presentIn('fever', ...copied, today, 'Order: XR lumbar spine.'), true);
    assert.equal(presentIn('fever', ...copied, today, 'Afebrile today.', 'Order: XR lumbar spine.'), true);
  });
  it("a fever told today is today's, whatever the copied text says", () => {
    assert.equal(presentIn('fever', ...copied, today, 'Fever 38.9 today. The fever of January visit resolved long ago.', 'Order: XR lumbar spine.'), true);
  });
  it('without a copied block, a fever told and then told resolved still counts', () => {
    const plain = ['10 yo F, LBP 10 days.', 'Fever 38.5 x 2 days in January.', 'The fever of January resolved long ago.', 'Order: XR lumbar spine.'];
    assert.equal(presentIn('fever', ...plain), true);
  });
});

describe("the family's lines", () => {
  const fhx = [
    'FHx (per mom, detailed):',
    '- Mom, 31: spina bifida occulta seen on an old x-ray, asymptomatic',
    "- Brother, 6 y/o: tethered cord release at age 3 (fatty filum) at Children's",
    '- MGF: colon cancer at 60',
    '- leukemia, uncle',
  ];
  const patient = [
    'Pt: 11 mo F here for WCC.',
    'Exam: midline flat red vascular patch (hemangioma) ~1.5 cm over the upper sacrum; no dimple, no hair.',
    'Neuro: normal tone.',
    'Plan: MRI L-spine w/o contrast ordered.',
  ];
  it("the bullets under a family history heading are the family's: no cancer, no operated spine, the skin-marker scenario", () => {
    const r = readNote(...fhx, ...patient);
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.equal(presentIn('malignancy', ...fhx, ...patient), false);
    assert.equal(presentIn('operated-spine', ...fhx, ...patient), false);
  });
  it('the family history holds its bullets; the key line after them is its own', () => {
    const p = parseNote(note(...fhx, ...patient));
    const family = p.fields.find((f) => f.key?.name === 'Family history');
    assert.ok(family && family.value.includes('MGF: colon cancer') && family.value.includes('leukemia, uncle'));
    assert.ok(p.fields.some((f) => f.key?.name === 'Patient'));
  });
  it('a bullet after a blank line, or under a family history with a value of its own, is read as before', () => {
    const blank = ['Pt: 11 mo F', 'FHx:', '', '- leukemia, on maintenance chemo', 'Exam: hair tuft over L5.', 'Plan: MRI L-spine w/o contrast.'];
    assert.equal(presentIn('malignancy', ...blank), true);
    const valued = ['Pt: 11 mo F', 'FHx: none', '- leukemia, on maintenance chemo', 'Exam: hair tuft over L5.', 'Plan: MRI L-spine w/o contrast.'];
    assert.equal(presentIn('malignancy', ...valued), true);
  });
  it('a grandparent\'s abbreviation and a relative\'s "y/o" key their own lines', () => {
    const lines = ['Pt: 11 mo F', 'MGF: colon cancer at 60', 'Brother, 6 y/o: tethered cord release at age 3', 'Exam: hair tuft over L5.', 'Plan: MRI L-spine w/o contrast.'];
    assert.equal(presentIn('malignancy', ...lines), false);
    assert.equal(presentIn('operated-spine', ...lines), false);
    assert.equal(readNote(...lines).scenario, 's1-cutaneous-marker');
  });
  it('"FHx (per mom)" is the family history key; "Age (mother)" stays unknown', () => {
    assert.equal(lookupKey('FHx (per mom, detailed)')?.name, 'Family history');
    assert.equal(lookupKey('Age (mother)'), undefined);
  });
});

describe('a Spanish "return if"', () => {
  const hx = ['Paciente: niño de 10 años, here with mom.', 'Dolor de espalda x 1 semana, lower back. Niega fiebre.', 'Exam: neuro normal.'];
  it('"Regresar si fiebre o dolor en la noche." names no fever now', () => {
    assert.equal(presentIn('fever', ...hx, 'A/P: XR L-spine ordered today.', 'Regresar si fiebre o dolor en la noche.'), false);
    assert.equal(readNote(...hx, 'A/P: XR L-spine ordered today.', 'Regresar si fiebre o dolor en la noche.').scenario, 'back-pain-no-red-flags');
  });
  it('a fever told outright is still read: "Tiene fiebre desde ayer. Regresar si empeora."', () => {
    assert.equal(presentIn('fever', 'Paciente: niño de 10 años.', 'Dolor de espalda x 1 semana. Tiene fiebre desde ayer.', 'A/P: XR L-spine.', 'Regresar si empeora.'), true);
  });
});

describe("a change on a radiologist's protocol line", () => {
  const note22 = [
    'Radiology protocoling',
    'Order received: CT LUMBAR SPINE WITH CONTRAST',
    'Reason: "13 yo F, LBP 5 wks, xr abnl"',
    'Chart: gymnast, no fever, neuro exam documented normal by ortho.',
  ];
  it('"Protocol: Changed to CT L-spine WITHOUT contrast … who agrees" orders the CT without contrast', () => {
    assert.equal(orderOf(...note22, 'Protocol: Changed to CT L-spine WITHOUT contrast, thin-section through L4-S1. Discussed with ordering NP, who agrees.'), 'ct-area-without');
  });
  it('a protocol line that only proposes the change, or tells none, keeps the order received', () => {
    assert.equal(orderOf(...note22), 'ct-area-with');
    assert.equal(orderOf(...note22, 'Protocol: thin-section through L4-S1.'), 'ct-area-with');
    assert.equal(orderOf(...note22, 'Protocol: suggest change to CT L-spine without contrast; awaiting ordering NP.'), 'ct-area-with');
  });
});

describe('words as dictated', () => {
  const infant = 'This is a 3 month old female seen today for well child check. On exam there is a small tuft of dark hair at the lumbosacral junction.';
  it('"with out contrast" is without contrast, "with out and with" both', () => {
    assert.equal(orderOf(infant, 'Plan MRI of the lumbar spine with out contrast.'), 'mri-area-without');
    assert.equal(orderOf(infant, 'Plan MRI of the lumbar spine with out and with contrast.'), 'mri-area-without-and-with');
  });
  it('"with contrast" before other words keeps its contrast', () => {
    assert.equal(orderOf(infant, 'Plan MRI of the lumbar spine with contrast, sedation out of hours.'), 'mri-area-with');
  });
  it('"sacral dumpling" is a sacral dimple; denied, it is none', () => {
    assert.equal(presentIn('sacral-dimple', '3 mo F, hair tuft with a sacral dumpling just below it measuring about 3 mm. Plan MRI L-spine.'), true);
    assert.equal(presentIn('sacral-dimple', '3 mo F, hair tuft, no sacral dumpling. Plan MRI L-spine.'), false);
  });
});

describe('boxes carried', () => {
  it('"low back pain 10 days after she help carry boxes" is a mechanical strain; "does not carry boxes" is not', () => {
    assert.equal(readNote('10 yo F, low back pain 10 days after she help carry boxes. No fever, no night pain. Neuro intact.', 'Order: XR L-spine').scenario, 'back-pain-overuse');
    assert.equal(
      readNote('10 yo F, low back pain 10 days, no known cause; she does not carry boxes or lift. No fever, no night pain. Neuro intact.', 'Order: XR L-spine').scenario,
      'back-pain-no-red-flags',
    );
  });
});
