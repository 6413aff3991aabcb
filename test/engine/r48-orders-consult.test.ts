/**
 * Round 48's held-out sets 97 (East and South-East Asian-trained doctors' notes) and 98 (on-call and consult notes): a
 * follow-up told never arranged and "check" before a study. Each reading with the look-alikes it must leave alone. The
 * round's other readings were taken out after reviews: a registrar's or senior's relayed advice keyed as "SpR advice:"
 * (review r48 B), a referral told after a study's bare "w/o" and a comma, and advice that a study "won't help" (review
 * r48 E); their look-alikes stay as tests of the safe reading.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;
const referredOf = (...lines: string[]) => readNote(...lines).facts.referral.neurosurgery;

describe('a referral after a study ending on a bare "w/o" (s97; the reading taken out after review r48 E)', () => {
  // Not asserted: "Plan: MRI L-spine w/o, referred to neurosurgery OPD" (and "w/o;", "w/o +") is read as no referral, as at
  // the round's start; the reading that made it (context.ts closesStudyName) was taken out after review r48 E.
  const head = ['3 m/o M', 'sacral dimple + hair tuft. Spinal US: conus at L3, thickened filum.', 'neuro normal'];

  it('still reads a referral denied, conditioned or absent', () => {
    for (const plan of [
      'Plan: MRI L-spine w/o contrast. No referral to neurosurgery',
      'Plan: MRI L-spine w/o, refer to neurosurgery if abnormal',
      'Plan: MRI L-spine w/o, no neurosurgery referral',
      'Plan: MRI L-spine w/o',
    ])
      assert.equal(referredOf(...head, plan), false, plan);
  });

  it('keeps "w/o" before a finding a denial', () => {
    assert.equal(presentIn('fever', '9 yo M', 'back pain 2 weeks w/o fever, w/o night pain.', 'Plan: XR L-spine'), false);
  });
});

describe('advice that a study "won\'t help" (s98 telephone advice; the reading taken out after review r48 E)', () => {
  // Not asserted: "advised XR won't help … Will request MRI lumbar spine" reads the XR as the order, as at the round's start
  // (order-openings unhelpfulStudy taken out after review r48 E).
  const head = ['25 mo boy, soft midline lump over lower back ~3cm, ?lipoma. Present since birth.', 'GP examined legs - normal tone, power, reflexes.'];

  it('keeps advice with no such words an order', () => {
    assert.equal(orderOf(...head, 'Advised XR L-spine.'), 'xr-area');
    assert.equal(orderOf(...head, 'Advised MRI L-spine w/o.'), 'mri-area-without');
  });
});

describe('a study told never arranged, booked or ordered (s98 night notes)', () => {
  const head = ['7mo girl, admitted with gastro.', 'Known port wine stain over lumbar spine ~4cm.'];

  it('reads no order from a study told never arranged, never booked or never ordered', () => {
    for (const l of ['Spinal US never arranged.', 'Spinal US never been arranged.', 'Repeat spinal US never booked.', 'Spinal US never ordered.'])
      assert.equal(orderOf(...head, l, 'Legs normal.'), null, l);
  });

  it('keeps the study requested after it, one ordered later in the sentence, and one told arranged', () => {
    assert.equal(orderOf(...head, 'Spinal US never arranged.', 'Have requested XR lumbosacral spine AP+lat for the morning.'), 'xr-area');
    assert.equal(orderOf(...head, 'Spinal US never ordered by GP - I have ordered it today.'), 'us-area');
    assert.equal(orderOf(...head, 'Spinal US never requested by GP - I have requested it today.'), 'us-area');
    assert.equal(orderOf(...head, 'Spinal US arranged.'), 'us-area');
  });
});

describe('a registrar\'s or senior\'s relayed advice keyed as "SpR advice:" (s98 ward rounds and consults, taken out)', () => {
  const head = ['11mo F, admitted with bronchiolitis', 'Noted deviated gluteal cleft with a dimple at the top of it'];

  // The reading of "SpR advice:", "Reg advice:", "Senior advice:" as the plan was taken out after review r48 B: it read
  // advice refused, put off, left to the GP, conditioned or told unnecessary as the order (see the review's probes below).
  it('reads no order from the relayed advice of a registrar or senior (reading taken out)', () => {
    assert.equal(orderOf(...head, 'SpR advice: spinal US.  -> requested'), null);
  });

  it("leaves another specialty's advice, a study done and a conditioned study unread", () => {
    assert.equal(orderOf(...head, 'Ortho reg advice: MRI L-spine at their clinic.'), null);
    assert.equal(orderOf(...head, 'SpR advice: spinal US last week normal.'), null);
    assert.equal(orderOf(...head, 'Reg advice: spinal US if dimple deep.'), null);
  });
});

describe('"check" before a study as the order (s97, East and South-East Asian-trained writers)', () => {
  const head = ['8 y/o F', 'back pain 5 days. no fever. neuro exam normal'];

  it('reads a sentence opening on "check" and a study, after an arrow or after advice, as the order', () => {
    assert.equal(orderOf(...head, 'Check CT L-spine with contrast'), 'ct-area-with');
    assert.equal(orderOf(...head, 'mother very worried -> check MRI whole spine'), 'mri-complete-without');
    assert.equal(orderOf('2 y/o M', 'hair tuft at lower back. drags R leg.', 'Suggest: check MRI whole spine'), 'mri-complete-without');
    assert.equal(orderOf('2 y/o M', 'hair tuft at lower back. drags R leg.', 'Advised check MRI whole spine'), 'mri-complete-without');
  });

  it('leaves a check of a report, a result, films, a question, a condition or a study done unread', () => {
    for (const l of [
      'Check MRI report with radiology.',
      'XR L-spine done last week. Check XR result tomorrow.',
      'Check if MRI L-spine was done at OSH.',
      'Check MRI L-spine if pain persists.',
      'Check XR films from OSH.',
      'MRI done -> check MRI findings with radiology',
      'Checked MRI L-spine from 2024: normal.',
      'if no better -> check MRI whole spine',
    ])
      assert.equal(orderOf(...head, l), null, l);
    assert.equal(orderOf('2 y/o M', 'hair tuft at lower back. drags R leg.', 'Suggest: check MRI whole spine if worse'), null);
  });
});

/** Review r48 B's probes (harmful misreadings of the round and older ones that fell out of the same change). */
const H1 = ['3 m/o M', 'sacral dimple + hair tuft. Spinal US: conus at L3, thickened filum.', 'neuro normal'];
const H2 = ['8 y/o F', 'back pain 5 days. no fever. neuro exam normal'];
const H3 = ['11mo F, admitted with bronchiolitis', 'Noted deviated gluteal cleft with a dimple at the top of it'];
const H4 = ['7mo girl, admitted with gastro.', 'Known port wine stain over lumbar spine ~4cm.'];
const H5 = ['25 mo boy, soft midline lump over lower back ~3cm, ?lipoma. Present since birth.', 'GP examined legs - normal tone, power, reflexes.'];
const neuroOf = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('review r48 B: a bare "w/o" before punctuation stays a denial (the study-name reading taken out after review r48 E)', () => {
  it('keeps a complaint\'s "w/o," "w/o +" a denial of what follows', () => {
    const cases: [string[], string, string[]][] = [
      [['10 yo M'], 'back pain 3 wks w/o, fever, night sweats or wt loss. neuro intact.', ['fever', 'night-sweats', 'weight-loss']],
      [['10 yo M'], 'Back pain w/o, weakness, numbness, bladder sx. Plan: XR L-spine', ['weakness', 'numbness']],
      [['10 yo M'], 'c/o LBP w/o , fever. Plan XR L-spine', ['fever']],
      [['9 yo M', 'back pain 3 wk'], 'Pain w/o, fever; no wt loss. Plan XR L-spine', ['fever']],
      [['10 yo M'], 'LBP w/o + fever. Neuro intact.', ['fever']],
      [['10 yo M'], 'Pain w/o + night sweats. Neuro intact.', ['night-sweats']],
      [['10 yo M', 'back pain 2 wks'], 'Sleeps w/o, night pain. Plan XR L-spine', ['night-pain']],
      [['6 yo F', 'back pain 2 wks'], 'walking w/o, limp; neuro normal. Plan XR L-spine', ['gait-change']],
    ];
    for (const [head, line, findings] of cases) for (const f of findings) assert.equal(presentIn(f, ...head, line), false, `${line}: ${f}`);
  });

  it('keeps "neuro w/o, focal deficit" a normal exam', () => {
    for (const l of ['neuro w/o, focal deficit. Plan XR L-spine', 'walks w/o, difficulty. Plan XR L-spine'])
      assert.notEqual(neuroOf('6 yo F', 'back pain 2 wks', l), 'abnormal', l);
  });

  it('reads no referral after "MRI L-spine w/o," when none is made', () => {
    for (const plan of [
      'Plan: MRI L-spine w/o, refer to neurosurgery after MRI if tethered',
      'Plan: MRI L-spine w/o, neurosurgery referral not needed at present',
      'Plan: MRI L-spine w/o, refer to ortho',
      'Plan: MRI L-spine w/o, referral to urology OPD',
      'Plan: MRI L-spine w/o, ?refer neurosurgery',
      'Plan: MRI L-spine w/o, consider NS referral depending on result',
      'Plan: MRI L-spine w/o; refer NS if cord tethered',
      'Plan: MRI L-spine w/o, no need to refer to NS now',
      'Plan: MRI L-spine w/o + NS referral only if abnormal',
      'Plan: MRI L-spine w/o, GP to refer to neurosurgery if MRI abnormal',
      'Plan: MRI L-spine w/o, parents declined neurosurgery referral',
      'Plan: MRI L-spine w/o, neurosurg referral was declined by mother',
    ])
      assert.equal(referredOf(...H1, plan), false, plan);
  });

  // Not asserted, since the reading is wrong (older than the round, in the referral reading): a referral discussed, already following or thought about reads as
  // made; a decline or a condition on the referral drops the MRI on its line.
});

describe('review r48 B: "won\'t help" takes no advice back (the reading taken out after review r48 E)', () => {
  it('keeps the advice an order when something else is told of no help', () => {
    for (const l of [
      'Advised MRI L-spine. Waiting will not help.',
      "Advised MRI L-spine - won't help to wait",
      'Advised MRI L-spine under GA, oral sedation unhelpful',
      'Advised MRI L-spine. Mum feels physio not helpful.',
      'Advised MRI L-spine (US unhelpful at this age)',
      'Advised MRI L-spine. Explained spinal US not helpful >6 months',
      "Advised MRI L-spine, reassurance alone won't help mum",
      'Advised MRI L-spine, would not help to repeat XR',
    ])
      assert.equal(orderOf(...H5, l), 'mri-area-without', l);
  });
});

describe('review r48 B: a study "never arranged" that the writer orders now', () => {
  it('reads the study ordered', () => {
    for (const l of [
      'Spinal US never booked -> booking now',
      'Spinal US never arranged, I have arranged it today.',
      'Spinal US never arranged so requested today.',
      'Spinal US never arranged; pls arrange',
      'Spinal US never booked by OSH. Booked today.',
      'Spinal US never arranged at 6wk check; requesting now.',
    ])
      assert.equal(orderOf(...H4, l), 'us-area', l);
  });

  // Not asserted, since the reading is wrong (older than the round): a study never ordered by another hospital, or "was never ordered, ordered now".
});

describe('review r48 B: relayed advice of a registrar or senior is no order (reading taken out)', () => {
  it('reads no order from advice refused, put off, left to others, conditioned or told unnecessary', () => {
    for (const l of [
      'SpR advice: spinal US, parents not keen - will think about it',
      'SpR advice: spinal US. Mum prefers to wait.',
      'Senior advice: spinal US unnecessary',
      "SpR advice: spinal US won't change management",
      'Reg advice: spinal US already booked by GP for next week',
      'Senior advice: spinal US; GP to request after discharge',
      'SpR advice: spinal US as OP - letter to GP',
      'SpR advice: spinal US - can wait for OP, GP to arrange',
      'Senior advice: spinal US vs MRI - discuss with family',
    ])
      assert.equal(orderOf(...H3, l), null, l);
    for (const l of ['SpR advice: MRI whole spine - mum refused', 'Senior advice: MRI whole spine non contrast - if still pain in 6/52']) assert.equal(orderOf(...H2, l), null, l);
  });
});

describe('review r48 B: "check" and a study orders it only when nothing more is told', () => {
  it('reads no order from a check of an old record, a booking, an outcome, a question or a condition', () => {
    for (const l of [
      'Check MRI from 2024',
      'Check MRI L-spine from 2024 on PACS',
      'Check MRI L-spine from OSH',
      'Check spinal US from birth hospital',
      'Check XR L-spine from ED',
      'Check XR L-spine taken yesterday',
      'Check XR L-spine on PACS',
      'Check XR L-spine from last admission',
      'Check XR L-spine (done in ED)',
      'Check MRI L-spine has been done',
      'Check MRI L-spine already done last month',
      'Check MRI booking',
      'Check MRI L-spine booking with radiology',
      'Check MRI L-spine appointment date',
      'Check MRI L-spine date',
      'Check MRI L-spine status',
      'Check MRI L-spine consent signed',
      'Check MRI L-spine availability this week',
      'Check MRI safety (VP shunt)',
      'Check MRI L-spine outcome',
      'Check XR L-spine - ?fracture missed',
      'Check MRI L-spine ?needed',
      'Check MRI L-spine needed? d/w boss',
      'Check XR L-spine? - no, not indicated',
      'Check XR L-spine when pain persists',
      'XR L-spine done this am -> check XR',
      'XR L-spine done -> check XR before discharge',
      'MRI L-spine done at OSH -> check MRI',
      'MRI done 2024. -> Check MRI',
      'MRI L-spine 2024 at OSH. Check MRI.',
      'Per ortho -> check MRI L-spine',
    ])
      assert.equal(orderOf(...H2, l), null, l);
  });

  it('reads "check" and the study alone, maybe its contrast or views, as the order', () => {
    assert.equal(orderOf(...H2, 'Check XR L-spine AP/lat'), 'xr-area');
    assert.equal(orderOf(...H2, 'Check MRI L-spine w/o contrast.'), 'mri-area-without');
  });

  // Not asserted, since the reading is wrong (older than the round, read through "requested", "ordering" or the advice): "Check MRI L-spine already requested by
  // GP", "Check CT L-spine with consultant before ordering", "Advised check old XR", "Please check MRI" and "Advised mum check MRI L-spine appointment letter" read as orders;
  // "Check an MRI L-spine", "Neuro normal but check MRI L-spine", "Check MRI L-spine to rule out abnormal cord", "… with
  // contrast to r/o positive findings", "… and send report to GP" are missed.
});

describe('review r48 E: a bare "w/o" after a study\'s name still denies what follows (closesStudyName taken out)', () => {
  const hitsOf = (n: string) => readNote(n).facts.hits;
  const deniedAfterWo = (n: string, id: string) => !hitsOf(n).some((h) => h.finding.id === id && h.present && h.span.start > n.indexOf('w/o'));
  const priorOf = (n: string) => readNote(n).facts.prior.map((p) => `${p.modality}:${p.result}`);

  it('reads no finding after "XR … w/o," "US … w/o," "CT w/o," or "MRI … w/o," present', () => {
    const cases: [string, string][] = [
      ['13yo LBP 5 wks. Prior XR L-spine w/o, fracture. Neuro intact. Plan: MRI L-spine.', 'trauma'],
      ['12yo back pain 6 wks. XR L-spine w/o, fracture or listhesis. Neuro normal. Plan: MRI L-spine.', 'trauma'],
      ['15yo LBP 6/52. Reviewed XR lumbar spine w/o, spondylolysis. Neuro normal. Plan: MRI L-spine.', 'overuse'],
      ['12yo back pain 6 wks. XR lumbosacral w/o, pars defect. Neuro normal. Plan: MRI L-spine.', 'overuse'],
      ['12yo back pain 6 wks, XR L-spine w/o + bone lesion. Neuro normal. Plan: MRI L-spine.', 'suspected-infection-tumor'],
      ['11yo back pain 3 wks. XR w/o, weakness. Neuro exam normal. Plan: MRI L-spine.', 'weakness'],
      ['8yo back pain 4 wks, seen by GP, US spine w/o, numbness. Neuro normal. Plan: MRI L-spine.', 'numbness'],
      ['12yo fall off trampoline, XR T-spine w/o, fracture. Neuro normal. Plan: CT T-spine.', 'trauma'],
      ['13yo low back pain 5 wks. XR L-spine w/o, fever, night pain. Neuro intact. Plan: MRI L-spine.', 'fever'],
      ['13yo low back pain 5 wks. XR L-spine w/o, fever, night pain. Neuro intact. Plan: MRI L-spine.', 'night-pain'],
      ['12yo back pain 4 wks, mum asking for MRI L-spine w/o, fever, wt loss. Neuro NAD. Plan: XR L-spine.', 'fever'],
      ['12yo back pain 4 wks, mum asking for MRI L-spine w/o, fever, wt loss. Neuro NAD. Plan: XR L-spine.', 'weight-loss'],
      ['12yo back pain 6 wks. Prior MRI L-spine w/o, tumour or infection. Neuro normal. Plan: MRI L-spine.', 'contrast-reason'],
      ['9yo back pain 6 wks. CT w/o, fever. Neuro intact. Plan: MRI L-spine.', 'fever'],
      ['12yo back pain 6 wks. MRI L-spine w/o, fever. Neuro normal.', 'fever'],
    ];
    for (const [n, id] of cases) assert.ok(deniedAfterWo(n, id), `${n}: ${id}`);
  });

  it('reads no prior study abnormal and no trauma from a finding denied after it', () => {
    const xr = '13yo LBP 5 wks. Prior XR L-spine w/o, fracture. Neuro intact. Plan: MRI L-spine.';
    assert.ok(!priorOf(xr).includes('XR:abnormal'), xr);
    assert.equal(readNote(xr).facts.trauma.significance, 'none');
    for (const n of [
      '12yo back pain 6 wks. Prior US spine w/o, tethered cord. Neuro normal. Plan: MRI L-spine.',
      '9 mo sacral dimple 3 mm within cleft. Prior US spine w/o, tethered cord. Plan: MRI L-spine.',
    ])
      assert.ok(!priorOf(n).includes('US:abnormal'), n);
    const infant = readNote('9 mo sacral dimple 3 mm within cleft. Prior US spine w/o, tethered cord. Plan: MRI L-spine.');
    assert.ok(!infant.rules.includes('referral-after-abnormal-ultrasound'));
  });

  it('reads no neuro deficit after "XR L-spine w/o +"', () => {
    assert.notEqual(readNote('15yo LBP. XR L-spine w/o + neuro deficit. Plan: MRI L-spine.').facts.neuro.state, 'abnormal');
  });
});

describe('review r48 E: a study told "not helpful" after its name is still the order when requested (unhelpfulStudy taken out)', () => {
  it('reads the XR requested after the advice as the order', () => {
    assert.equal(orderOf('13yo back pain, no red flags. Advised XR L-spine - not helpful - mum insists, requested.'), 'xr-area');
  });
});
