import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Engine, summarizeDocument, fixUntilStable, buildReport, feedbackSection, KnowledgeError, LineIndex } from '../engine';
import { engineFor } from './engine';
import { VERSION } from '../shared/version';
import { type CliOptions, USAGE, UsageError, parseArgs } from './args';
import { InputError, collectFiles, readInput } from './files';
import { displayPathOf, noticesOf } from './inputs';
import { formatStylish } from './formatters/stylish';
import { jsonChunks } from './formatters/json';
import { toSarif } from './formatters/sarif';
import { type AppliedChange, type LintedFile, type Totals, totals } from './model';
import { lintInWorkers, streams, workersFor } from './parallel';

export interface Io {
  /** `written`, if given, is called once the bytes are flushed (then they may be reused). */
  stdout(s: string | Uint8Array, written?: () => void): void;
  stderr(s: string): void;
  cwd: string;
  /** Output accepted but not yet written (a pipe whose reader is slower); --concurrency waits while it is large. */
  unwritten?(): number;
}

const processIo: Io = {
  stdout: (s, written) => process.stdout.write(s, written && (() => written())),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  unwritten: () => process.stdout.writableLength,
};

function lintOne(file: string, o: CliOptions, engine: Engine, cwd: string): LintedFile {
  const input = readInput(file);
  const notices = noticesOf(input);
  let text = input.text;
  let analysis = summarizeDocument(text, engine);
  let fixed = 0;
  const applied: AppliedChange[] = [];
  if (o.fix && file !== '-' && input.validUtf8) {
    const result = fixUntilStable(text, (t) => (t === text ? analysis.findings : summarizeDocument(t, engine).findings), 10, o.fixSuggestions ? 'suggestions' : 'fixes');
    if (result.text !== text) {
      fs.writeFileSync(file, result.text, 'utf8');
      text = result.text;
      fixed = result.applied;
      analysis = summarizeDocument(text, engine);
      let lines: { text: string; index: LineIndex } | undefined;
      for (const c of result.changes) {
        // One line index per pass: every change of a pass has its position in that pass's text.
        if (lines?.text !== c.text) lines = { text: c.text, index: new LineIndex(c.text) };
        const p = lines.index.positionAt(c.change.at);
        applied.push({ line: p.line + 1, column: p.character + 1, ruleId: c.change.ruleId, kind: c.change.fix.kind, title: c.change.fix.title });
      }
    }
  }
  const displayPath = displayPathOf(file, cwd);
  return { displayPath, absPath: file === '-' ? undefined : file, text, lines: new LineIndex(text), analysis, fixed, applied, notices };
}

function exitCode(t: Totals, o: CliOptions, io: Io): number {
  if (t.error > 0) return 1;
  if (o.maxWarnings !== undefined && t.warning > o.maxWarnings) {
    io.stderr(`imaging-order-lint: ${t.warning} warnings, more than --max-warnings ${o.maxWarnings}\n`);
    return 1;
  }
  return 0;
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
    let files: string[];
    try {
      files = await collectFiles(o.inputs, io.cwd);
    } catch (e) {
      engineFor(o, io.cwd); // a rule pack or knowledge that cannot be loaded is said first, as it always was
      throw e;
    }
    // JSON without --fix or --report is streamed part by part, in this thread alone too (--concurrency
    // off): memory then follows the parts in flight, not the input (one thread holding every note's
    // summary of the 100,000-note corpus peaked at 950 MB). With workers, this thread builds the
    // engine only if it has to lint (parallel.ts); the workers say if they cannot build theirs.
    if (streams(o, files)) {
      const workers = workersFor(o, files);
      return exitCode(await lintInWorkers(files, o, io, workers, VERSION, workers > 0 ? () => engineFor(o, io.cwd) : engineFor(o, io.cwd)), o, io);
    }
    const engine = engineFor(o, io.cwd);
    const linted = files.map((f) => lintOne(f, o, engine, io.cwd));
    if (o.format === 'json') for (const chunk of jsonChunks(linted, engine.knowledge, VERSION)) io.stdout(chunk);
    else if (o.format === 'sarif') io.stdout(JSON.stringify(toSarif(linted, VERSION, io.cwd), null, 2) + '\n');
    else io.stdout(formatStylish(linted, o.color, o.verbose));
    if (o.report) {
      const feedback = o.feedback ? `\n${feedbackSection(fs.readFileSync(path.resolve(io.cwd, o.feedback), 'utf8'))}` : '';
      fs.writeFileSync(
        path.resolve(io.cwd, o.report),
        buildReport(
          linted.map((l) => ({ path: l.displayPath, analysis: l.analysis })),
          engine.knowledge,
        ) + feedback,
        'utf8',
      );
    }
    return exitCode(totals(linted), o, io);
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
