/**
 * How the VS Code client starts the language server: the Node/V8 flags it gives the server process
 * and the initializationOptions it sends. The client (client/src/extension.ts) and the benchmark
 * (bench/lib.mjs, through its bundle dist/launch.js, built beside dist/server.js) both import this file, so
 * the benchmark drives the server exactly as the editor launches it.
 * It imports nothing, so it adds no server code to the client bundle.
 */

/**
 * V8 heap flags for the server process (`execArgv`). A server holds one document's analysis
 * (~30-50 MB live for the 1 MB, 5,000-note document) and allocates a new flat copy of the
 * document string on every edit; with V8's defaults its resident memory was mostly garbage and
 * headroom, not live data (bench/README.md, "Round 57"):
 *
 *  - `--max-old-space-size`: below 2,048 MB V8 lets the old generation grow to at most
 *    1.3-2 × what the last full collection kept, instead of 4 × (heap-controller.cc,
 *    MaxGrowingFactor, scaled between 256 and 2,048 MB), so the garbage each edit leaves (the
 *    previous document string, moved notes) is collected sooner. It is also the heap's limit; at
 *    this value it still holds documents far larger than the 5,000-note one.
 *  - `--max-semi-space-size`: the young generation's two halves stay at most this many MB each
 *    (V8's default grows them to 16 MB, which then stay committed).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-old-space-size=1536', '--max-semi-space-size=8'];

/** The initializationOptions the VS Code client sends (the bench sends those of a trusted workspace). */
export function clientInitializationOptions(trusted: boolean): { trusted: boolean; resolvesRuleDocs: true } {
  // resolvesRuleDocs: the server sends each diagnostic's rule page as a short `iol:<rule-id>` link,
  // and the client turns it into the page shipped with the extension.
  return { trusted, resolvesRuleDocs: true };
}
