/** Third review of this stop's reader fixes (severe defects only): each case below read wrongly before its fix. */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

describe('review fixes (f): safety', () => {
  describe('weight loss the note calls unintended stays a red flag, whatever else its sentence names', () => {
    const CASES = [
      'HPI: low back pain 3 weeks. Lost 6 kg unintentionally despite dieting advice.',
      'HPI: LBP x 3 wk; unexplained 5 kg weight loss, not on a diet',
      'HPI: back pain 3 wk, lost 4 kg in spite of eating well, no weight class sport',
    ];
    for (const hpi of CASES)
      it(hpi, () => {
        const r = readNote('Age: 15 years', hpi, 'Order: MRI L-spine w/o');
        assert.equal(r.scenario, 'back-pain-red-flags');
        assert.ok(!r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
      });
    it('near miss: weight lost on purpose is still explained away', () =>
      assert.notEqual(
        readNote('Age: 15 years', 'HPI: LBP 3 wk after lifting. Lost 4 kg intentionally for his weight class.', 'Order: MRI L-spine w/o').scenario,
        'back-pain-red-flags',
      ));
  });

  describe('"normal for age" never excuses an asymmetry, nor the signs before "otherwise"', () => {
    const EXAMS = [
      'Neuro: L leg moves less than R, otherwise normal for age',
      'Neuro: kicks R more than L, else normal for age',
      'Neuro: reflexes brisker on the L, normal for age',
      'Neuro: L leg weaker, rest of exam normal for age',
    ];
    for (const exam of EXAMS)
      it(exam, () => {
        const r = readNote('Age: 3 months', 'Findings: simple sacral dimple in the cleft, 2 mm, 1 cm from anus', exam, 'Order: US lumbar spine');
        assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
        assert.ok(r.rules.includes('escalation-referral'), r.rules.join());
      });
    it('near miss: upgoing plantars on both sides called normal for age are a normal exam', () => {
      const r = readNote(
        'Age: 3 months',
        'Findings: simple sacral dimple in the cleft, 2 mm, 1 cm from anus',
        'Neuro: tone normal, plantars upgoing bilaterally, normal for age',
        'Order: US lumbar spine',
      );
      assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    });
  });
});
