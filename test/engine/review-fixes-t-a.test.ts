/**
 * Review of r18a (Dutch keys and words): English notes whose words met the new Dutch readings. A study, a relative or a
 * time glossed by a key in its bracket is not that key; a loose "x" before the spine is no radiograph; a ticked echo
 * beside another ticked study of the spine is not a spine ultrasound.
 */
import * as assert from 'node:assert/strict';
import { lookupKey } from '../../server/src/notes/keys';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;

describe('review r18a: a bracket glosses only an exam', () => {
  it('a study glossed by "imaging", "study" or "date" is a prior result, not the order or the date', () => {
    assert.equal(lookupKey('XR (imaging)'), undefined);
    assert.equal(lookupKey('MRI (study)'), undefined);
    assert.equal(lookupKey('US (date)'), undefined);
    const xr = readNote('Age: 12 y', 'Hx: back pain 8 weeks.', 'XR (imaging): no fracture, no spondylolysis.', 'Plan: physio');
    assert.deepEqual(
      xr.facts.prior.map((p) => p.modality),
      ['XR'],
    );
    assert.equal(xr.facts.noImagingOrdered, undefined);
    const mri = readNote('Age: 12 y', 'Hx: back pain 8 weeks.', 'MRI (study): normal', 'Plan: physio');
    assert.equal(mri.facts.order, undefined);
    assert.deepEqual(
      mri.facts.prior.map((p) => p.modality),
      ['MRI'],
    );
    const us = readNote('Age: 12 y', 'DOB: 01/02/2014', 'Hx: back pain 8 weeks.', 'US (date): 03/05/2026 normal', 'Plan: physio');
    assert.deepEqual(
      us.facts.prior.map((p) => p.modality),
      ['US'],
    );
  });

  it("the age at onset is not the child's age, a relative's history not the child's", () => {
    assert.equal(lookupKey('ONSET (age)'), undefined);
    assert.equal(readNote('Pt: boy', 'Hx: leg weakness.', 'ONSET (age): 3 y', 'Plan: MRI L-spine').facts.age, undefined);
    assert.equal(lookupKey('MOM (history)'), undefined);
    const mom = readNote('Age: 12 y', 'Hx: back pain 8 weeks.', 'MOM (history): back pain, leg weakness, tethered cord', 'Plan: physio');
    assert.ok(!mom.facts.hits.some((h) => h.present && h.finding.id === 'weakness'));
  });

  it('the exam glossed still reads', () => {
    assert.equal(lookupKey('NO (neuro exam)')?.name, 'Neuro');
    assert.equal(lookupKey('LO (physical exam)')?.name, 'Findings');
    assert.equal(lookupKey('NAD (neuro)')?.name, 'Neuro');
  });
});

describe('review r18a: X- before the spine only joined by its hyphen', () => {
  it('"x" for "for" before a spine word orders no radiograph', () => {
    assert.equal(orderOf('Age: 12 y', 'Hx: back pain 8 weeks.', 'Plan: PT referral x lumbar strain'), null);
    assert.equal(orderOf('Age: 12 y', 'Hx: back pain 8 weeks.', 'Plan: heat x lumbar spine prn, f/u 2 wks'), null);
    assert.equal(orderOf('Age: 12 y', 'Hx: back pain 8 weeks.', 'Plan: ice x lumbar region, MRI if night pain'), null);
  });

  it('X-LWK and X-ray still are radiographs', () => {
    assert.equal(orderOf('Boy 12 y, back pain 2 months.', 'Beleid: X-LWK AP and lateral.'), 'xr-area');
    assert.equal(orderOf('Age: 12 y', 'Hx: back pain 8 weeks.', 'Plan: X-ray L-spine x 2 views'), 'xr-area');
    assert.equal(orderOf('Age: 12 y', 'Hx: back pain 8 weeks.', 'Plan: X ray lumbar spine'), 'xr-area');
  });
});

describe('review r18a: a ticked echo is of the spine only when its own item names it', () => {
  it('a checklist ticking echo, renal US and a spine MRI orders the MRI', () => {
    assert.equal(orderOf('Age: 3 mo', 'Hx: anorectal malformation.', 'Plan: ✓ echo, ✓ renal US, then MRI lumbar spine at 3 months'), 'mri-area-without');
  });

  it('the request form still ticks a spine echo', () => {
    assert.equal(
      orderOf('Patient: girl, 5 months', 'Onderzoek: [x] echo  [ ] X  [ ] CT  [ ] MRI    region: wervelkolom lumbosacraal', 'Clinical info: haemangioma over the sacrum.'),
      'us-area',
    );
  });
});
