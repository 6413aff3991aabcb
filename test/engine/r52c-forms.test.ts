/**
 * Round 52 (fix52c): forms, tick boxes and questionnaires. A row of items answered Y/N without colons, an order field with
 * its form instruction ("Modality (tick one):"), an order field with every box left unticked, a list filled in as "none
 * circled", an Order line that weighs its study and declines it, and a questionnaire's blank filled in with a number. Each
 * reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { formView, noBoxTicked, readForm } from '../../server/src/clinical/form';
import { isOrderKeyed } from '../../server/src/notes/headings';
import { orderOf, orderOrStatusOf, readNote } from '../helpers';

/** How a finding id is read in the note: 'present', 'absent' (negated), 'unasserted' (read, neither) or 'unread'. */
function stateOf(id: string, ...lines: string[]): string {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  if (!hits.length) return 'unread';
  if (hits.some((h) => h.present)) return 'present';
  return hits.some((h) => h.negated) ? 'absent' : 'unasserted';
}

const backPain = (line: string, id: string) => stateOf(id, 'Age: 9 y', 'Complaint: low back pain 2 wks', line, 'Neuro: normal', 'Order: MRI lumbar spine');

describe('a row of items answered Y/N without colons (r52 fix52c)', () => {
  it('reads each answer as its own item’s, across column gaps', () => {
    assert.equal(backPain('Fever (N)   Night sweats (N)   Weight loss (N)', 'fever'), 'absent');
    assert.equal(backPain('ROS:  fever N   chills N   night sweats N   wt loss N', 'fever'), 'absent');
    assert.equal(backPain('Fever N   Night pain Y   Weight loss N', 'fever'), 'absent');
    assert.equal(backPain('Fever N   Night pain Y   Weight loss N', 'night-pain'), 'present');
    assert.equal(backPain('Lumbosacral skin:  dimple N   hair N   haemangioma N   lipoma N   tag N', 'hair-tuft'), 'absent');
    assert.equal(backPain('Lumbosacral skin:  dimple N   hair N   haemangioma N   lipoma N   tag N', 'sacral-dimple'), 'absent');
    assert.equal(backPain('Back:  dimple (y)   hair (n)   lipoma (n)', 'sacral-dimple'), 'present');
  });

  it('leaves a gap with no answer on one side, a lone letter in prose and an answer after a number as main reads them (near misses)', () => {
    // No answer before the gap: the item is not answered, nothing parts it.
    assert.equal(backPain('Night pain Y   Fever for 3 days', 'fever'), 'present');
    assert.equal(backPain('Night pain Y   fever since Monday, 39.2', 'fever'), 'present');
    // A lone letter in prose is no answer.
    assert.equal(backPain('Seen by Dr N   fever since Tuesday', 'fever'), 'present');
    assert.equal(backPain('Discussed with Dr Y   febrile overnight 38.9', 'fever'), 'present');
    // Two answers with no gap between them stay one reading of the line, as before.
    assert.equal(backPain('Fever N, night pain Y', 'night-pain'), 'present');
    // A ticked item answered yes stays present beside denied ones.
    assert.equal(backPain('Fever Y   Night pain N   Weight loss N', 'fever'), 'present');
    assert.equal(backPain('Skin:  dimple N   hair Y   lipoma N', 'hair-tuft'), 'present');
    // "(N)" after a number is no item of letters: the gap is not parted by it.
    assert.equal(backPain('Temp 38.9 (N)   Night pain Y', 'night-pain'), 'present');
  });
});

describe('an order field with its form instruction, "Modality (tick one):" (r52 fix52c)', () => {
  it('is an order key', () => {
    for (const k of ['Modality (tick one)', 'Modality (select one)', 'Imaging (check one)', 'Modality (tick one only)', 'Modality (please tick one)'])
      assert.equal(isOrderKeyed(k), true, k);
  });
  it('reads the ticked modality with its body part as the order', () => {
    assert.equal(orderOf('Age: 11 months', 'Modality (tick one):   ☐ XR   ☑ US   ☐ MRI   ☐ CT', 'Body part: lumbosacral spine', 'Skin: skin tag at L5'), 'us-area');
    assert.equal(orderOf('Age: 6 years', 'Modality (tick one): [ ] XR [x] MRI [ ] US', 'Body part: lumbar spine', 'Skin: hair tuft at L5'), 'mri-area-without');
  });
  it('is no order key with a bracket that changes what it is, nor with no box ticked (near misses)', () => {
    for (const k of ['Modality (tick all that apply)', 'Prior modality (tick one)', 'Modality (if needed)', 'Modality (circle)', 'Mother (tick one)'])
      assert.equal(isOrderKeyed(k), false, k);
    assert.equal(orderOf('Age: 11 months', 'Modality (tick one):   ☐ XR   ☐ US   ☐ MRI   ☐ CT', 'Body part: lumbosacral spine', 'Skin: skin tag at L5'), 'none');
    assert.equal(orderOf('Age: 11 months', 'Prior imaging modality (tick one):   ☐ XR   ☑ US   ☐ MRI', 'Skin: skin tag at L5', 'Plan: MRI L-spine'), 'mri-area-without');
  });
  it('reads a bare tick between options, or options with no box, as no order, as main did (near misses, reviewed r52)', () => {
    for (const v of ['XR US \u2713 MRI', 'XR \u2713 US MRI', 'XR US MRI'])
      assert.equal(orderOf('Age: 6 years', 'Skin: hair tuft at L5', `Modality (tick one): ${v}`, 'Body part: lumbar spine'), 'none', v);
    assert.equal(orderOf('Age: 6 years', 'Skin: hair tuft at L5', 'Modality (tick one): XR [ ]  US [x]  MRI [ ]', 'Body part: lumbar spine'), 'us-area');
  });
});

describe('an order field with every box left unticked orders nothing (r52 fix52c)', () => {
  const base = ['Referral to neurology', 'Age: 4 years', 'Concern: cousin has tethered cord. No back pain. No sacral dimple.', 'Neuro exam: normal'];
  it('finds no box ticked only where two boxes or more stand in the span, none ticked', () => {
    const text = 'Imaging requested:  [ ] US spine   [ ] XR spine   [ ] MRI spine';
    assert.equal(noBoxTicked(text, readForm(text), { start: 19, end: text.length }), true);
    const ticked = 'Imaging requested:  [ ] US spine   [x] XR spine';
    assert.equal(noBoxTicked(ticked, readForm(ticked), { start: 19, end: ticked.length }), false);
    const one = 'Imaging requested:  [ ] US spine';
    assert.equal(noBoxTicked(one, readForm(one), { start: 19, end: one.length }), false);
  });
  it('has no order, and tells it (missing-order)', () => {
    const r = readNote(...base, 'Imaging requested:  [ ] US spine   [ ] XR spine   [ ] MRI spine   (none - neurology to decide)');
    assert.equal(r.facts.order, undefined);
    assert.ok(r.rules.includes('missing-order'));
    assert.ok(readNote(...base, 'Imaging:  ☐ US spine   ☐ MRI spine').rules.includes('missing-order'));
  });
  it('reads a ticked box, and a study ordered elsewhere, as before (near misses)', () => {
    assert.equal(orderOf(...base, 'Imaging requested:  [ ] US spine   [x] XR spine   [ ] MRI spine'), 'xr-area');
    assert.equal(orderOf(...base, 'Imaging:  ☐ US spine   ☐ MRI spine', 'Plan: MRI L-spine w/o'), 'mri-area-without');
    assert.equal(orderOf(...base, 'Imaging requested:  [ ] US spine   ☒ MRI spine'), 'mri-area-without');
    assert.ok(!readNote(...base, 'Imaging requested:  [ ] US spine   [x] XR spine').rules.includes('missing-order'));
  });
  it('keeps a field whose boxes are not studies, or that names a study outside its boxes (near misses, reviewed r52)', () => {
    // A study written beside the boxes, after them or on the next indented line is the order; boxes for priority, sedation,
    // contrast, views, setting, Y/N, pregnancy or prior imaging offer no study.
    for (const [note, order, missing] of [
      ['Age: 11 months\nSkin: hair tuft at L5\nNeuro: normal\nImaging requested:  [ ] US spine   [ ] XR spine   [ ] MRI spine   Other: MRI L-spine w/o', '(unrecognized)', false],
      ['Age: 11 months\nSkin: hair tuft at L5\nNeuro: normal\nImaging requested:  [ ] US spine   [ ] MRI spine - MRI L-spine w/o please', '(unrecognized)', false],
      ['Age: 11 months\nSkin: hair tuft at L5\nNeuro: normal\nImaging requested: [ ] US spine [ ] MRI spine\n  MRI L-spine w/o (no GA)', 'mri-area-without', false],
      ['Age: 11 months\nSkin: hair tuft at L5\nNeuro: normal\nOrder:  [ ] Urgent   [ ] Routine   MRI L-spine w/o', '(unrecognized)', false],
      ['Age: 11 months\nSkin: hair tuft at L5\nNeuro: normal\nOrder: MRI L-spine w/o   Sedation: [ ] GA [ ] feed & wrap', 'mri-area-without', false],
      ['Age: 11 months\nSkin: hair tuft at L5\nNeuro: normal\nImaging: MRI L-spine w/o  [ ] urgent  [ ] routine', 'mri-area-without', false],
      ['Age: 11 months\nSkin: hair tuft at L5\nNeuro: normal\nImaging: US spine   Contrast: [ ] yes [ ] no', 'us-area', false],
      ['Age: 11 months\nSkin: hair tuft at L5\nNeuro: normal\nImaging requested: MRI L-spine [ ] with contrast [ ] without contrast', 'mri-area-without', false],
      ['Age: 11 months\nSkin: hair tuft at L5\nNeuro: normal\nImaging requested: US spine   [ ] inpatient   [ ] outpatient', 'us-area', false],
      ['Age: 11 months\nSkin: hair tuft at L5\nNeuro: normal\nOrder: MRI L-spine w/o contrast   [ ] sedation   [ ] interpreter', 'mri-area-without', false],
      ['Age: 11 months\nSkin: hair tuft at L5\nNeuro: normal\nImaging requested: [ ] US spine [ ] XR spine [ ] MRI spine  -> MRI L-spine w/o written in', '(unrecognized)', false],
      ['Age: 11 months\nSkin: hair tuft at L5\nNeuro: normal\nOrder: US spine - previous imaging: [ ] XR [ ] MRI', 'us-area', false],
      ['Age: 11 months\nSkin: hair tuft at L5\nNeuro: normal\nImaging: MRI lumbar spine without contrast  Urgent? [ ] Y [ ] N', 'mri-area-without', false],
      ['Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nImaging requested: XR L-spine   Pregnancy check: [ ] N/A [ ] neg', 'xr-area', false],
      ['Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nOrder: XR L-spine  [ ] AP  [ ] lateral', 'xr-area', false],
    ] as const) {
      const lines = note.split('\n');
      assert.equal(orderOrStatusOf(...lines), order, note);
      assert.equal(readNote(...lines).rules.includes('missing-order'), missing, note);
    }
    // Boxes after their studies, none ticked, still offer only studies.
    assert.ok(readNote(...base, 'Imaging:  US spine [ ]   MRI spine [ ]').rules.includes('missing-order'));
  });
});

describe('a list filled in as none marked, "fever / night pain -> none circled" (r52 fix52c)', () => {
  const back = (line: string, id: string) => stateOf(id, 'Age: 11 yrs', 'Back pain: 5 days, mid-thoracic', line, 'Neuro exam: normal', 'Imaging: not indicated');
  it('reads every option as absent', () => {
    assert.equal(back('Red flags (circle): fever / night pain / wt loss  -> none circled', 'fever'), 'absent');
    assert.equal(back('Red flags (circle): fever / night pain / wt loss  -> none circled', 'night-pain'), 'absent');
    assert.equal(back('Red flags: fever, night pain, weight loss - none ticked', 'night-pain'), 'absent');
    assert.equal(
      readNote('Age: 11 yrs', 'Back pain: 5 days, mid-thoracic, comes and goes', 'Red flags (circle): fever / night pain / wt loss  -> none circled', 'Neuro exam: normal')
        .scenario,
      'back-pain-no-red-flags',
    );
  });
  it('leaves a list with one marked, one with more said after, and a list with no statement as written (near misses)', () => {
    assert.equal(back('Red flags (circle): fever / night pain / wt loss  -> night pain circled', 'night-pain'), 'present');
    assert.equal(back('Red flags (circle): fever / night pain / wt loss -> none circled but mum reports night pain', 'night-pain'), 'present');
    assert.equal(back('Red flags (circle): fever / night pain / wt loss', 'fever'), 'present');
    assert.equal(back('Red flags (circle): fever / night pain / wt loss  -> none circled', 'fever'), 'absent');
    assert.equal(stateOf('night-pain', 'Age: 11 yrs', 'Back pain: 5 days', 'Red flags (circle): fever / night pain -> none circled', 'HPI: wakes at night with pain'), 'present');
  });
});

describe('an Order line that weighs its study and declines it (r52 fix52c)', () => {
  const base = ['Age: 8 y', 'HPI: bumped back 5 days ago; mild LBP since', 'Red flags: none', 'Neuro: nl'];
  it('orders nothing, and tells it (missing-order)', () => {
    for (const line of [
      'Imaging: XR considered - not indicated; reassured',
      'Imaging: XR L-spine not needed',
      'Imaging: XR L-spine considered, not warranted',
      'Imaging: XR not indicated at present (no red flags)',
    ]) {
      const r = readNote(...base, line);
      assert.equal(r.facts.order, undefined, line);
      assert.ok(r.rules.includes('missing-order'), line);
    }
  });
  it('reads a denial of something else, another study after, a study ordered after all, and a later condition as before (near misses)', () => {
    assert.equal(orderOf(...base, 'Imaging: MRI L-spine, sedation not needed'), 'mri-area-without');
    assert.equal(orderOf(...base, 'Imaging: MRI L-spine - contrast not required'), 'mri-area-without');
    assert.equal(orderOf(...base, 'Imaging: XR not indicated; MRI L-spine w/o'), 'mri-area-without');
    assert.equal(orderOf(...base, 'Imaging: XR not indicated per ACR but parents insist - ordered'), 'xr-area');
    assert.equal(orderOf(...base, 'Imaging: XR previously considered not indicated by ortho'), 'xr-area');
    assert.equal(orderOf(...base, 'Imaging: XR L-spine considered - will do if not better'), 'xr-area');
    assert.equal(orderOf(...base, 'Imaging: XR L-spine AP/lat'), 'xr-area');
    // Only the study's timing or manner declined: the study stays ordered.
    assert.equal(orderOf(...base, 'Imaging: MRI L-spine not needed urgently - routine'), 'mri-area-without');
    assert.equal(orderOf(...base, 'Imaging: MRI L-spine not required under GA'), 'mri-area-without');
    assert.equal(orderOf(...base, 'Imaging: MRI L-spine not needed today, book as outpatient'), 'mri-area-without');
  });
  it('keeps the study when the denial goes on to its timing, sedation, GA, contrast, extent or pathway (near misses, reviewed r52)', () => {
    for (const [note, order, missing] of [
      [
        'Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nImaging: MRI L-spine not needed by Monday - routine list fine',
        'mri-area-without',
        false,
      ],
      [
        'Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nImaging: MRI L-spine – not indicated by urgent pathway; routine referral made',
        'mri-area-without',
        false,
      ],
      [
        'Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nImaging: MRI L-spine - not required per radiology to have GA, feed and wrap',
        'mri-area-without',
        false,
      ],
      [
        'Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nImaging: MRI L-spine – not indicated currently for sedation; feed and wrap',
        'mri-area-without',
        false,
      ],
      ['Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nImaging: MRI L-spine not required at present with contrast', 'mri-area-with', false],
      ['Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nImaging: XR L-spine not needed per protocol to include pelvis', 'xr-area', false],
      [
        'Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nImaging: MRI L-spine not needed clinically under GA - feed and wrap',
        'mri-area-without',
        false,
      ],
      ['Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nImaging: MRI L-spine not needed by GA, feed and wrap', 'mri-area-without', false],
      [
        'Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nImaging: MRI L-spine, not needed per radiologist: sedation',
        'mri-area-without',
        false,
      ],
      [
        'Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nImaging: MRI L-spine not needed, GA - feed and wrap instead',
        'mri-area-without',
        false,
      ],
      ['Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nImaging: MRI L-spine, not needed - as inpatient, OP fine', 'mri-area-without', false],
      ['Age: 10 y\nHPI: low back pain 2 wks, no trauma\nFever N, night pain N\nNeuro: normal\nImaging: MRI L-spine w/o - not required, GA', 'mri-area-without', false],
    ] as const) {
      const lines = note.split('\n');
      assert.equal(orderOrStatusOf(...lines), order, note);
      assert.equal(readNote(...lines).rules.includes('missing-order'), missing, note);
    }
    // When or on whose word, the clause then ended: declined.
    for (const line of [
      'Imaging: MRI L-spine not indicated at present - review 6 wks',
      'Imaging: XR L-spine - not indicated at this time - safety-netted',
      'Imaging: XR L-spine not needed per ortho.',
    ])
      assert.equal(orderOf(...base, line), 'none', line);
  });
});

describe('a questionnaire’s blank filled in with a number, "size _2_ mm" (r52 fix52c)', () => {
  it('reads the number without its underscores', () => {
    assert.equal(formView('Dimple: size _2_ mm | distance from anus __1.5__ cm'), 'Dimple: size  2  mm | distance from anus   1.5   cm');
    const r = readNote(
      'Q: Reason for exam?  A: Sacral dimple',
      'Q: Dimple: size _2_ mm | within gluteal cleft (Y) | distance from anus _1.5_ cm | base seen (Y)',
      'Q: Other skin markers?  N',
      'Q: Neuro exam?  Normal',
      'Q: Prior US?  Yes - 5 wk ago, normal, conus L1',
      'Age: 7 mo',
      'Study: MRI lumbar spine w/o contrast',
    );
    assert.ok(r.rules.includes('simple-dimple'));
  });
  it('leaves a blank left unfilled, an underscore inside a name and a number in emphasis with letters alone (near misses)', () => {
    for (const t of ['Dimple: size ___ mm', 'Sequence: T2_3_FLAIR', 'file_2_final.pdf', 'size _2mm_', 'ID: A_12_B', 'Dimple: size 2 mm']) assert.equal(formView(t), t, t);
  });
});
