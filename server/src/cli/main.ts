import * as fs from 'node:fs';
import * as path from 'node:path';
import { Engine, summarizeDocument } from '../analyze';
import { fixUntilStable } from '../fix';
import { buildReport } from '../report';
import { feedbackSection } from '../cds/feedback-report';
import { KnowledgeError, defaultKnowledge, loadRulePack } from '../knowledge/loader';
import { LineIndex } from '../notes/text';
import { DEFAULT_SETTINGS, mergeSettings } from '../settings';
import { CliOptions, USAGE, UsageError, parseArgs } from './args';
import { InputError, collectFiles, readInput } from './files';
import { formatStylish } from './formatters/stylish';
import { jsonChunks } from './formatters/json';
import { toSarif } from './formatters/sarif';
import { LintedFile, totals } from './model';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';

/** The rule pack found in the working folder when --config is not given. */
const DEFAULT_CONFIG = '.imaging-order-lint.json';

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
}

const processIo: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd() };

function engineFor(o: CliOptions, cwd: string): Engine {
  const knowledge = defaultKnowledge();
  const configPath = o.config ? path.resolve(cwd, o.config) : fs.existsSync(path.join(cwd, DEFAULT_CONFIG)) ? path.join(cwd, DEFAULT_CONFIG) : undefined;
  if (!configPath) return { knowledge, settings: DEFAULT_SETTINGS };
  const pack = loadRulePack(configPath);
  return { knowledge: knowledge.withRulePack(pack), settings: mergeSettings(DEFAULT_SETTINGS, pack) };
}

function lintOne(file: string, o: CliOptions, engine: Engine, cwd: string): LintedFile {
  const input = readInput(file);
  const notices: string[] = [];
  if (!input.validUtf8) notices.push('not valid UTF-8: unreadable bytes were replaced with U+FFFD for checking; --fix does not write this file');
  if (input.text.includes('\u0000')) notices.push('contains NUL characters: this looks like a binary file, not an order note');
  let text = input.text;
  let analysis = summarizeDocument(text, engine);
  let fixed = 0;
  if (o.fix && file !== '-' && input.validUtf8) {
    const result = fixUntilStable(text, (t) => (t === text ? analysis.findings : summarizeDocument(t, engine).findings));
    if (result.text !== text) {
      fs.writeFileSync(file, result.text, 'utf8');
      text = result.text;
      fixed = result.applied;
      analysis = summarizeDocument(text, engine);
    }
  }
  const displayPath = file === '-' ? '<stdin>' : path.relative(cwd, file) || path.basename(file);
  return { displayPath, absPath: file === '-' ? undefined : file, text, lines: new LineIndex(text), analysis, fixed, notices };
}

/** Runs the CLI; resolves to the exit code and never throws (usage and I/O problems are exit 2). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  if (io === processIo) {
    // `imaging-order-lint … | head` closes the pipe early: stop quietly, as other command-line tools do.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      process.stderr.write(`imaging-order-lint: cannot write the output (${e.code ?? e.message})\n`);
      process.exit(2);
    });
  }
  try {
    const o = parseArgs(argv);
    if (o.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    if (o.version) {
      io.stdout(VERSION + '\n');
      return 0;
    }
    const engine = engineFor(o, io.cwd);
    const files = await collectFiles(o.inputs, io.cwd);
    const linted = files.map((f) => lintOne(f, o, engine, io.cwd));
    if (o.format === 'json') for (const chunk of jsonChunks(linted, engine.knowledge, VERSION)) io.stdout(chunk);
    else if (o.format === 'sarif') io.stdout(JSON.stringify(toSarif(linted, VERSION, io.cwd), null, 2) + '\n');
    else io.stdout(formatStylish(linted, o.color));
    if (o.report) {
      const feedback = o.feedback ? `\n${feedbackSection(path.resolve(io.cwd, o.feedback))}` : '';
      fs.writeFileSync(path.resolve(io.cwd, o.report), buildReport(linted.map((l) => ({ path: l.displayPath, analysis: l.analysis })), engine.knowledge) + feedback, 'utf8');
    }
    const t = totals(linted);
    if (t.error > 0) return 1;
    if (o.maxWarnings !== undefined && t.warning > o.maxWarnings) {
      io.stderr(`imaging-order-lint: ${t.warning} warnings, more than --max-warnings ${o.maxWarnings}\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`imaging-order-lint: ${e.message}\nRun "imaging-order-lint --help" for usage.\n`);
      return 2;
    }
    if (e instanceof InputError || e instanceof KnowledgeError) {
      io.stderr(`imaging-order-lint: ${e.message.replace(/\n/g, '; ')}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    io.stderr(`imaging-order-lint: ${err?.code ? `${err.code}: ` : ''}${err?.message ?? String(e)}\n`);
    return 2;
  }
}
