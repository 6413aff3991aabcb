/**
 * Notes of Netherlands-trained writers (r18a): English sprinkled with Dutch clinical shorthand. "Beleid:" (policy) is the
 * plan; LWK/TWK/CWK and (totale) wervelkolom name the spine; "echo" before the spine and a ticked "[x] echo" on a request
 * form are an ultrasound; "X-LWK" a radiograph; "Jongen 10 jr", "5 mnd" are ages; "sinds 3 wk" a duration; "Onderzoek:"
 * is an exam heading whose line may name the study; "NO (neuro exam):" is the neuro exam.
 */
import * as assert from 'node:assert/strict';
import { lookupKey } from '../../server/src/notes/keys';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const ageOf = (...lines: string[]) => readNote(...lines).facts.age?.months ?? null;

describe('Dutch-trained writers: the plan (Beleid) and the study words (r18a)', () => {
  it('"Beleid:" is the plan, inline or as a numbered or dashed list', () => {
    assert.equal(lookupKey('Beleid')?.name, 'Plan');
    assert.equal(
      orderOf(
        'Pt: boy, 9 months',
        'Exam: lipoma over L5 with hair tuft.',
        'Beleid:',
        '1. MRI LWK incl. sacrum without contrast, under sedation.',
        '2. Referral paediatric neurosurgery.',
      ),
      'mri-area-without',
    );
    assert.equal(
      orderOf('Patient: girl, 4 years', 'Fever, pain on percussion L3.', 'Beleid:', '  - MRI total spine without and with gadolinium (under sedation)'),
      'mri-complete-without-and-with',
    );
    assert.equal(orderOf('Boy, 13 years. Night pain.', 'Beleid: MRI total wervelkolom without contrast. Lab at the same time.'), 'mri-complete-without');
    assert.equal(orderOf('Boy, 13 years. Night pain.', 'Beleid: MRI totale wervelkolom zonder contrast.'), 'mri-complete-without');
  });

  it('LWK, TWK, CWK and wervelkolom name the spine in an order', () => {
    assert.equal(orderOf('Male, 19 years, low back pain radiating to the leg.', 'Beleid: MRI LWK, then neurology if HNP confirmed.'), 'mri-area-without');
    assert.equal(orderOf('Girl, 12 years, fell from a horse.', 'Plan: CT TWK'), 'ct-area-without');
    assert.equal(orderOf('Girl, 12 years, back pain.', 'Plan: MRI wervelkolom lumbosacraal'), 'mri-area-without');
  });

  it('X- before the spine and röntgen are a radiograph; a conditional or declined one orders nothing', () => {
    assert.equal(orderOf('11 y boy hit by a car, tender Th12-L1.', 'Beleid: X-thorax, X-thoracolumbar spine AP and lateral. CT only if the X-ray shows a fracture.'), 'xr-area');
    assert.equal(orderOf('Boy 12 y, back pain 2 months.', 'Beleid: X-LWK AP and lateral.'), 'xr-area');
    assert.equal(orderOf('Boy 12 y, back pain 2 months.', 'Plan: röntgen LWK'), 'xr-area');
    assert.equal(orderOf('Meisje 14 jr, gymnast, low back pain.', 'Beleid: physio. No imaging for now; re-evaluate in 4 weeks, X-LWK only if not improving.'), null);
    assert.equal(orderOf('Boy 12 y, back pain 2 months, pain x lumbar region.', 'Plan: physio'), null);
  });

  it('echo before the spine, or ticked on a request form naming the spine, is an ultrasound', () => {
    assert.equal(orderOf('Pt: 2 mo girl, sacral dimple.', 'Beleid: echo lumbar spine requested, result by telephone.'), 'us-area');
    assert.equal(orderOf('Pt: 2 mo girl, sacral dimple.', 'Plan: echo LWK'), 'us-area');
    assert.equal(
      orderOf('Patient: girl, 5 months', 'Onderzoek: [x] echo  [ ] X  [ ] CT  [ ] MRI    region: wervelkolom lumbosacraal', 'Clinical info: haemangioma over the sacrum.'),
      'us-area',
    );
  });

  it('near-misses: echo of the heart, an unticked box, a prior echo and a prenatal echo order no spine ultrasound', () => {
    assert.equal(orderOf('Pt: 2 mo girl, sacral dimple.', 'Plan: echo and lumbar spine XR'), 'xr-area');
    assert.equal(orderOf('Pt: 2 mo girl, sacral dimple, murmur.', 'Plan: [x] echo  region: heart'), null);
    assert.equal(orderOf('Pt: 2 mo girl, sacral dimple.', 'Plan: echocardiogram; echo: normal LV function'), null);
    assert.equal(orderOf('Pt: 2 mo girl, sacral dimple.', 'Order: [ ] echo  [x] MRI  region: wervelkolom'), 'mri-area-without');
    const prior = readNote('3-month-old boy, deep sacral dimple.', 'Echo LWK (age 7 weeks): conus medullaris ends at L3, filum thickened.', 'Plan: refer NSGY');
    assert.equal(prior.facts.order?.reading.procedure?.id ?? null, null);
    const prenatal = readNote('Pt: boy, 9 months', 'Anamnesis: lump low back since birth. 20-weeks echo (SEO) in pregnancy was normal.', 'Beleid: MRI LWK without contrast.');
    assert.equal(prenatal.facts.order?.reading.procedure?.id, 'mri-area-without');
    assert.equal(prenatal.facts.prior.filter((p) => p.modality === 'US').length, 0);
  });
});

describe('Dutch-trained writers: ages, durations, keys and the neuro exam (r18a)', () => {
  it('"jr", "jaar", "mnd" and "weken" after a number are ages beside a word for the child', () => {
    assert.equal(ageOf('S: Jongen 10 jr. Since 1 week low back pain.', 'P: No imaging indicated.'), 120);
    assert.equal(ageOf('Meisje 14 jr, gymnast. Since 2 weeks low back pain.', 'Plan: physio'), 168);
    assert.equal(ageOf('Zuigeling 5 mnd, sacral dimple.', 'Plan: US spine'), 5);
    assert.equal(ageOf('Jongen, 7 jaar, back pain.', 'Plan: physio'), 84);
  });

  it('near-misses: "sinds 3 wk" and "since 2 weeks" are durations, not ages', () => {
    assert.equal(ageOf('Boy, low back pain sinds 3 wk.', 'Plan: MRI L-spine'), null);
    assert.equal(ageOf('Girl, low back pain sinds 4 mnd.', 'Plan: MRI L-spine'), null);
  });

  it('"Onderzoek:" is an exam whose findings are read, and the study to do only when it names one', () => {
    const exam = readNote('Patient: girl, 5 months', 'Onderzoek: sacral dimple with hair tuft, normal tone', 'Plan: US spine');
    assert.equal(exam.scenario, 's1-cutaneous-marker');
    assert.equal(exam.facts.order?.reading.procedure?.id, 'us-area');
    const lich = readNote('Patient: girl, 5 months', 'Lichamelijk onderzoek: sacral dimple with hair tuft, normal tone', 'Plan: US spine');
    assert.equal(lich.scenario, 's1-cutaneous-marker');
  });

  it('"NO (neuro exam): no abnormalities" is a normal neuro exam; the English "no" still negates', () => {
    assert.equal(lookupKey('NO (neuro exam)')?.name, 'Neuro');
    assert.equal(lookupKey('NO')?.name, undefined);
    assert.equal(readNote('Patient: girl, 5 months', 'Clinical info: sacral dimple. NO (neuro exam): no abnormalities.', 'Plan: US spine').facts.neuro.state, 'normal');
    assert.equal(readNote('Patient: girl, 5 months', 'Findings: sacral dimple.', 'Neuro: no abnormalities except weak left foot.', 'Plan: US spine').facts.neuro.state, 'abnormal');
    assert.equal(lookupKey('MRI (lumbar)'), undefined);
  });
});
