/**
 * Orders written where or how the reader did not look (set10, second half): a terse note's plan opened by an arrow
 * ("→ XR L-spine."), a scoliosis series named alone, an order put to a reviewer ("New order for review:"), a note that
 * handles a study already requested (a scheduling call, a utilization review, a pre-sedation check), and a study added
 * to an anaesthetic list or requested at the hospital a child is transferred to.
 */
import * as assert from 'node:assert/strict';
import { isOrderKeyed } from '../../server/src/notes/headings';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('an arrow opening the plan of a terse note', () => {
  it('orders the study after it', () => {
    assert.equal(orderOf('8y F. c/o back pain 5/7, ? how. Afeb. Gait ok.', '→ XR L-spine.'), 'xr-area');
    assert.equal(orderOf('8y F. c/o back pain 5/7, ? how. Afeb. Gait ok.', '-> XR L-spine'), 'xr-area');
    assert.equal(orderOf('M - sacral pit, deep, ABOVE cleft. Tuft of hair over it. Neuro ok.', '→ MRI L/S spine w/o contrast. Ref NSGY.'), 'mri-area-without');
    assert.equal(orderOf('3 mo M, deep dimple above cleft.', '=> US spine'), 'us-area');
  });
  it('not a study conditioned, declined, done or read', () => {
    assert.equal(orderOf('8y F. back pain 5/7.', '→ XR L-spine if no better in 2 wks.'), 'none');
    assert.equal(orderOf('8y F. back pain 5/7.', '→ no XR needed.'), 'none');
    assert.equal(orderOf('8y F. back pain 5/7.', '→ XR L-spine not indicated.'), 'none');
    assert.equal(orderOf('8y F. back pain 5/7.', '→ consider XR L-spine.'), 'none');
    assert.equal(orderOf('8y F. back pain 5/7.', '→ XR L-spine normal.'), 'none');
    assert.equal(orderOf('8y F. back pain 5/7.', '→ XR L-spine 2 wks ago nl.'), 'none');
    assert.equal(orderOf('8y F. back pain 5/7. If worse → XR L-spine.'), 'none');
  });
});

describe('a scoliosis series named alone', () => {
  it('closes the note as its order', () => {
    assert.equal(
      orderOf('11y F. School screen → ?scoliosis. No back pain.', 'O/E: R thoracic hump on fwd bend.', '→ Scoliosis series (PA + lat, standing). Ortho if Cobb >20°.'),
      'xr-complete',
    );
    assert.equal(orderOf('11y F. School screen, R thoracic hump on fwd bend.', 'Scoliosis series.'), 'xr-complete');
  });
  it('not one done, read or conditioned', () => {
    assert.equal(orderOf('11y F. Scoliosis series last week: 25 deg.'), 'none');
    assert.equal(orderOf('11y F. back pain.', 'Scoliosis series normal.'), 'none');
    assert.equal(orderOf('11y F. back pain.', 'Scoliosis series if Cobb > 7 on scoliometer.'), 'none');
  });
});

describe('an order put to a reviewer', () => {
  it('"New order for review:" names the study requested', () => {
    assert.equal(isOrderKeyed('New order for review'), true);
    assert.equal(isOrderKeyed('Request under review'), true);
    assert.equal(isOrderKeyed('New orders'), true);
    assert.equal(
      orderOf(
        'Inpatient concurrent review, hospital day 2',
        '12 y M, ATV rollover. L1 compression fracture on CT. Neuro intact.',
        'New order for review: MRI thoracic and lumbar spine without and with contrast (72157, 72158) to assess the posterior ligamentous complex.',
        'Reviewer comment: contrast not supported; suggest non-contrast MRI.',
      ),
      'mri-area-without-and-with',
    );
  });
  it('not a review alone, nor what is new', () => {
    assert.equal(isOrderKeyed('Review'), false);
    assert.equal(isOrderKeyed('New'), false);
    assert.equal(isOrderKeyed('Imaging review'), false);
    assert.equal(isOrderKeyed('Chart review'), false);
  });
});

describe('a study added to a list or an anaesthetic', () => {
  const infant = ['3 mo M, deep sacral pit above the natal cleft. Knee jerks present. Already listed for MRI brain/pituitary under GA on Thursday.', 'Plan:'];
  it('is ordered', () => {
    assert.equal(orderOf(...infant, '1. Add MRI lumbar spine without contrast to the same GA list (one anaesthetic).', '2. Stress-dose hydrocortisone.'), 'mri-area-without');
    assert.equal(orderOf('3 mo M, deep pit. We have added MRI lumbar spine without contrast to the same anaesthetic.'), 'mri-area-without');
    assert.equal(orderOf('3 mo M, deep pit. Add MRI L-spine to the GA list if possible.'), 'mri-area-without');
  });
  it('not one that would add little, could be added, is added on a condition or not added', () => {
    assert.equal(orderOf('3 mo M, deep pit. An MRI L-spine would add little.'), 'none');
    assert.equal(orderOf('3 mo M, deep pit. Could add MRI L-spine to the GA list.'), 'none');
    assert.equal(orderOf(...infant, '- Add MRI L-spine to the GA list if the US is abnormal.'), 'none');
    assert.equal(orderOf('3 mo M, deep pit. Add MRI L-spine to the GA list if the US is abnormal.'), 'none');
    assert.equal(orderOf('3 mo M, deep pit. Do not add MRI L-spine to the list.'), 'none');
    assert.equal(orderOf('3 mo M, deep pit. Cardiology will add it to his scheduled MRA; no spinal imaging ordered by us today.'), 'none');
  });
  it('a study awaited ("once MRI done") is no study done before', () => {
    const prior = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => p.modality);
    assert.deepEqual(prior(...infant, '1. Add MRI lumbar spine without contrast to the same GA list.', '2. GH start once MRI done.'), []);
    assert.deepEqual(prior('3 mo M, deep pit. Once the MRI was done, the family felt reassured.'), ['MRI']);
    assert.deepEqual(prior('3 mo M, deep pit. US done once at 2 wk, normal.'), ['US']);
  });
});

describe('a note that handles a study already requested', () => {
  it('a heading for its review, authorization or scheduling names the study', () => {
    assert.equal(orderOf('UR RN review - NM bone scan with SPECT, lumbar spine', 'Member: 13 y M', 'Clinical: LBP x 2 wks, no injury. No prior imaging.'), 'bone-scan-area');
    assert.equal(orderOf('Utilization review - MRI lumbar spine w/o', 'Pt: 3 mo M, deep dimple.'), 'mri-area-without');
    assert.equal(orderOf('Scheduling call - US spine', 'Pt: 6 wk M, sacral dimple.'), 'us-area');
  });
  it('not a study the heading tells done, read or declined', () => {
    assert.equal(orderOf('Chart review - MRI L-spine 2023 normal', 'Pt: 13 y M back pain.'), 'none');
    assert.equal(orderOf('Case review - XR L-spine showed pars defect', 'Pt: 13 y M back pain.'), 'none');
    assert.equal(orderOf('Peer review - MRI whole spine not indicated', 'Pt: 13 y M back pain.'), 'none');
  });
  it('"tomorrow\'s MRI" is the study arranged', () => {
    assert.equal(
      orderOf('Navigator call - MRI prep', "Returned mom's call about tomorrow's MRI lumbar spine with and without contrast. Indication on order: pinpoint opening low back."),
      'mri-area-without-and-with',
    );
    assert.equal(orderOf('13 y M back pain. Called about the upcoming MRI L-spine w/o. Arrival time confirmed.'), 'mri-area-without');
  });
  it('not one declined, cancelled or conditioned', () => {
    assert.equal(orderOf('Mom asks about the upcoming MRI L-spine; explained not needed. 13 y M back pain.'), 'none');
    assert.equal(orderOf("13 y M back pain. Tomorrow's MRI L-spine was cancelled by the family."), 'none');
    assert.equal(orderOf('13 y M back pain. Upcoming MRI L-spine if no better.'), 'none');
  });
  it('"Study:" after a sentence of a keyed value names the study', () => {
    assert.equal(
      orderOf('MRI scheduling - call log', 'Pt: 7 mo F. Study: MRI lumbar spine without contrast (sedation).', 'Hx: hemangioma 2 cm over the sacrum.'),
      'mri-area-without',
    );
    assert.equal(orderOf('Pt: 7 mo F, hemangioma over sacrum. Study: US spine at 2 mo normal.'), 'none');
    assert.equal(orderOf('PMH: scoliosis. Study: XR spine yearly.', 'Pt: 13 y F back pain.'), 'none');
    assert.equal(orderOf('Pt: 13 y F back pain. Request: XR L-spine if not better.'), 'none');
    assert.equal(orderOf('Indication: 13 y F back pain. Imaging: XR L-spine 2 wks ago, normal.'), 'none');
  });
  it('"MRI: whole spine … (as ordered)" keys the study by its modality', () => {
    assert.equal(
      orderOf('PRE-SEDATION ASSESSMENT', '8 y M, autism, nonverbal.', 'MRI: whole spine WITH contrast (as ordered).', 'Reason: low back pain x 5 wks.'),
      'mri-complete-with',
    );
    assert.equal(orderOf('8 y M back pain.', 'XR: L-spine requested.'), 'xr-area');
  });
  it('not a modality key telling a study done, read or not ordered', () => {
    assert.equal(orderOf('8 y M back pain.', 'MRI: lumbar spine 2023, normal (ordered by PCP).'), 'none');
    assert.equal(orderOf('8 y M back pain.', 'MRI: whole spine - not ordered, not indicated.'), 'none');
    assert.equal(orderOf('8 y M back pain.', 'US: spine - conus at L3, filum 2.5 mm.'), 'none');
    assert.equal(orderOf('8 y M back pain.', 'MRI: whole spine with contrast.'), 'none');
  });
});

describe('a study requested at the hospital a child is transferred to', () => {
  const baby = [
    'Baby girl, 2 days old, transferred to us for "lump on back".',
    'Exam: soft, skin-covered midline swelling ~3 cm over the lower lumbar/sacral area. Moves both legs well.',
    'Imaging: visiting radiologist did a portable US spine yesterday - conus at L4, echogenic fat in the canal continuous with the lump. Abnormal (low-lying cord).',
    'Limits: no MRI here.',
    'Plan:',
  ];
  it('"transfer request: MRI …" is the order, not the study reported under "Imaging:"', () => {
    assert.equal(
      orderOf(...baby, '- transfer request: MRI lumbar spine without contrast at referral hospital (form completed, awaiting ambulance slot)', '- keep skin covered'),
      'mri-area-without',
    );
    assert.equal(orderOf('3 mo M, deep dimple.', 'Sedation request: MRI L-spine w/o.'), 'mri-area-without');
  });
  it('not a request of someone else, nor with nothing else an "Imaging:" line that orders', () => {
    assert.equal(orderOf('3 mo M, deep dimple.', 'Parent request: MRI L-spine; explained US first.', 'Plan: US spine.'), 'us-area');
    assert.equal(orderOf(...baby, '- keep skin covered, monitor urine output'), 'none');
    assert.equal(orderOf('14 y M back pain.', 'Imaging: XR L-spine AP/lat ordered; prior XR last year normal.'), 'xr-area');
    assert.equal(orderOf('Baby girl, 2 days old, lump on back.', 'Imaging: portable US spine (no MRI on site).'), 'us-area');
    assert.equal(
      orderOf(
        '5 y F, pancytopenia, back pain at night. Bone marrow aspirate tomorrow.',
        'Imaging: XR thoracic and lumbar spine (AP/lat) to look for vertebral compression fractures before sedation.',
      ),
      'xr-area',
    );
    assert.equal(orderOf('14 y M back pain.', 'Imaging: please evaluate for fracture - XR L-spine, prior films normal.'), 'xr-area');
  });
});

describe('"to us" is the pronoun', () => {
  it('"transferred to us for …" names no ultrasound', () => {
    assert.equal(orderOf('Baby girl, 2 days old, transferred to us for lump on back. Deep dimple.'), 'none');
    assert.equal(orderOf('2 mo F deep dimple. Plan: sent to us for US spine.'), 'us-area');
    assert.equal(orderOf('2 mo F deep dimple. Plan: go to US spine today.'), 'us-area');
    assert.equal(orderOf('2 mo F deep dimple. Plan: referred to us spine.'), 'us-area');
  });
});
