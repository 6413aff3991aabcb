/**
 * r43-history (held-out s50): a list of findings answered "none" after its colon denies every item; "At exam:" heads the
 * exam; a past infection told as history ("discitis hx") is no suspected infection now; a prior radiograph's collapse,
 * endplate depression or sclerotic lesion makes it a positive study.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const DIMPLE = 'Findings: small dimple within gluteal cleft, 2 mm, 1 cm from anus.';
const US = 'Order: US lumbar spine';

describe('r43: a list of names answered after its colon', () => {
  it('"Fever, night sweats, weight loss: none" denies every item, so the dimple scenario stands', () => {
    const r = readNote('Patient: 14 y M', 'Presentation: routine. Back pain: denies. Fever, night sweats, weight loss: none. Growing well.', DIMPLE, US);
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.equal(presentIn('fever', 'Patient: 14 y M', 'Presentation: Fever, night sweats, weight loss: none.', DIMPLE, US), false);
    assert.equal(presentIn('night-pain', 'Patient: 6 y M', 'Presentation: Bladder, bowel: nil. Night pain, fever and weight loss: nil', DIMPLE, US), false);
    assert.equal(presentIn('night-sweats', 'Patient: 14 y M', 'Presentation: back pain. Night pain, fever: none, but night sweats.', US), true);
  });
  it('a list with an answer, a number or a line break of its own keeps each item its own answer', () => {
    assert.equal(presentIn('fever', 'Patient: 14 y M', 'Presentation: Fever, night sweats, weight loss: yes.', DIMPLE, US), true);
    assert.equal(presentIn('fever', 'Patient: 14 y M', 'Presentation: Fever yes, night sweats, weight loss: none.', DIMPLE, US), true);
    assert.equal(presentIn('fever', 'Patient: 14 y M', 'Presentation: back pain. Night sweats, fever 39C, weight loss: none.', US), true);
    assert.equal(presentIn('fever', 'Patient: 14 y M', 'Presentation: low back pain 3 wk.', 'fever,', 'night sweats: none', US), true);
    assert.equal(presentIn('back-pain', 'Patient: 14 y M', 'Presentation: back pain x 3 wk, fever: none.', US), true);
  });
});

describe('r43: "At exam:" heads the exam', () => {
  it('a newborn\'s hemangioma and tag under "At exam:" are markers, with a French heading above', () => {
    const r = readNote(
      'Consultation neonatale',
      'Baby boy, 15 days old.',
      'At exam: small hemangioma (~1 cm) on lumbosacral skin, and skin appendage (tag) just beside midline at same level.',
      'Request: MRI lumbar spine without contrast.',
    );
    assert.equal(r.scenario, 's1-cutaneous-marker');
    assert.ok(r.rules.includes('mri-first-in-young-infant'));
  });
});

describe('r43: a past infection told as history', () => {
  const back = 'Presentation: low back pain 5 days after starting gymnastics, worse with backbends. No fever, no night pain.';
  it('"discitis hx", "Discitis history" is no suspected infection now', () => {
    assert.equal(readNote('Patient: 10 y M', back, 'Dad worried because of discitis hx.', 'Order: MRI L-spine').scenario, 'back-pain-overuse');
    assert.equal(readNote('Patient: 12 y F', 'Presentation: back pain 4 wk. Discitis history. No fever.', 'Order: MRI lumbar spine').scenario, 'back-pain-no-red-flags');
  });
  it('a suspected infection now, a cancer history and a duration told with "hx" stay read', () => {
    assert.equal(readNote('Patient: 12 y F', 'Presentation: back pain 4 wk, fever 39, concern for discitis.', 'Order: MRI lumbar spine').scenario, 'back-pain-infection-tumor');
    assert.equal(presentIn('malignancy', 'Patient: 12 y F', 'Presentation: back pain 2 wk. Mum worried because of neuroblastoma hx.', 'Order: MRI lumbar spine'), true);
    assert.equal(presentIn('back-pain', '15yo M, 6 wk hx LBP radiating down L leg, worse w/ cough.', 'Plan: MRI lumbar spine'), true);
  });
});

describe('r43: a prior radiograph reporting a collapse or an endplate depression', () => {
  const flags = 'Presentation: constant back pain 5 wk, night pain.';
  it('is a positive study', () => {
    for (const xr of ['XR L-spine 2 wks ago: H-shaped vertebrae L2-L4 with central endplate depression, ?new collapse L3.', 'XR L-spine last week: endplate depression L1.'])
      assert.equal(readNote('Patient: 13 y M', flags, xr, 'Order: MRI lumbar spine').scenario, 'back-pain-red-flags-positive-radiographs', xr);
  });
  it('a denied collapse stays a negative study, and a lung collapse no spine study', () => {
    assert.equal(
      readNote('Patient: 13 y M', flags, 'XR L-spine 2 wks ago: no collapse, no fracture, normal.', 'Order: MRI lumbar spine').scenario,
      'back-pain-red-flags-negative-radiographs',
    );
    assert.equal(readNote('Patient: 13 y M', flags + ' Chest XR: right lower lobe collapse.', 'Order: MRI lumbar spine').scenario, 'back-pain-red-flags');
  });
});

describe('review r43: the mends', () => {
  it('"weight loss hx, ongoing" is current: the red flag stands', () => {
    assert.equal(readNote('Pt: 15 yo F', 'HPI: LBP, weight loss hx, ongoing', 'Neuro: nl', 'Order: MRI L-spine').scenario, 'back-pain-red-flags');
  });
  it('a chest film’s lung collapse beside a normal spine is no positive spine radiograph', () => {
    assert.equal(
      readNote('Pt: 12 yo F', 'HPI: LBP 6 wk, night pain', 'Prior XR L-spine: lung bases show collapse, spine normal', 'Order: MRI L-spine').scenario,
      'back-pain-red-flags-negative-radiographs',
    );
  });
  it('a vertebra’s new collapse is still a positive radiograph', () => {
    assert.equal(
      readNote('Pt: 13 yo M', 'HPI: constant LBP 5 wk, night pain', 'XR L-spine 2 wks ago: ?new collapse L3', 'Order: MRI L-spine').scenario,
      'back-pain-red-flags-positive-radiographs',
    );
  });
});
