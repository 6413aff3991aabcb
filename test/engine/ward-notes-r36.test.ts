/**
 * Round 36 (ward progress notes, earlier studies told with an aside or a conclusion, overuse against plain back pain): an
 * inpatient's earlier study told with its hospital day and result, a line carried over from an earlier note, a plan bullet
 * led by its urgency, a study ordered after a dash past the one that led to it, a prior study in brackets or with who asked
 * for it, a report's own verdict at a measure's threshold, and a pain the writer unties from activity. Each reading beside
 * the look-alikes that must not change.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const priors = (r: ReturnType<typeof readNote>) => r.facts.prior.map((p) => `${p.modality}:${p.result}`);

describe('r36 wards: a study told with its hospital day and result under an Imaging key is one done in the stay', () => {
  const ward = (imaging: string) =>
    readNote(
      'Peds ward progress note HD#3',
      '6 yo F admitted with fever and back pain, r/o discitis',
      'Labs: CRP 70, ESR 55.',
      imaging,
      'A/P: febrile back pain.',
      '- MRI L-spine w/ and w/o contrast today',
      '- continue abx',
    );
  for (const imaging of ['Imaging: XR L-spine (HD1): no acute findings.', 'Imaging: XR L-spine HD 2 - no acute findings', 'Imaging: XR T/L spine POD2: normal']) {
    it(`"${imaging}" is no order: the plan bullet's MRI is`, () => assert.equal(ward(imaging).facts.order?.reading.procedure?.id, 'mri-area-without-and-with'));
  }
  it('"Imaging: XR L-spine (HD1)" with no result told stays the line read as before (no report without a result)', () => {
    const r = readNote('Ward note HD1', '9 yo M back pain and fever.', 'Imaging: XR L-spine (HD1)');
    assert.equal(r.facts.order?.reading.procedure?.id, 'xr-area');
  });
  it('"Imaging: XR L-spine to look for discitis" (a purpose, no day) is still the order', () =>
    assert.equal(orderOf('Ward note', '9 yo M back pain and fever.', 'Imaging: XR L-spine to look for discitis'), 'xr-area'));
  it('a word glued to a number that is no stay day ("Imaging: XR L-spine (AB1): no acute findings") leaves the order', () =>
    assert.equal(orderOf('Ward note', '9 yo M back pain and fever.', 'Imaging: XR L-spine (AB1): no acute findings'), 'xr-area'));
});

describe('r36 wards: a line whose key says it is copied forward is an earlier record, not the order', () => {
  const lines = (key: string) => [
    'Pediatric hospitalist progress note - hospital day 4',
    '8 yo M with L3 discitis, improving.',
    `${key}: MRI L-spine w/o & w/ contrast 10/2 - L3 discitis, no epidural abscess.`,
    'A/P: cont IV abx, PICC tomorrow. No further imaging planned at this time.',
  ];
  for (const key of ['Imaging (copied fwd)', 'Imaging (from admission)', 'Imaging (carried fwd)']) {
    it(`"${key}:" orders nothing, and the note is told it names no order`, () => {
      const r = readNote(...lines(key));
      assert.equal(r.facts.order, undefined);
      assert.ok(r.rules.includes('missing-order'), r.rules.join());
    });
  }
  it('"Imaging: MRI L-spine w/o & w/ contrast today" under a plain key is still the order', () =>
    assert.equal(orderOf('Ward note', '8 yo M with back pain and fever.', 'Imaging: MRI L-spine w/o & w/ contrast today'), 'mri-area-without-and-with'));
});

describe('r36 wards: a plan bullet led by its urgency orders its study', () => {
  for (const bullet of ['- STAT MRI whole spine w/ and w/o contrast', '- Urgent MRI whole spine with and without contrast', '- ASAP MRI entire spine w/wo contrast']) {
    it(`"${bullet}" under A/P orders the MRI`, () =>
      assert.equal(
        orderOf(
          'Ward transfer note',
          '9 yo F back pain 2 wk, new leg weakness, urinary retention.',
          'A/P: acute myelopathy ?compression.',
          bullet,
          '- dexamethasone per NSGY',
          '- Foley',
        ),
        'mri-complete-without-and-with',
      ));
  }
  it('"- STAT MRI whole spine not indicated" is no order', () =>
    assert.equal(orderOf('Ward note', '9 yo F back pain 2 wk, afebrile, neuro intact.', 'A/P: mechanical back pain.', '- STAT MRI whole spine not indicated', '- PT'), 'none'));
  it('"- Routine follow-up in clinic" names no study', () =>
    assert.equal(orderOf('Ward note', '9 yo F back pain 2 wk, afebrile, neuro intact.', 'A/P: mechanical back pain.', '- Routine follow-up in clinic', '- PT'), 'none'));
});

describe('r36 wards: after a dash, the study that clause orders, past a study that led to it', () => {
  const ward = (plan: string) =>
    readNote(
      'Peds ward progress note - HD 2',
      '4 mo F admitted with bronchiolitis. Midline lumbosacral hair tuft noted on admission.',
      'Bedside spinal US (HD1): conus at L3-4 - read as abnormal.',
      'A/P:',
      '1. Bronchiolitis - improving',
      plan,
    );
  it('"2. Hair tuft w/ abnormal spinal US - MRI L-spine w/o contrast ordered (outpt)" orders the MRI', () =>
    assert.equal(ward('2. Hair tuft w/ abnormal spinal US - MRI L-spine w/o contrast ordered (outpt)').facts.order?.reading.procedure?.id, 'mri-area-without'));
  it('"2. Tuft, low conus on US - MRI L-spine w/o ordered" orders the MRI', () =>
    assert.equal(ward('2. Tuft, low conus on US - MRI L-spine w/o ordered').facts.order?.reading.procedure?.id, 'mri-area-without'));
  it('"If spinal US abnormal - MRI L-spine ordered" (a condition before the dash) orders no MRI now', () =>
    assert.notEqual(ward('2. If repeat spinal US abnormal - MRI L-spine w/o contrast ordered').facts.order?.reading.procedure?.id, 'mri-area-without'));
  it('"spinal US ordered - MRI L-spine if abnormal" keeps the US as the order', () =>
    assert.equal(orderOf('3 mo M, deep sacral dimple, neuro nl.', 'Plan: spinal US ordered - MRI L-spine if abnormal'), 'us-area'));
});

describe('r36 studies: a prior study told with an aside in brackets', () => {
  it('"Spinal US 2 wk ago (our request): conus L1/2, filum normal." is a normal prior US', () =>
    assert.deepEqual(
      priors(
        readNote('Neurosurgery - outpatient MRI request', '4 mo F. Hair tuft at L4. Spinal US 2 wk ago (our request): conus L1/2, filum normal.', 'Request: MRI lumbar spine w/o.'),
      ),
      ['US:normal'],
    ));
  it('"Spinal US 2 wk ago: conus L1/2, normal. MRI requested." keeps the US normal and the request no prior', () =>
    assert.deepEqual(priors(readNote('4 mo F. Hair tuft at L4. Spinal US 2 wk ago: conus L1/2, normal.', 'Request: MRI lumbar spine w/o.')), ['US:normal']));
  it('"(MRI L-spine age 2: normal, no tethering)" after the marker is a normal prior MRI; the XR is no initial study', () => {
    const r = readNote(
      'Urology -> XR request',
      '10 yo F with hair tuft over L3 (MRI L-spine age 2: normal, no tethering). New daytime wetting for 3 months.',
      'Request: XR lumbosacral spine AP/lat',
    );
    assert.deepEqual(priors(r), ['MRI:normal']);
    assert.ok(!r.rules.includes('inappropriate-initial-study'), r.rules.join());
  });
  it('"(MRI L-spine requested)" in brackets is no prior', () =>
    assert.deepEqual(priors(readNote('10 yo F with hair tuft over L3 (MRI L-spine requested). New daytime wetting.', 'Request: XR lumbosacral spine AP/lat')), []));
  it('"(mother\'s MRI L-spine: normal)" is a relative\'s study, no prior', () =>
    assert.deepEqual(priors(readNote("10 yo F with hair tuft over L3 (mother's MRI L-spine: normal). New daytime wetting.", 'Request: XR lumbosacral spine AP/lat')), []));
});

describe("r36 studies: the report's own verdict at a measure's threshold", () => {
  const vetting = (report: string) => readNote('US vetting - repeat spine US', `5 mo M, deep sacral dimple. ${report}`, 'Request: repeat US lumbar spine.');
  it('"filum 2 mm - indeterminate, report suggested repeat or MRI" is indeterminate', () =>
    assert.deepEqual(priors(vetting('Previous spine US at 3 wk: conus tip L2/3, filum 2 mm - indeterminate, report suggested repeat or MRI.')), ['US:indeterminate']));
  it('"filum 2 mm, thickened" (no verdict of doubt) stays abnormal', () =>
    assert.deepEqual(priors(vetting('Previous spine US at 3 wk: conus L1-2, filum 2 mm, thickened.')), ['US:abnormal']));
  it('"filum 3 mm - indeterminate" (past the threshold) stays abnormal', () =>
    assert.deepEqual(priors(vetting('Previous spine US at 3 wk: conus L1-2, filum 3 mm - indeterminate.')), ['US:abnormal']));
  it('"conus L3, filum 2 mm - indeterminate" (a low conus besides) stays abnormal', () =>
    assert.deepEqual(priors(vetting('Previous spine US at 3 wk: conus at L3, filum 2 mm - indeterminate.')), ['US:abnormal']));
  it('"filum 2 mm - not indeterminate, tethered" stays abnormal', () =>
    assert.deepEqual(priors(vetting('Previous spine US at 3 wk: conus L1-2, filum 2 mm - tethered cord.')), ['US:abnormal']));
});

describe('r36 overuse: a pain the writer unties from activity is no overuse', () => {
  const physical = (pain: string) =>
    readNote(
      'Sports physical',
      '14 yo M here for pre-participation physical for basketball. Cleared for sports.',
      pain,
      'PE: neuro intact.',
      'A/P: low back pain.',
      ' - XR L-spine 2 views ordered',
    );
  for (const pain of [
    'Also low back ache on and off x 2 wks. No injury, not related to any particular activity. No fever, no night pain.',
    'Low back pain x 3 wks, unrelated to sports. No fever, no night pain.',
  ]) {
    it(`"${pain}" is back pain without red flags, not overuse`, () => assert.equal(physical(pain).scenario, 'back-pain-no-red-flags'));
  }
  it('"Low back pain after basketball practice x 3 wks" is overuse', () =>
    assert.equal(physical('Low back pain after basketball practice x 3 wks. No fever, no night pain.').scenario, 'back-pain-overuse'));
  it('"Back pain worse after basketball practice, not related to any other activity" stays overuse', () =>
    assert.equal(physical('Back pain worse after basketball practice x 3 wks, not related to any other activity. No fever.').scenario, 'back-pain-overuse'));
  it('"Low back ache x 2 wks" with no denial stays as read before (overuse from the sport)', () =>
    assert.equal(physical('Also low back ache on and off x 2 wks. No injury. No fever, no night pain.').scenario, 'back-pain-overuse'));
});

describe('review r36-wards H1: a stay-day report is a prior for its own clause only', () => {
  const probes: [string[], string][] = [
    [
      ['Ward note HD 4', '9 yo M back pain and fever.', 'Imaging: XR L-spine HD1: normal. MRI L-spine w/ and w/o contrast today.', 'A/P: discitis vs osteomyelitis.'],
      'mri-area-without-and-with',
    ],
    [
      ['Ward note', '14 yo F with known Ewing sarcoma, new back pain.', 'Imaging: CT chest POD 2: no acute findings. MRI T/L spine w/wo contrast today.'],
      'mri-area-without-and-with',
    ],
    [['Ward note', '9 yo M back pain and fever.', 'Imaging: MRI L-spine w/ and w/o contrast - HD 2 no acute findings on XR'], 'mri-area-without-and-with'],
    [['Ward note HD 3', '9 yo M back pain and fever.', 'Imaging: MRI L-spine w/wo contrast - pls do HD 3, no acute findings on prior XR'], 'mri-area-without-and-with'],
    [['Ward note', '8 yo M with back pain and fever.', 'Imaging (copied fwd): MRI L-spine w/ and w/o contrast - please order today'], 'mri-area-without-and-with'],
  ];
  for (const [lines, want] of probes) {
    it(`"${lines[2]}" keeps the order (${want})`, () => {
      const r = readNote(...lines);
      assert.equal(r.facts.order?.reading.procedure?.id, want);
      assert.ok(!r.rules.includes('missing-order'), r.rules.join());
    });
  }
  // Main reads the XR here (the MRI would be right); the branch read nothing at all. Never nothing.
  for (const line of [
    'Imaging: XR L-spine (HD1): no acute findings. Need MRI L-spine w/ and w/o contrast today.',
    'Imaging: XR L-spine (HD1): no acute findings; MRI L-spine w/ and w/o contrast pending',
  ]) {
    it(`"${line}" still reads an order`, () => assert.notEqual(orderOf('Ward note HD 4', '9 yo M back pain and fever.', line), 'none'));
  }
  it('"Imaging (from admission): spinal US requested" (a request copied forward) still orders the US', () => {
    const r = readNote('Ward note HD2', '4 mo F admitted with bronchiolitis. Midline lumbosacral hair tuft noted on admission.', 'Imaging (from admission): spinal US requested');
    assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
    assert.ok(!r.rules.includes('missing-order'), r.rules.join());
  });
  it('a line holding only a stay-day prior is no Order line: missing-order is told', () => {
    const r = readNote('Ward note HD 3', '9 yo M back pain and fever.', 'Imaging: XR L-spine (HD1): no acute findings.', 'A/P: cont abx');
    assert.equal(r.facts.order, undefined);
    assert.ok(r.rules.includes('missing-order'), r.rules.join());
  });
});

describe('review r36-wards H2: a dash clause with a condition, a past, a modal or a relative orders nothing after the dash', () => {
  for (const line of [
    'XR L-spine ordered today - CT L-spine ordered if XR shows fracture.',
    'XR L-spine ordered today - bone scan ordered if XR negative and pain persists.',
    'XR L-spine - MRI L-spine w/o contrast ordered if XR abnormal.',
    'XR L-spine ordered - MRI L-spine w/o contrast ordered before, normal in 2022.',
    'XR L-spine ordered today - MRI ordered by ortho would be reasonable if XR neg.',
  ]) {
    it(`"${line}" orders the XR, no alert`, () => {
      const r = readNote('Clinic note', '11 yo M back pain 6 wk, night pain.', line);
      assert.equal(r.facts.order?.reading.procedure?.id, 'xr-area');
      assert.ok(!r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
    });
  }
  it('"Mom\'s XR L-spine abnormal - MRI L-spine ordered for her by her doctor" orders no MRI', () =>
    assert.notEqual(
      orderOf('Clinic note', '11 yo M back pain 6 wk, night pain.', "Mom's XR L-spine abnormal - MRI L-spine ordered for her by her doctor.", 'Plan: reassure, PT'),
      'mri-area-without',
    ));
});

describe('review r36-wards H3: an urgency-led bullet keeps the guards of any plan bullet', () => {
  it('"- STAT MRI whole spine would be needed if any red flags develop" orders nothing', () => {
    const r = readNote('Clinic note', '12 yo F low back pain 3 months, night pain.', 'Plan:', '- STAT MRI whole spine would be needed if any red flags develop', '- PT');
    assert.equal(r.facts.order, undefined);
    assert.ok(r.rules.includes('missing-order'), r.rules.join());
  });
  for (const bullet of [
    '- STAT MRI L-spine w/ and w/o contrast - cancelled, pt transferred',
    '- STAT MRI L-spine w/ and w/o contrast per NSGY recommendation - NSGY to decide after exam',
  ]) {
    it(`"${bullet}" orders nothing`, () => assert.equal(orderOf('ED note', '8 yo M fever, back pain, refusing to walk.', 'Plan:', bullet), 'none'));
  }
  it('"- STAT MRI L-spine w/ and w/o contrast" still orders the MRI', () =>
    assert.equal(orderOf('ED note', '8 yo M fever, back pain, refusing to walk.', 'Plan:', '- STAT MRI L-spine w/ and w/o contrast'), 'mri-area-without-and-with'));
});

describe("review r36-wards H4: only a denial about the patient's back pain, in its own sentence, unties the sport", () => {
  const probes: string[][] = [
    [
      'Clinic note',
      '15 yo F elite gymnast, trains 25 h/wk, many back walkovers.',
      'Low back pain x 3 wk, worse with arching.',
      "Her mother's back pain is not related to activity.",
      'PE: neuro intact, pain on single-leg extension.',
      'Plan: XR L-spine AP/lat',
    ],
    ['Clinic note', '15 yo F elite gymnast, trains 25 h/wk.', 'Low back pain x 3 wk, worse with arching.', 'Wrist pain unrelated to sports.', 'Plan: XR L-spine AP/lat'],
    [
      'Clinic note',
      '14 yo F competitive gymnast, trains 20 h/wk.',
      'Low back pain x 3 wk.',
      'Knee pain unrelated to sports - likely Osgood.',
      'PE: neuro intact.',
      'Plan: XR L-spine AP/lat',
    ],
    ['Clinic note', '14 yo F soccer player.', "LBP x 2 wk, started during preseason conditioning. Her brother's back pain was not related to sports.", 'Plan: XR L-spine'],
    ['Sports med note', '15 yo F rower, 2 a day practices. Back pain x 3 wk.', "Father's back pain not associated with activity.", 'Plan: XR L-spine'],
    [
      'Sports med note',
      '15 yo F rower, 2 a day practices.',
      'Low back ache x 3 wks since erg testing. Worse after practice.',
      'Sx not related to exercise per dad, but patient disagrees.',
      'Plan: XR L-spine',
    ],
    [
      'Clinic note',
      '15 yo M fast bowler, cricket 5 days/wk.',
      'Mom says the LBP is not related to sport, but pain started the week bowling load doubled.',
      'PE: neuro intact. Pain on extension.',
      'Plan: XR L-spine',
    ],
    [
      'Clinic note',
      '13 yo F dancer, ballet 4x/wk.',
      'Low back pain 2 wk after increasing rehearsals, not worse with activity.',
      'Plan: XR L-spine"  (the denial in the pain\'s own sentence drops "after increasing rehearsals',
    ],
    ['Clinic note', '14 yo F soccer player.', 'LBP x 2 wk; it is not unrelated to sports - started after preseason.', 'Plan: XR L-spine'],
  ];
  for (const lines of probes) {
    it(`"${lines.slice(1).join(' / ')}" stays overuse, no alert`, () => {
      const r = readNote(...lines);
      assert.equal(r.scenario, 'back-pain-overuse');
      assert.ok(!r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
    });
  }
});

describe('review r36-wards H5: a verdict negated or strengthened keeps a 2 mm filum abnormal', () => {
  for (const told of ['filum 2 mm - not equivocal, definitely thickened.', 'filum 2 mm - equivocal, abnormal.']) {
    it(`"${told}" stays abnormal and the referral rule stands`, () => {
      const r = readNote('US vetting - repeat spine US', `5 mo M, deep sacral dimple. Previous spine US at 3 wk: ${told}`, 'Request: MRI L-spine w/o contrast.');
      assert.deepEqual(priors(r), ['US:abnormal']);
    });
  }
  it('the H5 probe keeps referral-after-abnormal-ultrasound', () => {
    const r = readNote(
      'US vetting - repeat spine US',
      '5 mo M, deep sacral dimple. Previous spine US at 3 wk: filum 2 mm - not equivocal, definitely thickened.',
      'Request: MRI L-spine w/o contrast.',
    );
    assert.ok(r.rules.includes('referral-after-abnormal-ultrasound'), r.rules.join());
  });
});

describe('review r36-wards H1: a line with a prior and a study still to do stays an Order line', () => {
  it('"… on HD1 showed L4 discitis. Repeat MRI L-spine w/ and w/o today" raises no missing-order', () => {
    const r = readNote(
      'Ward note HD 3',
      '9 yo M back pain and fever.',
      'Imaging: MRI L-spine w/ and w/o contrast on HD1 showed L4 discitis. Repeat MRI L-spine w/ and w/o today given worsening pain.',
    );
    assert.ok(!r.rules.includes('missing-order'), r.rules.join());
  });
});

describe('review2 r36 H5: "Imaging today:" under a copied Imaging line orders its study', () => {
  it('"Imaging (copied fwd): XR L-spine HD1 normal" then "Imaging today: MRI L-spine w/ and w/o contrast" orders the MRI', () => {
    const lines = ['Ward note', '9 yo M back pain and fever.', 'Imaging (copied fwd): XR L-spine HD1 normal', 'Imaging today: MRI L-spine w/ and w/o contrast'];
    assert.equal(orderOf(...lines), 'mri-area-without-and-with');
    assert.ok(!readNote(...lines).rules.includes('missing-order'));
  });
  it('"Imaging today: XR L-spine normal" is a result, the Plan\'s MRI the order', () =>
    assert.equal(orderOf('Ward note', '9 yo M back pain and fever.', 'Imaging today: XR L-spine normal', 'Plan: MRI L-spine w/ and w/o contrast'), 'mri-area-without-and-with'));
});
