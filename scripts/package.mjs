// `npm run package` (after the build): packs imaging-order-lint.vsix from a staging copy of what .vscodeignore ships,
// with the knowledge JSON written compact and without its documentation: every key starting with "$" ("$comment",
// "$commentTermAside", "$near" …) is prose for the people who edit the data. No reader looks at one (the schemas
// declare them as strings and knowledgeWords skips them), so the shipped copy drops each one its file's schema lets go
// (a schema that asks for a comment keeps it). The repository's copies keep every comment. Then checks the result:
// each stripped file parses, with its schema, to the very data of the repository's copy once the "$" keys are left
// out of both, and the .vsix is at most 1 MB (MAX_VSIX_BYTES), the limit the marketplace listing was measured against.
//
//   node scripts/package.mjs [--stage DIR]    --stage keeps the staging copy in DIR (empty or new) for a look.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VSIX = path.join(ROOT, 'imaging-order-lint.vsix');
export const MAX_VSIX_BYTES = 1024 * 1024;
const VSCE = path.join(ROOT, 'node_modules', '.bin', 'vsce');
const VSCE_FLAGS = ['--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links'];

const require = createRequire(import.meta.url);
const out = (p) => require(path.join(ROOT, 'out', 'server', 'src', p));

/** The schema each shipped knowledge file is read with (out/, so run after the build). A file not named here ships compact, comments and all. */
function schemas() {
  const k = out('knowledge/schema.js');
  return {
    'sources.json': k.SourcesFile,
    'procedures.json': k.ProceduresFile,
    'findings.json': k.FindingsFile,
    'scenarios.json': k.ScenariosFile,
    'icd10.json': k.IcdFile,
    'order-vocabulary.json': k.orderVocabularySchema(),
    'reading-vocabulary.json': out('clinical/vocabulary.js').readingVocabularySchema(),
    'age-vocabulary.json': out('clinical/age-fact.js').AgeVocabularySchema,
    'language-vocabulary.json': out('clinical/language.js').LanguageVocabularySchema,
    'context-lexicon.json': out('clinical/lexicon.js').contextLexiconSchema(),
    'table-vocabulary.json': out('clinical/table.js').TableVocabularySchema,
    'ocr-vocabulary.json': out('clinical/ocr.js').OcrVocabularySchema,
  };
}

const isDoc = (key) => key.startsWith('$');

/** `value` without its "$" keys, at any depth; `keep` holds the paths (joined by \0) of those to keep. */
function withoutDocs(value, keep = new Set(), at = []) {
  if (Array.isArray(value)) return value.map((v, i) => withoutDocs(v, keep, [...at, i]));
  if (!value || typeof value !== 'object') return value;
  const res = {};
  for (const [k, v] of Object.entries(value)) {
    if (isDoc(k) && !keep.has([...at, k].join('\0'))) continue;
    res[k] = withoutDocs(v, keep, [...at, k]);
  }
  return res;
}

/** The knowledge file's text as shipped, and how many "$" keys it kept because its schema asks for them. */
function shippedKnowledge(name, text, schema) {
  const data = JSON.parse(text.replace(/^\uFEFF/, ''));
  if (!schema) return { text: JSON.stringify(data), kept: 0 };
  const keep = new Set();
  let stripped = withoutDocs(data, keep);
  // A "$" key the schema requires comes back, path by path, until the file parses (at most a few rounds: every issue is reported at once).
  for (let round = 0; ; round++) {
    const r = schema.safeParse(stripped, { jitless: true });
    if (r.success) break;
    const missing = r.error.issues.filter((i) => i.code === 'invalid_type' && typeof i.path.at(-1) === 'string' && isDoc(i.path.at(-1)));
    if (round > 20 || missing.length !== r.error.issues.length) {
      throw new Error(
        `${name}: the stripped copy does not parse: ${r.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ')}`,
      );
    }
    for (const i of missing) keep.add(i.path.join('\0'));
    stripped = withoutDocs(data, keep);
  }
  const before = withoutDocs(schema.parse(data, { jitless: true }));
  const after = withoutDocs(schema.parse(stripped, { jitless: true }));
  if (!isDeepStrictEqual(before, after)) throw new Error(`${name}: the stripped copy reads differently from the repository's`);
  return { text: JSON.stringify(stripped), kept: keep.size };
}

function main() {
  const stageAt = process.argv.indexOf('--stage');
  const stage = stageAt > 0 ? path.resolve(process.argv[stageAt + 1]) : fs.mkdtempSync(path.join(os.tmpdir(), 'iol-vsix-'));
  fs.mkdirSync(stage, { recursive: true });
  if (fs.readdirSync(stage).length) throw new Error(`${stage} is not empty`);
  try {
    // What ships is what vsce lists under the repository's .vscodeignore; the staging copy carries that list and the ignore file.
    const files = execFileSync(VSCE, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const known = schemas();
    let raw = 0;
    let shipped = 0;
    for (const file of [...files, '.vscodeignore']) {
      const from = path.join(ROOT, file);
      const to = path.join(stage, file);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      const name = path.basename(file);
      if (/^server\/knowledge\/[^/]+\.json$/.test(file)) {
        const text = fs.readFileSync(from, 'utf8');
        const res = shippedKnowledge(name, text, known[name]);
        fs.writeFileSync(to, res.text);
        raw += Buffer.byteLength(text);
        shipped += Buffer.byteLength(res.text);
        if (res.kept) console.log(`package: ${file} keeps ${res.kept} comment(s) its schema asks for`);
      } else fs.copyFileSync(from, to);
    }
    console.log(`package: knowledge JSON ${(raw / 1024).toFixed(0)} KB as written, ${(shipped / 1024).toFixed(0)} KB as shipped`);
    execFileSync(VSCE, ['package', ...VSCE_FLAGS, '-o', VSIX], { cwd: stage, stdio: 'inherit' });
  } finally {
    if (stageAt < 0) fs.rmSync(stage, { recursive: true, force: true });
  }
  const size = fs.statSync(VSIX).size;
  if (size > MAX_VSIX_BYTES) {
    console.error(`package: ${path.basename(VSIX)} is ${size} bytes, over the ${MAX_VSIX_BYTES}-byte (1 MB) limit`);
    process.exit(1);
  }
  console.log(`package: ${path.basename(VSIX)} ${size} bytes (limit ${MAX_VSIX_BYTES})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
