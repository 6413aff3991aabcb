#!/usr/bin/env node
/**
 * Long fuzz run of the engine properties (test/hardening/properties.test.ts): up to 1,000,000
 * cases per property within a time budget, split evenly over the properties.
 *
 *   npm run fuzz                                   # 1,000,000 runs, 600 s budget
 *   npm run fuzz -- --budget-seconds 3600 --runs 5000000
 *   npm run fuzz -- --seed 1234                    # replay a run
 *   npm run fuzz -- --grep "(c)"                   # one property
 *
 * Prints the seed first; on a failure fast-check prints the seed, the path and the shrunk
 * counterexample. Replay exactly with:
 *   FC_SEED=<seed> FC_PATH=<path> npx mocha --no-config out/test/hardening/properties.test.js -g "<property>"
 * Needs a compiled tree (npx tsc -b).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const budget = Number(opt('--budget-seconds', '600'));
const runs = Number(opt('--runs', '1000000'));
const seed = Number(opt('--seed', String(Date.now() % 2147483647)));
const grep = opt('--grep', undefined);
const PROPERTIES = 7; // it() blocks in properties.test.ts
const spec = join(root, 'out', 'test', 'hardening', 'properties.test.js');
if (!existsSync(spec)) {
  console.error('fuzz: out/test/hardening/properties.test.js is missing; run `npx tsc -b` first');
  process.exit(2);
}
if (!(budget > 0) || !(runs > 0) || !Number.isFinite(seed)) {
  console.error('fuzz: --budget-seconds, --runs and --seed take numbers');
  process.exit(2);
}
const perProperty = grep ? budget : budget / PROPERTIES;
console.log(`fuzz: seed ${seed}, up to ${runs.toLocaleString('en-US')} runs per property, ${perProperty.toFixed(0)} s per property (budget ${budget} s)`);
const mochaArgs = [join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '--timeout', String((perProperty + 120) * 1000), '--reporter', 'spec', spec];
if (grep) mochaArgs.push('--grep', grep);
const r = spawnSync(process.execPath, mochaArgs, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FC_NUM_RUNS: String(runs), FC_SECONDS: String(perProperty), FC_SEED: String(seed), FC_REPORT_RUNS: '1' },
});
if (r.status !== 0) console.error(`fuzz: FAILED (seed ${seed}); the failure above gives the path. Replay: FC_SEED=${seed} FC_PATH=<path> npx mocha --no-config ${spec}`);
else console.log(`fuzz: passed (seed ${seed})`);
process.exit(r.status ?? 1);
