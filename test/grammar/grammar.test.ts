/**
 * Editor-side language assets: TextMate grammar, language configuration, snippets and the
 * package.json `contributes` entries that wire them up.
 *
 * The scope-by-scope assertions live in test/grammar/*.test.order (run with `npm run test:grammar`);
 * this file checks the things those fixtures cannot: that every key and alias of the spec §2 table is
 * recognised in every casing/spacing, that no grammar regex can backtrack catastrophically, and that
 * the manifest points at files that exist and agree with each other.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SCOPE = 'source.imaging-order';
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'imaging-order.tmLanguage.json');
const KEY_SCOPE = 'support.type.property-name.imaging-order';
const UNKNOWN_KEY_SCOPE = 'invalid.illegal.unknown-key.imaging-order';

/** Spec §2 (order-notes.md): canonical key (as used in `meta.entry.<id>`) -> canonical name + aliases. */
const SPEC_KEYS: Record<string, string[]> = {
  patient: ['Patient', 'Pt'],
  age: ['Age'],
  dob: ['DOB', 'Date of birth'],
  date: ['Date', 'Order date'],
  sex: ['Sex'],
  presentation: ['Presentation', 'Complaint', 'History', 'HPI'],
  findings: ['Findings', 'Exam', 'Skin'],
  dimple: ['Dimple'],
  neuro: ['Neuro', 'Neuro exam', 'Neurologic'],
  symptoms: ['Symptoms', 'New symptoms'],
  'red-flags': ['Red flags'],
  'prior-imaging': ['Prior imaging', 'Prior'],
  order: ['Order', 'Procedure', 'Study', 'Requested'],
  contrast: ['Contrast'],
  indication: ['Indication', 'Reason', 'Dx'],
  referral: ['Referral'],
  sedation: ['Sedation'],
  priority: ['Priority'],
};

interface Token {
  text: string;
  start: number;
  scopes: string[];
}

type RawRule = {
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  include?: string;
  patterns?: RawRule[];
  repository?: Record<string, RawRule>;
  [k: string]: unknown;
};

function readJson<T = any>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

let grammar: vsctm.IGrammar;

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => (scopeName === SCOPE ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null),
  });
  const g = await registry.loadGrammar(SCOPE);
  assert.ok(g, `grammar ${SCOPE} did not load`);
  return g;
}

/** Tokenizes a whole document; returns the tokens of every line. */
function tokenize(text: string): Token[][] {
  let state = vsctm.INITIAL;
  return text.split(/\r\n|\r|\n/).map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes }));
  });
}

function tokenAt(tokens: Token[], column: number): Token {
  const t = tokens.find((tk) => tk.start <= column && column < tk.start + tk.text.length);
  assert.ok(t, `no token at column ${column}`);
  return t;
}

/** Every regex string in the grammar, with a label saying where it is. */
function grammarRegexes(raw: RawRule): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const visit = (rule: RawRule, where: string): void => {
    for (const k of ['match', 'begin', 'end', 'while'] as const) {
      const v = rule[k];
      if (typeof v === 'string') out.push([`${where}.${k}`, v]);
    }
    rule.patterns?.forEach((p, i) => visit(p, `${where}.patterns[${i}]`));
    for (const [name, r] of Object.entries(rule.repository ?? {})) visit(r, `#${name}`);
  };
  visit(raw, '$self');
  return out;
}

/**
 * Finds a quantified group that itself contains an unbounded quantifier, e.g. `(a+)*` or `(?:\s*x)+`
 * — the classic shape of catastrophic backtracking. `?` and `{n}`/`{n,m}` on the outer group are fine.
 */
function nestedUnboundedQuantifier(re: string): string | undefined {
  const stack: Array<{ start: number; unbounded: boolean }> = [];
  let inClass = false;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (re[i + 1] === '^') i++;
      if (re[i + 1] === ']') i++;
      continue;
    }
    if (c === '(') {
      stack.push({ start: i, unbounded: false });
      continue;
    }
    const unboundedQuant = c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(re.slice(i)));
    if (c === ')') {
      const g = stack.pop();
      if (!g) continue;
      const next = re[i + 1];
      const quantified = next === '*' || next === '+' || (next === '{' && /^\{\d*,\}/.test(re.slice(i + 1)));
      if (quantified && g.unbounded) return re.slice(g.start, i + 2);
      if (g.unbounded && stack.length) stack[stack.length - 1].unbounded = true;
      if (quantified && stack.length) stack[stack.length - 1].unbounded = true;
      continue;
    }
    if (unboundedQuant && stack.length) stack[stack.length - 1].unbounded = true;
  }
  return undefined;
}

/** Expands a snippet body the way VS Code would with every default accepted. */
function expandSnippet(body: string[]): string {
  let s = body.join('\n');
  s = s
    .replace(/\$\{CURRENT_YEAR\}/g, '2026')
    .replace(/\$\{CURRENT_MONTH\}/g, '11')
    .replace(/\$\{CURRENT_DATE\}/g, '20');
  s = s.replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1'); // choice -> first option
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(/\$\{\d+:([^{}]*)\}/g, '$1'); // placeholder -> default text
  }
  return s.replace(/\$\{\d+\}|\$\d+/g, '');
}

before(async () => {
  grammar = await loadGrammar();
});

describe('grammar: keys (spec §2)', () => {
  const raw = readJson<RawRule>(GRAMMAR_PATH);

  it('has scopeName source.imaging-order', () => {
    assert.equal(raw['scopeName'], SCOPE);
  });

  it('has exactly one entry rule per spec key, all reachable from the top level', () => {
    const entries = Object.keys(raw.repository ?? {})
      .filter((k) => k.startsWith('entry-') && k !== 'entry-unknown')
      .map((k) => k.slice('entry-'.length));
    assert.deepEqual([...entries].sort(), Object.keys(SPEC_KEYS).sort());
    const included = (raw.patterns ?? []).map((p) => p.include);
    for (const id of [...entries, 'unknown']) assert.ok(included.includes(`#entry-${id}`), `#entry-${id} not included`);
    // The catch-all unknown-key rule must come after every known key.
    const unknownAt = included.indexOf('#entry-unknown');
    for (const id of entries) assert.ok(included.indexOf(`#entry-${id}`) < unknownAt, `#entry-${id} after #entry-unknown`);
  });

  for (const [id, names] of Object.entries(SPEC_KEYS)) {
    for (const name of names) {
      const variants = [
        name,
        name.toLowerCase(),
        name.toUpperCase(),
        `${name.split(' ').join('   ')}  `, // extra spaces between words and before the colon
        name.split(' ').join('\t'),
      ];
      for (const variant of variants) {
        it(`"${variant}:" is the ${id} key`, () => {
          const [line] = tokenize(`${variant}: value`);
          const key = tokenAt(line, 0);
          assert.equal(key.text, variant.trimEnd());
          assert.ok(key.scopes.includes(KEY_SCOPE), key.scopes.join(' '));
          assert.ok(key.scopes.includes(`meta.entry.${id}.imaging-order`), key.scopes.join(' '));
          const colon = tokenAt(line, variant.length);
          assert.equal(colon.text, ':');
          assert.ok(colon.scopes.includes('punctuation.separator.key-value.imaging-order'));
          const value = tokenAt(line, variant.length + 2);
          assert.ok(value.scopes.includes('meta.value.imaging-order'), value.scopes.join(' '));
        });
      }
    }
  }

  for (const unknown of ['Pateint', 'Ordr', 'Patients', 'Red flag', 'Redflags', 'Prior imagings', 'Order notes', 'Age group', 'X']) {
    it(`"${unknown}:" is an unknown key`, () => {
      const [line] = tokenize(`${unknown}: value`);
      const key = tokenAt(line, 0);
      assert.equal(key.text, unknown);
      assert.ok(key.scopes.includes(UNKNOWN_KEY_SCOPE), key.scopes.join(' '));
      assert.ok(!key.scopes.includes(KEY_SCOPE));
    });
  }

  it('a key is only a key at the start of a line (indented lines continue the value)', () => {
    const lines = tokenize('Findings: tuft of hair\n  Order: not a key');
    for (const t of lines[1]) {
      assert.ok(!t.scopes.includes(KEY_SCOPE), `${t.text}: ${t.scopes.join(' ')}`);
      assert.ok(t.scopes.includes('meta.entry.findings.imaging-order'), `${t.text}: ${t.scopes.join(' ')}`);
    }
  });

  it('"#1 …", a numbered problem, is a line of the note; "# …", "#note" and "# 1 …" stay comments (as the parser reads them)', () => {
    const COMMENT = 'comment.line.number-sign.imaging-order';
    const lines = tokenize('Pt: 7 yo M\n#1 MRI complete spine ordered\n#12 Neurosurgery consult\n# acknowledge missing-age: other\n#note to self\n# 1 Mechanical LBP');
    for (const i of [1, 2]) for (const t of lines[i]) assert.ok(!t.scopes.includes(COMMENT), `line ${i} ${t.text}: ${t.scopes.join(' ')}`);
    for (const i of [3, 4, 5])
      assert.ok(
        lines[i].every((t) => t.scopes.includes(COMMENT)),
        `line ${i}: ${lines[i].map((t) => t.scopes.join(' ')).join(' | ')}`,
      );
  });

  it('every note of the samples/ folder has only known keys', () => {
    const dir = path.join(ROOT, 'samples');
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.order')) : [];
    const sample = files.find((f) => f.startsWith('01-'));
    if (!sample) return; // samples are written elsewhere; the §6 example is 01-*.order
    const tokens = tokenize(fs.readFileSync(path.join(dir, sample), 'utf8')).flat();
    assert.ok(tokens.some((t) => t.scopes.includes(KEY_SCOPE)));
    assert.ok(!tokens.some((t) => t.scopes.includes(UNKNOWN_KEY_SCOPE)), sample);
  });
});

describe('grammar: regexes', () => {
  const regexes = grammarRegexes(readJson<RawRule>(GRAMMAR_PATH));

  it('every regex compiles with Oniguruma', () => {
    assert.ok(regexes.length > 20);
    for (const [where, re] of regexes) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([re]).dispose(), `${where}: ${re}`);
    }
  });

  it('the nested-quantifier detector works', () => {
    assert.ok(nestedUnboundedQuantifier('(a+)*'));
    assert.ok(nestedUnboundedQuantifier('(?:\\s*x)+'));
    assert.ok(nestedUnboundedQuantifier('((?:a|b+)c){2,}'));
    assert.equal(nestedUnboundedQuantifier('(a+)?'), undefined);
    assert.equal(nestedUnboundedQuantifier('[(+)]*'), undefined);
    assert.equal(nestedUnboundedQuantifier('\\(a+\\)*'), undefined);
  });

  it('no regex has a quantified group containing an unbounded quantifier', () => {
    for (const [where, re] of regexes) {
      assert.equal(nestedUnboundedQuantifier(re), undefined, `${where}: ${re}`);
    }
  });

  // Speed is guaranteed structurally by the nested-quantifier check above (the grammar has no regex
  // that can backtrack catastrophically); this test proves the long lines tokenize completely, and a
  // regression to a backtracking regex would hang past mocha's timeout. Timing lives in bench/.
  it('tokenizes long pathological lines completely', () => {
    const n = 20000;
    const lines = [
      'a '.repeat(n), // no colon
      `${'x'.repeat(n)} :`,
      `${'x '.repeat(n)}`,
      `${' '.repeat(n)}x`,
      `Order: ${'US spine '.repeat(n / 10)}`,
      `Order: ${'w/'.repeat(n)}`,
      `Age: ${'1'.repeat(n)} months`,
      `Age: ${'1 '.repeat(n)}`,
      `Findings: ${'no, '.repeat(n / 4)}`,
      `Prior imaging: ${'L1-'.repeat(n / 3)}`,
      `Indication: ${'Q82.'.repeat(n / 4)}`,
      `${'Red '.repeat(n / 4)}flags: x`,
      `Order: MRI ${'spine area of interest without '.repeat(n / 30)}`,
    ];
    for (const line of lines) {
      const tokens = tokenize(line)[0];
      const covered = tokens.reduce((n, t) => n + t.text.length, 0);
      assert.equal(covered, line.length, `tokens cover ${covered} of ${line.length} characters of ${JSON.stringify(line.slice(0, 40))}...`);
    }
  });
});

describe('package.json contributes (languages, grammars, snippets)', () => {
  const pkg = readJson(path.join(ROOT, 'package.json'));
  const contributes = pkg.contributes ?? {};

  it('declares the imaging-order language', () => {
    const lang = (contributes.languages ?? []).find((l: any) => l.id === 'imaging-order');
    assert.ok(lang, 'no imaging-order language');
    assert.deepEqual(lang.aliases, ['Imaging Order', 'imaging-order']);
    assert.deepEqual([...lang.extensions].sort(), ['.imaging-order', '.order']);
    assert.ok(fs.existsSync(path.join(ROOT, lang.configuration)), lang.configuration);
  });

  it('every contributed path exists and names a declared language', () => {
    const ids = new Set((contributes.languages ?? []).map((l: any) => l.id));
    const entries = [...(contributes.grammars ?? []), ...(contributes.snippets ?? [])];
    assert.ok(entries.length >= 2);
    for (const e of entries) {
      assert.ok(fs.existsSync(path.join(ROOT, e.path)), e.path);
      assert.ok(ids.has(e.language), `${e.path}: language ${e.language}`);
    }
    for (const l of contributes.languages ?? []) {
      if (l.configuration) assert.ok(fs.existsSync(path.join(ROOT, l.configuration)), l.configuration);
    }
  });

  it('the grammar entry matches the grammar file', () => {
    const g = (contributes.grammars ?? []).find((x: any) => x.language === 'imaging-order');
    assert.ok(g);
    assert.equal(g.scopeName, SCOPE);
    assert.equal(path.resolve(ROOT, g.path), GRAMMAR_PATH);
    assert.equal(readJson(GRAMMAR_PATH).scopeName, g.scopeName);
  });

  it('the contributed files are included in the package (not excluded by .vscodeignore)', () => {
    const ignore = path.join(ROOT, '.vscodeignore');
    if (!fs.existsSync(ignore)) return;
    const lines = fs
      .readFileSync(ignore, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim());
    for (const dir of ['syntaxes', 'snippets']) {
      assert.ok(!lines.some((l) => l === dir || l === `${dir}/**` || l === `${dir}/`), `${dir} is excluded`);
    }
    assert.ok(!lines.includes('language-configuration.json'));
  });
});

describe('language-configuration.json', () => {
  const conf = readJson(path.join(ROOT, 'language-configuration.json'));

  it('uses # line comments', () => {
    assert.equal(conf.comments.lineComment, '#');
  });

  it('has a word pattern that keeps clinical tokens whole', () => {
    const re = new RegExp(conf.wordPattern.pattern, `${conf.wordPattern.flags ?? ''}g`);
    const words = (s: string) => s.match(re) ?? [];
    assert.deepEqual(words('3-month-old boy'), ['3-month-old', 'boy']);
    assert.deepEqual(words('MRI L-spine w/o'), ['MRI', 'L-spine', 'w/o']);
    assert.deepEqual(words('Indication: Q82.6; 2026-08-20'), ['Indication', 'Q82.6', '2026-08-20']);
    assert.deepEqual(words('Red flags: none'), ['Red', 'flags', 'none']);
    assert.deepEqual(words('Größe: 4 mm'), ['Größe', '4', 'mm']);
  });

  it('indents after a key line with an empty value or a trailing list separator', () => {
    const rules: Array<{ beforeText: string; action: { indent: string } }> = conf.onEnterRules;
    const indents = (line: string) => rules.some((r) => r.action.indent === 'indent' && new RegExp(r.beforeText).test(line));
    assert.ok(indents('Findings:'));
    assert.ok(indents('Red flags :  '));
    assert.ok(indents('Findings: deep dimple;'));
    assert.ok(indents('Findings: deep dimple, '));
    assert.ok(!indents('Findings: deep dimple'));
    assert.ok(!indents('  tuft of hair;'));
    assert.ok(!indents('# note: x;'));
  });
});

describe('snippets', () => {
  const pkg = readJson(path.join(ROOT, 'package.json'));
  const entry = (pkg.contributes?.snippets ?? []).find((s: any) => s.language === 'imaging-order');
  const snippets: Record<string, { prefix: string | string[]; body: string[]; description?: string }> = entry ? readJson(path.join(ROOT, entry.path)) : {};

  it('has a whole-note snippet and small ones, with unique prefixes', () => {
    const names = Object.keys(snippets);
    assert.ok(names.length >= 3, names.join(', '));
    const prefixes = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    assert.equal(new Set(prefixes).size, prefixes.length, `duplicate prefixes: ${prefixes.join(', ')}`);
    assert.ok(prefixes.includes('note'));
    assert.ok(prefixes.includes('prior'));
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`"${name}" expands to lines with known keys only`, () => {
      assert.ok(Array.isArray(snippet.body) && snippet.body.length > 0);
      const text = expandSnippet(snippet.body);
      assert.ok(!/\$\{|\$\d/.test(text), `unexpanded placeholder in ${JSON.stringify(text)}`);
      const tokens = tokenize(text).flat();
      assert.ok(
        tokens.some((t) => t.scopes.includes(KEY_SCOPE)),
        'no key',
      );
      const unknown = tokens.filter((t) => t.scopes.includes(UNKNOWN_KEY_SCOPE)).map((t) => t.text);
      assert.deepEqual(unknown, []);
    });
  }

  it('the whole-note snippet defaults to an appropriate US order for an infant with a marker', () => {
    const note = Object.values(snippets).find((s) => [s.prefix].flat().includes('note'));
    assert.ok(note);
    const text = expandSnippet(note.body);
    for (const key of ['Patient:', 'Age:', 'Findings:', 'Dimple:', 'Neuro:', 'Red flags:', 'Prior imaging:', 'Order:', 'Indication:']) {
      assert.ok(text.includes(`\n${key}`), key);
    }
    assert.match(text, /\nOrder: US spine area of interest\n/);
    assert.match(note.body.join('\n'), /\$\{\d+\|US spine area of interest,MRI spine area of interest without IV contrast\|\}/);
  });
});
