/**
 * Review 1 of the reader changes: lines keyed by a relative ("Uncle:", "Twin A:", "Mom's hx:"), which are
 * someone else's.
 */
import * as assert from 'node:assert/strict';
import { isAboutRelative } from '../../server/src/notes/headings';
import { parseNote } from '../../server/src/notes/parser';
import { note, presentIn, readNote } from '../helpers';

describe('orders and relatives (review 1)', () => {
  describe("a line keyed by a relative is someone else's", () => {
    const LINES: [string, string, string][] = [
      ['Age: 10 years', 'Uncle: died of bone tumor, had back pain and night sweats', 'night-sweats'],
      ['Age: 10 years', 'Grandma: had leukemia, with night sweats and weight loss', 'weight-loss'],
      ['Age: 10 years', 'Grandma: had leukemia, with night sweats and weight loss', 'malignancy'],
      ['Age: 12 years', 'Aunt: ankylosing spondylitis, fevers and night pain', 'fever'],
      ['Age: 2 months', 'Twin A: hair tuft and deep dimple over L5, US at 1 wk showed low-lying conus at L3', 'hair-tuft'],
      ['Age: 3 months', "Brother's history: tethered cord release at 2 years, lumbar hair tuft", 'hair-tuft'],
      ['Age: 4 weeks', "Mom's hx: spina bifida occulta, back pain for years", 'back-pain'],
      ['Age: 3 months', 'Sib (6 yo): hair tuft, tethered cord release', 'hair-tuft'],
      ['Age: 3 months', 'Cousin: spina bifida with tethered cord and hair tuft', 'hair-tuft'],
      ['Age: 10 years', 'Maternal grandmother: leukemia with night sweats', 'night-sweats'],
    ];
    for (const [age, line, id] of LINES)
      it(`"${line}": no ${id} for the patient, and the line stays reported`, () => {
        const lines = [age, 'HPI: seen for a check-up, no complaints', line, 'Order: US lumbar spine'];
        assert.equal(presentIn(id, ...lines), false);
        assert.ok(readNote(...lines).rules.includes('unknown-key'));
      });
    it("the twin's abnormal US is not the patient's prior study", () =>
      assert.deepEqual(
        readNote(
          'Age: 2 months',
          'Twin A: hair tuft and deep dimple over L5, US at 1 wk showed low-lying conus at L3',
          'Twin B (this patient): no skin markers, normal spine exam',
          'Order: US lumbar spine',
        ).facts.prior,
        [],
      ));
    it("a key that names the patient, or only mentions a relative, is the patient's", () => {
      assert.ok(presentIn('hair-tuft', 'Age: 3 months', 'Twin B (this patient): deep dimple with hair tuft', 'Order: US lumbar spine'));
      assert.ok(presentIn('hair-tuft', 'Age: 3 months', "Mom's concern: hair tuft over the sacrum", 'Order: US lumbar spine'));
      assert.ok(presentIn('sacral-dimple', 'Seen with mom today: 4 mo with deep dimple above the cleft', 'Order: US lumbar spine'));
    });
    it('which keys are a relative', () => {
      for (const k of ['Uncle', 'Grandma', 'Twin A', 'Cousin', "Mom's hx", 'Brother’s history', 'Sib (6 yo)', 'Maternal grandmother', "Parents' history"])
        assert.ok(isAboutRelative(k), k);
      for (const k of ['Twin B (this patient)', "Mom's concern", 'Seen with mom today', 'HPI', "NICU summary. Mother's age", 'Onc clinic']) assert.ok(!isAboutRelative(k), k);
    });
    it("the relative's line is not read as prose", () => {
      const p = parseNote(note('Age: 3 months', "Mom's hx: spina bifida occulta", 'Order: US spine'));
      assert.deepEqual(
        p.fields.filter((f) => !f.key && !f.prose).map((f) => f.rawKey),
        ["Mom's hx"],
      );
    });
  });
});
