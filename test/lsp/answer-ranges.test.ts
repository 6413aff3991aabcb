/**
 * answerRanges.guardRanges checks a diagnostic list by its known shape (the range of each
 * diagnostic and of its related locations) instead of walking every key of every object. That
 * shortcut must repair and report exactly what the general walk does, for lists with ranges of
 * every kind of fault (outside the document, reversed, inside a surrogate pair, before a BOM).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { guardRanges } from '../../server/src/lsp/answerRanges';

const TEXT = '\uFEFFAge: 3 months\nMarkers: dimple \uD83D\uDE00 tuft\r\nOrder: XR L-spine\n';
const doc = () => TextDocument.create('file:///a.order', 'imaging-order', 1, TEXT);

const position = fc.record({ line: fc.integer({ min: -1, max: 5 }), character: fc.integer({ min: -1, max: 40 }) });
const range: fc.Arbitrary<Range> = fc.record({ start: position, end: position });
const diagnostic: fc.Arbitrary<Diagnostic> = fc
  .record({
    range,
    message: fc.constantFrom('a', 'b'),
    related: fc.option(fc.array(range, { maxLength: 2 }), { nil: undefined }),
  })
  .map(({ range: r, message, related }) => {
    const d: Diagnostic = { range: r, severity: 2, code: 'rule', codeDescription: { href: 'iol:rule' }, source: 'x', message };
    if (related) d.relatedInformation = related.map((rr) => ({ location: { uri: 'file:///a.order', range: rr }, message: 'here' }));
    return d;
  });

function guarded<T>(answer: T, asDiagnostics: boolean): { answer: T; reports: string[] } {
  const copy = structuredClone(answer);
  const reports: string[] = [];
  guardRanges(doc(), copy, (w) => reports.push(w), asDiagnostics);
  return { answer: copy, reports };
}

describe('answer ranges: the diagnostic-list shortcut', () => {
  it('repairs and reports exactly as the general walk, for pull reports and published lists', () => {
    fc.assert(
      fc.property(fc.array(diagnostic, { maxLength: 12 }), (items) => {
        const report = { kind: 'full', resultId: 'r1', items };
        assert.deepEqual(guarded(report, true), guarded(report, false));
        assert.deepEqual(guarded(items, true), guarded(items, false));
      }),
      { numRuns: 300 },
    );
  });

  it('a list mixing diagnostics with an item of no range repairs and reports exactly as the general walk, wherever that item is', () => {
    // The one pass must not repair a diagnostic before it knows the whole list is diagnostics.
    const symbol = fc.record({ name: fc.constant('n'), kind: fc.constant(1), range, selectionRange: range });
    const items = fc
      .tuple(fc.array(fc.oneof(diagnostic, diagnostic, symbol), { maxLength: 8 }), fc.nat())
      .map(([list, at]) => [...list.slice(0, at % (list.length + 1)), { message: 'no range' }, ...list.slice(at % (list.length + 1))]);
    fc.assert(
      fc.property(items, (list) => {
        const report = { kind: 'full', resultId: 'r1', items: list };
        assert.deepEqual(guarded(report, true), guarded(report, false));
        assert.deepEqual(guarded(list, true), guarded(list, false));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a bad range in a related location and names where it is', () => {
    const items: Diagnostic[] = [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } }, message: 'ok' },
      {
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } },
        message: 'bad related',
        relatedInformation: [{ location: { uri: 'file:///a.order', range: { start: { line: 9, character: 0 }, end: { line: 9, character: 1 } } }, message: 'x' }],
      },
    ];
    const { answer, reports } = guarded({ kind: 'full', items }, true);
    assert.equal(reports.length, 1);
    assert.match(reports[0], /^\.items\[1\]\.relatedInformation\[0\]\.location\.range .* is outside the document/);
    assert.deepEqual(answer.items[1].relatedInformation?.[0].location.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } });
  });

  it('a list that is not all diagnostics takes the general walk (a document symbol keeps its selectionRange checked)', () => {
    const symbols = [
      {
        name: 'n',
        kind: 1,
        range: { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } },
        selectionRange: { start: { line: 7, character: 0 }, end: { line: 7, character: 2 } },
      },
    ];
    const bad = [symbols[0], { message: 'no range' }];
    const { reports } = guarded(bad, true);
    assert.equal(reports.length, 1);
    assert.match(reports[0], /selectionRange/);
  });

  it('an unchanged pull report has nothing to check', () => {
    const { answer, reports } = guarded({ kind: 'unchanged', resultId: 'r1' }, true);
    assert.deepEqual(answer, { kind: 'unchanged', resultId: 'r1' });
    assert.deepEqual(reports, []);
  });
});
