#!/usr/bin/env node
// Runs test/nvim/lsp_test.lua in headless Neovim against `node bin/imaging-order-lsp.js --stdio`,
// on a scratch copy of samples/01-infant-dimple-radiograph.order. Exit 0 = pass.
// E2E_ALLOW_SKIP=1 turns a missing nvim into "skipped: …" (exit 0).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NVIM = process.env.NVIM_BIN || 'nvim';
const t0 = Date.now();

function main() {
  const version = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    const reason = `missing nvim (${NVIM}): run scripts/install-e2e-deps.sh (CI installs them)`;
    if (process.env.E2E_ALLOW_SKIP === '1') {
      console.log(`skipped: ${reason}`);
      return 0;
    }
    console.error(`FAIL nvim: ${reason}`);
    return 1;
  }
  if (!fs.existsSync(path.join(ROOT, 'dist/server.js'))) {
    console.error('FAIL nvim: dist/server.js is missing: run npm run build first');
    return 1;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-nvim-'));
  const sample = path.join(dir, '01-infant-dimple-radiograph.order');
  fs.copyFileSync(path.join(ROOT, 'samples/01-infant-dimple-radiograph.order'), sample);
  const lspCmd = `${process.execPath} ${path.join(ROOT, 'bin/imaging-order-lsp.js')} --stdio`;
  try {
    const r = spawnSync(NVIM, ['--headless', '--clean', '-n', '-c', `luafile ${path.join(ROOT, 'test/nvim/lsp_test.lua')}`, sample], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60000,
      env: { ...process.env, IOL_LSP_CMD: lspCmd, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir },
    });
    const out = `${r.stdout || ''}${r.stderr || ''}`.trim();
    for (const line of out.split('\n')) if (line.trim()) console.log(`  [nvim] ${line}`);
    const v = version.stdout.split('\n')[0];
    if (r.status === 0 && /^PASS$/m.test(out)) {
      console.log(`nvim (${v}): passed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return 0;
    }
    console.error(`FAIL nvim: exit ${r.status}${r.signal ? ` (${r.signal})` : ''}${r.error ? ` ${r.error.message}` : ''}`);
    return 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
