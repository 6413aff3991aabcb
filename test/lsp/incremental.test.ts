/**
 * The language server re-analyses only the notes an edit touched (server/src/lsp/documents.ts
 * `reanalyze`). It must equal a fresh engine analysis of the new text, whatever the edits.
 */
import * as assert from 'node:assert/strict';
import { type DocumentAnalysis, type Engine, analyzeDocument } from '../../server/src/engine/analyze';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import { type Dirty, DocumentAnalyses, LeanNote, markDirty, reanalyze } from '../../server/src/engine/incremental';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import { noteOverview } from '../../server/src/engine/overview';
import { SAMPLE } from './client';

const NOTE = SAMPLE;

const OTHER = 'Patient: 10 y M\nPresentation: back pain for 6 weeks; fever\nOrder: MRI L-spine w/o\n';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function project(a: DocumentAnalysis) {
  return {
    notes: a.notes.map((n) => ({ index: n.index, start: n.start, end: n.end, scenario: n.classification.scenario.id, findings: n.findings, acknowledged: n.acknowledged.length })),
    findings: a.findings,
    acknowledged: a.acknowledged,
  };
}

const INSERTS = [
  'x',
  ' ',
  '\n',
  '---\n',
  '---',
  '\r\n',
  '\r',
  ';',
  'Order: CT L spine\n',
  '# acknowledge inappropriate-initial-study: other\n',
  'no ',
  '\uFEFF',
  'Age: 9 months\n',
  '',
];

describe('incremental re-analysis (engine/incremental reanalyze)', () => {
  const engine: Engine = { knowledge: defaultKnowledge(), settings: DEFAULT_SETTINGS };

  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`equals a fresh analysis after random edit bursts (seed ${seed})`, () => {
      const rand = rng(seed);
      const parts = Array.from({ length: 8 }, (_, i) => (i % 3 === 2 ? OTHER : NOTE.replace('3-month-old', `${i + 1}-month-old`)));
      let text = (seed % 2 ? '\uFEFF' : '') + parts.join('---\n');
      if (seed === 3) text = text.replace(/\n/g, '\r\n');
      let prev = analyzeDocument(text, engine);
      let incremental = 0;
      for (let round = 0; round < 120; round++) {
        let dirty: Dirty | undefined;
        const burst = 1 + Math.floor(rand() * 4);
        for (let b = 0; b < burst; b++) {
          const s = Math.floor(rand() * (text.length + 1));
          const e = Math.min(text.length, s + (rand() < 0.5 ? 0 : Math.floor(rand() * 12)));
          const ins = INSERTS[Math.floor(rand() * INSERTS.length)];
          text = text.slice(0, s) + ins + text.slice(e);
          dirty = markDirty(dirty, s, e, ins.length);
        }
        const got = dirty && dirty !== 'all' ? reanalyze(prev, text, dirty, engine) : undefined;
        const fresh = analyzeDocument(text, engine);
        if (got) {
          incremental++;
          assert.equal(got.text, text);
          assert.deepEqual(project(got), project(fresh), `round ${round}`);
        }
        prev = got ?? fresh;
      }
      assert.ok(incremental > 60, `most rounds were incremental (${incremental})`);
    });
  }

  it('markDirty merges edits into one region of the analysed text', () => {
    // "abcdef": replace "cd" by "XYZ" -> "abXYZef", then delete "a" -> "bXYZef".
    let d = markDirty(undefined, 2, 4, 3);
    assert.deepEqual(d, { os: 2, oe: 4, ce: 5 });
    d = markDirty(d, 0, 1, 0);
    assert.deepEqual(d, { os: 0, oe: 4, ce: 4 });
    // An edit after the region widens it in old coordinates.
    d = markDirty({ os: 2, oe: 4, ce: 5 }, 6, 7, 2);
    assert.deepEqual(d, { os: 2, oe: 6, ce: 8 });
  });
});

describe('lean document analyses (engine/incremental DocumentAnalyses)', () => {
  const engine: Engine = { knowledge: defaultKnowledge(), settings: DEFAULT_SETTINGS };

  /** Everything a view reads of a note, including what a lean note recomputes on demand. */
  function whole(a: DocumentAnalysis) {
    return {
      text: a.text,
      notes: a.notes.map((n) => ({
        // First, so a lean note gives it before anything else has recomputed its full result: the
        // outline views read only this (its parse alone, and facts kept from analysis time).
        overview: noteOverview(n),
        index: n.index,
        start: n.start,
        end: n.end,
        parsed: n.parsed,
        facts: n.facts,
        classification: n.classification,
        rating: n.rating,
        findings: n.findings,
        acknowledged: n.acknowledged,
      })),
      findings: a.findings,
      acknowledged: a.acknowledged,
    };
  }

  for (const seed of [7, 8, 9]) {
    it(`equals a fresh analysis, recomputed parts included, through edits and whole-text changes (seed ${seed})`, () => {
      const rand = rng(seed);
      const parts = Array.from({ length: 8 }, (_, i) => (i % 3 === 2 ? OTHER : NOTE.replace('3-month-old', `${(i % 2) + 1}-month-old`)));
      let text = (seed === 8 ? '\uFEFF' : '') + parts.join('---\n');
      if (seed === 9) text = text.replace(/\n/g, '\r\n');
      const analyses = new DocumentAnalyses();
      let version = 1;
      let lean = 0;
      for (let round = 0; round < 60; round++) {
        if (rand() < 0.15) analyses.edited(-1, -1, -1);
        else {
          const burst = 1 + Math.floor(rand() * 3);
          for (let b = 0; b < burst; b++) {
            const s = Math.floor(rand() * (text.length + 1));
            const e = Math.min(text.length, s + (rand() < 0.5 ? 0 : Math.floor(rand() * 12)));
            const ins = INSERTS[Math.floor(rand() * INSERTS.length)];
            text = text.slice(0, s) + ins + text.slice(e);
            analyses.edited(s, e, ins.length);
          }
        }
        const got = analyses.of(++version, () => text, engine);
        lean += got.notes.filter((n) => n instanceof LeanNote).length;
        assert.deepEqual(whole(got), whole(analyzeDocument(text, engine)), `round ${round}`);
      }
      assert.ok(lean > 0, 'the notes kept are lean');
    });
  }

  it('a lean note keeps its findings, place and text, not its parse tree', () => {
    const analyses = new DocumentAnalyses();
    const a = analyses.of(1, () => [NOTE, OTHER].join('---\n'), engine);
    for (const n of a.notes) {
      assert.ok(n instanceof LeanNote);
      assert.deepEqual(Object.keys(n).sort(), ['acknowledged', 'context', 'end', 'findings', 'index', 'overview', 'start', 'text']);
    }
  });

  it("an outline (symbols, folding, code lens) reads a lean note's overview and parse, never re-analysing it", () => {
    const analyses = new DocumentAnalyses();
    const a = analyses.of(1, () => [NOTE, OTHER, NOTE.replace('3-month-old', '2-month-old')].join('---\n'), engine);
    const recent = (a.notes[0] as LeanNote).context.recent;
    for (const n of a.notes) assert.equal(noteOverview(n).parsed.text, (n as LeanNote).text);
    assert.equal(recent.size, 0, 'no full result was recomputed');
    void a.notes[1].facts;
    assert.equal(recent.size, 1, 'facts do recompute one (the check above can fail)');
  });
});
