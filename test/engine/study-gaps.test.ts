import * as assert from 'node:assert/strict';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import type { Procedure } from '../../server/src/knowledge/schema';
import { lint, note } from '../helpers';

/**
 * Item 11 of issue 8: no study slips between the rules. Every combination of prior-ultrasound
 * result, skin marker (by risk grade), age and ordered procedure in scenario S1 is checked against
 * the rules table of test/corpus/README.md, written out here independently of the rule code.
 */

type Prior = 'none' | 'normal' | 'abnormal' | 'indeterminate' | 'unknown';
const PRIORS: Record<Prior, string[]> = {
  none: [],
  normal: ['Prior imaging: US spine: normal'],
  abnormal: ['Prior imaging: US spine: conus at L4'],
  indeterminate: ['Prior imaging: US spine: limited by ossification'],
  unknown: ['Prior imaging: US spine 2026-10-01'],
};

/** Skin findings by the grade the sources give them; `simpleDimple` is the only low-risk one today. */
const MARKERS: { name: string; lines: string[]; simpleDimple: boolean }[] = [
  { name: 'simple dimple (low)', lines: ['Dimple: 3 mm, within gluteal cleft, 1 cm from anus'], simpleDimple: true },
  { name: 'lipoma (high)', lines: ['Findings: lipoma over the sacrum'], simpleDimple: false },
  { name: 'large hemangioma (high)', lines: ['Findings: large hemangioma'], simpleDimple: false },
  { name: 'hair tuft (ungraded)', lines: ['Findings: tuft of hair'], simpleDimple: false },
  { name: 'small hemangioma (ungraded)', lines: ['Findings: small hemangioma'], simpleDimple: false },
  { name: 'discoloration (ungraded)', lines: ['Findings: hyperpigmented patch'], simpleDimple: false },
  { name: 'dermal sinus (ungraded)', lines: ['Findings: dermal sinus'], simpleDimple: false },
  { name: 'deep dimple and tuft (atypical)', lines: ['Findings: deep dimple above the gluteal cleft; tuft of hair'], simpleDimple: false },
];

const AGES = [2, 5, 24];

/** The S1 rules whose firing depends on the prior study, the order and the age. */
const SCOPED = [
  'inappropriate-initial-study',
  'ultrasound-window-closed',
  'ultrasound-window-closing',
  'mri-first-in-young-infant',
  'initial-mri-contrast',
  'simple-dimple',
  'next-study-after-ultrasound',
  'imaging-after-normal-ultrasound',
  'referral-after-abnormal-ultrasound',
];

const bone = (p: Procedure) => p.modality === 'XR' || p.modality === 'CT' || p.modality === 'CT-myelography';

/** The README table, row by row. */
function expected(prior: Prior, simpleDimple: boolean, months: number, p: Procedure): string[] {
  const initial = prior === 'none';
  const out: string[] = [];
  if (bone(p) && initial) out.push('inappropriate-initial-study');
  if (p.modality === 'US' && months > 6) out.push('ultrasound-window-closed');
  if (p.modality === 'US' && months >= 4 && months <= 6) out.push('ultrasound-window-closing');
  if (p.modality === 'MRI' && months <= 6 && initial) out.push('mri-first-in-young-infant');
  if (p.modality === 'MRI' && (p.contrast === 'with' || p.contrast === 'without-and-with') && initial) out.push('initial-mri-contrast');
  if (simpleDimple && prior !== 'abnormal') out.push('simple-dimple');
  if (!initial) {
    const next = bone(p) || (prior === 'abnormal' && p.id !== 'mri-area-without' && p.id !== 'mri-complete-without') || (prior === 'indeterminate' && p.modality !== 'MRI');
    if (next) out.push('next-study-after-ultrasound');
  }
  if (prior === 'normal' && p.modality === 'MRI' && simpleDimple) out.push('imaging-after-normal-ultrasound');
  if (prior === 'abnormal') out.push('referral-after-abnormal-ultrasound');
  return out.sort();
}

describe('no study slips between the rules (S1, every prior result, marker grade, age and procedure)', () => {
  const k = defaultKnowledge();
  let checked = 0;
  const gaps: string[] = [];
  const mismatches: string[] = [];
  before(() => {
    for (const [prior, priorLines] of Object.entries(PRIORS) as [Prior, string[]][]) {
      for (const m of MARKERS) {
        for (const months of AGES) {
          for (const p of k.procedures) {
            const text = note(`Age: ${months} months`, ...m.lines, 'Neuro: intact', 'Red flags: none', ...priorLines, `Order: ${p.acrName}`);
            const [n] = lint(text).notes;
            const where = `${prior} US / ${m.name} / ${months} mo / ${p.id}`;
            assert.equal(n.classification.scenario.id, 's1-cutaneous-marker', `${where}: not read as S1`);
            assert.equal(n.facts.order?.reading.procedure?.id, p.id, `${where}: order misread`);
            const orderSpan = n.facts.order!.field.valueSpan;
            if (bone(p) && !n.findings.some((f) => (f.severity === 'warning' || f.severity === 'error') && f.span.start === orderSpan.start)) gaps.push(where);
            const got = [...new Set(n.findings.map((f) => f.ruleId).filter((id) => SCOPED.includes(id)))].sort();
            const want = expected(prior, m.simpleDimple, months, p);
            if (got.join() !== want.join()) mismatches.push(`${where}: got [${got}] want [${want}]`);
            checked++;
          }
        }
      }
    }
  });
  it('covers every combination', () => assert.equal(checked, 5 * MARKERS.length * AGES.length * k.procedures.length));
  it('no radiography or CT order goes without a warning on the order', () => assert.deepEqual(gaps, []));
  it('the rules that fire are exactly the ones the README table names', () => assert.deepEqual(mismatches.slice(0, 20), []));
  it('a radiograph after a normal ultrasound in an infant with a hemangioma is flagged (the case in the issue)', () => {
    const text = note('Age: 3 months', 'Findings: hemangioma', 'Prior imaging: US spine: normal', 'Order: XR L-spine');
    const f = lint(text).findings.find((x) => x.ruleId === 'next-study-after-ultrasound');
    assert.ok(f, 'no finding');
    assert.equal(f.severity, 'warning');
    assert.ok(f.message.length < 140, f.message);
  });
  it('its messages are one sentence under 140 characters for every radiography and CT study', () => {
    for (const p of k.procedures.filter(bone)) {
      const text = note('Age: 3 months', 'Findings: hemangioma', 'Prior imaging: US spine: normal', `Order: ${p.acrName}`);
      const f = lint(text).findings.find((x) => x.ruleId === 'next-study-after-ultrasound')!;
      assert.ok(f.message.length < 140 && !/\.\s+\S/.test(f.message), f.message);
    }
  });
});
