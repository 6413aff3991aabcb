/**
 * r23: a legacy order-entry screen or requisition printout, in capitals with fixed-width columns: "ORD:" keys the study
 * to do, an order line's column of paperwork ("STAT: N", "ORD CD: CT0721", "PRIORITY: ROUTINE") is a field of its own
 * while any other column stays in the study's value, "PT NM:" opens a header line, and "IND:", "CLIN:", "CLIN HX:",
 * "PRIOR IMG:" are the keys they shorten. "PROC:" is no order key: it names a procedure done as often as one to do.
 */
import * as assert from 'node:assert/strict';
import { parseNote } from '../../server/src/notes/parser';
import { orderLinePaperwork } from '../../server/src/clinical/request';
import { ageOf, orderOf, presentIn, readNote } from '../helpers';

const keysOf = (line: string) => parseNote(line + '\n', false, undefined, undefined, orderLinePaperwork).fields.map((f) => [f.rawKey, f.value]);

describe('legacy order-entry screens (r23)', () => {
  describe('order keys', () => {
    it('"ORD:" keys the study to do, in capitals or not', () => {
      assert.equal(orderOf('AGE: 12Y', 'ORD: CT C-SPINE WO CONTRAST'), 'ct-area-without');
      assert.equal(orderOf('AGE: 12Y', 'ORD : CT L-SPINE W/O CONTRAST'), 'ct-area-without');
      assert.equal(orderOf('PT AGE: 07 WKS    SEX: F', 'ORD: US SPINE - REPEAT'), 'us-area');
      assert.equal(orderOf('Age: 12', 'Ord: MRI L-spine w/o'), 'mri-area-without');
    });
    it('"ORD BY:", "ORD CD:", "ORD PROV:" and "ORD#:" are who ordered and the order\'s paperwork, never the study', () => {
      assert.equal(orderOf('AGE: 12Y', 'ORD BY: VANCE,T DO'), 'none');
      assert.equal(orderOf('AGE: 12Y', 'ORD CD: CT0721'), 'none');
      assert.equal(orderOf('AGE: 12Y', 'ORD PROV: LEE,H NP'), 'none');
      assert.equal(orderOf('AGE: 12Y', 'ORD#: 7734412   PRI: R'), 'none');
      assert.equal(orderOf('AGE: 12Y', 'ORD: 7734412'), 'none');
    });
    it('"Proc:" names a procedure, often one done: never one told done, nor over the plan', () => {
      assert.equal(orderOf('AGE: 12Y', 'PROC: TETHERED CORD RELEASE 2019'), 'none');
      // A spine study told neither done, dated nor with its result is the procedure to do when nothing else orders (r23-orders21).
      assert.equal(orderOf('Age: 4 mo', 'Proc: US spine'), 'us-area');
      assert.equal(orderOf('Age: 4 mo', 'Proc: US spine 2 days ago'), 'none');
      assert.equal(orderOf('Age: 4 mo', 'Proc: US spine', 'Findings: conus at L2, normal filum.'), 'none');
      assert.equal(orderOf('Age: 4 mo', 'Proc: US spine', 'Plan: MRI L-spine'), 'mri-area-without');
      const n = readNote('Age: 4 mo', 'Skin: sacral dimple, deep', 'Proc: US guided LP 2 days ago, CSF nl', 'Plan: MRI L-spine');
      assert.equal(n.facts.order?.reading.procedure?.id, 'mri-area-without');
      assert.ok(n.rules.includes('mri-first-in-young-infant'));
    });
    it('an "ORD:" line that is no study to do today orders nothing', () => {
      assert.equal(orderOf('AGE: 12Y', 'ORD: MRI L SPINE (DISCONTINUED)'), 'none');
      assert.equal(orderOf('AGE: 3M', 'SKIN: SACRAL DIMPLE', 'ORD: REPEAT US SPINE IN 3 MOS'), 'none');
      assert.equal(orderOf('AGE: 12Y', 'ORD: US SPINE 10/02 - NORMAL'), 'none');
      assert.equal(orderOf('AGE: 12Y', 'ORD: MRI L-SPINE IF XR ABNORMAL'), 'none');
      assert.equal(orderOf('AGE: 12Y', 'ORD: MRI L-SPINE - CANCELLED'), 'none');
      assert.equal(orderOf('AGE: 12Y', 'ORD: MRI L-SPINE - PARENTS DECLINED'), 'none');
    });
    it('a prior study or a reason line that names a study is no order', () => {
      assert.equal(orderOf('AGE: 12Y', 'PRIOR: US SPINE 10/02 - NORMAL'), 'none');
      assert.equal(orderOf('AGE: 12Y', 'PRIOR IMG: MRI L-SPINE 2023 - NL'), 'none');
      assert.equal(orderOf('AGE: 12Y', 'IND: LBP. ? NEEDS MRI'), 'none');
      assert.equal(orderOf('AGE: 12Y', 'CLIN: LBP X 3 WKS. ? NEEDS MRI'), 'none');
      assert.equal(orderOf('AGE: 12Y', 'REASON: LBP ? NEEDS MRI'), 'none');
      assert.equal(orderOf('AGE: 3M', 'CLIN: SACRAL DIMPLE ? NEEDS MRI', 'ORD: US SPINE'), 'us-area');
    });
  });

  describe('a modality and "req" as the key', () => {
    it('"XR req:", "MRI req:" name the study requested', () => {
      assert.equal(orderOf('Age: 13', 'XR req: scoliosis series (PA + lat standing, whole spine)'), 'xr-complete');
      assert.equal(orderOf('Age: 13', 'MRI req: MRI L-spine w/o'), 'mri-area-without');
      // Any spelling of a modality (order-vocabulary modalities) and a word of request.modalityKeyEnds.
      assert.equal(orderOf('Age: 13', 'X-ray req: scoliosis series (PA + lat standing, whole spine)'), 'xr-complete');
      assert.equal(orderOf('Age: 4 mo', 'Ultrasound req: US spine'), 'us-area');
    });
    it('never conditioned, told done or declined there, nor someone else\'s "req:" over the plan', () => {
      assert.equal(orderOf('Age: 13', 'XR req: XR L-spine if no better in 2 wks'), 'none');
      assert.equal(orderOf('Age: 13', 'XR req: XR L-spine 2023 - normal'), 'none');
      assert.equal(orderOf('Age: 13', 'MRI req: MRI L-spine - declined by family'), 'none');
      assert.equal(orderOf('Age: 13', 'OSH req: MRI L-spine', 'Plan: XR L-spine'), 'xr-area');
    });
  });

  describe("an order line's columns", () => {
    it("a column of the order's paperwork after a column gap is a field of its own", () => {
      assert.deepEqual(keysOf('EXAM: XR THORACIC SPINE AP/LAT                    STAT: N'), [
        ['EXAM', 'XR THORACIC SPINE AP/LAT'],
        ['STAT', 'N'],
      ]);
      assert.deepEqual(keysOf('ORD : CT L-SPINE W/O CONTRAST              ORD CD: CT0721'), [
        ['ORD', 'CT L-SPINE W/O CONTRAST'],
        ['ORD CD', 'CT0721'],
      ]);
      assert.deepEqual(keysOf('EXAM REQ: MRI L SPINE WO          PRIORITY: ROUTINE'), [
        ['EXAM REQ', 'MRI L SPINE WO'],
        ['PRIORITY', 'ROUTINE'],
      ]);
    });
    it('so the study before it is read', () => {
      assert.equal(orderOf('AGE: 11Y', 'EXAM: XR THORACIC SPINE AP/LAT                    STAT: N'), 'xr-area');
      assert.equal(orderOf('AGE 18Y', 'EXAM REQ: MRI L SPINE WO          PRIORITY: ROUTINE'), 'mri-area-without');
      assert.equal(orderOf('AGE: 12Y', 'ORD : CT L-SPINE W/O CONTRAST              ORD CD: CT0721'), 'ct-area-without');
    });
    it('a prior study or the orderer in the next column is read as such, never as the order', () => {
      const n = readNote('AGE: 3M', 'SKIN: SACRAL DIMPLE', 'ORD: MRI L SPINE WO     PRIOR: US SPINE 10/02 - NL');
      assert.equal(n.facts.order?.reading.procedure?.id, 'mri-area-without');
      assert.equal(n.facts.prior.find((p) => p.modality === 'US')?.result, 'normal');
      assert.equal(orderOf('AGE: 12Y', 'ORD: XR L SPINE     ORD BY: VANCE,T DO'), 'xr-area');
    });
    it("a column telling the study's status, date, result, condition, region, contrast or addition stays in its value", () => {
      for (const column of [
        'STATUS: CANCELLED',
        'DATE: 10/02/2023      RESULT: NORMAL',
        'DONE: 10/02 - NL',
        'COMPLETED: 10/02',
        'PRN: ONLY IF XR ABNORMAL',
        'HOLD: PENDING US RESULT',
        'REGION: WHOLE',
        'IV CONTRAST: YES',
        'W/WO: Y',
        'ADD: T AND L SPINE',
        'NB: if neg consider MRI',
      ])
        assert.equal(keysOf(`ORD: MRI L SPINE        ${column}`).length, 1, column);
      assert.deepEqual(keysOf('Order: MRI SPINE     REGION: WHOLE'), [['Order', 'MRI SPINE     REGION: WHOLE']]);
    });
    it('so the readers of the study see it: a study cancelled, done, conditioned or qualified there is no plain order', () => {
      assert.equal(orderOf('AGE: 3M    SEX: F', 'SKIN: SACRAL DIMPLE', 'ORD: MRI L SPINE        STATUS: CANCELLED'), 'none');
      assert.equal(orderOf('AGE: 3M    SEX: F', 'SKIN: SACRAL DIMPLE', 'ORD: MRI L SPINE        STATUS: CANCELLED', 'ORD: US SPINE'), 'us-area');
      const done = readNote('AGE: 3M', 'SKIN: SACRAL DIMPLE', 'ORD: US SPINE      DONE: 10/02 - NL', 'ORD: MRI L SPINE WO');
      assert.equal(done.facts.order?.reading.procedure?.id, 'mri-area-without');
      assert.equal(done.facts.prior.find((p) => p.modality === 'US')?.result, 'normal');
      assert.equal(orderOf('AGE: 14Y', 'CLIN HX: LBP X 6 WKS', 'ORD: MRI L SPINE WO      PRN: ONLY IF XR ABNORMAL'), 'none');
      assert.equal(orderOf('AGE: 3M', 'SKIN: SACRAL DIMPLE', 'ORD: MRI L SPINE WO      HOLD: PENDING US RESULT'), 'none');
      assert.equal(orderOf('AGE: 3M', 'SKIN: SACRAL DIMPLE', 'ORD: MRI L SPINE WO      APPT: AFTER US SPINE'), 'none');
      // Region and contrast columns: as before "ORD:" was known, no order rather than the study read without them.
      assert.equal(orderOf('AGE: 12Y', 'ORD: MRI L SPINE        IV CONTRAST: YES'), 'none');
      assert.equal(orderOf('AGE: 12Y', 'ORD: MRI L SPINE   W/WO: Y'), 'none');
      assert.equal(orderOf('AGE: 14Y', 'ORD: MRI SPINE   REGION: ENTIRE'), 'none');
      assert.equal(orderOf('AGE: 14Y', 'ORD: MRI C SPINE      ADD: T AND L SPINE'), 'none');
      assert.equal(orderOf('Age: 14', 'Order: MRI SPINE     REGION: WHOLE'), 'mri-complete-without');
    });
    it('an earlier study told on the "EXAM:" line before the order stays as main read it', () => {
      assert.equal(orderOf('AGE: 4M', 'SKIN: SACRAL DIMPLE', 'EXAM: US SPINE        EXAM DATE: 10/02/23        IMPRESSION: NORMAL', 'EXAM: MRI L SPINE WO'), 'mri-area-without');
      assert.equal(orderOf('AGE: 4M  SEX: M', 'IND: SACRAL DIMPLE', 'EXAM: US SPINE        DATE: 10/02/2023      RESULT: NORMAL', 'EXAM: MRI L SPINE WO'), 'mri-area-without');
      assert.equal(orderOf('Age 4 mo', 'Dimple noted at sacrum, deep', 'ORD: US SPINE       COMPLETED: 10/02', 'Plan: MRI L-spine w/o'), 'mri-area-without');
    });
    it("a column of another kind is the order's own detail or question, kept in its value", () => {
      assert.deepEqual(keysOf('Order: MRI   region: lumbar spine'), [['Order', 'MRI   region: lumbar spine']]);
      assert.deepEqual(keysOf('Order: MRI L-spine   Sedation needed: [ ] Yes [x] No'), [['Order', 'MRI L-spine   Sedation needed: [ ] Yes [x] No']]);
    });
    it('a clinical line keeps its columns: only an order line is split so', () => {
      assert.deepEqual(keysOf('HX CA: N    PREG: N/A    ALLERG: NKDA'), [['HX CA', 'N    PREG: N/A    ALLERG: NKDA']]);
      assert.deepEqual(keysOf('SKIN: DEEP PIT   HAIR TUFT: N'), [['SKIN', 'DEEP PIT   HAIR TUFT: N']]);
    });
  });

  describe('ages on the screen', () => {
    it('"PT NM:" opens a header line, so its "AGE/SX:" column is read', () => {
      assert.equal(ageOf('PT NM: OKAFOR,DAVID      AGE/SX: 09Y/M     ACCT 55102983', 'ORD: CT L-SPINE W/O CONTRAST'), 108);
    });
    it('"0Y3M", "07 WKS" and a requisition cell\'s "09 MOS" are ages; "PAIN X 09 MOS" is none', () => {
      assert.equal(ageOf('MRN 0091-2231   ABERNATHY,LILY     F   AGE 0Y3M', 'ORD: MRI LUMBAR SPINE W WO CONTRAST'), 3);
      assert.ok(Math.abs((ageOf('PT AGE: 07 WKS    SEX: F', 'ORD: US SPINE') ?? 0) - 1.61) < 0.01);
      assert.equal(ageOf('REQ 4471902 | US SPINE (76800)      | PT: NGUYEN,BAO    | 09 MOS | M'), 9);
      assert.equal(ageOf('PT: DOE,J  SEX: M', 'HX: LBP. PAIN X 09 MOS', 'ORD: XR L SPINE'), undefined);
    });
  });

  describe("the screen's abbreviated keys", () => {
    it('"IND:" and "CLIN:" hold the reason, read for findings', () => {
      assert.ok(presentIn('sacral-dimple', 'AGE: 9M', 'IND: SKIN TAG MIDLINE SACRUM + SHALLOW DIMPLE ABOVE IT', 'ORD: US SPINE'));
      assert.ok(presentIn('dermal-sinus', 'AGE 0Y3M', 'CLIN: MIDLINE PINPOINT SINUS OPENING ABOVE GLUTEAL CLEFT ~L5', 'ORD: MRI LUMBAR SPINE W WO CONTRAST'));
      assert.equal(readNote('AGE 0Y3M', 'CLIN: MIDLINE PINPOINT SINUS OPENING ABOVE GLUTEAL CLEFT ~L5', 'ORD: MRI L SPINE WO').scenario, 's1-cutaneous-marker');
    });
    it('"CLIN:" keeps its negations and relatives', () => {
      assert.ok(!presentIn('sacral-dimple', 'AGE: 9M', 'CLIN: NO DIMPLE. NO HAIR', 'ORD: US SPINE'));
      assert.ok(!presentIn('sacral-dimple', 'AGE: 9M', 'IND: SIBLING HAD SACRAL DIMPLE', 'ORD: US SPINE'));
    });
    it('"CLIN HX:" is the history and "PRIOR IMG:" the earlier imaging', () => {
      assert.ok(presentIn('back-pain', 'AGE: 12Y', 'CLIN HX: LBP X 3 WKS', 'ORD: XR L SPINE'));
      assert.equal(
        readNote('AGE: 3M', 'SKIN: SACRAL DIMPLE', 'PRIOR IMG: US SPINE 10/02 - NORMAL', 'ORD: MRI L SPINE WO').facts.prior.find((p) => p.modality === 'US')?.result,
        'normal',
      );
    });
  });
});
