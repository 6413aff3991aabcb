/**
 * Every range the server answers must be one an editor can use (issue 12, defect 2): inside the
 * document, start no later than end, not before the end of a byte-order mark (the BOM is not text the
 * user sees; VS Code drops it), and never between the halves of a surrogate pair.
 *
 * The features compute their ranges themselves; this is the one place that checks all of them on the
 * way out. A range that breaks a rule is repaired (so the editor never sees it) and reported through
 * `report`, so tests can fail on any repair: a repair means a feature has a bug to fix at its source.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { clampedOffset, docView, splitsPair } from './textSync';

function isPosition(p: unknown): p is Position {
  return !!p && typeof p === 'object' && 'line' in p && 'character' in p;
}

function isRange(r: unknown): r is Range {
  return !!r && typeof r === 'object' && isPosition((r as Range).start) && isPosition((r as Range).end);
}

/**
 * The offset of a position, or undefined when it is not a valid position of the document. Runs for
 * every range of every answer (thousands of diagnostics per edit in a large document), so it only
 * allocates the position of the line's start.
 */
function exactOffset(doc: TextDocument, p: Position): number | undefined {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0 || p.line >= doc.lineCount) return undefined;
  // offsetAt clamps the character to the line's content; the position is exact when nothing was clamped.
  const o = doc.offsetAt(p);
  lineStart.line = p.line;
  return o - p.character === doc.offsetAt(lineStart) ? o : undefined;
}

/** The start of a line, as offsetAt takes it (one object, reused: offsetAt only reads it). */
const lineStart: Position = { line: 0, character: 0 };

/** Why a range is not a valid answer range for the document, or undefined when it is. */
export function rangeProblem(doc: TextDocument, text: string, r: Range): string | undefined {
  const s = exactOffset(doc, r.start);
  const e = exactOffset(doc, r.end);
  if (s === undefined || e === undefined) return 'outside the document';
  if (s > e) return 'reversed';
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (s < bom) return 'before the end of the byte-order mark';
  if (splitsPair(text, s) || splitsPair(text, e)) return 'splits a surrogate pair';
  return undefined;
}

/** The nearest valid range: clamped into the document, ordered, after the BOM, widened over pairs. */
export function repairRange(doc: TextDocument, text: string, r: Range): Range {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const v = docView(doc);
  let s = Math.max(bom, clampedOffset(v, r.start));
  let e = Math.max(bom, clampedOffset(v, r.end));
  if (e < s) [s, e] = [e, s];
  if (splitsPair(text, s)) s--;
  if (splitsPair(text, e)) e++;
  return { start: doc.positionAt(s), end: doc.positionAt(e) };
}

/** Deeper than any answer the server builds (a document symbol's children are the deepest, ~8). */
const MAX_DEPTH = 64;

/**
 * Checks (and repairs in place) every range in an answer: `range`, `selectionRange`, `location.range`,
 * text edits, and folding ranges' lines. `diagnostics` inside code actions are the client's own,
 * echoed back, and are left alone. `diagnostics` set: the answer is a diagnostic list or a pull
 * report of one, whose diagnostics are checked by their known shape.
 */
export function guardRanges<T>(doc: TextDocument, answer: T, report: (what: string) => void, diagnostics = false): T {
  const text = doc.getText();
  // Answers are trees of plain data (they are sent as JSON), so no object is tracked as seen: an
  // object shared by two places is checked twice, and a depth limit stops a cycle.
  // The path to the object being visited, as a stack of keys, spelt out only for a report: an answer
  // of thousands of diagnostics is checked on every edit, and a path string per object was most of
  // the garbage an edit left (~14 MB for the 5,000-note document).
  const trail: (string | number)[] = [];
  const pathOf = () => trail.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  const visit = (v: unknown): void => {
    if (!v || typeof v !== 'object' || trail.length > MAX_DEPTH) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        trail.push(i);
        visit(v[i]);
        trail.pop();
      }
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.startLine === 'number' && typeof o.endLine === 'number') {
      const last = doc.lineCount - 1;
      const ok = Number.isInteger(o.startLine) && Number.isInteger(o.endLine) && o.startLine >= 0 && o.startLine <= o.endLine && o.endLine <= last;
      if (!ok) {
        report(`${pathOf()}: folding lines ${o.startLine}-${o.endLine} outside 0-${last}`);
        const a = Math.min(last, Math.max(0, Math.floor(o.startLine) || 0));
        const b = Math.min(last, Math.max(0, Math.floor(o.endLine) || 0));
        o.startLine = Math.min(a, b);
        o.endLine = Math.max(a, b);
      }
    }
    for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) visitKey(o, k);
  };
  const checkRange = (o: Record<string, unknown>, k: string, x: Range): void => {
    const problem = rangeProblem(doc, text, x);
    if (problem) {
      const fixed = repairRange(doc, text, x);
      report(`${pathOf()}.${k} ${JSON.stringify(x)} is ${problem}; answered ${JSON.stringify(fixed)}`);
      o[k] = fixed;
    }
  };
  const visitKey = (o: Record<string, unknown>, k: string): void => {
    if (k === 'diagnostics' && trail.length > 0) return;
    const x = o[k];
    if (!x || typeof x !== 'object') return;
    if (isRange(x) && (k === 'range' || k === 'selectionRange' || k === 'targetRange' || k === 'insert' || k === 'replace')) {
      checkRange(o, k, x);
    } else {
      trail.push(k);
      visit(x);
      trail.pop();
    }
  };
  const relatedOf = (d: { relatedInformation?: unknown }): unknown[] | undefined => (Array.isArray(d.relatedInformation) ? d.relatedInformation : undefined);
  /** The location of a related information whose range is faulty, if it is. */
  const faultyLocation = (info: unknown): Record<string, unknown> | undefined => {
    const loc = (info as { location?: unknown } | undefined)?.location as Record<string, unknown> | undefined;
    return loc && typeof loc === 'object' && isRange(loc.range) && rangeProblem(doc, text, loc.range) ? loc : undefined;
  };
  /**
   * A diagnostic list (a full pull report's `items`, a publish's `diagnostics`): thousands of
   * diagnostics of one shape on every edit of a large document, where the walk over every key of
   * every nested object above was a third of an answer's server time. Only the ranges a diagnostic
   * can hold are checked: its own and its related locations'. False when the list is not one of
   * plain diagnostics, which then takes the general walk.
   */
  const checkDiagnostics = (list: unknown): boolean => {
    if (!Array.isArray(list)) return false;
    // One pass reads each item's shape and finds its faulty ranges, but repairs nothing: an item of another shape further on
    // sends the whole list down the general walk, which must find the list as it was to repair and report in its own order.
    // The fallback is the whole list's, not the item's: in a list that is not all diagnostics an item with a range may be
    // something else (a document symbol, whose selectionRange only the walk checks). Faults should never happen, so the
    // repairs' second look at the faulty items costs nothing in practice.
    let faulty: number[] | undefined;
    for (let i = 0; i < list.length; i++) {
      const d = list[i] as { range?: unknown; relatedInformation?: unknown } | null;
      if (!d || typeof d !== 'object' || !isRange(d.range)) return false;
      if (rangeProblem(doc, text, d.range) || relatedOf(d)?.some(faultyLocation)) (faulty ??= []).push(i);
    }
    if (!faulty) return true;
    // The trail is only spelt out for a repair, which should never happen: the loop stays flat.
    const at = trail.length;
    for (const i of faulty) {
      const d = list[i] as { range: Range; relatedInformation?: unknown };
      if (rangeProblem(doc, text, d.range)) {
        trail.push(i);
        checkRange(d as unknown as Record<string, unknown>, 'range', d.range);
        trail.length = at;
      }
      const related = relatedOf(d);
      if (!related) continue;
      for (let j = 0; j < related.length; j++) {
        const loc = faultyLocation(related[j]);
        if (loc) {
          trail.push(i, 'relatedInformation', j, 'location');
          checkRange(loc, 'range', loc.range as Range);
          trail.length = at;
        }
      }
    }
    return true;
  };
  if (diagnostics) {
    // A publish is the list itself; a pull report holds it under `items` (an unchanged one has none).
    if (Array.isArray(answer)) {
      if (checkDiagnostics(answer)) return answer;
    } else {
      const report = answer as { items?: unknown } | null;
      trail.push('items');
      const done = !!report && checkDiagnostics(report.items);
      trail.pop();
      if (done || !Array.isArray(report?.items)) return answer;
    }
  }
  visit(answer);
  return answer;
}
