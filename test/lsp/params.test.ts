/**
 * The plain parameter checks of the per-keystroke messages (server/src/lsp/params.ts) must never
 * accept what the zod schemas refuse: whatever they do not accept goes on to the schema, so a
 * check that says yes too often would let malformed messages reach the handlers.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkParams, fastAccepts, schemaAccepts } from '../../server/src/lsp/params';

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.string({ maxLength: 4 }),
  fc.constantFrom(0, 1, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -0),
  fc.constant([]),
  fc.constant({}),
);
const mostly = <T>(a: fc.Arbitrary<T>) => fc.oneof({ arbitrary: a, weight: 5 }, { arbitrary: junk, weight: 1 });
const num = mostly(fc.integer({ min: -3, max: 20 }));
const position = mostly(fc.record({ line: num, character: num }));
const range = mostly(fc.record({ start: position, end: position }));
const text = mostly(fc.string({ maxLength: 3 }));
const change = mostly(
  fc.oneof(
    fc.record({ range, rangeLength: fc.oneof(fc.constant(undefined), num), text }, { requiredKeys: [] }),
    fc.record({ range: fc.constant(undefined), text }),
    fc.record({ text }),
  ),
);
const textDocument = mostly(fc.record({ uri: mostly(fc.constant('file:///a.order')), version: num }, { requiredKeys: [] }));
const didChange = mostly(fc.record({ textDocument, contentChanges: mostly(fc.array(change, { maxLength: 3 })) }, { requiredKeys: [] }));
const pull = mostly(fc.record({ textDocument, identifier: mostly(fc.string({ maxLength: 3 })), previousResultId: mostly(fc.string({ maxLength: 3 })) }, { requiredKeys: [] }));

describe('lsp parameter checks (fast paths)', () => {
  for (const [name, arb] of [
    ['didChange', didChange],
    ['textDocument/diagnostic', pull],
  ] as const) {
    it(`${name}: the plain check accepts only what the schema accepts, and accepts the usual messages`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(arb, (p) => {
          if (fastAccepts(name, p)) {
            accepted++;
            assert.ok(schemaAccepts(name, p), JSON.stringify(p));
          }
          assert.equal(checkParams(name, p).ok, schemaAccepts(name, p), JSON.stringify(p));
        }),
        { numRuns: 3000, seed: 20261201 },
      );
      assert.ok(accepted > 50, `the plain check accepted ${accepted} generated messages`);
    });
  }

  it('accepts the messages a client sends while the user types', () => {
    const range = { start: { line: 3, character: 7 }, end: { line: 3, character: 8 } };
    assert.equal(
      fastAccepts('didChange', { textDocument: { uri: 'file:///a.order', version: 7 }, contentChanges: [{ range, rangeLength: 1, text: '' }, { text: 'whole' }] }),
      true,
    );
    assert.equal(fastAccepts('textDocument/diagnostic', { textDocument: { uri: 'file:///a.order' }, previousResultId: 'r3.0' }), true);
  });
});
