/**
 * documentDiagnostics (server/src/lsp/diagnostics.ts) reuses a note's diagnostic objects across
 * answers, keyed by the note's engine result and its first line. Identical notes share one result,
 * so one result can stand at several lines at once (after a whole-text analysis, which looks notes
 * up by text), and notes move when lines are inserted above them. Whatever the edits, every answer must equal the diagnostics converted afresh from the
 * document's findings.
 */
import * as assert from 'node:assert/strict';
import type { Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type Engine, analyzeDocument } from '../../server/src/engine/analyze';
import { defaultKnowledge } from '../../server/src/knowledge/loader';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import { type DiagnosticOptions, documentDiagnostics, toDiagnostic } from '../../server/src/lsp/diagnostics';
import { DocState, analysisOf } from '../../server/src/lsp/documents';
import { applyChanges } from '../../server/src/lsp/textSync';
import { SAMPLE } from './client';

const OTHER = 'Patient: 10 y M\nPresentation: back pain for 6 weeks; fever\nOrder: MRI L-spine w/o\n';
const BARE = 'Order: MRI L-spine\n';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const INSERTS = ['x', '\n', '---\n', `---\n${BARE}`, `---\n${OTHER}`, '\n\n', ''];

describe('lsp diagnostics cache (documentDiagnostics)', () => {
  const engine: Engine = { knowledge: defaultKnowledge(), settings: DEFAULT_SETTINGS };
  const opts: DiagnosticOptions = { relatedInformation: true };

  for (const seed of [1, 2, 3, 4]) {
    it(`equals fresh diagnostics while repeated notes move and change (seed ${seed})`, () => {
      const rand = rng(seed);
      // Repeated notes (one result at several lines), among different ones.
      const parts = [SAMPLE, BARE, OTHER, BARE, SAMPLE, BARE, OTHER, SAMPLE];
      const doc = TextDocument.create('file:///cache.order', 'imaging-order', 1, parts.join('---\n'));
      const state = new DocState(doc.uri);
      let reused = 0;
      let shared = 0;
      let previous = new Set<object>();
      for (let round = 0; round < 150; round++) {
        const burst = 1 + Math.floor(rand() * 3);
        const changes: { range?: { start: Position; end: Position }; text: string }[] = [];
        for (let b = 0; b < burst; b++) {
          const line = Math.floor(rand() * (doc.lineCount + 1));
          const character = Math.floor(rand() * 12);
          const del = rand() < 0.3 ? Math.floor(rand() * 30) : 0;
          const start = doc.positionAt(doc.offsetAt({ line, character }));
          const end = doc.positionAt(doc.offsetAt(start) + del);
          changes.push({ range: { start, end }, text: INSERTS[Math.floor(rand() * INSERTS.length)] });
        }
        // Now and then the whole text, as a client without incremental sync sends it: every note is
        // looked up by its text, so repeated notes share one result.
        if (rand() < 0.2) changes.push({ text: doc.getText() });
        for (const c of changes) applyChanges(doc, [c], doc.version + 1, (s, e, n) => state.analyses.edited(s, e, n));
        const got = documentDiagnostics(state, doc, analysisOf(state, doc, engine), opts);
        const want = analyzeDocument(doc.getText(), engine).findings.map((f) => toDiagnostic(doc, 0, f, opts));
        assert.deepEqual(got, want, `round ${round}`);
        for (const d of got) if (previous.has(d)) reused++;
        const results = analysisOf(state, doc, engine).notes.map((n) => n.parsed);
        shared += results.length - new Set(results).size;
        previous = new Set(got);
      }
      assert.ok(reused > 0, 'diagnostics of unchanged notes were reused');
      assert.ok(shared > 0, 'some answers had one result at several lines');
    });
  }
});
