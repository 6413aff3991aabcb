/**
 * Set 22 facts: a history cue after a length of time tells how long today's complaint has lasted ("3 wk hx of LBP");
 * a pain's length in the British notation ("for 7/52") and under a history key whose back pain is today's; a
 * grandparent's abbreviation and a relative's "y/o" key a relative's line; a Spanish "return if" is a condition; a change
 * written on a radiologist's protocol line is the order; "with out contrast" is without; "sacral dumpling" is dictated
 * for a sacral dimple; carried boxes are a mechanical strain. Each with the near misses that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { orderOf, presentIn, readNote } from '../helpers';

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

describe("a relative's key", () => {
  it('a grandparent\'s abbreviation and a relative\'s "y/o" key their own lines', () => {
    const lines = ['Pt: 11 mo F', 'MGF: colon cancer at 60', 'Brother, 6 y/o: tethered cord release at age 3', 'Exam: hair tuft over L5.', 'Plan: MRI L-spine w/o contrast.'];
    assert.equal(presentIn('malignancy', ...lines), false);
    assert.equal(presentIn('operated-spine', ...lines), false);
    assert.equal(readNote(...lines).scenario, 's1-cutaneous-marker');
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

describe('after review: a history cue after an age, a time of life or in a sentence dated past stays past', () => {
  const marker = (...lines: string[]) => readNote(...lines).scenario;
  it('the count after a patient or age key, after "former", "is", or with "at <age>" in its sentence is an age: the marker scenario', () => {
    const exam = ['Exam: deep sacral dimple, base not seen. Neuro normal.', 'Plan: US spine'];
    assert.equal(marker('Pt: 6 mo h/o febrile UTI at 2 months, treated.', 'Presenting with: sacral dimple noted by mum, deep, base not seen.', ...exam), 's1-cutaneous-marker');
    assert.equal(marker('Former 28 wk h/o IVH grade 2 and fever/sepsis in NICU. Now 4 mo corrected.', ...exam), 's1-cutaneous-marker');
    assert.equal(marker('Ex-34 weeker. 10 day hx of fever and poor feeding at 2 wk of age (GBS sepsis), treated, now thriving.', 'Age: 3 months', ...exam), 's1-cutaneous-marker');
    assert.equal(marker('Pt: 9 mths h/o febrile convulsion x1 at 7 mths.', 'Exam: hair tuft over the sacrum. Neuro normal.', 'Plan: US spine'), 's1-cutaneous-marker');
    assert.equal(
      presentIn('fever', 'Jack is 15 yrs h/o fever and weight loss aged 9 (Kikuchi), fully recovered.', 'LBP x 2 wk after rugby. Neuro intact.', 'Plan: XR L-spine'),
      false,
    );
  });
  it('a length its sentence dates past is an old episode: no red flag, no back pain of today', () => {
    const plan = 'Plan: XR L-spine';
    assert.equal(
      marker('12 yo F w/ LBP x 10 days after gymnastics. Had a 3 day hx of fever in March (flu), none since.', 'No night pain, no weight loss. Neuro intact.', plan),
      'back-pain-overuse',
    );
    assert.equal(
      marker('14 yo M. LBP x 1 wk after football. He had a 2 day hx of fever last month with a viral illness, well since.', 'No night pain. Neuro intact.', plan),
      'back-pain-overuse',
    );
    assert.equal(marker('12 yo girl. 3 month hx of back pain at age 8, fully resolved. Here for sports physical. Mum asks for an x-ray.', plan), 'no-criteria');
    assert.equal(marker('11 yo. 6 month history of back pain in 2022 which resolved with physio. Currently well.', plan), 'no-criteria');
    assert.equal(marker('9 yo. 2 wk hx of fever and back pain as a toddler (discitis, treated). Now well, no complaints. Parent wants follow-up imaging.', plan), 'no-criteria');
    assert.equal(marker('8 yo. 3 day hx of back pain as a toddler per mum, no problems since.', plan), 'no-criteria');
  });
  it("near miss: a length of today's complaint still tells today's", () => {
    assert.equal(marker('14 yo M. 3 wk hx of LBP and fever.', 'Neuro intact.', 'Plan: XR L-spine'), 'back-pain-red-flags');
    assert.equal(ctx('HPI: 3 wk hx of LBP', 'LBP').historical, false);
    // "previously healthy" dates nothing.
    const report = 'A 9-year-old previously healthy boy presented with a 3-week history of low back pain, intermittent fevers to 38.8 C.';
    assert.equal(ctx(report, 'low back pain').historical, false);
  });
});

describe('after review: copied findings and family bullets read as on main', () => {
  const plan = 'Plan: XR L-spine';
  it('a copied finding today tells resolved still counts', () => {
    const copied = (...lines: string[]) => ['=== Copied from previous note (GP, 10 days ago) ===', ...lines, '=== end of copied text ==='];
    assert.equal(readNote(...copied('9 yo, LBP 3 days, fever 38.6 last night.'), 'Review today: fever resolved, still LBP.', plan).scenario, 'back-pain-red-flags');
    assert.equal(
      presentIn('night-sweats', ...copied('9 yo, LBP 1 wk, fevers to 38.6, night sweats.'), 'Review today: fevers have resolved, night sweats resolved. Still LBP.', plan),
      true,
    );
    assert.equal(
      presentIn('weight-loss', ...copied('12 yo, LBP, wt loss 3 kg, night pain waking him.'), 'Today: night pain resolved with ibuprofen, weight loss resolved. Still LBP.', plan),
      true,
    );
    assert.equal(
      presentIn('weakness', ...copied('14 yo M, LBP 10 days after basketball, R leg weakness and numbness R foot.'), 'Today: weakness resolved, numbness resolved.', plan),
      true,
    );
    assert.equal(presentIn('fever', ...copied('6 yo, fever 39.2, refusing to walk, back pain.'), 'Today: fever resolved since yesterday on ibuprofen.', plan), true);
  });
  it("bullets after an empty family history heading keep the child's order, red flags and markers", () => {
    assert.equal(orderOf('10 yo M, sacral dimple deep.', 'FHx:', '- noncontributory', '- MRI L-spine w/o contrast ordered, sedation booked'), 'mri-area-without');
    const fhx = ['12 yo M, LBP 3 wk.', 'Family history:', '- Dad: ankylosing spondylitis', '- Mum: well', '* Fever on and off x 2 wk, night sweats', '* wt loss 4 kg', plan];
    assert.equal(presentIn('fever', ...fhx), true);
    assert.equal(presentIn('weight-loss', ...fhx), true);
    assert.equal(presentIn('weight-loss', '12 yo M, LBP 3 wk.', 'FHx:', '- Uncle: lymphoma', '- fevers at night and weight loss 3 kg this month (pt)', plan), true);
    const exam = '- Examination today shows a deep sacral dimple 3 cm above the anal verge with a small hair tuft';
    assert.equal(readNote('Pt: 6 mo F', 'FHx:', '- nil relevant', exam, 'Plan: US spine').scenario, 's1-cutaneous-marker');
  });
});

describe("after review: a pain's length is no follow-up interval and no dated episode", () => {
  const weeksOf = (...lines: string[]) => readNote(...lines).facts.painWeeks?.weeks;
  it('"rv in 6/52" is when to review, no length', () => {
    assert.equal(weeksOf('14 yo M', 'HPI: Low back pain since PE on Monday, mechanical, rv in 6/52 if not settled.', 'No fever, no night pain.', 'Plan: XR L-spine'), undefined);
  });
  it('an episode under Hx dated "last summer", "in summer 2024, settled" or by a bracketed year keeps its length', () => {
    const deny = 'No fever, no night pain, no weight loss. Neuro intact.';
    assert.equal(readNote('14 yo M', 'Hx: LBP x 8 wk last summer, physio.', deny, 'Plan: XR L-spine').scenario, 'back-pain-no-red-flags');
    assert.equal(readNote('14 yo M', 'Hx: LBP for 7/52 in summer 2024, settled. Now LBP again since Sat.', deny, 'Plan: XR L-spine').scenario, 'back-pain-no-red-flags');
    assert.equal(weeksOf('14 yo M', 'Hx: LBP x 8 wk (2023), physio.', deny, 'Plan: XR L-spine'), undefined);
  });
  it('near miss: "Hx: low back pain for 7/52" over denials is still seven weeks', () => {
    assert.equal(weeksOf('14 yo M', 'Hx: low back pain for 7/52', 'No night pain, no fever.', 'Plan: XR L-spine'), 7);
  });
});

describe('after review: a protocol line that leaves the change pending or undoes it keeps the order received', () => {
  const head = ['15 yo F, LBP, fever.', 'Order: CT L-spine with contrast'];
  it('"pending … approval", "disagrees … reverted … as ordered"', () => {
    assert.equal(orderOf(...head, 'Protocol: changed to CT L-spine without contrast - pending ordering provider approval.'), 'ct-area-with');
    assert.equal(
      orderOf(...head, 'Protocol: Changed to CT L-spine without contrast. Ordering NP disagrees given concern for infection; reverted to CT with contrast as ordered.'),
      'ct-area-with',
    );
  });
  it('near miss: a change the ordering clinician agrees to is the order', () => {
    assert.equal(orderOf(...head, 'Protocol: Changed to CT L-spine WITHOUT contrast. Discussed with ordering NP, who agrees.'), 'ct-area-without');
  });
});

describe('after review: a bare Spanish "en caso de" is no condition', () => {
  it('"En caso de dolor nocturno, fiebre y pérdida de peso, ya los tiene desde hace 2 semanas" tells them present', () => {
    const lines = [
      'Paciente: niño de 10 años',
      'Motivo: dolor lumbar x 1 semana. En caso de dolor nocturno, fiebre y pérdida de peso, ya los tiene desde hace 2 semanas.',
      'Examen: neuro normal.',
      'Plan: RMN columna lumbar.',
    ];
    assert.equal(presentIn('fever', ...lines), true);
    assert.equal(readNote(...lines).scenario, 'back-pain-red-flags');
  });
});
