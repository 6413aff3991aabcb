// Shared helpers for the code-server based end-to-end tests (extension host + real UI).
// Recipe: /work/shared/reference/e2e-recipes.md (code-server 4.100.3 + playwright-core + Debian chromium).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CODE_SERVER = process.env.CODE_SERVER || path.join(ROOT, '.e2e/code-server/node_modules/.bin/code-server');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
export const INSTALL_HINT = 'run scripts/install-e2e-deps.sh (CI installs them)';

/** Returns a reason string if code-server or chromium is missing, else undefined. */
export function missingTools() {
  const missing = [];
  if (!fs.existsSync(CODE_SERVER)) missing.push(`code-server (${CODE_SERVER})`);
  if (!fs.existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  return missing.length ? `missing ${missing.join(', ')}: ${INSTALL_HINT}` : undefined;
}

/** First free TCP port on 127.0.0.1 at or above `from`. */
export async function freePort(from = Number(process.env.E2E_PORT || 8137)) {
  for (let port = from; port < from + 200; port++) {
    const ok = await new Promise((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error(`no free port in ${from}..${from + 199}`);
}

// The extension gallery points at a closed loopback port so that code-server never reaches out.
const DEAD = 'http://127.0.0.1:9';
const GALLERY = JSON.stringify({
  serviceUrl: `${DEAD}/gallery`,
  itemUrl: `${DEAD}/item`,
  resourceUrlTemplate: `${DEAD}/{publisher}/{name}/{version}/{path}`,
});

const USER_SETTINGS = {
  'editor.hover.delay': 200,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
  'chat.disableAIFeatures': true,
};

/**
 * Creates a scratch directory with a workspace holding a copy of samples/ (and `extraFiles`),
 * a user-data dir with quiet settings, an empty extensions dir and a chromium profile.
 */
export function makeScratch(name, { extraFiles = {} } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `iol-${name}-`));
  const ws = path.join(dir, 'workspace');
  fs.cpSync(path.join(ROOT, 'samples'), path.join(ws, 'samples'), { recursive: true });
  for (const [rel, text] of Object.entries(extraFiles)) {
    fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    fs.writeFileSync(path.join(ws, rel), text);
  }
  const userData = path.join(dir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  for (const d of ['extensions', 'xdg', 'chrome-profile']) fs.mkdirSync(path.join(dir, d));
  fs.writeFileSync(path.join(dir, 'config.yaml'), 'auth: none\ncert: false\n');
  return {
    dir,
    ws,
    userData,
    extensions: path.join(dir, 'extensions'),
    xdg: path.join(dir, 'xdg'),
    chromeProfile: path.join(dir, 'chrome-profile'),
    config: path.join(dir, 'config.yaml'),
  };
}

function csEnv(s) {
  return { ...process.env, XDG_CONFIG_HOME: s.xdg, XDG_DATA_HOME: s.xdg, EXTENSIONS_GALLERY: GALLERY };
}

function commonArgs(s) {
  return ['--config', s.config, '--user-data-dir', s.userData, '--extensions-dir', s.extensions];
}

export function installVsix(s, vsix) {
  execFileSync(CODE_SERVER, [...commonArgs(s), '--install-extension', vsix], { env: csEnv(s), stdio: 'pipe' });
}

/** Starts code-server in its own process group; resolves once /healthz answers. */
export async function startCodeServer(s, { port, logFile }) {
  const log = fs.openSync(logFile, 'w');
  const child = spawn(
    CODE_SERVER,
    [
      ...commonArgs(s),
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      s.ws,
    ],
    { env: csEnv(s), detached: true, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const t = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 5000);
    await exited;
    clearTimeout(t);
    // Wait for the rest of the group (extension host, language server) to go too.
    for (let i = 0; i < 50; i++) {
      try {
        process.kill(-child.pid, 0);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  };
  const onExit = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  };
  process.once('exit', onExit);
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + 30000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* not yet */
    }
    if (child.exitCode !== null) throw new Error(`code-server exited early (code ${child.exitCode}); see ${logFile}`);
    if (Date.now() > end) {
      await stop();
      throw new Error(`code-server not healthy after 30 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, stop };
}

export async function launchChromium(s) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(s.chromeProfile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, XDG_CONFIG_HOME: s.xdg },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export function elapsed(t0) {
  return `${((Date.now() - t0) / 1000).toFixed(1)} s`;
}
