/**
 * Review rv17b of case narratives and reports on top: a clinician's "Preliminary diagnosis:" / "Prelim plan:" heads no
 * radiology report; advice in a report's sentence blanks only the advice, not the result told before it; a case's own
 * study is its order, not also a prior study with a result; "before surgery" tells no study before the story; "Case
 * report form completed" heads no case narrative.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';
import { isCaseNarrative, reportDone, reportOnTop } from '../../server/src/clinical/narrative';
import { defaultKnowledge } from '../../server/src/knowledge/loader';

const read = (...lines: string[]) => {
  const r = readNote(...lines);
  return {
    order: r.facts.order?.reading.procedure?.id ?? 'none',
    prior: r.facts.prior
      .filter((p) => p.modality)
      .map((p) => `${p.modality}:${p.result}`)
      .join(','),
    rules: r.rules,
  };
};

describe('review rv17b: reports on top and case narratives', () => {
  it('"Preliminary diagnosis:" and "Prelim plan:" head a clinic note, not a report', () => {
    assert.equal(reportOnTop('Preliminary diagnosis: sacral dimple, simple.\n4 mo M.\nPlan: no imaging needed.\nAddendum: mom called.'), undefined);
    const r = read('Prelim plan: US lumbar spine.', '6 wk F with sacral dimple > 5 mm, 3 cm above anal verge.', 'Addendum: parents agree.');
    assert.equal(r.order, 'us-area');
    assert.equal(r.prior, '');
  });
  it("a report's advice in the same sentence as its result leaves the result", () => {
    const r = read(
      'PRELIMINARY REPORT',
      'US lumbar spine, 6 wk F, sacral dimple.',
      'Impression: Low-lying conus at L3-L4 with thickened filum, MRI recommended for further evaluation.',
      '',
      'Addendum (ordering NP): MRI lumbar spine w/o contrast ordered.',
    );
    assert.equal(r.order, 'mri-area-without');
    assert.equal(r.prior, 'US:abnormal');
    const k = defaultKnowledge();
    const text = 'Prelim\nMRI of the lumbar spine, without contrast, is recommended. Final report to follow.\nAddendum: x';
    assert.equal(
      reportDone(text, { start: 0, end: text.indexOf('Addendum') }, k)
        .replace(/[\s.]+/g, ' ')
        .trim(),
      'Prelim',
    );
  });
  it("a case's own study is its order, not also a prior with a result", () => {
    const r = read('Case report', 'A 3-week-old girl born at 38 weeks with a midline sacral dimple and a deviated gluteal cleft. Spinal US was obtained and showed a conus at L3.');
    assert.equal(r.order, 'us-area');
    assert.equal(r.prior, '');
    assert.ok(!r.rules.includes('next-study-after-ultrasound'));
  });
  it('"before surgery" tells when in the story, not a study before it', () => {
    assert.equal(
      read('Case history', 'A 14-year-old girl with progressive scoliosis, Cobb 45 degrees, underwent MRI of the whole spine without contrast before surgery.').order,
      'mri-complete-without',
    );
  });
  it('"Case report form completed" heads a clinic note', () => {
    assert.equal(isCaseNarrative('Case report form completed for registry.\n8 yo M'), false);
    const r = read(
      'Case report form completed for registry.',
      '8 yo M, back pain after fall from bunk bed 3 days ago, no deficits. XR L-spine was obtained in ED and was normal.',
      'Plan: ibuprofen, no further imaging.',
    );
    assert.equal(r.order, 'none');
    assert.equal(r.prior, 'XR:normal');
  });
});
