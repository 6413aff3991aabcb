/**
 * Orders written where or how the reader did not look: study names as written outside North America ("TAC",
 * "NMR", "echography", "RX"), a list of orders under "Ordered:", a teaching vignette's answer, an order-entry
 * line's key, "stat" after the study, "placed", Indian English "Advised".
 */
import * as assert from 'node:assert/strict';
import { languageView } from '../../server/src/clinical/language';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('study names as written outside North America', () => {
  it('TAC, NMR, RMN, echography, RX and bone scintigraphy name the study', () => {
    assert.equal(orderOf('Boy of 16 years, lumbosciatica right since 3 weeks.', 'I request a TAC of the lumbar spine with contrast medium.'), 'ct-area-with');
    assert.equal(orderOf('Child 3 years, fever and back pain.', 'I ask an NMR of the lumbar spine without and with gadolinium.'), 'mri-area-without-and-with');
    assert.equal(orderOf('Girl of 8 years, back pain at night.', 'I ask an RMN of the whole spine.'), 'mri-complete-without');
    assert.equal(orderOf('Girl of 18 months, soft lumbosacral swelling.', 'I ask an echography of the spinal canal.'), 'us-area');
    assert.equal(orderOf('Boy of 14 years, low back pain since 6 weeks.', 'I request an RX of the lumbar spine.'), 'xr-area');
    assert.equal(
      orderOf(
        'Girl of 13 years. Dorsal pain since 3 months, she wakes up in the night for the pain.',
        'Because the family refuses the NMR (the girl is claustrophobic, no sedation wished) I ask a bone scintigraphy of the whole body.',
      ),
      'bone-scan-complete',
    );
  });
  it('a study done before, refused or only discussed stays no order', () => {
    assert.equal(orderOf('Boy of 16 years, back pain.', 'NMR of the lumbar spine last month was normal.'), 'none');
    assert.equal(orderOf('Girl of 13 years, back pain.', 'The family refuses the NMR.'), 'none');
  });
  it('TAC, RX and MRT only before a word naming the spine', () => {
    assert.equal(languageView('Plan: TAC 0.1% cream to the rash'), 'Plan: TAC 0.1% cream to the rash');
    assert.equal(languageView('Rx: ibuprofen 10 mg/kg for lumbar pain'), 'Rx: ibuprofen 10 mg/kg for lumbar pain');
    assert.equal(languageView('RX of the dorsal and lumbar spine'), 'XR of the dorsal and lumbar spine');
    assert.equal(languageView('TAC of the lumbar spine'), 'CT  of the lumbar spine');
    assert.equal(orderOf('HPI: 12 yo M, LBP 2 wk, no red flags.', 'Plan: Rx: ibuprofen, PT for the lumbar spine.'), 'none');
    assert.equal(orderOf('HPI: 9 mo, eczema on the back.', 'Plan: TAC 0.1% cream bid to the back.'), 'none');
  });
  it('a scintigraphy of another organ is no bone scan', () => {
    assert.equal(languageView('DMSA scintigraphy in 6 months'), 'DMSA scintigraphy in 6 months');
  });
  it('CECT is a CT with contrast; dorsolumbar a region', () => {
    assert.equal(orderOf('12 yr old boy, backache since 2 months, evening fever, gibbus at D12-L1.', 'Advised: CECT dorsolumbar spine, CRP, Mantoux, CXR.'), 'ct-area-with');
  });
});

describe('a list of orders under an order key', () => {
  it('the spine study among the orders listed is the order', () => {
    assert.equal(
      orderOf('17 yo M, back pain 5 wks, night sweats, weight loss.', 'Ordered: CXR, CBC w/ diff, LDH, and MRI whole spine with IV contrast. Heme/onc referral this week.'),
      'mri-complete-with',
    );
  });
  it('not a study the list conditions, nor one an exam line lists', () => {
    assert.equal(orderOf('17 yo M, back pain 5 wks, fever.', 'Ordered: CBC, ESR, and MRI L-spine if fever persists.'), 'none');
    assert.equal(orderOf('HPI: 12 yo M, LBP 2 wk.', 'Exam: afebrile, tender L3, MRI L-spine if worse.'), 'none');
  });
});

describe("a teaching vignette's answer and an order-entry line's key", () => {
  it("the study of 'Resident's choice:' and 'Answer:' is the order", () => {
    assert.equal(
      orderOf('Q17. A 10-month-old girl comes for a well visit with a sacral dimple, 3 mm, within the gluteal cleft.', "Resident's choice: MRI lumbar spine without contrast."),
      'mri-area-without',
    );
    assert.equal(orderOf('Case 4. A 6-week-old boy with a deep sacral dimple above the cleft.', 'Best next step: US lumbar spine.'), 'us-area');
  });
  it('an answer that declines imaging or tells a study done orders none', () => {
    assert.equal(orderOf('Case 4. A 6-week-old boy with a shallow dimple in the cleft.', 'Answer: no imaging is needed.'), 'none');
    assert.equal(orderOf('Case 4. A 6-week-old boy with a shallow dimple in the cleft.', 'Answer: US lumbar spine was normal.'), 'none');
  });
  it('the study in an order-entry key before its reason label is the order', () => {
    assert.equal(orderOf('XR SCOLIOSIS SERIES (PA/LAT STANDING) - reason text: 11 yo F, low back pain 2 wk, no trauma, no fever, neuro nl.'), 'xr-complete');
    assert.equal(orderOf('MRI L-SPINE W/O CONTRAST - Indication: 6 mo, deep dimple 7 mm above the cleft.'), 'mri-area-without');
  });
  it('not a study with a result label, nor a prior study', () => {
    assert.equal(orderOf('HPI: 12 yo M, LBP 2 wk.', 'XR L-spine - result: no fracture.'), 'none');
    assert.equal(orderOf('HPI: 12 yo M, LBP 2 wk.', 'Prior XR L-spine - indication: back pain.'), 'none');
  });
});

describe('an order outright without a cue word', () => {
  it('"stat" right after the study orders it', () => {
    assert.equal(
      orderOf('CED Resus: 8yo M rear passenger, high speed - neck pain, midline tenderness C5-6, neuro intact; C-collar on, CT C-spine stat, trauma team TCS.'),
      'ct-area-without',
    );
  });
  it('not a stat study told with its result', () => {
    assert.equal(orderOf('ED: 8yo M, MVC, neck pain; CT C-spine stat was negative, collar cleared.'), 'none');
  });
  it('"placed" before the study, or after "order", orders it', () => {
    assert.equal(
      orderOf('Re: infant with bilateral grade IV VUR. Soft midline lumbosacral fatty lump. This needs the spine imaged - I have placed US spinal canal (76800) today.'),
      'us-area',
    );
    assert.equal(orderOf('HPI: 3 y F, fever, refuses to walk, tender L4.', 'Order placed for MRI L-spine w/o and w/ contrast.'), 'mri-area-without-and-with');
  });
  it('not a device placed', () => {
    assert.equal(orderOf('HPI: 2 yo with myelomeningocele, VP shunt placed at birth; US spine normal at 2 weeks.'), 'none');
  });
});

describe('"Advised" in Indian English orders the investigation', () => {
  it('"Advised X-ray LS spine" is the order', () => {
    assert.equal(
      orderOf(
        'Paeds OPD',
        '3 months old male child brought by parents with c/o dimple at lower back.',
        'No hair over it, no fatty swelling.',
        'Advised X-ray LS spine AP/lateral.',
        'F/U in OPD with report.',
      ),
      'xr-area',
    );
  });
  it('advice against a study, or advice someone else gave, is no order of the note', () => {
    assert.equal(orderOf('12 yo M, LBP 2 wk, no red flags.', 'Advised against MRI of the lumbar spine; reassured.'), 'none');
    assert.equal(orderOf('12 yo M, LBP 2 wk, night pain.', 'Chiropractor advised an MRI of the lumbar spine. XR L-spine ordered today.'), 'xr-area');
  });
});
