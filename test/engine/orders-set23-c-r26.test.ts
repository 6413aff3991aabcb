/**
 * Orders as set 23's European-trained writers key and word them: a German letter's "Procedere:", Italian "Richiesta:" and
 * Portuguese "Pedido:", a Russian-trained "Prescribed:", Italian study and contrast words ("RM colonna lombosacrale senza
 * mdc", "con e senza mdc") and conditions ("se", "bei"), a "neurosonography of the spine", views in a bracket
 * ("(a.p./lat.)") and a teleradiologist's "request declined". Each beside its near misses, where the same words order
 * nothing: a Procedere that lists only a follow-up or plans a study only if the course changes, a study discussed or
 * declined, a drug prescribed, a study the parents are asked to bring, a request declined for something else, a Belgian
 * GP's "I have asked an MRI" (a past study as often as one asked now).
 */
import * as assert from 'node:assert/strict';
import { lint, note, orderOf, readNote } from '../helpers';

const INFANT = [
  '5 Mo. (= 5 months) old boy, well-baby visit.',
  'Lumbosacral: small tuft of dark hair in the midline at L5/S1, no dimple visible.',
  'Neuro: age-appropriate, tone normal.',
];
const CHILD = ['Bambina di 10 anni (10 years).', 'Low back pain since 1 week, no trauma, afebrile, no night pain. Neuro exam normal.'];
const BACK = ['Age: 7 years', 'HPI: back pain 4 days, no trauma, afebrile, neuro normal.'];

describe('a German letter\'s "Procedere:" is its plan', () => {
  it('orders the study it names, and its referral', () => {
    assert.equal(orderOf(...INFANT, 'Procedere: US spine (lumbosacral) requested - appointment next week. Control visit at 6 Mo.'), 'us-area');
    assert.equal(orderOf(...INFANT, 'Prozedere: MRI LWS (lumbar spine) without contrast under feed-and-wrap.'), 'mri-area-without');
    assert.equal(orderOf(...INFANT, 'Plan/Procedere: spinal US today.'), 'us-area');
    const r = readNote(...INFANT, 'Procedere: spinal US today (window still open). Anmeldung Neurochirurgie (neurosurgery referral) sent.');
    assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
    assert.equal(r.facts.referral.neurosurgery, true);
  });
  it('orders nothing when it lists only a follow-up, declines or discusses the study, or plans it only if the course changes', () => {
    assert.equal(orderOf(...CHILD, 'Procedere: keine Bildgebung. Physio, Kontrolle in 4 Wo.'), 'none');
    assert.equal(orderOf(...CHILD, 'Procedere: control in 4 weeks.'), 'none');
    assert.equal(orderOf(...CHILD, 'Procedere: physiotherapy. If no improvement within 6 weeks, MRI of the lumbar spine.'), 'none');
    assert.equal(
      orderOf(
        ...CHILD,
        'Procedere: tennis pause for 3 weeks. An X-ray is not needed now; should the pain not improve within 6 weeks, we would arrange an MRI of the lumbar spine.',
      ),
      'none',
    );
    assert.equal(orderOf(...CHILD, 'Procedere: MRI discussed with the parents, not indicated at present.'), 'none');
  });
  it('is never proposed for another key written amiss', () => {
    const a = lint(note('Provider: FNP-C', 'Age: 13 y', 'Plan: XR lumbar spine AP/lat'));
    const f = a.notes[0].findings.find((x) => x.ruleId === 'unknown-key');
    assert.ok(f && !f.message.includes('Procedere'), f?.message);
  });
});

describe("a request keyed in the writer's own language", () => {
  it('Italian "Richiesta:", Portuguese "Pedido:" and a translated "Prescribed:" order the spine study they name', () => {
    assert.equal(orderOf(...INFANT, 'Richiesta: RM colonna lombosacrale senza mdc (MRI lumbosacral spine without contrast).'), 'mri-area-without');
    assert.equal(orderOf(...INFANT, 'Pedido: ecografia da coluna lombo-sagrada (lumbosacral spine ultrasound).'), 'us-area');
    assert.equal(orderOf(...INFANT, 'Prescribed: radiography of the lumbosacral spine (2 projecions).'), 'xr-area');
  });
  it('a value that is no spine study orders nothing', () => {
    assert.equal(orderOf(...CHILD, 'Prescribed: ibuprofen 200 mg three times daily for 5 days.'), 'none');
    assert.equal(orderOf(...CHILD, 'Richiesta: consulenza ortopedica (orthopaedic opinion).'), 'none');
    assert.equal(orderOf(...CHILD, 'Pedido: fisioterapia.'), 'none');
  });
});

describe('Italian names of the spine and of contrast', () => {
  it('"RM colonna …" is an MRI of that region, "senza mdc" without and "con mdc" with contrast', () => {
    assert.equal(orderOf(...INFANT, 'Richiesta: RM colonna lombosacrale senza mdc.'), 'mri-area-without');
    assert.equal(orderOf(...INFANT, 'Richiesta: RM colonna lombosacrale con mdc.'), 'mri-area-with');
    assert.equal(orderOf(...INFANT, 'Plan: RM colonna lombare senza contrasto.'), 'mri-area-without');
  });
  it('an "RM" before no spine word stays unread as a study, and a colleague named Colonna orders nothing', () => {
    assert.equal(orderOf(...CHILD, 'Plan: RM encefalo senza mdc.'), 'none');
    assert.equal(orderOf(...CHILD, 'Seen with Dr Colonna; MRI not indicated. Plan: physio.'), 'none');
    assert.equal(orderOf(...CHILD, 'Dr. Colonna ordered an MRI last year - normal. Plan: physio.'), 'none');
  });
});

describe('a neurosonography of the spine is a spinal ultrasound', () => {
  const DIMPLE = ['Patient: girl, 13 months', 'Status localis: dimple in the intergluteal fold, 3 mm, 1,5 cm from anus, bottom visible.', 'Neuro: normal.'];
  it('told with its result, it is the prior study', () => {
    const r = readNote(...DIMPLE, 'Neurosonography of the spine at 3 weeks of age: no pathology.', 'Prescribed: radiography of the lumbosacral spine (2 projections).');
    assert.equal(r.facts.prior[0]?.result, 'normal');
    assert.ok(r.rules.includes('next-study-after-ultrasound'), r.rules.join());
  });
  it('alone, as of the head through the fontanelle, it is no spine study', () => {
    const r = readNote(...DIMPLE, 'Neurosonography at 3 weeks of age: no IVH.', 'Plan: US spine.');
    assert.deepEqual(r.facts.prior, []);
  });
});

describe('"I have asked an MRI" is not read as an order', () => {
  const LETTER = ['I see today Louise, 10 months old. Small tuft of hair at the lumbosacral level. No dimple. Neurological examination normal.'];
  // The phrase tells a past study as often as one asked now: a prior MRI with its date and result, or one the family declined.
  it('orders neither a study asked before and read, nor one declined after it', () => {
    assert.equal(orderOf(...LETTER, 'I have asked an MRI of the lumbar spine in 2024, which was normal. No new imaging.'), 'none');
    assert.equal(orderOf(...LETTER, 'I have asked an MRI of the lumbar spine, but the parents declined.'), 'none');
  });
  it('nor one the parents are asked to bring, a colleague to review, or a question asked', () => {
    assert.equal(orderOf(...LETTER, 'I have asked the parents to bring the MRI of the lumbar spine from the other hospital.'), 'none');
    assert.equal(orderOf(...LETTER, 'I ask the parents to bring the MRI of the lumbar spine.'), 'none');
    assert.equal(orderOf(...LETTER, 'I have asked a colleague to review the MRI of the lumbar spine from 2024.'), 'none');
    assert.equal(orderOf(...LETTER, 'I have asked the radiologist whether an MRI of the lumbar spine is needed.'), 'none');
  });
});

describe('views in a bracket after the study', () => {
  const FALL = ['3 J. (3 years) girl, rolled off the sofa onto the carpet, playing normally since.', 'Exam: no neck tenderness, neuro normal.'];
  it('"(a.p./lat.)" keeps the study and its order word in one clause', () => {
    assert.equal(orderOf(...FALL, 'Parents insist on imaging - after discussion X-ray C-spine (a.p./lat.) ordered for reassurance.'), 'xr-area');
    assert.equal(orderOf(...FALL, 'X-ray C-spine (a.p./lat.) ordered.'), 'xr-area');
  });
  it("a word declining or discussing the study after the bracket is still the study's", () => {
    assert.equal(orderOf(...FALL, 'X-ray C-spine (AP/lat) not indicated.'), 'none');
    assert.equal(orderOf(...FALL, 'X-ray C-spine (a.p./lat.) discussed with parents, not ordered.'), 'none');
    assert.equal(orderOf(...FALL, 'X-ray C-spine (a.p./lat.) discussed with parents.'), 'none');
  });
  it('the study ordered beside one declined stays ordered', () => {
    assert.equal(orderOf(...FALL, 'X-ray C-spine (AP/lat) ordered, MRI not indicated.'), 'xr-area');
  });
});

describe('a request declined by the one who vets it', () => {
  it('takes back the requested study, whatever reason is set off before it', () => {
    assert.equal(
      orderOf(
        'Vetting reply (teleradiology) to Dr. Moreau, ED',
        'Request: CT lumbar spine, 7-year-old boy, "back pain 4 days, no trauma, afebrile, neuro normal".',
        'Not justified (radiation dose, no red flags described) - request declined. If pain persists beyond 4 weeks, please consider radiographs or MRI.',
      ),
      'none',
    );
    assert.equal(orderOf(...BACK, 'Request: CT lumbar spine.', 'Vetting: request declined (not justified).'), 'none');
    assert.equal(orderOf(...BACK, 'Request: CT lumbar spine.', 'Outcome: request rejected.'), 'none');
  });
  it('never a request of something else, a conditioned or a denied one', () => {
    assert.equal(orderOf(...BACK, 'Request: CT lumbar spine.', 'Sedation request declined, will do it awake.'), 'ct-area-without');
    assert.equal(orderOf(...BACK, 'Request: MRI lumbar spine.', 'Neurosurgery referral request declined by the family.'), 'mri-area-without');
    assert.equal(orderOf(...BACK, 'Request: MRI lumbar spine.', 'If no red flags, request declined.'), 'mri-area-without');
    assert.equal(orderOf(...BACK, 'Request: MRI lumbar spine.', 'Request was not declined.'), 'mri-area-without');
    // What a bracket or a spaced dash sets off before the decline is the thing declined, not the reason.
    assert.equal(orderOf(...BACK, 'Request: MRI lumbar spine.', 'Sedation (propofol) - request declined, will try feed-and-wrap.'), 'mri-area-without');
    assert.equal(orderOf(...BACK, 'Request: MRI lumbar spine.', 'Anaesthesia review: GA not justified (age 7, cooperative) - request declined; MRI awake.'), 'mri-area-without');
    // A decline asked and answered is none.
    assert.equal(orderOf(...BACK, 'Request: CT lumbar spine.', 'Radiologist: request declined? Not at all - accepted, scheduled tomorrow.'), 'ct-area-without');
    // A comma sets off no denial: the "w/o" read as one still keeps the MRI from the XR's cancellation.
    assert.equal(orderOf('14 yo LBP 6 wks, night pain. MRI L-spine w/o ordered, XR order cancelled.'), 'mri-area-without');
  });
});

describe('an Italian exam keyed "EO:" (esame obiettivo)', () => {
  it('is read as the exam, its skin marker with it', () => {
    const r = readNote(
      'Bambino 2 anni e mezzo (2,5 years).',
      'Anamnesi: for the last 2 months walking on tiptoes; gait was previously normal.',
      'EO: lumbosacral tuft of hair (known since birth, never imaged). Achilles reflex right reduced.',
      'Procedere: MRI lumbosacral spine without contrast; referred to paediatric neurosurgery (appointment requested).',
    );
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
    assert.equal(r.facts.referral.neurosurgery, true);
  });
  it('a denied marker under it stays denied', () => {
    const r = readNote('Ragazza 12 anni.', 'Low back pain for 2 weeks after volleyball.', 'EO: no hair tuft, no dimple. Neuro normal.', 'Plan: physio.');
    assert.ok(!r.facts.hits.some((h) => h.finding.category === 'cutaneous-marker' && h.present));
  });
});

describe('Italian and German conditions, consult requests and contrast', () => {
  it('a study after "se" or "bei" with a word of the course is conditioned: no order', () => {
    assert.equal(orderOf(...CHILD, 'Procedere: RM colonna lombare se persistenza del dolore.'), 'none');
    assert.equal(orderOf(...CHILD, 'Procedere: RM colonna lombare con e senza mdc se persistenza del dolore (if pain persists).'), 'none');
    assert.equal(orderOf(...CHILD, 'Procedere: Kontrolle in 3 Monaten; bei Persistenz MRI LWS.'), 'none');
    assert.equal(orderOf(...CHILD, 'Procedere: Verlaufskontrolle in 6 Wo.; MRT LWS bei Verschlechterung.'), 'none');
  });
  it('"bei" or "se" with no word of the course leaves the order', () => {
    assert.equal(orderOf(...CHILD, 'Procedere: MRT LWS bei V.a. tethered cord.'), 'mri-area-without');
    assert.equal(orderOf(...CHILD, 'Procedere: RM colonna lombare senza mdc.'), 'mri-area-without');
  });
  it('a consult under "Pedido:" or "Richiesta:" is a neurosurgery referral; another specialty is not', () => {
    assert.equal(readNote(...CHILD, 'Pedido: consulta de neurocirurgia (neurosurgery consult).').facts.referral.neurosurgery, true);
    assert.equal(readNote(...CHILD, 'Richiesta: consulenza neurochirurgica (neurosurgery consult).').facts.referral.neurosurgery, true);
    assert.equal(readNote(...CHILD, 'Richiesta: consulenza ortopedica (orthopaedic opinion).').facts.referral.neurosurgery, false);
    assert.equal(readNote(...CHILD, 'Pedido: fisioterapia. No neurosurgery consult needed.').facts.referral.neurosurgery, false);
  });
  it('"con e senza mdc" and "senza e con mdc" are without and with contrast', () => {
    assert.equal(orderOf(...CHILD, 'Richiesta: RM colonna lombare con e senza mdc.'), 'mri-area-without-and-with');
    assert.equal(orderOf(...CHILD, 'Richiesta: RM colonna lombare senza e con mdc.'), 'mri-area-without-and-with');
  });
});
