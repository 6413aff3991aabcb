import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WORKER_OLD_MB } from '../../server/src/cli/parallel';
import { splitBytes, splitFile } from '../../server/src/cli/split';

// --concurrency must not change a byte of the output: files are written in input order, and a
// large file split at note boundaries reads exactly as one thread reads it (line numbers, note
// indexes, the first note, the file's dominant line ending).
const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'imaging-order-lint.js');
const SAMPLES = path.join(ROOT, 'samples');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, '--format', 'json', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function sampleNotes(): string[] {
  return fs
    .readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.order'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
}

/** Notes in every shape the splitter must agree on: separator variants, CRLF and CR notes, comments, Unicode. */
function bigDocument(minBytes: number): string {
  const notes = sampleNotes();
  const seps = ['---\n', ' --- \n', '\t---\n', '---\r\n', '\n---\n\n'];
  const parts: string[] = ['\uFEFF'];
  for (let i = 0; Buffer.byteLength(parts.join('')) < minBytes; i++) {
    let n = notes[i % notes.length];
    if (i % 7 === 3) n = n.replace(/\n/g, '\r\n');
    if (i % 11 === 5) n = `# note ${i} — café\n${n}`;
    parts.push(n.endsWith('\n') || n.endsWith('\r\n') ? n : `${n}\n`, seps[i % seps.length]);
  }
  return parts.join('');
}

/** Skips with the reason printed, as the suite's other skips do. */
function skip(ctx: Mocha.Context, reason: string): void {
  console.log(`      skipped: ${reason}`);
  ctx.skip();
}
const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

describe('CLI --concurrency (built bundle)', function () {
  this.timeout(300_000);
  let dir: string;
  before(() => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run "npm run build" first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-concurrency-'));
    const many = path.join(dir, 'many');
    fs.mkdirSync(path.join(many, 'sub'), { recursive: true });
    sampleNotes().forEach((text, i) => {
      for (let k = 0; k < 4; k++) fs.writeFileSync(path.join(many, k % 2 ? 'sub' : '', `f${k}-${String(i).padStart(2, '0')}.order`), k === 3 ? text.replace(/\n/g, '\r\n') : text);
    });
    fs.writeFileSync(path.join(dir, 'big.order'), bigDocument(900_000));
    fs.writeFileSync(
      path.join(dir, 'mixed-eol.order'),
      bigDocument(300_000).replace(/\n/g, (m, at: number) => (at % 3 ? '\r\n' : m)),
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const [name, input] of [
    ['many files', 'many'],
    ['one large file, split at note boundaries', 'big.order'],
    ['a large file with mostly CRLF lines', 'mixed-eol.order'],
  ] as const) {
    it(`${name}: the same output bytes and exit code as one thread`, () => {
      const one = run(['--concurrency', 'off', input], dir);
      assert.equal(one.stderr, '');
      assert.ok(one.stdout.length > 1000);
      for (const threads of ['2', '3']) {
        const many = run(['--concurrency', threads, input], dir);
        assert.equal(many.stderr, '', `--concurrency ${threads}`);
        assert.equal(many.code, one.code, `--concurrency ${threads}`);
        assert.ok(many.stdout === one.stdout, `--concurrency ${threads}: output differs`);
      }
    });
  }

  it('streamed output (any --concurrency) is the bytes of the one-piece formatter, details table included', () => {
    // --report keeps every file's summary and renders with formatters/json.ts jsonChunks: an
    // independent path to the same bytes (--concurrency off streams part by part, like workers).
    const report = path.join(dir, 'report.md');
    for (const input of ['many', 'big.order']) {
      const whole = run(['--report', report, input], dir);
      assert.equal(whole.stderr, '');
      const json = JSON.parse(whole.stdout);
      assert.ok(Object.keys(json.details).length > 0, 'the samples have findings with details');
      for (const threads of ['off', '2']) assert.ok(run(['--concurrency', threads, input], dir).stdout === whole.stdout, `${input}, --concurrency ${threads}: output differs`);
    }
  });

  it('splitFile reads a file in chunks as splitBytes reads it whole (parts, line ending, UTF-8, NUL)', () => {
    const file = path.join(dir, 'split.order');
    const docs = ['\uFEFF---\nA: 1\n---\r\nB: 2\r\n --- \rC\r---\n', 'a\n---\n', 'a\n---', '---\n---\n---\n', 'x\r', 'x\r\n---\r\n', 'é\n---\né\n---\r\né', bigDocument(20_000)];
    for (const doc of docs)
      for (const partNotes of [1, 2, 3, 1000])
        for (const chunk of [1, 2, 3, 7, 4096]) {
          fs.writeFileSync(file, doc);
          const whole = splitBytes(fs.readFileSync(file), partNotes);
          const read = splitFile(file, partNotes, chunk);
          assert.deepEqual({ parts: read.parts, eol: read.eol }, whole, `${JSON.stringify(doc.slice(0, 30))}, ${partNotes} notes a part, chunks of ${chunk}`);
          assert.deepEqual([read.utf8, read.nul], [true, false]);
        }
    fs.writeFileSync(file, Buffer.from([0x61, 0x0a, 0xc3, 0x0a, 0x00]));
    const bad = splitFile(file, 1, 2);
    assert.deepEqual([bad.utf8, bad.nul], [false, true]);
  });

  it('leaves no temporary files, also when the reader closes the pipe early', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-tmpdir-'));
    try {
      const env = { ...process.env, TMPDIR: tmp };
      for (const args of [
        ['--concurrency', '2'],
        ['--concurrency', 'off'],
      ]) {
        const full = spawnSync(process.execPath, [BIN, '--format', 'json', ...args, 'big.order'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 30 });
        assert.equal(full.status, JSON.parse(full.stdout).summary.error > 0 ? 1 : 0);
        const cut = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --format json ${args.join(' ')} big.order | head -c 10`], {
          cwd: dir,
          env,
          encoding: 'utf8',
        });
        assert.equal(cut.stdout.length, 10);
        assert.deepEqual(fs.readdirSync(tmp), [], `${args.join(' ')}: temporary files left`);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('leaves no temporary files when stopped by a signal (Ctrl-C, a CI timeout), and ends as that signal would', async function () {
    this.timeout(60_000);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-signal-'));
    try {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        // stdout is never read, so the run stalls on a full pipe with its temporary folder in place.
        const child = spawn(process.execPath, [BIN, '--format', 'json', '--concurrency', '2', 'big.order'], {
          cwd: dir,
          env: { ...process.env, TMPDIR: tmp },
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
        // Woken by the folder appearing (a watch event) or by the run ending: nothing reads the clock.
        await new Promise<void>((resolve) => {
          const watcher = fs.watch(tmp, () => {
            if (fs.readdirSync(tmp).length > 0) done();
          });
          const done = () => {
            watcher.close();
            resolve();
          };
          child.once('exit', done);
          if (fs.readdirSync(tmp).length > 0) done();
        });
        assert.notEqual(fs.readdirSync(tmp).length, 0, `${signal}: the run made no temporary folder to clean up (the test would prove nothing)`);
        child.kill(signal);
        const end = await ended;
        assert.equal(end.signal, signal, `${signal}: the process ends as the signal would`);
        assert.deepEqual(fs.readdirSync(tmp), [], `${signal}: temporary files left`);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('has its signal handlers in place before its temporary folder exists (a signal between the two would leave the folder)', () => {
    // In a fresh process, so that no earlier run in this one has installed the handlers already.
    const probe = `
      const fs = require('node:fs');
      const mkdtemp = fs.mkdtempSync;
      let seen;
      fs.mkdtempSync = (...a) => {
        seen = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((s) => process.listenerCount(s));
        return mkdtemp(...a);
      };
      const before = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((s) => process.listenerCount(s));
      require(${JSON.stringify(path.join(ROOT, 'out', 'server', 'src', 'cli', 'parallel.js'))}).makeTempDir();
      process.stdout.write(JSON.stringify({ before, seen }));
    `;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-order-'));
    try {
      const r = spawnSync(process.execPath, ['-e', probe], { env: { ...process.env, TMPDIR: tmp }, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const { before, seen } = JSON.parse(r.stdout) as { before: number[]; seen: number[] };
      assert.deepEqual(
        seen,
        before.map((n) => n + 1),
        'SIGINT, SIGTERM and SIGHUP each have one more handler when the folder is made',
      );
      assert.deepEqual(fs.readdirSync(tmp), [], 'the exit handler removed the folder');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('a worker that runs out of heap is said once on stderr, and its files are linted again: the output is the same bytes', function () {
    if (cores < 2) return skip(this, 'one core: --concurrency starts no worker here');
    const off = run(['--concurrency', 'off', 'big.order', 'many'], dir);
    // 4 MB cannot even hold the engine: every worker stops at once and hands its tasks back.
    const r = spawnSync(process.execPath, [BIN, '--format', 'json', '--concurrency', '2', 'big.order', 'many'], {
      cwd: dir,
      env: { ...process.env, IOL_WORKER_OLD_MB: '4' },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    assert.equal(r.stdout, off.stdout);
    assert.equal(r.status, off.code);
    assert.equal(r.stderr.match(/a worker thread stopped \(ERR_WORKER_OUT_OF_MEMORY\)/g)?.length, 1, r.stderr);
  });

  it(`a worker's heap (${WORKER_OLD_MB} MB) holds the warm engine with an eighth to spare, on notes as varied as the gold corpus`, function () {
    if (cores < 2) return skip(this, 'one core: --concurrency starts no worker here');
    // The gold notes twice, so the caches and tables of the second pass meet a fully warmed engine.
    const notes = ['dev', 'test'].flatMap((f) =>
      fs
        .readFileSync(path.join(ROOT, 'test', 'corpus', `${f}.jsonl`), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { note: string }).note),
    );
    const file = path.join(dir, 'gold.order');
    fs.writeFileSync(file, [...notes, ...notes].join('\n---\n'));
    const limit = Math.floor((WORKER_OLD_MB * 7) / 8);
    const r = spawnSync(process.execPath, [BIN, '--format', 'json', '--concurrency', '2', file], {
      env: { ...process.env, IOL_WORKER_OLD_MB: String(limit) },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    assert.doesNotMatch(r.stderr, /worker thread stopped/, `at ${limit} MB a worker ran out of heap`);
    assert.equal(JSON.parse(r.stdout).summary.files, 1);
  });

  it('a rule pack the workers cannot load fails as in one thread: exit 2, the same message, nothing on stdout', function () {
    if (cores < 2) return skip(this, 'one core: --concurrency starts no worker here');
    // With workers, this thread does not build the engine (it only writes); the workers build it and say why they could not.
    fs.writeFileSync(path.join(dir, 'malformed.json'), JSON.stringify({ rules: { 'inappropriate-initial-study': 'loud' } }));
    fs.writeFileSync(path.join(dir, 'unfit.json'), JSON.stringify({ procedureSynonyms: { 'no-such-procedure': ['x ray of nothing'] } }));
    for (const pack of ['malformed.json', 'unfit.json', 'no-such.json']) {
      const off = run(['--config', pack, '--concurrency', 'off', 'big.order', 'many'], dir);
      assert.equal(off.code, 2, pack);
      assert.match(off.stderr, /^imaging-order-lint: .+\n$/);
      const r = run(['--config', pack, '--concurrency', '2', 'big.order', 'many'], dir);
      assert.equal(r.code, 2, pack);
      assert.equal(r.stdout, '', pack);
      assert.equal(r.stderr, off.stderr, pack);
    }
  });

  it('a bad --concurrency value is a usage error', () => {
    const r = run(['--concurrency', 'lots', 'many'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--concurrency needs a number of threads, auto or off/);
  });
});
