/**
 * Suspicions as set 16's writers tell them: a colon after a worry or a question introduces what is suspected
 * ("Worried about something serious: lymphoma/leukaemia, TB of the spine", "Concern: leukaemia"), so a cancer named
 * after it is a suspected tumour, not a cancer history. Near-misses: a colon after a worry that names no cancer, a
 * cancer told as history after a colon that ends the worry's subject, a family's worry answered with reassurance.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const OPEN = '14 y F, mid/low back pain x 2 wks, wakes her at night. Lost 5 kg. No fever. Tender T11-L1.';
const PLAN = 'Plan: MRI thoracolumbar spine.';

describe('suspicions after a colon (set 16)', () => {
  const suspected = [
    'Worried about something serious: lymphoma/leukaemia, TB of the spine.',
    'Worried about something serious: leukaemia.',
    'Concern: leukaemia vs TB.',
    'I am concerned about two things: lymphoma or leukemia.',
    'Suspicion: lymphoma.',
  ];
  for (const line of suspected)
    it(`reads a suspected tumour, no cancer, in ${JSON.stringify(line)}`, () => {
      const r = readNote(OPEN, line, PLAN);
      assert.ok(!r.facts.hits.some((h) => h.finding.id === 'malignancy' && h.present), 'no cancer history');
      assert.ok(
        r.facts.hits.some((h) => h.finding.id === 'suspected-infection-tumor' && h.present),
        'a suspected tumour',
      );
      assert.equal(r.scenario, 'back-pain-infection-tumor');
    });

  it('reads spinal TB written "TB of the spine" after a worry', () =>
    assert.ok(presentIn('suspected-infection-tumor', OPEN, 'Worried about something serious: TB of the spine.', PLAN)));

  it('"Worried: mom anxious" names nothing suspected', () => {
    const r = readNote(OPEN, 'Worried: mom anxious.', PLAN);
    assert.ok(!r.facts.hits.some((h) => h.finding.category === 'suspected-infection-or-tumor' && h.present));
  });
  it('a cancer told as history after a worry whose colon ends a longer subject stays a cancer', () => {
    assert.ok(presentIn('malignancy', OPEN, 'Worried about the results of the scan from last year: she had leukemia at age 4.', PLAN));
    assert.ok(presentIn('malignancy', OPEN, 'Worried about fever: she has ALL, on maintenance chemo.', PLAN));
  });
  it("a family's worry answered with reassurance is no suspicion", () => {
    const r = readNote(OPEN, 'Mom worried about something: cancer, reassured.', PLAN);
    assert.ok(!r.facts.hits.some((h) => h.finding.id === 'suspected-infection-tumor' && h.present));
  });

  describe("the referring side's working diagnosis", () => {
    const HEAD = '9 y F. 5 days of fever (Tmax 39.4), low back pain, refuses to bend forward. CRP 168.';
    const TAIL = ['Neuro: strength, sensation and reflexes normal.', 'Receiving: MRI lumbar spine with contrast in the morning.'];
    it('"Referring ED: ?discitis / vertebral osteomyelitis" is this note\'s suspicion', () => {
      const r = readNote(HEAD, 'Referring ED: ?discitis / vertebral osteomyelitis. Blood cx drawn, cefazolin given.', ...TAIL);
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'suspected-infection-tumor' && h.present));
      assert.equal(r.scenario, 'back-pain-infection-tumor');
    });
    it('a cancer the referrer worries about is a suspected tumour', () => {
      const r = readNote(HEAD, 'Referring MD: concerned about leukemia.', ...TAIL);
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'suspected-infection-tumor' && h.present));
      assert.ok(!r.facts.hits.some((h) => h.finding.id === 'malignancy' && h.present));
    });
    it('a prior told by the referring side names no suspicion', () => {
      const r = readNote(HEAD, 'Referring ED: CT done, normal.', ...TAIL);
      assert.ok(!r.facts.hits.some((h) => h.finding.category === 'suspected-infection-or-tumor' && h.present));
    });
    it('a suspicion the referrer denies stays denied', () => {
      const r = readNote(HEAD, 'Referring ED: no concern for discitis.', ...TAIL);
      assert.ok(!r.facts.hits.some((h) => h.finding.category === 'suspected-infection-or-tumor' && h.present));
    });
    it("only its suspicions are read from the referring side's line, not its symptoms", () => {
      const r = readNote('Age: 9 y', 'Findings: sacral dimple, base seen.', 'Referring ED: ?discitis. Leg weakness, fever.');
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'suspected-infection-tumor' && h.present));
      assert.ok(!r.facts.hits.some((h) => h.present && (h.finding.category === 'neurologic-symptom' || h.finding.id === 'fever')));
    });
  });
});
