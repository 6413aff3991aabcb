/**
 * No network (issue 5, item 4), statically: the server, CLI and client sources use no network API
 * and no telemetry. scripts/no-network.sh proves it dynamically (strace, unshare -n).
 *
 * What counts as a use: importing a network module (http, https, http2, net, tls, dgram, dns,
 * undici, ws, node-fetch, axios, got, @vscode/extension-telemetry, applicationinsights), calling
 * fetch(), constructing XMLHttpRequest / WebSocket / EventSource, navigator.sendBeacon, or any
 * identifier mentioning telemetry. URLs inside strings (documentation links such as
 * codeDescription hrefs, source citations) and comments are allowed: they are data, not connections.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './engine';

const DIRS = ['server/src', 'client/src'];
const NET_MODULES =
  /^(?:node:)?(?:http|https|http2|net|tls|dgram|dns|dns\/promises|inspector)$|^(?:undici|ws|node-fetch|axios|got|request|superagent|socket\.io-client|@vscode\/extension-telemetry|applicationinsights|vscode-extension-telemetry)(?:\/.*)?$/;

function files(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.(?:ts|js|mjs|cjs)$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Source with comments and string/template literal contents blanked out (lengths kept). */
export function codeOnly(src: string): { code: string; strings: { value: string; at: number }[] } {
  let code = '';
  const strings: { value: string; at: number }[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const n = src[i + 1];
    if (c === '/' && n === '/') {
      while (i < src.length && src[i] !== '\n') {
        code += ' ';
        i++;
      }
    } else if (c === '/' && n === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      code += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      const at = i;
      let value = '';
      code += c;
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') {
          value += src.slice(i, i + 2);
          code += '  ';
          i += 2;
          continue;
        }
        if (c === '`' && src[i] === '$' && src[i + 1] === '{') {
          // Keep template expressions as code.
          let depth = 0;
          while (i < src.length) {
            if (src[i] === '{') depth++;
            if (src[i] === '}' && --depth === 0) break;
            code += src[i++];
          }
          code += src[i++] ?? '';
          continue;
        }
        value += src[i];
        code += src[i] === '\n' ? '\n' : ' ';
        i++;
      }
      code += src[i] ?? '';
      i++;
      strings.push({ value, at });
    } else {
      code += c;
      i++;
    }
  }
  return { code, strings };
}

/** Network uses in one source file, as "line: what". */
export function networkUses(src: string): string[] {
  const problems: string[] = [];
  const { code, strings } = codeOnly(src);
  const lineOf = (at: number) => src.slice(0, at).split('\n').length;
  // Module specifiers: import ... from 'x', import('x'), require('x'), export ... from 'x'.
  const importRe = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)$/;
  for (const s of strings) {
    if (NET_MODULES.test(s.value) && importRe.test(code.slice(Math.max(0, s.at - 40), s.at))) problems.push(`${lineOf(s.at)}: imports "${s.value}"`);
  }
  const api: [RegExp, string][] = [
    [/(?<![\w$.])fetch\s*\(/g, 'fetch('],
    [/\b(?:globalThis|window|self)\s*\.\s*fetch\b/g, 'fetch'],
    [/\bnew\s+(?:XMLHttpRequest|WebSocket|EventSource|RTCPeerConnection)\b/g, 'network constructor'],
    [/\bXMLHttpRequest\b|\bWebSocket\b/g, 'XMLHttpRequest/WebSocket'],
    [/\bsendBeacon\b/g, 'sendBeacon'],
    [/telemetry/gi, 'telemetry'],
    [/\bprocess\s*\.\s*binding\s*\(\s*['"](?:tcp_wrap|udp_wrap|cares_wrap)/g, 'raw socket binding'],
  ];
  for (const [re, what] of api) for (const m of code.matchAll(re)) problems.push(`${lineOf(m.index ?? 0)}: ${what}`);
  return problems;
}

describe('hardening: no network API in server/src and client/src', () => {
  const all = DIRS.flatMap(files);

  it('finds the sources to check', () => {
    assert.ok(
      all.some((f) => f.startsWith('server/src/')),
      'server sources',
    );
  });

  it('no source file imports a network module or calls a network API, and nothing mentions telemetry', () => {
    const problems: string[] = [];
    for (const f of all) for (const p of networkUses(fs.readFileSync(path.join(ROOT, f), 'utf8'))) problems.push(`${f}:${p}`);
    assert.deepEqual(problems, []);
  });

  it('the bundles do not pull in a network module either (dist/*.js requires)', () => {
    for (const b of ['server.js', 'cli.js']) {
      const file = path.join(ROOT, 'dist', b);
      if (!fs.existsSync(file)) continue;
      const src = fs.readFileSync(file, 'utf8');
      const required = [...src.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      // vscode-jsonrpc's node transport can open sockets/pipes on request (--socket=N, --pipe); it imports
      // "net" for that. Our own code never asks for it; scripts/no-network.sh checks that no AF_INET connect happens.
      const net = required.filter((r) => NET_MODULES.test(r) && !/^(?:node:)?net$/.test(r));
      assert.deepEqual(net, [], `${b} requires ${net.join(', ')}`);
    }
  });

  it('the checker itself catches real uses (and allows URLs in strings and comments)', () => {
    assert.deepEqual(networkUses("const u = 'https://acsearch.acr.org/list'; // see http://x\n/* fetch(x) */"), []);
    assert.deepEqual(networkUses('const d = { href: `https://example.org/${id}` };'), []);
    assert.equal(networkUses("import * as http from 'node:http';").length, 1);
    assert.equal(networkUses("const net = require('net');").length, 1);
    assert.equal(networkUses('await fetch(url);').length, 1);
    assert.equal(networkUses('const ws = new WebSocket(u);').length >= 1, true);
    assert.equal(networkUses("import TelemetryReporter from '@vscode/extension-telemetry';").length >= 1, true);
    assert.equal(networkUses('const x = await import("https");').length, 1);
  });
});
