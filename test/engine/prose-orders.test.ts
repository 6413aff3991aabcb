/** Orders written in prose (letters, dictations, plans), and studies named in prose that are not ordered. */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

/** The procedure the note orders, or 'none'. */
function orderOf(...lines: string[]): string {
  const o = readNote(...lines).facts.order;
  return o ? (o.reading.procedure?.id ?? `(${o.reading.status})`) : 'none';
}

describe('orders written in prose', () => {
  describe('requests', () => {
    const CASES: [string, string][] = [
      ['I would be grateful if you could arrange an ultrasound of his lower spine.', 'us-area'],
      ['Mum would be reassured by an X-ray; I would be grateful if you could do a thoracic spine X-ray.', 'xr-area'],
      ['Cervical spine X-ray please.', 'xr-area'],
      ['Could she please have an ultrasound scan of the spine?', 'us-area'],
      ['Please arrange an MRI lumbar spine (no contrast).', 'mri-area-without'],
      ['Please to do ultrasound of lumbar spine.', 'us-area'],
      ['Please could he have an X-ray of his lumbar spine (AP and lateral).', 'xr-area'],
      ['I would be grateful for plain films of his thoracolumbar spine.', 'xr-area'],
      ['sacral dimple, US pls', 'us-area'],
      ['I ask MRI lumbar spine without contrast.', 'mri-area-without'],
      ['I ask MRI of all the spine without contrast.', 'mri-complete-without'],
      ['Prior US abnl (low conus). Repeat US.', 'us-area'],
      ['Kindly organise a spinal US.', 'us-area'],
      ['I would be grateful if the paeds team could arrange an ultrasound of his spine.', 'us-area'],
      ['Would appreciate MRI L-spine.', 'mri-area-without'],
    ];
    for (const [sentence, id] of CASES) it(`"${sentence}" orders ${id}`, () => assert.equal(orderOf('4 mo boy with a sacral dimple and back pain.', sentence), id));
  });

  describe('orders already read stay read', () => {
    const CASES: [string, string][] = [
      ['CT lumbar spine with contrast ordered.', 'ct-area-with'],
      ['Spine US ordered per pediatrician request.', 'us-area'],
      ['I order X-ray of sacrum and coccyx.', 'xr-area'],
      ['Want MRI lumbar without contrast.', 'mri-area-without'],
      ['Now I want MRI lumbar without contrast for to be sure.', 'mri-area-without'],
      ['Plan ultrasound of the spine.', 'us-area'],
      ['After discussion ordering MRI lumbar spine without contrast, feed-and-wrap.', 'mri-area-without'],
      ['MRI whole spine without contrast ordered.', 'mri-complete-without'],
      ['Will get scoliosis series.', 'xr-complete'],
      ['Ordered CT lumbar spine with contrast (MRI wait is 3 weeks).', 'ct-area-with'],
    ];
    for (const [sentence, id] of CASES) it(`"${sentence}" orders ${id}`, () => assert.equal(orderOf('10 yo girl with back pain for 3 weeks.', sentence), id));
  });

  describe('a study that closes a narrative, a plan bullet or a list', () => {
    it('"34 yo F, sacral dimple, MRI L-spine w/o": the closing list item', () => assert.equal(orderOf('34 yo F, sacral dimple, MRI L-spine w/o'), 'mri-area-without'));
    it('a bullet under A/P', () =>
      assert.equal(
        orderOf(
          'HPI: 10 yo gymnast, 2 weeks of low back pain',
          'A/P: Likely overuse injury, possible spondylolysis.',
          '- MRI lumbar spine without contrast (discussed with attending, avoids radiation)',
          '- Hold from gymnastics pending results',
        ),
        'mri-area-without',
      ));
    it('a numbered plan item', () => assert.equal(orderOf('2 mo with deep sacral dimple.', '1. US lumbar spine'), 'us-area'));
    it('dictated "C T": "Plan C T of the L spine without contrast to evaluate for pars fracture."', () =>
      assert.equal(orderOf('16 year old male with low back pain. Plan C T of the L spine without contrast to evaluate for pars fracture.'), 'ct-area-without'));
    it('after a colon, the study is what follows ("will complete evaluation: MRI L-spine")', () =>
      assert.equal(orderOf('10 mo F, skin appendage over the sacrum. Given the appendage, will complete evaluation: MRI L-spine w/o contrast (sedation).'), 'mri-area-without'));
  });

  describe('order lines of forms and letters', () => {
    for (const key of ['Exam requested', 'Study requested', 'Requested study', 'Imaging ordered', 'Orders', 'Outpatient orders'])
      it(`"${key}:" is the order`, () => assert.equal(orderOf('Age: 2 y', 'Findings: hair tuft', `${key}: CT lumbar spine w/o contrast`), 'ct-area-without'));
  });

  describe('study names', () => {
    const CASES: [string, string][] = [
      ['scoliosis series (standing PA/lat full spine)', 'xr-complete'],
      ['X-ray of sacrum and coccyx', 'xr-area'],
      ['MRI whole spine without contrast', 'mri-complete-without'],
      ['plain films', 'xr-area'],
      ['spinal US', 'us-area'],
      ['US spinal canal (76800)', 'us-area'],
      ['bone scan to assess for stress reaction', 'bone-scan-complete'],
      ['SPECT lumbar spine', 'bone-scan-area'],
      ['C-T junction films', 'xr-area'],
    ];
    for (const [order, id] of CASES) it(`"Order: ${order}" is ${id}`, () => assert.equal(orderOf('Age: 12 y', 'HPI: back pain 3 wk', `Order: ${order}`), id));
  });

  describe('studies named but not ordered', () => {
    const NONE: string[][] = [
      ['f/u sacral dimple 3mm in cleft, 3 mo. US spine 1 mo ago nl. No further imaging.'],
      ['14 yo M, LBP x 2 wks after helping dad move furniture. Chiropractor suggested an MRI. Exam benign, neuro intact.'],
      ['4 yo M, sacral dimple, neuro nonfocal.', 'Sedated MRI discussed again - parents declined for now given sensory issues. Will revisit next visit.'],
      ['12 yo F swimmer, LBP x 1 wk.', 'Plan: no imaging at this time; PT for core/hip program. If persists > 4-6 wks, consider XR L-spine.'],
      ['12 yo F, LBP x 2 wk. Considering MRI if no better in 4 wk.'],
      ['3 mo with sacral dimple. Repeat US was normal.'],
      ['3 mo with sacral dimple. Please note the spinal US was normal.'],
      ['Dear colleague, I would be grateful for your opinion on whether an MRI of the lumbar spine is needed for this 12 yo with back pain.'],
      ['2 mo F, dimple noted at birth, US spine at birth'],
      ['Please see this 3 month old with a sacral dimple.'],
      ['12 yo, LBP 3 wk. Please do not order an XR; reassurance given.'],
      ['12 yo, LBP 3 wk. No need for an MRI, please reassure.'],
      ['3 mo with dimple. Please return if weakness develops, MRI if so.'],
      ['12 yo with back pain for 3 weeks. Please find the enclosed MRI report.'],
      ['12 yo with back pain for 3 weeks. Please see the MRI report from the outside hospital.'],
    ];
    for (const lines of NONE) it(`"${lines.join(' / ')}" orders nothing`, () => assert.equal(orderOf(...lines), 'none'));

    it('a Plan that only conditions its study orders none, as the corpus reads it (review k-d 10)', () =>
      assert.equal(orderOf('Age: 12 y', 'HPI: LBP x 3 wk', 'Plan: PT; MRI L-spine if no improvement'), 'none'));
    it('"MRI contraindicated …, so … a CT myelogram of the lumbar spine was ordered" orders the CT myelogram', () =>
      assert.equal(
        orderOf(
          'Age: 14 y',
          'HPI: LBP x 6 wk, radicular',
          'A/P: MRI contraindicated because of the implants, so per Dr. Lindqvist a CT myelogram of the lumbar spine was ordered.',
        ),
        'ct-myelography-area',
      ));
    it('"Will refer to NSGY if MRI abnormal" leaves the ordered MRI ordered', () =>
      assert.equal(
        orderOf('5 yo M with lumbosacral hair tuft, new daytime accidents.', 'Order: MRI lumbar spine without contrast. Will refer to NSGY if MRI abnormal.'),
        'mri-area-without',
      ));
    it('"No imaging needed today" in a Plan does not undo an outright order', () =>
      assert.equal(orderOf('Age: 3 mo', 'Findings: sacral dimple', 'Plan: no further imaging of the hips; US lumbar spine today'), 'us-area'));
  });
});
