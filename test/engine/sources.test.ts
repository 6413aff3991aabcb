import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { KnowledgeError, defaultKnowledgeDir, loadKnowledge } from '../../server/src/knowledge/loader';
import { parseRationale } from '../../server/src/knowledge/rationale';

/** Item 10 of issue 8: every clinical claim in the knowledge files names its source. */

function copyData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iol-src-'));
  fs.cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  return dir;
}

function editJson(dir: string, file: string, change: (json: any) => void): void {
  const p = path.join(dir, file);
  const json = JSON.parse(fs.readFileSync(p, 'utf8'));
  change(json);
  fs.writeFileSync(p, JSON.stringify(json));
}

const findingIndex = (dir: string, id: string) => JSON.parse(fs.readFileSync(path.join(dir, 'findings.json'), 'utf8')).findings.findIndex((f: any) => f.id === id);

describe('sources of clinical claims', () => {
  const k = loadKnowledge();
  const known = new Set(k.sources.map((s) => s.id));

  it('every rationale file on disk (referenced or not) has a source on every sentence, and every source exists', () => {
    const dir = path.join(defaultKnowledgeDir(), 'rationale');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));
    assert.ok(files.length >= 20);
    for (const f of files) {
      const parsed = parseRationale(fs.readFileSync(path.join(dir, f), 'utf8'), (id) => known.has(id));
      assert.deepEqual(parsed.problems, [], f);
      assert.ok(parsed.sentences.length > 0, f);
    }
  });

  it('every skin finding has a risk grade, and every low or high grade names an existing source', () => {
    for (const f of k.findings.filter((x) => x.category === 'cutaneous-marker' || x.category === 'dimple')) {
      assert.ok(f.risk, `${f.id} has no risk grade`);
      if (f.risk === 'ungraded') assert.equal(f.riskSource, undefined, f.id);
      else assert.ok(f.riskSource && known.has(f.riskSource), `${f.id} is ${f.risk} without a known source`);
    }
  });

  it('grades only what the starting article grades: lipoma and large hemangioma high, the (simple) dimple low', () => {
    const graded = Object.fromEntries(k.findings.filter((f) => f.risk && f.risk !== 'ungraded').map((f) => [f.id, `${f.risk}:${f.riskSource}`]));
    assert.deepEqual(graded, {
      lipoma: 'high:starting-article-skin-marker',
      'large-hemangioma': 'high:starting-article-skin-marker',
      'sacral-dimple': 'low:starting-article-skin-marker',
    });
    for (const id of ['hair-tuft', 'hemangioma', 'discoloration', 'dermal-sinus', 'skin-appendage', 'deviated-cleft']) assert.equal(k.finding(id)?.risk, 'ungraded', id);
  });

  it('the claims the issue names as unsourced are gone', () => {
    const all = k.findings.map((f) => k.rationale(f.rationale)).join(' ');
    assert.doesNotMatch(all, /often sits over a split cord/i);
    assert.doesNotMatch(all, /strongly associated/i);
    assert.doesNotMatch(all, /lower-risk marker|weaker signal/i);
  });

  it('hover text carries no source markers; the sentences keep them', () => {
    assert.doesNotMatch(k.rationale('marker-lipoma.md'), /\[/);
    assert.deepEqual(k.rationaleSentences('marker-lipoma.md')[0].sources, ['starting-article-skin-marker']);
  });

  it('every secondary source says what it is; only a policy source may lack a url', () => {
    for (const s of k.sources) {
      if (s.provenance === 'secondary') assert.ok(s.url && s.note, s.id);
      if (s.provenance !== 'policy') assert.ok(s.url, s.id);
    }
  });

  describe('the loader refuses', () => {
    const cases: [string, (dir: string) => void, RegExp][] = [
      [
        'a rationale sentence without a source',
        (d) => fs.appendFileSync(path.join(d, 'rationale', 'marker-lipoma.md'), ' It is often huge.\n'),
        /marker-lipoma\.md: sentence without a source: "It is often huge\."/,
      ],
      [
        'two sentences under one marker',
        (d) => fs.writeFileSync(path.join(d, 'rationale', 'marker-lipoma.md'), 'A lump is high risk. It is common. [starting-article-skin-marker]\n'),
        /sentence without a source: "A lump is high risk\."/,
      ],
      [
        'a rationale citing an unknown source',
        (d) => fs.writeFileSync(path.join(d, 'rationale', 'marker-lipoma.md'), 'A lump is high risk. [my-aunt]\n'),
        /unknown source "my-aunt"/,
      ],
      [
        'a high risk class without a source',
        (d) => editJson(d, 'findings.json', (j) => delete j.findings[findingIndex(d, 'lipoma')].riskSource),
        /riskSource: a "high" risk grade needs the id of its source/,
      ],
      [
        'a risk class citing an unknown source',
        (d) => editJson(d, 'findings.json', (j) => (j.findings[findingIndex(d, 'lipoma')].riskSource = 'hearsay')),
        /riskSource: unknown source "hearsay"/,
      ],
      [
        'a skin marker with no grade at all',
        (d) => editJson(d, 'findings.json', (j) => delete j.findings[findingIndex(d, 'hair-tuft')].risk),
        /risk: a skin finding needs a risk grade/,
      ],
      [
        'a secondary source without a url',
        (d) => editJson(d, 'sources.json', (j) => delete j.sources.find((s: any) => s.provenance === 'secondary').url),
        /url: a source other than policy needs a url/,
      ],
    ];
    for (const [what, change, message] of cases) {
      it(what, () => {
        const dir = copyData();
        change(dir);
        assert.throws(
          () => loadKnowledge(dir),
          (e: Error) => e instanceof KnowledgeError && message.test(e.message),
          'expected a KnowledgeError',
        );
      });
    }
  });
});
