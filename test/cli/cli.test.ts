import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'imaging-order-lint.js');

function run(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'iol-cli-'));
}

const INFANT = 'Patient: 3-month-old boy\nFindings: deep dimple above the gluteal cleft; tuft of hair\nNeuro: intact\nRed flags: none\nOrder: Radiography spine area of interest\n';

describe('CLI (bin/imaging-order-lint.js, built bundle)', () => {
  before(function () {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run "npm run build" first');
  });

  it('lints the samples folder: warnings only, exit 1 because a sample holds a malformed line (error)', () => {
    const r = run(['samples/']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /inappropriate-initial-study/);
    assert.match(r.stdout, /problems? \(1 error/);
    assert.equal(r.stderr, '');
  });
  it('--version prints the package.json version, injected into the bundle and read from the file in the tsc build', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(run(['--version']).stdout, `${version}\n`);
    assert.ok(!fs.readFileSync(path.join(ROOT, 'dist', 'cli.js'), 'utf8').includes('__VERSION__'), 'esbuild replaced __VERSION__');
    const out = spawnSync(process.execPath, ['-e', "require('./out/server/src/cli/main.js').main(['--version'])"], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(out.stdout, `${version}\n`);
  });
  it('exit 0 when there are only warnings', () => {
    assert.equal(run(['samples/01-infant-dimple-radiograph.order']).code, 0);
  });
  it('--max-warnings turns too many warnings into exit 1', () => {
    assert.equal(run(['--max-warnings', '0', 'samples/01-infant-dimple-radiograph.order']).code, 1);
    assert.equal(run(['--max-warnings', '1', 'samples/01-infant-dimple-radiograph.order']).code, 0);
  });
  it('usage and I/O errors are exit 2 with one line and no stack trace', () => {
    for (const args of [
      [],
      ['--format', 'xml', 'samples'],
      ['--max-warnings', 'x', 'samples'],
      ['no/such/file.order'],
      ['--bogus', 'samples'],
      ['--config', 'no-such.json', 'samples'],
      ['no-match-*.order'],
    ]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^imaging-order-lint: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'stack trace');
    }
  });
  it('stops quietly when the reader closes the pipe early (| head)', () => {
    // Megabytes of output, far more than a pipe buffers, so the writer really meets the closed pipe.
    const file = path.join(tmpdir(), 'many.order');
    fs.writeFileSync(file, Array(3000).fill(INFANT).join('---\n'));
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} --format json ${JSON.stringify(file)} | head -c 10`], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.stdout, '{"version"');
    assert.doesNotMatch(r.stderr, /EPIPE|\n\s+at /);
  });
  it('reads standard input with "-"', () => {
    const r = run(['--format', 'json', '-'], { input: INFANT });
    assert.equal(r.code, 0);
    const json = JSON.parse(r.stdout);
    assert.equal(json.files[0].path, '<stdin>');
    assert.equal(json.files[0].findings[0].ruleId, 'inappropriate-initial-study');
  });
  it('--format json has the documented shape', () => {
    const json = JSON.parse(run(['--format', 'json', 'samples/01-infant-dimple-radiograph.order']).stdout);
    assert.equal(json.version, 2);
    assert.deepEqual(Object.keys(json.summary).sort(), ['acknowledged', 'error', 'files', 'fixed', 'hint', 'information', 'notes', 'warning']);
    const f = json.files[0].findings[0];
    assert.deepEqual({ line: f.line, column: f.column, severity: f.severity }, { line: 7, column: 8, severity: 'warning' });
    assert.equal(json.files[0].notes[0].scenario.label, 'S1');
    assert.equal(json.files[0].notes[0].order.rating.provenance, 'reported');
    assert.ok(f.message.length <= 139, f.message);
    // The detail is an id into the output's details table, which holds each distinct text once.
    assert.match(f.detail, /^[0-9a-f]{16}$/);
    assert.match(json.details[f.detail], /\*\*Source:\*\*.*Back Pain-Child/);
    const ids = json.files[0].findings.map((x: { detail: string | null }) => x.detail).filter((d: string | null) => d !== null);
    assert.deepEqual(Object.keys(json.details), [...new Set(ids)].sort());
    assert.deepEqual(
      f.fixes.map((x: { kind: string; preferred: boolean; procedureId: string }) => [x.kind, x.preferred, x.procedureId]),
      [
        ['suggestion', true, 'us-area'],
        ['suggestion', false, 'mri-area-without'],
      ],
    );
    assert.deepEqual(json.files[0].applied, []);
  });
  it('stylish prints the one-line message; --verbose adds the detail under it', () => {
    const file = 'samples/01-infant-dimple-radiograph.order';
    const plain = run(['--no-color', file]).stdout;
    const verbose = run(['--no-color', '--verbose', file]).stdout;
    assert.doesNotMatch(plain, /\*\*Source:\*\*/);
    assert.match(verbose, /^ {11}\*\*Source:\*\* As the starting article reports ACR Back Pain-Child ratings/m);
    assert.match(verbose, /not yet confirmed on the ACR portal/);
  });
  it('--format sarif prints SARIF 2.1.0 with rules, helpUri, 1-based regions and fixes (preferred first)', () => {
    const r = run(['--format', 'sarif', 'samples/']);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    for (const rule of run0.tool.driver.rules) assert.match(rule.helpUri, /docs\/rules\/[a-z-]+\.md$/);
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'inappropriate-initial-study');
    assert.equal(res.level, 'warning');
    assert.equal(res.locations[0].physicalLocation.region.startLine, 7);
    assert.equal(res.locations[0].physicalLocation.region.startColumn, 8);
    assert.equal(res.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'US spine area of interest');
    assert.equal(res.fixes[0].description.text, 'Suggestion: Change order to US spine area of interest');
    assert.equal(res.fixes[0].properties.kind, 'suggestion');
    assert.match(res.properties.detail, /\*\*Alternatives:\*\*/);
    assert.match(res.message.markdown, /^Spine X-ray is rated Usually Not Appropriate.*\n\n/);
    const key = run0.results.find((x: { ruleId: string }) => x.ruleId === 'unknown-key');
    assert.equal(key.fixes[0].properties.kind, 'fix');
    assert.ok(run0.results.every((x: { level: string }) => ['error', 'warning', 'note'].includes(x.level)));
    assert.ok(run0.results.some((x: { level: string }) => x.level === 'note'));
  });
  it('--fix round trip: applies the safe fix only, keeps CRLF and BOM, writes only changed files', () => {
    const dir = tmpdir();
    const crlf = '\uFEFF' + INFANT.replace('Findings:', 'Findngs:').replace(/\n/g, '\r\n');
    fs.writeFileSync(path.join(dir, 'a.order'), crlf);
    const clean = 'Age: 2 months\nFindings: hair tuft\nOrder: US spine area of interest\n';
    fs.writeFileSync(path.join(dir, 'b.order'), clean);
    const before = fs.statSync(path.join(dir, 'b.order')).mtimeMs;
    const r = run(['--fix', '--format', 'json', dir]);
    assert.equal(r.code, 0);
    const fixed = fs.readFileSync(path.join(dir, 'a.order'), 'utf8');
    // The misspelt key is corrected; the radiograph stays ordered (changing it is a clinician's choice).
    assert.equal(fixed, crlf.replace('Findngs:', 'Findings:'));
    assert.equal(fs.statSync(path.join(dir, 'b.order')).mtimeMs, before);
    const json = JSON.parse(r.stdout);
    const a = json.files.find((x: { path: string }) => x.path.endsWith('a.order'));
    assert.deepEqual(a.applied, [{ line: 2, column: 1, ruleId: 'unknown-key', kind: 'fix', title: 'Replace with "Findings"' }]);
    assert.deepEqual(
      a.findings.map((x: { ruleId: string }) => x.ruleId),
      ['inappropriate-initial-study'],
    );
  });
  it('--fix-suggestions applies the recommended suggestion on purpose and says what it changed', () => {
    const dir = tmpdir();
    const crlf = '\uFEFF' + INFANT.replace(/\n/g, '\r\n');
    fs.writeFileSync(path.join(dir, 'a.order'), crlf);
    const r = run(['--fix-suggestions', '--no-color', dir]);
    assert.equal(r.code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'a.order'), 'utf8'), crlf.replace('Radiography spine area of interest', 'US spine area of interest'));
    assert.match(r.stdout, /5:8 +changed +Suggestion: Change order to US spine area of interest +inappropriate-initial-study/);
    assert.match(r.stdout, /1 fixed/);
    const again = JSON.parse(run(['--format', 'json', dir]).stdout);
    assert.equal(again.summary.warning + again.summary.error, 0);
    assert.equal(run(['--fix-suggestions', '-'], { input: INFANT }).code, 2);
  });
  it('--fix over a copy of samples/ changes no ordered study, contrast or referral (--fix-suggestions does)', () => {
    const orderLines = (dir: string) =>
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.order'))
        .sort()
        .flatMap((f) =>
          fs
            .readFileSync(path.join(dir, f), 'utf8')
            .split(/\r\n|\r|\n/)
            .map((l, i) => `${f}:${i}:${l}`),
        )
        .filter((l) => /^[^:]+:\d+:\uFEFF?\s*(order|procedure|study|requested|contrast|referral)\s*:/i.test(l));
    const copy = (name: string) => {
      const dir = path.join(tmpdir(), name);
      fs.cpSync(path.join(ROOT, 'samples'), dir, { recursive: true });
      return dir;
    };
    const original = orderLines(path.join(ROOT, 'samples'));
    assert.ok(original.length > 20, 'the samples hold orders to protect');
    const fixed = copy('fix');
    run(['--fix', fixed]);
    assert.deepEqual(orderLines(fixed), original);
    // The same check sees a change of study when one is made, so it can fail.
    const suggested = copy('suggest');
    run(['--fix-suggestions', suggested]);
    assert.notDeepEqual(orderLines(suggested), original);
  });
  it('--config applies a rule pack, and a malformed one fails naming the file and field', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'pack.json'), JSON.stringify({ rules: { 'inappropriate-initial-study': 'error' } }));
    assert.equal(run(['--config', path.join(dir, 'pack.json'), 'samples/01-infant-dimple-radiograph.order']).code, 1);
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ rules: { 'inappropriate-initial-study': 'loud' } }));
    const r = run(['--config', path.join(dir, 'bad.json'), 'samples']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.json: rules\.inappropriate-initial-study: /);
  });
  it('--report writes the Markdown report card', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'report.md');
    run(['--report', file, 'samples/']);
    const md = fs.readFileSync(file, 'utf8');
    assert.match(md, /Notes checked: \*\*\d+\*\*/);
    assert.match(md, /\| S1 \|/);
    assert.match(md, /radiology recommended \| 1 \|/);
  });
});
