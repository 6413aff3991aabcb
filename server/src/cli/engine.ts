import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Engine, defaultKnowledge, loadRulePack, DEFAULT_SETTINGS, mergeSettings } from '../engine';
/** The rule pack found in the working folder when --config is not given. */
const DEFAULT_CONFIG = '.imaging-order-lint.json';

/** The engine for a run: the shipped knowledge, with the rule pack of --config (or the working folder). */
export function engineFor(o: { config?: string }, cwd: string): Engine {
  const knowledge = defaultKnowledge();
  const configPath = o.config ? path.resolve(cwd, o.config) : fs.existsSync(path.join(cwd, DEFAULT_CONFIG)) ? path.join(cwd, DEFAULT_CONFIG) : undefined;
  if (!configPath) return { knowledge, settings: DEFAULT_SETTINGS };
  const pack = loadRulePack(configPath);
  return { knowledge: knowledge.withRulePack(pack), settings: mergeSettings(DEFAULT_SETTINGS, pack) };
}
