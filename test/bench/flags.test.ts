// The benchmark scripts' command lines (bench/lib.mjs parseFlags): help and mistakes get words, not a stack trace.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

function analysis(...args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'bench/analysis.mjs'), ...args], { encoding: 'utf8' });
}

describe('benchmark command lines', () => {
  it('--help lists every option with its default and exits 0', () => {
    const r = analysis('--help');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^usage: node bench\/analysis\.mjs/);
    for (const opt of ['--base', '--rounds', '--runs', '--notes', '--write']) assert.ok(r.stdout.includes(opt), opt);
  });

  for (const [args, said] of [
    [['--bogus'], /unknown option: --bogus/],
    [['--runs'], /--runs needs a value/],
    [['--runs', 'three'], /--runs needs a number, not three/],
    [['--write=maybe'], /--write takes true or false, not maybe/],
    [['stray'], /unexpected argument: stray/],
  ] as const) {
    it(`"${args.join(' ')}" says what is wrong, lists the options and exits 2`, () => {
      const r = analysis(...args);
      assert.equal(r.status, 2);
      assert.match(r.stderr, said);
      assert.match(r.stderr, /options:\n {2}--base/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    });
  }

  it('a boolean takes "false" as its next word, as people type it', () => {
    // With --base missing the script stops at its own usage line, after the flags were read without complaint.
    const r = analysis('--write', 'false');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^usage: node bench\/analysis\.mjs --base/);
  });

  for (const [script, args, said] of [
    ['summary-table.mjs', ['--bogus'], /unknown option: --bogus/],
    ['summary-table.mjs', ['/no/such/summary.json'], /no such file: \/no\/such\/summary\.json/],
    ['summary-table.mjs', ['package.json'], /package\.json is not a summary written by npm run bench/],
    ['profile-summary.mjs', [], /name a \.cpuprofile file/],
    ['profile-summary.mjs', ['--top', 'many', 'x.cpuprofile'], /--top needs a whole number/],
    ['profile-summary.mjs', ['package.json'], /package\.json is not a CPU profile/],
  ] as const) {
    it(`${script} ${args.join(' ') || '(nothing)'}: a sentence and exit 2, no stack trace`, () => {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bench', script), ...args], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, said);
      assert.match(r.stderr, /usage: node bench\//);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    });
  }
});
