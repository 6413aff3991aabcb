/**
 * Round 51 (fix51e): text pasted from a PDF or Word (clinical/pasted.ts) — no-break spaces, a numbered page's line numbers
 * and a phrase cut by the width's line break — with the near-misses that must stay as written: lists, letters, key-per-line
 * notes, lines ending in a stop, a line opening a new statement.
 */
import * as assert from 'node:assert/strict';
import { pastedReading } from '../../server/src/clinical/pasted';
import { ageOf, orderOf, presentIn, readNote } from '../helpers';

const view = (...lines: string[]) => pastedReading(lines.join('\n')).view;
const same = (...lines: string[]) => assert.equal(view(...lines), lines.join('\n'), lines.join(' / '));

describe('pasted text: no-break spaces', () => {
  it('reads a no-break, figure or narrow no-break space as a space, offsets kept', () => {
    assert.equal(pastedReading('Patient: 5\u00a0mo\u00a0M').view, 'Patient: 5 mo M');
    assert.equal(pastedReading('dimple 3\u202fmm, 1\u2007cm above anus').view, 'dimple 3 mm, 1 cm above anus');
    assert.equal(ageOf('Referral', '\u2022\tPatient: 5\u00a0mo\u00a0M', '\u2022\tSkin: hair tuft', '\u2022\tRequested: US lumbar spine'), 5);
  });
});

describe('pasted text: a numbered page', () => {
  it('moves every line number out of the way when every line counts 1, 2, 3 … with a tab or two spaces', () => {
    const written = ['1  8 mo girl seen today.', '2  dimple 3 mm, base seen.', '3  Plan: US lumbar spine'].join('\n');
    const read = pastedReading(written).view;
    assert.equal(read.length, written.length);
    assert.equal(read, ['   8 mo girl seen today.   ', 'dimple 3 mm, base seen.   ', 'Plan: US lumbar spine'].join('\n'));
    // A phrase cut at the break stays cut, as on a page without numbers (the place-word join was taken out after review r51).
    assert.equal(pastedReading('1  seen for a sacral\n2  dimple 3 mm\n3  Plan: US').view, '   seen for a sacral   \ndimple 3 mm   \nPlan: US');
    assert.equal(pastedReading('1\tHPI: 4 mo boy, tuft\n2\tNeuro: normal\n\n3\tPlan: US spine').view.split('\n').slice(1).join('|'), 'Neuro: normal  ||Plan: US spine');
    assert.equal(orderOf('1  4 mo boy with a hair tuft.', '2  Neuro normal.', '3  Plan: US lumbar spine'), 'us-area');
  });

  it('leaves numbers that are no page numbering', () => {
    // A numbered list, a gap in the count, a line without a number, ages and counts opening lines, two lines only.
    same('1. US spine', '2. MRI spine', '3. Refer');
    same('1  US spine', '3  MRI spine', '4  Refer');
    same('1  4 mo boy', 'tuft over sacrum', '3  Plan: US spine');
    same('3 mo F with dimple', '4 wks of constipation', '5 days of fever');
    same('1  4 mo boy', '2  Plan: US spine');
    same('2  4 mo boy', '3  tuft', '4  Plan: US spine');
    same('1 month old boy', '2 weeks of fever', '3 days of rash');
  });
});

describe('pasted text: a phrase cut by a line break', () => {
  it('reads across a break inside a phrase', () => {
    assert.equal(view('Exam requested: MRI lumbar spine with and', 'without contrast.'), 'Exam requested: MRI lumbar spine with and without contrast.');
    assert.equal(orderOf('15 yo M, 3 wk mechanical LBP, no red flags.', 'Exam requested: MRI lumbar spine with and', 'without contrast.'), 'mri-area-without-and-with');
    assert.ok(presentIn('deviated-cleft', '3 mo F w/ deviated (Y-shaped) gluteal cleft.', 'Plan: MRI lumbar spine w/o contrast'));
  });

  it('keeps lines that open a statement of their own', () => {
    // A stop, a colon or a bracket ends the line; a capital, a bullet, a number or a key opens the next; a blank line between.
    same('Neuro exam normal.', 'no bladder issues');
    same('No MRI', 'US spine today');
    same('Plan: MRI lumbar spine with', '', 'without contrast');
    same('Plan: MRI lumbar spine with', 'Without contrast');
    same('Plan: MRI lumbar spine and', '- US hips');
    same('Plan: MRI lumbar spine and', '2. review');
    same('Skin: tuft over the', 'neuro: normal');
    same('Dear Dr Smith, thank you for seeing this 4 mo boy with a', 'Hair tuft and a dimple.');
    same('Dimple: lumbar', 'no weakness, no bladder issues');
    same('Site: sacral', 'dimple: yes');
    same('Pain: lumbar', 'radiating to the left leg');
    same('Conus at L5', 'mm below');
    same('Filum 1.5', 'mm thick');
    same('Age 6', 'no fever');
    same('Spinal US at 6', 'weeks of age was normal');
    same('Sibling aged 6', 'months ago had surgery');
    same('Pain lumbar', 'tenderness none');
    same('Findings:', 'sacral dimple');
  });

  it('reads "with and" / "with or" across a break only before "without" or "w/o"', () => {
    assert.equal(view('Plan: MRI L-spine w/ or', 'w/o contrast'), 'Plan: MRI L-spine w/ or w/o contrast');
    assert.equal(view('MRI lumbar spine with or', 'without contrast'), 'MRI lumbar spine with or without contrast');
    same('MRI with and', 'XR of the spine');
    same('Plan: MRI lumbar spine with', 'without contrast');
    same('MRI lumbar spine with and,', 'without contrast');
  });

  it('leaves a line ending on a place word before its noun cut (taken out after review r51)', () => {
    // Review r51 of fix51e: the first line's denial or withheld study reached the next line's marker or order.
    same('no bruising lumbar', 'tuft of dark hair at l5');
    same('no discharge sacral', 'dimple 6 mm deep, 3 cm from anus');
    same('no xr lumbar', 'spine us requested');
    same('ct not indicated lumbar', 'spine xr ordered');
    same('3 mo F w/ deviated (Y-shaped) gluteal', 'cleft. Plan: MRI');
    assert.ok(presentIn('hair-tuft', '2 mo M', 'No bruising lumbar', 'tuft of hair at L5', 'US spine'));
    assert.equal(orderOf('2 mo m, tuft of hair at l5', 'xr not needed lumbar', 'spine us ordered'), 'us-area');
  });

  it('leaves a line ending on any other function word cut (taken out after review r51)', () => {
    same('No tuft, no hemangioma, and', 'hypertrichosis over L4 region');
    same('no tuft, no dimple, and', 'haemangioma over L5');
    same('I saw her for a sacral dimple, 1 cm from the anus and', 'her legs move well, there is a deep crease on the thigh.');
    same('Thank you for seeing this boy. I examined the spine with', 'no tenderness and a full range of movement.');
    same('dimple 3 mm, 1.5 cm from', 'the anus');
    same('seen for a', 'dimple 3 mm');
  });

  it('keeps the readings main gave those lines', () => {
    const r = readNote(
      'Pt: 3 mo F',
      'Skin: sacral dimple 3 mm in cleft 1 cm from anus. No tuft, no hemangioma, and',
      'hypertrichosis over L4 region',
      'Neuro: nl',
      'Order: US spine',
    );
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present));
    assert.ok(!r.rules.includes('simple-dimple'));
    const letter = readNote(
      'Dear Dr Patel,',
      'I saw Freya (9 wk) for a sacral dimple, 3 mm, in the natal cleft, 1 cm from the anus and',
      'her legs move well, there is a deep crease on the thigh.',
      'I have requested an ultrasound of the spine.',
    );
    assert.ok(letter.rules.includes('simple-dimple'));
    assert.ok(presentIn('hemangioma', 'Pt: 4 mo M', 'Skin: no tuft, no dimple, and', 'haemangioma over L5', 'Order: US spine'));
    assert.notEqual(orderOf('Pt: 14 y M, LBP 6 wk', 'Plan: MRI with and', 'XR of the spine'), 'mri-area-without-and-with');
  });

  it('does not carry a negation or an age across a break that opens a new statement', () => {
    const r = readNote('4 mo boy. No MRI', 'hair tuft over the sacrum, dimple 3 mm', 'Plan: US lumbar spine');
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present));
    assert.equal(ageOf('Sibling 6', 'years old has spina bifida. Patient: 3 mo boy'), 3);
  });
});
