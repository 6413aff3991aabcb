/**
 * Requests that let tests look inside a running server, registered only when the environment asks
 * for them (IMAGING_ORDER_LSP_TEST_HOOKS=1), so a normal server exposes nothing extra:
 *
 *  - `imagingOrderLint/test/text` `{ uri }` → the server's copy of an open document's text (or null),
 *    so a test can prove it equals the client's after any edit sequence (issue 12, defect 1);
 *  - `imagingOrderLint/test/heap` → the live heap in bytes after full collections (the process must
 *    run with --expose-gc), so a test can bound what the server keeps (issue 12, defect 4), with the
 *    part of it that is compiled code (`codeUsed`): code grows with the engine the JIT optimises, not
 *    with what documents leave behind;
 *  - `imagingOrderLint/test/heapSnapshot` `{ file }` → writes a heap snapshot there.
 */
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import type { Connection } from 'vscode-languageserver';

export const TEST_HOOKS_ENV = 'IMAGING_ORDER_LSP_TEST_HOOKS';

export function registerTestHooks(connection: Connection, textOf: (uri: string) => string | undefined): void {
  if (process.env[TEST_HOOKS_ENV] !== '1') return;
  connection.onRequest('imagingOrderLint/test/text', (p: { uri?: unknown }) => (typeof p?.uri === 'string' ? (textOf(p.uri) ?? null) : null));
  connection.onRequest('imagingOrderLint/test/heap', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) return { heapUsed: null, error: 'run the server with --expose-gc' };
    // Several rounds, with turns of the event loop between them, so weak references and
    // finalizers let go of what they held.
    for (let i = 0; i < 4; i++) {
      gc();
      await new Promise((r) => setImmediate(r));
    }
    const codeUsed = getHeapSpaceStatistics()
      .filter((s) => s.space_name.startsWith('code'))
      .reduce((sum, s) => sum + s.space_used_size, 0);
    return { heapUsed: process.memoryUsage().heapUsed, codeUsed };
  });
  // A heap snapshot written to a file the test names, for finding what a grown heap holds.
  connection.onRequest('imagingOrderLint/test/heapSnapshot', (p: { file?: unknown }) => (typeof p?.file === 'string' ? writeHeapSnapshot(p.file) : null));
}
