/**
 * Orders told in prose or under keys that hold more than the order (held-out sets 31 and 32): a Referral or Order line
 * that is the referral letter itself (read as an HPI line), a parent's request (no order), a consultant's reply that
 * recommends and requests a study (not one argued against or timed for later), and a "us" that is the pronoun
 * ("asking us to see", "ALLOWING US TO SEE HIM"), not an ultrasound.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const DIMPLE = 'infant w/ sacral dimple, 2 mm, sits in the gluteal cleft, approx 1 cm above the anus, not deep. Neuro exam normal.';

describe('orders told in prose and in referral letters (round 31)', () => {
  describe('a Referral or Order line that opens on the child is the referral letter: its history is read', () => {
    it('"Referral: infant w/ sacral dimple … Please perform spinal ultrasound." reads the dimple, the exam and the study', () => {
      const r = readNote(`Referral: ${DIMPLE} Please perform spinal ultrasound.`);
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
      assert.equal(r.facts.neuro.state, 'normal');
      assert.equal(r.facts.referral.neurosurgery, false);
      assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    });
    const READ: [string[], string][] = [
      [[`Referral: ${DIMPLE} Kindly do spinal ultrasound.`], 'us-area'],
      [[`Referral: ${DIMPLE} Please arrange spinal ultrasound.`], 'us-area'],
      [['Age: 3 mo', 'Referral: 3 mo F with hairy patch over L5. Pls perform US spine.'], 'us-area'],
      [['Request: baby with a deep sacral pit, base not seen. Please do US lumbosacral spine.'], 'us-area'],
      [['Age: 2 mo', 'Referral: this infant has a midline lipoma over the sacrum. Kindly arrange US spine.'], 'us-area'],
    ];
    for (const [lines, id] of READ)
      it(`"${lines.join(' / ')}" orders ${id} and reads a marker`, () => {
        const r = readNote(...lines);
        assert.equal(r.facts.order?.reading.procedure?.id, id);
        assert.equal(r.scenario, 's1-cutaneous-marker');
      });

    it('a referral named in the letter is still the referral, a conditional one is not', () => {
      assert.equal(readNote('Age: 2 mo', 'Referral: pt referred to NSGY for hairy patch', 'Order: US spine').facts.referral.neurosurgery, true);
      const r = readNote('Age: 2 mo', 'Referral: infant w/ hairy patch, no dimple. Will refer to NSGY if US abnormal.', 'Order: US spine');
      assert.equal(r.facts.referral.neurosurgery, false);
      assert.equal(r.scenario, 's1-cutaneous-marker');
    });

    it('"Referral: pediatric neurosurgery" and a referral to another clinician stay referrals, no history read from them', () => {
      const r = readNote('Age: 2 mo', 'Findings: hair tuft', 'Referral: pediatric neurosurgery', 'Order: US spine');
      assert.equal(r.facts.referral.neurosurgery, true);
      assert.equal(readNote('Age: 7 y', 'Referral: PCP, daytime wetting + recurrent UTI', 'Order: US spine').scenario, 'no-criteria');
      // "child neurology" is a service, not the child: its reason is not read as the child's history.
      assert.equal(readNote('Age: 4 y', 'Referral: child neurology for toe walking', 'Order: XR L-spine').facts.hits.length, 0);
    });

    // The letter is read as an HPI line is: for the studies done before and their results, injury and red flags too.
    it('"Spinal US at 2 wk normal. Please perform MRI." in the letter is a prior normal US: no MRI-first finding', () => {
      const r = readNote('Age: 3 mo', 'Referral: infant w/ sacral dimple. Spinal US at 2 wk normal. Please perform MRI.');
      assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
      assert.ok(r.facts.prior.some((p) => p.modality === 'US' && p.result === 'normal'));
      assert.ok(!r.rules.includes('mri-first-in-young-infant'), r.rules.join());
    });
    it('"US spine done at birth - normal. Kindly do MRI lumbar spine." reads the US done', () => {
      const r = readNote('Age: 3 mo', 'Referral: infant w/ sacral dimple. US spine done at birth - normal. Kindly do MRI lumbar spine.');
      assert.ok(r.facts.prior.some((p) => p.modality === 'US' && p.result === 'normal'));
      assert.ok(!r.rules.includes('mri-first-in-young-infant'), r.rules.join());
    });
    it('"Spinal US at 2 wk showed low-lying conus at L3. Please perform MRI L spine." is a referral after an abnormal US', () => {
      const r = readNote('Age: 3 mo', 'Referral: infant w/ sacral dimple. Spinal US at 2 wk showed low-lying conus at L3. Please perform MRI L spine.');
      assert.ok(r.facts.prior.some((p) => p.modality === 'US' && p.result === 'abnormal'));
      assert.ok(r.rules.includes('referral-after-abnormal-ultrasound'), r.rules.join());
    });
    it('a letter telling an injury and red flags reads them', () => {
      const r = readNote('Referral: 14 yo M, MVC today, back pain. Please perform CT T/L spine.');
      assert.equal(r.facts.trauma.significance, 'significant');
      assert.equal(r.scenario, 'spine-trauma-thoracolumbar');
    });
    it('the study asked for is not read as a study done', () => {
      const r = readNote('Age: 3 mo', 'Referral: infant w/ sacral dimple 6 mm above the cleft. Please perform US spine.');
      assert.equal(r.facts.prior.length, 0);
    });
    it('a history after the study on a request line is still its indication, not read for studies done', () => {
      const r = readNote('Age: 3 mo', 'Order: US spine, hairy patch over L5');
      assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
      assert.equal(r.facts.prior.length, 0);
    });

    // An Order line that is the letter is read whole as the order: its study is read in its own clause for the region.
    it('"Order: infant w/ sacral dimple, for renal ultrasound" orders no spine study, as "Order: renal ultrasound" does not', () => {
      assert.equal(orderOf('Age: 2 mo', 'Order: infant w/ sacral dimple, for renal ultrasound'), 'none');
      assert.equal(orderOf('Age: 2 mo', 'Order: infant w/ sacral dimple, for hip ultrasound'), 'none');
      assert.equal(orderOf('Age: 2 mo', 'Order: infant w/ sacral dimple, for US spine'), 'us-area');
      assert.equal(orderOf('Age: 2 mo', 'Order: infant with sacral dimple - US spine'), 'us-area');
    });

    const NO_ORDER: string[][] = [
      ['Age: 2 mo', 'Referral: infant w/ sacral dimple. If it grows, we will request MRI.'],
      ['Age: 2 mo', 'Referral: infant w/ sacral dimple. Parents declined US.'],
      ['Age: 2 mo', 'Referral: infant w/ sacral dimple. US performed at birth, normal.'],
      ['Age: 2 mo', 'Referral: infant w/ hairy patch. Please see in neurosurgery clinic.'],
    ];
    for (const lines of NO_ORDER)
      it(`"${lines.join(' / ')}" reads the marker and orders nothing`, () => {
        const r = readNote(...lines);
        assert.equal(r.facts.order?.reading.procedure?.id ?? 'none', 'none');
        assert.equal(r.scenario, 's1-cutaneous-marker');
      });
  });

  describe('an Order or Request line written as the letter reads as the same letter under Referral', () => {
    it('"Order: 10 yo … X-ray L-spine in ED normal. Please perform MRI spine." orders the MRI; the X-ray is a normal prior', () => {
      const r = readNote('Order: 10 yo with back pain 2 weeks, no red flags. X-ray L-spine in ED normal. Please perform MRI spine.');
      assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
      assert.ok(
        r.facts.prior.some((p) => p.modality === 'XR' && p.result === 'normal'),
        JSON.stringify(r.facts.prior),
      );
    });
    const MRI: string[][] = [
      ['Age: 3 mo', 'Request: 3 mo F with a hairy patch. US spine today. Kindly arrange MRI L-spine.'],
      ['Age: 3 mo', 'Request: 3 mo F with a hairy patch. Ultrasound requested. Kindly arrange MRI L-spine.'],
      ['Age: 3 mo', 'Request: 3 mo F with a hairy patch. Spinal US last week normal. Kindly do MRI L-spine.'],
      ['Age: 3 mo', 'Request: infant w/ sacral dimple; spinal US at 2 wk normal; kindly do MRI lumbar spine.'],
      ['Age: 3 mo', 'Order: infant w/ sacral dimple. Spinal US at 2 wk normal. Please perform MRI lumbar spine.'],
    ];
    for (const lines of MRI) it(`"${lines.join(' / ')}" orders the MRI`, () => assert.equal(orderOf(...lines), 'mri-area-without'));
    it('"Order: infant w/ sacral dimple. Please perform renal US. Spinal US already done, normal." orders no spine study', () => {
      const r = readNote('Age: 3 mo', 'Order: infant w/ sacral dimple. Please perform renal US. Spinal US already done, normal.');
      assert.notEqual(r.facts.order?.reading.status, 'recognized');
    });
    it('a conditional request asks nothing: "Request: 3 mo F with a hairy patch. Kindly arrange MRI L-spine if US abnormal."', () => {
      assert.equal(orderOf('Age: 3 mo', 'Request: 3 mo F with a hairy patch. Kindly arrange MRI L-spine if US abnormal.'), 'none');
    });
    it('a line with no request sentence is still read whole as the order ("Order: infant w/ sacral dimple, for spinal ultrasound.")', () => {
      assert.equal(orderOf('Age: 3 mo', 'Order: infant w/ sacral dimple, for spinal ultrasound.'), 'us-area');
    });
    it('a referral letter timed for later asks nothing now: "Please perform MRI lumbar spine when 6 months old"', () => {
      assert.equal(orderOf('Age: 3 mo', 'Referral: infant w/ sacral dimple. Please perform MRI lumbar spine when 6 months old.'), 'none');
      assert.equal(orderOf('Age: 3 mo', 'Referral: infant w/ sacral dimple. Please perform MRI lumbar spine, ideally at 6 months.'), 'none');
      assert.equal(orderOf('Referral: 10 yo with back pain 3 weeks. Please perform X-ray lumbar spine within 2 weeks.'), 'xr-area');
    });
  });

  describe("a parent's or another's request is no order of the writer's (read as before)", () => {
    const BACK =
      '6 yo rolled off the sofa onto carpet last night, been playing normally since, mum says mild soreness in low back this AM. No midline tenderness, neuro normal. Afebrile.';
    // "Mum requests X" is often declined, deferred, conditional or about something else in the next words: it orders nothing.
    const NONE = [
      `${BACK} Mum requests x-ray spine.`,
      `${BACK} Mum requests MRI. I don't think this is necessary.`,
      `${BACK} Mum requests MRI. Reassurance given. Safety-netted.`,
      `${BACK} Mum requests x-ray spine. Will review in 2 weeks and image if not settling.`,
      `${BACK} Mum requests to be called with the x-ray result.`,
      `${BACK} School requests x-ray before return to PE.`,
      `${BACK} Grandmother requests x-ray spine.`,
      `${BACK} Mum requested x-ray, explained not needed.`,
    ];
    for (const text of NONE) it(`"…${text.slice(BACK.length)}" orders nothing`, () => assert.equal(orderOf(text), 'none'));
    it("the writer's own order is the order beside a parent's request", () => {
      assert.equal(orderOf(`${BACK} Mum requests MRI. XR L-spine ordered instead.`), 'xr-area');
    });
  });

  describe("a consultant's reply recommends a study", () => {
    const REPLY = [
      'Paediatric Dermatology - consult reply',
      "Re: 5 mo F, referred by GP for 'red mark on lower back'.",
      'On examination there is a solitary infantile haemangioma, superficial, 1.2 x 1.0 cm, directly midline over L4.',
    ];
    it('"we recommend US lumbosacral spine … I have put the request in." orders it', () => {
      const r = readNote(...REPLY, 'Given midline lumbosacral location we recommend US lumbosacral spine before considering propranolol. I have put the request in.');
      assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
      assert.ok(r.rules.includes('ultrasound-window-closing'), r.rules.join());
    });
    it('"I recommend … The request has been sent." in a clinic note orders it', () => {
      assert.equal(orderOf('Age: 5 mo', 'Findings: midline haemangioma over L4', 'I recommend US lumbosacral spine. The request has been sent.'), 'us-area');
    });
    it('"we recommend" alone in a reply orders nothing: only a study the writer also requested is the order', () => {
      assert.equal(orderOf(...REPLY, 'We recommend US lumbosacral spine.'), 'none');
      assert.equal(orderOf('Dermatology reply', '5 mo F, midline haemangioma over L4. We recommend US lumbosacral spine.'), 'none');
      assert.equal(orderOf(...REPLY, 'We suggest US lumbosacral spine.'), 'none');
    });
    const NONE: string[] = [
      'We recommend US lumbosacral spine if it grows. I have put the request in.',
      'If the hemangioma grows, we suggest MRI lumbar spine. I have put the request in.',
      'Should it ulcerate, we recommend MRI lumbar spine. I have put the request in.',
      'In case it grows, we recommend MRI lumbar spine. I have put the request in.',
      'Once it involutes, we recommend MRI lumbar spine. I have put the request in.',
      'Unless it fades, we recommend MRI lumbar spine. I have put the request in.',
      'We would recommend against US spine.',
      'We recommend US lumbosacral spine. Parents declined.',
      'We recommend propranolol and review in 3 months.',
      'We suggest x-ray lumbar spine is not required.',
      'We recommend MRI lumbar spine at 6 months. I have put the request in.',
      'We recommend MRI lumbar spine at 6-9 months. I have put the request in.',
      'We recommend MRI lumbar spine in 6/12. I have put the request in.',
      'We recommend MRI lumbar spine when she is 6 months old. I have put the request in.',
      'We recommend MRI lumbar spine aged 6 months. I have put the request in.',
      'We recommend MRI lumbar spine at around 6 months of age. I have put the request in.',
      'We recommend MRI lumbar spine, ideally at 6 months. I have put the request in.',
      'We recommend MRI lumbar spine in the future. I have put the request in.',
      "We recommend MRI lumbar spine in six months' time. I have put the request in.",
      'We recommend US lumbosacral spine in 3 months. I have put the request in.',
      'We recommend MRI lumbar spine when older. I have put the request in.',
      'We recommend MRI lumbar spine after the haemangioma has involuted. I have put the request in.',
      'If the hemangioma grows, we suggest MRI lumbar spine.',
      'Should it ulcerate, we recommend MRI lumbar spine.',
      'We recommend MRI lumbar spine at 6-9 months.',
      'We recommend MRI lumbar spine when she is 6 months old.',
    ];
    for (const s of NONE) it(`"${s}" orders nothing`, () => assert.equal(orderOf(...REPLY, s), 'none'));
    it('a deadline is no later time: "… within 2 weeks / by 4 months / before 6 months. I have put the request in." asks for it now', () => {
      for (const when of ['within 2 weeks', 'by 4 months of age', 'before 6 months of age', 'in the next 2 weeks', 'as soon as possible'])
        assert.equal(orderOf(...REPLY, `We recommend US lumbosacral spine ${when}. I have put the request in.`), 'us-area', when);
    });
    it('a letter\'s own suggestion keeps its guards: "Dear Dr Patel, … If it grows, I would suggest MRI lumbar spine." orders nothing', () => {
      assert.equal(orderOf('Dear Dr Patel,', '3 mo girl with a sacral haemangioma. If it grows, I would suggest MRI lumbar spine.'), 'none');
      assert.equal(orderOf('Dear Dr Patel,', '3 mo girl with a sacral haemangioma. I would suggest MRI lumbar spine when she is 6 months old.'), 'none');
      assert.equal(orderOf('Dear Dr Patel,', '3 mo girl with a sacral haemangioma. I would suggest US lumbosacral spine.'), 'us-area');
    });
    it('"we recommend" in a clinic note that is no letter or reply orders nothing, as before', () => {
      assert.equal(orderOf('Age: 5 mo', 'Findings: midline haemangioma over L4', 'Assessment: we recommend US lumbosacral spine.'), 'none');
    });
  });

  describe('a lower-case "us" after an -ing verb is the pronoun', () => {
    it('"Thank you for asking us to see this baby … imaging to be decided by them" orders nothing and keeps the referral', () => {
      const r = readNote(
        'Dermatology reply',
        'Thank you for asking us to see this baby with a caudal appendage (human tail-like, 2 cm, skin-covered, midline above the cleft). This is a high-risk marker. I have referred directly to paediatric neurosurgery; imaging to be decided by them.',
      );
      assert.equal(r.facts.order, undefined);
      assert.equal(r.facts.referral.neurosurgery, true);
      assert.ok(r.rules.includes('missing-order'), r.rules.join());
    });
    it('"thanks for letting us see", "allowing us to review" name no study', () => {
      assert.equal(orderOf('Age: 3 mo', 'Thanks for letting us see this 3 mo with a hair tuft over L5. Neurosurgery referral made.'), 'none');
      assert.equal(orderOf('Age: 3 mo', 'Thank you for allowing us to review this infant with a hair tuft. Referred to NSGY.'), 'none');
    });
    it('in a letter in capitals, "ALLOWING US TO SEE HIM" is the pronoun', () => {
      assert.equal(orderOf('2 MO BOY WITH HAIRY PATCH OVER L5. THANKS FOR ALLOWING US TO SEE HIM. REFERRED TO NEUROSURGERY.'), 'none');
      assert.equal(orderOf('2 MO BOY WITH HAIRY PATCH OVER L5. THANK YOU FOR ASKING US TO SEE THIS CHILD. PLAN: MRI L-SPINE.'), 'mri-area-without');
    });
    it('a capital US after an order word stays the ultrasound ("PLEASE ARRANGE US TO ASSESS THE CONUS")', () => {
      assert.equal(orderOf('Age: 2 mo', '2 MO BOY WITH HAIRY PATCH OVER L5. PLEASE ARRANGE US TO ASSESS THE CONUS.'), 'us-area');
      assert.equal(orderOf('Age: 2 mo', '2 MO BOY WITH HAIRY PATCH OVER L5. ORDERED US TO ASSESS CONUS.'), 'us-area');
    });
    it('a spine word after it keeps the study ("asking us spine" is still an ultrasound)', () => {
      assert.equal(orderOf('Age: 3 mo', 'Findings: hair tuft', 'Plan: mum asking us spine today - ordered'), 'us-area');
    });
  });
});
