import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import { MAX_DOCUMENT_CHARS, todayIso, type Engine } from '../engine';
import type { CliOptions } from './args';
import { displayPathOf, notices } from './inputs';
import { splitFile } from './split';
import { DetailRefs, JSON_ACKNOWLEDGED, JSON_DETAILS, JSON_FINDINGS, jsonFileClose, jsonFileOpen, jsonHead, jsonSummary } from './formatters/json';
import type { Totals } from './model';
import { type Part, type Task, type WorkerFatal, type WorkerInit, errorOf, lintTask, runWorker } from './worker';
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
/**
 * `auto` on two cores: one worker lints while this thread writes, not two. Two workers on two cores
 * burn ~1.3 x the CPU of one (each isolate warms its own code, and V8's own threads — concurrent
 * marking, parallel scavenges, the optimizing compiler — already take ~0.3 of the second core) and
 * peak at 255-259 MB on 100,000 notes; one worker peaks at 174-191 MB, under issue 10's 200 MB, and
 * keeps what the threads were also for, a bounded heap (this thread's is not: 285-320 MB with
 * --concurrency off). The price is time: two workers finished 10-15 % sooner in the runs of
 * 2026-12-03 (bench/README "auto on two cores"); --concurrency 2 asks for them.
 */
const AUTO_ONE_WORKER_CORES = 2;
const AUTO_MIN_BYTES = 2_000_000;
/** A file larger than this is split into parts of PART_NOTES notes. */
const SPLIT_BYTES = 256_000;
const PART_NOTES = 500;
/** At most how many parts a split file can become, for bounding the threads: a note is rarely under 32 bytes. */
const MIN_PART_BYTES = PART_NOTES * 32;
/**
 * A worker's heap: young generation (a task's garbage is short-lived) and old generation. V8's
 * defaults let each heap grow to several times what it uses. The old generation must hold the warm
 * engine (its vocabulary tables, compiled patterns and bounded caches): ~47 MB once it has read notes
 * as varied as the gold corpus (45.8 MB before round 37's readings, 47.0 after). At 36 MB both workers
 * ran out of heap a fifth of the way through the 100,000-note corpus and this thread linted the rest
 * alone; 64 then left an eighth spare until round 37 took the gold notes past 56 MB, and 72 until the
 * gold notes grew to 5,979 and the key memos were let hold every key they meet (2026-12-05: 61.8 MB after
 * one pass of them, 64.9 after two; 60.1 and 63.2 before), and 80 until the gold notes grew to 9,846 with round 50's
 * readings (heap after two passes of them in one process: 73.3 MB, 71.1 on round 49's engine; a worker at 70 MB ran out
 * of heap, at 74 it held), and 88 until the gold notes grew to 12,726 with round 58's readings (a worker at 77 MB, 88's
 * eighth, ran out of heap on one run of three and at 74 on every one, 2026-12-07), so 96 keeps the eighth (a test holds it there). The limit is a ceiling, not a reservation: V8 grows the heap only
 * as it is used, so it costs no RSS of its own (64 cost no more than 48, where collections ran ~15 %
 * more often).
 */
const WORKER_YOUNG_MB = 4;
export const WORKER_OLD_MB = 96;
/** IOL_WORKER_OLD_MB overrides it, for the tests that prove the headroom and a failing worker's recovery. */
function workerOldMb(): number {
  const v = Number(process.env.IOL_WORKER_OLD_MB);
  return Number.isInteger(v) && v >= 4 && v <= 4096 ? v : WORKER_OLD_MB;
}
const MAX_UNWRITTEN = 2_000_000;

/** Whether the run is written part by part (lintInWorkers), in one thread or more. */
export function streams(o: CliOptions, files: readonly string[]): boolean {
  return o.format === 'json' && !o.fix && !o.report && !files.includes('-');
}

/** How many worker threads lint (this thread then only plans and writes); 0: this thread lints alone. */
export function workersFor(o: CliOptions, files: readonly string[]): number {
  if (o.concurrency === 'off' || !streams(o, files)) return 0;
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
    if (bytes >= AUTO_MIN_BYTES) return cores <= AUTO_ONE_WORKER_CORES ? 1 : Math.min(cores, 8);
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
    const { parts, eol, utf8, nul } = splitFile(p.file, PART_NOTES);
    p.notices = notices(utf8, nul);
    p.parts = parts.length;
    for (let k = 0; k < parts.length; k++) yield { id: id++, file: p.file, eol, last: k === parts.length - 1, ...parts[k] };
  }
}

const COMMA = Buffer.from(',');

/**
 * Temporary folders of this run, also removed when the process exits early: a reader that closes
 * the pipe (`| head`) ends the process from the EPIPE handler (main.ts), before any cleanup; and
 * Ctrl-C or a CI timeout (SIGINT, SIGTERM, SIGHUP) ends it without the exit event at all, so those
 * remove them too and then end the process as the signal would have (they hold findings from notes).
 */
const tempDirs = new Set<string>();
let removeOnExit = false;
function removeAllTempDirs(): void {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
  tempDirs.clear();
}
/** Exported for the test that proves the handlers are in place before the folder exists. */
export function makeTempDir(): string {
  // Handlers first: a signal that arrives between making the folder and installing them would
  // otherwise end the process by default and leave the folder (and the findings in it) behind.
  if (!removeOnExit) {
    removeOnExit = true;
    process.once('exit', removeAllTempDirs);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(signal, () => {
        removeAllTempDirs();
        process.kill(process.pid, signal);
      });
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imaging-order-lint-'));
  tempDirs.add(dir);
  return dir;
}
function removeTempDir(dir: string): void {
  tempDirs.delete(dir);
  fs.rmSync(dir, { recursive: true, force: true });
}
const zero = (): Totals => ({ files: 0, notes: 0, error: 0, warning: 0, information: 0, hint: 0, acknowledged: 0, fixed: 0 });

/**
 * Lints in `count` worker threads (count >= 1) while this thread only plans and writes, or in this
 * thread alone (count 0). Every linting thread then has a small, bounded heap, and this one makes
 * almost no garbage: its heap, which no flag of ours can bound, stays ~10 MB, where linting here
 * too let it grow past 60 MB (so one worker and a writer that is idle 94 % of the time, rather
 * than this thread linting beside a worker). A worker that fails (e.g. out of its small heap
 * on a pathological note) hands its tasks back: the other workers take them, or this thread when
 * none is left, where the heap is not limited.
 */
export async function lintInWorkers(
  files: readonly string[],
  o: CliOptions,
  io: { stdout(s: string | Uint8Array, written?: () => void): void; stderr?(s: string): void; cwd: string; unwritten?(): number },
  count: number,
  toolVersion: string,
  /**
   * The engine, or how to build it: with workers, this thread builds it only when it must lint
   * (a file too large for a worker, or a worker lost): building it here took this thread's heap to
   * 32.5 MB (18.6 MB without it, on the 100,000-note file) for a thread that only writes; a worker
   * that cannot build it says why (fatal).
   */
  engineOf: Engine | (() => Engine),
): Promise<Totals> {
  const plans: FilePlan[] = files.map((file) => ({ file, displayPath: displayPathOf(file, io.cwd), parts: 0 }));
  const tasks = tasksOf(plans);
  const today = todayIso(); // one "today" for every thread, as one process reads it once per document
  let here: Engine | undefined;
  const engineHere = (): Engine => {
    if (!here) {
      const engine = typeof engineOf === 'function' ? engineOf() : engineOf;
      here = { ...engine, settings: { ...engine.settings, today } };
    }
    return here;
  };
  const init: WorkerInit = { kind: 'imaging-order-lint-worker', config: o.config, cwd: io.cwd, today };
  const limits = { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: workerOldMb() };
  const mainLints = count === 0;
  const workers = Array.from({ length: mainLints ? 0 : count }, () => new Worker(__filename, { workerData: init, resourceLimits: limits }));
  // A part's buffers go back to the worker that made them once written (the write's callback).
  const origin = new WeakMap<Part, Worker>();
  const recycle = (part: Part, bytes: Uint8Array) => {
    const w = origin.get(part);
    if (w && bytes.buffer.byteLength > 0) w.postMessage({ recycle: [bytes.buffer] }, [bytes.buffer as ArrayBuffer]);
  };
  const writer = new OrderedWriter(plans, io, toolVersion, recycle);
  const refs = new DetailRefs();
  const retry: Task[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let exhausted = false;
      let running = 0;
      let failed: unknown;
      const inFlight = new Map<Worker, Task[]>();
      let toldFailure = false;
      const mainOnly: Task[] = [];
      const take = (forWorker = false): Task | undefined => {
        if (!forWorker && mainOnly.length) return mainOnly.shift();
        // This thread lints only what no worker can: files too large for a worker, and everything once no worker is left.
        if (!forWorker && !mainLints && inFlight.size > 0) return undefined;
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
        w.on('message', (m: Part | WorkerFatal) => {
          if ('fatal' in m) {
            // The worker could not build the engine (a rule pack that does not fit the knowledge, the knowledge
            // missing): the same error, from this thread, as if it had built it here.
            failed ??= errorOf(m.fatal);
            settle();
            return;
          }
          const part = m;
          origin.set(part, w);
          running--;
          inFlight.get(w)!.shift();
          add(part);
          feed(w);
          kick();
          settle();
        });
        const lost = () => {
          const mine = inFlight.get(w);
          if (!mine) return;
          inFlight.delete(w);
          running -= mine.length;
          retry.push(...mine);
          retry.sort((x, y) => x.id - y.id);
          for (const [v, its] of inFlight) for (let k = its.length; k < 2; k++) feed(v);
          kick();
        };
        // Said once per run, not per worker: the run still completes, but slower and in less parallel.
        w.on('error', (e: NodeJS.ErrnoException) => {
          if (!toldFailure)
            io.stderr?.(`imaging-order-lint: a worker thread stopped (${e?.code ?? e?.message ?? 'unknown error'}); its files are linted again by the other threads\n`);
          toldFailure = true;
          lost();
        });
        w.on('exit', lost);
      }
      // Two tasks per worker: one running, one waiting, so a worker never idles on a round trip.
      for (const w of workers) for (let k = 0; k < 2; k++) feed(w);
      // This thread takes the next task whenever it is free; worker results are written between tasks.
      let busy = false;
      const kick = () => {
        if (busy || (!mainOnly.length && !mainLints && inFlight.size > 0)) return;
        busy = true;
        setImmediate(work);
      };
      const work = () => {
        busy = true;
        const t = failed === undefined ? take() : undefined;
        if (t) {
          running++;
          try {
            add(lintTask(t, engineHere(), refs));
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
    await writer.flushed();
  } catch (e) {
    writer.dispose();
    throw e;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    writer.close();
  }
  try {
    return await writer.finish();
  } finally {
    writer.dispose();
  }
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
  private notesWritten = false;
  private findingsWritten = false;
  private acks: Uint8Array[] = [];
  private details = new SpilledDetails();
  private total = zero();
  /**
   * The part being written, in steps (a split file's findings are replayed 1 MB at a time); a step
   * that yields a promise waits for it (a buffer to reuse, once its write has completed).
   */
  private current?: Generator<Promise<void> | void>;
  private waiting?: NodeJS.Timeout;
  private blocked = false;
  /** The JSON head, written with the first part (so a run stopped before any part writes nothing). */
  private head?: string;
  /** Two 1 MB buffers, each reused once its last write has completed, for the replayed findings and the details. */
  private readonly out = new ReusedBuffers();
  private failed?: unknown;
  private onIdle?: () => void;

  constructor(
    private readonly plans: FilePlan[],
    private readonly io: { stdout(s: string | Uint8Array, written?: () => void): void; unwritten?(): number },
    toolVersion: string,
    /** Called when a part's bytes have been written (its acknowledged findings wait for the file's end). */
    private readonly written: (part: Part, bytes: Uint8Array) => void = () => {},
  ) {
    this.total.files = plans.length;
    this.head = jsonHead(toolVersion);
  }

  private start(): void {
    if (this.head === undefined) return;
    this.io.stdout(this.head);
    this.head = undefined;
  }

  add(part: Part): void {
    this.details.add(part);
    this.done.set(part.id, part);
    this.pump();
  }

  /**
   * Writes what is next in order while the output keeps up. stdout into a pipe is asynchronous:
   * without this wait, a split file's findings (80 MB for the 100,000-note file) were queued in
   * memory at once, behind a slower reader.
   */
  private pump(): void {
    if (this.waiting || this.blocked || this.failed !== undefined) return;
    try {
      for (;;) {
        if ((this.io.unwritten?.() ?? 0) > MAX_UNWRITTEN) {
          this.waiting = setTimeout(() => {
            this.waiting = undefined;
            this.pump();
          }, 2);
          return;
        }
        if (this.current) {
          const step = this.current.next();
          if (!step.done) {
            if (step.value) {
              this.blocked = true;
              step.value.then(
                () => {
                  this.blocked = false;
                  this.pump();
                },
                (e) => {
                  this.blocked = false;
                  this.failed ??= e;
                  this.onIdle?.();
                },
              );
              return;
            }
            continue;
          }
          this.current = undefined;
        }
        const p = this.done.get(this.nextId);
        if (!p) break;
        this.done.delete(this.nextId++);
        this.current = this.write(p);
      }
    } catch (e) {
      this.failed = e;
    }
    this.onIdle?.();
  }

  /** Resolves when every part added so far is written (or rejects with what stopped the writing). */
  flushed(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.onIdle = () => {
        if (this.failed !== undefined) reject(this.failed);
        else if (!this.current && !this.waiting && !this.blocked && this.done.size === 0) resolve();
      };
      this.onIdle();
    });
  }

  private *write(part: Part): Generator<Promise<void> | void> {
    this.start();
    const plan = this.plans[this.plan];
    for (const k of ['notes', 'error', 'warning', 'information', 'hint', 'acknowledged'] as const) this.total[k] += part.totals[k];
    const first = this.partOfFile === 0;
    const last = ++this.partOfFile === plan.parts;
    if (first) this.io.stdout(`${this.plan ? ',' : ''}${jsonFileOpen({ displayPath: plan.displayPath, notices: plan.notices ?? part.notices ?? [] })}`);
    if (part.notes.length) {
      if (this.notesWritten) this.io.stdout(',');
      this.io.stdout(part.notes, () => this.written(part, part.notes));
      this.notesWritten = true;
    }
    if (part.acknowledged.length) this.acks.push(part.acknowledged);
    if (first && last) {
      this.io.stdout(JSON_FINDINGS);
      this.io.stdout(part.findings, () => this.written(part, part.findings));
    } else if (part.findings.length) {
      this.spill ??= this.openSpill();
      if (this.findingsWritten) this.spillBytes(COMMA);
      this.spillBytes(part.findings);
      this.written(part, part.findings);
      this.findingsWritten = true;
    }
    if (!last) return;
    if (!first) {
      this.io.stdout(JSON_FINDINGS);
      yield* this.replaySpill();
    }
    this.io.stdout(JSON_ACKNOWLEDGED);
    this.acks.forEach((a, i) => {
      if (i) this.io.stdout(',');
      this.io.stdout(a);
    });
    this.io.stdout(jsonFileClose(0));
    this.acks = [];
    this.notesWritten = false;
    this.findingsWritten = false;
    this.partOfFile = 0;
    this.plan++;
  }

  private openSpill() {
    const file = path.join(makeTempDir(), 'findings.json');
    return { file, fd: fs.openSync(file, 'w+'), bytes: 0 };
  }

  private spillBytes(b: Uint8Array): void {
    const s = this.spill!;
    for (let at = 0; at < b.length;) at += fs.writeSync(s.fd, b, at, b.length - at, s.bytes + at);
    s.bytes += b.length;
  }

  private *replaySpill(): Generator<Promise<void> | void> {
    const s = this.spill;
    if (!s) return;
    for (let at = 0; at < s.bytes;) {
      // A buffer whose last write has completed (a new one for every write left the written ones to
      // the collector: 30 MB of them at the end of the 100,000-note file, the run's peak RSS).
      const free = this.out.next();
      if (free) yield free;
      const buf = this.out.current();
      const n = fs.readSync(s.fd, buf, 0, Math.min(buf.length, s.bytes - at), at);
      if (n <= 0) break;
      at += n;
      this.out.write(buf.subarray(0, n), this.io);
      yield;
    }
    this.close();
  }

  /** Removes the temporary files (the findings spill and the details). */
  dispose(): void {
    this.close();
    this.details.close();
  }

  close(): void {
    const s = this.spill;
    if (!s) return;
    this.spill = undefined;
    fs.closeSync(s.fd);
    removeTempDir(path.dirname(s.file));
  }

  async finish(): Promise<Totals> {
    this.start();
    this.io.stdout(JSON_DETAILS);
    for (const wait of this.details.write(this.out, this.io)) await wait;
    this.io.stdout(jsonSummary(this.total));
    return this.total;
  }
}

/**
 * Two output buffers of 1 MB used in turn, each filled again only once the write of its last
 * contents has completed (the write's callback): at most 2 MB in flight, and no garbage.
 */
class ReusedBuffers {
  private readonly bufs = [Buffer.allocUnsafeSlow(1 << 20), Buffer.allocUnsafeSlow(1 << 20)];
  private readonly busy: (Promise<void> | undefined)[] = [undefined, undefined];
  private k = 0;

  /** Moves to the other buffer; what to wait for before filling it, if its write has not completed. */
  next(): Promise<void> | undefined {
    this.k ^= 1;
    return this.busy[this.k];
  }

  current(): Buffer {
    return this.bufs[this.k];
  }

  /** Writes (part of) the current buffer; it is busy until the write's callback. */
  write(bytes: Uint8Array, io: { stdout(s: Uint8Array, written?: () => void): void }): void {
    const k = this.k;
    const done = new Promise<void>((resolve) => io.stdout(bytes, resolve));
    this.busy[k] = done;
    void done.then(() => {
      if (this.busy[k] === done) this.busy[k] = undefined;
    });
  }

  /** What to wait for before both buffers are free. */
  drained(): Promise<void> | undefined {
    const pending = this.busy.filter((b): b is Promise<void> => b !== undefined);
    return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
  }
}

/**
 * The `details` table (formatters/json.ts DetailTable) kept in a temporary file, as its JSON
 * entries, with only the ids and places in memory: the writing thread's memory then does not grow
 * with the number of distinct details (11 MB of text for the 100,000-note corpus).
 */
class SpilledDetails {
  private at = new Map<string, { offset: number; length: number }>();
  private file?: { dir: string; fd: number; bytes: number };

  /** A part's new details: entries already encoded by the thread that made them, written here as they are. */
  add(part: Pick<Part, 'detailIds' | 'detailEnds' | 'detailBytes'>): void {
    part.detailIds.forEach((id, k) => {
      const entry = part.detailBytes.subarray(k ? part.detailEnds[k - 1] : 0, part.detailEnds[k]);
      const had = this.at.get(id);
      if (had) {
        if (had.length !== entry.length || !this.read(had).equals(entry)) throw new Error(`two details share the id ${id}`);
        return;
      }
      if (!this.file) {
        const dir = makeTempDir();
        this.file = { dir, fd: fs.openSync(path.join(dir, 'details.json'), 'w+'), bytes: 0 };
      }
      const f = this.file;
      for (let w = 0; w < entry.length;) w += fs.writeSync(f.fd, entry, w, entry.length - w, f.bytes + w);
      this.at.set(id, { offset: f.bytes, length: entry.length });
      f.bytes += entry.length;
    });
  }

  private read(p: { offset: number; length: number }): Buffer {
    const b = Buffer.allocUnsafeSlow(p.length);
    this.readInto(p, b, 0);
    return b;
  }

  /**
   * The entries, comma-separated, in order of id, read into the reused buffers and written about
   * 1 MB at a time; yields what to wait for before a buffer is filled again (all the batches at
   * once, each a new buffer, queued 11 MB as the run ended).
   */
  *write(out: ReusedBuffers, io: { stdout(s: Uint8Array, written?: () => void): void }): Generator<Promise<void>> {
    const ids = [...this.at.keys()].sort();
    let buf: Buffer | undefined;
    let size = 0;
    const flush = () => {
      if (buf && size) out.write(buf.subarray(0, size), io);
      buf = undefined;
      size = 0;
    };
    for (let i = 0; i < ids.length; i++) {
      const p = this.at.get(ids[i])!;
      const need = p.length + (i ? 1 : 0);
      if (buf && size + need > buf.length) flush();
      if (!buf) {
        const free = out.next();
        if (free) yield free;
        buf = out.current();
      }
      if (need > buf.length) {
        // An entry larger than a buffer (none is near 1 MB): written on its own.
        if (i) io.stdout(COMMA);
        io.stdout(this.read(p));
        buf = undefined;
        continue;
      }
      if (i) buf[size++] = COMMA[0];
      this.readInto(p, buf, size);
      size += p.length;
    }
    flush();
    const free = out.drained();
    if (free) yield free;
  }

  private readInto(p: { offset: number; length: number }, b: Buffer, at: number): void {
    for (let k = 0; k < p.length;) {
      const n = fs.readSync(this.file!.fd, b, at + k, p.length - k, p.offset + k);
      if (n <= 0) throw new Error('the details file was cut short');
      k += n;
    }
  }

  close(): void {
    const f = this.file;
    if (!f) return;
    this.file = undefined;
    fs.closeSync(f.fd);
    removeTempDir(f.dir);
  }
}

if (!isMainThread && (workerData as WorkerInit | undefined)?.kind === 'imaging-order-lint-worker') runWorker(workerData as WorkerInit);
