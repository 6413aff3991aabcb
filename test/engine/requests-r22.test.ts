/**
 * Orders told as requests (set 19) and the review of that branch: a study with a condition on the line next to it stays
 * conditional; study names from abroad (Russian-trained "Ro-graphy", Russian МРТ/УЗИ/КТ with any spine phrase, German
 * "Röntgen LWS"); a gadolinium agent named with the study is contrast unless taken back; a study told with its result is a prior one.
 */
import * as assert from 'node:assert/strict';
import { ids, note, orderOf } from '../helpers';

describe('a condition on the line next to the study keeps it conditional', () => {
  const hx = 'Hx: 12 yo F, LBP 6 wk, waking at night, clonus L ankle.';
  for (const next of ['      In 4 weeks if no improvement', '      At 6 weeks if no improvement', '      in 4 weeks if no improvement']) {
    it(`"MRI … / ${next.trim()}" orders nothing`, () => assert.equal(orderOf(hx, 'Plan: MRI L-spine w/o contrast', next), 'none'));
  }
  for (const [line, next] of [
    ['Plan: MRI L-spine w/o contrast in 6', '      Weeks if no better'],
    ['Plan: MRI L-spine w/o contrast to be booked in', '      January if no improvement with PT'],
    ['Plan: MRI L-spine w/o contrast at the', "      Children's Hospital if symptoms persist"],
    ['Plan: Repeat exam in 2 weeks and if still abnormal', '      MRI whole spine w/o contrast'],
    ['Plan: Trial of PT and if no better', '      MRI L-spine w/o contrast'],
    ['Plan: Physio 4 wk then if no better', '      MRI L-spine w/o contrast'],
    ['Plan: NSAIDs x2 weeks; only if no better', '      MRI L-spine w/o contrast'],
    ['Plan: If no better in 2 wk', '      MRI whole spine w/o contrast'],
  ]) {
    it(`"${line} / ${next.trim()}" orders nothing`, () => assert.equal(orderOf(hx, line, next), 'none'));
  }
  for (const next of ['      Refer visiting neurosurgeon if abnormal', '  2. Refer NSGY if abnormal', '      Follow up in 2 weeks if no better']) {
    it(`"MRI … / ${next.trim()}" orders the MRI: the condition is the next action's`, () =>
      assert.equal(orderOf(hx, 'Plan: MRI whole spine w/o contrast', next), 'mri-complete-without'));
  }
  it('a next line with no action of its own, or one that opens on its condition, keeps the study conditional', () => {
    assert.equal(orderOf(hx, 'Plan: MRI L-spine w/o contrast', '      If no better refer NSGY'), 'none');
    assert.equal(orderOf(hx, 'Plan: MRI L-spine w/o contrast in 4 weeks', '      if no improvement, refer'), 'none');
    assert.equal(orderOf(hx, 'Plan: Refer NSGY if abnormal', '      MRI whole spine w/o contrast'), 'none');
  });
  // An action word inside the next line ("at follow up", "on repeat exam", "following physio review") is when the study is
  // done, not an action of that line's own: the condition stays the study's. So is a line the one before runs on into ("… at").
  for (const [line, ...next] of [
    ['Plan: MRI L-spine w/o contrast', '  at 6 wk review if pain persists'],
    ['Plan: MRI L-spine w/o contrast', '  At 6 wk review if pain persists'],
    ['Plan: MRI L-spine w/o contrast at', '  follow up if no better'],
    ['Plan: MRI L-spine w/o contrast to be arranged', '  at follow up if no better'],
    ['Plan: MRI L-spine w/o contrast', '  following physio review if no better'],
    ['Plan: MRI L-spine w/o contrast', '  on repeat exam if still abnormal'],
    ['Plan: MRI L-spine w/o contrast', '  by the time of her review if still in pain'],
    ['Plan: MRI L-spine w/o contrast', '  at review in 4 wk', '  if no better'],
    ['Plan:', ' - MRI L-spine w/o contrast', '   at follow up if no better'],
    ['Plan: MRI L-spine w/o contrast for', '  review if no better'],
    ['Plan: MRI L-spine w/o contrast', '  with repeat exam if still abnormal'],
  ]) {
    it(`"${[line, ...next].map((l) => l.trim()).join(' / ')}" orders nothing`, () => assert.equal(orderOf(hx, line, ...next), 'none'));
  }
  it('an action word opening the next line, past a bullet, still keeps its condition to itself', () => {
    assert.equal(orderOf(hx, 'Plan: MRI whole spine w/o contrast', '  - Review in clinic if abnormal'), 'mri-complete-without');
    assert.equal(orderOf(hx, 'Plan: MRI whole spine w/o contrast', '  3) Repeat exam in 2 wk if still abnormal'), 'mri-complete-without');
    assert.equal(orderOf(hx, 'Plan:', ' - MRI whole spine w/o contrast', ' - Follow up if no better'), 'mri-complete-without');
  });
  // Read wrong before this branch too (review), read since r23: the condition of another action's line, and a condition
  // told on the next line in other words than "if".
  it('"MRI whole spine / Refer visiting neurosurgeon if abnormal" orders the MRI', () =>
    assert.equal(orderOf(hx, 'Plan: MRI whole spine w/o contrast', '      Refer visiting neurosurgeon if abnormal'), 'mri-complete-without'));
  for (const next of ['      NSGY referral if abnormal', '      * Refer NSGY if abnormal', '      > Neurosurgery if abnormal', '      Admit if deteriorates']) {
    it(`"MRI whole spine / ${next.trim()}" orders the MRI`, () => assert.equal(orderOf(hx, 'Plan: MRI whole spine w/o contrast', next), 'mri-complete-without'));
  }
  for (const next of [
    '      Should symptoms persist beyond 6 weeks',
    '      Provided no improvement with NSAIDs',
    '      When symptoms persist',
    '      After 6 weeks if still symptomatic',
    '      Contingent on exam at next visit',
    '      - if no better after PT',
  ]) {
    it(`"MRI L-spine / ${next.trim()}" orders nothing`, () => assert.equal(orderOf(hx, 'Plan: MRI L-spine w/o contrast', next), 'none'));
  }
});

describe('a plan line that is only a condition hangs it on the study above (r23)', () => {
  const hx = 'Hx: 12 yo F, LBP 6 wk, waking at night, clonus L ankle.';
  for (const next of [
    '      Should she still have pain at 6 weeks',
    '      Provided that pain persists',
    '      Providing no improvement',
    '      Provided pain persists (6 wk)',
    '      Once symptoms persist beyond 6 weeks',
    '      In case of persistent pain',
    '      In the event of no improvement',
    '      Depending on response to PT',
    '      Dependent on response to physio',
    '      Contingent upon exam',
    '      Unless better in 6 wk',
    '      Only if no improvement with PT',
    '      After 4 wk of PT if no better',
    '      * if no better after PT',
    '      \u2022 unless settling',
  ]) {
    it(`"MRI L-spine / ${next.trim()}" orders nothing`, () => assert.equal(orderOf(hx, 'Plan: MRI L-spine w/o contrast', next), 'none'));
  }
  it('French "si" is read as "if" on a bulleted line under the study', () =>
    assert.equal(
      orderOf(
        'Motif: lombalgie depuis 6 semaines, fille de 12 ans, douleur nocturne, réveils la nuit.',
        'Conduite à tenir: IRM lombaire sans injection',
        "  - si pas d'amélioration après kiné",
      ),
      'none',
    ));
  // A line that is an action of its own keeps its condition: a consultant, a referral, admission, a return, past any bullet or arrow.
  for (const next of [
    '      Ortho if abnormal',
    '      Neurology referral if abnormal',
    '      Oncology if mass',
    '      Admission if deteriorates',
    '      Return if worse',
    '      ED if worse',
    '      \u2022 Neurosurgery referral if abnormal',
    '      -> NSGY if abnormal',
  ]) {
    it(`"MRI L-spine / ${next.trim()}" orders the MRI`, () => assert.equal(orderOf(hx, 'Plan: MRI L-spine w/o contrast', next), 'mri-area-without'));
  }
  // Near misses: a condition with a step of its own, a new order, a time or a slot the study waits for, the same word as a
  // verb or a modal, a sentence wrapped onto the next line, a plan item of its own, a blank line between.
  for (const [line, ...next] of [
    ['Plan: MRI L-spine w/o contrast', '      Should symptoms persist, refer NSGY'],
    ['Plan: MRI L-spine w/o contrast', '      When symptoms persist, refer NSGY'],
    ['Plan: MRI L-spine w/o contrast', '      Provided no improvement -> NSGY'],
    ['Plan: MRI L-spine w/o contrast', '      When seen in clinic, XR L-spine'],
    ['Plan: MRI L-spine w/o contrast', '      XR L-spine if no better'],
    ['Plan: MRI L-spine w/o contrast', '      when next in clinic'],
    ['Plan: MRI L-spine w/o contrast', '      Once authorised by insurance'],
    ['Plan: MRI L-spine w/o contrast', '      When sedation available'],
    ['Plan: MRI L-spine w/o contrast', '      after sedation consult'],
    ['Plan: MRI L-spine w/o contrast', '      After school appointment preferred'],
    ['Plan: MRI L-spine w/o contrast', '      Provided by parents: prior films'],
    ['Plan: MRI L-spine w/o contrast', '      Should be done under GA'],
    ['Plan: MRI L-spine w/o contrast', '      Should include STIR sequences'],
    ['Plan: MRI L-spine w/o contrast requested as the family', '      provided a history of night pain'],
    ['Plan: MRI L-spine w/o contrast requested as mum', '      should be present for sedation'],
    ['Plan: MRI L-spine w/o contrast', '      2) Should symptoms persist beyond 6 weeks'],
    ['Plan: 1. MRI L-spine w/o contrast', '      2. If no improvement in 4 weeks'],
    ['Plan:', ' - MRI L-spine w/o contrast', ' - if no better after PT'],
    ['Plan: MRI L-spine w/o contrast', '      ', '      Should symptoms persist beyond 6 weeks'],
    ['Plan: MRI L-spine w/o contrast', '      ', '      In 4 weeks if no improvement'],
    ['Plan: MRI L-spine w/o contrast', '      ', '      Refer NSGY if abnormal'],
  ]) {
    it(`"${[line, ...next].map((l) => l.trim()).join(' / ')}" orders the MRI`, () => assert.equal(orderOf(hx, line, ...next), 'mri-area-without'));
  }
  it('"When seen in clinic, MRI L-spine" orders its MRI: there is no study above for it to condition', () => {
    assert.equal(orderOf(hx, 'Plan: NSAIDs, PT', '      When seen in clinic, MRI L-spine w/o contrast'), 'mri-area-without');
    assert.equal(orderOf(hx, 'Plan: When seen in clinic, MRI L-spine w/o contrast'), 'mri-area-without');
  });
});

// The review of r23: a line under the study conditions it only when the rest of the line reads as a clinical condition; a
// condition on sedation, consent, preparation, scheduling or age, a letter's safety net and "Provided <object>" keep the order,
// and a line whose action is the study itself ("Ortho to request if no better") or declines it keeps the study unordered.
describe('a condition line under the study must read as a clinical condition (r23 review)', () => {
  const hx = 'Hx: 12 yo F, LBP 6 wk, waking at night, clonus L ankle.';
  const infant = 'HPI: 4 mo M with sacral dimple, deep, above gluteal cleft. Neuro normal.';
  it('"CT L-spine / Once asleep after feed" in an infant with a dimple is ordered, and flagged', () => {
    const text = note(infant, 'Plan: CT L-spine', '  Once asleep after feed');
    assert.equal(orderOf(infant, 'Plan: CT L-spine', '  Once asleep after feed'), 'ct-area-without');
    assert.ok(ids(text).includes('inappropriate-initial-study'), ids(text).join(', '));
  });
  for (const next of ['  Once asleep after feed (feed and wrap)', '  When settled after feed']) {
    it(`"MRI L-spine / ${next.trim()}" in an infant orders the MRI`, () => assert.equal(orderOf(infant, 'Plan: MRI L-spine w/o contrast', next), 'mri-area-without'));
  }
  for (const next of [
    // preparation, consent, scheduling, age
    '  Once consent obtained',
    '  Once IV access obtained',
    '  Once fasted for 4 hours',
    '  When radiology calls with a date',
    '  When the metal brace is removed',
    '  When 6 months old',
    '  Once pregnancy test negative',
    // technique
    '  Should sedation be needed',
    '  Should she require sedation',
    '  In case sedation needed',
    '  Provided she can lie still (otherwise GA)',
    // a letter's safety net
    '  Should you have any questions please call the clinic',
    '  Should there be any problems please contact the on-call team',
    '  In case of delay please contact radiology',
    // "Provided" as a verb
    '  Provided parent information leaflet',
    '  Provided mum with leaflet on back pain',
    '  Provided safety netting advice',
    // the condition is the referral's
    '  Depending on result may need neurosurgery',
  ]) {
    it(`"MRI L-spine / ${next.trim()}" orders the MRI`, () => assert.equal(orderOf(hx, 'Plan: MRI L-spine w/o contrast', next), 'mri-area-without'));
  }
  for (const next of [
    // the action of the line is the study itself
    '  Return for this if no better in 6 weeks',
    '  Neurology will request if exam abnormal',
    '  Ortho to request if no better',
    '  Call to book if pain persists',
    // a decline past a specialty's name
    '  Ortho says not needed',
    // a clinical condition in other words, and a treatment named in it
    '  Should we not see improvement by 6 weeks',
    '  Once back pain persists > 6 weeks',
    '  When pain comes back',
    '  Once symptoms persist despite review by physio',
    '  (If no improvement with physio)',
  ]) {
    it(`"MRI L-spine / ${next.trim()}" orders nothing`, () => assert.equal(orderOf(hx, 'Plan: MRI L-spine w/o contrast', next), 'none'));
  }
  it('a service named at the start of the line is an action of its own, as before', () => {
    assert.equal(orderOf(hx, 'Plan: MRI L-spine w/o contrast', '  Pediatric neurosurgery referral if abnormal'), 'mri-area-without');
    assert.equal(orderOf(hx, 'Plan: MRI L-spine w/o contrast', '  Neurosurgical opinion if abnormal'), 'mri-area-without');
    assert.equal(orderOf(hx, 'Plan: MRI L-spine w/o contrast', '  Physio referral if no better'), 'mri-area-without');
  });
});

describe('study names from abroad', () => {
  it('"Ro-graphy of thoracic spine in 2 projections" is a radiograph', () =>
    assert.equal(orderOf('Hx: 10 yo, back trauma 3 days ago, thoracic pain.', 'Plan: Ro-graphy of thoracic spine in 2 projections.'), 'xr-area'));
  it('"Röntgen LWS" is a lumbar radiograph', () => assert.equal(orderOf('Hx: 8 yo, LBP 2 wk, night sweats.', 'Plan: Röntgen LWS'), 'xr-area'));
  const hx = 'Hx: 12 yo F, LBP 6 wk, waking at night, clonus L ankle.';
  it('Russian studies of the spine in any of its phrases', () => {
    assert.equal(orderOf('Hx: 3 mo girl, sacral dimple 4 mm with pigmented spot.', 'Plan: УЗИ позвоночника (USI of spine).'), 'us-area');
    assert.equal(orderOf('Hx: 3 mo girl, sacral dimple 4 mm with pigmented spot.', 'Plan: УЗИ пояснично-крестцового отдела позвоночника'), 'us-area');
    assert.equal(orderOf(hx, 'Plan: МРТ пояснично-крестцового отдела позвоночника с контрастом'), 'mri-area-with');
    assert.equal(orderOf(hx, 'Plan: МРТ грудного отдела позвоночника'), 'mri-area-without');
    assert.equal(orderOf(hx, 'Plan: КТ позвоночника'), 'ct-area-without');
  });
  it('"УЗИ" of another organ is no spine study', () => assert.equal(orderOf('Hx: 3 mo girl, sacral dimple 4 mm.', 'Plan: УЗИ почек.'), 'none'));
});

describe('a study told with its own result is a prior one', () => {
  const hx = 'Hx: 3 mo girl, sacral dimple 4 mm with pigmented spot.';
  it('"УЗИ позвоночника (роддом) - норма." is no order', () => assert.equal(orderOf(hx, 'УЗИ позвоночника (роддом) - норма.', 'Plan: наблюдение'), 'none'));
  it('"… - без патологии" is no order', () => assert.equal(orderOf(hx, 'УЗИ позвоночника (роддом) - без патологии.', 'Plan: наблюдение'), 'none'));
  it('"Rentgenogram of L-spine (polyclinic, 10.03) - without pathology" is no order', () =>
    assert.equal(orderOf('Hx: 12 yo F, LBP 6 wk.', 'Rentgenogram of L-spine (polyclinic, 10.03) - without pathology', 'Plan: observe'), 'none'));
  it('"… - normal", "… - NAD", "… - no abnormality" are results told after a dash', () => {
    assert.equal(orderOf('Hx: 12 yo F, LBP 6 wk.', 'XR L-spine (GP, 03/10) - normal.', 'Plan: observe'), 'none');
    assert.equal(orderOf('Hx: 12 yo F, LBP 6 wk.', 'XR L-spine (GP, 03/10) - NAD', 'Plan: observe'), 'none');
    assert.equal(orderOf('Hx: 12 yo F, LBP 6 wk.', 'XR L-spine (GP, 03/10) - no abnormality detected.', 'Plan: observe'), 'none');
  });
  // Only a whole result after the dash tells a study done: a purpose or a reason is the order's.
  for (const order of [
    'MRI L-spine w/o contrast - to exclude pathology.',
    'MRI L-spine w/o contrast - exclude pathology.',
    'MRI L-spine w/o contrast - ? intraspinal pathology',
    'MRI L-spine w/o contrast - abnormal neuro exam',
    'MRI L-spine w/o contrast - normal neuro exam but night pain',
    'MRI L-spine w/o contrast - r/o pathology',
  ]) {
    it(`"${order}" orders the MRI`, () => assert.equal(orderOf('Hx: 12 yo F, LBP 6 wk, waking at night, clonus L ankle.', order), 'mri-area-without'));
  }
  it('a dash leading to a condition is no result: "XR L-spine - MRI if abnormal" orders the XR', () =>
    assert.equal(orderOf('Hx: 12 yo F, LBP 6 wk, waking at night.', 'Plan: XR L-spine - MRI if abnormal'), 'xr-area'));
});

describe('contrast told by the agent', () => {
  const hx = 'Hx: 10 mo M, skin tag at the top of the natal cleft, deviated cleft.';
  for (const order of [
    'Order: MRI lumbosacral spine, gadoterate meglumine 0.2 mL/kg (1.8 mL) IV',
    'Order: MRI L-spine, Gadovist 0.1 mmol/kg',
    'Order: MRI L-spine with Dotarem',
    'Order: MRI L-spine with contrast only',
    'Order: MRI L-spine with gadolinium. Gadobutrol: 0.1 mmol/kg',
    'Order: MRI L-spine with gadolinium. Gadobutrol: no reaction before',
  ]) {
    it(`"${order}" is with contrast`, () => assert.equal(orderOf(hx, order), 'mri-area-with'));
  }
  for (const order of [
    'Order: MRI L-spine, no gadobutrol',
    'Order: MRI L-spine. Allergies: prior reaction to gadobutrol',
    'Order: MRI L-spine, gadobutrol allergy',
    'Order: MRI L-spine w/o; CT abdomen with gadoterate',
    'Order: MRI L-spine without gadobutrol',
    'Order: MRI L-spine w/o gadobutrol',
    'Order: MRI L-spine, gadobutrol not required',
    'Order: MRI L-spine, avoid gadoterate (reaction)',
    'Order: MRI L-spine. Sedation: propofol. Gadobutrol: none',
    'Order: MRI L-spine. MultiHance on formulary shortage, use ProHance if contrast needed',
    'Order: MRI L-spine, gadolinium not required',
    'Order: MRI L-spine, avoid gadolinium',
    'Order: MRI L-spine. Gadolinium: none',
    'Order: MRI L-spine. Gadolinium - nil',
    'Order: MRI L-spine. Gadobutrol: N',
    'Order: MRI L-spine, use gadolinium if contrast needed',
    'Order: MRI L-spine. Allergy: gadobutrol (rash)',
    'Order: MRI L-spine. Allergy: gadobutrol',
    'Order: MRI L-spine. Allergies: Gadovist - hives',
    'Order: MRI L-spine. Allergies: NKDA, gadolinium',
    'Order: MRI L-spine. Prior urticaria after Gadovist',
    'Order: MRI L-spine. Rash after gadoterate in 2024',
    'Order: MRI L-spine. Hives following Dotarem',
    'Order: MRI L-spine. Anaphylaxis to gadobutrol',
    'Order: MRI L-spine, gadolinium: not needed',
    'Order: MRI L-spine, Gadovist - not needed',
  ]) {
    it(`"${order}" is without`, () => assert.equal(orderOf(hx, order), 'mri-area-without'));
  }
  it('an agent named for the study next to an allergy of something else is still contrast', () => {
    assert.equal(orderOf(hx, 'Order: MRI L-spine with gadobutrol. Allergy: penicillin (rash)'), 'mri-area-with');
    assert.equal(orderOf(hx, 'Order: MRI L-spine, Gadovist 0.1 mmol/kg. Allergies: NKDA'), 'mri-area-with');
  });
});

// The second review of r23: the condition under the study must tell of the patient's course (persists, no improvement, not
// better, still symptomatic, worse, fails, recurs, abnormal); a generic word of a result, the exam, a new form or a cold
// resolved is timing, fitness, technique or paperwork, and the MRI stays ordered as on main.
describe("a condition line under the study tells of the patient's course (r23 second review)", () => {
  const hx = 'HPI: 9 yo F with low back pain x 3 months, wakes at night. Neuro exam normal. No fever.';
  const plan = 'Plan: MRI L-spine w/o contrast';
  for (const [study, next] of [
    [plan, '  Once results back will see in clinic to discuss'],
    ['Plan: MRI L-spine w/o contrast under GA', '  Once current cold has resolved'],
    [plan, '  Once pain improved enough to lie flat'],
    [plan, '  Once new request form signed by consultant'],
    [plan, '  When exam findings documented by physio will send'],
    [plan, '  Once she has recovered from the recent worsening of her asthma'],
    // near-misses of the same families
    [plan, '  Once bloods back'],
    [plan, '  Once results available'],
    [plan, '  When new referral letter received'],
    [plan, '  Once she is well enough to lie still'],
    [plan, '  Once fully recovered from her chest infection'],
  ]) {
    it(`"${study} / ${next.trim()}" orders the MRI`, () => assert.equal(orderOf(hx, study, next), 'mri-area-without'));
  }
  for (const [study, next] of [
    [plan, '  Should symptoms persist on return from holiday'],
    [plan, '  Once symptoms persist despite ortho and physio input'],
    ['Plan: MRI whole spine', '  Should bloods be abnormal'],
    [plan, '  Should pain persist beyond her 6 week appointment'],
    [plan, '  When not better by 6 weeks, will request'],
    [plan, '  Should pain persist, will book'],
    [plan, '  In the event of no improvement with PT'],
    [plan, '  When not able to weight bear'],
    [plan, '  Should we not see improvement by 6 weeks'],
    [plan, '  Contingent on exam at next visit'],
  ]) {
    it(`"${study} / ${next.trim()}" orders nothing`, () => assert.equal(orderOf(hx, study, next), 'none'));
  }
  it('a step after the comma that is more than the study keeps it ordered', () => {
    assert.equal(orderOf(hx, plan, '  Should pain persist, refer to ortho'), 'mri-area-without');
    assert.equal(orderOf(hx, plan, '  When not better by 6 weeks, will request XR L-spine'), 'mri-area-without');
  });
  it('a service after the condition, not in a list after "despite" or "on", is an action of its own', () =>
    assert.equal(orderOf(hx, plan, '  Depending on result may need neurosurgery'), 'mri-area-without'));
  // A limit: only an indented line that continues the Plan value is read as its condition; a flush-left line after the plan,
  // or a plan with no "Plan:" key, reads as on main.
  it("a flush-left condition line is not read as the plan's (limit)", () => assert.equal(orderOf(hx, plan, 'Should symptoms persist beyond 6 weeks'), 'mri-area-without'));
});
