/**
 * A chaos run with shrinking: on a failure, the steps are cut down (delta debugging: drop chunks of
 * halving size while the run still fails) to a minimal reproduction, printed with the seed.
 */
import { Server } from './harness';
import { Failure, type RunResult, run } from './run';
import { type Step, generate } from './steps';

/** After all documents are closed the live heap (without compiled code: harness.heap) stays within this of the warm-up heap (issue 12). */
export const HEAP_BOUND = 5 * 1024 * 1024;

export interface ChaosOutcome {
  ok: boolean;
  result?: RunResult;
  report: string;
  reproduction?: Step[];
}

/** What a failure is about, without the numbers and texts that change as steps are dropped. */
function signature(f: Failure): string {
  return f.message
    .split('\n')[0]
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\d+/g, 'N')
    .slice(0, 80);
}

/** Candidate runs share one server (each with its own documents), respawned if it dies. */
class Runner {
  private server?: Server;
  private n = 0;
  constructor(readonly pull: boolean) {}
  async fails(steps: Step[]): Promise<Failure | undefined> {
    if (!this.server || this.server.exit !== undefined) {
      await this.server?.stop();
      this.server = new Server({ pull: this.pull });
      await this.server.start();
    }
    try {
      await run(steps, this.pull, { server: this.server, tag: `-shrink${++this.n}` });
      return undefined;
    } catch (e) {
      return e instanceof Failure ? e : new Failure(String((e as Error)?.stack ?? e), steps.length);
    }
  }
  async stop(): Promise<void> {
    await this.server?.stop();
  }
}

async function fails(steps: Step[], pull: boolean): Promise<Failure | undefined> {
  try {
    await run(steps, pull);
    return undefined;
  } catch (e) {
    return e instanceof Failure ? e : new Failure(String((e as Error)?.stack ?? e), steps.length);
  }
}

function withCheck(steps: Step[]): Step[] {
  return steps.length && steps[steps.length - 1].t === 'check' ? steps : [...steps, { t: 'check' }];
}

/** Candidates that cut a lot at once: every step on one other document, or of one kind. */
function coarse(steps: Step[]): Step[][] {
  const last = steps[steps.length - 2] as { doc?: number } | undefined;
  const out: Step[][] = [];
  for (let d = 0; d < 3; d++) if (d !== last?.doc) out.push(steps.filter((s) => !('doc' in s) || s.doc !== d));
  for (const t of ['bad', 'save', 'request', 'close']) out.push(steps.filter((s, i) => s.t !== t || i >= steps.length - 2));
  out.push(steps.filter((s, i) => s.t !== 'check' || i === steps.length - 1));
  return out;
}

/**
 * Drops steps while the run still fails the same way (coarse cuts first, then delta debugging with
 * halving chunk sizes); at most `budget` re-runs, each on a shared server.
 */
export async function shrink(steps: Step[], pull: boolean, first: Failure, budget = 2000): Promise<Step[]> {
  const want = signature(first);
  const runner = new Runner(pull);
  let runs = 0;
  let cur = steps;
  const attempt = async (candidate: Step[]): Promise<boolean> => {
    runs++;
    const c = withCheck(candidate);
    // Only a shorter list is progress (dropping the final check alone gives the same list back).
    if (c.length >= cur.length) return false;
    const f = await runner.fails(c);
    if (!f || signature(f) !== want) return false;
    cur = withCheck(c.slice(0, f.step + 1));
    return true;
  };
  try {
    // A long run first shrinks to the shortest failing suffix (a document is reopened every few
    // dozen steps, so a bug rarely needs the whole history): a few runs instead of thousands.
    for (let k = 16; k < cur.length - 1 && runs < budget; k *= 2) {
      if (await attempt(cur.slice(-1 - k))) break;
    }
    for (let round = 0; round < 2; round++) {
      // Recomputed after every success, so a cut never brings back steps an earlier one removed.
      for (let k = 0; k < coarse(cur).length && runs < budget; k++) await attempt(coarse(cur)[k]);
    }
    for (let size = Math.max(1, cur.length >> 1); runs < budget; size = Math.max(1, size >> 1)) {
      let progress = false;
      for (let at = 0; at < cur.length && runs < budget;) {
        if (await attempt([...cur.slice(0, at), ...cur.slice(at + size)])) progress = true;
        else at += size;
      }
      if (size === 1 && !progress) break;
    }
  } finally {
    await runner.stop();
  }
  return cur;
}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export async function chaos(
  seed: number,
  count: number,
  pull: boolean,
  opts: { heap?: boolean; given?: Step[]; log?: (m: string) => void; shrinkBudget?: number } = {},
): Promise<ChaosOutcome> {
  const mode = pull ? 'pull' : 'push';
  const steps = opts.given ?? generate(seed, count);
  let result: RunResult;
  try {
    result = await run(steps, pull, { heap: opts.heap });
  } catch (e) {
    const f = e instanceof Failure ? e : new Failure(String((e as Error)?.stack ?? e), steps.length);
    opts.log?.(`chaos seed ${seed} (${mode}): FAILED at step ${f.step}: ${f.message}\nshrinking…`);
    const reproduction = await shrink(withCheck(steps.slice(0, f.step + 1)), pull, f, opts.shrinkBudget);
    const last = await fails(reproduction, pull);
    return {
      ok: false,
      reproduction,
      report: [
        `chaos seed ${seed} (${mode}, ${steps.length} steps) failed at step ${f.step}:`,
        f.message,
        `shrunk reproduction (${reproduction.length} steps${last ? `, fails with: ${last.message.split('\n')[0]}` : ', no longer fails alone'}):`,
        ...reproduction.map((s, i) => `  ${i}: ${JSON.stringify(s)}`),
      ].join('\n'),
    };
  }
  const heap = result.heap ? ` · live heap ${MB(result.heap.baseline)} after warm-up, ${MB(result.heap.end)} after the run (bound +${MB(HEAP_BOUND)})` : '';
  const o = result.outcomes;
  const report = `chaos seed ${seed} (${mode}): ${result.steps} steps, ${result.requests} requests, ${result.checks} checks passed (cancelled: ${o.cancelled} RequestCancelled, ${o.cancelledButAnswered} answered in full; ${o.invalidParams} InvalidParams; ${o.unchanged} unchanged)${heap}`;
  opts.log?.(report);
  if (result.heap && result.heap.end > result.heap.baseline + HEAP_BOUND)
    return { ok: false, result, report: `${report}\nFAILED: the live heap grew by ${MB(result.heap.end - result.heap.baseline)}` };
  return { ok: true, result, report };
}
