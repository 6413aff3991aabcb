/**
 * Round 55 (fix55b), orders told by who does what: a later line that cancels or holds the study started earlier
 * (order-taken-back-later.ts), the order system's name before a dash (order-system-route.ts), a nurse's study started
 * by protocol (nurse-protocol.ts) and a doctor's speaker label (study-mentions.ts unreadOrder, prose.speakerLabels). Each
 * with the look-alikes that must read as before; review r55's harms are near-miss tests (each read as main reads it). The
 * plan inside a history's value was taken out after review r55.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const PAIN = '7 yo F, back pain 3 days, mild, playing. No fever.';
const STARTED = 'XR L-spine per protocol started.';
const ORDERED = 'XR L-spine ordered.';

describe('r55b: a later line that cancels or holds the study started earlier', () => {
  const takes: readonly (readonly [string, string])[] = [
    ['a doctor\'s timed addendum "MD 1455: XR cancelled - no indication."', 'MD 1455: XR cancelled - no indication. Reassure, PCP prn.'],
    ['"Dr: XR not needed."', 'Dr: XR not needed.'],
    ['an unlabelled "X-ray L-spine cancelled by MD."', 'X-ray L-spine cancelled by MD.'],
    ['"Cancel XR - no indication."', 'Cancel XR - no indication.'],
  ];
  for (const [what, line] of takes) it(`${what} takes it back`, () => assert.equal(orderOf(PAIN, STARTED, line), 'none'));
  it('the cancelled study leaves the note with no order (missing-order)', () =>
    assert.ok(readNote(`RN 1430: ${PAIN} ${STARTED}`, 'MD 1455: XR cancelled - no indication.').rules.includes('missing-order')));

  const keeps: readonly (readonly [string, string])[] = [
    ['a cancellation denied', 'XR not cancelled - proceed.'],
    ['a cancellation asked', 'XR cancelled?'],
    ['a cancellation on a condition', 'If no better, XR cancelled.'],
    ['a cancellation to come', 'XR to be cancelled if pain settles.'],
    ['another modality cancelled', 'MRI cancelled - not indicated.'],
    ['a chest film cancelled', 'CXR cancelled - no indication.'],
    ['another body part cancelled', 'XR hip cancelled.'],
    ["a mother's label", 'Mum: XR cancelled.'],
    ["another service's label", 'Radiology: XR cancelled - no indication.'],
    ['a study booked again', 'XR cancelled - rebooked for Friday.'],
    ['another study put in its place', 'XR cancelled, MRI L-spine w/o instead.'],
    ['a cancellation of another visit', 'XR cancelled last visit, now needed.'],
    ['a prior study cancelled', 'Prior XR cancelled in 2023.'],
    ['a cancellation by mistake', 'XR cancelled by mistake, still needed.'],
    ['a new date awaited', 'XR cancelled - new date awaited.'],
    ['a study deferred to follow-up', 'XR cancelled - to be done at follow-up.'],
    ['a hold until another study', 'Hold XR until US done.'],
    ['a hold (no taking back)', 'Addendum: the XR on hold.'],
    ['a hold pending review', 'MD: hold XR pending MD review'],
    ['a relative on the line', 'Cancel XR - parents declined.'],
    ['a hold asked', 'Hold XR pending MD review?'],
    ['"cancelled" inside a prior\'s result', 'US spine 2024 (cancelled) - never done.'],
  ];
  for (const [what, line] of keeps) it(`${what} keeps the order ("${line}")`, () => assert.equal(orderOf(PAIN, ORDERED, line), 'xr-area'));
  it('a study ordered again on a later line keeps it', () => assert.equal(orderOf(PAIN, ORDERED, 'MD: XR cancelled.', 'MD 1530: XR L-spine reordered after review.'), 'xr-area'));
});

describe("r55b: the order system's name before a dash", () => {
  const DIMPLE = '6mo M. Small punched-out area of absent skin midline over lumbar spine. Neuro exam normal.';
  it('"Ix: ICE - US spine requested" orders the US', () => assert.equal(orderOf(DIMPLE, 'Ix: ICE - US spine requested'), 'us-area'));
  it('"Ix: ICE - US spine requested" in lower case too', () => assert.equal(orderOf(DIMPLE, 'Ix: ice - US spine requested'), 'us-area'));
  const none: readonly (readonly [string, string])[] = [
    ['a study done and read', 'Ix: ICE - US spine 2024 normal'],
    ['a past request', 'Ix: ICE - US spine requested last visit, normal'],
    ['a condition', 'Ix: ICE - US spine if lesion changes'],
    ['PACS (where studies done are kept)', 'Ix: PACS - US spine normal'],
    ["the system's result", 'Ix: ICE result - US spine normal'],
    ['the system down', 'Ix: ICE down - US spine requested on paper'],
    ['a twin', 'Ix: ICE - US spine requested for twin'],
    ['a request asked', 'Ix: ICE - US spine requested?'],
    ['a decline', 'Ix: ICE - US spine declined by radiology'],
    ["a mother's wish", 'Ix: ICE - mum wants US spine'],
  ];
  for (const [what, line] of none) it(`${what} orders nothing ("${line}")`, () => assert.equal(orderOf(DIMPLE, line), 'none'));
});

describe("r55b: a nurse's study started by protocol", () => {
  const DIMPLE = '4 mo M. Dimple 6mm, in cleft. Neuro exam nl.';
  it('"RN started XR L-spine per protocol; MD aware, ok to proceed." orders it', () =>
    assert.equal(orderOf(DIMPLE, 'RN started XR L-spine per protocol; MD aware, ok to proceed.'), 'xr-area'));
  it('"Triage nurse initiated XR L-spine per protocol. MD agrees." orders it', () =>
    assert.equal(orderOf(DIMPLE, 'Triage nurse initiated XR L-spine per protocol. MD agrees.'), 'xr-area'));
  it('unconfirmed by a doctor, "Triage nurse initiated XR L-spine per protocol." is read as main reads it', () =>
    assert.equal(orderOf(DIMPLE, 'Triage nurse initiated XR L-spine per protocol.'), 'none'));
  const none: readonly string[] = [
    'RN started XR L-spine per protocol - protocol criteria not met - await MD.',
    'RN started XR L-spine per protocol; MD declined, no indication.',
    'RN started XR L-spine per protocol, pending MD review.',
    'RN started XR L-spine per protocol?',
    'RN started XR L-spine per protocol if pain persists.',
    'RN started XR L-spine per protocol last visit, normal.',
    'RN started XR L-spine per protocol on 3/4 - normal.',
    'RN to start XR L-spine per protocol.',
    'RN started XR chest per protocol.',
    'RN started XR L-spine per protocol for his brother.',
    'RN suggests XR L-spine per protocol; MD declined.',
    'Mum asked if RN started XR L-spine per protocol.',
    'RN started XR L-spine per protocol; on hold.',
  ];
  for (const line of none) it(`"${line}" orders nothing`, () => assert.equal(orderOf(DIMPLE, line), 'none'));
  it('a doctor cancelling it on a later line takes it back', () =>
    assert.equal(orderOf(DIMPLE, 'RN started XR L-spine per protocol.', 'MD: XR cancelled - no indication.'), 'none'));
});

describe("r55b: a doctor's speaker label", () => {
  const ALL = '9 y boy, ALL in remission (completed tx 2 yrs ago). New back pain this wk, mum worried about relapse.';
  it('"Dr: CT lumbar spine with contrast requested, and oncology informed." orders the CT', () =>
    assert.equal(orderOf(ALL, 'Dr: CT lumbar spine with contrast requested, and oncology informed.'), 'ct-area-with'));
  it('"Dr: XR L-spine requested." orders it', () => assert.equal(orderOf(ALL, 'Dr: XR L-spine requested.'), 'xr-area'));
  const none: readonly string[] = [
    'Dr: if no better, XR.',
    'Dr: XR not needed.',
    'Dr: XR L-spine requested?',
    'Dr: XR L-spine requested last visit - normal.',
    'Dr: XR L-spine requested 2024, normal.',
    'Dr: XR L-spine requested; parents declined.',
    'Dr: XR chest requested.',
    'Dr: MRI L-spine done last year, normal.',
    'Dr: would consider MRI L-spine if worse.',
    'Dr: discussed MRI L-spine, parents declined.',
    'Dr: Patel',
    'Mum: wants MRI.',
    'Mum: MRI L-spine requested.',
  ];
  for (const line of none) it(`"${line}" orders nothing`, () => assert.equal(orderOf(ALL, line), 'none'));
  it("a transcript's doctor asking about red flags tells none of them", () =>
    assert.equal(
      readNote('Teleconsult, 17 y/o M.', 'Pt: Doc, my back is painful since 2 weeks.', 'Dr: Any fever, weight loss, pain at night, numbness?', 'Pt: None po.').scenario,
      'back-pain-no-red-flags',
    ));
});

describe('r55b: review r55 near misses, each read as main reads it', () => {
  const cases: readonly (readonly [string, string, readonly string[]])[] = [
    // A later line taken back: another noun between the study and the denial, a hold, a relative or another patient, a
    // still-later line restoring it.
    [
      '004',
      'xr-area',
      [
        '9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.',
        'Order: XR L-spine',
        'MD 1455: XR cancelled - no indication.',
        'MD 1510: reinstated after discussion with attending.',
        '',
      ],
    ],
    [
      '005',
      'xr-area',
      [
        '9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.',
        'Order: XR L-spine',
        'MD: XR cancelled.',
        'Addendum: parents changed their mind, proceed.',
        '',
      ],
    ],
    [
      '006',
      'xr-area',
      ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine', 'RN: XR oblique views not needed per radiology.', ''],
    ],
    ['007', 'xr-area', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine', 'XR lateral view not required.', '']],
    ['008', 'xr-area', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine', 'XR - pregnancy test not required.', '']],
    ['009', 'xr-area', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine', 'XR - shielding not needed.', '']],
    [
      '013',
      'xr-area',
      ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine', 'MD: XR held - pt in pain, give analgesia first', ''],
    ],
    ['021', 'xr-area', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine', 'XR on hold - portable machine down.', '']],
    ['022', 'mri-area-without', ['3 mo M, hair tuft over lower back. Neuro exam normal.', 'Order: MRI L-spine w/o contrast', 'MD: MRI sedation not required - feed and wrap.', '']],
    ['023', 'mri-area-without', ['3 mo M, hair tuft over lower back. Neuro exam normal.', 'Order: MRI L-spine w/o contrast', 'MRI - GA not needed, feed and wrap.', '']],
    ['024', 'mri-area-without', ['3 mo M, hair tuft over lower back. Neuro exam normal.', 'Order: MRI L-spine w/o contrast', 'MRI under GA - feeds held from 0600.', '']],
    ['025', 'mri-area-without', ['3 mo M, hair tuft over lower back. Neuro exam normal.', 'Order: MRI L-spine w/o contrast', 'MRI contrast not needed.', '']],
    ['026', 'mri-area-without', ['3 mo M, hair tuft over lower back. Neuro exam normal.', 'Order: MRI L-spine w/o contrast', 'Addendum: MRI GA not required.', '']],
    ['027', 'us-area', ['3 mo M, hair tuft over lower back. Neuro exam normal.', 'Order: US spine', 'US sedation not required.', '']],
    ['030', 'us-area', ['3 mo M, hair tuft over lower back. Neuro exam normal.', 'Order: US spine', 'US cancelled for brother - not this pt.', '']],
    ['031', 'us-area', ['3 mo M, hair tuft over lower back. Neuro exam normal.', 'Order: US spine', 'RN: US on hold - mum feeding baby.', '']],
    [
      '099',
      'xr-area',
      [
        '9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.',
        'Order: XR L-spine',
        'MD: XR cancelled.',
        'MD 1530: order reinstated - parents want it done.',
        '',
      ],
    ],
    ['101', 'xr-area', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine', 'XR flexion/extension views not indicated.', '']],
    ['104', 'xr-area', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine', 'Dr: XR held until pain relief given.', '']],
    ['109', 'ct-area-without', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Order: CT L-spine', 'CT contrast not required.', '']],
    ['111', 'xr-area', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Order: XR L-spine', 'RN: XR chaperone not needed.', '']],
    // A nurse's protocol study with no doctor's agreement, or a doctor's later cancel in any words.
    [
      '074',
      'none',
      ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'RN started XR L-spine per protocol.', 'Dr Patel 1500: XR cancelled - no indication.', ''],
    ],
    [
      '075',
      'none',
      [
        '9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.',
        'Triage RN started XR L-spine per protocol.',
        'Attending: no XR, reassurance and physio.',
        '',
      ],
    ],
    [
      '076',
      'none',
      ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'RN started XR L-spine per protocol.', 'MD 1455: XR not done - not indicated.', ''],
    ],
    [
      '082',
      'none',
      [
        '9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.',
        'RN started XR L-spine per protocol; MD aware.',
        'MD: XR to be cancelled - no red flags.',
        '',
      ],
    ],
    [
      '083',
      'none',
      [
        '9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.',
        'Nurse started XR L-spine per protocol.',
        'Physician: no indication for imaging, XR cancelled.',
        '',
      ],
    ],
    ['085', 'none', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'RN started XR L-spine per protocol', 'MD: cxl XR, no indication', '']],
    [
      '086',
      'none',
      ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'RN started XR L-spine per protocol.', 'ED physician: XR inappropriate, cancelled.', ''],
    ],
    [
      '132',
      'none',
      ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'RN started XR L-spine per protocol.', 'MD: not indicated, order cancelled.', ''],
    ],
    ['134', 'none', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'RN started XR L-spine per protocol.', 'Reg: cancelled, reassured.', '']],
    [
      '135',
      'none',
      ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'RN started XR L-spine per protocol.', 'MD: examined, no red flags. XR cancelled.', ''],
    ],
    [
      '139',
      'none',
      ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'RN started XR L-spine per protocol.', 'Dr Jones: cancelled, not indicated.', ''],
    ],
    ['140', 'none', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'RN started XR L-spine per protocol.', 'PA: XR unnecessary, removed.', '']],
    // The order system's route: only the study then an order word closing the sentence.
    ['055', 'none', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Ix: ICE - XR L-spine report awaited from GP surgery.', '']],
    ['062', 'none', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Ix: ICE - XR L-spine not requested, not indicated.', '']],
    ['126', 'none', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Ix: ICE - XR L-spine vs MRI, discuss with consultant.', '']],
    ['127', 'none', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Ix: ICE - XR L-spine pending approval by consultant.', '']],
    ['128', 'none', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Ix: ICE - XR L-spine requested in March, DNA.', '']],
    // A 'Dr:' label: the order word must close its clause, with no denial, cancel, "by", "then" or time on the line.
    ['091', 'none', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', "Dr: MRI L-spine requested by ortho - we'll wait for their review.", '']],
    ['095', 'none', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', "Dr: XR L-spine requested by the school nurse isn't needed.", '']],
    ['145', 'none', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Dr: XR L-spine requested already - by the ED team.', '']],
    [
      '147',
      'none',
      ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Dr: XR L-spine requested would expose her to radiation for no benefit.', ''],
    ],
    ['149', 'none', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Dr: MRI L-spine requested by neurosurgery is next week.', '']],
    ['150', 'none', ['9 yo F, LBP x 10 days, no trauma. No fever, no night pain. Neuro exam normal.', 'Dr: XR L-spine requested, then cancelled after exam.', '']],
  ];
  for (const [id, gold, lines] of cases) it(`probe ${id}: ${lines.filter((l) => l.trim()).pop() ?? ''}`, () => assert.equal(orderOf(...lines), gold));
});
