/**
 * Order-entry forms and requisitions (fresh note set 5): "Exam:" naming the study to do, the checks on
 * an order-keyed line read in the study's own sentence, "Reason for exam:" as the indication, and a
 * requisition's "HX:" line read as the present illness when the note has no other line for it.
 */
import * as assert from 'node:assert/strict';
import { lookupKey } from '../../server/src/notes/keys';
import { ageOf, readNote } from '../helpers';

/** The procedure the note orders, or 'none'. */
function orderOf(...lines: string[]): string {
  const o = readNote(...lines).facts.order;
  return o ? (o.reading.procedure?.id ?? `(${o.reading.status})`) : 'none';
}

describe('order-entry forms and requisitions', () => {
  describe('"Exam:" names the study to do when its value opens on one', () => {
    const ORDERS: [string[], string][] = [
      [['Exam: MRI THORACIC AND LUMBAR SPINE WITHOUT CONTRAST', 'Reason for exam: 16 y M, back pain, fever'], 'mri-area-without'],
      [['HX: NEWBORN M, MIDLINE DERMAL SINUS AT L4.', 'EXAM: US SPINE - STAT.'], 'us-area'],
      [['EXAM: MRI L SPINE W/O CONTRAST. SEDATION: YES.'], 'mri-area-without'],
      [['Exam: US SPINE (76800)', 'Reason for exam: dimple', 'Age: 8 mo'], 'us-area'],
      [['Exam: NM BONE SCAN WHOLE BODY', 'Reason for exam: 10 y M, back pain 6 weeks'], 'bone-scan-complete'],
      [['Examination: CT lumbar spine without contrast'], 'ct-area-without'],
    ];
    for (const [lines, id] of ORDERS) it(`"${lines.join(' / ')}" orders ${id}`, () => assert.equal(orderOf(...lines), id));

    const NONE: string[][] = [
      ['Exam: sacral dimple, deep, base not seen', 'Neuro: normal'],
      ['Exam: US spine normal'],
      ['Exam: MRI 2024 unremarkable'],
      ['Exam: MRI L-spine. No tether.'],
      ['Exam: XR L-spine. Normal.'],
      ['Exam: MRI L-spine: low-lying conus'],
      ['Physical exam: hair tuft over L5, neuro intact'],
      ['Exam: US spine at 2 wk of age'],
    ];
    for (const lines of NONE) it(`"${lines.join(' / ')}" orders nothing`, () => assert.equal(orderOf(...lines), 'none'));

    it('an Order line, a Plan or a study ordered in prose wins over a study named under Exam', () => {
      assert.equal(orderOf('Order: US lumbar spine', 'Exam: MRI lumbar spine without contrast'), 'us-area');
      assert.equal(orderOf('Exam: XR L-spine reviewed, no spondylolysis', 'Plan: MRI L-spine w/o'), 'mri-area-without');
      assert.equal(orderOf('Exam: XR L-spine 2 views', 'Plan: MRI L-spine w/o'), 'mri-area-without');
    });
  });

  describe('an order-keyed line is judged by the study’s own sentence', () => {
    it('a later sentence with an age in it does not make the study one done', () => {
      assert.equal(orderOf('Ordered: US lumbar spine (no sedation needed). Aware the acoustic window is closing at 5 months; booked this week.'), 'us-area');
    });
    it('a later sentence that reports the study still makes it one done', () => {
      assert.equal(orderOf('Investigations: XR L-spine. Normal.'), 'none');
      assert.equal(orderOf('Investigations: XR L-spine. No fracture.'), 'none');
      assert.equal(orderOf('Radiology: MRI L-spine. Conus at L3, filum thickened.'), 'none');
    });
    it('a known key inside the value is the form’s next field, not a result after a colon', () => {
      assert.equal(orderOf('Radiology: MRI L-spine w/o, sedation: yes'), 'mri-area-without');
      assert.equal(orderOf('Radiology: MRI L-spine: low conus'), 'none');
    });
    it('a date in the study’s own sentence still makes it one done', () => {
      assert.equal(orderOf('Radiology: US spine at 2 wk. Repeat requested.'), 'none');
      assert.equal(orderOf('Investigations: XR L-spine 03/2025. Follow-up in clinic.'), 'none');
    });
  });

  describe('an order told as changed orders the study it was changed to', () => {
    const CHANGED: [string[], string][] = [
      [
        [
          'Requested: MRI lumbar spine with and without contrast.',
          'Called the ordering resident: no concern for tumour. Order modified by the ordering team to MRI lumbar spine WITHOUT contrast.',
        ],
        'mri-area-without',
      ],
      [
        ['Order: MRI lumbar spine with and without contrast.', '', 'Addendum: order corrected - MRI lumbar spine WITHOUT contrast (contrast selected in error).'],
        'mri-area-without',
      ],
      [
        ['Order received: MRI complete spine WITH contrast only. 8 y F, fever.', 'Discussed with the ED attending; order changed to MRI complete spine without and with contrast.'],
        'mri-complete-without-and-with',
      ],
      [['Plan: XR lumbosacral spine.', 'ADDENDUM 15:40 - ultrasound is the first-line study at this age. XR order cancelled; US spine ordered instead.'], 'us-area'],
      [['Order: XR L-spine', 'Addendum: changed to US spine after discussion with radiology.'], 'us-area'],
      [['Order: XR L-spine. Changed to MRI L-spine w/o per neurosurgery.'], 'mri-area-without'],
      [
        ['Order: MRI lumbar spine with and without contrast.', 'Addendum: order corrected - MRI lumbar spine WITHOUT contrast (contrast selected in error; no indication).'],
        'mri-area-without',
      ],
    ];
    for (const [lines, id] of CHANGED) it(`"${lines.join(' / ')}" orders ${id}`, () => assert.equal(orderOf(...lines), id));

    const UNCHANGED: [string[], string][] = [
      [['Order: US spine', 'Mom asked for the order to be changed to CT; explained not indicated.'], 'us-area'],
      [['Order: US spine', 'If US abnormal, order will be changed to MRI L-spine.'], 'us-area'],
      [['Order: US spine', 'Order changed to MRI L-spine if window closed.'], 'us-area'],
      [['Order: US spine (to be changed to MRI L-spine if window closed)'], 'us-area'],
      [['Order: US spine', 'Radiology suggested it be changed to MRI L-spine.'], 'us-area'],
      [['Order: US spine', 'Not changed to MRI L-spine.'], 'us-area'],
      [['Order: XR L-spine', 'US spine instead of XR was discussed, family declined.'], 'xr-area'],
      [['Order: US spine', 'Prior: XR L-spine in 2024, then switched to MRI L-spine which was normal.'], 'us-area'],
      [['Plan: XR L-spine', 'Diet switched to formula.'], 'xr-area'],
      [['Requested: XR lumbar spine 2 views', 'Comment: referring asks for films first. Recommend MRI L-spine w/o instead.'], 'xr-area'],
      [['Study: ultrasound lumbar spine', 'Comment: posterior elements likely ossified, will call ordering provider re: MRI instead.'], 'us-area'],
    ];
    for (const [lines, id] of UNCHANGED) it(`"${lines.join(' / ')}" still orders ${id}`, () => assert.equal(orderOf(...lines), id));
  });

  it('"Reason for exam" and its kin are the indication', () => {
    for (const k of ['Reason for exam', 'REASON FOR EXAM', 'Reason for study', 'Reason for imaging', 'Clinical indication']) assert.equal(lookupKey(k)?.name, 'Indication', k);
    assert.equal(lookupKey('Reason for visit'), undefined);
  });

  describe('a requisition’s HX line is the present illness when nothing else tells it', () => {
    it('reads the age and the exam there', () => {
      const r = readNote('HX: 2 YO F. LUMBAR HAIR TUFT. NEW TOE WALKING X 2 MOS. NEURO EXAM NORMAL.', 'EXAM: MRI L SPINE W/O CONTRAST.');
      assert.equal(r.facts.age?.months, 24);
      assert.equal(r.facts.neuro.state, 'normal');
      assert.equal(ageOf('Hx: newborn M, midline dermal sinus at L4', 'Order: US spine'), 0);
    });
    it('not beside a line for the present illness', () => {
      assert.equal(ageOf('Hx: 3 mo M, deep dimple', 'HPI: 5 mo boy, dimple', 'Order: US spine'), 5);
      assert.equal(ageOf('PMH: hip dysplasia treated at 3 mo', 'HPI: sacral dimple', 'Order: US spine'), undefined);
      assert.equal(readNote('PMH: transient weakness after surgery at 3 yrs', 'HPI: 12 yo, back pain 2 wk', 'Neuro: intact').facts.neuro.state, 'normal');
    });
    it('a past age in the history is still no age', () => {
      assert.equal(ageOf('Hx: Wilms tumour age 2, in remission', 'Findings: sacral dimple'), undefined);
      assert.equal(ageOf('PMH: ex-32 weeker, NICU x 3 wk', 'Findings: sacral dimple'), undefined);
    });
  });
});
