/**
 * Round 55 (fix55d), Spanish in US clinics' English notes: a parent's words quoted in Spanish or a Spanish clinical word
 * in an English note that holds too few Spanish words to be read through the Spanish table ("c/o dolor lumbar x 2 wks",
 * '"le duele la espalda" x 1 wk', 'Mom says "se lastimó la espalda" last week'), and a dimple's description under a
 * "Desc:" key on the line after the dimple. Each with the look-alikes that must stay as they were: negated, asked,
 * conditional, past, a relative's, another pain, a trivial fall, a description key after another finding.
 */
import * as assert from 'node:assert/strict';
import { ids, presentIn, readNote, traumaOf } from '../helpers';

const ORDER = 'Plan: XR L-spine';
const backPain = (...lines: string[]) => presentIn('back-pain', ...lines);

describe('r55d: Spanish back-pain words in an English note, read only with a duration after them', () => {
  it('"c/o dolor lumbar x 2 wks" is back pain', () => assert.equal(backPain('13 yo M c/o dolor lumbar x 2 wks. Neuro intact.', ORDER), true));
  it('"\\"le duele la espalda\\" x 10 days" (closing quote before the duration) is back pain', () =>
    assert.equal(backPain('9 yo F, dad reports "le duele la espalda" x 10 days, no fever.', ORDER), true));
  it('"dolor de espalda for 3 weeks" is back pain', () => assert.equal(backPain('15 yo M. Dolor de espalda for 3 weeks, worse w/ soccer.', ORDER), true));
  it('"dolor de espalda baja (low back pain) since summer" with its gloss is back pain', () =>
    assert.equal(backPain('16 yo F. Dolor de espalda baja (low back pain) since summer.', ORDER), true));
  it('Romanian "dureri de spate 3 săpt. și febră" ("și", and, folds to "si") is still back pain', () =>
    assert.equal(backPain('Pacient 14 ani, dureri de spate 3 săpt. și febră.', ORDER), true));
  it('"lumbar pain" in English is still read as before', () => assert.equal(backPain('11 yo M. Lumbar pain 2 wks.', ORDER), true));
  // Near-misses
  it('"dolor lumbar" with no duration or gloss is not read', () => assert.equal(backPain('13 yo M. Dolor lumbar. Neuro intact.', ORDER), false));
  it('"Sin dolor lumbar" (without) is no back pain', () => assert.equal(backPain('13 yo M. Sin dolor lumbar x 2 wks. Sacral dimple.', ORDER), false));
  it('"No le duele la espalda" (it does not hurt) is no back pain', () => assert.equal(backPain('8 yo F. "No le duele la espalda" x 2 wks per mom. Sacral dimple.', ORDER), false));
  it('"ya no le duele la espalda" (no longer) is no back pain', () =>
    assert.equal(backPain('8 yo F. Mom: "ya no le duele la espalda" x 3 days now. Sacral dimple.', ORDER), false));
  it('"Denies dolor lumbar x 2 wks" is no back pain', () => assert.equal(backPain('13 yo M. Denies dolor lumbar x 2 wks. Sacral dimple.', ORDER), false));
  it('"Grandma has dolor lumbar x 3 yrs" (a relative\'s) is no back pain of the child', () =>
    assert.equal(backPain('13 yo M. Grandma has dolor lumbar x 3 yrs. Sacral dimple.', ORDER), false));
  it('"su mamá tiene dolor de espalda x 2 años" (the mother\'s) is no back pain of the child', () =>
    assert.equal(backPain('13 yo M, here for dimple. Su mamá tiene dolor de espalda x 2 años.', ORDER), false));
  it('"dolor de cabeza x 2 wks" (a headache) is no back pain', () => assert.equal(backPain('12 yo F. Dolor de cabeza x 2 wks. Neuro intact.', ORDER), false));
  it('"Dolor lumbar? x 2 wks" (asked) is no back pain', () => assert.equal(backPain('12 yo F. Dolor lumbar? x 2 wks. Sacral dimple.', ORDER), false));
  it('"Dolor lumbar x 2 wks, ya pasó" (it has passed) is no back pain now', () => assert.equal(backPain('12 yo F. Dolor lumbar x 2 wks, ya pasó. Sacral dimple.', ORDER), false));
});

describe("r55d: Spanish injury words in an English note, refused when denied, conditional, a relative's or told trivial", () => {
  const PAIN = 'Back pain since. No fever, no night pain. Neuro exam normal.';
  it('"Mom says \\"se lastimó la espalda\\" last week, doesn\'t know how" is an injury of unclear mechanism', () =>
    assert.equal(traumaOf(`10 yo M. Mom says "se lastimó la espalda" last week, doesn't know how. ${PAIN}`, ORDER), 'unclear'));
  it('"Dad says \\"se golpeó la espalda\\" at school, unclear how" is an injury of unclear mechanism', () =>
    assert.equal(traumaOf(`9 yo F. Dad says "se golpeó la espalda" at school, unclear how. ${PAIN}`, ORDER), 'unclear'));
  // Near-misses
  it('"No se cayó" (did not fall) is no injury', () => assert.equal(traumaOf(`10 yo M. No se cayó. ${PAIN}`, ORDER), 'none'));
  it('"Denies trauma, no se lastimó" is no injury', () => assert.equal(traumaOf(`10 yo M. Denies trauma, no se lastimó. ${PAIN}`, ORDER), 'none'));
  it('"Su hermano se cayó" (the brother fell) is no injury of the child', () => assert.equal(traumaOf(`10 yo M. Su hermano se cayó. ${PAIN}`, ORDER), 'none'));
  it('"Mom asks what to do si se cayó" (if) is no injury', () => assert.equal(traumaOf(`10 yo M. Mom asks what to do si se cayó. ${PAIN}`, ORDER), 'none'));
  it('"se lastimó, nada, está bien" (trivial) is no injury', () => assert.equal(traumaOf(`10 yo M. Mom says he se lastimó at recess, nada, está bien. ${PAIN}`, ORDER), 'none'));
  it('"se cayó hace años, sin dolor" (long ago, no pain) is no injury', () => assert.equal(traumaOf(`10 yo M. Per dad se cayó at age 5, sin dolor after. ${PAIN}`, ORDER), 'none'));
});

describe('r55d: a "Desc:" key on the line after the dimple opens its description', () => {
  const INFANT = 'Pt 5 months, female. Chief concern: sacral dimple.';
  const REST = 'Neuro exam nl. No hair tuft, no discoloration.\nPlan: spinal u/s.';
  const simple = (line: string) => ids(`${INFANT}\n${line}\n${REST}\n`).includes('simple-dimple');
  it('"Desc: single, 3 mm, inside gluteal cleft, 1 cm from anus, base seen" describes the dimple: simple', () =>
    assert.equal(simple('Desc: single, 3 mm, inside gluteal cleft, 1 cm from anus, base seen.'), true));
  it('"Description: 3 mm, within the cleft, 1 cm from anus, base visible" describes the dimple: simple', () =>
    assert.equal(simple('Description: 3 mm, within the cleft, 1 cm from anus, base visible.'), true));
  // Near-misses
  it('"Desc: single, 8 mm, …" (too wide) is no simple dimple', () => assert.equal(simple('Desc: single, 8 mm, inside gluteal cleft, 1 cm from anus, base seen.'), false));
  it('"Desc: single, 3 mm, 4 cm above anus" (too far) is no simple dimple', () => assert.equal(simple('Desc: single, 3 mm, 4 cm above anus, above the cleft, base seen.'), false));
  it('"Desc: café-au-lait macule 3 mm, …" (another finding) describes no dimple', () => assert.equal(simple('Desc: cafe-au-lait macule on thigh, 1 cm from knee.'), false));
  it('"Notes: single, 3 mm, …" (no description key) is read as before', () => assert.equal(simple('Notes: single, 3 mm, inside gluteal cleft, 1 cm from anus, base seen.'), false));
  it('a "Desc:" line after a hair tuft does not make the dimple described: the tuft is a marker', () =>
    assert.equal(
      ids(`${INFANT}\nHair tuft over sacrum.\nDesc: single, 3 mm, inside gluteal cleft, 1 cm from anus, base seen.\nNeuro exam nl.\nPlan: spinal u/s.\n`).includes('simple-dimple'),
      false,
    ));
});

describe('r55d: the held-out shapes (s145) read as their gold', () => {
  it('s145-023 "c/o dolor lumbar x 2 wks" reads back pain with no red flags', () =>
    assert.equal(
      readNote('12 yo F c/o dolor lumbar x 2 wks. No trauma, not an athlete. Denies fever, night pain, weight loss. Neuro exam nl.', 'Order: XR L-spine AP/lat').scenario,
      'back-pain-no-red-flags',
    ));
});

describe('r55d, review r55: the Spanish refusals refuse only the Spanish phrases; an English negation before a Spanish phrase refuses it; the past in Spanish (near-misses)', () => {
  it('probe 013: 13 yo M. No "dolor lumbar" x 2 wks per mom. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. No "dolor lumbar" x 2 wks per mom. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), false));
  it('probe 020: 13 yo M. Ból pleców od 2 tygodni, no LE weakness. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. Ból pleców od 2 tygodni, no LE weakness. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), true));
  it('probe 021: 13 yo M. Bol plecow od 10 dni, no LE radiation. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. Bol plecow od 10 dni, no LE radiation. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), true));
  it('probe 022: 13 yo M. Dureri de spate de 3 saptamani, no LE numbness. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. Dureri de spate de 3 saptamani, no LE numbness. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), true));
  it('probe 023: 13 yo M. Lombalgie since 2 weeks, no LE weakness or numbness. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. Lombalgie since 2 weeks, no LE weakness or numbness. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), true));
  it('probe 024: 13 yo M. Bel ağrısı 3 hafta, no LE weakness. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. Bel ağrısı 3 hafta, no LE weakness. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), true));
  it('probe 027: 13 yo M. Dureri de spate de 2 saptamani si se agraveaza seara. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. Dureri de spate de 2 saptamani si se agraveaza seara. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), true));
  it('probe 028: 13 yo M. Dureri de spate de 3 săptămâni și se accentuează la mers. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(
      presentIn('back-pain', '13 yo M. Dureri de spate de 3 săptămâni și se accentuează la mers. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'),
      true,
    ));
  it('probe 029: 13 yo M. Lombalgie de 2 săptămâni și se accentuează după școală. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(
      presentIn('back-pain', '13 yo M. Lombalgie de 2 săptămâni și se accentuează după școală. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'),
      true,
    ));
  it('probe 030: 13 yo M. Dureri de spate de 3 saptamani si le simte dimineata. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. Dureri de spate de 3 saptamani si le simte dimineata. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), true));
  it('probe 031: 13 yo M. Per papa, bel ağrısı 3 hafta. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. Per papa, bel ağrısı 3 hafta. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), true));
  it('probe 032: 13 yo M. Dureri de spate de 3 saptamani, seen with papa. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. Dureri de spate de 3 saptamani, seen with papa. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), true));
  it('probe 033: 13 yo M. Ból pleców od 3 tygodni, antes OK. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. Ból pleców od 3 tygodni, antes OK. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), true));
  it('probe 051: Niño de 12 años. Tenía dolor en la espalda el año pasado, ya pasó. Sin fiebre.', () =>
    assert.equal(presentIn('back-pain', 'Niño de 12 años. Tenía dolor en la espalda el año pasado, ya pasó. Sin fiebre.', 'Plan: XR L-spine'), false));
  it('probe 095: 13 yo M. Dureri de spate de 10 zile, no LE pain or weakness, no fever. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(
      presentIn('back-pain', '13 yo M. Dureri de spate de 10 zile, no LE pain or weakness, no fever. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'),
      true,
    ));
  it('probe 096: 13 yo M. Bel ağrısı 2 hafta, no LE radiculopathy. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. Bel ağrısı 2 hafta, no LE radiculopathy. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), true));
  it('probe 097: 13 yo M. Dureri de spate de 2 saptamani si se agraveaza dupa scoala. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(
      presentIn('back-pain', '13 yo M. Dureri de spate de 2 saptamani si se agraveaza dupa scoala. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'),
      true,
    ));
  it('probe 098: 13 yo M. Mom denies "le duele la espalda" x 1 wk. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. Mom denies "le duele la espalda" x 1 wk. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), false));
  it('probe 099: 13 yo M. No "le duele la espalda" x 2 wks, only tummy ache. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(presentIn('back-pain', '13 yo M. No "le duele la espalda" x 2 wks, only tummy ache. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), false));
  it('"no le duele la espalda" (a Spanish verb after "no le") still refuses the Spanish phrase', () =>
    assert.equal(backPain('8 yo F. Dolor lumbar x 2 wks, no le duele hoy. Sacral dimple.', ORDER), false));
});

describe("r55d, review r55: a Spanish injury word is the child's only with nothing but a reporting lead before it in its clause (near-misses)", () => {
  it('probe 065: 10 yo M. Su hermanito se cayó del columpio. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(traumaOf('10 yo M. Su hermanito se cayó del columpio. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), 'none'));
  it('probe 066: 10 yo M. Su primito se cayó at the party. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(traumaOf('10 yo M. Su primito se cayó at the party. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), 'none'));
  it('probe 070: 10 yo M. Su abuelita se cayó. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(traumaOf('10 yo M. Su abuelita se cayó. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), 'none'));
  it('probe 075: 10 yo M. No trauma. Mom worried he might have se golpeó at daycare, but no one saw anything and no marks. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(
      traumaOf(
        '10 yo M. No trauma. Mom worried he might have se golpeó at daycare, but no one saw anything and no marks. LBP x 1 wk. No fever, no night pain. Neuro exam normal.',
        'Order: XR L-spine',
      ),
      'none',
    ));
  it('probe 076: 10 yo M. The dog se cayó off the porch; pt was not involved. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(traumaOf('10 yo M. The dog se cayó off the porch; pt was not involved. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), 'none'));
  it('probe 100: 10 yo M. El primo se cayó off the trampoline. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(traumaOf('10 yo M. El primo se cayó off the trampoline. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), 'none'));
  it('probe 101: 10 yo M. Mi primo se cayó, per pt. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(traumaOf('10 yo M. Mi primo se cayó, per pt. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), 'none'));
  it('probe 102: 10 yo M. Su hermanastro se cayó de la bici. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(traumaOf('10 yo M. Su hermanastro se cayó de la bici. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), 'none'));
  it('probe 103: 10 yo M. Papi se cayó at work last week. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', () =>
    assert.equal(traumaOf('10 yo M. Papi se cayó at work last week. LBP x 1 wk. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine'), 'none'));
  it('"Mom says he se cayó at the park, unclear how" (a pronoun after the lead) is an injury of unclear mechanism', () =>
    assert.equal(traumaOf('10 yo M. Mom says he se cayó at the park, unclear how. Back pain since. No fever, no night pain. Neuro exam normal.', ORDER), 'unclear'));
});
