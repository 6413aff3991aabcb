import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Item 12 of issue 8: `npm run eval`, its floors ratchet and the frozen test split. */

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CORPUS = path.join(ROOT, 'test', 'corpus');

function evalRun(args: string[], env: NodeJS.ProcessEnv = {}) {
  const clean = { ...process.env, ...env };
  if (!('CI' in env)) delete clean.CI;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'eval.mjs'), ...args], { encoding: 'utf8', env: clean });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const record = (id: string, note: string, gold: object, findings: string[]) => JSON.stringify({ id, note, gold, findings });
const BASE = { redFlags: {}, malignancy: false, trauma: 'none', backPain: false, symptoms: { neurologic: false, urologic: false, orthopedic: false }, referralNeurosurgery: false };

/** Three notes: the first read fully right, the second's order wrongly gold-labelled on purpose, the third a back-pain note. */
const SCRATCH = [
  record(
    'dev-0001',
    'Age: 3 months\nFindings: tuft of hair, no dimple\nNeuro: intact\nRed flags: none\nOrder: XR L-spine\n',
    {
      ...BASE,
      ageMonths: 3,
      markers: { 'hair-tuft': true, 'sacral-dimple': false },
      neuroExam: 'normal',
      priorUltrasound: 'none',
      order: 'xr-area',
      scenario: 's1-cutaneous-marker',
    },
    ['inappropriate-initial-study'],
  ),
  record(
    'dev-0002',
    'Age: 2 months\nFindings: lipoma\nNeuro: intact\nOrder: spinal US\n',
    { ...BASE, ageMonths: 2, markers: { lipoma: true }, neuroExam: 'normal', priorUltrasound: 'none', order: 'mri-area-without', scenario: 's1-cutaneous-marker' },
    ['mri-first-in-young-infant'],
  ),
  record(
    'dev-0003',
    'Age: 12 years\nPresentation: back pain for 2 weeks\nRed flags: none\nOrder: CT lumbar spine\n',
    { ...BASE, ageMonths: 144, markers: {}, backPain: true, neuroExam: 'unknown', priorUltrasound: 'none', order: 'ct-area-without', scenario: 'back-pain-no-red-flags' },
    ['not-appropriate-for-scenario'],
  ),
].join('\n');

function scratch(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-eval-'));
  fs.writeFileSync(path.join(dir, 'dev.jsonl'), SCRATCH + '\n');
  return dir;
}

describe('npm run eval', function () {
  this.timeout(120_000); // each case starts the eval script (a process) once or more
  it('scores a scratch corpus per fact type and per rule, from the JSON reading', () => {
    const dir = scratch();
    const r = evalRun(['--corpus', dir, '--split', 'dev', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const f = JSON.parse(r.stdout).figures.dev;
    assert.equal(f['facts.age.accuracy'], 1);
    assert.equal(f['facts.markers.precision'], 1);
    assert.equal(f['facts.markers.recall'], 1);
    assert.equal(f['facts.markers-absent.recall'], 1, 'the negated dimple is read as absent');
    assert.equal(f['facts.order.accuracy'], 2 / 3, 'the deliberately wrong order label is a miss');
    assert.equal(f['facts.back-pain.f1'], 1);
    assert.equal(f['rules.inappropriate-initial-study.f1'], 1);
    assert.equal(f['rules.mri-first-in-young-infant.recall'], 0);
    assert.equal(f['rules.not-appropriate-for-scenario.precision'], 1);
    assert.equal(f['vignettes.exact'], 2 / 3);
  });

  it('prints the per-type table and the scenario confusion table, test and dev apart', () => {
    const dir = scratch();
    fs.copyFileSync(path.join(dir, 'dev.jsonl'), path.join(dir, 'test.jsonl'));
    const r = evalRun(['--corpus', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /== test \(.*test\.jsonl\): 3 notes ==/);
    assert.match(r.stdout, /== dev \(.*dev\.jsonl\): 3 notes ==/);
    assert.match(r.stdout, /fact type\s+P\s+R\s+F1/);
    assert.match(r.stdout, /scenario confusion/);
    assert.match(r.stdout, /s1-cutaneous-marker\s+·?\s*\d/);
  });

  it('says when a split is missing, and fails on it only in CI mode', () => {
    const dir = scratch();
    const local = evalRun(['--corpus', dir]);
    assert.equal(local.code, 0);
    assert.match(local.stdout, /test: .*test\.jsonl is missing — not evaluated/);
    assert.equal(evalRun(['--corpus', dir, '--ci']).code, 1);
    assert.equal(evalRun(['--corpus', dir], { CI: 'true' }).code, 1);
  });

  it('fails when a figure drops below its floor; --update-floors raises floors and never lowers one', () => {
    const dir = scratch();
    const floors = path.join(dir, 'floors.json');
    fs.writeFileSync(floors, JSON.stringify({ dev: { 'vignettes.exact': 0.9, 'facts.age.accuracy': 0.5 } }));
    const below = evalRun(['--corpus', dir, '--split', 'dev']);
    assert.equal(below.code, 1);
    assert.match(below.stdout, /below floor: dev vignettes\.exact: 0\.667 < floor 0\.9/);
    assert.equal(evalRun(['--corpus', dir, '--split', 'dev', '--update-floors']).code, 0);
    const after = JSON.parse(fs.readFileSync(floors, 'utf8')).dev;
    assert.equal(after['vignettes.exact'], 0.9, 'a floor above today is kept, not lowered');
    assert.equal(after['facts.age.accuracy'], 1, 'a floor below today is raised');
    assert.equal(after['facts.order.accuracy'], 0.666, 'new figures are added, rounded down');
  });
});

/** Floors now below (or missing from) any earlier version: "split key: was at commit → now". */
function loweredFloors(history: { commit: string; floors: Record<string, unknown> }[], now: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const { commit, floors } of history) {
    for (const [split, figs] of Object.entries(floors)) {
      if (split.startsWith('_')) continue;
      for (const [key, v] of Object.entries(figs as Record<string, number>)) {
        const n = (now[split] as Record<string, number> | undefined)?.[key];
        if (n === undefined || n < v) out.push(`${split} ${key}: ${v} at ${commit} → ${n ?? 'removed'}`);
      }
    }
  }
  return out;
}

/** A split's basis: `_basis` is one string for every split (older files) or one per split. */
function basisOf(floors: Record<string, unknown>, split: string): unknown {
  const b = floors._basis;
  return typeof b === 'object' && b !== null ? (b as Record<string, unknown>)[split] : b;
}

/**
 * The earlier versions (newest first) cut down, split by split, to those of the same basis as now:
 * the first version with another basis for a split ends that split's history (its floors were
 * deliberately measured anew, the reason written in `_basis`), and leaves the other split's alone.
 */
function sameBasis(history: { commit: string; floors: Record<string, unknown> }[], now: Record<string, unknown>): { commit: string; floors: Record<string, unknown> }[] {
  const ended = new Set<string>();
  const out: { commit: string; floors: Record<string, unknown> }[] = [];
  for (const { commit, floors } of history) {
    const kept: Record<string, unknown> = {};
    for (const split of Object.keys(floors).filter((k) => !k.startsWith('_'))) {
      if (ended.has(split)) continue;
      if (basisOf(floors, split) !== basisOf(now, split)) ended.add(split);
      else kept[split] = floors[split];
    }
    out.push({ commit, floors: kept });
  }
  return out;
}

describe('gold corpus files', () => {
  it('test.jsonl is frozen: it matches test/corpus/test.sha256', function () {
    const jsonl = path.join(CORPUS, 'test.jsonl');
    const sum = path.join(CORPUS, 'test.sha256');
    if (!fs.existsSync(jsonl) && !fs.existsSync(sum)) {
      console.log('      skipped: test/corpus/test.jsonl and test.sha256 are both absent (the frozen split is not in this tree)');
      this.skip();
    }
    assert.ok(fs.existsSync(jsonl), 'test.sha256 exists but test.jsonl is missing');
    assert.ok(fs.existsSync(sum), 'test.jsonl exists without test.sha256: freeze it');
    const want = /^[0-9a-f]{64}/i.exec(fs.readFileSync(sum, 'utf8').trim())?.[0].toLowerCase();
    const got = createHash('sha256').update(fs.readFileSync(jsonl)).digest('hex');
    assert.equal(got, want, 'test.jsonl changed after it was frozen; never edit it to make a figure go up');
  });

  it('floors.json holds only figures between 0 and 1, per split', () => {
    const floors = JSON.parse(fs.readFileSync(path.join(CORPUS, 'floors.json'), 'utf8'));
    for (const [split, figs] of Object.entries(floors)) {
      if (split.startsWith('_')) continue;
      assert.ok(['test', 'dev'].includes(split), split);
      for (const [key, v] of Object.entries(figs as Record<string, number>)) assert.ok(typeof v === 'number' && v >= 0 && v <= 1, `${split} ${key}`);
    }
  });

  it('floors.json never decreases: no floor is below any earlier committed floor of the same basis (a ratchet)', function () {
    // Every version of floors.json on the first-parent history of HEAD, newest first; sameBasis
    // keeps, split by split, the versions measured on the same basis as today's.
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    let commits: string[];
    try {
      commits = git('log', '--first-parent', '--format=%H', '--', 'test/corpus/floors.json').split('\n').filter(Boolean);
    } catch {
      console.log('      skipped: not a git checkout, so there is no floors history to compare with');
      return this.skip();
    }
    const now = JSON.parse(fs.readFileSync(path.join(CORPUS, 'floors.json'), 'utf8'));
    assert.deepEqual(
      loweredFloors(
        sameBasis(
          commits.map((c) => ({ commit: c.slice(0, 8), floors: JSON.parse(git('show', `${c}:test/corpus/floors.json`)) })),
          now,
        ),
        now,
      ),
      [],
    );
  });

  it('a split re-measured on a new basis ends only its own history: the other split is still held to its floors', () => {
    const shared = 'first';
    const was = [
      { commit: 'c2', floors: { _basis: shared, test: { a: 0.8 }, dev: { a: 0.9 } } },
      { commit: 'c1', floors: { _basis: shared, test: { a: 0.7 }, dev: { a: 0.95 } } },
    ];
    const now = { _basis: { test: shared, dev: 'dev grew' }, test: { a: 0.75 }, dev: { a: 0.5 } };
    assert.deepEqual(loweredFloors(sameBasis(was, now), now), ['test a: 0.8 at c2 → 0.75']);
    assert.deepEqual(loweredFloors(sameBasis(was, { ...now, test: { a: 0.8 } }), { ...now, test: { a: 0.8 } }), []);
    assert.deepEqual(loweredFloors(sameBasis(was, { ...now, _basis: shared }), { ...now, _basis: shared }), [
      'test a: 0.8 at c2 → 0.75',
      'dev a: 0.9 at c2 → 0.5',
      'dev a: 0.95 at c1 → 0.5',
    ]);
  });

  it('the ratchet catches a lowered floor and a removed one, and lets a raised one pass', () => {
    const was = [{ commit: 'c1', floors: { _basis: 'x', dev: { a: 0.5, b: 0.4 } } }];
    assert.deepEqual(loweredFloors(was, { dev: { a: 0.4, b: 0.4 } }), ['dev a: 0.5 at c1 → 0.4']);
    assert.deepEqual(loweredFloors(was, { dev: { b: 0.4 } }), ['dev a: 0.5 at c1 → removed']);
    assert.deepEqual(loweredFloors(was, { dev: { a: 0.6, b: 0.4 } }), []);
  });
});
