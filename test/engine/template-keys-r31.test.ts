/**
 * Round 31: keys of other clinical traditions and order-entry screens. The German and Dutch template's "Diagnostics:" names
 * the studies (to do, or done with their result) and "Status:" the exam beside the
 * template's other headings only; "Patient DOB:" is the DOB, "Encounter date:" and "Date of service:" the visit's date,
 * "Presenting:" the history and "Suggest:" the plan.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, orderOf, readNote } from '../helpers';

describe('"Diagnostics:" of the German and Dutch template names the studies', () => {
  for (const [key, study, id] of [
    ['Diagnostics', 'MRI lumbar spine without contrast.', 'mri-area-without'],
    ['Diagnostik', 'MRI whole spine without IV contrast.', 'mri-complete-without'],
    ['Diagnostiek', 'X-ray lumbar spine 2 planes.', 'xr-area'],
  ]) {
    it(`"${key}: ${study}" orders it`, () => {
      const r = readNote('Anamnesis: 3.5 year old boy with a hairy patch over the sacrum since birth.', 'Status: hair tuft S1. Reflexes normal.', `${key}: ${study}`);
      assert.equal(r.facts.order?.reading.procedure?.id, id);
    });
  }
  it('a study told with its result there orders nothing ("Diagnostics: XR L-spine normal, CRP 3")', () => {
    assert.equal(orderOf('Anamnesis: 10 year old boy, back pain for 6 weeks.', 'Status: neurologically unremarkable.', 'Diagnostics: XR L-spine normal, CRP 3.'), 'none');
  });
  it('"Diagnostic:" (the diagnosis, as French and Spanish-trained writers head it) is no order key', () => {
    assert.equal(orderOf('Age: 4 y', 'Findings: hair tuft over L5', 'Diagnostic: spina bifida occulta'), 'none');
  });
});

// Round 31's second review: "Diagnostics so far:" and "Prior diagnostics:" read as "Prior imaging:" swallowed the order told after
// "none" ("Prior diagnostics: none. MRI lumbar spine requested."); they were taken back out and stay unknown keys, read as before.
describe('"Diagnostics so far:" and "Prior diagnostics:" stay unknown keys, their order kept', () => {
  const infant = ['Age: 3 mo', 'Findings: sacral dimple 6 mm, above gluteal cleft'];
  it('"Prior diagnostics: none. MRI lumbar spine requested." orders the MRI (mri-first-in-young-infant)', () => {
    const r = readNote(...infant, 'Prior diagnostics: none. MRI lumbar spine requested.');
    assert.ok(r.rules.includes('mri-first-in-young-infant'), r.rules.join());
  });
  it('"Diagnostics so far: none; spinal ultrasound requested today" orders the US', () => {
    assert.equal(orderOf(...infant, 'Diagnostics so far: none; spinal ultrasound requested today'), 'us-area');
  });
});

describe('"Status:" is the exam only in a note of the template', () => {
  const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;
  it('beside "Anamnesis:" and "Diagnostics:", "Status: neurologically unremarkable" is a normal neuro exam', () => {
    assert.equal(
      neuro('Anamnesis: 10 year old boy, back pain for 6 weeks, not improving.', 'Status: neurologically unremarkable.', 'Diagnostics: MRI entire spine without IV contrast.'),
      'normal',
    );
  });
  it('beside "Procedere:", "Status: neurology normal" is read', () => {
    assert.equal(neuro('Pt: 13 y M, inflammatory back pain, morning stiffness', 'Status: neurology normal.', 'Procedere: MRI whole spine without and with IV contrast.'), 'normal');
  });
  for (const status of ['stable', 'post-op day 2', 'potentially eligible; consent pending']) {
    it(`in an English note "Status: ${status}" stays unread`, () => {
      const r = readNote('Age: 12 y', 'HPI: low back pain for 2 weeks', `Status: ${status}`, 'Plan: XR L-spine');
      assert.notEqual(r.facts.neuro.state, 'normal');
    });
  }
  it('"Immunisation status: UTD" is no exam even in the template', () => {
    const r = readNote('Anamnesis: 6-year-old girl, back pain for 2 weeks.', 'Immunisation status: UTD', 'Diagnostics: X-ray lumbar spine.');
    assert.notEqual(r.facts.neuro.state, 'normal');
  });
});

describe("an EHR screen's DOB and visit keys", () => {
  const age = ageOf('DOB: 2024-02-03', 'Date: 2024-06-17', 'Findings: two sacral dimples', 'Order: spinal US')!;
  for (const lines of [
    ['Patient DOB: 2024-02-03', 'Visit date: 2024-06-17'],
    ['Pt DOB: 2024-02-03', 'Encounter date: 2024-06-17'],
    ['Child DOB: 2024-02-03', 'Date of service: 2024-06-17'],
  ]) {
    it(`${lines.join(' / ')} give the age`, () => near(ageOf(...lines, 'Findings: two sacral dimples', 'Order: spinal US'), age, lines.join(' / ')));
  }
  it("a mother's DOB is no DOB of the child", () => {
    assert.equal(ageOf("Mother's DOB: 1990-02-03", 'Visit date: 2024-06-17', 'Findings: two sacral dimples', 'Order: spinal US'), undefined);
  });
});

describe('"Presenting:" is the history and "Suggest:" the plan', () => {
  it('"Presenting: … nurse noticed a dimple" reads the dimple', () => {
    const r = readNote('Pt: 7 y F', 'Presenting: school medical, nurse noticed a dimple over her sacrum', 'Neuro: normal', 'Plan: reassure, review at next visit');
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'sacral-dimple' && h.present));
    assert.ok(!r.rules.includes('unknown-key'));
  });
  it('"Suggest: spinal ultrasound." orders it', () => {
    assert.equal(
      orderOf('Baby Wang, 20 days old, boy.', 'PE: one dimple at sacrococcygeal area, 2mm, in gluteal cleft. No hair, no mass.', 'Suggest: spinal ultrasound.'),
      'us-area',
    );
  });
  it('"Suggest:" a study told done orders nothing', () => {
    assert.equal(orderOf('Age: 20 days', 'PE: dimple 2 mm in the cleft', 'Suggest: spinal ultrasound done last week - normal, reassure.'), 'none');
  });
});

describe('"Presenting:" naming who presents the case', () => {
  it('"Presenting: Dr Reyes (neuro-oncology fellow)" at a tumour board is no complaint: unknown-key still reports it', () => {
    const r = readNote('Paediatric Tumour Board - Case 5', 'Presenting: Dr Reyes (neuro-oncology fellow)', 'Age: 9 y', 'HPI: 6 wks of lumbar back pain', 'Plan: MRI whole spine');
    assert.ok(r.rules.includes('unknown-key'));
  });
});

// Round 31's second review: "seen <date>" beside the DOB on the patient's line was taken back out, since a later date in the
// note ("Re-referred by GP 01.12.2026") may be the visit the order is written at; the age is asked for, as before.
describe('"seen <date>" beside the patient\'s DOB on its line gives no visit date', () => {
  const rest = ['At the 3-month check we saw a skin tag just paramedian at upper end of gluteal fold.', 'Request: X-ray L-spine'];
  for (const line of [
    'Child: girl, DOB 12.01.2024, seen 15.04.2024',
    'Child: girl, DOB 12.01.2024; seen 15.04.2024.',
    'DOB 12.01.2024, reviewed 15.04.2024',
    'Child: girl, DOB 12.01.2024, to be seen 15.04.2024',
    'Mother: DOB 12.01.1994, seen 15.04.2024',
  ]) {
    it(`"${line}": no age`, () => assert.equal(ageOf('Verwijzing / referral - consultatiebureau', line, ...rest), undefined));
  }
  it('a later referral date in the note does not meet an age from the patient line', () => {
    assert.equal(
      ageOf('Child: boy, DOB 10.09.2025, seen 04.12.2025', 'Re-referred by GP 01.12.2026: sacral dimple 6 mm, above gluteal cleft', 'Order: spinal ultrasound'),
      undefined,
    );
  });
});

describe('"seen on <date>" beside the DOB stays unread, as round 30 left it', () => {
  it('"Child: girl, DOB 12.01.2024, seen on 15.04.2024" gives no visit date', () => {
    assert.equal(
      ageOf('Verwijzing / referral - consultatiebureau', 'Child: girl, DOB 12.01.2024, seen on 15.04.2024', 'Skin tag at the gluteal fold.', 'Request: X-ray L-spine'),
      undefined,
    );
  });
});

// Round 31's review: "Diagnostics:" heads the results, the labs and the exam as often as the study to do, so it orders only
// when nothing says otherwise, and a study told done there is a prior (studies-key.ts diagnosticsOrders, diagnosticsReported).
describe('"Diagnostics:" never beats the plan, and a study done there is a prior', () => {
  const infant = ['Age: 3 mo', 'Findings: sacral dimple 6 mm above the cleft'];
  const prior = (...lines: string[]) => readNote(...lines).facts.prior.find((p) => p.modality === 'US')?.result;
  for (const [value, result] of [
    ['spinal ultrasound indeterminate', 'indeterminate'],
    ['spinal ultrasound equivocal, conus L2-3', 'indeterminate'],
    ['spinal ultrasound (inconclusive)', 'indeterminate'],
    ['spinal ultrasound - equivocal', 'indeterminate'],
    ['spinal ultrasound 01/05 low-lying conus', 'abnormal'],
    ['spinal ultrasound abnormal', 'abnormal'],
    ['US spine (normal)', 'normal'],
  ]) {
    it(`"Diagnostics: ${value}" beside "Plan: MRI lumbar spine" is the prior US (${result}), the MRI the order`, () => {
      const lines = [...infant, `Diagnostics: ${value}`, 'Plan: MRI lumbar spine'];
      assert.equal(orderOf(...lines), 'mri-area-without');
      assert.equal(prior(...lines), result);
    });
  }
  it('"Diagnostics: spinal ultrasound done" is a US done, its result unknown', () => {
    assert.equal(prior(...infant, 'Diagnostics: spinal ultrasound done', 'Plan: MRI lumbar spine'), 'unknown');
  });
  for (const [value, plan, id] of [
    ['X-ray T/L spine - wedge fracture T12', 'Plan: CT thoracolumbar spine', 'ct-area-without'],
    ['X-ray T/L spine', 'Plan: CT thoracolumbar spine', 'ct-area-without'],
    ['CT thoracolumbar spine - no fracture.', 'Procedere: MRI thoracolumbar spine.', 'mri-area-without'],
    ['X-ray L-spine on 12/03 without pathology.', 'Procedere: MRI L-spine.', 'mri-area-without'],
    ['MRI L-spine', 'Procedere: X-ray L-spine', 'xr-area'],
  ]) {
    it(`"Diagnostics: ${value}" gives way to "${plan}"`, () => {
      assert.equal(orderOf('Age: 12 y', 'HPI: fell off trampoline, back pain', 'Exam: midline tenderness T12', `Diagnostics: ${value}`, plan), id);
    });
  }
  it('"Diagnostics: spinal US" beside "Plan: reassure, no imaging" orders nothing', () => {
    assert.equal(orderOf(...infant, 'Diagnostics: spinal US', 'Plan: reassure, no imaging'), 'none');
  });
  for (const [value, id] of [
    ['FBC, CRP, ESR. X-ray lumbar spine.', 'xr-area'],
    ['MRI not indicated. X-ray L-spine.', 'xr-area'],
    ['blood tests. MRI lumbar spine.', 'mri-area-without'],
  ]) {
    it(`labs or a negated study beside the study to do keep it the order: "Diagnostics: ${value}"`, () => {
      assert.equal(orderOf('Age: 12 y', 'HPI: back pain 8 weeks, night pain', `Diagnostics: ${value}`), id);
    });
  }
  for (const value of ['if US abnormal, MRI.', 'no imaging needed.', 'consider MRI if US abnormal.']) {
    it(`"Diagnostics: ${value}" orders nothing`, () => assert.equal(orderOf(...infant, `Diagnostics: ${value}`), 'none'));
  }
  it('"Diagnostics: weak legs, reflexes brisk" is read as the exam', () => {
    const r = readNote('Age: 12 y', 'HPI: back pain 3 weeks', 'Diagnostics: weak legs, reflexes brisk', 'Plan: MRI L-spine');
    assert.equal(r.facts.neuro.state, 'abnormal');
  });
});

describe('"Suggest:" gives way to the plan', () => {
  const infant = ['Age: 3 mo', 'Findings: sacral dimple 3 mm in the cleft.'];
  for (const plan of ['Plan: reassure, no imaging', 'Plan: discuss with parents']) {
    it(`"Suggest: spinal US" beside "${plan}" orders nothing`, () => assert.equal(orderOf(...infant, 'Suggest: spinal US', plan), 'none'));
  }
  it('"Suggest: spinal US" beside "Plan: MRI lumbar spine": the MRI is the order', () => {
    assert.equal(orderOf(...infant, 'Suggest: spinal US', 'Plan: MRI lumbar spine'), 'mri-area-without');
  });
  it('"Suggest: neurosurgery opinion" beside "Plan: spinal US" is no referral read', () => {
    assert.equal(readNote(...infant, 'Suggest: neurosurgery opinion.', 'Plan: spinal US').facts.referral.neurosurgery, false);
  });
});

// Round 31's second review: a visit key not read as one date leaves the DOB read on today's date, as a DOB key alone is
// (a note is written on its visit's day), never the age silently dropped ("Clinic date: 04/12/2026, Dr Smith's clinic").
describe("a visit key read as one date, else the DOB on today's date", () => {
  const age = ageOf('DOB: 2024-02-03', 'Date: 2024-06-17', 'Findings: two sacral dimples', 'Order: spinal US')!;
  for (const visit of ['Date of service: 2024-06-17 14:32', 'Encounter date: 2024-06-17 09:15', 'Visit date: 2024-06-17, 2:30 pm']) {
    it(`"${visit}": a time of day after the date is the same visit`, () =>
      near(ageOf('Pt DOB: 2024-02-03', visit, 'Findings: two sacral dimples', 'Order: spinal US'), age, visit));
  }
  for (const visit of [
    'Encounter date: 2024-06-17, follow-up 2024-09-01',
    "Clinic date: 2024-06-17, Dr Smith's clinic",
    'Clinic date:',
    'Date seen: today',
    'Visit date: 2024-06-17 (booked)',
  ]) {
    for (const dob of ['DOB: 2024-02-03', 'Pt DOB: 2024-02-03']) {
      it(`"${dob}" / "${visit}": the age on today's date, as the DOB alone gives`, () => {
        const alone = ageOf(dob, 'Findings: two sacral dimples', 'Order: spinal US');
        assert.notEqual(alone, undefined);
        assert.equal(ageOf(dob, visit, 'Findings: two sacral dimples', 'Order: spinal US'), alone);
      });
    }
  }
});

describe('"Presenting:" naming who presents, never the history', () => {
  for (const who of ['Mr Patel (consultant neurosurgeon)', 'Miss Brown, consultant neurosurgeon', 'Ms Ahmed', 'Sarah Jones, ST5 ortho', 'Nurse Practitioner Lee']) {
    it(`"Presenting: ${who}" reads no referral and no history`, () => {
      const r = readNote('Spine MDT', `Presenting: ${who}`, 'Age: 9 y', 'HPI: 6 wks of lumbar back pain', 'Plan: MRI whole spine');
      assert.equal(r.facts.referral.neurosurgery, false);
      assert.ok(r.rules.includes('unknown-key'), r.rules.join());
    });
  }
  for (const [value, finding] of [
    ['Mum concerned about hairy patch on back since birth.', 'hair-tuft'],
    ['back pain 8 wks, night pain, waking from sleep.', 'night-pain'],
  ]) {
    it(`"Presenting: ${value}" is still the history`, () => {
      const r = readNote('Age: 9 y', `Presenting: ${value}`, 'Plan: MRI lumbar spine');
      assert.ok(
        r.facts.hits.some((h) => h.finding.id === finding && h.present),
        r.facts.hits.map((h) => h.finding.id).join(),
      );
    });
  }
});

// Round 31's second review: an ultrasound of another part under "Diagnostics:" (a hip screen at 3 months, a renal scan) is no
// prior spinal ultrasound, so the MRI first in a young infant is still flagged.
describe('"Diagnostics:" reporting a study of another part is no prior spinal study', () => {
  const infant = ['Age: 3 mo', 'Findings: sacral dimple 6 mm, above gluteal cleft'];
  for (const value of ['hip ultrasound normal', 'renal ultrasound normal', 'cranial ultrasound normal']) {
    it(`"Diagnostics: ${value}" beside "Plan: MRI lumbar spine" keeps mri-first-in-young-infant`, () => {
      const r = readNote(...infant, `Diagnostics: ${value}`, 'Plan: MRI lumbar spine');
      assert.equal(r.facts.prior.filter((p) => p.modality === 'US').length, 0);
      assert.ok(r.rules.includes('mri-first-in-young-infant'), r.rules.join());
    });
  }
  it('"Diagnostics: spinal ultrasound normal" beside "Plan: MRI lumbar spine" is the prior spinal US', () => {
    const r = readNote(...infant, 'Diagnostics: spinal ultrasound normal', 'Plan: MRI lumbar spine');
    assert.ok(!r.rules.includes('mri-first-in-young-infant'), r.rules.join());
  });
});
