/**
 * Set 23, North American hospital notes: a problem list's "#1 …" lines are the note's text, not comments; a nursery exam's
 * "Spine:" line and a hospitalist's "Ext:" line are exam lines; "2 do" and "3 wo" are days and weeks old. Each with the near
 * misses that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { parseNote } from '../../server/src/notes/parser';
import { parseAge } from '../../server/src/notes/age';
import { orderOf, readNote } from '../helpers';

describe('a problem list numbered "#1", "#2"', () => {
  it('"#1 …" is a line of the note, "# …" and "#comment" stay comments', () => {
    const p = parseNote('A/P: 7 yo M\n#1 MRI complete spine w/o and w/ contrast\n# acknowledge missing-age: other\n#note to self\n');
    assert.deepEqual(
      p.comments.map((c) => c.text),
      ['acknowledge missing-age: other', 'note to self'],
    );
    assert.ok(p.prose.some((f) => f.value.startsWith('#1 MRI')));
  });
  it('the study a numbered problem orders is the order, and its consult the referral', () => {
    const lines = [
      'HPI: 7 yo M, 2 wk mid-back pain, wobbly walking, new daytime wetting.',
      'A/P: subacute back pain w/ myelopathic signs.',
      '#1 MRI complete spine without and with contrast — ordered STAT, anesthesia paged',
      '#2 Neurosurgery consult requested',
    ];
    assert.equal(orderOf(...lines), 'mri-complete-without-and-with');
    assert.equal(readNote(...lines).facts.referral.neurosurgery, true);
  });
  it('a numbered problem that only conditions or declines its study orders none', () => {
    assert.equal(orderOf('HPI: 7 yo M, back pain 1 wk, no red flags.', '#1 Back pain — NSAIDs; MRI L-spine if no improvement in 6 wk'), 'none');
    assert.equal(orderOf('HPI: 7 yo M, back pain 1 wk, no red flags.', '#1 Back pain — MRI not indicated at this time'), 'none');
  });
  it('a skin marker on a numbered problem is read, and a comment line "# hair tuft?" is not', () => {
    assert.ok(readNote('Pt: 3 mo M', '#2 Lumbosacral hair tuft + dimple — concern for OSD', 'Order: US spine').facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present));
    assert.ok(!readNote('Pt: 3 mo M', '# hair tuft? ask mom', 'Order: US spine').facts.hits.some((h) => h.finding.id === 'hair-tuft'));
  });
});

describe('a nursery exam\'s "Spine:" line and an "Ext:" line', () => {
  it('"Spine: straight. Single shallow pit ~2 mm … No tuft, no hemangioma" describes the dimple and denies the rest', () => {
    const r = readNote(
      'Pt: 2 d M',
      'Spine: straight. Single shallow midline pit ~2 mm within the gluteal cleft, about 1 cm above the anus, base seen. No tuft, no hemangioma, no skin tag.',
      'Neuro: nl tone, symmetric Moro, MAE',
      'Order: US spine infant',
    );
    assert.ok(r.rules.includes('simple-dimple'));
    assert.ok(!r.rules.includes('dimple-undescribed'));
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'hair-tuft' && !h.present));
  });
  it('"Spine: straight, no dimple/tuft" denies both markers: no S1', () => {
    const r = readNote('Pt: 5 d M', 'Spine: straight, no dimple/tuft', 'Plan: d/c home');
    assert.equal(r.scenario, 'no-criteria');
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'sacral-dimple' && !h.present));
  });
  it('"Spine: T12 tender" is back pain on exam; "Spine: CT T/L spine w/o ordered" still orders', () => {
    assert.ok(
      readNote('Pt: 12 yo M', 'HPI: fell off bike', 'Spine: T12 tender, paraspinal spasm.', 'Plan: XR T/L spine').facts.hits.some(
        (h) => h.finding.category === 'back-pain' && h.present,
      ),
    );
    assert.equal(orderOf('Pt: 14 yo M, MVC at highway speed', 'Spine: CT thoracic and lumbar spine without contrast ordered.'), 'ct-area-without');
  });
  it('"Ext: R foot held in cavovarus" is a foot deformity; "Ext: 4471" (a phone extension) reads nothing', () => {
    assert.ok(
      readNote('Pt: 3 mo M', 'Back: hair tuft over L5', 'Ext: R foot held in cavovarus, L foot normal', 'Order: US spine').facts.hits.some(
        (h) => h.finding.id === 'foot-deformity' && h.present,
      ),
    );
    const r = readNote('Pt: 3 mo M', 'Back: hair tuft over L5', 'Ext: 4471', 'Order: US spine');
    assert.ok(!r.facts.hits.some((h) => h.finding.category === 'orthopedic-symptom'));
  });
});

describe('"2 do", "3 wo": days and weeks old', () => {
  const ageOf = (...lines: string[]) => readNote(...lines).facts.age?.months;
  it("are ages in a nursery note's opening line and under Age", () => {
    assert.ok(Math.abs((ageOf('Baby boy "Tremblay", 2 do, born 39+1 wk by SVD, BW 3410 g.', 'Skin: sacral dimple') ?? -1) - 2 / 30.4375) < 0.01);
    assert.ok(Math.abs((ageOf('3 wo M with a sacral dimple') ?? -1) - 21 / 30.4375) < 0.01);
    assert.ok(Math.abs((parseAge('2 do', true)?.months ?? -1) - 2 / 30.4375) < 0.01);
  });
  it('"2 do not", "2 wo contrast" are a verb and "without", no age', () => {
    assert.equal(ageOf('Twins seen. 2 do not have a dimple. Baby A 5 mo M', 'Skin: sacral dimple'), 5);
    assert.equal(ageOf('Things 2 do today: US spine', 'Skin: sacral dimple'), undefined);
    assert.equal(ageOf('Order: MRI L-spine 2 wo contrast', 'Skin: sacral dimple'), undefined);
  });
  it('the nursery forms: opening the line or its clause, before the sex, under Age', () => {
    const near = (months: number | undefined, days: number) => assert.ok(Math.abs((months ?? -1) - days / 30.4375) < 0.01, `${months} vs ${days} d`);
    near(ageOf('HPI: 4 do F born at 38 wk, sacral dimple on newborn exam.', 'Skin: sacral dimple 3 mm within gluteal cleft'), 4);
    near(ageOf('Age: 10 do', 'Skin: sacral dimple 3 mm within gluteal cleft'), 10);
    near(ageOf('HPI: 8 wo M, sacral dimple, born 37+2 wk.', 'Skin: sacral dimple 6 mm'), 56);
    near(ageOf('HPI: Twin A and twin B, 2 do. Twin B has a sacral hair tuft.', 'Skin: hair tuft over sacrum'), 2);
  });
  it('after surgery, a follow-up, "started" or beside an age in years they are times, no age (review a01, b11, b04, b05, b08)', () => {
    // a01, b11: 3 weeks after the release; the age is the plain 14 yo.
    assert.equal(ageOf('HPI: 14 yo F s/p tethered cord release, now 3 wo. New LBP and leg tingling.', 'Neuro: decreased sensation L5 on L'), 168);
    assert.equal(ageOf('HPI: 14 yo F s/p tethered cord release, now 3 wo. Mild incisional pain, neuro stable.'), 168);
    // b04, b05, b08: no age is told, so missing-age must still speak.
    const missing = (...lines: string[]) => {
      assert.equal(ageOf(...lines), undefined, lines.join(' / '));
      assert.ok(readNote(...lines).rules.includes('missing-age'), lines.join(' / '));
    };
    missing('HPI: Teen M with LBP after football, no red flags, neuro intact. F/u PCP 2 wo.', 'Order: XR L-spine');
    missing('HPI: LBP x 3 days, no red flags. Pain started 2 do.', 'Order: XR L-spine');
    missing('HPI: Adolescent F with LBP. Started abx for UTI 3 do. No fever now.', 'Order: XR L-spine');
    missing('HPI: Infant with sacral dimple. RTC 2 wo.', 'Order: US spine infant');
    missing('HPI: Infant with sacral dimple, seen at 2 wo.', 'Order: US spine infant');
    missing('HPI: LBP, pain began 3 do, no red flags.', 'Order: XR L-spine');
    // A child word after it no longer makes it an age when a plain age in years is told.
    assert.equal(ageOf('HPI: 15 yo M with LBP. Sister 2 wo F at home.'), 180);
  });
});
