/**
 * Prior radiographs and their results as set 19 wrote them (r22): a result after a colon or a spaced dash, a
 * sentence its line wraps onto the next, views and region before the films, where the films were done in brackets,
 * and a vertebra's height lost named by its shape. Near misses: radiographs to do, another study's or another
 * region's result, a relative's films, films not yet done or conditional.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

function priorXr(...lines: string[]): string {
  const xr = readNote(...lines).facts.prior.find((p) => p.modality === 'XR');
  return xr?.result ?? 'no prior radiograph';
}

describe('prior radiographs and their results (r22 priors)', () => {
  const cases: [string[], string][] = [
    // Views and region before the films, the result after a colon.
    [['Case: 14 y F, 7 weeks of lumbar back pain, night pain.', 'AP/lat lumbar spine radiographs at week 3: normal.', 'Plan: MRI L-spine w/o'], 'normal'],
    [['HPI: 15 yo, LBP 6 wk, night pain.', 'Standing AP and lateral thoracolumbar radiographs: wedge deformity of T12.', 'Plan: MRI T-L spine w/o'], 'abnormal'],
    [['HPI: 15 yo, LBP 6 wk, night pain.', 'AP/lat/obl lumbar films: bilateral L5 spondylolysis.', 'Plan: CT L-spine w/o'], 'abnormal'],
    // Where the films were done in brackets, the result after a spaced dash.
    [['Complaints: pain in lumbar region for 2 months.', 'Rentgenogram of L-spine (polyclinic N3, 10.03) - without pathology.', 'Plan: MRI L-spine w/o'], 'normal'],
    [['HPI: 13 yo, LBP 6 wk, wakes at night.', 'XR L-spine (GP) - NAD.', 'Plan: MRI L-spine w/o'], 'normal'],
    [['HPI: 13 yo, LBP 6 wk, wakes at night.', 'Lumbar spine X-rays (outside hospital, March) – no bony abnormality.', 'Plan: MRI L-spine w/o'], 'normal'],
    [['HPI: 13 yo, LBP 6 wk, wakes at night.', 'X-rays of L-spine done at the GP: L5 pars defect.', 'Plan: MRI L-spine w/o'], 'abnormal'],
    // A sentence the line wraps, its result on the next line.
    [['Hx given: LBP 6 weeks; no fever, no night pain; neuro normal. Lumbar XR (AP/lat/obl) 2 wks', 'ago normal.', 'Plan: MRI L-spine w/o'], 'normal'],
    [['HPI: 14 yo, LBP 6 wk, night pain, neuro normal. Lumbar XR at the polyclinic last month', 'showed a pars defect at L5.', 'Plan: MRI L-spine w/o'], 'abnormal'],
    // A vertebra's height lost, named by its shape.
    [['Complaints: pain in back 5 weeks, constant.', 'Rentgenogram (district hospital): wedge-shaped deformity Th12.', 'Plan: MRI whole spine w/o'], 'abnormal'],
    [['HPI: 8 yo, back pain 5 wk, night sweats.', 'XR T-spine 2 wk ago: vertebra plana of T7.', 'Plan: MRI T-spine w/ and w/o'], 'abnormal'],
    [['HPI: 8 yo, back pain 5 wk, night sweats.', 'XR T-spine 2 wk ago: no wedge-shaped vertebra, no fracture.', 'Plan: MRI T-spine w/o'], 'normal'],
    // Near misses: radiographs to do, another study, another region, a relative's, not yet done, conditional.
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'AP/lat lumbar spine radiographs ordered today.', 'Plan: XR L-spine'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'MRI L-spine (polyclinic, 10.03) - without pathology.', 'Plan: bone scan'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'Chest X-ray (polyclinic, 10.03) - without pathology.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'Hip XR (GP) - normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', "Her brother's lumbar radiographs at week 3: normal.", 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'Lumbar films requested, not yet done.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain. Plan lumbar XR', 'if worse, normal activity meanwhile.', 'Plan: physio'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain, neuro normal. Lumbar XR ordered', 'today, report to follow.', 'Plan: XR L-spine'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain. XR L-spine - to exclude pathology.', 'Plan: XR L-spine'], 'no prior radiograph'],
    // A relative who had the films; the next line that tells the exam or another test, not the films' result.
    [['HPI: 14 yo, LBP 6 wk, night pain. Mum had lumbar XR 2 wks', 'ago normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain. Her brother had a lumbar XR last year: normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain. She had lumbar XR 2 wks ago: normal.', 'Plan: MRI L-spine w/o'], 'normal'],
    [['HPI: 14 yo, LBP 6 wk, night pain. Lumbar XR done 2 wks ago', 'neuro exam normal today.', 'Plan: MRI L-spine w/o'], 'unknown'],
    [['HPI: 14 yo, LBP 6 wk, night pain, lumbar XR 2 wk ago', 'blood tests normal.', 'Plan: MRI L-spine w/o'], 'unknown'],
    [['HPI: 14 yo, LBP 6 wk, night pain. Chest XR 2 wks', 'ago normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
  ];
  for (const [lines, want] of cases) it(`"${lines.join(' / ')}" reads ${want}`, () => assert.equal(priorXr(...lines), want));

  it('"No spinal US had been done" tells no study done', () => {
    assert.deepEqual(readNote('HPI: 5 mo, sacral dimple. No spinal US had been done.', 'Plan: US spine').facts.prior, []);
  });

  it('the wrapped result moves the note to negative radiographs', () => {
    const r = readNote(
      'Hx given: 12 yo M, LBP 6 weeks, not improving; no fever, no night pain; neuro normal. Lumbar XR (AP/lat/obl) 2 wks',
      'ago normal.',
      'Requested: MRI lumbar spine w/o contrast',
    );
    assert.equal(r.scenario, 'back-pain-red-flags-negative-radiographs');
  });
});
