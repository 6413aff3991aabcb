/**
 * A skin sign asked about and then denied outright on examination (r22, set 19; issue 8 "an explicit negation wins"):
 * "Midwife refer for ?sacral dimple. O/E - no dimple seen" holds no dimple. A sign told present anywhere, a question
 * asked after the denial, a denial narrowed to a kind ("no deep dimple") or a denial of another sign keeps the question,
 * and so does a denial that is not the writer's examination now ("NIPE at birth: no dimple seen", "Previous visit 2
 * weeks ago: no dimple noted", "History: Mum says no dimple seen").
 */
import * as assert from 'node:assert/strict';
import { presentIn } from '../helpers';

describe('a skin sign asked about, then denied on exam', () => {
  describe('the denial settles it', () => {
    for (const [id, lines] of [
      [
        'sacral-dimple',
        ['Mg Thant Zin, 2 mths, M', 'Midwife refer for ?sacral dimple.', 'O/E - no dimple seen. Only normal coccygeal fold. No hair.', 'Reassure mother. No Ix needed.'],
      ],
      ['sacral-dimple', ['6 wk old girl, HV query sacral dimple.', 'Exam: no dimple found, natal cleft normal.']],
      ['hair-tuft', ['2 mo M. Referred for ?hairy patch.', 'On exam no hairy patch found; normal skin.']],
      ['sacral-dimple', ['Reason for referral: ? dimple at base of spine', 'Examination: no sacral dimple visible.']],
    ] as const) {
      it(`"${lines.join(' / ')}" holds no ${id}`, () => assert.equal(presentIn(id, ...lines), false));
    }
  });
  describe('the question stays', () => {
    for (const [id, lines] of [
      // the question after the denial
      ['sacral-dimple', ['2 mo M. No dimple per mum. O/E: ?small dimple at the top of the cleft.']],
      // a denial narrowed to a kind
      ['sacral-dimple', ['2 mo M. Referred for ?sacral dimple. O/E: no deep dimple, shallow pit seen.']],
      // a denial of another sign
      ['sacral-dimple', ['2 mo M. Referred for ?sacral dimple. O/E: no hair tuft.']],
      // a denial placed elsewhere
      ['sacral-dimple', ['2 mo M. Referred for ?sacral dimple. O/E: no dimple over the upper lumbar spine.']],
      // the sign told present as well
      ['sacral-dimple', ['2 mo M. Referred for ?sacral dimple. O/E: sacral dimple 3 mm in the cleft. Later: no dimple seen by the registrar.']],
      // someone else's
      ['sacral-dimple', ['2 mo M. Referred for ?sacral dimple. Sibling has no dimple.']],
      // not the writer's examination now: a birth check, an earlier visit, a parent's word
      ['sacral-dimple', ['6 wk old. Midwife refer for ?sacral dimple.', 'NIPE at birth: no dimple seen.']],
      ['sacral-dimple', ['6 wk old. Midwife refer for ?sacral dimple.', 'Previous visit 2 weeks ago: no dimple noted.']],
      ['sacral-dimple', ['6 wk old. Midwife refer for ?sacral dimple.', 'History: Mum says no dimple seen.']],
      ['sacral-dimple', ['6 wk old. Midwife refer for ?sacral dimple.', 'Exam at birth: no dimple seen.']],
      ['sacral-dimple', ['6 wk old. Midwife refer for ?sacral dimple.', 'Previous exam: no dimple seen.']],
      ['sacral-dimple', ['6 wk old. HV query sacral dimple.', 'At the newborn check no dimple was seen.']],
      ['sacral-dimple', ['6 wk old. HV query sacral dimple.', 'Exam: no dimple seen per mum.']],
      ['hair-tuft', ['2 mo M. Referred for ?hairy patch.', 'GP letter: no hairy patch found.']],
      // no examination named at all
      ['sacral-dimple', ['6 wk old. HV query sacral dimple.', 'No dimple seen.']],
    ] as const) {
      it(`"${lines.join(' / ')}" keeps the ${id}`, () => assert.equal(presentIn(id, ...lines), true));
    }
  });
});
