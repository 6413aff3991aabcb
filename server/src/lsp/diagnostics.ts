import { type Diagnostic, type DiagnosticRelatedInformation, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocumentAnalysis, ruleDocsUri, type Finding, type Severity } from '../engine';
import { type DocState, rangeOf } from './documents';
import { SOURCE } from './ids';

export { SOURCE }; // defined in ids.ts so initialize can name it without loading this module

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What shapes a diagnostic besides the finding; a new object whenever any of it changes. */
export interface DiagnosticOptions {
  relatedInformation: boolean;
  docsBaseUri?: string;
  /** The client resolves `iol:<rule-id>` to the rule page it ships (initializationOptions.resolvesRuleDocs). */
  clientDocs?: boolean;
}

/** The scheme of the short rule-page links a client that declares `resolvesRuleDocs` opens itself. */
export const CLIENT_DOCS_SCHEME = 'iol';

/** A rule page a user can open: under the configured docsBaseUri, else the shipped file. */
export function docsHref(ruleId: string, docsBaseUri?: string): string {
  return ruleDocsUri(ruleId, docsBaseUri);
}

/**
 * The href sent in every diagnostic, kept short because it repeats in each one: a configured
 * https docsBaseUri wins; else `iol:<rule-id>` when the client resolves those (the VS Code client
 * maps it to the page it ships); else the shipped file's URI, which any client can open.
 */
export function diagnosticHref(ruleId: string, opts: DiagnosticOptions): string {
  if (!opts.docsBaseUri && opts.clientDocs) return `${CLIENT_DOCS_SCHEME}:${ruleId}`;
  // The shipped file's URI goes through pathToFileURL (~10 µs, every converted diagnostic of every
  // edit in a profile of one-note edits): kept per options object, which changes with the settings.
  let hrefs = hrefCache.get(opts);
  if (!hrefs) hrefCache.set(opts, (hrefs = new Map()));
  let href = hrefs.get(ruleId);
  if (href === undefined) hrefs.set(ruleId, (href = docsHref(ruleId, opts.docsBaseUri)));
  return href;
}

const hrefCache = new WeakMap<DiagnosticOptions, Map<string, string>>();

/** A finding (offsets relative to `base`) as an LSP diagnostic. */
export function toDiagnostic(doc: TextDocument, base: number, f: Finding, opts: DiagnosticOptions): Diagnostic {
  const d: Diagnostic = {
    range: rangeOf(doc, base + f.span.start, base + f.span.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: diagnosticHref(f.ruleId, opts) },
    source: SOURCE,
    message: f.message,
  };
  if (opts.relatedInformation && f.related.length) {
    d.relatedInformation = f.related.map((r): DiagnosticRelatedInformation => ({
      location: { uri: doc.uri, range: rangeOf(doc, base + r.span.start, base + r.span.end) },
      message: r.message,
    }));
  }
  return d;
}

function shiftLines(d: Diagnostic, by: number): Diagnostic {
  const sh = (r: Diagnostic['range']) => ({ start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } });
  const shifted: Diagnostic = { ...d, range: sh(d.range) };
  if (d.relatedInformation) shifted.relatedInformation = d.relatedInformation.map((ri) => ({ ...ri, location: { uri: ri.location.uri, range: sh(ri.location.range) } }));
  return shifted;
}

/** A note result's diagnostics where it was last answered. */
export interface NoteDiagnostics {
  /** The line its first occurrence started on in answer `pass`, and its diagnostics there. */
  line: number;
  diags: Diagnostic[];
  pass: number;
  /** Identical notes share one result: its diagnostics at the other lines it started on in `pass`. */
  more?: Map<number, Diagnostic[]>;
  /** The same, from the pass before (where a repeated note is looked up first). */
  before?: Map<number, Diagnostic[]>;
}

/**
 * The document's diagnostics. Diagnostics of a note whose engine result is unchanged are reused as
 * objects when the note still starts on the same line, or shifted by whole lines otherwise (a note
 * always starts at column 0, so a result's diagnostics depend only on its first line), so an edit
 * only converts the note it touched.
 *
 * The cache is keyed weakly by the note's findings (the array a note keeps wherever it moves, and
 * the one part of its result an open document keeps: engine/incremental.ts) and updated in place rather than rebuilt for each
 * answer: a map of every note, rebuilt on every edit and alive until the next one, was promoted to
 * the old generation each time, a good part of the garbage a long editing session left behind. An
 * entry goes when its result does (the engine drops the results of notes that no longer exist).
 */
export function documentDiagnostics(state: DocState, doc: TextDocument, analysis: DocumentAnalysis, opts: DiagnosticOptions): Diagnostic[] {
  if (state.diagCacheKey !== opts) {
    state.diagCache = new WeakMap();
    state.diagCacheKey = opts;
  }
  if (analysis.notes.length === 0) return analysis.findings.map((f) => toDiagnostic(doc, 0, f, opts));
  const out: Diagnostic[] = [];
  const cache = state.diagCache;
  const pass = ++state.diagPass;
  const lineOf = lineWalker(doc);
  for (const note of analysis.notes) {
    if (note.findings.length === 0) continue;
    const line = lineOf(note.start);
    let entry = cache.get(note.findings);
    let diags: Diagnostic[] | undefined;
    if (!entry) {
      diags = note.findings.map((f) => toDiagnostic(doc, note.start, f, opts));
      cache.set(note.findings, (entry = { line, diags, pass }));
    } else if (entry.pass !== pass) {
      // The result's first occurrence in this answer.
      entry.pass = pass;
      entry.before = entry.more;
      entry.more = undefined;
      if (entry.line !== line) {
        diags = entry.before?.get(line) ?? entry.diags.map((d) => shiftLines(d, line - entry!.line));
        entry.line = line;
        entry.diags = diags;
      }
      diags = entry.diags;
    } else if (entry.line === line) {
      diags = entry.diags;
    } else {
      // A repeat of a result already answered above, at another line.
      diags = entry.more?.get(line) ?? entry.before?.get(line) ?? entry.diags.map((d) => shiftLines(d, line - entry!.line));
      (entry.more ??= new Map()).set(line, diags);
    }
    for (const d of diags) out.push(d);
  }
  return out;
}

/**
 * The line of each of a series of ascending offsets, found by galloping forward from the line of the
 * one before: a document's notes, in order. A binary search of the whole line table per note
 * (positionAt) was most of an answer's time here for the 5,000-note document.
 */
function lineWalker(doc: TextDocument): (offset: number) => number {
  const count = doc.lineCount;
  const at = { line: 0, character: 0 };
  const startOf = (l: number) => ((at.line = l), doc.offsetAt(at));
  let line = 0;
  return (offset) => {
    if (startOf(line) > offset) line = 0; // not ascending after all: start over
    let lo = line;
    let step = 1;
    let hi = lo + step;
    while (hi < count && startOf(hi) <= offset) {
      lo = hi;
      step *= 2;
      hi = lo + step;
    }
    if (hi > count) hi = count;
    // The last line starting at or before the offset lies in [lo, hi).
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (startOf(mid) <= offset) lo = mid;
      else hi = mid;
    }
    return (line = lo);
  };
}

/** Same diagnostics in the same order: reused objects compare by identity, new ones by content. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && JSON.stringify(a[i]) !== JSON.stringify(b[i])) return false;
  }
  return true;
}
