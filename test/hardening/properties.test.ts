/**
 * Property-based tests over the engine (issue 5, item 1), with fast-check.
 *
 * Each property runs at least 10,000 cases in CI, from a fixed seed so every run of the suite checks
 * the same cases (gen.ts `seeded`; FC_RANDOM=1 explores a new seed; FC_NUM_RUNS overrides; `npm run fuzz` runs a
 * million within a time budget). A failure prints fast-check's seed and path; replay it with
 * `FC_SEED=<seed> FC_PATH=<path> npx mocha out/test/hardening/properties.test.js`.
 *
 * Definitions used below:
 * - A span is *well-formed* in text T when start and end are integers, 0 <= start <= end <= T.length,
 *   and neither end falls between the high and the low half of a surrogate pair.
 * - The *image* of a span [s, e] under a fix's edits: s maps left (an insertion at s stays after it;
 *   an s strictly inside a replaced range maps to that range's new start), e maps right (an insertion
 *   at e is included; an e inside a replaced range maps to that range's new end); every edit wholly
 *   before a point shifts it by (newText.length - (end - start)).
 * - A fix *resolves* its finding when re-analysing the edited text reports no finding with the same
 *   rule id whose span overlaps or touches the image of the original finding's span. (Touching counts,
 *   so a missing-line fix that inserts next to the finding's key cannot leave the finding in place.)
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkFinding, engine, mapOffset, sortEdits } from './checks';
import { type Edit, LineIndex, NoteCache, analyzeDocument, applyEdits, applyPreferredFixes, chosenFix, fixUntilStable } from './engine';
import { unreadLines } from '../helpers';
import { anyDocumentArb, arbitraryTextArb, documentArb, fcParams } from './gen';

/** The edited text equals the original outside the edit ranges, piece by piece (independent of applyEdits). */
function checkUnchangedOutside(before: string, after: string, edits: readonly Edit[]): void {
  let src = 0;
  let dst = 0;
  for (const e of sortEdits(edits)) {
    const piece = before.slice(src, e.start);
    assert.equal(after.slice(dst, dst + piece.length), piece, `text changed before edit ${JSON.stringify(e)}`);
    dst += piece.length;
    assert.equal(after.slice(dst, dst + e.newText.length), e.newText, `edit ${JSON.stringify(e)} not applied as given`);
    dst += e.newText.length;
    src = e.end;
  }
  assert.equal(after.slice(dst), before.slice(src), 'text changed after the last edit');
}

function show(text: string): string {
  return JSON.stringify(text.length > 600 ? `${text.slice(0, 600)}…` : text);
}

const MAX_FIXES = 2;

describe('hardening: properties of the engine (fast-check)', function () {
  this.timeout(600_000);

  it('(a)+(b) analysis never throws, and every span, related span and edit is well-formed', () => {
    fc.assert(
      fc.property(anyDocumentArb, (text) => {
        const a = analyzeDocument(text, engine);
        for (const f of a.findings) checkFinding(text, f);
        for (const ack of a.acknowledged) checkFinding(text, ack.finding);
        let prev = 0;
        for (const n of a.notes) {
          assert.ok(n.start >= prev && n.start <= n.end && n.end <= text.length, `note ${n.index} at ${n.start}-${n.end}`);
          prev = n.end;
        }
        for (let i = 1; i < a.findings.length; i++) assert.ok(a.findings[i - 1].span.start <= a.findings[i].span.start, 'findings out of document order');
      }),
      fcParams(10_000),
    );
  });

  it('(a)+(b) also for arbitrary strings (binary units, lone surrogates, full unicode)', () => {
    fc.assert(
      fc.property(arbitraryTextArb, (text) => {
        const a = analyzeDocument(text, engine);
        for (const f of a.findings) checkFinding(text, f);
      }),
      fcParams(10_000),
    );
  });

  it('(c) every offered fix resolves its finding and changes nothing outside its edits', () => {
    let fixesTried = 0;
    fc.assert(
      fc.property(documentArb, fc.nat(), (text, pick) => {
        const before = analyzeDocument(text, engine);
        const all = before.findings.flatMap((f) => f.fixes.map((fix) => ({ f, fix })));
        // Up to MAX_FIXES of the offered fixes per document (a rotating choice), to bound the run time.
        const chosen = all.length <= MAX_FIXES ? all : Array.from({ length: MAX_FIXES }, (_, i) => all[(pick + i) % all.length]);
        for (const { f, fix } of chosen) {
          fixesTried++;
          const after = applyEdits(text, fix.edits);
          checkUnchangedOutside(text, after, fix.edits);
          const lo = mapOffset(f.span.start, fix.edits, 'left');
          const hi = mapOffset(f.span.end, fix.edits, 'right');
          const again = analyzeDocument(after, engine).findings.filter((g) => g.ruleId === f.ruleId && g.span.start <= hi && g.span.end >= lo);
          assert.deepEqual(
            again.map((g) => `${g.ruleId} ${g.span.start}-${g.span.end}: ${g.message}`),
            [],
            `fix "${fix.title}" for ${f.ruleId} at ${f.span.start}-${f.span.end} did not resolve it.\nbefore: ${show(text)}\nafter:  ${show(after)}`,
          );
        }
      }),
      fcParams(10_000),
    );
    assert.ok(fixesTried > 1000, `the generator offered too few fixes (${fixesTried}) to test anything`);
  });

  it('(d) applying all preferred fixes (as --fix and --fix-suggestions do, to a fixpoint) twice equals applying them once', () => {
    let applied = 0;
    fc.assert(
      fc.property(documentArb, fc.constantFrom('fixes' as const, 'suggestions' as const), (text, mode) => {
        // A per-document cache, as the CLI and server keep one: passes re-analyse only the notes a fix touched.
        const cache = new NoteCache();
        const findingsOf = (t: string) => analyzeDocument(t, engine, cache).findings;
        const once = fixUntilStable(text, findingsOf, 10, mode);
        applied += once.applied;
        const twice = fixUntilStable(once.text, findingsOf, 10, mode);
        // Also catches fixes that undo each other: such a run does not settle within its passes.
        assert.equal(
          twice.text,
          once.text,
          `second run changed the text (${twice.applied} more fixes).\noriginal: ${show(text)}\nonce:     ${show(once.text)}\ntwice:    ${show(twice.text)}`,
        );
        // Every fix --fix applies keeps the document analysable and well-formed.
        for (const f of analyzeDocument(once.text, engine, cache).findings) checkFinding(once.text, f);
      }),
      fcParams(10_000),
    );
    assert.ok(applied > 1000, `the generator offered too few preferred fixes (${applied})`);
  });

  it('(d) one pass of applyPreferredFixes takes non-overlapping edits only and reports what it applied', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        const findings = analyzeDocument(text, engine).findings;
        const r = applyPreferredFixes(text, findings);
        // --fix takes only safe fixes; suggestions are left for a clinician.
        const preferred = findings.filter((f) => (chosenFix(f)?.edits.length ?? 0) > 0).length;
        assert.ok(r.applied <= preferred, `applied ${r.applied} of ${preferred} preferred fixes`);
        if (preferred > 0 && r.applied === 0) assert.fail(`no preferred fix applied although ${preferred} were offered: ${show(text)}`);
      }),
      fcParams(2_000),
    );
  });

  it('(e) every non-blank line is read: as a field, a continuation, a comment, a separator or a malformed line', () => {
    fc.assert(
      fc.property(anyDocumentArb, (text) => assert.deepEqual(unreadLines(text), [], show(text))),
      fcParams(10_000),
    );
  });

  it('LineIndex: offsetAt(positionAt(o)) = o at every offset that is not inside a CRLF', () => {
    fc.assert(
      fc.property(anyDocumentArb, (text) => {
        const idx = new LineIndex(text);
        for (let o = 0; o <= text.length; o++) {
          if (text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10) continue;
          assert.equal(idx.offsetAt(idx.positionAt(o)), o, `offset ${o}`);
        }
      }),
      fcParams(2_000),
    );
  });
});
