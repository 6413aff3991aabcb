/**
 * Review r56 of fix56c (clinical/markdown.ts, clinical/dimple-checklist.ts): the reviewer's harms, each a near-miss read as
 * main reads it. A heading is read as text only when it tells an age (a label over its answer, "### Fever" / "- denies",
 * stays a comment); a one-mark line only when it opens on an age; a bold key unknown to the note language keeps its marks;
 * a dimple checklist is not read below a line naming another child nor under a header row telling absence.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

/** Rules about the note's form, not its clinical reading. */
const FORM = new Set(['malformed-line', 'free-text-note', 'unknown-key']);

function readsAs(text: string, scenario: string, rules: string[]): void {
  const r = readNote(text.replace(/\n$/, ''));
  assert.equal(r.scenario, scenario, text);
  assert.deepEqual(r.rules.filter((id) => !FORM.has(id)).sort(), [...rules].sort(), text);
}

describe('review r56: A. a heading that is only a label asserts nothing (its answer under it read as main reads it)', () => {
  it('probe 001', () =>
    readsAs('**Pt:** 12 yo M\n### Dimple\nnone\n**HPI:** LBP x 1 wk, no trauma, no fever\n**Neuro:** normal\n**Order:** XR L-spine\n', 'back-pain-no-red-flags', [
      'not-appropriate-for-scenario',
    ]));
  it('probe 002', () =>
    readsAs('**Pt:** 12 yo M\n### Sacral dimple\n- not present\n**HPI:** LBP x 1 wk, no trauma, no fever\n**Neuro:** normal\n**Order:** XR L-spine\n', 'back-pain-no-red-flags', [
      'not-appropriate-for-scenario',
    ]));
  it('probe 064', () =>
    readsAs(
      '**Pt:** 12 yo M\n### Dimple\n| present | ❌ |\n|---|---|\n**HPI:** LBP x 1 wk, no trauma, no fever\n**Neuro:** normal\n**Order:** XR L-spine\n',
      'back-pain-no-red-flags',
      ['not-appropriate-for-scenario'],
    ));
  it('probe 065', () =>
    readsAs(
      '**Pt:** 12 yo M\n### Sacral dimple\n| seen | no |\n|---|---|\n**HPI:** LBP x 1 wk, no trauma, no fever\n**Neuro:** normal\n**Order:** XR L-spine\n',
      'back-pain-no-red-flags',
      ['not-appropriate-for-scenario'],
    ));
  it('probe 004', () =>
    readsAs(
      '**Pt:** 12 yo M\n### Hair tuft / dimple / lipoma\n- none\n**HPI:** LBP x 1 wk, no trauma, no fever\n**Neuro:** normal\n**Order:** XR L-spine\n',
      'back-pain-no-red-flags',
      ['not-appropriate-for-scenario'],
    ));
  it('probe 087', () =>
    readsAs('**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n### Hair tuft\n- none\n**Neuro:** normal\n**Order:** XR L-spine\n', 'back-pain-no-red-flags', [
      'not-appropriate-for-scenario',
    ]));
  it('probe 005', () =>
    readsAs(
      '**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma\n### Fever\n- denies\n### Night pain\n- denies\n**Neuro:** normal\n**Order:** XR L-spine\n',
      'back-pain-no-red-flags',
      ['not-appropriate-for-scenario'],
    ));
  it('probe 083', () =>
    readsAs('**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n### Fever\nNo\n**Neuro:** normal\n**Order:** XR L-spine\n', 'back-pain-no-red-flags', [
      'not-appropriate-for-scenario',
    ]));
  it('probe 086', () =>
    readsAs(
      '**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n## Assessment\nMechanical? unlikely, no sports\n## Fever\nafebrile\n**Neuro:** normal\n**Order:** XR L-spine\n',
      'back-pain-no-red-flags',
      ['not-appropriate-for-scenario'],
    ));
  it('probe 076', () =>
    readsAs('**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n### Weight loss\nNone\n**Neuro:** normal\n**Order:** XR L-spine\n', 'back-pain-no-red-flags', [
      'not-appropriate-for-scenario',
    ]));
  it('probe 077', () =>
    readsAs('**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n### Night sweats\n- no\n**Neuro:** normal\n**Order:** XR L-spine\n', 'back-pain-no-red-flags', [
      'not-appropriate-for-scenario',
    ]));
  it('probe 078', () =>
    readsAs(
      '**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n### Pain at night?\n- no, sleeps through\n**Neuro:** normal\n**Order:** XR L-spine\n',
      'back-pain-no-red-flags',
      ['not-appropriate-for-scenario'],
    ));
  it('probe 085', () =>
    readsAs(
      '**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n### Constant pain\n- no, comes and goes\n**Neuro:** normal\n**Order:** XR L-spine\n',
      'back-pain-no-red-flags',
      ['not-appropriate-for-scenario'],
    ));
  it('probe 011', () =>
    readsAs('**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n### Radicular pain?\nNo\n**Neuro:** normal\n**Order:** XR L-spine\n', 'back-pain-no-red-flags', [
      'not-appropriate-for-scenario',
    ]));
  it('probe 010', () =>
    readsAs(
      '**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n### Red flags (fever, wt loss, night pain, weakness)\n- none\n**Neuro:** normal\n**Order:** XR L-spine\n',
      'back-pain-no-red-flags',
      ['not-appropriate-for-scenario'],
    ));
  it('probe 008', () =>
    readsAs(
      '**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n### Weakness / numbness\n- none\n### Bladder / bowel\n- normal\n**Order:** XR L-spine\n',
      'back-pain-no-red-flags',
      ['not-appropriate-for-scenario'],
    ));
  it('probe 079', () =>
    readsAs('**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n#### Leg weakness\nNone reported\n**Neuro:** normal\n**Order:** XR L-spine\n', 'back-pain-no-red-flags', [
      'not-appropriate-for-scenario',
    ]));
  it('probe 080', () =>
    readsAs('**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n### Incontinence\n- denies\n**Neuro:** normal\n**Order:** XR L-spine\n', 'back-pain-no-red-flags', [
      'not-appropriate-for-scenario',
    ]));
  it('probe 009', () =>
    readsAs('**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n### Cancer history\n- none\n**Neuro:** normal\n**Order:** XR L-spine\n', 'back-pain-no-red-flags', [
      'not-appropriate-for-scenario',
    ]));
  it('probe 082', () =>
    readsAs('**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n### Hx malignancy\nNil\n**Neuro:** normal\n**Order:** XR L-spine\n', 'back-pain-no-red-flags', [
      'not-appropriate-for-scenario',
    ]));
  it('probe 006', () =>
    readsAs('**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no fever\n### Trauma\n- none\n**Neuro:** normal\n**Order:** XR L-spine\n', 'back-pain-no-red-flags', [
      'not-appropriate-for-scenario',
    ]));
  it('probe 007', () =>
    readsAs('**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no fever\n## Injury\nNo\n**Neuro:** normal\n**Order:** XR L-spine\n', 'back-pain-no-red-flags', [
      'not-appropriate-for-scenario',
    ]));
  it('probe 088', () =>
    readsAs(
      '**Pt:** 3 mo M\n**Skin:** sacral dimple 3 mm, within gluteal cleft, 1 cm from anus, base seen\n### Hair tuft\n- none\n**Neuro:** normal\n**Order:** US spine\n',
      's1-cutaneous-marker',
      ['simple-dimple'],
    ));
  it('probe 089', () =>
    readsAs(
      '**Pt:** 3 mo M\n**Skin:** sacral dimple 3 mm, within gluteal cleft, 1 cm from anus, base seen\n### Hemangioma\nnone\n**Neuro:** normal\n**Order:** US spine\n',
      's1-cutaneous-marker',
      ['simple-dimple'],
    ));
  it('probe 090', () =>
    readsAs(
      '**Pt:** 3 mo M\n**Skin:** sacral dimple 3 mm, within gluteal cleft, 1 cm from anus, base seen\n### Weakness\nnone, moves all 4 limbs\n**Order:** US spine\n',
      's1-cutaneous-marker',
      ['simple-dimple'],
    ));
  it('probe 091', () =>
    readsAs(
      '**Pt:** 3 mo M\n**Skin:** sacral dimple 3 mm, within gluteal cleft, 1 cm from anus, base seen\n### Urinary dribbling?\nno\n**Neuro:** normal\n**Order:** US spine\n',
      's1-cutaneous-marker',
      ['simple-dimple'],
    ));
});

describe('review r56: B. a one-mark line not opening on an age stays a comment in a note with bold keys', () => {
  it('probe 097', () =>
    readsAs(
      '**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n**Neuro:** normal\n**Order:** XR L-spine\n# screen for weight loss next visit\n',
      'back-pain-no-red-flags',
      ['not-appropriate-for-scenario'],
    ));
  it('probe 037', () =>
    readsAs(
      '**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n**Neuro:** normal\n**Order:** XR L-spine\n# rule out spondylolysis if persists\n',
      'back-pain-no-red-flags',
      ['not-appropriate-for-scenario'],
    ));
});

describe('review r56: C. an unknown bold key keeps its marks: its line is free text, as on main', () => {
  it('probe 093', () =>
    readsAs(
      '**Pt:** 3 mo M\n**Skin:** sacral dimple 3 mm, within gluteal cleft, 1 cm from anus, base seen\n**Neuro:** normal\n**GU:** new urinary dribbling\n**Order:** US spine\n',
      's1-cutaneous-marker',
      ['escalation-referral'],
    ));
  it('probe 098', () =>
    readsAs(
      '**Pt:** 3 mo M\n**Skin:** sacral dimple 3 mm, within gluteal cleft, 1 cm from anus, base seen\n**Neuro:** normal\n**GU:** new dribbling since 2 wk\n**Order:** US spine\n',
      's1-cutaneous-marker',
      ['escalation-referral'],
    ));
  it('probe 104', () =>
    readsAs(
      '**Pt:** 3 mo M\n**Skin:** sacral dimple 3 mm, within gluteal cleft, 1 cm from anus, base seen\n**Neuro:** normal\n**MSK:** L foot smaller than R, new\n**Order:** US spine\n',
      's1-cutaneous-marker',
      ['escalation-referral'],
    ));
  it('probe 106', () =>
    readsAs(
      '**Pt:** 3 mo M\n**Skin:** sacral dimple 3 mm, within gluteal cleft, 1 cm from anus, base seen\n**Neuro:** normal\n**Neuro sx:** new L leg weakness\n**Order:** US spine\n',
      's1-cutaneous-marker',
      ['escalation-referral'],
    ));
  it('probe 108', () =>
    readsAs('**Pt:** 12 yo M\n**HPI:** LBP x 1 wk, no trauma, no fever\n**Neuro:** normal\n**GU:** new dribbling since 2 wk\n**Order:** XR L-spine\n', 'back-pain-red-flags', []));
});

describe('review r56: D. a dimple checklist below another child or under a header of absence is not read', () => {
  it('probe 059', () =>
    readsAs(
      '**Pt:** 3 mo M\n**Skin:** sacral dimple, not measured\n### Twin A (seen today too)\n**Dimple check:**\n| size < 5 mm | ✅ |\n| within gluteal cleft | ✅ |\n| < 2.5 cm from anus | ✅ |\n**Neuro:** normal\n**Order:** US spine\n',
      's1-cutaneous-marker',
      ['dimple-undescribed'],
    ));
  it('probe 060', () =>
    readsAs(
      '**Pt:** 3 mo M (Twin B)\n**Skin:** sacral dimple, not measured\n**Neuro:** normal\n**Order:** US spine\n\n## Twin A (separate note)\n**Dimple check:**\n| size < 5 mm | ✅ |\n| within gluteal cleft | ✅ |\n| < 2.5 cm from anus | ✅ |\n',
      's1-cutaneous-marker',
      ['dimple-undescribed'],
    ));
  it('probe 056', () =>
    readsAs(
      '**Pt:** 3 mo M\n**Skin:** sacral dimple 3 mm, within gluteal cleft, 1 cm from anus, base seen\n**Dimple check:**\n| concerning feature | absent |\n|---|---|\n| size ≥ 5 mm | ✅ |\n| above gluteal cleft | ✅ |\n| > 2.5 cm from anus | ✅ |\n| deep / base not seen | ✅ |\n**Neuro:** normal\n**Order:** US spine\n',
      's1-cutaneous-marker',
      ['simple-dimple'],
    ));
  it('probe 057', () =>
    readsAs(
      '**Pt:** 3 mo M\n**Skin:** sacral dimple 3 mm, within gluteal cleft, 1 cm from anus, base seen\n**Dimple check:**\n| red flag | ruled out |\n|---|---|\n| deep | ✅ |\n| > 5 mm | ✅ |\n**Neuro:** normal\n**Order:** US spine\n',
      's1-cutaneous-marker',
      ['simple-dimple'],
    ));
});
