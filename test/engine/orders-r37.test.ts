/**
 * Round 37's orders: a letter's closing "Recommend:" / "Recommended:" / "Direction:" (a Romanian, Russian or Ukrainian
 * writer's plan), "IRM" before the spine, "Policy:" in a Dutch writer's note; a plan changed in its own sentence ("initially
 * requested … cancelled"); "prior to discharge" as a time to come; scoliosis films as the complete spine; "entered as";
 * and a template's placeholders ("Imaging: ***", "{yes/no}", "{normal/abnormal:***}", "Hair tuft/hemangioma/skin tag: none").
 * Each reading beside the look-alikes that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const PAIN = 'Patient: 12 years. Dorsolumbar pain since 3 months, constant, also at rest. Afebrile.';
const DIMPLE = 'Pt.: girl, 9 months. A dimple 4 mm above the intergluteal fold, 3 cm from the anus.';
const LOW_PAIN = 'Re: Chloe R, 15 yrs. Intermittent low back pain for 2 weeks. No injury, no fevers, no night pain.';
const SIMPLE = '2 mo F. Single sacral dimple, 4 mm, within the gluteal cleft, ~1.5 cm from anus, base visible. Neuro normal.';
const marker = (r: ReturnType<typeof readNote>, id: string) => r.facts.hits.filter((h) => h.finding.id === id).map((h) => h.present);

describe('round 37 orders', () => {
  describe("a letter's closing 'Recommend:' / 'Recommended:' / 'Direction:' is its plan", () => {
    it('"Recommend: IRM of the whole spine with contrast substance" orders an MRI of the whole spine with contrast', () => {
      assert.equal(orderOf(PAIN, 'Recommend: IRM of the whole spine with contrast substance.'), 'mri-complete-with');
    });
    it('"Recommend: CT of thoracic spine with contrast, IDR, Quantiferon" orders the CT', () => {
      assert.equal(orderOf(PAIN, 'Recommend: CT of thoracic spine with contrast, IDR, Quantiferon.'), 'ct-area-with');
    });
    it('"Direction: US of lumbosacral spine" and "Recommended: MRT of lumbosacral spine without contrast" order their study', () => {
      assert.equal(orderOf(DIMPLE, 'Direction: US of lumbosacral spine.'), 'us-area');
      assert.equal(orderOf(PAIN, 'Recommended: MRT of lumbosacral spine without contrast.'), 'mri-area-without');
    });
    it('a "Recommend:" line of advice that names no study orders nothing', () => {
      const r = readNote(PAIN, 'Recommend: rest from sport 2 weeks, NSAID gel, control in 2 weeks.');
      assert.equal(r.facts.order, undefined);
      assert.ok(r.rules.includes('missing-order'), r.rules.join());
    });
    it("beside another line telling a study ordered, a consultant's 'Recommend:' is advice: the study ordered stays the order", () => {
      const r = readNote(
        'Peds Rad consult. 3 y M with a hairy patch over the lower lumbar spine. CT L-spine w/o ordered by urgent care. Exam normal incl neuro.',
        'Recommend: MRI lumbar spine without contrast, with sedation through our team.',
      );
      assert.equal(r.facts.order?.reading.procedure?.id, 'ct-area-without');
    });
    it('beside a "Plan:" line, "Recommend:" is no second plan: the Plan\'s study is the order', () => {
      assert.equal(orderOf(PAIN, 'Plan: XR thoracolumbar spine AP/lat.', 'Recommend: MRI whole spine with contrast.'), 'xr-area');
    });
    it('a prose letter closing on "Recommend:" stays free text', () => {
      const r = readNote('13 y.o. boy, wrestling. Pain in lower back 1.5 weeks after trainings. No fever. Neuro intact.', 'Recommend: rest from trainings 2 weeks.');
      assert.ok(r.rules.includes('free-text-note'), r.rules.join());
      assert.ok(!r.rules.includes('malformed-line'), r.rules.join());
    });
  });

  describe('"Policy:" is a Dutch writer\'s plan also in a note with a Dutch word of the clinic or the spine', () => {
    const DUTCH = 'Kinderarts polikliniek. 11 months, boy. Hair tuft sacral. Echo wervelkolom at 6 weeks: normal. Neuro: normal.';
    it('"Policy: MRI lumbosacral without contrast" orders the MRI', () => {
      assert.equal(orderOf(DUTCH, 'Policy: MRI lumbosacral without contrast, in consultation with parents.'), 'mri-area-without');
    });
    it('without a Dutch word or a conclusion line, or telling of insurance, "Policy:" still orders nothing', () => {
      assert.equal(orderOf('11 months, boy. Hair tuft sacral. Neuro: normal.', 'Policy: MRI lumbosacral without contrast'), 'none');
      assert.equal(orderOf(DUTCH, 'Policy: MRI lumbosacral without contrast not covered without prior authorization'), 'none');
    });
  });

  describe('a plan changed in its own sentence: the study first ordered and then cancelled is no order', () => {
    it('"I had initially requested a lumbar spine X-ray, but … this has been cancelled" orders nothing', () => {
      const r = readNote(
        LOW_PAIN,
        'I had initially requested a lumbar spine X-ray, but after a conversation with the duty radiologist this has been cancelled as it was not felt to be indicated.',
      );
      assert.equal(r.facts.order, undefined);
      assert.ok(r.rules.includes('missing-order'), r.rules.join());
    });
    it('"initially ordered XR L-spine -> cancelled …, US lumbar spine ordered" orders the US', () => {
      assert.equal(
        orderOf(SIMPLE, 'Plan: initially ordered XR L-spine -> cancelled after talking to peds radiology, they recommend US at this age instead. US lumbar spine ordered.'),
        'us-area',
      );
    });
    it('a cancellation denied, on a condition, booked again or of something else keeps the study', () => {
      assert.equal(orderOf(LOW_PAIN, 'I had initially requested a lumbar spine X-ray, and this was not cancelled.'), 'xr-area');
      assert.equal(orderOf(LOW_PAIN, 'First ordered XR L-spine - if parents want it cancelled, call.'), 'xr-area');
      assert.equal(orderOf(LOW_PAIN, 'Initially ordered XR L-spine, cancelled and rebooked for Monday.'), 'xr-area');
      assert.equal(orderOf(LOW_PAIN, 'XR L-spine ordered. Physio initially booked, cancelled by mum.'), 'xr-area');
    });
  });

  describe('more ways an order is written', () => {
    it('"- US lumbosacral spine prior to discharge" under an A/P is the order: "prior to discharge" is still to come', () => {
      const r = readNote(
        'Baby boy, 2 days old. Single midline sacral dimple ~2 mm, within the gluteal cleft.',
        'A/P: Well term male.',
        '- US lumbosacral spine prior to discharge',
      );
      assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
      assert.deepEqual(r.facts.prior, []);
    });
    it('"prior to referral" still tells a study done before', () => {
      assert.equal(orderOf('2 mo. Sacral dimple.', 'XR L-spine prior to referral. Plan: refer NSGY'), 'none');
    });
    it('standing scoliosis films are of the complete spine', () => {
      const AIS = '13 y F, +Adams forward bend. No back pain.';
      assert.equal(orderOf(AIS, 'Plan: standing PA/lateral scoliosis films, full spine (EOS) today.'), 'xr-complete');
      assert.equal(orderOf(AIS, 'Plan: scoliosis films today.'), 'xr-complete');
      assert.equal(orderOf(AIS, 'Plan: XR thoracic spine AP/lat today.'), 'xr-area');
    });
    it('"… requests MRI to eval PLC - entered as MRI lumbar spine w/ and w/o contrast" orders the MRI as entered', () => {
      assert.equal(
        orderOf(
          '15 y/o F snowboarder, crashed off a jump ~15 ft, landed on back. c/o low back pain.',
          'Ortho spine requests MRI to eval PLC - entered as MRI lumbar spine w/ and w/o contrast.',
        ),
        'mri-area-without-and-with',
      );
    });
  });

  describe("a template's placeholders are no finding, exam or order", () => {
    it('"Imaging: ***" orders nothing: missing-order, not an empty order', () => {
      const r = readNote('Age: 9 years', 'Chief complaint: back pain x 1 week', 'Neuro exam: normal', 'Imaging: ***', 'Plan: ibuprofen, stretching');
      assert.ok(r.rules.includes('missing-order'), r.rules.join());
      assert.ok(!r.rules.includes('unrecognized-order'), r.rules.join());
    });
    it('an empty "Imaging:" line is still an empty order, and "***URGENT***" still emphasis', () => {
      const r = readNote('Age: 9 years', 'Chief complaint: back pain x 1 week', 'Imaging:');
      assert.ok(r.rules.includes('unrecognized-order') && !r.rules.includes('missing-order'), r.rules.join());
      assert.equal(orderOf('Age: 9 years', 'Back pain x 1 week', 'Order: ***URGENT*** MRI L-spine w/o'), 'mri-area-without');
    });
    it('"Neuro exam: {normal/abnormal:***}" is no exam: unknown, and no escalation', () => {
      const r = readNote('Age: 2 months', 'Reason for exam: sacral dimple', 'Neuro exam: {normal/abnormal:***}', 'Order: XR lumbar spine AP and lateral');
      assert.equal(r.facts.neuro.state, 'unknown');
      assert.ok(!r.rules.includes('escalation-referral'), r.rules.join());
    });
    it('a pick list answered after its prompt keeps its answer', () => {
      const r = readNote('Age: 2 months', 'Sacral dimple', 'Neuro exam: {normal/abnormal} abnormal, weak left leg', 'Order: US spine');
      assert.equal(r.facts.neuro.state, 'abnormal');
    });
    it('"hair tuft {yes/no}" tells no hair tuft, present or absent', () => {
      const r = readNote('2 mo F w/ large hemangioma over lumbosacral midline.', 'Other markers: hair tuft {yes/no}; no dimple.', 'Plan: MRI lumbar spine without contrast');
      assert.deepEqual(marker(r, 'hair-tuft'), []);
      assert.deepEqual(marker(r, 'sacral-dimple'), [false]);
    });
    it('"Hair tuft/hemangioma/skin tag: none" denies all three; the unfilled size and distance leave the dimple undescribed', () => {
      const r = readNote(
        'Pt: 4 mo M',
        'Sacral dimple: present',
        ' Size: *** mm',
        ' Location: within gluteal cleft',
        ' Distance from anus: *** cm',
        ' Base visible: {yes/no}',
        'Hair tuft/hemangioma/skin tag: none',
        'Neuro exam: normal',
        'Order: MRI lumbar spine without contrast',
      );
      for (const id of ['hair-tuft', 'hemangioma', 'skin-appendage']) assert.ok(!marker(r, id).includes(true), id);
      assert.ok(r.rules.includes('dimple-undescribed'), r.rules.join());
    });
    it('"none" after a word in a sentence, or "none" of one item, denies only its own', () => {
      const r = readNote('Pt: 4 mo M', 'Hair tuft present / hemangioma: none', 'Order: US spine');
      assert.deepEqual(marker(r, 'hair-tuft'), [true]);
    });
  });
});

describe('round 37 orders, mended after review', () => {
  const AGE = 'Age: 2 months';
  const has = (r: ReturnType<typeof readNote>, id: string) => marker(r, id).includes(true);
  describe('an unanswered pick list blanks only itself, never a finding typed before it', () => {
    it('"hair tuft present {yes/no}" keeps the hair tuft', () => {
      assert.ok(has(readNote(AGE, 'Sacral dimple, hair tuft present {yes/no}', 'Neuro: nl', 'Order: US lumbar spine'), 'hair-tuft'));
    });
    it('"Hair tuft present {yes/no}; dimple 3 mm in cleft" keeps the hair tuft, and no simple-dimple (also CRLF)', () => {
      for (const eol of ['\n', '\r\n']) {
        const r = readNote(...[AGE, 'Hair tuft present {yes/no}; dimple 3 mm in cleft, 1 cm from anus.', 'Neuro: nl', 'Order: US lumbar spine'].join(eol).split('\n'));
        assert.ok(has(r, 'hair-tuft'));
        assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
      }
    });
    it('a severity list after a weakness keeps the weakness, the abnormal exam and the escalation', () => {
      for (const exam of ['abnormal - weak L leg {mild/moderate/severe}', 'weak left leg {mild/moderate/severe:***}', 'abnormal, left foot drop {mild/moderate/severe}']) {
        const r = readNote(AGE, 'Reason for exam: sacral dimple', `Neuro exam: ${exam}`, 'Order: US lumbar spine');
        assert.equal(r.facts.neuro.state, 'abnormal', exam);
        assert.ok(has(r, 'weakness'), exam);
        assert.ok(r.rules.includes('escalation-referral'), `${exam}: ${r.rules.join()}`);
      }
    });
    it('"large hemangioma over sacrum {Present/Absent}" keeps the large hemangioma: scenario S1', () => {
      const r = readNote(AGE, 'Skin: large hemangioma over sacrum {Present/Absent}', 'Neuro: nl', 'Order: US lumbar spine');
      assert.ok(has(r, 'large-hemangioma'));
      assert.equal(r.scenario, 's1-cutaneous-marker');
    });
    it('"hemangioma {Present/Absent}" answered "Present" on the next line keeps the hemangioma', () => {
      const r = readNote(AGE, 'Skin: hemangioma {Present/Absent}', ' Present', 'Neuro: nl', 'Order: US lumbar spine');
      assert.ok(has(r, 'hemangioma'));
      assert.equal(r.scenario, 's1-cutaneous-marker');
    });
    it('"new incontinence {Yes/No:20001}" and "urinary incontinence {yes/no}" after a weakness keep the incontinence', () => {
      assert.ok(has(readNote('Age: 14 years', 'Back pain 6 wks.', 'Bowel/bladder: new incontinence {Yes/No:20001}', 'Neuro: nl', 'Order: MRI L-spine w/o'), 'incontinence'));
      const r = readNote('Age: 14 years', 'Back pain 6 wks. Weakness of legs, urinary incontinence {yes/no}', 'Order: MRI L-spine w/o');
      assert.ok(has(r, 'incontinence') && has(r, 'weakness'));
    });
    it('a bare label before its list is still no finding: "hair tuft {yes/no}", "Neuro exam: {normal/abnormal:***}"', () => {
      assert.ok(!has(readNote(AGE, 'Other markers: hair tuft {yes/no}', 'Neuro: nl', 'Order: US lumbar spine'), 'hair-tuft'));
      assert.equal(readNote(AGE, 'Sacral dimple', 'Base visible: {yes/no}', 'Neuro exam: {normal/abnormal:***}', 'Order: US lumbar spine').facts.neuro.state, 'unknown');
    });
  });

  describe("a changed plan drops the first study only when its cancellation is that study's", () => {
    const PAIN10 = 'Pt 10 yo, back pain 2 wks, no red flags, neuro nl.';
    const LBP15 = '15 yo M, LBP x 6 wk, night pain. Neuro intact.';
    const TUFT = '2 mo F. Hair tuft over L4. Neuro nl.';
    it('a cancellation on a condition ("would/may/to be cancelled if") keeps the XR', () => {
      for (const c of ['would be cancelled if pain better by Friday', 'may be cancelled if improving', 'to be cancelled if pain improves']) {
        const r = readNote(PAIN10, `Initially ordered XR L-spine, ${c}.`);
        assert.equal(r.facts.order?.reading.procedure?.id, 'xr-area', c);
        assert.ok(r.rules.includes('not-appropriate-for-scenario'), c);
      }
    });
    it('another noun cancelled or stopped keeps the study, and its warning', () => {
      const kept = readNote(SIMPLE, 'Initially requested XR L-spine, but mom cancelled her work shift to come, so keep XR L-spine.');
      assert.ok(kept.rules.includes('inappropriate-initial-study'), kept.rules.join());
      for (const c of ['nurse stopped by to give instructions', 'crying stopped with feeding']) {
        const r = readNote(TUFT, `Initially ordered XR L-spine, ${c}.`);
        assert.ok(r.rules.includes('inappropriate-initial-study'), `${c}: ${r.rules.join()}`);
      }
      for (const c of [
        'First requested MRI lumbar spine, gymnastics stopped until results.',
        'Initially ordered MRI L-spine w/o, PT stopped.',
        'Initially ordered MRI L-spine w/o, pain stopped after 2 days but recurred.',
      ]) {
        assert.equal(orderOf(LBP15, c), 'mri-area-without', c);
      }
      assert.equal(orderOf(PAIN10, 'Initially ordered XR L-spine, football stopped for 2 weeks.'), 'xr-area');
    });
    it('booked again anywhere after ("now booked", "reinstated", "to repeat", "will call back to book") keeps the study', () => {
      assert.equal(orderOf(LBP15, 'Originally booked MRI L-spine w/o for Monday, which was cancelled because the scanner was down, now booked for Thursday.'), 'mri-area-without');
      assert.equal(orderOf(PAIN10, 'Initially ordered XR L-spine, which radiology cancelled; I spoke with the radiologist and the XR L-spine was reinstated.'), 'xr-area');
      const r = readNote(SIMPLE, 'Plan: first ordered US lumbar spine, stopped by tech as baby too agitated, to repeat with feed and wrap.');
      assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
      assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
      assert.equal(orderOf(LBP15, 'I initially requested an MRI lumbar spine, appointment cancelled by family, will call back to book a new date.'), 'mri-area-without');
    });
    it('the study itself cancelled ("-> cancelled", ", cancelled", "which was cancelled", "this has been cancelled") is still no order', () => {
      assert.equal(orderOf(PAIN10, 'Initially ordered XR L-spine, cancelled.'), 'none');
      assert.equal(orderOf(LBP15, 'Initially ordered CT L-spine -> cancelled, MRI L-spine w/o instead.'), 'mri-area-without');
      assert.equal(orderOf(PAIN10, 'Initially ordered XR L-spine, which was cancelled by radiology.'), 'none');
    });
  });

  describe('a closing "Recommend:" gets the checks a Plan line gets', () => {
    it('a study told done, already performed or with its result is not ordered', () => {
      assert.equal(
        orderOf('Patient: 12 years. Lumbar pain 5 weeks, wakes him at night. Afebrile.', 'Recommended: MRI of lumbar spine was done 2 weeks ago, normal. Continue physio.'),
        'none',
      );
      assert.equal(orderOf(PAIN, 'Recommended: MRI lumbar spine (already performed 01.03, normal), physiotherapy.'), 'none');
    });
    it('a study refused is not ordered', () => {
      assert.equal(orderOf(PAIN, 'Recommended: MRI lumbar spine - mother refuses.'), 'none');
    });
    it('an MRI of the brain ("MRI cerebral", "IRM cerebral") is never a spine study, under "Recommend:" or "Plan:"', () => {
      for (const v of ['Recommend: MRI cerebral.', 'Recommend: IRM cerebral.', 'Recommend: IRM of the brain.', 'Plan: IRM cerebral.']) assert.equal(orderOf(PAIN, v), 'none', v);
      assert.equal(orderOf(PAIN, 'Recommend: IRM of the whole spine with contrast substance.'), 'mri-complete-with');
    });
  });

  describe('other orders', () => {
    it('"scoliosis x-rays of lumbar spine only" keeps its region', () => {
      assert.equal(orderOf('13 y F, +Adams forward bend. LBP x 2 mo, night pain.', 'Plan: scoliosis x-rays of lumbar spine only.'), 'xr-area');
    });
    it('"Diagnostics: CT cervical spine native; polytrauma CT head/thorax/abdomen" orders the spine CT; a result beside it still reads as results', () => {
      const TRAUMA = '17 yo m. Motorcycle accident. Neck pain, tenderness C6/C7. Neuro: paraesthesias both hands.';
      assert.equal(orderOf(TRAUMA, 'Diagnostics: CT cervical spine native; polytrauma CT head/thorax/abdomen.'), 'ct-area-without');
      assert.equal(orderOf(TRAUMA, 'Diagnostics: CT cervical spine native; CT head normal.'), 'none');
    });
    it('"- US … prior to/before discharge if parents wish" is conditional: no order', () => {
      for (const when of ['prior to discharge if parents wish', 'before discharge if parents wish']) {
        const r = readNote('Baby boy, 2 days old. Single midline sacral dimple ~2 mm, within the gluteal cleft.', 'A/P: Well term male.', `- US lumbosacral spine ${when}`);
        assert.equal(r.facts.order, undefined, when);
      }
    });
  });
});

describe('round 37 second review: orders', () => {
  describe('"prior to discharge, consider <another thing>" keeps the order (B H2)', () => {
    it('"consider sedation / feed-and-wrap / general anaesthesia" weighs how the study is done, not whether', () => {
      for (const n of [
        'Newborn, hair tuft. Plan: MRI spine prior to discharge, consider sedation.',
        'Newborn, sacral dimple 3 mm in cleft. Plan: MRI lumbar spine prior to discharge, consider feed-and-wrap.',
        'Newborn, sacral dimple 3 mm in cleft. Plan: MRI lumbar spine prior to discharge, consider general anaesthesia.',
      ]) {
        const r = readNote(n);
        assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without', n);
        assert.ok(r.rules.includes('mri-first-in-young-infant'), `${n}: ${r.rules.join()}`);
        assert.equal(r.rules.includes('missing-order'), false, n);
      }
    });
    it('"consider" of the study itself, or alone, still leaves it to a choice: no order', () => {
      for (const n of [
        'Newborn, sacral dimple 3 mm in cleft. Plan: US lumbosacral spine prior to discharge, consider.',
        'Newborn, sacral dimple 3 mm in cleft. Plan: US lumbosacral spine prior to discharge, consider imaging if parents wish.',
      ]) {
        assert.equal(readNote(n).facts.order, undefined, n);
      }
    });
  });
  describe('a closing "Direction:" / "Recommend:" line left to a condition orders nothing (B H3)', () => {
    const TUFT = '6 yo boy, hair tuft over sacrum. Neuro normal.';
    it('"if parents agree", "wenn Eltern einverstanden", "indien ouders akkoord": no order, as main read it', () => {
      for (const line of [
        'Direction: MRI of lumbar spine, if parents agree',
        'Direction: MRI of lumbar spine, wenn Eltern einverstanden',
        'Recommend: MRI of lumbar spine indien ouders akkoord',
        'Direction: MRI of lumbar spine, falls Eltern einverstanden',
      ]) {
        const r = readNote(TUFT, line);
        assert.equal(r.facts.order, undefined, line);
        assert.ok(r.rules.includes('missing-order'), `${line}: ${r.rules.join()}`);
        assert.equal(readNote(TUFT + '\r', line + '\r').facts.order, undefined, `${line} (CRLF)`);
      }
    });
    it('the same line without a condition is the order', () => {
      assert.equal(orderOf(TUFT, 'Direction: MRI of lumbar spine'), 'mri-area-without');
    });
  });
});
