/**
 * What a note orders when it also says what it does not: a statement that no imaging is ordered from
 * here outweighs a study only mentioned, recommended or left to someone else, never an order line of
 * the note; an Order value naming no study that says there is none is no order.
 */
import * as assert from 'node:assert/strict';
import { ids, readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('a note that says it orders no imaging', () => {
  const none: string[][] = [
    ['Hx: 9 yo, hairy patch L5, wetting again.', 'Plan: refer to neurosurgery, who will arrange an MRI of the spine there. No imaging ordered from this clinic.'],
    [
      'Hx: 14 yo, LBP 3 mo, connective tissue disorder.',
      'Plan: A lumbar spine MRI would be the best study. Cardiology will add it to the cardiac MRI next month - not ordered by us today.',
    ],
    ['Pt: 8 mo F, lumbosacral hemangioma.', 'Recommendations: MRI lumbar spine with contrast. The dermatology team will book it; we have not ordered any imaging.'],
    ['Hx: 7 yo with trisomy 21. Mother asks about neck x-rays before sport. Screening radiographs are not recommended. No imaging today.'],
    ['Hx: 6 yo, sacral lump. Letter to the GP suggesting an MRI of the lumbar spine; no imaging requested from this clinic.'],
    ['Pt: 2 mo M, simple dimple.', 'Plan: repeat kidney US in 3 months. No spinal imaging needed.'],
  ];
  for (const lines of none) it(JSON.stringify(lines.join(' / ')), () => assert.equal(orderOf(...lines), 'none'));

  it('still orders on an order line of its own', () => {
    assert.equal(orderOf('Pt: 4 mo, deep dimple. No imaging ordered by the PCP.', 'Plan: US lumbar spine today.'), 'us-area');
    assert.equal(orderOf('Hx: 12 yo LBP, night pain. No other imaging needed.', 'Plan: MRI L-spine w/o ordered.'), 'mri-area-without');
    assert.equal(orderOf('Hx: 12 yo LBP, night pain.', 'Order: MRI lumbar spine w/o', 'Plan: no imaging required beyond this.'), 'mri-area-without');
    assert.equal(orderOf('HPI: 15 yo, LBP. XR L-spine ordered today. No imaging needed beyond that.'), 'xr-area');
  });

  it('outweighs a study a parent or another team asks for', () => {
    assert.equal(orderOf('HPI: 15 yo, LBP 4 wk. Mother asks for an MRI of the spine. No imaging needed today.'), 'none');
    assert.equal(orderOf('Pt: 4 mo', 'Findings: deep dimple', 'Plan: neurosurgery wants an MRI L-spine; we have not ordered imaging.'), 'none');
  });

  it('not when the statement is on a condition or of another visit', () => {
    assert.equal(orderOf('Pt: 2 mo, deep dimple 3 cm above the cleft.', 'Plan: I would like an US of the lumbar spine; if normal, no imaging needed after that.'), 'us-area');
    assert.equal(orderOf('Hx: 13 yo, LBP 6 wk, seen at urgent care last week, no imaging ordered there.', 'Plan: I would like an MRI of the lumbar spine.'), 'mri-area-without');
  });
});

describe('an Order value that says there is none', () => {
  it('is no order, and missing-order names the studies', () => {
    for (const value of ['none, parents reassured', 'Not indicated at present', 'nil', 'N/A - no imaging']) {
      const text = `Pt: 3 mo F\nFindings: sacral dimple 2 mm in the cleft\nNeuro: nl\nImaging: ${value}\n`;
      assert.equal(readNote(text.trimEnd()).facts.order, undefined, value);
      assert.ok(ids(text).includes('missing-order'), value);
    }
  });
  it('a later Order line naming a study is the order', () => {
    assert.equal(orderOf('Pt: 12 yo', 'Orders placed: none', 'HPI: back pain 3 wk', 'Order: XR L-spine'), 'xr-area');
  });
  it('an Order naming a study, or one not recognised, is still the order', () => {
    assert.equal(orderOf('Pt: 3 mo F', 'Findings: deep dimple', 'Order: no sedation, US lumbar spine'), 'us-area');
    const typo = readNote('Pt: 3 mo F', 'Findings: deep dimple', 'Order: MIR L-spine', 'Plan: no imaging required before surgery.');
    assert.equal(typo.facts.order?.reading.status, 'unrecognized');
  });
  it('a surgical procedure under the Procedure key is no imaging order in a note that says none is needed', () => {
    const text = 'Pt: 8 mo M\nProcedure: inguinal hernia repair\nBack: simple dimple in the cleft\nAssessment: No imaging required before surgery.\n';
    assert.equal(readNote(text.trimEnd()).facts.order, undefined);
    assert.ok(ids(text).includes('missing-order'));
  });
});

describe('a study of another region', () => {
  it('is not a spine study when its own sentence names the other region', () => {
    assert.equal(orderOf('Pt: 2 mo', 'Findings: simple dimple', 'Plan: renal US at 6 months. Spinal exam normal.'), 'none');
    assert.equal(orderOf('Pt: 2 mo', 'Findings: deep dimple', 'Plan: head US normal; US lumbar spine today'), 'us-area');
  });
  it('a sentence naming the spine beside another region still orders the spine study', () => {
    assert.equal(orderOf('Pt: 2 mo', 'Findings: deep dimple', 'Plan: US of the spine and hips'), 'us-area');
    assert.equal(orderOf('Pt: 2 mo', 'Findings: deep dimple', 'Plan: spinal US. Hip exam normal.'), 'us-area');
  });
  it('a kidney or bladder study told with its result is no prior spine study', () => {
    const prior = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => `${p.modality} ${p.result}`);
    assert.deepEqual(prior('Pt: 2 mo', 'Findings: simple dimple', 'HPI: renal US at 1 wk: mild hydronephrosis.', 'Plan: reassure'), []);
    assert.deepEqual(prior('Pt: 2 mo', 'Findings: simple dimple', 'HPI: bladder US at 1 wk: thick wall. Spinal US at 2 wk normal.'), ['US normal']);
    assert.deepEqual(prior('Pt: 2 mo', 'Findings: simple dimple', 'HPI: US at 1 wk: normal.', 'Plan: reassure'), ['US normal']);
    assert.deepEqual(prior('Pt: 12 yo', 'HPI: fell off a bike. X-rays at urgent care neg for fracture, hip films too.'), ['XR normal']);
  });
});

describe('an I-PASS handoff', () => {
  it('reads A as the action list and P as the patient summary', () => {
    const n = readNote(
      'Handoff - bed 4',
      'I: watcher',
      'P: 14yo M, LBP 3 wk, wakes him at night. Lumbar XR at PCP read as normal.',
      'A: MRI lumbar spine w/o ordered for the morning.',
      'S: if new weakness, call NSGY',
    );
    assert.equal(n.facts.order?.reading.procedure?.id, 'mri-area-without');
    assert.equal(
      readNote('Sign-out', 'P: 4 mo F, deep dimple above the cleft, neuro normal.', 'A: home; spinal US ordered as outpatient.', 'S: return if fever').facts.order?.reading
        .procedure?.id,
      'us-area',
    );
  });
  it('a SOAP note keeps its Assessment and Plan', () => {
    const n = readNote('S: 12 yo LBP 2 wk', 'O: neuro normal', 'A: likely muscular. XR L-spine at PCP normal.', 'P: PT, NSAIDs; no imaging needed.');
    assert.equal(n.facts.order, undefined);
    assert.equal(readNote('S: 4 mo F, deep dimple', 'O: neuro normal', 'A: dimple above the cleft', 'P: US lumbar spine').facts.order?.reading.procedure?.id, 'us-area');
  });
});

describe('orders under an Ordered key, and other ways of naming the study', () => {
  it('a lead word before the study and a study still to be done', () => {
    assert.equal(orderOf('Pt: 3 wk', 'Findings: skin tag over the sacrum', 'Ordered: repeat spinal US now, per radiology.'), 'us-area');
    assert.equal(orderOf('Pt: 3 wk', 'Findings: skin tag over the sacrum', 'Ordered: spinal ultrasound, to be done this month while the window is open.'), 'us-area');
    assert.equal(orderOf('Pt: 3 wk', 'Findings: skin tag over the sacrum', 'Radiology: urgent MRI lumbar spine w/o'), 'mri-area-without');
  });
  it('never a study told as done', () => {
    assert.equal(orderOf('Pt: 3 wk', 'Findings: skin tag over the sacrum', 'Radiology: repeat US spine was normal'), 'none');
    assert.equal(orderOf('Pt: 3 wk', 'Findings: skin tag over the sacrum', 'Ordered: spinal US, done at 1 wk: normal'), 'none');
  });
  it('a scoliosis series opening a sentence', () => {
    assert.equal(orderOf('HPI: 11 y F, LBP 3 wk. Scoliosis series ordered.'), 'xr-complete');
    assert.equal(orderOf('HPI: 11 y F, LBP 3 wk. Scoliosis series at 9 yo was normal.'), 'none');
  });
});

describe('a neurosurgery referral not made', () => {
  const referred = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;
  it('put off until a result, or recommended by an old report and never done, is no referral', () => {
    assert.equal(referred('Pt: 2 yo', 'Plan: MRI L-spine w/o ordered. We will hold off on a neurosurgery referral until the MRI is back.'), false);
    assert.equal(referred('Pt: 2 yo', 'Plan: MRI L-spine w/o ordered; NSGY referral deferred until results are in.'), false);
    assert.equal(
      referred('Pt: 3 yo', 'HPI: old NICU US showed conus at L3. Report recommended MRI and NSGY - family moved, never done.', 'Plan: MRI lumbar spine w/o now.'),
      false,
    );
  });
  it('one made or asked for still counts', () => {
    assert.equal(referred('Pt: 2 yo', 'Plan: MRI L-spine w/o ordered. Referred to neurosurgery.'), true);
    assert.equal(referred('Pt: 2 yo', 'Plan: MRI L-spine w/o ordered; NSGY referral placed today, seen until 5pm.'), true);
    assert.equal(referred('Pt: 3 yo', 'Plan: MRI lumbar spine w/o now. NSGY referral recommended.'), true);
  });
});
