// The extension manifest (package.json) agrees with the client code and the packaging rules.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { CONFIGURATION_SECTION, Commands, SERVER_COMMANDS } from '../../server/src/shared/protocol';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const clientSource = fs.readFileSync(path.join(ROOT, 'client/src/extension.ts'), 'utf8');

function serverSources(): string[] {
  const dir = path.join(ROOT, 'server/src');
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.startsWith(`shared${path.sep}`))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** The files .vscodeignore's negations reach: a negation ships every file its glob reaches, so glob the repository with them. */
function shippedFiles(): Set<string> {
  const negations = fs
    .readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('!'))
    .map((l) => l.slice(1));
  return new Set(globSync(negations, { cwd: ROOT, ignore: ['node_modules/**', 'out/**'] }));
}

describe('extension manifest', () => {
  it('declares every command of the shared protocol, in the Imaging Order Lint category, and no other', () => {
    const declared = new Map<string, { category?: string }>((manifest.contributes?.commands ?? []).map((c: { command: string; category?: string }) => [c.command, c]));
    assert.deepEqual([...declared.keys()].sort(), Object.values(Commands).sort());
    for (const c of declared.values()) assert.equal(c.category, 'Imaging Order Lint');
    for (const id of SERVER_COMMANDS) assert.ok(declared.has(id), `${id} (run by the server) is declared`);
  });

  it('the client and server name commands, notifications and the settings section only through the shared protocol', () => {
    const sources = [clientSource, ...serverSources()];
    for (const text of sources) {
      // Any literal of the form 'imagingOrderLint.x' or 'imagingOrderLint/x' bypasses the protocol module.
      assert.deepEqual(text.match(/['"`]imagingOrderLint[./][A-Za-z]+['"`]/g) ?? [], []);
    }
    const used = new Set(clientSource.match(/Commands\.([A-Za-z]+)/g)?.map((s) => s.slice('Commands.'.length)));
    for (const name of used) assert.ok(name in Commands, `Commands.${name} exists`);
    assert.ok(clientSource.includes('CONFIGURATION_SECTION'), 'the client synchronizes the configuration section');
    assert.ok(Object.keys(manifest.contributes.configuration.properties).every((k: string) => k.startsWith(`${CONFIGURATION_SECTION}.`)));
  });

  it('activates on the imaging-order language and accepts VS Code 1.100', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:imaging-order']);
    assert.match(manifest.engines.vscode, /^\^1\.(\d+)\./);
    assert.ok(Number(/^\^1\.(\d+)\./.exec(manifest.engines.vscode)![1]) <= 100);
    assert.equal(manifest.main, './dist/client.js');
  });

  it('contributes resource-scoped settings with descriptions', () => {
    const props = manifest.contributes.configuration.properties as Record<string, Record<string, unknown>>;
    const expected = ['enable', 'run', 'rules', 'ultrasoundWindow.warnAfterMonths', 'ultrasoundWindow.infoFromMonths', 'ultrasoundWindow.useCorrectedAge', 'rulePack'];
    assert.deepEqual(Object.keys(props).sort(), expected.map((k) => `imagingOrderLint.${k}`).sort());
    for (const [key, prop] of Object.entries(props)) {
      assert.equal(prop.scope, 'resource', `${key} is resource-scoped`);
      assert.ok(prop.description || prop.markdownDescription, `${key} has a description`);
    }
    const severity = (props['imagingOrderLint.rules'].additionalProperties as { enum: string[] }).enum;
    assert.deepEqual(severity, ['off', 'hint', 'information', 'warning', 'error']);
  });

  it('limits untrusted workspaces to ignoring the rule pack', () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.deepEqual(untrusted.restrictedConfigurations, ['imagingOrderLint.rulePack']);
  });

  it('has an icon and a .vscodeignore that keeps sources and tests out of the .vsix', () => {
    assert.ok(fs.existsSync(path.join(ROOT, manifest.icon)), `${manifest.icon} exists`);
    const ignore = fs
      .readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim());
    assert.equal(
      ignore.find((l) => l && !l.startsWith('#')),
      '**',
      'allow-list: everything is excluded first',
    );
    for (const l of ignore) assert.ok(!/^!(client|test|out|node_modules|server\/src)\b/.test(l), `${l} does not ship sources`);
  });

  it("ships the generated rule pages but not their sources nor the reading rules' audit trail (vsce lets a negation win over any exclusion)", () => {
    const shipped = shippedFiles();
    const reaches = (file: string) => {
      assert.ok(fs.existsSync(path.join(ROOT, file)), `${file} exists`);
      return shipped.has(file);
    };
    assert.ok(reaches('docs/rules/inappropriate-initial-study.md'), 'a generated rule page ships');
    assert.ok(!reaches('docs/rules/src/inappropriate-initial-study.md'), 'a rule page source stays out');
    assert.ok(!reaches('docs/how-notes-are-read.md'), 'the reading rules stay out');
  });

  it("ships every knowledge file the language server reads, named one by one, and not the CDS service's own", () => {
    const shipped = shippedFiles();
    const dir = path.join(ROOT, 'server/src');
    const read = (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && !f.startsWith(`cds${path.sep}`))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    for (const name of fs.readdirSync(path.join(ROOT, 'server/knowledge')).filter((f) => f.endsWith('.json'))) {
      const used = read.includes(`'${name}'`);
      assert.equal(shipped.has(`server/knowledge/${name}`), used, `${name} ${used ? 'is read by the server, so ships' : 'is read by no shipped bundle, so stays out'}`);
    }
    assert.ok(!shipped.has('server/knowledge/cds-icd10-findings.json'), 'the CDS mapping stays out');
  });

  it('every relative link in the README names a file in the repository', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(((?!https?:|#|mailto:)[^)\s#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]);
    assert.ok(links.includes('docs/how-notes-are-read.md'), 'the README links the reading rules');
    for (const l of links) assert.ok(fs.existsSync(path.join(ROOT, l)), `${l} exists`);
  });
});
