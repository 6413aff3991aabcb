// How the client launches the server (server/src/shared/launch.ts): Node takes every flag, the client
// starts the server with them, and the benchmark starts the server exactly the same way.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_EXEC_ARGV, clientInitializationOptions } from '../../server/src/shared/launch';

const ROOT = path.resolve(__dirname, '../../..');
const clientSource = fs.readFileSync(path.join(ROOT, 'client/src/extension.ts'), 'utf8');

interface BenchLib {
  DEFAULT_SERVER: string;
  SERVER_NODE_FLAGS: string[];
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

  it('the benchmark starts our server with the same flags and options, and it answers', async () => {
    const lib = (await import(pathToFileURL(path.join(ROOT, 'bench/lib.mjs')).href)) as BenchLib;
    assert.deepEqual(lib.SERVER_NODE_FLAGS, [...SERVER_EXEC_ARGV]);
    assert.deepEqual(lib.CLIENT_INIT_OPTIONS, clientInitializationOptions(true));
    const lsp = await lib.startLsp(lib.DEFAULT_SERVER, { cwd: ROOT, initializationOptions: lib.CLIENT_INIT_OPTIONS });
    try {
      const argv = fs.readFileSync(`/proc/${lsp.pid}/cmdline`, 'utf8').split('\0');
      for (const f of SERVER_EXEC_ARGV)
        assert.ok(argv.indexOf(f) > 0 && argv.indexOf(f) < argv.indexOf(path.join('dist', 'server.js')), `${f} is a Node flag of the server process: ${argv.join(' ')}`);
      assert.equal(lsp.init.serverInfo?.name, 'imaging-order-lsp');
    } finally {
      await lsp.stop();
    }
  });
});
