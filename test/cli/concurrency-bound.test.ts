import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_CONCURRENCY, UsageError, parseArgs } from '../../server/src/cli/args';
import { workersFor } from '../../server/src/cli/parallel';

// --concurrency N is bounded by the cores and by the work: one small file never starts 199 workers
// (it took 5.3 s and 1.37 GB with --concurrency 200), and N above MAX_CONCURRENCY is a usage error.
describe('CLI --concurrency bound', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-conc-bound-'));
    for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(dir, `f${i}.order`), 'Patient: 10 y M\nPresentation: back pain for 6 weeks\nOrder: MRI L-spine w/o\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

  it('rejects N above the maximum with a usage error, and accepts the maximum', () => {
    assert.throws(
      () => parseArgs(['--concurrency', String(MAX_CONCURRENCY + 1), 'x']),
      (e: unknown) => e instanceof UsageError && /at most/.test((e as Error).message),
    );
    assert.throws(() => parseArgs(['--concurrency', '200', 'x']), UsageError);
    assert.equal(parseArgs(['--concurrency', String(MAX_CONCURRENCY), 'x']).concurrency, MAX_CONCURRENCY);
    assert.ok(MAX_CONCURRENCY <= 64);
  });

  it('one small file gets no workers, whatever N', () => {
    const o = parseArgs(['--format', 'json', '--concurrency', String(MAX_CONCURRENCY), path.join(dir, 'f0.order')]);
    assert.equal(workersFor(o, [path.join(dir, 'f0.order')]), 0);
  });

  it('auto: no worker below 2 MB; from 2 MB one per core (up to 8), but a single one on two cores', () => {
    const small = [0, 1, 2].map((i) => path.join(dir, `f${i}.order`));
    assert.equal(workersFor(parseArgs(['--format', 'json', ...small]), small), 0);
    const big = path.join(dir, 'big.order');
    fs.writeFileSync(big, 'Patient: 10 y M\nPresentation: back pain for 6 weeks\nOrder: MRI L-spine w/o\n---\n'.repeat(30_000));
    // Two workers on two cores cost 1.3 x the CPU and peak over 200 MB on 100,000 notes (parallel.ts AUTO_ONE_WORKER_CORES).
    assert.equal(workersFor(parseArgs(['--format', 'json', big]), [big]), cores < 2 ? 0 : cores === 2 ? 1 : Math.min(cores, 8));
    assert.equal(workersFor(parseArgs(['--format', 'json', '--concurrency', 'off', big]), [big]), 0);
  });

  it('N threads are at most the cores and the number of files', () => {
    const files = [0, 1, 2].map((i) => path.join(dir, `f${i}.order`));
    const o = parseArgs(['--format', 'json', '--concurrency', String(MAX_CONCURRENCY), ...files]);
    const n = workersFor(o, files);
    assert.ok(n <= Math.min(3, cores), `threads ${n} for 3 files on ${cores} cores`);
    if (cores >= 3) assert.equal(n, 3);
  });
});
