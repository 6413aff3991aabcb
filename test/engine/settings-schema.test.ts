// package.json's contributes.configuration, the editor settings reader and the rule-pack schema
// describe the same settings; these tests fail when one of them changes alone.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { RulePackSchema, RuleSeveritiesSchema, UltrasoundWindowSchema } from '../../server/src/knowledge/schema';
import { readLspSettings } from '../../server/src/lsp/readSettings';
import { DEFAULT_SETTINGS, type Settings, settingsKey } from '../../server/src/engine/settings';
import { CONFIGURATION_SECTION } from '../../server/src/shared/protocol';

interface Contribution {
  type: string;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  additionalProperties?: { enum?: unknown[] };
}

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const props = manifest.contributes.configuration.properties as Record<string, Contribution>;
const setting = (name: string): Contribution => props[`${CONFIGURATION_SECTION}.${name}`];
const jsonSchema = (s: z.ZodType) => z.toJSONSchema(s) as { properties?: Record<string, { minimum?: number; maximum?: number }>; additionalProperties?: { enum?: unknown[] } };

/** A valid value other than the contributed default, derived from the contribution itself. */
function otherValue(c: Contribution): unknown {
  if (c.enum) return c.enum.find((v) => v !== c.default);
  if (c.type === 'boolean') return !c.default;
  if (c.type === 'number') return Math.min((c.default as number) + 1, c.maximum ?? Infinity);
  if (c.type === 'string') return 'rule-pack.json';
  if (c.type === 'object') return { 'missing-age': c.additionalProperties?.enum?.find((v) => v !== 'warning') };
  throw new Error(`no test value for a ${c.type} setting: extend otherValue`);
}

/** `{ a: { b: v } }` for the dotted name "a.b", as workspace/configuration returns it. */
function nested(name: string, value: unknown): Record<string, unknown> {
  return name.split('.').reduceRight<unknown>((v, k) => ({ [k]: v }), value) as Record<string, unknown>;
}

describe('settings schema', () => {
  it('rules: the manifest enum is the shared schema enum', () => {
    assert.deepEqual(setting('rules').additionalProperties?.enum, jsonSchema(RuleSeveritiesSchema).additionalProperties?.enum);
  });

  for (const name of ['warnAfterMonths', 'infoFromMonths'] as const) {
    it(`ultrasoundWindow.${name}: minimum, maximum and default agree with the schema and the engine defaults`, () => {
      const c = setting(`ultrasoundWindow.${name}`);
      const s = jsonSchema(UltrasoundWindowSchema).properties![name];
      assert.equal(c.minimum, s.minimum);
      assert.equal(c.maximum, s.maximum);
      assert.equal(c.default, DEFAULT_SETTINGS.ultrasoundWindow[name]);
    });
  }

  it('the settings reader and the rule pack accept and refuse the same window values', () => {
    for (const v of [-1, 0, 3.5, 24, 24.5, Number.NaN, '6']) {
      const read = readLspSettings({ ultrasoundWindow: { warnAfterMonths: v } }).ultrasoundWindow.warnAfterMonths;
      const pack = RulePackSchema.safeParse({ ultrasoundWindow: { warnAfterMonths: v, infoFromMonths: 0 } }).success;
      assert.equal(read === v, pack, `warnAfterMonths ${String(v)}: reader ${read}, rule pack ${pack ? 'accepts' : 'refuses'}`);
    }
    for (const v of ['off', 'error', 'fatal', 2]) {
      const read = readLspSettings({ rules: { 'missing-age': v } }).rules['missing-age'];
      assert.equal(read === v, RulePackSchema.safeParse({ rules: { 'missing-age': v } }).success, `severity ${String(v)}`);
    }
  });

  it('the window schema refuses infoFromMonths above warnAfterMonths (a rule pack with the pair inverted is refused)', () => {
    assert.equal(UltrasoundWindowSchema.safeParse({ warnAfterMonths: 3, infoFromMonths: 4 }).success, false);
    assert.equal(RulePackSchema.safeParse({ ultrasoundWindow: { warnAfterMonths: 3, infoFromMonths: 4 } }).success, false);
    assert.equal(UltrasoundWindowSchema.safeParse({ warnAfterMonths: 3, infoFromMonths: 3 }).success, true);
    assert.equal(UltrasoundWindowSchema.safeParse({ warnAfterMonths: 6, infoFromMonths: 4 }).success, true);
  });

  it('the settings reader never yields infoFromMonths above warnAfterMonths: info is clamped to warn', () => {
    const cases: [unknown, { warnAfterMonths: number; infoFromMonths: number }][] = [
      [{ ultrasoundWindow: { warnAfterMonths: 3 } }, { warnAfterMonths: 3, infoFromMonths: 3 }],
      [{ 'ultrasoundWindow.warnAfterMonths': 2 }, { warnAfterMonths: 2, infoFromMonths: 2 }],
      [{ ultrasoundWindow: { infoFromMonths: 10 } }, { warnAfterMonths: 6, infoFromMonths: 6 }],
      [{ ultrasoundWindow: { warnAfterMonths: 3, infoFromMonths: 5 } }, { warnAfterMonths: 3, infoFromMonths: 3 }],
      [{ ultrasoundWindow: { warnAfterMonths: 8, infoFromMonths: 5 } }, { warnAfterMonths: 8, infoFromMonths: 5 }],
    ];
    for (const [raw, want] of cases) {
      const w = readLspSettings(raw).ultrasoundWindow;
      assert.deepEqual({ warnAfterMonths: w.warnAfterMonths, infoFromMonths: w.infoFromMonths }, want, JSON.stringify(raw));
      assert.ok(UltrasoundWindowSchema.safeParse(w).success, `${JSON.stringify(raw)} read as a window the schema accepts`);
    }
  });

  it('reads the default of every contributed setting when nothing is set', () => {
    const read = readLspSettings({}) as unknown as Record<string, unknown>;
    for (const [key, c] of Object.entries(props)) {
      const name = key.slice(CONFIGURATION_SECTION.length + 1);
      const value = name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], read);
      assert.deepEqual(value, c.default, `${name} defaults to ${JSON.stringify(c.default)}`);
    }
  });

  for (const [key, c] of Object.entries(props)) {
    const name = key.slice(CONFIGURATION_SECTION.length + 1);
    it(`reads ${name} from the configuration (a contributed setting nothing reads is an error)`, () => {
      const v = otherValue(c);
      const read = readLspSettings(nested(name, v)) as unknown as Record<string, unknown>;
      const value = name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], read);
      assert.deepEqual(value, v);
    });
  }
});

describe('settings cache key', () => {
  /** Every leaf of DEFAULT_SETTINGS, as a path, so a new setting is covered without editing this test. */
  function leaves(o: object, at: string[] = []): string[][] {
    return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && Object.keys(v).length ? leaves(v, [...at, k]) : [[...at, k]]));
  }

  it('changes when any engine setting changes, so cached note results are never reused across settings', () => {
    const base = settingsKey(DEFAULT_SETTINGS);
    for (const leaf of [...leaves(DEFAULT_SETTINGS), ['today']]) {
      const changed = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
      let o = changed;
      for (const k of leaf.slice(0, -1)) o = o[k] as Record<string, unknown>;
      const last = leaf[leaf.length - 1];
      const v = o[last];
      o[last] = typeof v === 'number' ? v + 1 : last === 'today' ? { y: 2026, m: 1, d: 2 } : last === 'rules' ? { 'missing-age': 'off' } : `${String(v)}x`;
      assert.notEqual(settingsKey(changed as unknown as Settings), base, `settingsKey ignores ${leaf.join('.')}`);
    }
  });
});
