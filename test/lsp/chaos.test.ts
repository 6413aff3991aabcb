/**
 * The differential chaos test (issue 12 item 6), short: a few seeds × 1,000 steps in push and pull
 * mode. Long runs: `npm run chaos -- --seed N --steps N`. A failure prints its seed and a shrunk
 * reproduction; see test/lsp/chaos/run.ts for what is checked after every burst.
 */
import * as assert from 'node:assert/strict';
import { HEAP_BOUND, chaos } from './chaos/shrink';

const SEEDS = process.env.CHAOS_SEED ? [Number(process.env.CHAOS_SEED)] : [1, 2, 3];

describe('differential chaos test of the language server (issue 12)', function () {
  this.timeout(600_000);
  for (const pull of [false, true]) {
    for (const seed of SEEDS) {
      it(`seed ${seed}, 1,000 steps, ${pull ? 'pull' : 'push'} diagnostics: the server agrees with the engine and the client`, async () => {
        const r = await chaos(seed, 1000, pull, { heap: true, shrinkBudget: 500 });
        assert.ok(r.ok, r.report);
        assert.ok(r.result!.heap!.end <= r.result!.heap!.baseline + HEAP_BOUND, r.report);
        // Not vacuous: cancellations, malformed requests (and in pull mode, unchanged reports) happened.
        const o = r.result!.outcomes;
        assert.ok(o.cancelled > 0 && o.invalidParams > 0 && (!pull || o.unchanged > 0), r.report);
      });
    }
  }
});
