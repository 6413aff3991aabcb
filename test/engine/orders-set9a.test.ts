/**
 * Orders written where or how the reader did not look (set9, first half): study names as clinicians trained in Portugal
 * or Brazil write them ("TC", "RM", "ecografia"), the Portuguese plan's key ("Conduct:"), a request form's "Examination
 * apply:", a physiatry heading ("PM&R:"), a contrast word taken back ("no plain sequence", "no gadolinium"), and the study
 * an order word governs when another study is named before it.
 */
import * as assert from 'node:assert/strict';
import { languageView } from '../../server/src/clinical/language';
import { readContrast } from '../../server/src/clinical/order';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import { isHeading, isOrderKeyed } from '../../server/src/notes/headings';
import { lookupKey } from '../../server/src/notes/keys';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('study names as clinicians trained in Portugal or Brazil write them', () => {
  it('TC, RM and ecografia name the study', () => {
    assert.equal(
      orderOf('Child 8 years, febrile for 5 days with lumbar pain.', 'Requested: TC of the lumbar spine with endovenous contrast - RM not available in this hospital this week.'),
      'ct-area-with',
    );
    assert.equal(
      orderOf('Adolescent 13 years, fall from horse, tenderness T11-L1.', 'Requested: RM of the thoracolumbar spine without and with contrast.'),
      'mri-area-without-and-with',
    );
    assert.equal(orderOf('Infant of 2 months, sacral dimple with a tuft of hair.', 'I request ecografia of the lumbosacral spine.'), 'us-area');
  });
  it('TC and RM only before a word naming the spine', () => {
    assert.equal(languageView('TC of the lumbar spine'), 'CT of the lumbar spine');
    assert.equal(languageView('RM of the whole spine'), 'MR of the whole spine');
    assert.equal(languageView('TC 190 mg/dL, LDL 120'), 'TC 190 mg/dL, LDL 120');
    assert.equal(languageView('RM 12 - family at bedside'), 'RM 12 - family at bedside');
    assert.equal(orderOf('Child 8 years, lumbar pain.', 'RM not available in this hospital this week.'), 'none');
  });
  it('an ecografia done before, or only discussed, stays no order', () => {
    assert.equal(orderOf('Lactente 7 weeks, tuft of hair.', 'Ecografia of the spine made in other service at 2 weeks: inconclusive.'), 'none');
    assert.equal(orderOf('Infant of 2 months, simple dimple.', 'Conduct: discussed ecografia of the spine with the mother; not indicated.'), 'none');
  });
});

describe('where the order is written', () => {
  it('"Conduct:" is the plan', () => {
    assert.equal(lookupKey('Conduct')?.name, 'Plan');
    assert.equal(
      orderOf('Lactente 7 weeks, tuft of hair with a dimple in the center.', 'Conduct: we ask to repeat the ecografia of the lumbosacral spine in our service.'),
      'us-area',
    );
    assert.equal(orderOf('Infant of 2 months, simple dimple.', 'Conduct: reassurance, no imaging.'), 'none');
  });
  it('"Examination apply:" names the study to do; "Apply:" alone does not', () => {
    assert.ok(isOrderKeyed('Examination apply'));
    assert.ok(!isOrderKeyed('Apply'));
    assert.equal(
      orderOf('Patient: 2 months old, male', 'Physical examination: deep sacral dimple above the gluteal cleft.', 'Examination apply: Ultrasound of lumbosacral spinal canal.'),
      'us-area',
    );
    assert.equal(orderOf('Patient: 12 years old, male, low back pain after soccer.', 'Apply: ice to the lower back three times a day.'), 'none');
  });
  it('a physiatry heading is read as the history, and an order after it in the line is found', () => {
    assert.ok(isHeading('PM&R'));
    assert.ok(isHeading('Physiatry clinic'));
    const r = readNote('PM&R: 16 y M hockey, LBP x 12 d from training camp, no fever, neuro exam nl -- Order: MRI lumbar spine with contrast');
    assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-with');
    assert.equal(r.facts.age?.months, 192);
    assert.equal(orderOf('PM&R: 16 y M hockey, LBP x 12 d, neuro exam nl -- MRI lumbar spine if no better in 6 weeks'), 'none');
  });
});

describe('a contrast word taken back', () => {
  const k = defaultKnowledge();
  it('"no plain sequence" leaves the contrast; "no gadolinium" takes it away', () => {
    assert.equal(orderOf('Boy, 10 years old. Back pain at night, night sweats.', 'Arrange: enhanced MRI of whole spine (contrast only, no plain sequence).'), 'mri-complete-with');
    assert.equal(orderOf('12 y, LBP 6 wk, tender L4.', 'Order: MRI L-spine, no gadolinium'), 'mri-area-without');
    assert.equal(readContrast('MRI L-spine, no gad', k, false), 'without');
  });
  it('a negation of something else leaves the contrast as written', () => {
    assert.equal(orderOf('12 y, LBP 6 wk, fever, tender L4.', 'Order: MRI lumbar spine with gadolinium, no sedation'), 'mri-area-with');
    assert.equal(orderOf('13 y fell 4 m. Tender L1.', 'Order: CT T/L spine with IV contrast, no oral contrast'), 'ct-area-with');
    assert.equal(readContrast('MRI L-spine without contrast, no sedation', k, false), 'without');
    assert.equal(readContrast('with and without contrast, no sedation', k, false), 'without-and-with');
  });
});

describe('the study an order word governs when another is named before it', () => {
  it('the study right after the order word is the order', () => {
    assert.equal(
      orderOf(
        '7/12 F, ex-36/40.',
        'Fatty lump at the top of the natal cleft.',
        'Too old now for USS to be reliable so have requested MRI lumbosacral spine with and without gadolinium.',
      ),
      'mri-area-without-and-with',
    );
    assert.equal(orderOf('5 mo F, deep dimple above the cleft.', 'The US window is closing so we ordered an MRI L-spine w/o.'), 'mri-area-without');
  });
  it('not a study after a clause word, nor after an order word turned round', () => {
    assert.equal(orderOf('2 mo F, deep dimple above the cleft.', 'US spine requested and MRI if abnormal.'), 'us-area');
    assert.equal(orderOf('5 mo F, deep dimple.', 'US spine normal so have not requested MRI.'), 'none');
  });
});

describe('a CT of the body with the spine reconstructed, and "we perform"', () => {
  it('the spine reconstructed from a contrast CT of the body is a CT of the spine with contrast', () => {
    assert.equal(
      orderOf(
        '13 years old boy. He fell from 2nd floor balcony (about 4 m) to the concrete. Tenderness at L1 spinous process. Both legs normal.',
        'Because of possibility of abdominal injury also, we perform contrast-enhanced CT of chest-abdomen-pelvis, and thoracolumbar spine reconstruction from same scan (with contrast).',
      ),
      'ct-area-with',
    );
    assert.equal(orderOf('ED: 14 y M, fall from ladder 5 m, tender L2.', 'CT chest/abdomen/pelvis ordered, with L-spine reformats.'), 'ct-area-without');
    assert.equal(orderOf('3 mo F, deep dimple above the cleft.', 'We will perform an MRI of the lumbar spine without contrast under feed and wrap.'), 'mri-area-without');
  });
  it('a CT of the body alone, a spine cleared, or a study performed on a condition is no spine order', () => {
    assert.equal(orderOf('13 y boy fell about 4 m. Tenderness at L1.', 'We perform contrast-enhanced CT of chest-abdomen-pelvis. Spine clinically cleared.'), 'none');
    assert.equal(orderOf('13 y boy fell, head injury. No back pain.', 'We perform CT head, and cervical spine cleared clinically.'), 'none');
    assert.equal(orderOf('3 mo F, deep dimple above the cleft.', 'We perform spinal MRI only if the US is abnormal.'), 'none');
  });
});

describe("a study done at this visit, in an ED's discharge paperwork", () => {
  it('is the study the checks judge when the note orders none', () => {
    assert.equal(
      orderOf(
        'ED Discharge - Back Pain',
        'What we found: Your son has back pain after the trampoline park yesterday. His x-ray today was normal.',
        'Doctor addendum: 13 y M, low back pain, no midline tenderness, neuro exam normal, no fever. Lumbar spine XR obtained at family request - normal.',
      ),
      'xr-area',
    );
    assert.equal(
      orderOf('Emergency Department Discharge', 'Physician addendum: 22 y M, acute LBP after moving a couch. Afebrile. CT L-spine w/o obtained given severity - no fracture. D/c.'),
      'ct-area-without',
    );
    assert.equal(
      orderOf('ED physician addendum: 12 y, helmet-to-helmet collision, midline C-spine tenderness on arrival -> CT C-spine without contrast, negative. Neuro exam normal.'),
      'ct-area-without',
    );
    assert.equal(orderOf('ED note: 14 y M, fell off skateboard, midline tenderness L1. We obtained an XR of the lumbar spine - no fracture. Home.'), 'xr-area');
  });
  it('a study ordered beside it is still the order', () => {
    assert.equal(orderOf('ED: 8 y M, back pain and leg weakness. XR L-spine done - normal. MRI L-spine w/o ordered.'), 'mri-area-without');
  });
  it('never a study of another time or place, one not done, a study of another region, or one only asked about', () => {
    assert.equal(orderOf('Clinic f/u: 14 y M, LBP 6 wk. XR L-spine done by PCP last month - normal. PT referral.'), 'none');
    assert.equal(orderOf('Clinic: 10 mo F, sacral dimple. Spinal US done at 6 weeks - normal. Reassured.'), 'none');
    assert.equal(orderOf('Clinic: 12 y, LBP. Prior XR L-spine obtained at urgent care - normal. Reassured, PT.'), 'none');
    assert.equal(orderOf('Clinic: 4 y, back pain at night. Outside MRI L-spine performed - normal.'), 'none');
    assert.equal(orderOf('Newborn: sacral dimple. Spinal US performed in the nursery - normal.'), 'none');
    assert.equal(orderOf('16 y diver, LBP 3 months. Lumbar radiographs obtained at onset show bilateral L5 pars defects.'), 'none');
    assert.equal(orderOf('Clinic: 10 mo F, sacral dimple. Spinal US not done yet - mom would rather wait.'), 'none');
    assert.equal(orderOf('Clinic: 10 mo F, sacral dimple. Spinal US was never done. Parents to think about it.'), 'none');
    assert.equal(orderOf('Urology: 11 y M, retention. Renal US done today - normal bladder wall, spine not imaged.'), 'none');
    assert.equal(orderOf('ED: 3 y F, fell off couch. Mom asked whether an XR of the spine should be done; explained not needed. Home.'), 'none');
  });
});

describe('"plain and contrast enhanced"', () => {
  it('is without and with contrast; "plain" alone is without', () => {
    assert.equal(
      orderOf('1 year 3 month old girl, large segmental lumbosacral hemangioma.', 'Order: MRI lumbar spine, plain and contrast enhanced (gadolinium).'),
      'mri-area-without-and-with',
    );
    assert.equal(orderOf('1 year 3 month old girl, lumbosacral lipoma.', 'Order: MRI lumbar spine, plain.'), 'mri-area-without');
  });
});
