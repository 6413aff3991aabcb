import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { summarizeDocument } from '../../server/src/engine/analyze';
import { jsonChunks } from '../../server/src/cli/formatters/json';
import { hoverAt } from '../../server/src/lsp/hover';
import { LineIndex } from '../../server/src/notes/text';
import { packReading, readingOf, unpackReading } from '../../server/src/clinical/reading';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import { engine, lint, note } from '../helpers';

/** Item 8 of issue 8: the reading is shown — in `--format json` and on hover. */

const NOTE = note(
  'Age: 3 months',
  'Findings: deep dimple above the gluteal cleft; no tuft of hair',
  'Red flags: no fever; night pain',
  'Prior imaging: US spine: normal',
  'Order: XR L-spine',
);

function json(text: string) {
  const e = engine();
  const file = { displayPath: 'a.order', text, lines: new LineIndex(text), analysis: summarizeDocument(text, e), fixed: 0, applied: [], notices: [] };
  return JSON.parse([...jsonChunks([file], e.knowledge, '0.0.0')].join(''));
}

describe('the reading', () => {
  it('--format json carries per note the facts with their context, place and whether they count', () => {
    const r = json(NOTE).files[0].notes[0].reading;
    assert.equal(r.ageMonths, 3);
    assert.equal(r.priorUltrasound, 'normal');
    assert.equal(r.trauma, 'none');
    assert.equal(r.neuroExam, 'unknown');
    assert.equal(r.referralNeurosurgery, false);
    const byId = Object.fromEntries(r.facts.map((f: any) => [f.finding, f]));
    assert.deepEqual(byId['hair-tuft'], {
      finding: 'hair-tuft',
      category: 'cutaneous-marker',
      text: 'tuft of hair',
      line: 2,
      column: 51,
      field: 'Findings',
      context: { negated: true, uncertain: false, hypothetical: false, historical: false, experiencer: 'patient' },
      counts: false,
    });
    assert.equal(byId.fever.context.negated, true);
    assert.equal(byId['night-pain'].counts, true);
    assert.equal(byId['sacral-dimple'].counts, true);
    assert.equal('correctedAgeMonths' in r, false, 'only present when the note gives a gestation');
  });

  it('a dimple described only on the Dimple line is read as a dimple', () => {
    const r = json(note('Age: 1 month', 'Dimple: 3 mm, within gluteal cleft, 1 cm from anus', 'Order: spinal US')).files[0].notes[0].reading;
    assert.deepEqual(
      r.facts.map((f: any) => [f.finding, f.field, f.text, f.counts]),
      [['sacral-dimple', 'Dimple', '3 mm, within gluteal cleft, 1 cm from anus', true]],
    );
  });

  it('a fall from a trampoline reads as significant trauma; a note with no age has ageMonths null', () => {
    const r = json(note('Presentation: back pain after a fall from a trampoline', 'Order: XR L-spine')).files[0].notes[0].reading;
    assert.equal(r.trauma, 'significant');
    assert.equal(r.ageMonths, null);
  });

  it("carries the reader's context and verdict: history counts for cancer, another person's and a hypothetical never, uncertain does", () => {
    const facts = json(
      note('Age: 4 years', 'Presentation: back pain; hx ALL on maintenance chemo; mother has lymphoma; return if fever', 'Findings: ? sacral dimple', 'Order: MRI spine'),
    ).files[0].notes[0].reading.facts as { finding: string; text: string; context: Record<string, unknown>; counts: boolean }[];
    const of = (text: string) => facts.find((f) => f.text.toLowerCase().includes(text))!;
    assert.deepEqual([of('all').context.historical, of('all').counts], [true, true]);
    assert.deepEqual([of('lymphoma').context.experiencer, of('lymphoma').counts], ['other', false]);
    assert.deepEqual([of('fever').context.hypothetical, of('fever').counts], [true, false]);
    assert.deepEqual([of('dimple').context.uncertain, of('dimple').counts], [true, true]);
  });

  it('the summary keeps the reading packed in one number array, and it unpacks to the same reading', () => {
    const k = engine().knowledge;
    const [n] = lint(NOTE).notes;
    const r = readingOf(n.facts, k.finding('sacral-dimple'));
    assert.deepEqual(unpackReading(packReading(r, k), r.ageMonths, k), r);
    const odd = {
      ...r,
      correctedAgeMonths: 1.5,
      trauma: 'unclear' as const,
      priorUltrasound: 'unknown' as const,
      referralNeurosurgery: true,
      facts: [{ ...r.facts[0], start: 9_000_000, end: 9_020_000, field: undefined, flags: 63 }],
    };
    const packed = packReading(odd, k);
    assert.ok(Array.isArray(packed) && packed.every((x) => typeof x === 'number'));
    assert.deepEqual(unpackReading(packed, r.ageMonths, k), odd);
  });

  describe('hover', () => {
    const hover = (text: string, needle: string) => {
      const doc = TextDocument.create('file:///a.order', 'imaging-order', 1, text);
      const e = engine();
      const analysis = lint(text);
      const h = hoverAt(doc, analysis, text.indexOf(needle), e.knowledge, DEFAULT_SETTINGS.ultrasoundWindow);
      return h ? (h.contents as { value: string }).value : '';
    };
    it('a value lists what was read there and in which context', () => {
      const v = hover(NOTE, '; night');
      assert.match(v, /\*\*Read here:\*\*/);
      assert.match(v, /fever \(fever\) — negated/);
      assert.match(v, /night pain \(night pain\) — present/);
    });
    it('a finding shows its grade, its sources and the rest of the value', () => {
      const v = hover(NOTE, 'tuft of hair');
      assert.match(v, /risk not graded by our sources/);
      assert.match(v, /\*\*Sources:\*\*/);
      assert.match(v, /dimple \(sacral dimple\) — present/);
      assert.match(v, /tuft of hair \(hair tuft or hairy patch\) — negated/);
    });
  });
});
