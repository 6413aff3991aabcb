/**
 * Mend of r28 F4 (review of r28-prior-xr): a line keyed by its study is a prior study only when it tells a result in a
 * report's words. Not a protocol, a purpose or a finding's bare name that is as often the indication ("MRI L-spine: lipoma
 * protocol", "XR L-spine: for spondylolysis", "XR L-spine: scoliosis screening", "US spine: lipoma"), and no skin marker or
 * trauma is read from such a line; not a relative's ("(father)", "(twin)", under "Family history:"), not one of another
 * region ("XR C-spine: normal", "XR: clavicle fracture", "US: testes normal"), not the order's own indication right under
 * it. A two-cell pipe row joins item and answer only when the first cell answers nothing itself; "radiation to the leg"
 * that is radiotherapy or a dose is no radicular pain.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const LBP = 'HPI: 12 yo F, low back pain 6 wks, wakes her at night. Neuro normal.';
const INFANT = ['Pt: 3 mo M', 'Exam: sacral dimple 6 mm, 3 cm above anus. Neuro normal.'];
const ORDER = 'Order: MRI L-spine w/o contrast';
const priorsOf = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => `${p.modality}:${p.result}`);
const present = (...lines: string[]) =>
  readNote(...lines)
    .facts.hits.filter((h) => h.present)
    .map((h) => h.finding.id)
    .sort();

describe('r28 F4 mend: a study-keyed line is a prior only with a result', () => {
  it('reads no prior, marker or trauma from a protocol, a purpose or a bare finding name', () => {
    for (const line of [
      'MRI L-spine: lipoma protocol',
      'MRI: lipoma protocol',
      'MRI L-spine: lipoma evaluation',
      'MRI L-spine: for lipoma',
      'US spine: for lipoma',
      'US spine: lipoma',
      'XR L-spine: scoliosis screening',
      'XR L-spine: scoliosis assessment',
      'XR L-spine: scoliosis review',
      'XR L-spine: spondylolisthesis assessment',
      'XR L-spine: fracture protocol',
      'XR L-spine: fracture clinic',
      'XR L-spine: for fracture',
      'XR L-spine: for spondylolysis',
      'XR L-spine: f/u grade 1 spondylolisthesis',
      'XR L-spine: likely normal',
    ]) {
      assert.deepEqual(priorsOf(LBP, line, ORDER), [], line);
      assert.deepEqual(present(LBP, line, ORDER), ['back-pain', 'night-pain'], line);
      const infant = readNote(...INFANT, line, ORDER);
      assert.deepEqual(infant.facts.prior, [], line);
      assert.ok(infant.rules.includes('mri-first-in-young-infant'), line);
    }
  });

  it('still reads a result told in a report’s words', () => {
    for (const [line, want] of [
      ['XR L-spine: grade 1 spondylolisthesis L5-S1', 'XR:abnormal'],
      ['XR L-spine: anterior wedging T7-T9', 'XR:abnormal'],
      ['XR L-spine: L5 spondylolysis, no slip', 'XR:abnormal'],
      ['XR L-spine: normal', 'XR:normal'],
      ['XR L-spine: no fracture', 'XR:normal'],
    ])
      assert.deepEqual(priorsOf(LBP, line, ORDER), [want], line);
  });

  it('reads no prior of a relative, of another region or of the order’s own indication', () => {
    for (const lines of [
      ['Family history:', 'XR L-spine: spondylolisthesis L5 (father)'],
      ['FHx:', 'XR L-spine: grade 1 spondylolisthesis'],
      ['Older sister:', 'US spine: tethered cord'],
      ['MRI L-spine: normal (sibling)'],
      ['XR L-spine: normal (twin)'],
      ['XR C-spine: normal'],
      ['C-spine XR: normal'],
      ['XR: clavicle fracture'],
      ['XR: R wrist fracture'],
      ['XR: bowel gas pattern normal'],
      ['US: testes normal'],
      ['Reason for exam:', 'XR L-spine: L5 spondylolysis'],
      ['Indication: LBP', 'XR L-spine: grade 1 spondylolisthesis'],
    ]) {
      assert.deepEqual(priorsOf(LBP, ...lines, ORDER), [], lines.join(' / '));
      assert.ok(!present(LBP, ...lines, ORDER).includes('trauma'), lines.join(' / '));
    }
    assert.deepEqual(priorsOf(LBP, 'Order: XR L-spine', 'XR L-spine: spondylolisthesis'), []);
    assert.deepEqual(priorsOf(LBP, 'Order: XR L-spine', 'XR L-spine: L5 spondylolysis'), []);
    // A plain result under the order is a study done before; so is one dated.
    assert.deepEqual(priorsOf(LBP, ORDER, 'XR L-spine: normal'), ['XR:normal']);
    assert.deepEqual(priorsOf(LBP, 'Order: XR L-spine', 'XR L-spine 03/2024: L5 spondylolysis'), ['XR:abnormal']);
  });

  it('reads no prior from radiographs by region and views of a relative or of the neck', () => {
    assert.deepEqual(priorsOf(LBP, 'Brother had L-S spine AP/lat showing spondylolisthesis.', ORDER), []);
    assert.deepEqual(priorsOf(LBP, 'PMH: C-spine AP/lat normal after MVC 2019.', ORDER), []);
    assert.deepEqual(priorsOf(LBP, 'L-S spine AP/lat: no fracture', ORDER), ['XR:normal']);
  });
});

describe('r28 F4 mend: two-cell pipe rows', () => {
  const HPI = 'HPI: 12 yo F, low back pain 2 wks.';
  it('keeps the answer of each cell that holds its own', () => {
    assert.deepEqual(present(HPI, '| fever: yes | night pain: no |', ORDER), ['back-pain', 'fever']);
    assert.deepEqual(present(HPI, '| fever: no | night pain: yes |', ORDER), ['back-pain', 'night-pain']);
    assert.deepEqual(present(HPI, '| fever - no | night pain - yes |', ORDER), ['back-pain', 'night-pain']);
    assert.deepEqual(present(HPI, '| fever: no | wt loss: 3 kg |', ORDER), ['back-pain', 'weight-loss']);
  });
  it('joins an item and the answer its second cell opens on', () => {
    assert.deepEqual(present(HPI, '| Fever | none reported |', ORDER), ['back-pain']);
    // Two items and two answers of one sense: the last item at least takes its denial (the first, as before, is not paired).
    assert.ok(!present(HPI, '| fever / weight loss | none / none |', ORDER).includes('weight-loss'));
    assert.deepEqual(present(HPI, '| Night pain | yes |', ORDER), ['back-pain', 'night-pain']);
    // Answers of both senses cannot be paired: never the fever denied by the "yes" beside it, nor read inverted.
    assert.ok(!readNote(HPI, '| fever / weight loss | no / yes |', ORDER).facts.hits.some((h) => h.finding.id === 'weight-loss' && h.negated));
  });
});

describe('r28 F4 mend: radiation that is radiotherapy', () => {
  const flag = (line: string) => readNote(line, ORDER).facts.hits.find((h) => h.finding.id === 'radicular-pain');
  it('reads no radicular pain from radiation given or a dose', () => {
    for (const line of [
      'HPI: 12 yo F, LBP. Received radiation to the left leg.',
      'HPI: 12 yo F, LBP. Proton radiation to the leg.',
      'HPI: 12 yo F, LBP. Had radiation to L thigh (2022).',
      'HPI: 12 yo F, LBP. Hx: radiation to the thigh.',
      'HPI: 12 yo F, LBP. Concern about radiation to the legs from CT.',
      'HPI: 12 yo F, LBP. Radiation to the leg (TBI conditioning) in 2021.',
      'HPI: 12 yo F, LBP. Radiation to the right buttock for Ewing sarcoma.',
      'HPI: 12 yo F, LBP. PMH rhabdomyosarcoma, chemo + radiation to thigh.',
    ])
      assert.equal(flag(line)?.present ?? false, false, line);
  });
  it('still reads pain radiating into the leg', () => {
    for (const line of [
      'HPI: 12 yo F, LBP x 3 wks with radiation to the L calf.',
      'HPI: 12 yo F, LBP with radiation into both posterior thighs, worse sitting.',
      'HPI: 12 yo F, LBP, radiation to the right foot, XR neg.',
    ])
      assert.ok(flag(line)?.present, line);
  });
});
