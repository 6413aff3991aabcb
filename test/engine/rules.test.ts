import * as assert from 'node:assert/strict';
import { applyEdits, fixUntilStable } from '../../server/src/engine/fix';
import { MAX_DOCUMENT_CHARS, MAX_VALUE_CHARS } from '../../server/src/engine/limits';
import { RULES } from '../../server/src/rules';
import { ids, lint, note } from '../helpers';

const S1 = ['Findings: deep dimple above the gluteal cleft; tuft of hair', 'Neuro: intact', 'Red flags: none'];

/** [rule, a note where it fires, a close note where it must stay quiet] */
const CASES: [string, string, string][] = [
  ['inappropriate-initial-study', note('Age: 3 months', ...S1, 'Order: x-ray L-spine'), note('Age: 3 months', ...S1, 'Order: US spine area of interest')],
  ['ultrasound-window-closed', note('Age: 9 months', ...S1, 'Order: spinal US'), note('Age: 9 months', ...S1, 'Order: MRI spine area of interest without IV contrast')],
  ['ultrasound-window-closing', note('Age: 5 months', ...S1, 'Order: spinal US'), note('Age: 3 months', ...S1, 'Order: spinal US')],
  ['mri-first-in-young-infant', note('Age: 2 months', ...S1, 'Order: MRI L-spine w/o'), note('Age: 8 months', ...S1, 'Order: MRI L-spine w/o')],
  [
    'initial-mri-contrast',
    note('Age: 2 years', ...S1, 'Order: MRI lumbar spine with contrast'),
    note('Age: 2 years', ...S1, 'Indication: post-operative check', 'Order: MRI lumbar spine with contrast'),
  ],
  [
    'simple-dimple',
    note('Age: 1 month', 'Dimple: 2 mm, within gluteal cleft, 1 cm from anus', 'Neuro: normal', 'Order: spinal US'),
    note('Age: 1 month', 'Dimple: 2 mm, above the gluteal cleft, 1 cm from anus', 'Neuro: normal', 'Order: spinal US'),
  ],
  ['dimple-undescribed', note('Age: 1 month', 'Findings: dimple', 'Order: spinal US'), note('Age: 1 month', 'Findings: dimple, 6 mm', 'Order: spinal US')],
  [
    'next-study-after-ultrasound',
    note('Age: 5 months', ...S1, 'Prior imaging: US spine: filum 3 mm', 'Order: CT lumbar spine', 'Referral: pediatric neurosurgery'),
    note('Age: 5 months', ...S1, 'Prior imaging: US spine: filum 3 mm', 'Order: MRI spine area of interest without IV contrast', 'Referral: pediatric neurosurgery'),
  ],
  [
    'imaging-after-normal-ultrasound',
    note('Age: 8 months', 'Dimple: 3 mm, within gluteal cleft, 1 cm from anus', 'Prior imaging: US spine: normal', 'Order: MRI spine area of interest without IV contrast'),
    note('Age: 8 months', 'Findings: hemangioma', 'Prior imaging: US spine: normal', 'Order: MRI spine area of interest without IV contrast'),
  ],
  [
    'referral-after-abnormal-ultrasound',
    note('Age: 5 months', ...S1, 'Prior imaging: US spine: conus at L4', 'Order: MRI spine area of interest without IV contrast'),
    note('Age: 5 months', ...S1, 'Prior imaging: US spine: conus at L1-L2', 'Order: MRI spine area of interest without IV contrast'),
  ],
  [
    'escalation-referral',
    note('Age: 4 years', ...S1.slice(0, 1), 'Symptoms: new incontinence', 'Order: MRI spine area of interest without IV contrast'),
    note('Age: 4 years', ...S1.slice(0, 1), 'Symptoms: none', 'Order: MRI spine area of interest without IV contrast'),
  ],
  [
    'not-appropriate-for-scenario',
    note('Age: 10 years', 'Presentation: back pain', 'Red flags: none', 'Order: CT lumbar spine'),
    note('Age: 10 years', 'Presentation: back pain', 'Red flags: night pain', 'Order: XR lumbar spine'),
  ],
  [
    'no-criteria-apply',
    note('Age: 30 years', 'Presentation: back pain', 'Order: MRI spine'),
    note('Age: 10 years', 'Presentation: back pain', 'Red flags: night pain', 'Order: XR lumbar spine'),
  ],
  [
    'missing-age',
    note(...S1, 'Order: MRI spine area of interest without IV contrast'),
    note('Patient: 2-year-old', ...S1, 'Order: MRI spine area of interest without IV contrast'),
  ],
  [
    'unreadable-age',
    note('Age: soon', ...S1, 'Order: MRI spine area of interest without IV contrast'),
    note('Age: 2 y', ...S1, 'Order: MRI spine area of interest without IV contrast'),
  ],
  [
    'age-dob-mismatch',
    note('Age: 4 months', 'DOB: 2026-07-30', 'Date: 2026-08-01', ...S1, 'Order: spinal US'),
    note('Age: 4 months', 'DOB: 2026-04-01', 'Date: 2026-08-01', ...S1, 'Order: spinal US'),
  ],
  ['missing-order', note('Age: 2 months', ...S1), note('Age: 2 months', ...S1, 'Order: spinal US')],
  ['unknown-key', note('Age: 2 months', ...S1, 'Ordr: spinal US'), note('Age: 2 months', ...S1, 'Requested: spinal US')],
  ['duplicate-key', note('Age: 2 months', ...S1, 'Order: spinal US', 'Study: spinal US'), note('Age: 2 months', ...S1, 'Order: spinal US')],
  ['malformed-line', note('Age: 2 months', ...S1, 'spinal US please', 'Order: spinal US'), note('Age: 2 months', ...S1, '  spinal US please', 'Order: spinal US')],
  ['unrecognized-order', note('Age: 2 months', ...S1, 'Order: spine imagng please'), note('Age: 2 months', ...S1, 'Order: spine ultrasound please')],
  ['order-not-covered', note('Age: 2 months', ...S1, 'Order: MRI brain'), note('Age: 2 months', ...S1, 'Order: MRI spine')],
  [
    'invalid-acknowledgement',
    note('# acknowledge no-such-rule: other', 'Age: 2 months', ...S1, 'Order: spinal US'),
    note('# acknowledge missing-order: other', 'Age: 2 months', ...S1, 'Order: spinal US'),
  ],
  [
    'trauma-mechanism-unclear',
    note('Age: 12 years', 'Presentation: back pain after an injury at practice', 'Red flags: none', 'Order: XR L-spine'),
    note('Age: 12 years', 'Presentation: back pain after a bump on the couch, playing normally since', 'Red flags: none', 'Order: XR L-spine'),
  ],
  [
    'indented-key',
    note('Age: 2 months', ...S1.slice(0, 1), '  Neuro: intact', 'Order: spinal US'),
    note('Age: 2 months', ...S1.slice(0, 1), '  and a small hemangioma', 'Neuro: intact', 'Order: spinal US'),
  ],
  [
    'free-text-note',
    note('3 mo M w/ deep sacral dimple + hair tuft, neuro intact. Plan: XR L-spine'),
    note('Age: 3 months', 'History: deep sacral dimple + hair tuft, neuro intact', 'Plan: XR L-spine'),
  ],
  [
    'value-too-long',
    note('Age: 2 months', ...S1, `Presentation: ${'x '.repeat(MAX_VALUE_CHARS)}`, 'Order: spinal US'),
    note('Age: 2 months', ...S1, 'Presentation: routine', 'Order: spinal US'),
  ],
];

describe('rules', () => {
  it('every rule has a case here (document-too-large is tested with its limit below)', () => {
    assert.deepEqual(
      RULES.map((r) => r.id).filter((id) => id !== 'document-too-large' && !CASES.some((c) => c[0] === id)),
      [],
    );
  });
  it('rule ids are stable kebab-case and unique', () => {
    const seen = new Set<string>();
    for (const r of RULES) {
      assert.match(r.id, /^[a-z]+(?:-[a-z0-9]+)*$/);
      assert.ok(!seen.has(r.id), r.id);
      seen.add(r.id);
    }
  });
  for (const [id, fires, quiet] of CASES) {
    describe(id, () => {
      it('fires', () => assert.ok(ids(fires).includes(id), `got ${ids(fires).join(', ')}`));
      it('stays quiet on the close negative', () => assert.ok(!ids(quiet).includes(id), `got ${ids(quiet).join(', ')}`));
      it('its preferred fix (if any) clears it without touching other text', () => {
        const finding = lint(fires).findings.find((f) => f.ruleId === id)!;
        const fix = finding.fixes.find((f) => f.preferred);
        // A suggestion (free-text-note's rewrite) is never preferred: --fix must not write the engine's reading into a note.
        if (!fix) return assert.equal(finding.fixes.filter((f) => f.kind !== 'suggestion').length, 0, 'fixes exist but none is preferred');
        const after = applyEdits(fires, fix.edits);
        assert.ok(!ids(after).includes(id), `still fires after "${fix.title}":\n${after}`);
        const first = Math.min(...fix.edits.map((e) => e.start));
        assert.equal(after.slice(0, first), fires.slice(0, first));
      });
    });
  }
  it('clinical messages name their source briefly (scenario and provenance from the data); the detail cites it in full', () => {
    for (const [id, fires] of CASES) {
      const rule = RULES.find((r) => r.id === id)!;
      if (rule.kind !== 'clinical') continue;
      const f = lint(fires).findings.find((x) => x.ruleId === id)!;
      if (id === 'no-criteria-apply') assert.match(f.message, /No covered ACR criteria/);
      else assert.match(f.message, /\[(S1|V1|V2|Trauma \(thoracolumbar\)), (reported|acr-portal|acr-historical)(\/[a-z-]+)*\]$/, `${id}: ${f.message}`);
      assert.match(f.detail ?? '', /\*\*Source:\*\*/, `${id}: no citation in the detail`);
      // A reported rating is never cited without saying it is not confirmed on the ACR portal.
      if (f.message.includes('reported')) assert.match(f.detail!, /not yet confirmed on the ACR portal/, id);
    }
  });
  it('the inappropriate-study fixes are US first for an infant, MRI first for an older child', () => {
    const infant = lint(CASES[0][1]).findings[0].fixes.map((f) => f.title);
    assert.deepEqual(infant, ['Change order to US spine area of interest', 'Change order to MRI spine area of interest without IV contrast']);
    const older = lint(note('Age: 2 years', ...S1, 'Order: CT lumbar spine')).findings[0];
    assert.deepEqual(
      older.fixes.map((f) => f.title),
      ['Change order to MRI spine area of interest without IV contrast'],
    );
    assert.match(older.message, /radiation/);
    assert.match(older.detail!, /ionizing radiation \(pediatric radiation level varies/);
  });
  it('a rating not on file is never guessed: S1 radiography of the complete spine says "no rating on file"', () => {
    const f = lint(note('Age: 2 years', ...S1, 'Order: scoliosis series')).findings.find((x) => x.ruleId === 'inappropriate-initial-study')!;
    assert.match(f.message, /no rating on file/);
  });
  it('a change of study, contrast or referral (or an ACR-name rewrite) is a suggestion; only meaning-keeping fixes are kind "fix"', () => {
    const docs = [
      ...CASES.map((c) => c[1]),
      note('Age: 2 years', ...S1, 'Order: MRI lumbar spine', 'Contrast: with', 'Referral: urology', 'Symptoms: new incontinence'),
      note('Age: 2 months', ...S1, 'Order: spine ultrasond'),
      note('Age: 10 years', 'Presentation: back pain', 'Red flags: night pain', 'Order: CT lumbar spine with contrast'),
    ];
    const kinds = new Map<string, Set<string>>();
    for (const text of docs) {
      const a = lint(text);
      const fields = a.notes.flatMap((n) => n.parsed.fields.map((f) => ({ name: f.key?.name, start: n.start + f.lineSpan.start, end: n.start + f.lineSpan.end })));
      for (const f of a.findings) {
        for (const fix of f.fixes) {
          const clinical = fix.edits.some(
            (e) =>
              /^(?:\r?\n)?(?:Order|Contrast|Referral):/.test(e.newText) ||
              fields.some((x) => ['Order', 'Contrast', 'Referral'].includes(x.name ?? '') && e.start < x.end && e.end >= x.start),
          );
          if (clinical) assert.equal(fix.kind, 'suggestion', `${f.ruleId}: "${fix.title}" changes an order, contrast or referral`);
          const set = kinds.get(f.ruleId) ?? new Set();
          set.add(fix.kind);
          kinds.set(f.ruleId, set);
        }
      }
    }
    // A misspelt key and an indented key line: both keep the note's meaning exactly.
    assert.deepEqual(
      [...kinds]
        .filter(([, k]) => k.has('fix'))
        .map(([id]) => id)
        .sort(),
      ['indented-key', 'unknown-key'],
    );
    // What the rule pages say (Rule.fixKinds) is what the rules do.
    for (const r of RULES) {
      const seen = kinds.get(r.id) ?? new Set();
      for (const kind of seen) assert.ok((r.fixKinds as readonly string[] | undefined)?.includes(kind), `${r.id} makes a "${kind}" its metadata does not declare`);
      assert.equal((r.fixKinds ?? []).length > 0, seen.size > 0, `${r.id}: fixKinds ${JSON.stringify(r.fixKinds)} but saw ${[...seen]}`);
    }
    const order = lint(note('Age: 2 months', ...S1, 'Order: x-ray L-spine')).findings[0].fixes[0];
    assert.deepEqual([order.kind, order.procedureId], ['suggestion', 'us-area']);
  });
  it('a misspelt key with two equally close spellings is a choice: a suggestion, not a fix', () => {
    // "Dox" is as close to "DOB" as to "Dx": no spelling is safe to pick.
    const tie = lint(note('Age: 2 months', ...S1, 'Dox: 2026-09-01', 'Order: spinal US')).findings.find((f) => f.ruleId === 'unknown-key')!;
    const clear = lint(note('Age: 2 months', ...S1, 'Ordr: spinal US')).findings.find((f) => f.ruleId === 'unknown-key')!;
    assert.equal(clear.fixes[0].kind, 'fix');
    assert.ok(tie.fixes.length > 1 && tie.fixes.every((x) => x.kind === 'suggestion'), JSON.stringify(tie.fixes.map((x) => [x.title, x.kind])));
    // "Ox" (an oximetry line) is one edit from "Dx" and "Hx", but two letters are most of the key: no guess. ("Sx" was this
    // example until triage notes made it the symptoms key.)
    const short = lint(note('Age: 2 months', ...S1, 'Ox: 98% RA', 'Order: spinal US')).findings.find((f) => f.ruleId === 'unknown-key')!;
    assert.deepEqual(short.fixes, []);
  });
  it('a radiograph after significant trauma is not flagged', () => {
    assert.deepEqual(ids(note('Age: 9 years', 'Presentation: fell off a trampoline', 'Findings: hair tuft', 'Order: XR lumbar spine')), []);
  });
  it('severity overrides change the severity, and "off" silences the rule', () => {
    const t = CASES[0][1];
    assert.equal(lint(t, { rules: { 'inappropriate-initial-study': 'error' } }).findings[0].severity, 'error');
    assert.deepEqual(ids(t, { rules: { 'inappropriate-initial-study': 'off' } }), []);
  });
  it('acknowledged findings are hidden and counted with their reason', () => {
    const a = lint('# acknowledge inappropriate-initial-study: patient-factors\n' + CASES[0][1]);
    assert.deepEqual(a.findings, []);
    assert.deepEqual(
      a.acknowledged.map((x) => [x.finding.ruleId, x.reason]),
      [['inappropriate-initial-study', 'patient-factors']],
    );
  });
  it('applying all preferred fixes twice equals applying them once', () => {
    const text = CASES.map((c) => c[1]).join('---\n');
    const fix = (t: string) => fixUntilStable(t, (x) => lint(x).findings).text;
    const once = fix(text);
    assert.notEqual(once, text);
    assert.equal(fix(once), once);
  });
  it('a document over the size limit is reported, not silently skipped', () => {
    const a = lint('a'.repeat(MAX_DOCUMENT_CHARS + 1));
    assert.deepEqual(
      a.findings.map((f) => [f.ruleId, f.severity]),
      [['document-too-large', 'error']],
    );
    assert.match(a.findings[0].message, /not analyzed/);
  });
});
