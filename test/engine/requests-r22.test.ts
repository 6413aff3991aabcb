/**
 * Orders told as requests (set 19) and the review of that branch: a study with a condition on the line next to it stays
 * conditional; study names from abroad (Russian-trained "Ro-graphy", Russian МРТ/УЗИ/КТ with any spine phrase, German
 * "Röntgen LWS"); a gadolinium agent named with the study is contrast unless taken back; a study told with its result is a prior one.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

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
  // Read wrong before this branch too (review): the condition of another action's line, and a condition told on the next
  // line in other words. Those not read yet are skipped, saying why.
  it('"MRI whole spine / Refer visiting neurosurgeon if abnormal" orders the MRI', () =>
    assert.equal(orderOf(hx, 'Plan: MRI whole spine w/o contrast', '      Refer visiting neurosurgeon if abnormal'), 'mri-complete-without'));
  for (const next of ['      NSGY referral if abnormal', '      * Refer NSGY if abnormal', '      > Neurosurgery if abnormal', '      Admit if deteriorates']) {
    notReadYet(`"MRI whole spine / ${next.trim()}" orders the MRI`, 'an action line opening on its consultant, a star or an arrow, or "Admit"');
  }
  for (const next of [
    '      Should symptoms persist beyond 6 weeks',
    '      Provided no improvement with NSAIDs',
    '      When symptoms persist',
    '      After 6 weeks if still symptomatic',
    '      Contingent on exam at next visit',
    '      - if no better after PT',
  ]) {
    notReadYet(`"MRI L-spine / ${next.trim()}" orders nothing`, 'a condition opening the next line in words other than "if"');
  }
});

/** A case the reader gets wrong (on main too): skipped, printing why, so the skip is seen in every run. */
function notReadYet(title: string, why: string): void {
  it(title, function () {
    console.log(`      skipped: ${why}: not read yet, see issue 8 closing note`);
    this.skip();
  });
}

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
