/**
 * Notes of Spain-, Colombia/Venezuela-, Maghreb-, Serbia/Croatia/Bosnia- and Nepal/Bhutan-trained writers (r19c):
 * their section keys ("EF:" the exam, "JC:"/"IDx:"/"Prov Dx:" the impression, "Status localis:" the local exam,
 * "Antecedentes:"/"ATCD:" the history), Pott's/TB spine and espondilodiscitis as a suspected infection, "RTG Th/L spine"
 * and "RM lumbar sin contraste" as studies, and a traffic accident as a significant mechanism. Each with the
 * near-misses it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const facts = (...lines: string[]) => readNote(...lines).facts;
const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const present = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === id && h.present);

describe('r19c: section keys of Spanish-, Serbian- and Nepali-trained writers', () => {
  it('"EF:" (exploración física) is the exam: its skin marker and its neuro words are read', () => {
    const lines = ['20 months M.', 'EF: skin tag 8 mm in the midline over the coccyx, hyperpigmented patch of 2 cm. Neuro normal, normal gait.', 'Plan: XR lumbosacral spine.'];
    assert.ok(present('skin-appendage', ...lines));
    assert.ok(present('discoloration', ...lines));
    assert.equal(facts(...lines).neuro?.state, 'normal');
    assert.ok(present('hair-tuft', 'Newborn boy, 3 days.', 'E.F.: tuft of dark hair over the sacrum.', 'Plan: US lumbar spine.'));
    assert.ok(present('lipoma', 'Girl, 6 months.', 'Exploración: soft fatty lump over L5.', 'Plan: US lumbar spine.'));
  });
  it('"Status localis:" is the exam', () => {
    assert.ok(present('sacral-dimple', 'The patient is 11 months old.', 'Status localis: single sacral dimple 2 mm, in the intergluteal fold.', 'US of LS spine is ordered.'));
  });
  it('"JC:", "IDx:", "Prov Dx:" (the clinical judgement, the impression) tell a suspected diagnosis', () => {
    assert.ok(present('suspected-infection-tumor', 'Girl 3 yrs. Fever 4 days, back pain.', 'JC: suspected spondylodiscitis L4-L5.', 'Plan: MRI lumbar spine.'));
    assert.ok(present('suspected-infection-tumor', 'Boy 12 yrs, back pain 2 months.', 'IDx: spondylodiscitis.', 'Plan: MRI lumbar spine.'));
    assert.ok(
      present('suspected-infection-tumor', '12 yrs M. Back pain x 2 months, night sweats.', "Prov Dx: ?Pott's spine (TB spine T10-T11)", 'Adv:', '1. X-ray whole spine AP/Lat'),
    );
  });
  it('"Antecedentes:" and "ATCD:" are the history: a study told there is a prior one', () => {
    const f = facts(
      'Girl, 4 months.',
      'Antecedentes: at 3 weeks a spinal ultrasound showed conus at L3 (abnormal).',
      'Exam: fatty lump lumbosacral.',
      'Plan: MRI lumbar spine without contrast.',
    );
    assert.equal(f.prior[0]?.modality, 'US');
    assert.equal(f.prior[0]?.result, 'abnormal');
  });
  it('near-misses: "EF: 60%" (an ejection fraction) reads no finding; a negated TB spine is no suspicion; "TB contact" alone is none', () => {
    assert.deepEqual(
      facts('Boy 9 yrs, back pain.', 'EF: 60%, normal echo.', 'Plan: XR lumbar spine.')
        .hits.filter((h) => h.present && h.finding.category !== 'back-pain')
        .map((h) => h.finding.id),
      [],
    );
    assert.ok(!present('suspected-infection-tumor', 'Boy 12 yrs, mechanical back pain 3 weeks.', 'No TB spine suspected, afebrile.', 'Plan: XR lumbar spine.'));
    assert.ok(!present('suspected-infection-tumor', 'Boy 12 yrs, back pain 3 weeks.', 'Contact with TB - grandfather on ATT.', 'Plan: XR lumbar spine.'));
  });
});

describe('r19c: study names before a region', () => {
  it('"RTG Th/L spine", "RTG TL spine" are radiographs of the thoracolumbar spine', () => {
    assert.equal(orderOf('Age: 9 y', 'Fell from a tree. Pain in the Th/L junction.', 'RTG Th/L spine AP and LL ordered.'), 'xr-area');
    assert.equal(orderOf('Age: 9 y', 'Fell from a tree.', 'RTG TL spine ordered.'), 'xr-area');
  });
  it('"RTG Th/L spine (2 projections): normal finding" is a prior normal radiograph', () => {
    const f = facts('Age: 12 y', 'Back pain 6 weeks, at night.', 'RTG Th/L spine (2 projections): normal finding.', 'Plan: MRI of the whole spine with contrast.');
    assert.deepEqual(
      f.prior.map((p) => `${p.modality}:${p.result}`),
      ['XR:normal'],
    );
  });
  it('"RM lumbar sin contraste", "RM lumbar without contrast": a region followed by its contrast ends the name of an MRI', () => {
    assert.equal(orderOf('Age: 5 mo', 'Haemangioma at the top of the gluteal cleft.', 'Plan: RM lumbar sin contraste, feed-and-wrap.'), 'mri-area-without');
    assert.equal(orderOf('Age: 5 mo', 'Haemangioma at the top of the gluteal cleft.', 'Plan: RM lumbar without contrast.'), 'mri-area-without');
  });
  it('near-misses: "RM 2 dias", "RM lumbar pain" name no study; "Rx lumbosacral corset" is a brace', () => {
    assert.equal(orderOf('Age: 5 mo', 'Haemangioma.', 'Plan: RM 2 dias, RM lumbar pain.'), null);
    assert.equal(orderOf('Age: 14 y', 'Back pain 2 weeks.', 'Plan: Rx lumbosacral corset.'), null);
  });
});

describe('r19c: a traffic accident is a significant mechanism', () => {
  it('"traffic accident - passenger, car hit from the side at speed", "road traffic collision"', () => {
    assert.equal(
      facts(
        'The patient is 9 years old, traffic accident - passenger in back seat. Pain in the Th/L junction.',
        'Status localis: tenderness at Th12.',
        'RTG Th/L spine AP and LL ordered.',
      ).trauma?.significance,
      'significant',
    );
    assert.equal(facts('Age: 14 y', 'Road traffic collision today, neck pain.', 'Plan: CT cervical spine.').trauma?.significance, 'significant');
    assert.equal(facts('Age: 14 y', 'Traffic accident today, neck pain.', 'Plan: CT cervical spine.').trauma?.significance, 'significant');
    assert.equal(facts('Age: 14 y', 'Accidente de tránsito hoy, neck pain.', 'Plan: CT cervical spine.').trauma?.significance, 'significant');
  });
  it('near-miss: "no traffic accident" is no significant mechanism', () => {
    assert.notEqual(facts('Age: 9 y', 'Back pain 3 weeks, no traffic accident, no fall.', 'Plan: XR lumbar spine.').trauma?.significance, 'significant');
  });
});

describe('r19c: Spanish ages told as "Paciente de 4 meses", "Niño de 4 meses"', () => {
  it('"Paciente femenina de 4 meses", "Niño de 4 meses", "Lactante de 6 meses", "Niña de 3 años" are ages', () => {
    assert.equal(
      facts('Paciente femenina de 4 meses, remitida por neonatología.', 'EF: bolita de grasa lumbosacra.', 'Plan: RMN columna lumbosacra sin contraste.').age?.months,
      4,
    );
    assert.equal(facts('Niño de 4 meses, remitido por neonatología.', 'Exam: lipoma.', 'Plan: MRI L-spine').age?.months, 4);
    assert.equal(facts('Lactante de 6 meses con fosita sacra.', 'Plan: USG de columna lumbosacra.').age?.months, 6);
    assert.equal(facts('Niña de 3 años con dolor de espalda de 2 semanas.', 'Plan: Rx columna lumbar').age?.months, 36);
  });
  it('near-miss: "Paciente de neurocirugía, niña con dolor de 2 semanas" gives no age from the duration', () => {
    assert.equal(facts('Paciente de neurocirugía, niña con dolor de 2 semanas desde hace 2 meses.', 'Plan: Rx columna lumbar').age, undefined);
  });
});

describe('r19c: a study still to be decided is not ordered', () => {
  it('"Ecografía medular pending to decide with radiology", "US lumbar spine pending decision", "to be decided"', () => {
    assert.equal(orderOf('Newborn boy, 3 days. Hair tuft.', 'Plan: discharge. Ecografía medular pending to decide with radiology on Monday - no petition done yet.'), null);
    assert.equal(orderOf('Newborn boy, 3 days. Hair tuft.', 'Plan: US lumbar spine pending decision with radiology.'), null);
    assert.equal(orderOf('Newborn boy, 3 days. Hair tuft.', 'Plan: US lumbar spine to be decided after the family meeting.'), null);
  });
  it('near-misses: "US lumbar spine pending" is ordered; "MRI lumbar spine to decide on surgery" orders the MRI', () => {
    assert.equal(orderOf('Newborn boy, 3 days. Hair tuft.', 'Plan: US lumbar spine pending.'), 'us-area');
    assert.equal(orderOf('Age: 9 y', 'Back pain.', 'Plan: MRI lumbar spine to decide on surgery.'), 'mri-area-without');
  });
});

describe('r19c: toe walking told as "walking on the tips of the toes"', () => {
  it('"walking on the tips of the toes since 2 months (new)" is an orthopedic sign', () => {
    assert.ok(
      present('foot-deformity', 'Garçon 3 ans, hairy patch + walking on the tips of the toes since 2 months (new).', 'Exam: hypertrichosis at L3.', 'Plan: MRI lumbar spine'),
    );
    assert.ok(present('foot-deformity', 'Girl 4 yrs. Mother says she walks on the tips of her toes.', 'Exam: sacral dimple 3 mm.', 'Plan: US lumbar spine'));
  });
  it('near-miss: "no walking on the tips of the toes" is none', () => {
    assert.ok(!present('foot-deformity', 'Boy 3 yrs, hairy patch. No walking on the tips of the toes.', 'Exam: hypertrichosis at L3.', 'Plan: MRI lumbar spine'));
  });
});
