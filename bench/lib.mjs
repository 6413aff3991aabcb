// Shared helpers for the bench scripts: statistics, tables, results files, and a minimal
// generic LSP client over stdio (vscode-jsonrpc only), usable with ANY language server.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(BENCH_DIR, '..');
export const RESULTS_DIR = join(BENCH_DIR, 'results');

const require = createRequire(join(ROOT, 'package.json'));
const rpc = require('vscode-jsonrpc/node');

/**
 * How our VS Code client launches the server (server/src/shared/launch.ts): the Node/V8 flags it passes as execArgv, and
 * the initializationOptions it sends. Taken from the bundle beside the dist/server.js the bench starts (scripts/bundle.mjs
 * dist/launch.js), so the flags are that build's and a bench run needs no compiled out/ tree.
 */
function clientLaunch() {
  const file = join(ROOT, 'dist/launch.js');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`node scripts/bundle.mjs\` first (the bench starts dist/server.js as the client does)`);
  return require(file);
}
const LAUNCH = clientLaunch();
/** The Node/V8 flags our client starts the server with (SERVER_EXEC_ARGV). */
export const SERVER_NODE_FLAGS = [...LAUNCH.SERVER_EXEC_ARGV];
/** Our server, started as the VS Code client starts it: the same Node flags, stdio. */
export const DEFAULT_SERVER = ['node', ...SERVER_NODE_FLAGS, 'dist/server.js', '--stdio'].join(' ');

/** True when the module at `url` is the script node was started with. */
export const isMain = (url) => !!process.argv[1] && url === pathToFileURL(resolve(process.argv[1])).href;

// ---------------------------------------------------------------- statistics
export function stats(samples) {
  if (!samples.length) return { n: 0, min: null, p50: null, p95: null, max: null, mean: null };
  const s = samples.slice().sort((a, b) => a - b);
  // nearest-rank percentile
  const pct = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  const round = (x) => Math.round(x * 1000) / 1000;
  return {
    n: s.length,
    min: round(s[0]),
    p50: round(pct(50)),
    p95: round(pct(95)),
    max: round(s[s.length - 1]),
    mean: round(s.reduce((a, b) => a + b, 0) / s.length),
  };
}
export const median = (xs) => stats(xs).p50;

// ---------------------------------------------------------------- output
export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => (c === null || c === undefined ? '—' : String(c))));
  const w = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(cells[0]), w.map((x) => '-'.repeat(x)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
export const fmt = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '—' : Number(x).toFixed(d));
export const timestamp = () => new Date().toISOString().replace(/[:.]/g, '-');

export function writeResult(kind, data) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${kind}-${timestamp()}.json`);
  const text = JSON.stringify(data, null, 2) + '\n';
  writeFileSync(file, text);
  writeFileSync(join(RESULTS_DIR, `latest-${kind}.json`), text);
  return file;
}

/** The options a script takes, one per line with its default, for --help and for a bad command line. */
function optionsHelp(spec) {
  const flag = (name) => '--' + name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
  return Object.entries(spec)
    .map(([name, d]) => `  ${flag(name)}${typeof d === 'boolean' ? '[=true|false]' : ' <' + typeof d + '>'}  (default ${JSON.stringify(d)})`)
    .join('\n');
}

/**
 * Command-line flags against `spec` ({ name: default }; booleans when the default is boolean). `--help` prints
 * the options and exits 0; a bad command line says what is wrong and exits 2 rather than throwing a stack trace
 * at whoever typed it.
 */
export function parseFlags(argv, spec) {
  const script = basename(process.argv[1] ?? 'bench');
  const fail = (msg) => {
    process.stderr.write(`${script}: ${msg}\noptions:\n${optionsHelp(spec)}\n`);
    process.exit(2);
  };
  const out = { ...spec };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(`usage: node bench/${script} [options]\noptions:\n${optionsHelp(spec)}\n`);
      process.exit(0);
    }
    if (!a.startsWith('--')) fail(`unexpected argument: ${a}`);
    let v;
    const eq = a.indexOf('=');
    if (eq > 0) {
      v = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const name = a.slice(2).replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (!Object.hasOwn(spec, name)) fail(`unknown option: ${a}`);
    if (typeof spec[name] === 'boolean') {
      // "--write false" as well as "--write=false": the spaced form is what people type.
      if (v === undefined && (argv[i + 1] === 'true' || argv[i + 1] === 'false')) v = argv[++i];
      if (v !== undefined && v !== 'true' && v !== 'false') fail(`${a} takes true or false, not ${v}`);
      out[name] = v === undefined ? true : v === 'true';
    } else {
      if (v === undefined) v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      if (typeof spec[name] === 'number') {
        const n = Number(v);
        if (v.trim() === '' || !Number.isFinite(n)) fail(`${a} needs a number, not ${v}`);
        out[name] = n;
      } else out[name] = v;
    }
  }
  return out;
}

// ---------------------------------------------------------------- processes
/** Split a command line into argv (quotes and backslashes as in sh); null when it needs a shell. */
export function splitCommand(cmd) {
  if (/[|&;<>()$`*?~]/.test(cmd.replace(/'[^']*'|"[^"]*"/g, ''))) return null;
  const out = [];
  let cur = '',
    inTok = false,
    q = null;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i];
    if (q) {
      if (c === q) q = null;
      else if (c === '\\' && q === '"' && i + 1 < cmd.length) cur += cmd[++i];
      else cur += c;
      continue;
    }
    if (c === '"' || c === "'") {
      q = c;
      inTok = true;
      continue;
    }
    if (c === '\\' && i + 1 < cmd.length) {
      cur += cmd[++i];
      inTok = true;
      continue;
    }
    if (/\s/.test(c)) {
      if (inTok) {
        out.push(cur);
        cur = '';
        inTok = false;
      }
      continue;
    }
    cur += c;
    inTok = true;
  }
  if (inTok) out.push(cur);
  return out;
}

/** Spawn a server command; `nodeFlags` are inserted after `node` when the command starts with node. */
export function spawnCommand(cmd, { cwd = ROOT, nodeFlags = [], env = process.env } = {}) {
  let argv = splitCommand(cmd);
  if (argv && nodeFlags.length && /(^|\/)node$/.test(argv[0])) argv = [argv[0], ...nodeFlags, ...argv.slice(1)];
  if (argv && argv[0] === 'node') argv[0] = process.execPath;
  const child = argv ? spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] }) : spawn('/bin/sh', ['-c', cmd], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  return child;
}

const WRAPPERS = new Set(['sh', 'bash', 'dash', 'zsh', 'env', 'npx', 'npm', 'timeout', 'nice', 'stdbuf', 'xvfb-run']);
function procComm(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return null;
  }
}
function procChildren(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
function isWrapper(pid) {
  const comm = procComm(pid);
  if (!comm) return false;
  if (WRAPPERS.has(comm) || /^npm( |$)/.test(comm)) return true;
  if (comm === 'node') {
    // `npm exec` / `npx` run as node
    try {
      return /\/(npm|npx)(-cli)?(\.js)?\0/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    } catch {
      return false;
    }
  }
  return false;
}
/** The pid that actually runs the server: the spawned pid, or the deepest child of shell/npx wrappers. */
export function serverPid(pid) {
  let cur = pid;
  for (let depth = 0; depth < 8 && isWrapper(cur); depth++) {
    const kids = procChildren(cur);
    if (!kids.length) break;
    // several children (e.g. a pipeline): follow the one using the most memory
    cur = kids.map((k) => [k, procMem(k).rssKb ?? 0]).sort((a, b) => b[1] - a[1])[0][0];
  }
  return cur;
}
/** VmRSS / VmHWM of a pid in kB (Linux /proc). */
export function procMem(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => {
      const m = s.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm'));
      return m ? Number(m[1]) : null;
    };
    return { pid, comm: procComm(pid), rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
  } catch {
    return { pid, comm: null, rssKb: null, hwmKb: null };
  }
}

/**
 * CPU time a process has used so far, in ms, split into its main thread (tid = pid: the JavaScript
 * thread) and all its other threads (for Node: V8's compiler and GC workers, libuv's pool), from
 * `/proc/<pid>/task/<tid>/stat` (utime + stime, 100 ticks a second). Null where /proc is missing.
 * A work count, not a timing: it shows what a server does around its answers, which latencies
 * measured on a shared machine cannot.
 */
export function procCpu(pid) {
  try {
    let mainMs = 0;
    let otherMs = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      let stat;
      try {
        stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      } catch {
        continue; // the thread ended between the listing and the read
      }
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(f[11]) + Number(f[12])) * 10;
      if (Number(tid) === pid) mainMs += ms;
      else otherMs += ms;
    }
    return { mainMs, otherMs };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- generic LSP client
export const CLIENT_CAPABILITIES = {
  workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false, willSave: false, willSaveWaitUntil: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source'] } }, isPreferredSupport: true },
  },
  window: { workDoneProgress: false },
  general: { positionEncodings: ['utf-16'] },
};

/**
 * Settings as VS Code would answer `workspace/configuration`: the defaults declared in
 * `contributes.configuration` of the package.json in `cwd` (if any), overlaid with `overrides`.
 */
export function defaultSettings(cwd, overrides = {}) {
  const root = {};
  const set = (obj, path, v) => {
    const parts = path.split('.');
    let o = obj;
    for (const p of parts.slice(0, -1)) o = o[p] ??= {};
    o[parts[parts.length - 1]] = v;
  };
  try {
    const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
    const conf = pkg.contributes?.configuration;
    for (const c of Array.isArray(conf) ? conf : conf ? [conf] : []) {
      for (const [k, v] of Object.entries(c.properties ?? {})) if ('default' in v) set(root, k, v.default);
    }
  } catch {
    /* no manifest: answer null */
  }
  const merge = (a, b) => {
    for (const [k, v] of Object.entries(b)) a[k] = v && typeof v === 'object' && !Array.isArray(v) ? merge(a[k] ?? {}, v) : v;
    return a;
  };
  return merge(root, overrides);
}
function settingFor(settings, section) {
  if (!section) return settings;
  let o = settings;
  for (const p of section.split('.')) {
    if (o === null || typeof o !== 'object' || !(p in o)) return null;
    o = o[p];
  }
  return o;
}

/**
 * Start a server and connect to it. Returns an object with the connection, timing of the
 * initialize round trip (from spawn), the server's capabilities, and helpers.
 */
/**
 * The initializationOptions our VS Code client sends (launch.ts, clientInitializationOptions): a trusted
 * workspace, and rule-page links it resolves itself, so the server sends each diagnostic's as `iol:<rule-id>`.
 */
export const CLIENT_INIT_OPTIONS = LAUNCH.clientInitializationOptions(true);

export async function startLsp(cmd, { cwd = ROOT, nodeFlags = [], initTimeoutMs = 30000, settings = defaultSettings(cwd), configuration = null, initializationOptions = {} } = {}) {
  const t0 = performance.now();
  const child = spawnCommand(cmd, { cwd, nodeFlags });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-8000);
  });
  let exited = null;
  const exitP = new Promise((r) =>
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      r(exited);
    }),
  );
  child.on('error', (e) => {
    stderr += `\nspawn error: ${e.message}`;
  });
  child.stdin.on('error', () => {});
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const pushListeners = new Set();
  const state = { dynamicPull: false, registrations: [] };
  conn.onRequest((method, params) => {
    switch (method) {
      // `configuration`: a fixed answer for every item (lsp-sample throws on null and then publishes nothing)
      case 'workspace/configuration':
        return (params?.items ?? []).map((it) => configuration ?? settingFor(settings, it.section));
      case 'workspace/workspaceFolders':
        return [{ uri: pathToFileURL(cwd).href, name: 'bench' }];
      case 'client/registerCapability':
        for (const r of params?.registrations ?? []) {
          state.registrations.push(r.method);
          if (r.method === 'textDocument/diagnostic') state.dynamicPull = true;
        }
        return null;
      default:
        return null; // window/workDoneProgress/create, workspace/diagnostic/refresh, showMessageRequest...
    }
  });
  conn.onNotification((method, params) => {
    if (method === 'textDocument/publishDiagnostics') for (const l of pushListeners) l(params);
  });
  conn.onError(() => {});
  conn.onClose(() => {});
  conn.listen();

  const initP = conn.sendRequest('initialize', {
    processId: process.pid,
    clientInfo: { name: 'imaging-order-lint-bench', version: '1' },
    rootUri: pathToFileURL(cwd).href,
    workspaceFolders: [{ uri: pathToFileURL(cwd).href, name: 'bench' }],
    capabilities: CLIENT_CAPABILITIES,
    initializationOptions,
  });
  const init = await Promise.race([
    initP,
    exitP.then((e) => {
      throw new Error(`server exited before initialize (code ${e.code}, signal ${e.signal}):\n${stderr}`);
    }),
    new Promise((_, rej) => setTimeout(() => rej(new Error(`no initialize response in ${initTimeoutMs} ms:\n${stderr}`)), initTimeoutMs).unref()),
  ]);
  const initializeMs = performance.now() - t0;
  await conn.sendNotification('initialized', {});

  const caps = init.capabilities ?? {};
  const sync = typeof caps.textDocumentSync === 'number' ? caps.textDocumentSync : (caps.textDocumentSync?.change ?? 0);

  return {
    child,
    conn,
    init,
    caps,
    initializeMs,
    state,
    get pid() {
      return serverPid(child.pid);
    },
    get stderr() {
      return stderr;
    },
    get exited() {
      return exited;
    },
    syncKind: sync, // 0 none, 1 full, 2 incremental
    get pull() {
      return !!caps.diagnosticProvider || state.dynamicPull;
    },
    onPush(fn) {
      pushListeners.add(fn);
      return () => pushListeners.delete(fn);
    },
    async stop(timeoutMs = 3000) {
      if (!exited) {
        try {
          await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
          await conn.sendNotification('exit');
        } catch {
          /* already gone */
        }
        const done = await Promise.race([exitP, new Promise((r) => setTimeout(() => r(null), timeoutMs).unref())]);
        if (!done) {
          try {
            process.kill(serverPid(child.pid), 'SIGTERM');
          } catch {}
          try {
            child.kill('SIGKILL');
          } catch {}
          await exitP;
        }
      }
      conn.dispose();
      return exited;
    },
  };
}

// ---------------------------------------------------------------- the peer server
/**
 * Microsoft's lsp-sample, the peer every LSP figure is compared with (issue 10): its bundled build
 * in `shared/peers/lsp-sample/` beside the checkout (or its worktree parent), or `$IOL_PEER_DIR`.
 * Null when absent: the benchmarks then say so and report our server alone.
 */
export function findPeer() {
  // $IOL_PEER_DIR, when set, is the only place looked at (set it to a missing folder to run without the peer)
  const dirs = process.env.IOL_PEER_DIR ? [process.env.IOL_PEER_DIR] : [join(ROOT, '..', 'shared', 'peers', 'lsp-sample'), join(ROOT, '..', '..', 'shared', 'peers', 'lsp-sample')];
  const dir = dirs.find((d) => existsSync(join(d, 'server.js')));
  if (!dir) return { found: false, looked: dirs.map((d) => resolve(d)) };
  // as its README says: languageId plaintext, and `{ maxNumberOfProblems: 1000 }` for every configuration item
  return {
    found: true,
    dir: resolve(dir),
    server: `node ${JSON.stringify(resolve(dir, 'server.js'))} --stdio`,
    languageId: 'plaintext',
    configuration: { maxNumberOfProblems: 1000 },
    initOptions: {},
    name: 'lsp-sample',
  };
}

export function fileSize(p) {
  try {
    return statSync(p).size;
  } catch {
    return null;
  }
}
export { existsSync };
