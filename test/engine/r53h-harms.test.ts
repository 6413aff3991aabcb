/**
 * Round 53 (fix53h): possible harms on main found in review r52. An unanswered row item before a column gap and an answered
 * one ("Hair tuft over sacrum  Dimple N"); a carer's teller phrase right after a condition's opening word ("If parents are
 * worried at review, US spine"); an Order line whose one study is declined or told done before ("Request: XR lumbar
 * spine - declined by radiology", "(already done last week at St Mary's, normal)"); a chronological age after a corrected
 * one in the Age key ("4 mo corrected, 7 mo chrono"); a postmenstrual age less the gestation at birth ("Ex-26 weeker, now
 * CGA 52 weeks"). Each reading with the near misses it must leave as main reads them.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, orderOf, readNote, WEEK } from '../helpers';

/** How a finding id is read in the note: 'present', 'absent' (negated), 'unasserted' (read, neither) or 'unread'. */
function stateOf(id: string, ...lines: string[]): string {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  if (!hits.length) return 'unread';
  if (hits.some((h) => h.present)) return 'present';
  return hits.some((h) => h.negated) ? 'absent' : 'unasserted';
}

const infant = (line: string, id: string) => stateOf(id, 'Age: 2 mo', line, 'Neuro: normal', 'Order: spinal US');
const back = (line: string, id: string) => stateOf(id, 'Age: 9 y', 'Complaint: low back pain 2 wks', line, 'Neuro: normal', 'Order: MRI lumbar spine');

describe('an unanswered row item before a column gap and an answered item (r53 fix53h)', () => {
  it('keeps the unanswered item as written: the answer after the gap is its own item’s', () => {
    assert.equal(infant('Skin: Hair tuft over sacrum  Dimple N', 'hair-tuft'), 'present');
    assert.equal(infant('Skin: Hair tuft over sacrum  Dimple N', 'sacral-dimple'), 'absent');
    assert.equal(infant('Lumbosacral skin: tuft of hair at L5   Haemangioma N   Dimple N', 'hair-tuft'), 'present');
    assert.equal(infant('Back: hairy patch   lipoma (N)', 'hair-tuft'), 'present');
    assert.equal(back('Fever for 3 days   Night pain N', 'fever'), 'present');
  });
  it('leaves answered items, an answer in a column of its own, a denial and a question as before (near misses)', () => {
    assert.equal(infant('Skin: Hair tuft N  Dimple N', 'hair-tuft'), 'absent');
    assert.equal(infant('Skin: Hair tuft N  Dimple N', 'sacral-dimple'), 'absent');
    assert.equal(infant('Skin: Hair tuft Y  Dimple N', 'hair-tuft'), 'present');
    assert.equal(infant('Skin: Hair tuft Y  Dimple N', 'sacral-dimple'), 'absent');
    // The tuft's own answer in its column: "N" alone after the gap is no answered item.
    assert.equal(infant('Skin: Hair tuft  N  Dimple N', 'hair-tuft'), 'absent');
    // An answer standing in a column of its own may answer the row: as before.
    assert.equal(infant('Skin: Hair tuft  Dimple  N', 'hair-tuft'), 'absent');
    assert.equal(infant('Skin: no hair tuft over sacrum  Dimple N', 'hair-tuft'), 'absent');
    assert.equal(back('ROS: no fever  Night pain N', 'fever'), 'absent');
    assert.equal(infant('Skin: ?hair tuft  Dimple N', 'hair-tuft') === 'present', false);
    // A sentence of prose before the gap is no cell.
    assert.equal(back('Denies fever, chills.  Night pain N', 'fever'), 'absent');
  });
});

describe('a carer’s teller phrase right after a condition’s opening word (r53 fix53h)', () => {
  const dimple = ['Age: 8 wk', 'Sacral dimple 3 mm within the gluteal cleft, base seen, no other marker.', 'Neuro normal.'];
  it('is the condition’s: the study it governs is no order, a symptom it names no finding', () => {
    assert.equal(orderOf(...dimple, 'Plan: reassure. If parents are worried at review, US spine.'), 'none');
    assert.equal(orderOf(...dimple, 'Plan: reassure. In case parents are worried at review, spinal US.'), 'none');
    assert.equal(orderOf(...dimple, 'Plan: reassure; if the parents remain anxious, US spine.'), 'none');
    assert.equal(back('Safety net: if mum notices a fever, return to ED.', 'fever') === 'present', false);
  });
  it('leaves a carer’s worry told as a fact, a condition with a clause between and a history line as before (near misses)', () => {
    assert.equal(orderOf(...dimple, 'Plan: parents are worried, US spine requested.'), 'us-area');
    assert.equal(orderOf('Age: 8 wk', 'Mum asked if she should be worried about the dimple. Sacral dimple 3 mm in cleft, base seen.', 'Plan: US spine.'), 'us-area');
    assert.equal(orderOf('Age: 8 wk', 'Sacral dimple 3 mm in cleft. Parents are worried.', 'Plan: US spine.'), 'us-area');
    assert.equal(back('Mum asked if dad had noticed anything. Dad says fever for 3 days.', 'fever'), 'present');
    assert.equal(back('If anything, mum says the fever is worse at night.', 'fever'), 'present');
    // A question asked ("asked if …") and answered: the answer decides, as before.
    assert.equal(infant('Asked if mum noticed any hair tuft: yes', 'hair-tuft'), 'present');
    assert.equal(infant('Asked if mum had noticed a hair tuft - yes, since birth.', 'hair-tuft'), 'present');
    assert.equal(back('Asked if mum has noticed fever - yes, 3 days.', 'fever'), 'present');
  });
});

describe('an Order line whose one study is declined or told done before (r53 fix53h)', () => {
  const lbp = ['Age: 10 y', 'LBP 1 wk, no injury, no red flags, neuro normal.'];
  it('orders nothing, and the note has no order', () => {
    for (const line of [
      'Request: XR lumbar spine - declined by radiology, not indicated. Analgesia and physio.',
      'Order: XR lumbar spine - declined by parents',
      'Request: MRI lumbar spine w/o (already done last week at St Mary’s, normal). Physio referral made.',
      'Order: XR lumbar spine (done 2 weeks ago, normal)',
      'Order: XR L-spine - already done at OSH',
    ]) {
      const r = readNote(...lbp, line);
      assert.equal(r.facts.order?.reading.procedure?.id ?? 'none', 'none', line);
      assert.ok(r.rules.includes('missing-order'), line);
    }
  });
  it('keeps a study re-requested, done today, another study done, a manner declined, and a study to be done (near misses)', () => {
    assert.equal(orderOf(...lbp, 'Request: XR lumbar spine - declined by radiology; discussed with consultant, now approved.'), 'xr-area');
    assert.equal(orderOf(...lbp, 'Order: XR lumbar spine (done today)'), 'xr-area');
    assert.equal(orderOf(...lbp, 'Order: MRI lumbar spine w/o (XR already done last week, normal)'), 'mri-area-without');
    assert.equal(orderOf(...lbp, 'Order: XR lumbar spine (done last week) - repeat today'), 'xr-area');
    assert.equal(orderOf(...lbp, 'Order: MRI lumbar spine, sedation declined'), 'mri-area-without');
    assert.equal(orderOf(...lbp, 'Order: MRI lumbar spine - declined GA, feed and wrap'), 'mri-area-without');
    assert.equal(orderOf(...lbp, 'Order: MRI lumbar spine (to be done next week)'), 'mri-area-without');
    assert.equal(orderOf(...lbp, 'Order: MRI lumbar spine - declined by the on-call radiologist overnight, resubmitted'), 'mri-area-without');
  });
});

describe('a chronological age after a corrected one in the Age key (r53 fix53h)', () => {
  const rest = ['Sacral dimple, deep, 8 mm above the cleft.', 'Neuro normal.', 'Order: spinal US'];
  it('reads the chronological age', () => {
    near(ageOf('Age: 4 mo corrected, 7 mo chrono (ex-28 wk)', ...rest), 7, '4 mo corrected, 7 mo chrono');
    near(ageOf('Age: 4 mo corrected / 7 mo chronological', ...rest), 7, '4 mo corrected / 7 mo chronological');
  });
  it('reads the corrected age alone, an unnamed second age, another’s and an event’s as before (near misses)', () => {
    near(ageOf('Age: 4 mo corrected', ...rest), 4, 'corrected alone');
    near(ageOf('Age: 4 mo corrected, 7 mo', ...rest), 4, 'unnamed second age');
    near(ageOf('Age: 4 mo corrected, brother 7 mo chrono', ...rest), 4, 'a brother’s');
    near(ageOf('Age: 4 mo corrected, US at 7 mo chrono', ...rest), 4, 'an event’s');
    near(ageOf('Age: 4 mo, 7 mo chrono', ...rest), 4, 'no corrected age first');
  });
});

describe('a postmenstrual age less the gestation at birth (r53 fix53h)', () => {
  const rest = ['Hair tuft over the sacrum. Neuro normal.', 'US spine please.'];
  it('reads the weeks since birth', () => {
    near(ageOf('Ex-26 weeker, now CGA 52 weeks. Hair tuft over the sacrum noted on NICU discharge check.', 'US spine please.'), 26 * WEEK, 'CGA 52 ex-26');
    near(ageOf('Ex-26/40, now CGA 52/40.', ...rest), 26 * WEEK, 'CGA 52/40');
    near(ageOf('Ex-28 weeker, PMA 44 wk.', ...rest), 16 * WEEK, 'PMA 44 on the heading line');
  });
  it('reads no age from a corrected age in weeks, an event’s PMA, a letter’s, another’s, or beside a plainly told age (near misses)', () => {
    assert.equal(ageOf('Ex-26 weeker, now 52 weeks corrected.', ...rest), undefined);
    assert.equal(ageOf('Ex-26 weeker, US at CGA 40 weeks normal.', ...rest), undefined);
    assert.equal(ageOf('Hair tuft.', 'NICU letter: ex-26 weeker, now CGA 52 weeks.', 'US spine please.'), undefined);
    assert.equal(ageOf('Twin, ex-26 weeker; brother CGA 52 weeks.', ...rest), undefined);
    assert.equal(ageOf('Ex-26 weeker, now CGA 22 weeks.', ...rest), undefined);
    assert.equal(ageOf('Ex-26 weeker, now 4 mo corrected, CGA 52 weeks.', ...rest), undefined);
    near(ageOf('Ex-26 weeker, now CGA 52 weeks. Age: 9 mo.', ...rest), 9, 'a plainly told age wins');
  });
});
