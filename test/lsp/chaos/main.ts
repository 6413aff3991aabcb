/**
 * The chaos test from the command line (`npm run chaos -- --seed N --steps N [--mode push|pull|both]
 * [--no-heap]`; --no-heap also lets it run against a server build without the test hooks):
 * runs, and on a failure prints the seed, the failure and a shrunk reproduction (the minimal list of
 * steps that still fails), as JSON that `--replay FILE` runs again.
 */
import { randomInt } from 'node:crypto';
import * as fs from 'node:fs';
import { chaos } from './shrink';
import type { Step } from './steps';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  // A fresh seed when none is given (printed, so a failure replays with --seed); never from the clock.
  const seed = Number(arg('seed') ?? randomInt(1_000_000));
  const steps = Number(arg('steps') ?? 20_000);
  const mode = arg('mode') ?? 'both';
  const replay = arg('replay');
  const given = replay ? (JSON.parse(fs.readFileSync(replay, 'utf8')) as { steps: Step[] }).steps : undefined;
  let failed = false;
  for (const pull of mode === 'both' ? [false, true] : [mode === 'pull']) {
    const r = await chaos(seed, steps, pull, { heap: !process.argv.includes('--no-heap'), given, log: (m) => console.log(m) });
    if (!r.ok) {
      failed = true;
      console.log(r.report);
      if (r.reproduction) {
        const file = `chaos-repro-${seed}-${pull ? 'pull' : 'push'}.json`;
        fs.writeFileSync(file, JSON.stringify({ seed, pull, steps: r.reproduction }, null, 1));
        console.log(`reproduction written to ${file} (replay: npm run chaos -- --mode ${pull ? 'pull' : 'push'} --replay ${file})`);
      }
    }
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
