/**
 * Whose finding it is, and how far a negated list reaches (review 2, defects 1, 5, 11):
 * - a relative who tells ("per mum", "history from mum:", "Mum's main concern is …") reports the child's findings;
 * - a relative who had something ("Mom is worried because she had leukemia as a child") is the experiencer of that clause;
 * - a describing word ("subtle", "slight", "faint") inside a list of alternatives ("no X, Y, or subtle Z") does not end the negation.
 * Each positive case was read wrong before; each near-miss must stay as it was.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { presentIn, readNote } from '../helpers';

/** The context of the first occurrence of `target` in `text`. */
function ctx(text: string, target: string) {
  const start = text.indexOf(target);
  assert.ok(start >= 0, `"${target}" is not in "${text}"`);
  return readContext(text, start, start + target.length);
}

const CHILD = 'Pt: 9 y';
const INFANT = 'Age: 3 months';

describe("a relative who tells reports the child's findings", () => {
  describe('"per mum", "by mum", "from mum", "according to mum", "with mum", "history from mum:"', () => {
    const NIGHT_PAIN: string[] = [
      'LBP x 3 wk, per mum pain wakes him at night',
      'LBP x 3 wk, per mam pain wakes him at night',
      'LBP x 3 wk, as per mummy pain wakes him at night',
      'LBP x 3 wk, per mom pain wakes him at night',
      'LBP x 3 wk, per his mother pain wakes him at night',
      'LBP x 3 wk; according to mum pain wakes him at night',
      'LBP x 3 wk, according to dad pain wakes him at night',
      'LBP x 3 wk, reported by mum pain wakes him at night',
      'LBP x 3 wk, history from mum pain wakes him at night',
      'LBP x 3 wk, hx from mum pain wakes him at night',
      'LBP x 3 wk, per carer pain wakes him at night',
      'LBP x 3 wk, per grandmother (who brought him) pain wakes him at night',
      'LBP x 3 wk, per parents pain wakes him at night',
      'LBP x 3 wk, per mammy pain wakes him at night',
      'LBP x 3 wk; seen with mum, pain wakes him at night',
      'LBP x 3 wk, attends with his nan and grandad, pain wakes him at night',
    ];
    for (const hpi of NIGHT_PAIN) it(`"${hpi}": the night pain is the child's`, () => assert.ok(presentIn('night-pain', CHILD, `HPI: ${hpi}`, 'Order: MRI L-spine w/o')));

    it('"per mum pain wakes him at night" + MRI: red flags, no warning against the MRI', () => {
      const r = readNote(CHILD, 'HPI: LBP x 3 wk, per mum pain wakes him at night', 'Order: MRI L-spine w/o');
      assert.equal(r.scenario, 'back-pain-red-flags');
      assert.ok(!r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
    });
    for (const teller of [
      'history from mum:',
      'Hx from mum:',
      'history per mum:',
      'History obtained from mum:',
      'Collateral from dad:',
      'history from mom:',
      'history from mummy:',
    ]) {
      it(`"${teller} back pain x 1 week, fevers and night sweats": the child's red flags`, () => {
        const r = readNote('Pt: 6 y', `HPI: ${teller} back pain x 1 week, fevers and night sweats`, 'Order: MRI L-spine w/o');
        assert.ok(
          ['fever', 'night-sweats', 'back-pain'].every((id) => r.facts.hits.some((h) => h.finding.id === id && h.present)),
          teller,
        );
        assert.equal(r.scenario, 'back-pain-red-flags');
      });
    }
    it('"According to mum he has had fevers to 39 and night sweats": the child\'s', () =>
      assert.ok(presentIn('fever', 'Pt: 6 y', 'HPI: Back pain x 1 wk. According to mum he has had fevers to 39 and night sweats.', 'Order: MRI L-spine w/o')));
    for (const by of [
      'brought in by mum',
      'brought in by mam',
      'brought by mummy',
      'accompanied by dad',
      'brought in by mom',
      'brought in by her grandmother',
      'brought in by carer',
    ])
      it(`3-month-old "${by} re sacral dimple, 6 mm, 3 cm above anus" + X-ray: the dimple is the infant's, and the radiograph is flagged`, () => {
        const r = readNote(INFANT, `HPI: ${by} re sacral dimple, 6 mm, 3 cm above anus`, 'Order: XR L-spine');
        assert.ok(presentIn('sacral-dimple', INFANT, `HPI: ${by} re sacral dimple, 6 mm, 3 cm above anus`, 'Order: XR L-spine'));
        assert.equal(r.scenario, 's1-cutaneous-marker');
        assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join());
      });
  });

  describe('"Mum\'s main concern is …"', () => {
    for (const hpi of [
      "Mum's main concern is a hairy patch over the sacrum",
      'Mum’s main concern is a hairy patch over the sacrum',
      "Mom's main concern is a hairy patch over the sacrum",
      "Mam's concern is a hairy patch over the sacrum",
      "Mummy's biggest worry is the hairy patch over the sacrum",
      "Dad's photos show a hairy patch over the sacrum",
      "Parents' main concern is a hairy patch over the sacrum",
      "Grandma's question is about a hairy patch over the sacrum",
    ])
      it(`"${hpi}" + X-ray: the child's marker, flagged`, () => {
        const r = readNote('Age: 2 months', `HPI: ${hpi}`, 'Order: XR L-spine');
        assert.ok(
          r.facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present),
          hpi,
        );
        assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join());
      });
  });

  describe('"mum says", "mum has noticed" (relation + verb, with the new spellings)', () => {
    for (const hpi of [
      'Mummy says the pain wakes him at night',
      'Mam reports the pain wakes him at night',
      'Mum has noticed the pain wakes him at night',
      'Nana thinks the pain wakes him at night',
      'Daddy told us the pain wakes him at night',
      'Mum reckons the pain wakes him at night',
      'Mum also says the pain wakes him at night',
      'His mum then noticed the pain wakes him at night',
    ])
      it(`"${hpi}": the child's`, () => assert.ok(presentIn('night-pain', CHILD, `HPI: LBP 3 wk. ${hpi}`, 'Order: MRI L-spine w/o')));
  });

  describe("near misses: the relative's own illness stays the relative's", () => {
    for (const hpi of [
      'back pain. Mum has leukemia.',
      'back pain. Mum had lymphoma.',
      'back pain; mum with lymphoma',
      'back pain; mummy had lymphoma',
      'back pain; mam has leukaemia',
      'back pain; grandad had lymphoma',
      'back pain; nana had bone cancer',
      "back pain. Mum's leukemia is in remission.",
      'back pain. His mother, who had lymphoma, brought him in.',
    ])
      it(`"${hpi}": not the child's cancer`, () => assert.ok(!presentIn('malignancy', CHILD, `HPI: ${hpi}`, 'Order: XR L-spine')));
    it('"mum with chronic back pain; child\'s back pain x 3 weeks": the first back pain is mum\'s', () => {
      const r = readNote(CHILD, "HPI: mum with chronic back pain; child's back pain x 3 weeks with night sweats", 'Order: XR L-spine');
      const pains = r.facts.hits.filter((h) => h.finding.id === 'back-pain');
      assert.deepEqual(
        pains.map((h) => h.context.experiencer),
        ['other', 'patient'],
      );
    });
    it('"per mum" is no cue for what comes before it ("LBP per mum"): the back pain is the child\'s', () => assert.equal(ctx('LBP 3 wk per mum', 'LBP').experiencer, 'patient'));
  });
});

describe('a relative who had something is the experiencer of that clause', () => {
  const NOT_THE_CHILD: [string, string, string][] = [
    ['malignancy', 'Pt: 10 y F', 'LBP x 2 weeks after soccer. Mom is worried because she had leukemia as a child.'],
    ['malignancy', 'Pt: 11 y', 'LBP 2 wk after soccer. Mom requests MRI because she had lymphoma at his age.'],
    ['malignancy', 'Pt: 12 y', 'LBP 3 wk, worse with basketball. Dad wants imaging since he was treated for leukemia as a teen.'],
    ['malignancy', 'Pt: 12 y', 'LBP 3 wk. Mum is anxious as she had bone cancer as a teenager.'],
    ['malignancy', 'Pt: 12 y', 'LBP 3 wk. Mum wants an MRI for him as she was diagnosed with lymphoma.'],
    ['malignancy', 'Pt: 7 y', 'LBP x 10 d. Grandma thinks it is because she had bone cancer and it runs in the family.'],
    ['malignancy', 'Pt: 9 y', 'LBP 2 wk. He has back pain like his father who had a sarcoma.'],
    ['malignancy', 'Pt: 9 y', 'LBP 2 wk. Mother (who had leukaemia) is worried.'],
    ['malignancy', 'Pt: 9 y', 'LBP 2 wk. Mum is worried, since she herself had lymphoma.'],
    ['malignancy', 'Pt: 9 y', 'LBP 2 wk. Lives with his mother, who had lymphoma.'],
    ['malignancy', 'Pt: 9 y', 'LBP 2 wk. Seen with dad (who was treated for leukemia).'],
    ['radicular-pain', 'Pt: 14 y', 'LBP 2 wk. Dad wants an MRI as he had a disc herniation himself.'],
    ['radicular-pain', 'Pt: 14 y', 'back pain 2 wk after lifting. Dad wants an MRI because he has sciatica himself.'],
    ['hair-tuft', 'Age: 3 mo', 'Dad is concerned as he had a tethered cord and a hairy patch as a baby.'],
    ['hair-tuft', 'Age: 3 mo', 'Mum is worried because she had a hairy patch when she was a baby.'],
  ];
  for (const [id, age, hpi] of NOT_THE_CHILD) it(`"${hpi}": the ${id} is the relative's`, () => assert.ok(!presentIn(id, age, `HPI: ${hpi}`, 'Order: XR L-spine')));

  it('"Mom is worried because she had leukemia as a child" + XR: no red flags from it', () =>
    assert.notEqual(
      readNote('Pt: 10 y', 'HPI: LBP x 2 weeks after soccer. Mom is worried because she had leukemia as a child.', 'Order: XR L-spine').scenario,
      'back-pain-red-flags',
    ));
  it('"Dad is concerned as he had a tethered cord and a hairy patch as a baby": the infant keeps the dimple the exam describes', () =>
    assert.ok(
      presentIn(
        'sacral-dimple',
        'Age: 3 mo',
        'Exam: sacral dimple 2 mm, within cleft, 1 cm from anus. Neuro nl.',
        'HPI: Dad is concerned as he had a tethered cord and a hairy patch as a baby.',
        'Order: US spine',
      ),
    ));

  describe('near misses: "she" or "he" may be the child, and then the finding stays the child\'s', () => {
    const THE_CHILD: [string, string, string][] = [
      ['fever', 'Pt: 6 y', 'LBP 1 wk. Mom is worried because she had a fever to 39 last night.'],
      ['fever', 'Pt: 6 y', 'LBP 1 wk. Dad is worried since he had fevers all weekend.'],
      ['night-sweats', 'Pt: 6 y', 'LBP 1 wk. Mom brought her in because she has had night sweats.'],
      ['hair-tuft', 'Age: 3 mo', 'Mom says she had noticed a hairy patch when she was bathing him.'],
      ['fever', 'Pt: 6 y', 'Grandpa had lymphoma. He has had fevers and night sweats.'],
      ['fever', 'Pt: 6 y', 'Mom says he had fevers as a toddler and again this week.'],
      ['malignancy', 'Pt: 12 y F', 'LBP 3 wk. Dad is worried because she had leukemia as a child.'],
      ['malignancy', 'Pt: 12 y', 'LBP 3 wk. Mom is worried; she had leukemia, treated at age 4.'],
      ['fever', 'Pt: 6 y', 'LBP 1 wk. Dad says he had fevers and hurt himself at soccer.'],
      ['fever', 'Pt: 6 y', 'LBP 1 wk. Dad says he had fevers, and there is no cancer in the family.'],
    ];
    for (const [id, age, hpi] of THE_CHILD) it(`"${hpi}": the ${id} is the child's`, () => assert.ok(presentIn(id, age, `HPI: ${hpi}`, 'Order: MRI L-spine w/o')));
  });
});

describe('a describing word inside a list of alternatives stays denied', () => {
  const DENIED: [string, string, string][] = [
    ['weight-loss', 'Pt: 12 y', 'HPI: LBP 2 wk after volleyball; denies fever, chills or slight weight loss'],
    ['weight-loss', 'Pt: 12 y', 'HPI: LBP 2 wk; no fever, chills, or slight weight loss'],
    ['weight-loss', 'Pt: 12 y', 'ROS: negative for fever, slight weight loss, or night sweats'],
    ['weight-loss', 'Pt: 12 y', 'HPI: LBP 2 wk; neither fever nor mild weight loss'],
    ['discoloration', 'Age: 2 months', 'Exam: simple sacral dimple 2 mm in cleft 1 cm from anus; no hair tuft, hemangioma, or subtle skin discoloration'],
    ['discoloration', 'Age: 2 months', 'Exam: sacral dimple 2 mm in cleft, 1 cm from anus; no hair tuft, skin tag or faint discoloration'],
    ['discoloration', 'Age: 2 months', 'Exam: sacral dimple 2 mm in cleft, 1 cm from anus; no hair tuft, faint discoloration or skin tag'],
    ['weakness', 'Pt: 14 y', 'HPI: LBP x 2 wk. No numbness, tingling, or slight weakness in the legs.'],
  ];
  for (const [id, age, line] of DENIED) it(`"${line}": no ${id}`, () => assert.ok(!presentIn(id, age, line, 'Order: US spine')));

  it('"no hair tuft, hemangioma, or subtle skin discoloration" beside a simple dimple: simple-dimple still applies', () =>
    assert.ok(
      readNote(
        'Age: 2 months',
        'Exam: simple sacral dimple 2 mm in cleft 1 cm from anus; no hair tuft, hemangioma, or subtle skin discoloration. Neuro nl.',
        'Order: US spine',
      ).rules.includes('simple-dimple'),
    ));

  describe('near misses: an item asserted on its own keeps its finding', () => {
    const KEPT: [string, string, string][] = [
      ['sacral-dimple', 'Age: 2 months', 'Findings: no tuft, deep dimple'],
      ['hair-tuft', 'Age: 12 years', 'Findings: R pes cavus, absent R ankle reflex, subtle patch of hair over the lumbosacral spine'],
      ['weight-loss', 'Pt: 12 y', 'HPI: LBP 3 wk. No fever, chills, or night sweats; slight weight loss noted.'],
      ['weight-loss', 'Pt: 12 y', 'HPI: LBP 3 wk; no fever or chills, weight loss noted'],
      ['weight-loss', 'Pt: 12 y', 'HPI: LBP 3 wk; denies fever, slight weight loss'],
      ['weight-loss', 'Pt: 12 y', 'HPI: LBP 3 wk; no fever, and has had slight weight loss'],
      ['weakness', 'Pt: 14 y', 'HPI: LBP x 2 wk. No numbness, tingling, slight weakness in L leg.'],
      // A comma before the "or" makes the item a list item of its own, which may carry its own assertion.
      ['discoloration', 'Age: 2 months', 'Exam: no hair tuft, or subtle skin discoloration present over the sacrum'],
      ['discoloration', 'Age: 2 months', 'Exam: no hair tuft, subtle skin discoloration present over the sacrum'],
      ['discoloration', 'Age: 2 months', 'Exam: no hair tuft; subtle skin discoloration present over the sacrum'],
      ['weight-loss', 'Pt: 12 y', 'HPI: no fever or chills. Slight weight loss.'],
    ];
    for (const [id, age, line] of KEPT) it(`"${line}": ${id} present`, () => assert.ok(presentIn(id, age, line, 'Order: US spine')));
  });
});
