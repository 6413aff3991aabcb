/**
 * The second adversarial review of round 34's readings (/tmp/review2-r34): each harmful probe read the right way, beside
 * the readings of round 34 that must hold ("R: CT T-spine pending", "?axial disease -> MRI", "endorses night sweats",
 * "back hurt today", "r/o relapse").
 */
import * as assert from 'node:assert/strict';
import { orderOf, presentIn, readNote } from '../helpers';

const deniedIn = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === id && h.negated);

describe('r34 review 2: "pending" orders only this team\'s study awaited', () => {
  const LBP = '12 yo F, 6 wk LBP, night pain. Neuro intact.';
  const DIMPLE = '3 mo M, sacral dimple 6 mm above cleft, hair tuft. Neuro nl.';
  for (const [head, line] of [
    [LBP, 'Report: MRI L-spine pending.'],
    [LBP, 'Read of MRI L-spine pending.\nPlan: physio, f/u with result.'],
    [DIMPLE, 'Formal read spinal US pending.'],
    [LBP, 'Last MRI L-spine pending.'],
    [DIMPLE, 'Nursery spinal US pending.'],
    [LBP, 'If symptoms persist, MRI L-spine pending.'],
    [LBP, 'Sibling w/ tethered cord, her MRI L-spine pending.'],
    [LBP, "PCP's MRI L-spine pending."],
  ])
    it(`a read, a report, a past, newborn, conditional or someone else's study orders nothing: "${line}"`, () => assert.equal(orderOf(head, line), 'none'));
  it('the plan\'s study pending still orders it ("PA: MRI L-spine pending.")', () => assert.equal(orderOf(LBP, 'PA: MRI L-spine pending.'), 'mri-area-without'));
  it('an SBAR\'s "R: CT T-spine pending." still orders it', () =>
    assert.equal(
      orderOf('SBAR', 'S: 11 yo F, fall from horse, midline T10 tenderness.', 'B: healthy.', 'A: neuro intact.', 'R: CT T-spine pending. Trauma team aware.'),
      'ct-area-without',
    ));
});

describe('r34 review 2: "?suspicion -> study" refused, put off or another service\'s', () => {
  const ERA = '13 yo M, ERA (HLA-B27 +), 3 months inflammatory LBP. Neuro normal.';
  it('refused in its sentence orders nothing', () => assert.equal(orderOf(ERA, 'Plan: ?axial disease -> MRI whole spine w/ contrast, refused.'), 'none'));
  it('another service\'s proposal ("per rheum") orders nothing', () => assert.equal(orderOf(ERA, 'Plan: ?axial disease -> MRI whole spine w/ contrast per rheum'), 'none'));
  it('put off in the next sentence ("mum prefers to wait") orders nothing and fires no young-infant rule', () => {
    const r = readNote('3 mo F, sacral dimple 4 mm in cleft 1 cm from anus. Neuro nl.', 'Plan: ?TC -> MRI L-spine. Discussed, mum prefers to wait.');
    assert.equal(r.facts.order, undefined);
    assert.ok(!r.rules.includes('mri-first-in-young-infant'));
  });
  it('the bare arrow still orders the study', () => assert.equal(orderOf(ERA, 'Plan: ?axial disease -> MRI whole spine w/ contrast'), 'mri-complete-with'));
  it('a condition of another step in the next sentence leaves it ordered', () =>
    assert.equal(orderOf(ERA, 'Plan: ?axial disease -> MRI whole spine w/ contrast. Rheum f/u if worse.'), 'mri-complete-with'));
});

describe('r34 review 2: "seen on" tells a study looked at only in a done form', () => {
  it('"would be seen on MRI … - plan" supposes the study: the MRI is the order', () =>
    assert.equal(orderOf('14 yo F runner, 4 mo LBP. Neuro intact.', 'Spondylolysis would be seen on MRI L-spine w/o contrast - plan.'), 'mri-area-without'));
});

describe('r34 review 2: "endorsed by" confirms a denial', () => {
  const lines = ['8 y M, back pain 6 wk.', 'HPI: Denies fever, night sweats, weight loss (endorsed by mum)', 'Order: XR L-spine'];
  it('the weight loss stays denied', () => {
    assert.ok(!presentIn('weight-loss', ...lines));
    assert.ok(deniedIn('weight-loss', ...lines));
  });
  it('"endorses night sweats" still affirms them', () =>
    assert.ok(presentIn('night-sweats', '8 y M, back pain 6 wk.', 'HPI: Denies fever, chills, endorses night sweats', 'Order: XR L-spine')));
});

describe("r34 review 2: a dimple's depth seen later or answered", () => {
  const dimple = (skin: string) => readNote('Pt: 2 mo M', `Skin: ${skin}`, 'Neuro: nl', 'Order: US spine').rules;
  for (const skin of [
    'sacral dimple 3 mm in cleft 1 cm from anus, base not seen initially, seen on retraction',
    'sacral dimple 3 mm in cleft 1 cm from anus, base not seen at first but visualised with gentle traction',
    'sacral dimple 3 mm in cleft 1 cm from anus. Deep? No.',
    'sacral dimple 3 mm in cleft 1 cm from anus, ?deep - no, blind ending',
  ])
    it(`simple: "${skin}"`, () => {
      const rules = dimple(skin);
      assert.ok(rules.includes('simple-dimple'), rules.join(','));
      assert.ok(!rules.includes('dimple-undescribed'));
    });
  it('a base not seen, and not seen on retraction either, is still deep', () =>
    assert.ok(!dimple('sacral dimple 3 mm in cleft 1 cm from anus, base not seen, not seen on retraction either').includes('simple-dimple')));
  it('"?deep" unanswered still leaves it undescribed', () => assert.ok(dimple('sacral dimple 3 mm, in cleft 1 cm from anus, ?deep').includes('dimple-undescribed')));
  it('"Deep? Yes." is no simple dimple', () => assert.ok(!dimple('sacral dimple 3 mm in cleft 1 cm from anus. Deep? Yes.').includes('simple-dimple')));
});

describe('r34 review 2: "back hurt" read in its context like every fact', () => {
  const hpi = (text: string) => ['Pt: 6 y F', `HPI: 6 y F, ${text}`, 'Neuro: nl', 'Order: XR L-spine'];
  for (const text of [
    'denies that tummy and back hurt',
    "sister's tummy and back hurt",
    'mom says her own head and back hurt',
    'tummy and back hurt in 2022 with UTI, fine since',
    'back hurt now gone, here for cough',
  ])
    it(`none of the child's back pain now: "${text}"`, () => {
      assert.ok(!presentIn('back-pain', ...hpi(text)));
      assert.equal(readNote(...hpi(text)).scenario, 'no-criteria');
    });
  it('"says tummy and back hurt today" is still back pain', () => assert.ok(presentIn('back-pain', ...hpi('says tummy and back hurt today'))));
});

describe('r34 review 2: palpation tenderness at a spinal place, now', () => {
  const exam = (text: string) => ['Pt: 6 y F', `Exam: ${text}`, 'Neuro: nl', 'Order: XR L-spine'];
  for (const text of [
    'pain on palpation of thoracic ribs R side',
    'pain on palpation over lower thoracic wall, spine nontender',
    'pain on palpation of L-spine last visit, none today',
  ])
    it(`no spinal tenderness: "${text}"`, () => assert.ok(!presentIn('back-pain', ...exam(text))));
  it('"painful to palpation over L-spine" still is', () => assert.ok(presentIn('back-pain', ...exam('painful to palpation over L-spine'))));
  it('"pain on palpation of thoracic spine" still is', () => assert.ok(presentIn('back-pain', ...exam('pain on palpation of thoracic spine'))));
});

describe('r34 review 2: overuse denied', () => {
  const lines = ['Pt: 13 y M', 'HPI: LBP x 3 wk, not from sit ups, no injury', 'Neuro: nl', 'Order: XR L-spine'];
  it('"not from sit ups" is no overuse, and the plain film is not appropriate', () => {
    assert.ok(!presentIn('overuse', ...lines));
    assert.ok(readNote(...lines).rules.includes('not-appropriate-for-scenario'));
  });
  it('"started after sit ups in gym class" still is', () =>
    assert.ok(presentIn('overuse', 'Pt: 13 y M', 'HPI: LBP x 3 wk, started after sit ups in gym class', 'Order: XR L-spine')));
});

describe("r34 review 2: a return in the plan is the cancer's only", () => {
  const ALL = (plan: string) => ['Pt: 10 y F', 'HPI: 3 wk thoracic back pain, no night pain, no fever', 'PMH: ALL, in remission since 2021.', `A/P: ${plan}`, 'Order: XR T-spine'];
  for (const plan of [
    "?Crohn's relapse vs mechanical LBP",
    '?relapse of JIA, mechanical LBP less likely',
    'r/o recurrence of UTI, back pain likely pyelo-related',
    '?recurrence of LBP after PT stopped, mechanical',
    'Onc to r/o relapse at next visit if pain persists',
  ])
    it(`no suspected tumour: "${plan}"`, () => {
      assert.ok(!presentIn('suspected-infection-tumor', ...ALL(plan)));
      assert.equal(readNote(...ALL(plan)).scenario, 'back-pain-red-flags');
    });
  for (const plan of ['r/o relapse', '?relapse vs compression fx from steroids', '?relapse of leukemia vs mechanical'])
    it(`still a suspected tumour: "${plan}"`, () => assert.ok(presentIn('suspected-infection-tumor', ...ALL(plan))));
});
