/**
 * Prior radiographs and their results as set 19 wrote them (r22): a result after a colon or a spaced dash, views
 * and region before the films, where the films were done in brackets, and a vertebra's height lost named by its
 * shape. Near misses: radiographs to do (pending, awaited, needed, for tomorrow, may/would be, if ...), another
 * study's or another region's result, a relative's films (before or after them), films not yet done or conditional,
 * and a next line after a line that breaks mid-sentence.
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
    // A vertebra's height lost, named by its shape: a wedge shape of a vertebra, its body or its level.
    [['Complaints: pain in back 5 weeks, constant.', 'Rentgenogram (district hospital): wedge-shaped deformity Th12.', 'Plan: MRI whole spine w/o'], 'abnormal'],
    [['HPI: 8 yo, back pain 5 wk, night sweats.', 'XR T-spine 2 wk ago: wedge-shaped T12.', 'Plan: MRI T-spine w/o'], 'abnormal'],
    [['HPI: 8 yo, back pain 5 wk, night sweats.', 'XR T-spine 2 wk ago: T12 is wedge shaped.', 'Plan: MRI T-spine w/o'], 'abnormal'],
    [['HPI: 8 yo, back pain 5 wk, night sweats.', 'XR T-spine 2 wk ago: wedge shaped vertebrae T11-T12.', 'Plan: MRI T-spine w/o'], 'abnormal'],
    [['HPI: 8 yo, back pain 5 wk, night sweats.', 'XR L-spine 2 wk ago: wedge-shaped deformity of the L1 vertebral body.', 'Plan: MRI L-spine w/o'], 'abnormal'],
    // A wedge shape of anything else, or of no vertebra told, is no finding of the films.
    [['HPI: 14 yo M, LBP 6 wk, night pain, wakes him.', 'Lumbar XR 2 wks ago: wedge shaped scar on back.', 'Plan: MRI L-spine w/o'], 'unknown'],
    [['HPI: 14 yo M, LBP 6 wk, night pain, wakes him.', 'Lumbar XR 2 wks ago, wedge-shaped bruise over the sacrum.', 'Plan: MRI L-spine w/o'], 'unknown'],
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
    // Films not yet done, whatever follows the dash: the word after it is no result of theirs.
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'AP/lat lumbar spine radiographs pending - normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'XR L-spine pending - normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'Lumbar XR awaited - NAD.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'XR L-spine needed - normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'XR L-spine for tomorrow - normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'Lumbar XR may be helpful - normal neuro.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'Lumbar XR would be - normal in most kids.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'XR L-spine if not better - normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    // Films done whose report is still to come are done: their result is unknown, not gone.
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'Lumbar XR 2 wks ago, report pending.', 'Plan: MRI L-spine w/o'], 'unknown'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'Lumbar XR 2 wks ago, result awaited.', 'Plan: MRI L-spine w/o'], 'unknown'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'Lumbar XR 2 wks ago - normal.', 'Plan: MRI L-spine w/o'], 'normal'],
    // A relative's films, the relative told before or after them, or in another clause of the same sentence.
    [['HPI: 14 yo, LBP 6 wk, night pain. Mum had lumbar XR 2 wks', 'ago normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'XR in his brother 2 wks ago: normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'XR of his brother 2 wks ago - normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'XR L-spine (for his sister) - normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'Lumbar XR for the brother 2 wks ago: normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', "XR L-spine 2 wks ago, brother's XR normal.", 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'His brother had XR L-spine last year: normal.', 'Plan: MRI L-spine w/o'], 'no prior radiograph'],
    // ... but not a place or a time after the films: they stay the child's.
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'XR L-spine 2 wks ago in his GP: normal.', 'Plan: MRI L-spine w/o'], 'normal'],
    [['HPI: 14 yo, LBP 6 wk, night pain.', 'XR L-spine in his 2nd week of pain: normal.', 'Plan: MRI L-spine w/o'], 'normal'],
    // The next line that tells the exam or another test, not the films' result.
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

  it('a done study whose scan needed sedation keeps its result', () => {
    const mri = readNote('HPI: 14 yo, LBP 6 wk, night pain.', 'MRI L-spine 2019 (sedation needed): normal.', 'Plan: XR L-spine').facts.prior;
    assert.deepEqual(
      mri.map((p) => [p.modality, p.result]),
      [['MRI', 'normal']],
    );
  });

  // A line that breaks inside a sentence is not joined to the next: the next line's "normal" is as often the exam's,
  // the labs', another film's or a guess as the films' result (review of r22; the reading before it stands).
  describe('a next line is never read as the result of a study whose line wraps', () => {
    const hpi = 'HPI: 14 yo M, LBP 6 wk, night pain, wakes him.';
    const plan = 'Plan: MRI L-spine w/o';
    const none: string[] = [
      'XR L-spine pending\nnormal neuro exam',
      'XR L-spine awaited\nnormal reflexes',
      'XR L-spine needed\nnormal neuro exam',
      'XR L-spine for tomorrow\nnormal neuro exam',
      'XR L-spine if not better\nnormal neuro today',
      'XR L-spine may be helpful\nnormal exam',
      'Lumbar XR would be\nnormal in most kids',
      'Lumbar XR in his brother 2 wks\nago normal',
      'AP/lat lumbar spine radiographs pending - normal',
      'Lumbar XR (AP/lat/obl) 2 wks\nago normal',
    ];
    const unknown: string[] = [
      'Lumbar XR 2 wks ago\nnormal strength and sensation',
      'Lumbar XR 2 wks ago\nnormal bloods',
      'Lumbar XR 2 wks ago\nunremarkable abdomen on exam',
      'Lumbar XR 2 wks ago\npelvis normal',
      'Lumbar XR 2 wks ago\nand hip XR normal',
      'Lumbar XR 2 wks ago\nnormal hips on same film',
      'Lumbar XR 2 wks ago per GP\nnormal letter',
      'Lumbar XR 2 wks ago\nfracture of the wrist',
      'Lumbar XR 2 wks ago\nwedge shaped scar on back',
      'Lumbar XR 2 wks ago at GP\nultrasound abdomen normal',
    ];
    for (const mid of none)
      it(`"${mid}" tells no prior radiograph`, () => {
        const r = readNote(hpi, ...mid.split('\n'), plan);
        assert.equal(priorXr(hpi, ...mid.split('\n'), plan), 'no prior radiograph');
        assert.equal(r.scenario, 'back-pain-red-flags');
      });
    for (const mid of unknown)
      it(`"${mid}" tells radiographs of unknown result`, () => {
        const r = readNote(hpi, ...mid.split('\n'), plan);
        assert.equal(priorXr(hpi, ...mid.split('\n'), plan), 'unknown');
        assert.equal(r.scenario, 'back-pain-red-flags');
      });
    it('a spinal US pending tells no prior US, the next line the exam', () => {
      const r = readNote('HPI: 9 mo F, sacral dimple. Spinal US pending', 'normal neuro exam', 'Plan: US spine');
      assert.deepEqual(r.facts.prior, []);
    });
    it('a spinal US at birth, the next line the hips, is of unknown result', () => {
      const r = readNote('HPI: 9 mo F, sacral dimple. Spinal US at birth', 'normal hips too', 'Plan: MRI L-spine');
      assert.deepEqual(
        r.facts.prior.map((p) => [p.modality, p.result]),
        [['US', 'unknown']],
      );
    });
  });
});
