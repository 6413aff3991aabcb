import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import { MAX_DOCUMENT_CHARS, todayIso, type Engine } from '../engine';
import type { CliOptions } from './args';
import { displayPathOf, notices } from './inputs';
import { splitBytes } from './split';
import { JSON_ACKNOWLEDGED, JSON_FINDINGS, jsonFileClose, jsonFileOpen, jsonHead, jsonTail } from './formatters/json';
import type { Totals } from './model';
import { type Part, type Task, type WorkerInit, lintTask, runWorker } from './worker';
/**
 * `--concurrency`: files (and large files, split at note boundaries) are linted and rendered in
 * worker threads; this thread writes each file's parts in input order as they complete, like
 * ESLint's --concurrency, so the output is the same bytes as in one thread. Only what is not yet
 * written is held, so memory follows the number of parts in flight, not the input.
 *
 * Used for `--format json` without --fix or --report: those (and stylish and SARIF, which are
 * built as one piece) need every file's findings at once, and run in this thread.
 */

/** Below this much input a worker's start-up (~100 ms: Node, the bundle, the knowledge) costs more than it saves. */
const AUTO_MIN_BYTES = 2_000_000;
/** A file larger than this is split into parts of PART_NOTES notes. */
const SPLIT_BYTES = 256_000;
const PART_NOTES = 1_000;
/** At most how many parts a split file can become, for bounding the threads: a note is rarely under 32 bytes. */
const MIN_PART_BYTES = PART_NOTES * 32;
const WORKER_YOUNG_MB = 4;
const MAX_UNWRITTEN = 4_000_000;
const WORKER_OLD_MB = 32;

export function workersFor(o: CliOptions, files: readonly string[]): number {
  if (o.concurrency === 'off' || o.format !== 'json' || o.fix || o.report || files.includes('-')) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (typeof o.concurrency === 'number') {
    // N threads, but never more than the cores or the tasks there are: each worker costs ~25 MB and
    // a start-up before any work (one small file with N = 200 took 5.3 s and 1.37 GB).
    let tasks = 0;
    for (const f of files) {
      let size: number;
      try {
        size = fs.statSync(f).size;
      } catch {
        return 0; // the single-thread path reports the unreadable file as it always has
      }
      tasks += size <= SPLIT_BYTES || size > MAX_DOCUMENT_CHARS ? 1 : Math.ceil(size / MIN_PART_BYTES);
      if (tasks >= o.concurrency) break;
    }
    const threads = Math.min(o.concurrency, cores, tasks);
    return threads > 1 ? threads : 0;
  }
  if (cores < 2) return 0;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += fs.statSync(f).size;
    } catch {
      return 0; // the single-thread path reports the unreadable file as it always has
    }
    if (bytes >= AUTO_MIN_BYTES) return Math.min(cores, 8); // threads, this one included
  }
  return 0;
}

/** One input file, and how many tasks it became (one, or one per run of PART_NOTES notes). */
interface FilePlan {
  file: string;
  displayPath: string;
  parts: number;
  /** A split file: read here, so its notices are said here too. */
  notices?: string[];
}

/**
 * The tasks of every file, made as they are handed out: whole small files, and runs of PART_NOTES
 * notes of a large one, cut at the engine's own note boundaries (split.ts). Only the large file's
 * cut points are held here, never its text.
 */
function* tasksOf(plans: FilePlan[]): Generator<Task> {
  let id = 0;
  for (const p of plans) {
    const size = fs.statSync(p.file).size;
    // Over the document limit (in bytes, so perhaps not in characters) one task reports it as one process does.
    if (size <= SPLIT_BYTES || size > MAX_DOCUMENT_CHARS) {
      p.parts = 1;
      // A file over the document limit is read whole to be reported: more than a worker's small
      // heap holds (V8 then aborts the whole process, not just the worker), so this thread reads it.
      yield { id: id++, file: p.file, mainThread: size > SPLIT_BYTES };
      continue;
    }
    let bytes: Buffer | undefined = fs.readFileSync(p.file);
    p.notices = notices(isUtf8(bytes), bytes.includes(0));
    const { parts, eol } = splitBytes(bytes, PART_NOTES);
    bytes = undefined;
    p.parts = parts.length;
    for (let k = 0; k < parts.length; k++) yield { id: id++, file: p.file, eol, last: k === parts.length - 1, ...parts[k] };
  }
}

const zero = (): Totals => ({ files: 0, notes: 0, error: 0, warning: 0, information: 0, hint: 0, acknowledged: 0, fixed: 0 });

/**
 * Lints in `count` threads: this one and count - 1 workers (a worker costs ~25 MB before any work,
 * so on two cores one worker and this thread stay under the memory target where two workers did
 * not). A worker that fails (e.g. out of its small heap on a pathological note) hands its tasks
 * back and they run here, where the heap is not limited.
 */
export async function lintInWorkers(
  files: readonly string[],
  o: CliOptions,
  io: { stdout(s: string): void; cwd: string; unwritten?(): number },
  count: number,
  toolVersion: string,
  engine: Engine,
): Promise<Totals> {
  const plans: FilePlan[] = files.map((file) => ({ file, displayPath: displayPathOf(file, io.cwd), parts: 0 }));
  const tasks = tasksOf(plans);
  const today = todayIso(); // one "today" for every thread, as one process reads it once per document
  const here: Engine = { ...engine, settings: { ...engine.settings, today } };
  const init: WorkerInit = { kind: 'imaging-order-lint-worker', config: o.config, cwd: io.cwd, today };
  // A small heap: a task's garbage is short-lived, and V8's defaults let each thread's heap grow
  // to several times what it uses.
  const limits = { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB };
  const workers = Array.from({ length: Math.max(0, count - 1) }, () => new Worker(__filename, { workerData: init, resourceLimits: limits }));
  const writer = new OrderedWriter(plans, io, toolVersion);
  const retry: Task[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let exhausted = false;
      let running = 0;
      let failed: unknown;
      const inFlight = new Map<Worker, Task[]>();
      const mainOnly: Task[] = [];
      const take = (forWorker = false): Task | undefined => {
        if (!forWorker && mainOnly.length) return mainOnly.shift();
        if (retry.length) return retry.shift();
        while (!exhausted) {
          const next = tasks.next();
          if (next.done) exhausted = true;
          else if (forWorker && 'mainThread' in next.value && next.value.mainThread) mainOnly.push(next.value);
          else return next.value;
        }
        return undefined;
      };
      const settle = () => {
        if (failed !== undefined) reject(failed);
        else if (exhausted && !retry.length && !mainOnly.length && running === 0) resolve();
      };
      const add = (part: Part) => {
        try {
          writer.add(part);
        } catch (e) {
          failed ??= e;
        }
      };
      // Backpressure: stdout into a pipe queues in memory when the reader is slower (the whole
      // output, 130 MB, for the corpus read through a pipe); no new task starts while much is queued.
      const writable = (then: () => void) => {
        if ((io.unwritten?.() ?? 0) <= MAX_UNWRITTEN) then();
        else setTimeout(() => writable(then), 2);
      };
      const feed = (w: Worker) => writable(() => feedNow(w));
      const feedNow = (w: Worker) => {
        if (!inFlight.has(w)) return;
        const t = take(true);
        if (!t) return;
        running++;
        inFlight.get(w)!.push(t);
        w.postMessage(t);
      };
      for (const w of workers) {
        inFlight.set(w, []);
        w.on('message', (part: Part) => {
          running--;
          inFlight.get(w)!.shift();
          add(part);
          feed(w);
          settle();
        });
        const lost = () => {
          const mine = inFlight.get(w);
          if (!mine) return;
          inFlight.delete(w);
          running -= mine.length;
          retry.push(...mine);
          retry.sort((x, y) => x.id - y.id);
          if (!busy) setImmediate(work);
        };
        w.on('error', lost);
        w.on('exit', lost);
      }
      // Two tasks per worker: one running, one waiting, so a worker never idles on a round trip.
      for (const w of workers) for (let k = 0; k < 2; k++) feed(w);
      // This thread takes the next task whenever it is free; worker results are written between tasks.
      let busy = false;
      const work = () => {
        busy = true;
        const t = failed === undefined ? take() : undefined;
        if (t) {
          running++;
          try {
            add(lintTask(t, here));
          } catch (e) {
            failed ??= e;
          }
          running--;
          setImmediate(() => writable(work)); // yield, so worker results are written between tasks
          return;
        }
        busy = false;
        settle();
      };
      work();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    writer.close();
  }
  return writer.finish();
}

/**
 * Writes parts in input order as they complete. In a file's JSON all notes come before all
 * findings, so the findings of a split file's earlier parts are kept in a temporary file until its
 * last part, not in memory (71 MB for the 100,000-note corpus).
 */
class OrderedWriter {
  private done = new Map<number, Part>();
  private nextId = 0;
  private plan = 0;
  private partOfFile = 0;
  private spill?: { file: string; fd: number; bytes: number };
  private notesWritten = 0;
  private acks: string[] = [];
  private total = zero();

  constructor(
    private readonly plans: FilePlan[],
    private readonly io: { stdout(s: string): void },
    toolVersion: string,
  ) {
    this.total.files = plans.length;
    io.stdout(jsonHead(toolVersion));
  }

  add(part: Part): void {
    this.done.set(part.id, part);
    for (let p = this.done.get(this.nextId); p; p = this.done.get(this.nextId)) {
      this.done.delete(this.nextId++);
      this.write(p);
    }
  }

  private write(part: Part): void {
    const plan = this.plans[this.plan];
    for (const k of ['notes', 'error', 'warning', 'information', 'hint', 'acknowledged'] as const) this.total[k] += part.totals[k];
    const first = this.partOfFile === 0;
    const last = ++this.partOfFile === plan.parts;
    if (first) this.io.stdout(`${this.plan ? ',' : ''}${jsonFileOpen({ displayPath: plan.displayPath, notices: plan.notices ?? part.notices ?? [] })}`);
    for (const run of part.notes) this.io.stdout(this.notesWritten++ ? `,${run}` : run);
    this.acks.push(...part.acknowledged);
    if (first && last) {
      this.io.stdout(JSON_FINDINGS);
      part.findings.forEach((run, i) => this.io.stdout(i ? `,${run}` : run));
    } else {
      for (const run of part.findings) {
        this.spill ??= this.openSpill();
        const b = Buffer.from(this.spill.bytes ? `,${run}` : run, 'utf8');
        fs.writeSync(this.spill.fd, b);
        this.spill.bytes += b.length;
      }
    }
    if (!last) return;
    if (!first) {
      this.io.stdout(JSON_FINDINGS);
      this.replaySpill();
    }
    this.io.stdout(`${JSON_ACKNOWLEDGED}${this.acks.join(',')}${jsonFileClose(0)}`);
    this.acks = [];
    this.notesWritten = 0;
    this.partOfFile = 0;
    this.plan++;
  }

  private openSpill() {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'imaging-order-lint-')), 'findings.json');
    return { file, fd: fs.openSync(file, 'w+'), bytes: 0 };
  }

  private replaySpill(): void {
    const s = this.spill;
    if (!s) return;
    const decoder = new StringDecoder('utf8');
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let at = 0; at < s.bytes;) {
      const n = fs.readSync(s.fd, buf, 0, buf.length, at);
      if (n <= 0) break;
      at += n;
      this.io.stdout(decoder.write(buf.subarray(0, n)));
    }
    this.io.stdout(decoder.end());
    this.close();
  }

  close(): void {
    const s = this.spill;
    if (!s) return;
    this.spill = undefined;
    fs.closeSync(s.fd);
    fs.rmSync(path.dirname(s.file), { recursive: true, force: true });
  }

  finish(): Totals {
    this.io.stdout(jsonTail(this.total));
    return this.total;
  }
}

if (!isMainThread && (workerData as WorkerInit | undefined)?.kind === 'imaging-order-lint-worker') runWorker(workerData as WorkerInit);
