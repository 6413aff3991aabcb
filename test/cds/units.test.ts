/** The CDS service's small parts on their own: bounded memory, summaries, ages, the ICD-10 mapping, pruning, the feedback report, start-up refusals. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ServiceRequest } from 'fhir/r4';
import { BoundedMap } from '../../server/src/cds/bounded-map';
import { shortSummary, indicatorFor } from '../../server/src/cds/cards';
import { ageFor, orderDate } from '../../server/src/cds/fhir-orders';
import { loadIcd10Findings } from '../../server/src/cds/icd10-findings';
import { pruneEmpty } from '../../server/src/cds/prune-empty';
import { parseOptions } from '../../server/src/cds/config';
import { defaultKnowledge } from '../../server/src/engine';
import { ROOT, runBin } from './harness';

const TODAY = { y: 2026, m: 11, d: 26 };
const sr = (o: Partial<ServiceRequest> = {}): ServiceRequest => ({ resourceType: 'ServiceRequest', status: 'draft', intent: 'order', subject: { reference: 'Patient/p' }, ...o });

describe('CDS service parts', function () {
  describe('BoundedMap', function () {
    it('expires entries at their deadline and evicts the oldest when full', function () {
      let now = 1000;
      const m = new BoundedMap<string>(2, () => now);
      m.set('a', 'A', 2000);
      m.set('b', 'B', 5000);
      assert.equal(m.get('a'), 'A');
      now = 2000;
      assert.equal(m.get('a'), undefined);
      m.set('c', 'C', 5000);
      m.set('d', 'D', 5000);
      assert.equal(m.size, 2);
      assert.equal(m.get('b'), undefined, 'the oldest went first');
    });
    it('hasRoom says no when full of live entries, and yes once they expire', function () {
      let now = 0;
      const m = new BoundedMap<true>(2, () => now);
      m.set('a', true, 100);
      m.set('b', true, 100);
      assert.equal(m.hasRoom(), false);
      now = 5000;
      assert.equal(m.hasRoom(), true);
    });
  });

  describe('summaries and indicators', function () {
    it('keeps short messages, drops a trailing citation, cuts long ones at a word with an ellipsis', function () {
      assert.equal(shortSummary('Short one.'), 'Short one.');
      const long = `${'word '.repeat(40)}end. [ACR Back Pain-Child, scenario S1]`;
      const s = shortSummary(long);
      assert.ok(s.length < 140);
      assert.match(s, /word…$/);
      assert.equal(shortSummary(`${'a'.repeat(120)} [${'c'.repeat(40)}]`), 'a'.repeat(120));
    });
    it('error and warning → warning; information and hint → info; never critical', function () {
      assert.deepEqual((['error', 'warning', 'information', 'hint'] as const).map(indicatorFor), ['warning', 'warning', 'info', 'info']);
    });
  });

  describe('age and order date', function () {
    it('authoredOn, else occurrence[x], else today', function () {
      assert.deepEqual(orderDate(sr({ authoredOn: '2026-10-01T08:00:00Z', occurrenceDateTime: '2026-12-01' }), TODAY), { y: 2026, m: 10, d: 1 });
      assert.deepEqual(orderDate(sr({ occurrencePeriod: { start: '2026-09-02' } }), TODAY), { y: 2026, m: 9, d: 2 });
      assert.deepEqual(orderDate(sr({ occurrenceTiming: { event: ['2026-09-03T10:00:00Z'] } }), TODAY), { y: 2026, m: 9, d: 3 });
      assert.deepEqual(orderDate(sr(), TODAY), TODAY);
    });
    it('names what is missing: null record, no birth date, partial, unreadable, after the order', function () {
      const missing = (b: unknown, state: 'present' | 'null' | 'error' = 'present') => {
        const a = ageFor(b, state, sr({ authoredOn: '2026-11-20' }), TODAY);
        return 'missing' in a ? a.missing : `${a.months.toFixed(1)} months`;
      };
      assert.match(missing(undefined, 'null'), /patient's record/);
      assert.match(missing(undefined, 'error'), /error/);
      assert.match(missing(undefined), /birth date/);
      assert.match(missing(null), /birth date/);
      assert.match(missing('2026'), /full birth date/);
      assert.match(missing('2026-08'), /full birth date/);
      assert.match(missing('20-08-2026'), /readable/);
      assert.match(missing('2027-01-01'), /on or before/);
      assert.equal(missing('2026-08-20'), '3.0 months');
    });
  });

  describe('ICD-10-CM mapping (server/knowledge/cds-icd10-findings.json)', function () {
    it('loads, names a source for every mapping, and agrees with the note reader where both map a code', function () {
      const k = defaultKnowledge();
      const map = loadIcd10Findings(k);
      assert.ok(map.size > 0);
      for (const c of k.icd10) if (c.finding && map.has(c.code)) assert.equal(map.get(c.code)!.findingId, c.finding, c.code);
    });
    it('rejects a mapping to an unknown finding, naming the file and field', function () {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-icd-'));
      const data = JSON.parse(fs.readFileSync(path.join(ROOT, 'server', 'knowledge', 'cds-icd10-findings.json'), 'utf8'));
      data.mappings[0].finding = 'no-such-finding';
      fs.writeFileSync(path.join(dir, 'cds-icd10-findings.json'), JSON.stringify(data));
      assert.throws(() => loadIcd10Findings(defaultKnowledge(), dir), /cds-icd10-findings\.json: mappings\[0\]\.finding: unknown finding/);
    });
  });

  it('pruneEmpty drops null, "", [] and {} at any depth and keeps the rest', function () {
    assert.deepEqual(pruneEmpty({ a: null, b: '', c: [], d: {}, e: [{ f: '' }, 1], g: { h: { i: null } }, j: 0, k: false }), { e: [1], j: 0, k: false });
  });

  describe('start-up', function () {
    it('refuses --dev on a non-loopback host, and a config without issuers or publicUrl', async function () {
      assert.throws(() => parseOptions(['--dev', '--host', '0.0.0.0']), /loopback/);
      assert.throws(() => parseOptions([]), /no issuers/);
      const r = await runBin(['--dev', '--host', '0.0.0.0']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--dev .* loopback/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    });
    it('refuses an invalid config file with the file and field named, and an unknown option', async function () {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-cfg-'));
      fs.writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ profile: 'sandbox' }));
      const r = await runBin(['--config', path.join(dir, 'c.json')]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /c\.json: profile:/);
      assert.equal((await runBin(['--bogus'])).code, 2);
    });
    it('refuses a JWKS file holding a private key', async function () {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-cfg-'));
      const { generateKeyPair, exportJWK } = await import('jose');
      const k = await generateKeyPair('ES384', { extractable: true });
      fs.writeFileSync(path.join(dir, 'k.json'), JSON.stringify({ keys: [{ ...(await exportJWK(k.privateKey)), kid: 'x' }] }));
      fs.writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ publicUrl: 'https://x.example', issuers: [{ iss: 'a', jwksFile: 'k.json' }] }));
      const r = await runBin(['--config', path.join(dir, 'c.json'), '--port', '0']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /private key/);
    });
  });

  describe('CLI --report --feedback', function () {
    it('adds accept and override rates per rule, counting each card once with its latest outcome', function () {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-fb-'));
      const log = path.join(dir, 'feedback.jsonl');
      const rows = [
        { card: 'c1', rule: 'inappropriate-initial-study', outcome: 'overridden', reason: 'clinician-judgement', time: '2026-12-01T10:00:00Z' },
        { card: 'c1', rule: 'inappropriate-initial-study', outcome: 'accepted', time: '2026-12-01T10:05:00Z' },
        { card: 'c2', rule: 'inappropriate-initial-study', outcome: 'overridden', reason: 'patient-factors', time: '2026-12-01T10:00:00Z' },
        { card: 'c3', rule: 'ultrasound-window-closed', outcome: 'accepted', time: '2026-12-01T10:00:00Z' },
      ];
      fs.writeFileSync(log, rows.map((r) => JSON.stringify(r)).join('\n') + '\nnot json\n');
      const report = path.join(dir, 'report.md');
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'imaging-order-lint.js'), '--report', report, '--feedback', log, 'samples/01-infant-dimple-radiograph.order'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const md = fs.readFileSync(report, 'utf8');
      assert.match(md, /## Clinician feedback \(CDS Hooks\)/);
      assert.match(md, /From 3 cards with feedback; 1 unreadable line skipped/);
      assert.match(md, /\| `inappropriate-initial-study` \| 2 \| 1 \(50\.0%\) \| 1 \(50\.0%\) \| patient-factors \(1\) \|/);
      assert.match(md, /\| `ultrasound-window-closed` \| 1 \| 1 \(100\.0%\) \| 0 \(0\.0%\) \| – \|/);
      const bad = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'imaging-order-lint.js'), '--feedback', log, 'samples/'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--report/);
    });
  });
});
