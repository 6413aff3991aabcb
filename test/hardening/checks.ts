/** Shared checks for the hardening suite (see the definitions in properties.test.ts). */
import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, type Edit, type Engine, type Finding, defaultKnowledge } from './engine';

/** The shipped knowledge with default settings and a fixed "today", so DOB ages are reproducible. */
export const engine: Engine = { knowledge: defaultKnowledge(), settings: { ...DEFAULT_SETTINGS, today: { y: 2026, m: 11, d: 26 } } };

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset i does not split a surrogate pair. */
export function onBoundary(text: string, i: number): boolean {
  return i <= 0 || i >= text.length || !(isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i)));
}

export function checkSpan(text: string, span: { start: number; end: number }, what: string): void {
  const { start, end } = span;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: non-integer span ${JSON.stringify(span)}`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: span ${JSON.stringify(span)} outside [0, ${text.length}]`);
  assert.ok(onBoundary(text, start) && onBoundary(text, end), `${what}: span ${JSON.stringify(span)} splits a surrogate pair`);
}

export function checkFinding(text: string, f: Finding): void {
  const at = `${f.ruleId} ${JSON.stringify(f.span)}`;
  checkSpan(text, f.span, at);
  assert.equal(typeof f.message, 'string', `${at}: message`);
  assert.ok(f.message.length > 0, `${at}: empty message`);
  // Hostile input included (binary, lone surrogates, bidi): still one line of at most 139 characters.
  assert.ok(f.message.length <= 139 && !/[\r\n]/.test(f.message), `${at}: message over one line of 139 characters: ${JSON.stringify(f.message)}`);
  for (const fix of f.fixes) assert.ok(fix.kind === 'fix' || fix.kind === 'suggestion', `${at}: fix "${fix.title}" kind ${String(fix.kind)}`);
  for (const r of f.related) checkSpan(text, r.span, `${at} related "${r.message}"`);
  for (const fix of f.fixes) {
    for (const e of fix.edits) {
      checkSpan(text, e, `${at} fix "${fix.title}"`);
      assert.equal(typeof e.newText, 'string');
    }
    const sorted = sortEdits(fix.edits);
    for (let i = 1; i < sorted.length; i++) {
      assert.ok(sorted[i - 1].end <= sorted[i].start, `${at} fix "${fix.title}": overlapping edits ${JSON.stringify(sorted)}`);
      if (sorted[i - 1].start === sorted[i - 1].end && sorted[i].start === sorted[i].end) {
        assert.notEqual(sorted[i - 1].start, sorted[i].start, `${at} fix "${fix.title}": two insertions at one point`);
      }
    }
  }
}

export function sortEdits(edits: readonly Edit[]): Edit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Where offset p lands after the edits (see the definitions above); `side` picks the bias. */
export function mapOffset(p: number, edits: readonly Edit[], side: 'left' | 'right'): number {
  let delta = 0;
  for (const e of sortEdits(edits)) {
    const grow = e.newText.length - (e.end - e.start);
    if (e.start === e.end && e.start === p) {
      if (side === 'right') delta += grow;
      continue;
    }
    if (e.end <= p) delta += grow;
    else if (e.start < p) return side === 'left' ? e.start + delta : e.start + delta + e.newText.length;
  }
  return p + delta;
}
