import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { KnowledgeError, defaultKnowledgeDir, loadKnowledge, loadRulePack } from '../../server/src/knowledge/loader';
import { FINDING, PROCEDURE, SCENARIO } from '../../server/src/knowledge/ids';
import { parseAcknowledgement } from '../../server/src/engine/acknowledge';
import { RULE_IDS } from '../../server/src/rules';

function copyData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-kb-'));
  fs.cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, change: (json: any) => void): void {
  const p = path.join(dir, file);
  const json = JSON.parse(fs.readFileSync(p, 'utf8'));
  change(json);
  fs.writeFileSync(p, JSON.stringify(json));
}

describe('knowledge base', () => {
  it('loads and validates the shipped data', () => {
    const k = loadKnowledge();
    assert.equal(k.rating('s1-cutaneous-marker', 'us-area')?.rating, 'usually-appropriate');
    assert.equal(k.rating('s1-cutaneous-marker', 'us-area')?.provenance, 'reported');
    assert.equal(k.rating('back-pain-no-red-flags', 'us-area')?.provenance, 'acr-portal');
    assert.equal(k.rating('back-pain-red-flags', 'xr-area')?.rating, 'usually-appropriate');
    assert.equal(k.rating('spine-trauma-thoracolumbar', 'xr-area')?.provenance, 'acr-historical');
  });
  it('has no rating where the sources have none (never guessed)', () => {
    const k = loadKnowledge();
    assert.equal(k.rating('s1-cutaneous-marker', 'xr-complete'), undefined);
    assert.equal(k.rating('back-pain-red-flags', 'us-area'), undefined);
  });
  it('every portal-confirmed rating is from Variant 1 or the first four rows of Variant 2', () => {
    const k = loadKnowledge();
    const portal = k.scenarios.flatMap((s) => s.ratings.filter((r) => r.provenance === 'acr-portal').map(() => s.id));
    assert.deepEqual([...new Set(portal)].sort(), ['back-pain-no-red-flags', 'back-pain-red-flags']);
    assert.equal(k.scenario('back-pain-red-flags').ratings.filter((r) => r.provenance === 'acr-portal').length, 4);
  });
  const broken: [string, string, (j: any) => void, RegExp][] = [
    ['a bad rating category', 'scenarios.json', (j) => (j.scenarios[0].ratings[0].rating = 'sometimes'), /scenarios\.json: scenarios\[0\]\.ratings\[0\]\.rating: /],
    ['an unknown field', 'procedures.json', (j) => (j.procedures[0].colour = 'red'), /procedures\.json: procedures\[0\]/],
    ['a bad CPT code', 'procedures.json', (j) => (j.procedures[0].cpt[0].code = '7680'), /procedures\[0\]\.cpt\[0\]\.code: must be a 5-digit CPT code/],
    ['a rating of an unknown procedure', 'scenarios.json', (j) => (j.scenarios[0].ratings[0].procedure = 'pet-spine'), /ratings\[0\]\.procedure: unknown procedure "pet-spine"/],
    ['provenance that contradicts its source', 'scenarios.json', (j) => (j.scenarios[0].ratings[0].provenance = 'acr-portal'), /ratings\[0\]\.provenance: "acr-portal" but source/],
    ['a missing rationale file', 'findings.json', (j) => (j.findings[0].rationale = 'nope.md'), /rationale: file .*nope\.md is missing/],
  ];
  for (const [what, file, change, message] of broken) {
    it(`fails loudly on ${what}, naming the file and field`, () => {
      const dir = copyData();
      edit(dir, file, change);
      assert.throws(
        () => loadKnowledge(dir),
        (e: Error) => e instanceof KnowledgeError && message.test(e.message),
      );
    });
  }
  it('fails on a data file that is not JSON', () => {
    const dir = copyData();
    fs.writeFileSync(path.join(dir, 'sources.json'), '{ nope');
    assert.throws(() => loadKnowledge(dir), /sources\.json: not valid JSON/);
  });
  it('rule packs are data only: unknown keys are rejected', () => {
    const dir = copyData();
    const p = path.join(dir, 'pack.json');
    fs.writeFileSync(p, JSON.stringify({ rules: {}, check: 'function () {}' }));
    assert.throws(() => loadRulePack(p), /pack\.json: \(root\): Unrecognized key/);
  });
});

describe('knowledge ids named in code', () => {
  it('every scenario constant is a scenario in the data, and every scenario in the data has a constant', () => {
    const k = loadKnowledge();
    const data = k.scenarios.map((s) => s.id).sort();
    assert.deepEqual(Object.values(SCENARIO).sort(), data);
  });
  it('every procedure constant is a procedure in the data', () => {
    const k = loadKnowledge();
    for (const id of Object.values(PROCEDURE)) assert.ok(k.procedure(id), `procedures.json has no "${id}"`);
  });
  it('every finding constant is a finding in the data', () => {
    const k = loadKnowledge();
    for (const id of Object.values(FINDING)) assert.ok(k.finding(id), `findings.json has no "${id}"`);
  });
  it('an unknown scenario id throws instead of reading as "no criteria"', () => {
    const k = loadKnowledge();
    assert.equal(k.scenario(SCENARIO.S1).label, 'S1');
    assert.throws(() => k.scenario('s1-cutaneous-markers'), /unknown scenario id "s1-cutaneous-markers"/);
  });
});

describe('acknowledgements', () => {
  it('the known rule ids are an argument: the same comment is valid or not depending on the ids passed', () => {
    const comment = 'acknowledge missing-order: other';
    assert.deepEqual(parseAcknowledgement(comment, RULE_IDS), { ruleId: 'missing-order', reason: 'other', valid: true });
    assert.equal(parseAcknowledgement(comment, new Set(['unknown-key']))?.valid, false);
    assert.match(parseAcknowledgement('acknowledge missing-order: because', RULE_IDS)?.problem ?? '', /not a reason code/);
  });
});
