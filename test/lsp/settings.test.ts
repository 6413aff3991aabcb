/**
 * SettingsManager (server/src/lsp/settings.ts) must never cache a rejected promise: if the knowledge
 * base fails to load once, the next request for the same document tries again (and the failure is
 * logged), instead of every later request failing with the same stale rejection.
 */
import * as assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import { SettingsManager } from '../../server/src/lsp/settings';

function fakeConnection(errors: string[]): Connection {
  return {
    console: { error: (m: string) => errors.push(m), log: () => undefined, warn: () => undefined, info: () => undefined },
    workspace: { getConfiguration: async () => ({}) },
    sendNotification: () => Promise.resolve(),
  } as unknown as Connection;
}

describe('lsp settings manager', () => {
  const featuresPath = require.resolve('../../server/src/lsp/features');

  it('does not cache a rejected promise when the knowledge loader fails, and logs the failure', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(featuresPath);
    const entry = require.cache[featuresPath]!;
    const real = entry.exports;
    let calls = 0;
    // The knowledge loader fails (as when the data files cannot be read).
    entry.exports = new Proxy(real, {
      get: (t, k) =>
        k === 'defaultKnowledge'
          ? () => {
              calls++;
              throw new Error('knowledge base unreadable');
            }
          : t[k as keyof typeof t],
    });
    const errors: string[] = [];
    const m = new SettingsManager(fakeConnection(errors), true, {});
    try {
      await assert.rejects(m.get('file:///x/a.order'), /knowledge base unreadable/);
      assert.ok(calls > 0);
    } finally {
      entry.exports = real;
    }
    assert.ok(
      errors.some((e) => /knowledge base unreadable/.test(e)),
      `logged: ${errors.join('\n')}`,
    );
    // The loader works again: the same URI now resolves (the rejection was not kept).
    const r = await m.get('file:///x/a.order');
    assert.ok(r.engine.knowledge);
  });
});
