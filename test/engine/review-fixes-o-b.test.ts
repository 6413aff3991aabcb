import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const has = (text: string, id: string) => readNote(text).facts.hits.some((h) => h.finding.id === id && h.present);

describe('review fixes (o-b): the r12c merge (exam, back pain, prior scans)', () => {
  describe('1. pain in a part of the spine is back pain only for the back, never the neck', () => {
    it('"pain in the upper part of the cervical spine" is no back pain', () => {
      const t = 'Age: 13 y\nHistory: pain in the upper part of the cervical spine after a dive into a pool.\nNeuro: intact.\nOrder: CT cervical spine';
      assert.equal(has(t, 'back-pain'), false);
    });
    it('the lower, lumbar and thoracic parts still are', () => {
      for (const where of ['the lower part of the spine', 'the thoracal and lumbar part of spine', 'the lumbar part of the spine'])
        assert.equal(has(`Age: 13 y\nHistory: pain in ${where} for 3 weeks.\nOrder: XR lumbar spine`, 'back-pain'), true, where);
    });
  });

  describe('2. toe walking as a complaint stays when heel walking follows it', () => {
    it('"persistent toe walking and heel walking is impossible" keeps the toe walking', () => {
      assert.equal(has('Age: 5 y\nHistory: persistent toe walking and heel walking is impossible for her.\nOrder: MRI lumbar spine', 'foot-deformity'), true);
    });
    it('the heel/toe manoeuvre is still no toe walking', () => {
      assert.equal(has('Age: 12 y\nHistory: low back pain 6 weeks.\nExam: heel/toe walking normal, SLR negative.\nOrder: MRI lumbar spine', 'foot-deformity'), false);
      assert.equal(has('Age: 12 y\nHistory: low back pain 6 weeks.\nExam: heel and toe walking normal.\nOrder: MRI lumbar spine', 'foot-deformity'), false);
    });
  });

  describe('3. a prior scan with a syrinx named beside "no pathology" is abnormal', () => {
    it('"syringomyelia T6-T9, otherwise no pathology"', () => {
      const t =
        'Age: 12 y\nHistory: back pain 8 weeks.\nPrior imaging: MRI lumbar spine 2025: syringomyelia T6-T9, otherwise no pathology.\nNeuro: intact.\nOrder: MRI thoracic spine';
      assert.equal(readNote(t).facts.prior[0]?.result, 'abnormal');
    });
    it('"without pathology" alone is still normal', () => {
      const t = 'Age: 12 y\nHistory: back pain 8 weeks.\nPrior imaging: MRI lumbar spine 2025 without pathology.\nNeuro: intact.\nOrder: MRI lumbar spine';
      assert.equal(readNote(t).facts.prior[0]?.result, 'normal');
    });
  });
});
