/**
 * Orders written where or how the reader did not look (set9, second half): "Ix:" for the investigations to do,
 * "Solicited:" and "I solicit" as clinicians trained in Brazil or Portugal write a request, Portuguese and Spanish
 * names of a bone scan and an ultrasound, and a SOAP note whose sections are headed "S)", "O)", "A)", "P)".
 */
import * as assert from 'node:assert/strict';
import { parseNote } from '../../server/src/notes/parser';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('"Ix:" names the investigations to do', () => {
  it('on a line of its own, or opening a sentence of prose', () => {
    assert.equal(orderOf('14F netball, LBP x 2/52, worse arching back.', 'Ix: XR lumbar spine AP/lat. Off netball 2 wks, physio.'), 'xr-area');
    assert.equal(
      orderOf('14F netball, LBP x 2/52, worse arching back. Neuro LL normal.', '?early pars stress reaction. Ix: XR lumbar spine AP/lat. Off netball 2 wks, physio.'),
      'xr-area',
    );
    assert.equal(orderOf('15M, LBP 6/52, night pain, fevers.', 'Ix: FBC, CRP, ESR, MRI whole spine with contrast.'), 'mri-complete-with');
  });
  it('not a result, a condition or nil', () => {
    assert.equal(orderOf('14F netball, LBP x 2/52.', 'Ix: XR lumbar spine normal. Physio.'), 'none');
    assert.equal(orderOf('14F netball, LBP x 2/52. Ix: XR L-spine if not settling in 4 wks. Physio.'), 'none');
    assert.equal(orderOf('14F netball, LBP x 2/52, no red flags. Ix: nil. Physio.'), 'none');
    assert.equal(orderOf('14F netball, LBP x 2/52, pars stress? Investigations: XR lumbar spine 2 wks ago, NAD. Physio.'), 'none');
  });
});

describe('a request as clinicians trained in Brazil or Portugal write it', () => {
  it('"Solicited:" and "I solicit" order the study', () => {
    assert.equal(orderOf('16 y, female. Lombalgia for 3 weeks, wakes her at night.', 'Solicited: cintilografia ossea (whole-body bone scan).'), 'bone-scan-complete');
    assert.equal(orderOf('16 y, female. Lumbar pain for 3 weeks.', 'Solicited: RX of the lumbar spine (AP and profile).'), 'xr-area');
    assert.equal(orderOf('Infant of 2 months, sacral dimple 3 mm.', 'Conduct: I solicit ecografia of the lumbosacral spine. Return with the result.'), 'us-area');
    assert.equal(orderOf('Infant of 2 months, sacral dimple 3 mm.', 'Plan: we solicit ultrassonografia of the lumbosacral spine.'), 'us-area');
  });
  it('cintilografia óssea and gammagrafía ósea are bone scans; a renal scintigraphy is not', () => {
    assert.equal(orderOf('13 y, female. Back pain 3 months, wakes at night.', 'Solicited: cintilografia óssea.'), 'bone-scan-complete');
    assert.equal(orderOf('13 y, female. Back pain 3 months, wakes at night.', 'Plan: gammagrafía ósea de cuerpo entero.'), 'bone-scan-complete');
    assert.equal(orderOf('2 y, female. Sacral dimple, UTIs.', 'Solicited: cintilografia renal (DMSA).'), 'none');
  });
  it('a study the mother solicits, or one done before, is no order', () => {
    assert.equal(orderOf('Infant 2 months, sacral dimple 2 mm.', 'Mother solicited an ecografia of the spine; explained not needed.'), 'none');
    assert.equal(orderOf('Infant 2 months, sacral dimple 2 mm.', 'Ecografia of the spine at 2 weeks: normal. Neuro normal.'), 'none');
  });
});

describe('a SOAP note headed "S)", "O)", "A)", "P)"', () => {
  const soap = [
    'Pt: 9 mo F',
    'S) At well baby check grandmother ask about the "tail" on the back.',
    'O) Skin appendage (about 1 cm) midline upper gluteal region, gluteal cleft deviated. Legs move good, reflex normal.',
    'A) Cutaneous stigmata of occult spinal dysraphism',
  ];
  it('"P)" is the plan', () => {
    assert.equal(orderOf(...soap, 'P) Lumbosacral spine X-ray (AP/Lat) first. Later decide MRI.'), 'xr-area');
    assert.equal(orderOf('2 mo M', 'S) parents saw a dimple', 'P) US spine'), 'us-area');
    const parsed = parseNote(['Pt: 9 mo F', 'S) dimple seen', 'A) simple dimple', 'P) reassure'].join('\n'));
    assert.deepEqual(
      parsed.fields.map((f) => [f.key?.name, f.value]),
      [
        ['Patient', '9 mo F'],
        ['Presentation', 'dimple seen'],
        ['Indication', 'simple dimple'],
        ['Plan', 'reassure'],
      ],
    );
  });
  it('a plan that only conditions its study orders nothing', () => {
    assert.equal(orderOf(...soap, 'P) Reassure. MRI if new leg weakness.'), 'none');
  });
  it("a quiz's lettered options are no SOAP sections, nor is one lettered line", () => {
    const quiz = parseNote(['Quiz: 9 mo with a skin tag over the sacrum.', 'A) XR lumbosacral spine', 'B) US spine', 'C) MRI L-spine'].join('\n'));
    assert.ok(quiz.fields.every((f) => f.key?.name !== 'Indication'));
    const one = parseNote(['9 mo F, skin tag over the sacrum.', 'P) US spine'].join('\n'));
    assert.ok(one.fields.every((f) => f.key?.name !== 'Plan'));
  });
});

describe('"Ordered …" opening a sentence under a key of the assessment', () => {
  it('orders the spine study, beside a study of another region', () => {
    assert.equal(
      orderOf(
        '15yo F w/ chronic migraine, occipital HA worse w/ coughing. No trauma. Neuro exam nonfocal.',
        'Concern: Chiari I. Ordered MRI brain and MRI cervical spine without contrast (syrinx screen).',
      ),
      'mri-area-without',
    );
    assert.equal(orderOf('15yo F, neck pain 3 wk.', 'Assessment: Chiari I. I have ordered MRI C-spine w/o.'), 'mri-area-without');
  });
  it('not a study of another region only, one dated with its result, declined or conditioned', () => {
    assert.equal(orderOf('15yo F, occipital HA.', 'Impression: Chiari I. Ordered MRI brain only.'), 'none');
    assert.equal(orderOf('15yo F, LBP 3 wk.', 'Impression: back pain. Ordered XR L-spine in 2024, normal.'), 'none');
    assert.equal(orderOf('15yo F, LBP 3 wk.', 'Impression: back pain. Ordered MRI L-spine w/o - parents declined.'), 'none');
    assert.equal(orderOf('15yo F, LBP 3 wk.', 'Impression: back pain. Ordered labs, XR L-spine if worse.'), 'none');
  });
});

describe('a "contrast CT" is a CT with contrast', () => {
  it('spine reconstructed from a contrast CT, a contrast MRI', () => {
    assert.equal(
      orderOf(
        'Subject: 8 y M, pedestrian struck by a car. Tenderness over L2.',
        'Imaging: CT chest/abdomen/pelvis with IV contrast; thoracic and lumbar spine reconstructed from that contrast CT and ordered/billed as CT T-spine and L-spine with contrast.',
      ),
      'ct-area-with',
    );
    assert.equal(orderOf('12 y M, fever and back pain.', 'Plan: contrast MRI L-spine.'), 'mri-area-with');
  });
  it('not a non-contrast CT, nor one said not to be a contrast study', () => {
    assert.equal(orderOf('12 y M, fell from a roof, tender L1.', 'Plan: non-contrast CT L-spine.'), 'ct-area-without');
    assert.equal(orderOf('12 y M, fell from a roof, tender L1.', 'Plan: CT L-spine (not a contrast study).'), 'ct-area-without');
    assert.equal(orderOf('12 y M, fever and back pain.', 'Plan: MRI L-spine w/o; contrast MRI only if abnormal.'), 'mri-area-without');
  });
});

describe('an order the writer meant to place and did not', () => {
  it('"I was going to order …" orders nothing', () => {
    assert.equal(
      orderOf(
        'E-CONSULT - Pediatric Radiology',
        'PCP question: 5-month-old boy with a sacral dimple, 3 mm, base visible. I was going to order a spinal US - is it needed, and is he too old for it?',
        'Radiologist answer: a simple dimple. Imaging is usually not required.',
        'PCP plan after e-consult: no imaging ordered. Reassured parents.',
      ),
      'none',
    );
    assert.equal(orderOf('5-month-old boy with a sacral dimple, 3 mm. I was planning to order a spinal US but the family declined.'), 'none');
    assert.equal(orderOf('12 y F, LBP 3 wk. Had thought about ordering an XR L-spine; reassured instead.'), 'none');
  });
  it('an order told as going ahead now still orders', () => {
    assert.equal(orderOf('5-month-old boy with a deep sacral dimple. We are going to order a spinal US.'), 'us-area');
    assert.equal(orderOf('5-month-old boy with a deep sacral dimple. Going to order a spinal US today.'), 'us-area');
  });
});
