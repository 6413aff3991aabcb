/**
 * Billing-coded and payer-review notes (note set 19): a charge or order-entry line carrying a study's CPT code is the
 * order; a payer's peer-to-peer or utilization review is about the study requested, which stays the order whatever the
 * outcome; diagnosis codes name findings (icd10.json).
 */
import * as assert from 'node:assert/strict';
import { lookupKey } from '../../server/src/notes/keys';
import { orderOrStatusOf, presentIn, readNote } from '../helpers';

describe('billing-coded orders', () => {
  const ORDERS: [string[], string][] = [
    [['CHG REQ | 72148 | MRI LUMBAR SPINE W/O CONTRAST | MOD: none | UNITS 1', '      | 01922 | ANESTH CAT OR MRI SCAN | UNITS 1', 'AGE 11M  SEX M'], 'mri-area-without'],
    [['ED CHARGE/ORDER   AGE 9 YRS  M', '72080  X-RAY EXAM THORACOLMB 2/> VW', '72100  X-RAY EXAM L-S SPINE 2/3 VWS', 'CLIN: fell from a tree, lumbar pain'], 'xr-area'],
    [['PT: F  AGE 0Y 2M', 'CPT 76800  US EXAM SPINAL CANAL  UNITS 1  MOD --', 'DX1 Q82.6  CONGENITAL SACRAL DIMPLE'], 'us-area'],
    [['LN1  72158-26  MRI SPINE LMBR W/O&W/DYE          UNITS 1', 'LN2  01922     ANESTH, CAT/MRI (NON-INVASIVE)   UNITS 1', 'PT AGE 1Y 3M   M'], 'mri-area-without-and-with'],
    [['REQ 90021877 | 72148 MRI L-SPINE W/O CONTRAST | MOD -- | QTY 1 | 16Y M | CLIN: 3 wks LBP'], 'mri-area-without'],
    // An anaesthesia code billed first names no study: the study's own code does.
    [['LN1  01922  ANESTH, CAT/MRI | 72148 MRI SPINE LMBR W/O DYE | UNITS 1', 'AGE 7Y M'], 'mri-area-without'],
    // The three regions of one modality and contrast in one order are the complete spine.
    [['ORD  MRI SPINE CERV W/O&W/DYE 72156 ; MRI SPINE CHST W/O&W/DYE 72157 ; MRI SPINE LMBR W/O&W/DYE 72158', 'AGE 12Y  F'], 'mri-complete-without-and-with'],
    [['CPT 72141 MRI SPINE CERV W/O DYE  UNITS 1', 'CPT 72146 MRI SPINE CHST W/O DYE  UNITS 1', 'CPT 72148 MRI SPINE LMBR W/O DYE  UNITS 1', 'AGE 10Y M'], 'mri-complete-without'],
    [['CPT 72131  CT LUMBAR SPINE W/O DYE  UNITS 1', 'AGE 15Y M'], 'ct-area-without'],
    [['CPT 78803  SPECT SINGLE AREA  UNITS 1', 'AGE 15Y M'], 'bone-scan-area'],
  ];
  for (const [lines, id] of ORDERS) it(`"${lines[0]}" orders ${id}`, () => assert.equal(orderOrStatusOf(...lines), id));

  const NONE: string[][] = [
    // A study done before, however labelled, is a prior.
    ['PRIOR 76800: limited/indeterminate (posterior elements ossified)', 'PT AGE 1Y 3M   M'],
    ['PRIOR: 76800 @ outside fac - conus L3-4, thick filum, ABNL', 'AGE 11M  SEX M'],
    ['HX 72148 at OSH | UNITS 1', 'AGE 9Y F'],
    ['CPT 76800  US EXAM SPINAL CANAL 03/2025 | conus at L2, normal', 'AGE 8M F'],
    // An anaesthesia code alone orders no imaging.
    ['CHG REQ | 01922 | ANESTH CAT OR MRI SCAN | UNITS 1', 'AGE 3Y M'],
    // A number that is no known study's code, or a code in a sentence of prose with no order cue.
    ['ORD#7730215 | MEMBER ID 44122 | UNITS 1', 'AGE 2M F'],
    ['Pt 8 y F with back pain; family asked whether 72148 is covered.'],
  ];
  for (const lines of NONE) it(`"${lines[0]}" orders nothing`, () => assert.equal(orderOrStatusOf(...lines), 'none'));

  it('a keyed line is read by its key, not as a charge line', () => {
    const read = readNote('Exam: US SPINAL CANAL (76800)', 'Age: 8 mo').facts.order;
    assert.equal(read?.field.value, 'US SPINAL CANAL (76800)');
  });

  it('reads billing abbreviations of the regions and of contrast', () => {
    assert.equal(orderOrStatusOf('Order: MRI SPINE CHST W/DYE', 'Age: 12 y'), 'mri-area-with');
    assert.equal(orderOrStatusOf('Order: MRI SPINE CERV W/O DYE', 'Age: 12 y'), 'mri-area-without');
    assert.equal(orderOrStatusOf('Order: CT SPINE LMBR W/O&W/DYE', 'Age: 12 y'), 'ct-area-without-and-with');
  });
});

describe('payer peer-to-peer and utilization reviews', () => {
  const ORDERS: [string[], string][] = [
    [
      [
        'P2P note – MRI L-spine w/o contrast (72148), initially pended',
        'Pt 14 mo M, lipoma over the sacrum.',
        'Reviewer asked whether spinal US could be done first.',
        'Determination: approved.',
      ],
      'mri-area-without',
    ],
    [
      [
        'Peer to peer – outcome: DENIAL UPHELD',
        'Requested by: Dr. Ruiz (FM)   Study: MRI L-spine w/o contrast (72148)',
        'Pt 9 yo F, 1 week of low back pain.',
        'Reviewer: no red flags, imaging not indicated at this stage.',
      ],
      'mri-area-without',
    ],
    [
      [
        'Peer-to-peer: MRI L-spine w/o contrast',
        'Pt 14 yo M, back pain after hockey.',
        'Reviewer: MRI not supported.',
        'Outcome: denied. NP to obtain history and resubmit if needed.',
      ],
      'mri-area-without',
    ],
    [['P2P — urgent MRI cervical spine w/o contrast (72141)', '10 y M, trampoline, midline neck tenderness.', 'Reviewer: approved.'], 'mri-area-without'],
    [
      ['P2P: MRI complete spine w/ and w/o contrast (72156, 72157, 72158)', 'Pt 11 y F, hx neuroblastoma.', 'Reviewer agreed: approved, expedited.'],
      'mri-complete-without-and-with',
    ],
    [['Utilization review', 'Service requested: US spinal canal (76800)', 'Pt 2 mo F, sacral dimple.', 'Outcome: approved.'], 'us-area'],
    // A request withdrawn and another study ordered instead, the sentence wrapped onto the next line: the replacement.
    [
      [
        'P2P — requested SPECT bone scan lumbar spine (78803)',
        'Pt: 16 y M, LBP 3 wks.',
        'Reviewer: suggests plain films first; SPECT only if films',
        'neg.',
        'Ordering doc agreed. SPECT request withdrawn; XR lumbar spine AP/lat/obliques',
        'ordered instead.',
      ],
      'xr-area',
    ],
  ];
  for (const [lines, id] of ORDERS) it(`"${lines[0]}" orders ${id}`, () => assert.equal(orderOrStatusOf(...lines), id));

  it('a study the reviewer only suggests is never the order', () => {
    assert.equal(orderOrStatusOf('P2P note – MRI L-spine w/o contrast (72148)', 'Pt 15 y M, LBP.', 'Reviewer suggests plain films first.'), 'mri-area-without');
    assert.equal(orderOrStatusOf('P2P note - pended, awaiting records', 'Pt 15 y M, LBP.', 'Reviewer suggests MRI L-spine w/o contrast.'), 'none');
    assert.equal(orderOrStatusOf('P2P note - pended, awaiting records', 'Pt 15 y M, LBP.', 'Reviewer suggests plain films first.'), 'none');
  });

  it('a request withdrawn with nothing in its place orders nothing', () => {
    assert.equal(orderOrStatusOf('P2P – MRI L-spine w/o contrast (72148)', 'Pt 12 y F, LBP 1 wk.', 'Ordering MD agreed; request withdrawn.'), 'none');
  });

  it('a study told with its date or result is a prior, not the study reviewed', () => {
    assert.equal(orderOrStatusOf('P2P scheduled.', 'Pt 9 yo F, LBP.', 'Study: MRI L-spine 2023 - normal.'), 'none');
    assert.equal(orderOrStatusOf('P2P – MRI L-spine 06/2024: unremarkable', 'Pt 9 yo F, LBP.'), 'none');
  });
});

describe('diagnosis codes on charge lines', () => {
  it('reads back pain, radiculopathy and a leukaemia history from their codes', () => {
    assert.ok(presentIn('back-pain', 'Age: 12 y', 'Dx: M54.59'));
    assert.ok(presentIn('back-pain', 'Age: 12 y', 'Dx: M54.5'));
    assert.ok(presentIn('back-pain', 'Age: 12 y', 'Dx: S39.012A'));
    assert.ok(presentIn('radicular-pain', 'Age: 16 y', 'Dx: M54.16'));
    assert.ok(presentIn('malignancy', 'Age: 12 y', 'Dx: C91.01'));
    assert.ok(presentIn('sacral-dimple', 'Age: 2 mo', 'DX1: Q82.6'));
  });
  it('a code with no finding of its own, or a code only like a known one, reads nothing', () => {
    assert.ok(!presentIn('back-pain', 'Age: 12 y', 'Dx: M54.2'));
    assert.ok(!presentIn('malignancy', 'Age: 12 y', 'Dx: C92.01'));
    assert.ok(!presentIn('radicular-pain', 'Age: 12 y', 'Dx: M54.1'));
  });
  it('reads numbered diagnosis keys as the Indication', () => {
    for (const k of ['DX1', 'DX A', 'Dx #2', 'Diagnosis codes']) assert.equal(lookupKey(k)?.name, 'Indication', k);
    for (const k of ['DXA scan', 'DX-ray']) assert.notEqual(lookupKey(k)?.name, 'Indication', k);
  });
});

describe('billing lines and payer reviews give way to the note itself (review of r22)', () => {
  it("the note's Plan is the order over a billing line of an outside or past study", () => {
    assert.equal(
      orderOrStatusOf(
        'Age: 15 y',
        'Hx: LBP 6 wk with night sweats and weight loss',
        'Plan: MRI L-spine w/o contrast',
        'Outside studies reviewed:',
        'CPT 72100 XR LS SPINE 2/3 VW (OSH) | UNITS 1',
      ),
      'mri-area-without',
    );
    assert.equal(
      orderOrStatusOf(
        'Age: 14 y',
        'Hx: low back pain 6 wk, night pain, weight loss.',
        'Plan: MRI L-spine w/o contrast.',
        'Prior imaging:',
        '72100  X-RAY EXAM L-S SPINE 2/3 VWS  | UNITS 1',
      ),
      'mri-area-without',
    );
  });

  it("a change told after a payer review's first line is the order", () => {
    assert.equal(
      orderOrStatusOf(
        'P2P – MRI L-spine w/o contrast (72148)',
        'Pt 14 y F, LBP 4 wks, no red flags.',
        'Reviewer: recommends XR first. Ordering MD agreed. MRI cancelled; XR L-spine ordered.',
      ),
      'xr-area',
    );
    assert.equal(
      orderOrStatusOf('P2P – MRI L-spine w/o contrast (72148)', 'Pt 12 y M, LBP 2 wks.', 'Plan after discussion: XR L-spine AP/lat first; MRI request cancelled.'),
      'xr-area',
    );
  });

  it('a change told in prose after a payer review is the order; a wish, a condition or a proposal is not', () => {
    assert.equal(
      orderOrStatusOf(
        'P2P – MRI L-spine w/o contrast (72148)',
        'Pt 13 y M, LBP 3 wk.',
        'Reviewer: not indicated. Ordering MD agreed to change to XR lumbar spine 2 views instead.',
      ),
      'xr-area',
    );
    assert.equal(
      orderOrStatusOf('Peer to peer re: MRI L-spine w/o contrast (72148)', 'Pt 13 y M, LBP 3 wk.', 'Outcome: MRI denied. Ordering MD modified request to XR lumbar spine AP/lat.'),
      'xr-area',
    );
    assert.equal(orderOrStatusOf('Age: 12 y', 'Plan: MRI L-spine w/o contrast', 'Decided to switch to XR L-spine AP/lat.'), 'xr-area');
    for (const line of [
      'Will change to XR L-spine if MRI not approved.',
      'Mom asked to change to CT L-spine.',
      'Reviewer suggests change to XR L-spine.',
      'We may switch to CT L-spine.',
      'Parents request to modify request to CT L-spine.',
      'Ordering MD agreed to change to XR L-spine if pain persists.',
    ])
      assert.equal(orderOrStatusOf('Age: 12 y', 'Plan: MRI L-spine w/o contrast', line), 'mri-area-without', line);
  });

  // The parents' MRI is only mentioned, and set aside by the note's "imaging not indicated": the note then tells no
  // order of its own, so the fallback reads the study under review.
  it('a study parents asked for, then set aside, leaves the study under review as the order', () => {
    assert.equal(
      orderOrStatusOf(
        'Peer to peer – outcome: DENIAL UPHELD',
        'Requested by: Dr. Ruiz (FM)   Study: MRI L-spine w/o contrast (72148)',
        'Pt 9 yo F, 1 week of low back pain, no inciting event. Parents anxious,',
        'asked for MRI. No fever, no night pain, neuro exam normal. No XR.',
        'Reviewer: no red flags, imaging not indicated at this stage.',
        'Ordering MD plans to appeal; order remains active.',
      ),
      'mri-area-without',
    );
  });

  it('charges already posted, cancelled lines and a cancelled review are no order', () => {
    assert.equal(
      orderOrStatusOf(
        'Age: 11 y',
        'Charges already posted:',
        'CPT 72100 XR LS SPINE 2-3 VW | UNITS 1',
        'CPT 72148 MRI LMBR W/O DYE | UNITS 1',
        'Today: f/u visit, pain resolved, no further imaging.',
      ),
      'none',
    );
    assert.equal(orderOrStatusOf('Age: 12 y', 'CPT 72148 MRI LUMBAR SPINE W/O CONTRAST UNITS 1 - denied by payer, cancelled'), 'none');
    assert.equal(orderOrStatusOf('P2P – MRI L-spine w/o contrast (72148) - denied, cancelled', 'Pt 12 y F, LBP.'), 'none');
    // A denial alone leaves the request standing.
    assert.equal(orderOrStatusOf('Age: 12 y', 'CHG REQ | 72148 | MRI LUMBAR SPINE W/O CONTRAST | UNITS 1 | pending auth'), 'mri-area-without');
  });

  it('lines of different dates, or cancelled lines, never make the complete spine', () => {
    // Lines of two dates are no one order: none is read from them.
    assert.equal(
      orderOrStatusOf(
        'Age: 12 y',
        'CHG 11/01 | 72141 MRI SPINE CERV W/O DYE | UNITS 1',
        'CHG 11/15 | 72146 MRI SPINE CHST W/O DYE | UNITS 1',
        'CHG 11/15 | 72148 MRI SPINE LMBR W/O DYE | UNITS 1',
      ),
      'none',
    );
    assert.equal(
      orderOrStatusOf(
        'Age: 12 y',
        'CPT 72148 MRI L-SPINE W/O | UNITS 1 | pending auth',
        'CPT 72141 MRI C-SPINE W/O | UNITS 1 | cancelled',
        'CPT 72146 MRI T-SPINE W/O | UNITS 1 | cancelled',
      ),
      'mri-area-without',
    );
  });

  it('one prior line leaves the rest of the block the order', () => {
    assert.equal(orderOrStatusOf('Age: 12 y', 'CPT 72100 XR L-SPINE 01/2024 - normal | UNITS 1', 'CPT 72148 MRI LMBR W/O DYE | UNITS 1'), 'mri-area-without');
    assert.equal(orderOrStatusOf('Age: 12 y', 'PRIOR 72100 XR L-SPINE | UNITS 1', 'CPT 72148 MRI LMBR W/O DYE | UNITS 1'), 'mri-area-without');
  });

  it('account, member, record and group numbers are no codes', () => {
    assert.equal(orderOrStatusOf('Age: 12 y', 'ACCT 72146 | MRN 0048812 | UNITS 1', 'LBP 1 wk after soccer. No imaging needed.'), 'none');
    assert.equal(orderOrStatusOf('Age: 12 y', 'Member ID 72148 | Group 55 | UNITS 1', 'LBP 1 wk. No imaging needed.'), 'none');
    assert.equal(orderOrStatusOf('Age: 12 y', 'Group no. 72148 | UNITS 1', 'LBP 1 wk.'), 'none');
  });

  it('a sentence opening on "CPT" is no billing line; "CPT: 72148 …" is one', () => {
    assert.equal(orderOrStatusOf('Age: 12 y', 'LBP 2 wk. Plan: PT, NSAIDs.', 'CPT 72148 was denied last year by the payer.'), 'none');
    assert.equal(orderOrStatusOf('Age: 12 y', 'CPT: 72148 MRI LUMBAR SPINE W/O CONTRAST'), 'mri-area-without');
  });
});

describe('diagnosis codes in their context (review of r22)', () => {
  const hitOf = (code: string, ...lines: string[]) => {
    const text = lines.join('\n');
    return readNote(...lines).facts.hits.find((h) => text.slice(h.span.start, h.span.end) === code);
  };
  it("a relative's code is the relative's", () => {
    const h = hitOf('C91.00', 'Age: 12 y', 'Dx: back pain (M54.50), FHx C91.00 in sibling');
    assert.ok(h && !h.present && h.context.experiencer !== 'patient');
  });
  it('a code ruled out is a question, one excluded, denied or resolved is not present', () => {
    const q = hitOf('C91.00', 'Age: 12 y', 'Dx: r/o C91.00');
    assert.ok(q && !q.present && q.context.uncertain);
    const x = hitOf('C91.00', 'Age: 12 y', 'Dx: C91.00 excluded (BMA normal)');
    assert.ok(x && !x.present && x.negated);
    for (const lines of [
      ['Age: 12 y', 'ICD-10: M54.5 ruled out; Z03.89'],
      ['Age: 12 y', 'Dx: M54.5 - resolved'],
      ['Age: 12 y', 'Diagnosis codes: Z13.828 screening; M54.5 (not present)'],
      ['Age: 12 y', 'Dx: no M54.5; Z03.89'],
    ])
      assert.ok(!presentIn('back-pain', ...lines), lines[1]);
  });
  it('every diagnosis key is read, with no repeat warned for DX1/DX2 or a code line', () => {
    const n = readNote('Age: 12 y', 'DX1: M54.16 RADICULOPATHY LUMBAR', 'DX2: M54.59', 'CPT 72148 MRI LMBR W/O DYE | UNITS 1');
    assert.ok(n.facts.hits.some((h) => h.finding.id === 'back-pain' && h.present));
    assert.ok(!n.rules.includes('duplicate-key'));
    const m = readNote('Age: 12 y', 'Indication: back pain 2 wks', 'ICD-10: C91.00');
    assert.ok(m.facts.hits.some((h) => h.finding.id === 'malignancy' && h.present));
    assert.ok(!m.rules.includes('duplicate-key'));
    // A key given twice is still a repeat.
    assert.ok(readNote('Age: 12 y', 'Indication: back pain', 'Indication: LBP').rules.includes('duplicate-key'));
  });
  it('codes are read under the history keys too', () => {
    assert.ok(presentIn('malignancy', 'Age: 12 y', 'Hx: C91.00, off treatment 2 y', 'Plan: XR L-spine'));
    assert.ok(presentIn('malignancy', 'Age: 12 y', 'PMH: C91.01 in remission', 'Plan: XR L-spine'));
  });
});

describe('billing lines and payer reviews are a fallback (second review)', () => {
  const HX = ['Age: 12 y', 'Hx: LBP 6 wk, night pain'];
  const XR = 'CPT 72100 XR LS SPINE 2/3 VW | UNITS 1';
  // The note's own order, however it is told, outweighs a charge line of another study: the line is read only when
  // nothing else in the note tells an order.
  const OWN: string[][] = [
    ['Plan: get MRI lumbar spine.', XR],
    ['Plan: get MRI lumbar spine.', '', XR],
    ['Assessment and plan: get MRI lumbar spine.', XR],
    ['A/P: LBP with red flags -> MRI L-spine w/o.', '72100 XR LS SPINE 2/3 VW | UNITS 1'],
    ['Discussed with family. Will schedule MRI L-spine w/o contrast under sedation.', XR],
    ['Requesting MRI lumbar spine w/o contrast.', XR],
  ];
  for (const lines of OWN) it(`"${lines[0]}" over a charge line orders the MRI`, () => assert.equal(orderOrStatusOf(...HX, ...lines), 'mri-area-without'));

  it('a charge line is still read when the note tells no other order', () => {
    assert.equal(orderOrStatusOf(...HX, XR), 'xr-area');
  });

  // A heading that names the lines below as imaging done before (prior labels as well as status words).
  for (const heading of ['Radiology hx:', 'Past imaging:', 'Imaging history:', 'Imaging to date:']) {
    it(`a charge line under "${heading}" is no order`, () => {
      const read = orderOrStatusOf(...HX, heading, XR, 'Recommend MRI L-spine w/o.');
      assert.ok(read === 'mri-area-without' || read === 'none', read);
      assert.equal(orderOrStatusOf(...HX, heading, XR), 'none');
    });
  }

  it('a prior authorization is no prior study; "already" alone is no status', () => {
    assert.equal(orderOrStatusOf('Age: 12 y', 'CPT 72148 MRI LMBR W/O DYE | UNITS 1 | prior auth required'), 'mri-area-without');
    assert.equal(orderOrStatusOf('Age: 12 y', 'CPT 72148 MRI LMBR W/O DYE | UNITS 1 | prior authorization pending'), 'mri-area-without');
    assert.equal(orderOrStatusOf('Age: 12 y', 'CPT 72148 MRI LMBR W/O DYE | UNITS 1 | PA submitted'), 'mri-area-without');
    assert.equal(orderOrStatusOf('Age: 12 y', 'CPT 72148 MRI LMBR W/O DYE | UNITS 1 | already authorized'), 'mri-area-without');
    // Still a study done before.
    assert.equal(orderOrStatusOf('Age: 12 y', 'CPT 72148 MRI LMBR W/O DYE | UNITS 1 | prior'), 'none');
    assert.equal(orderOrStatusOf('Age: 12 y', 'CPT 72148 MRI LMBR W/O DYE | UNITS 1 | already done'), 'none');
    assert.equal(orderOrStatusOf('Age: 12 y', 'PRIOR 72148 MRI LMBR W/O DYE | UNITS 1'), 'none');
  });
});
