// How the client launches the server (server/src/shared/launch.ts): Node takes every flag, the client
// passes them as execArgv, a server forked so runs under them, and the benchmark (which takes them from the
// build it runs, dist/launch.js) starts its server process with them.
import * as assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_EXEC_ARGV, clientInitializationOptions } from '../../server/src/shared/launch';

const ROOT = path.resolve(__dirname, '../../..');
const clientSource = fs.readFileSync(path.join(ROOT, 'client/src/extension.ts'), 'utf8');

interface BenchLib {
  DEFAULT_SERVER: string;
  CLIENT_INIT_OPTIONS: unknown;
  startLsp(cmd: string, o: { cwd: string; initializationOptions: unknown }): Promise<{ pid: number; init: { serverInfo?: { name?: string } }; stop(): Promise<unknown> }>;
}

describe('server launch (shared/launch.ts)', function () {
  this.timeout(60000);

  it('Node accepts every flag, and they bound the heap as they say', () => {
    const r = spawnSync(process.execPath, [...SERVER_EXEC_ARGV, '-e', 'process.stdout.write(JSON.stringify(require("v8").getHeapStatistics()))'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const limitMb = JSON.parse(r.stdout).heap_size_limit / 2 ** 20;
    const flag = (name: string) => Number(SERVER_EXEC_ARGV.find((f) => f.startsWith(`--${name}=`))?.split('=')[1]);
    const oldMb = flag('max-old-space-size');
    const semiMb = flag('max-semi-space-size');
    assert.ok(oldMb > 0 && semiMb > 0, 'both heap flags are set');
    // The limit is the old generation plus the young one (three semi-spaces' worth in V8's accounting).
    assert.ok(limitMb >= oldMb && limitMb <= oldMb + 3 * semiMb + 1, `heap limit ${limitMb} MB for ${SERVER_EXEC_ARGV.join(' ')}`);
    // Below 2,048 MB is what lowers V8's heap growing factor (the point of the flag); at 256 MB or
    // less the server could not hold a large document.
    assert.ok(oldMb > 256 && oldMb < 2048);
  });

  it('the client starts the server with those flags, in run and debug mode, and sends the shared initializationOptions', () => {
    assert.match(clientSource, /run: \{[^}]*options: \{ execArgv: \[\.\.\.SERVER_EXEC_ARGV\] \}/);
    assert.match(clientSource, /debug: \{[^}]*options: \{ execArgv: \[\.\.\.SERVER_EXEC_ARGV, /);
    assert.match(clientSource, /initializationOptions: \(\) => clientInitializationOptions\(vscode\.workspace\.isTrusted\)/);
    assert.deepEqual(clientInitializationOptions(false), { trusted: false, resolvesRuleDocs: true });
  });

  it('a server forked as the client forks it (a module over stdio, execArgv) runs under those flags and their heap limit', async () => {
    // vscode-languageclient starts a `module` server over stdio with child_process.fork(module, [..., '--stdio'],
    // { execArgv, silent: true }); a preloaded probe reports, from inside the server process, what Node made of the flags.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'launch-'));
    const probe = path.join(dir, 'probe.js');
    fs.writeFileSync(probe, 'process.stderr.write("PROBE " + JSON.stringify({ execArgv: process.execArgv, limit: require("v8").getHeapStatistics().heap_size_limit }) + "\\n");');
    const child = fork(path.join(ROOT, 'dist', 'server.js'), ['--stdio'], { execArgv: [...SERVER_EXEC_ARGV, '--require', probe], silent: true });
    try {
      const seen = await new Promise<{ execArgv: string[]; limit: number }>((resolve, reject) => {
        let err = '';
        child.stderr!.on('data', (d: Buffer) => {
          err += d.toString();
          const m = /PROBE (.*)\n/.exec(err);
          if (m) resolve(JSON.parse(m[1]) as { execArgv: string[]; limit: number });
        });
        child.on('exit', (code) => reject(new Error(`server exited (${code}) before the probe reported: ${err}`)));
      });
      for (const f of SERVER_EXEC_ARGV) assert.ok(seen.execArgv.includes(f), `${f} reached the server: ${seen.execArgv.join(' ')}`);
      const oldMb = Number(SERVER_EXEC_ARGV.find((f) => f.startsWith('--max-old-space-size='))?.split('=')[1]);
      const limitMb = seen.limit / 2 ** 20;
      // Node's default limit on a 64-bit machine is far above 1,536 MB (2 GB and up): a limit this close shows the flag took.
      assert.ok(limitMb >= oldMb && limitMb < oldMb + 64, `the server's heap limit ${limitMb} MB for ${SERVER_EXEC_ARGV.join(' ')}`);
    } finally {
      child.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the benchmark starts our server with the same flags as Node flags of the server process, and it answers', async function () {
    const lib = (await import(pathToFileURL(path.join(ROOT, 'bench/lib.mjs')).href)) as BenchLib;
    const lsp = await lib.startLsp(lib.DEFAULT_SERVER, { cwd: ROOT, initializationOptions: lib.CLIENT_INIT_OPTIONS });
    try {
      assert.equal(lsp.init.serverInfo?.name, 'imaging-order-lsp');
      if (process.platform !== 'linux') {
        console.log(`      skipped the process's own command line: /proc/<pid>/cmdline is Linux-only (${process.platform})`);
        return;
      }
      const argv = fs.readFileSync(`/proc/${lsp.pid}/cmdline`, 'utf8').split('\0');
      for (const f of SERVER_EXEC_ARGV)
        assert.ok(argv.indexOf(f) > 0 && argv.indexOf(f) < argv.indexOf(path.join('dist', 'server.js')), `${f} is a Node flag of the server process: ${argv.join(' ')}`);
    } finally {
      await lsp.stop();
    }
  });
});
