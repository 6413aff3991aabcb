import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Connection, MessageType } from 'vscode-languageserver';
import type { Engine, Knowledge, RulePack, Settings, SeveritySetting } from '../engine';
import type * as Features from './features';
import { CONFIGURATION_SECTION } from '../shared/protocol';

export const SECTION = CONFIGURATION_SECTION;

/**
 * The knowledge loader (zod and the data files) is required when an engine is first built, not
 * when the server starts: the initialize answer does not need it (server.ts loads it in the
 * background after initialize). Through features.ts, the one module (and bundle) that holds it.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = (): typeof Features => require('./features') as typeof Features;

/** What the editor settings say, validated. */
export interface LspSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  rules: Record<string, SeveritySetting>;
  ultrasoundWindow: { warnAfterMonths: number; infoFromMonths: number; useCorrectedAge?: boolean };
  rulePack: string;
  docsBaseUri?: string;
}

export interface Resolved {
  lsp: LspSettings;
  engine: Engine;
}

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Settings per document URI, read through `workspace/configuration` when the client supports it and
 * cached until the configuration changes. Builds (and caches) the engine each setting combination needs.
 */
export class SettingsManager {
  private perUri = new Map<string, Promise<Resolved>>();
  private engines = new Map<string, Engine>();
  private shown = new Set<string>();
  /** Settings pushed by didChangeConfiguration, for clients without workspace/configuration. */
  global: unknown = undefined;
  trusted: boolean;
  workspaceFolders: string[] = [];
  /** Bumped whenever cached settings are dropped, so result ids change. */
  generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly configurationSupport: boolean,
    private readonly initOptions: Record<string, unknown>,
  ) {
    this.trusted = initOptions.trusted !== false;
  }

  clear(): void {
    this.perUri.clear();
    this.generation++;
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }

  get(uri: string): Promise<Resolved> {
    let p = this.perUri.get(uri);
    if (!p) {
      const made = this.resolve(uri).catch((e) => {
        this.connection.console.error(`settings for ${uri}: ${(e as Error)?.stack ?? String(e)}`);
        return this.build(uri, loader().readLspSettings(undefined, this.docsBase()));
      });
      p = made;
      this.perUri.set(uri, made);
      // Even the defaults can fail (the knowledge base cannot be loaded): the failure is logged and
      // the promise dropped, so the next request tries again instead of getting the same rejection.
      made.catch((e: unknown) => {
        if (this.perUri.get(uri) === made) this.perUri.delete(uri);
        this.connection.console.error(`settings for ${uri} (defaults): ${(e as Error)?.stack ?? String(e)}`);
      });
    }
    return p;
  }

  private docsBase(): string | undefined {
    const d = this.initOptions.docsBaseUri;
    return typeof d === 'string' && d ? d : undefined;
  }

  private async resolve(uri: string): Promise<Resolved> {
    let raw: unknown = this.global;
    if (this.configurationSupport) {
      raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION });
    }
    return this.build(uri, loader().readLspSettings(raw, this.docsBase()));
  }

  private once(key: string, type: MessageType, message: string): void {
    if (this.shown.has(key)) return;
    this.shown.add(key);
    void this.connection.sendNotification('window/showMessage', { type, message });
  }

  /** The workspace folder holding a URI (longest match), for relative rule-pack paths. */
  folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const f of this.workspaceFolders) {
      const prefix = f.endsWith('/') ? f : `${f}/`;
      if ((uri === f || uri.startsWith(prefix)) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  private build(uri: string, lsp: LspSettings): Resolved {
    const user: Settings = { rules: lsp.rules, ultrasoundWindow: lsp.ultrasoundWindow };
    let settings = user;
    let knowledge: Knowledge = loader().defaultKnowledge();
    let packKey = '';
    if (lsp.rulePack) {
      if (!this.trusted) {
        this.once('untrusted', MessageType.Warning, 'Rule pack ignored: the workspace is not trusted');
      } else {
        const file = this.packPath(uri, lsp.rulePack);
        try {
          const stat = fs.statSync(file);
          packKey = `${file}@${stat.mtimeMs}`;
          const cached = this.engines.get(`${loader().settingsKey(user)}|${packKey}`);
          if (cached) return { lsp, engine: cached };
          const pack: RulePack = loader().loadRulePack(file);
          knowledge = knowledge.withRulePack(pack);
          settings = loader().mergeSettings(settings, pack);
        } catch (e) {
          const msg = (e as Error)?.message ?? String(e);
          this.once(
            `pack:${file}:${msg}`,
            MessageType.Error,
            `Imaging Order Lint: the rule pack ${file} cannot be used: ${msg.startsWith(file) ? msg : `${file}: ${msg}`}. Using the default rules.`,
          );
          knowledge = loader().defaultKnowledge();
          settings = user;
          packKey = '';
        }
      }
    }
    const key = `${loader().settingsKey(user)}|${packKey}`;
    let engine = this.engines.get(key);
    if (!engine) {
      engine = { knowledge, settings };
      if (this.engines.size > 50) this.engines.clear();
      this.engines.set(key, engine);
    }
    return { lsp, engine };
  }

  private packPath(uri: string, p: string): string {
    if (path.isAbsolute(p)) return p;
    const folder = this.folderOf(uri);
    const base = (folder && uriToPath(folder)) ?? (uriToPath(uri) ? path.dirname(uriToPath(uri)!) : process.cwd());
    return path.resolve(base, p);
  }
}
