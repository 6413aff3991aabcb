#!/usr/bin/env node
// Runs the extension-host mocha suite (out/test/e2e/exthost/index.js) in a real extension host.
//   - code-server mode (default, works offline): the code-server 4.100.3 workbench is opened in headless
//     chromium with a `payload` carrying extensionDevelopmentPath / extensionTestsPath; the result comes
//     back through window.codeAutomationExit.
//   - @vscode/test-electron mode: when VSCODE_TEST_ELECTRON=1 (downloads VS Code) or VSCODE_EXECUTABLE_PATH
//     points at a desktop VS Code (@vscode/test-electron is a devDependency).
// Exit code 0 = all passed. Prints "skipped: <reason>" (exit 0) only when E2E_ALLOW_SKIP=1.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, missingTools, makeScratch, freePort, startCodeServer, launchChromium, elapsed } from './lib/code-server.mjs';

const TESTS = path.join(ROOT, 'out/test/e2e/exthost/index.js');
const OUT = path.join(ROOT, 'test-results/exthost');
const TIMEOUT_MS = Number(process.env.E2E_EXTHOST_TIMEOUT || 180000);

async function runInCodeServer() {
  const t0 = Date.now();
  // A second copy of the §6 sample that no editor opens: the lintWorkspace test expects a warning on it.
  const sample = fs.readFileSync(path.join(ROOT, 'samples/01-infant-dimple-radiograph.order'), 'utf8');
  const s = makeScratch('exthost', { extraFiles: { 'unopened/infant-copy.order': sample } });
  const port = await freePort();
  const logFile = path.join(OUT, 'code-server.log');
  const cs = await startCodeServer(s, { port, logFile });
  let browser;
  try {
    browser = await launchChromium(s);
    const page = browser.pages()[0] || (await browser.newPage());
    const done = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    const transcript = [];
    let printing = Promise.resolve();
    page.on('console', (m) => {
      // Extension-host console output arrives as printf-style calls: ('%c INFO', 'color: …', format, ...values).
      printing = printing.then(async () => {
        const args = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => '')));
        let text = m.text();
        if (typeof args[0] === 'string' && args[0].startsWith('%c') && typeof args[2] === 'string') {
          const values = args.slice(3);
          text = args[2].replace(/%[sdio]/g, () => String(values.shift() ?? '')) + (values.length ? ` ${values.join(' ')}` : '');
        }
        transcript.push(text);
        if (process.env.E2E_VERBOSE || /^\s*(✔|✓|[0-9]+\)|[0-9]+ (passing|failing|pending)|EXTHOST|Imaging Order Lint|AssertionError|Error)/.test(text)) {
          console.log(`  [exthost] ${text.replace(/\s+$/, '')}`);
        }
      });
    });
    const auth = `127.0.0.1:${port}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://${auth}${ROOT}`],
      ['extensionTestsPath', `vscode-remote://${auth}${TESTS}`],
    ]);
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(s.ws)}&payload=${encodeURIComponent(payload)}`);
    let timer;
    const code = await Promise.race([
      done,
      new Promise((r) => {
        timer = setTimeout(() => r('timeout'), TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    await printing;
    fs.writeFileSync(path.join(OUT, 'console.log'), transcript.join('\n') + '\n');
    if (code !== 0) {
      try {
        await page.screenshot({ path: path.join(OUT, 'failure.png') });
      } catch {
        /* page gone */
      }
      throw new Error(
        `extension-host suite ${code === 'timeout' ? `timed out after ${TIMEOUT_MS} ms` : `exited with ${code}`}` +
          ` (console: ${path.relative(ROOT, path.join(OUT, 'console.log'))}, server log: ${path.relative(ROOT, logFile)})`,
      );
    }
    console.log(`exthost (code-server ${port}): suite passed in ${elapsed(t0)}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await cs.stop();
    if (!process.env.E2E_KEEP) fs.rmSync(s.dir, { recursive: true, force: true });
  }
}

async function runInTestElectron() {
  let testElectron;
  try {
    testElectron = await import('@vscode/test-electron');
  } catch {
    throw new Error('@vscode/test-electron is not installed: run npm ci');
  }
  const s = makeScratch('electron');
  try {
    await testElectron.runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: TESTS,
      launchArgs: [s.ws, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${s.userData}`],
    });
    console.log('exthost (test-electron): suite passed');
  } finally {
    fs.rmSync(s.dir, { recursive: true, force: true });
  }
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  if (!fs.existsSync(TESTS)) throw new Error(`${path.relative(ROOT, TESTS)} is missing: run npm run build first`);
  if (!fs.existsSync(path.join(ROOT, 'dist/server.js'))) throw new Error('dist/server.js is missing: run npm run build first');

  const electron = process.env.VSCODE_TEST_ELECTRON === '1' || !!process.env.VSCODE_EXECUTABLE_PATH;
  if (electron) {
    console.log('mode: @vscode/test-electron (VSCODE_TEST_ELECTRON=1 or VSCODE_EXECUTABLE_PATH is set)');
    await runInTestElectron();
  } else {
    console.log('mode: test-electron skipped (set VSCODE_TEST_ELECTRON=1 or VSCODE_EXECUTABLE_PATH where VS Code can be downloaded or is installed)');
  }
  if (process.env.E2E_SKIP_CODE_SERVER === '1') {
    console.log('mode: code-server skipped (E2E_SKIP_CODE_SERVER=1)');
    return;
  }
  const missing = missingTools();
  if (missing) {
    if (process.env.E2E_ALLOW_SKIP === '1') {
      console.log(`skipped: ${missing}`);
      return;
    }
    throw new Error(missing);
  }
  console.log('mode: code-server 4.100.3 workbench (extensionDevelopmentPath payload)');
  await runInCodeServer();
}

main().catch((err) => {
  console.error(`FAIL exthost: ${err.message}`);
  process.exitCode = 1;
});
