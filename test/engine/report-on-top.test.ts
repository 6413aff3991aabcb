/**
 * A radiologist's report on top of a note with the ordering clinician's addendum below: the report's study is done, with
 * its result (the most recent prior), and only the addendum orders. A report quoted inside a clinic note, and a
 * report with no addendum, keep their reading; "MRI recommended" in a report is neither a prior MRI nor an order.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';
import { reportOnTop } from '../../server/src/clinical/narrative';

const read = (...lines: string[]) => {
  const f = readNote(...lines).facts;
  return {
    order: f.order?.reading.procedure?.id ?? 'none',
    prior: f.prior
      .filter((p) => p.modality)
      .map((p) => `${p.modality}:${p.result}`)
      .join(','),
  };
};

describe('a radiology report on top of a note, the addendum below', () => {
  it('an ultrasound report is the prior, the addendum orders the MRI', () => {
    const r = read(
      'PRELIMINARY REPORT - overnight teleradiology',
      'Exam: spinal US. 6 wk F. Indication: sacral hemangioma.',
      'Conus ends at L3-L4. Filum 2.5 mm.',
      'Impression: low-lying conus, thick filum. MRI recommended.',
      '',
      'Addendum (ordering NP): reviewed with parents. MRI lumbar spine w/o contrast ordered. Neurosurgery referral placed.',
    );
    assert.equal(r.order, 'mri-area-without');
    assert.equal(r.prior, 'US:abnormal');
  });
  it('a radiograph report keyed "Study:" is no order; the addendum declines further imaging', () => {
    const r = read(
      'Telerad prelim',
      'Study: XR L-spine 2 views. 14 y M, back pain 6 weeks.',
      'No fracture. No pars defect. Alignment normal.',
      'Impression: normal lumbar spine radiographs.',
      '',
      'Addendum, ordering PCP: reviewed. Physical therapy. No further imaging ordered today.',
    );
    assert.equal(r.order, 'none');
    assert.match(r.prior, /^(?:XR:normal,)*XR:normal$/);
  });
  it('knows a report on top only by its first line and a later addendum', () => {
    assert.deepEqual(reportOnTop('TELERAD PRELIM: XR L-SPINE\nImpression: normal.\n\nOrdering physician addendum: MRI ordered.'), { start: 0, end: 48 });
    // A report quoted inside a clinic note.
    assert.equal(reportOnTop('HPI: 10 yo, back pain.\nPrelim read of XR: normal.\nAddendum: MRI ordered.'), undefined);
    // A report with no addendum.
    assert.equal(reportOnTop('Preliminary report\nExam: US spine. Impression: normal.'), undefined);
    // "Preliminary" inside another word is no heading.
    assert.equal(reportOnTop('Preliminaryish notes\nfoo\nAddendum: bar'), undefined);
  });
  it("a report quoted inside a clinic note keeps the note's order", () => {
    const r = read('HPI: 13 yo M, LBP 7 wks, night pain.', "Prelim read of today's XR L-spine: normal.", 'Plan: MRI L-spine w/o contrast ordered.');
    assert.equal(r.order, 'mri-area-without');
  });
});
