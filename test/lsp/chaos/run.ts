/**
 * Runs chaos steps against a fresh server and checks, after every burst (a `check` step):
 *  - the server's copy of each document equals the client's (test hook);
 *  - its diagnostics (pushed for the latest version, or pulled) equal the engine's analysis of the
 *    client's text, run in-process and converted the way the server converts findings;
 *  - every range it answered was valid for the text the request was made against;
 *  - every request was answered exactly once: a result, RequestCancelled for a cancelled one,
 *    InvalidParams / MethodNotFound for a malformed one, nothing else;
 *  - a result id the server called `unchanged` names the same open of the same document, and the
 *    diagnostics it stood for are still right;
 *  - nothing was logged as a handler failure or a repaired range.
 */
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type Engine, analyzeDocument } from '../../../server/src/engine/analyze';
import { defaultKnowledge } from '../../../server/src/knowledge/loader';
import { toDiagnostic } from '../../../server/src/lsp/diagnostics';
import { DEFAULT_SETTINGS } from '../../../server/src/engine/settings';
import { Lines, answerProblems, applyChange } from './model';
import { type Answer, ROOT, Server } from './harness';
import { DOCS, type Step } from './steps';

const engine: Engine = { knowledge: defaultKnowledge(), settings: DEFAULT_SETTINGS };

/** A document's URI; `tag` keeps the documents of runs sharing one server apart (shrinking). */
export const uriFor = (doc: number, tag = '') => pathToFileURL(path.join(ROOT, 'test-results', 'chaos', `doc${doc}${tag}.order`)).href;

interface Diag {
  code?: unknown;
  range: unknown;
  severity?: number;
  message: string;
}

/** What the server should report for a text: the engine's findings, converted as the server does. */
export function expectedDiagnostics(uri: string, text: string): string[] {
  const doc = TextDocument.create(uri, 'imaging-order', 0, text);
  const lines = new Lines(text);
  return analyzeDocument(text, engine)
    .findings.map((f) => {
      const d = toDiagnostic(doc, 0, f, { relatedInformation: false });
      // The range from the client's own line table, not the server's conversion.
      return key({ ...d, range: { start: lines.position(f.span.start), end: lines.position(f.span.end) } });
    })
    .sort();
}

function key(d: Diag): string {
  return JSON.stringify([d.code, d.range, d.severity, d.message]);
}

const keys = (ds: Diag[]) => ds.map((d) => key({ code: d.code, range: d.range, severity: d.severity, message: d.message })).sort();

export class Failure extends Error {
  constructor(
    message: string,
    readonly step: number,
  ) {
    super(message);
  }
}

interface Pending {
  step: number;
  method: string;
  doc: number;
  epoch: number;
  text?: string;
  cancel: boolean;
  expect: 'result' | 'invalid';
  answer: Promise<Answer>;
}

/** Sends one malformed message (kind < BAD_KINDS); requests among them expect InvalidParams. */
function sendBad(s: Server, kind: number, uri: string): Promise<Answer> | undefined {
  const pos = { line: 0, character: 0 };
  switch (kind) {
    case 0:
      return void s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'imaging-order', version: 1, text: 42 } });
    case 1:
      return void s.notify('textDocument/didChange', { textDocument: { uri, version: 1e6 }, contentChanges: 'x' });
    case 2:
      return void s.notify('textDocument/didChange', {
        textDocument: { uri, version: 1e6 },
        contentChanges: [{ range: { start: { line: null, character: 0 }, end: pos }, text: 'x' }],
      });
    case 3:
      return void s.notify('textDocument/didChange', { textDocument: { uri, version: 1e6 }, contentChanges: [{ range: { start: pos, end: pos }, text: null }] });
    case 4:
      return void s.notify('textDocument/didChange', { textDocument: { uri }, contentChanges: [{ text: 'lost' }] });
    case 5:
      return void s.notify('textDocument/didClose', { textDocument: { uri: 5 } });
    case 6:
      return void s.notify('textDocument/didSave', null);
    case 7:
      return void s.notify('textDocument/didChange', {
        textDocument: { uri, version: 1e6 },
        contentChanges: [{ range: { start: { line: '1', character: 0 }, end: pos }, text: 'x' }],
      });
    case 8:
      return s.request('textDocument/hover', { textDocument: { uri }, position: null });
    case 9:
      return s.request('textDocument/completion', { textDocument: { uri }, position: { line: 0 } });
    case 10:
      return s.request('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos } });
    case 11:
      return s.request('textDocument/documentSymbol', { textDocument: { uri: 42 } });
    case 12:
      return s.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: 5 });
    case 13:
      return s.request('textDocument/hover', null);
    case 14:
      return s.request('textDocument/foldingRange', { textDocument: null });
    default:
      return s.request('textDocument/hover', { textDocument: { uri }, position: { line: [1], character: 0 } });
  }
}

export interface RunResult {
  steps: number;
  requests: number;
  checks: number;
  /** How the paths under test were exercised: cancelled requests answered -32800 / in full, InvalidParams, unchanged. */
  outcomes: { cancelled: number; cancelledButAnswered: number; invalidParams: number; unchanged: number };
  heap?: { baseline: number; end: number };
}

/**
 * Runs the steps; throws a Failure naming the step at which something was wrong. With `heap`, the
 * live heap after a warm-up document is compared with the heap after the run, all documents closed.
 */
/** A note in most of the ways notes are written (keys, prose, negations, ages, markers, prior imaging, a form, an addendum). */
const WARM_UP = [
  '\ufeffOrder: x-ray L-spine',
  'Pt: 3 mo M, ex-34 wk',
  'HPI: deep sacral dimple and hair tuft, no fever, night sweats or weight loss; mom worried. Fell off the sofa 2 years ago.',
  'Findings: [x] hair tuft [ ] hemangioma; dimple 6 mm, 3 cm above the anus; Hair tuft: Y  Dimple: N',
  'Neuro: normal tone, reflexes 2+ symmetric, kicks both legs',
  'Red flags: none',
  'Prior imaging: US spine at 2 wk: conus at L3, filum 2.5 mm',
  'Indication: r/o tethered cord',
  'Referral: pediatric neurosurgery',
  'Plan: MRI L-spine w/o contrast; XR order cancelled, US spine ordered instead.',
  '',
  'Addendum: "fever" was documented in error. 14 yo F with LBP x 6 wk, T 39.2, Tylenol doesn\'t help, pain wakes her at night.',
  '---',
  '12 yo boy, back pain after a fall from a horse at speed, tender L1. CT L-spine. No fracture.',
  '---',
  // Readers built on first use by rarer text: the OCR view (a faxed note), billing lines and codes, a DOB beside an age.
  'Facsirni1e referra1: 5 wk rnale, sacral dirnple, n0 hair tuft. Age: 5 wk   DOB: 2026-07-01   Date: 2026-08-06',
  'CPT 76800 US EXAM SPINAL CANAL | UNITS 1   DX1: Q82.6',
  '---',
  // Round 28's readers: a vetting change and a final study, a study-keyed result line, a pregnant patient's age, a strain,
  // radiotherapy, a two-cell table row, a preterm infant's age beside its gestation.
  'Vetting: request for XR declined, protocolled as US spine. Final study: US lumbar spine',
  'XR L-spine: grade 1 spondylolisthesis',
  'HPI: 19 yo G1P0 at 30 wks, LBP after lifting boxes, had radiation to the leg; 3 mo ex-30 wk GA sibling; US spine yesterday: conus at L1',
  '| fever | none |',
  '---',
  // Round 29's readers: a letter's bracketed age after a verb of care, a role's age, treatment and lower-limb keys, an
  // anal wink, absent skin, leg pain beside back pain, an elliptical night denial.
  'Dear Dr, I am treating Lars (13) for back and leg pain. MO note - 18 y soldier. Not at night.',
  'Rx: US spine',
  'LL: tone & power normal, no anal wink; area of absent skin over L2',
  '',
].join('\n');

export async function run(steps: Step[], pull: boolean, opts: { heap?: boolean; server?: Server; tag?: string } = {}): Promise<RunResult> {
  const s = opts.server ?? new Server({ pull });
  const uriOf = (doc: number) => uriFor(doc, opts.tag);
  const texts: (string | undefined)[] = new Array(DOCS).fill(undefined);
  const versions: number[] = new Array(DOCS).fill(0);
  const epochs: number[] = new Array(DOCS).fill(0);
  let version = 0;
  let pending: Pending[] = [];
  /** Result ids seen: which open of which document, and the items they stood for. */
  const ids = new Map<string, { doc: number; epoch: number; items: string[] }>();
  const lastId: (string | undefined)[] = new Array(DOCS).fill(undefined);
  let requests = 0;
  let checks = 0;
  let logsSeen = s.logs.length;
  const result: RunResult = { steps: steps.length, requests: 0, checks: 0, outcomes: { cancelled: 0, cancelledButAnswered: 0, invalidParams: 0, unchanged: 0 } };
  const outcomes = result.outcomes;
  try {
    if (!opts.server) await s.start();
    let baseline = 0;
    if (opts.heap) {
      const warm = uriOf(99);
      // The warm-up reads a note that goes through the whole reader, so the vocabulary indexes and compiled
      // code built once on first use are in the baseline: what the bound measures is what documents leave.
      s.notify('textDocument/didOpen', { textDocument: { uri: warm, languageId: 'imaging-order', version: 1, text: WARM_UP } });
      await s.request(pull ? 'textDocument/diagnostic' : 'textDocument/documentSymbol', { textDocument: { uri: warm } });
      s.notify('textDocument/didClose', { textDocument: { uri: warm } });
      baseline = await s.heap();
    }
    for (let i = 0; i < steps.length; i++) {
      const st = steps[i];
      const fail = (msg: string): never => {
        throw new Failure(msg, i);
      };
      switch (st.t) {
        case 'open':
          texts[st.doc] = st.text;
          versions[st.doc] = ++version;
          epochs[st.doc]++;
          lastId[st.doc] = undefined;
          s.notify('textDocument/didOpen', { textDocument: { uri: uriOf(st.doc), languageId: 'imaging-order', version, text: st.text } });
          break;
        case 'close':
          texts[st.doc] = undefined;
          s.notify('textDocument/didClose', { textDocument: { uri: uriOf(st.doc) } });
          break;
        case 'change': {
          const t = texts[st.doc];
          if (t !== undefined) {
            texts[st.doc] = st.changes.reduce(applyChange, t);
            versions[st.doc] = ++version;
          }
          s.notify('textDocument/didChange', { textDocument: { uri: uriOf(st.doc), version: t === undefined ? ++version : versions[st.doc] }, contentChanges: st.changes });
          break;
        }
        case 'save':
          s.notify('textDocument/didSave', { textDocument: { uri: uriOf(st.doc) } });
          break;
        case 'request': {
          const uri = uriOf(st.doc);
          const params: Record<string, unknown> = { textDocument: { uri }, position: st.position, range: st.range };
          if (st.method === 'textDocument/codeAction') {
            const t = texts[st.doc];
            params.context = {
              diagnostics:
                t === undefined
                  ? []
                  : analyzeDocument(t, engine)
                      .findings.slice(0, 3)
                      .map((f) => toDiagnostic(TextDocument.create(uri, 'x', 0, t), 0, f, { relatedInformation: false })),
            };
          }
          if (st.method === 'textDocument/diagnostic' && st.previous && lastId[st.doc]) params.previousResultId = lastId[st.doc];
          requests++;
          pending.push({
            step: i,
            method: st.method,
            doc: st.doc,
            epoch: epochs[st.doc],
            text: texts[st.doc],
            cancel: st.cancel,
            expect: 'result',
            answer: s.request(st.method, params, st.cancel),
          });
          break;
        }
        case 'bad': {
          const answer = sendBad(s, st.kind, uriOf(st.doc));
          if (answer) {
            requests++;
            pending.push({ step: i, method: `bad#${st.kind}`, doc: st.doc, epoch: epochs[st.doc], cancel: false, expect: 'invalid', answer });
          }
          break;
        }
        case 'check': {
          checks++;
          for (const p of pending) {
            const a = await p.answer;
            const at = (msg: string) => new Failure(`${p.method} (sent at step ${p.step}): ${msg}`, p.step);
            if (a.error) {
              const ok = p.expect === 'invalid' ? a.error.code === -32602 : p.cancel && a.error.code === -32800;
              if (!ok) throw at(`unexpected error ${a.error.code} ${a.error.message}`);
              if (a.error.code === -32800) outcomes.cancelled++;
              else outcomes.invalidParams++;
              continue;
            }
            if (p.expect === 'invalid') throw at(`malformed parameters were answered with a result: ${JSON.stringify(a.result).slice(0, 200)}`);
            if (p.cancel) outcomes.cancelledButAnswered++;
            if (p.text === undefined) continue;
            const problems = answerProblems(p.text, a.result);
            if (problems.length) throw at(`invalid ranges for text ${JSON.stringify(p.text)}: ${problems.slice(0, 3).join('; ')}`);
            if (p.method === 'textDocument/diagnostic') {
              const r = a.result as { kind: string; resultId?: string; items?: Diag[] };
              const doc = p.doc;
              const want = expectedDiagnostics(uriOf(doc), p.text);
              let got: string[];
              if (r.kind === 'unchanged') {
                outcomes.unchanged++;
                const known = r.resultId ? ids.get(r.resultId) : undefined;
                if (!known) throw at(`unchanged with unknown result id ${r.resultId}`);
                if (known.doc !== doc || known.epoch !== p.epoch) throw at(`result id ${r.resultId} reused from another open (doc ${known.doc}, open #${known.epoch})`);
                got = known.items;
              } else {
                got = keys(r.items ?? []);
                if (r.resultId) {
                  const prev = ids.get(r.resultId);
                  const epoch = p.epoch;
                  if (prev && (prev.doc !== doc || prev.epoch !== epoch || JSON.stringify(prev.items) !== JSON.stringify(got)))
                    throw at(`result id ${r.resultId} reused for different content`);
                  ids.set(r.resultId, { doc, epoch, items: got });
                  lastId[doc] = r.resultId;
                }
              }
              if (JSON.stringify(got) !== JSON.stringify(want))
                throw at(`diagnostics differ from the engine's\n  text: ${JSON.stringify(p.text)}\n  got:  ${got.join('\n        ')}\n  want: ${want.join('\n        ')}`);
            }
          }
          pending = [];
          for (let d = 0; d < DOCS; d++) {
            const uri = uriOf(d);
            const mine = texts[d] ?? null;
            const theirs = await s.text(uri);
            if (theirs !== undefined && theirs !== mine)
              fail(`the server's text of doc${d} differs from the client's\n  client: ${JSON.stringify(mine)}\n  server: ${JSON.stringify(theirs)}`);
            if (mine === null) continue;
            let got: Diag[];
            if (pull) {
              const a = await s.request('textDocument/diagnostic', { textDocument: { uri } });
              requests++;
              if (a.error) fail(`diagnostic pull failed: ${a.error.message}`);
              const r = a.result as { kind: string; resultId?: string; items: Diag[] };
              got = r.items;
              if (r.resultId) {
                const prev = ids.get(r.resultId);
                if (prev && (prev.doc !== d || prev.epoch !== epochs[d])) fail(`result id ${r.resultId} reused from another open`);
                ids.set(r.resultId, { doc: d, epoch: epochs[d], items: keys(got) });
                lastId[d] = r.resultId;
              }
            } else {
              const v = versions[d];
              await s.until(() => s.published.get(uri)?.version === v, `diagnostics of doc${d} version ${v}`);
              got = s.published.get(uri)!.diagnostics as Diag[];
            }
            const problems = answerProblems(mine, got);
            if (problems.length) fail(`invalid diagnostic ranges: ${problems.slice(0, 3).join('; ')}`);
            const want = expectedDiagnostics(uri, mine);
            if (JSON.stringify(keys(got)) !== JSON.stringify(want))
              fail(
                `${pull ? 'pulled' : 'pushed'} diagnostics of doc${d} differ from the engine's\n  text: ${JSON.stringify(mine)}\n  got:  ${keys(got).join('\n        ')}\n  want: ${want.join('\n        ')}`,
              );
          }
          for (const id of s.sent) {
            const n = s.answered.get(id) ?? 0;
            if (n !== 1) fail(`request ${id} answered ${n} times`);
          }
          for (; logsSeen < s.logs.length; logsSeen++) {
            const line = s.logs[logsSeen];
            if (/ failed: |repaired an answer range/.test(line)) fail(`the server logged: ${line.slice(0, 500)}`);
          }
          break;
        }
      }
    }
    if (opts.heap) {
      for (let d = 0; d < DOCS; d++) s.notify('textDocument/didClose', { textDocument: { uri: uriOf(d) } });
      result.heap = { baseline, end: await s.heap() };
    }
    result.requests = requests;
    result.checks = checks;
  } finally {
    if (opts.server) for (let d = 0; d < DOCS; d++) s.notify('textDocument/didClose', { textDocument: { uri: uriOf(d) } });
    else await s.stop();
  }
  // After the finally, so a failure found during the run is never replaced by this one.
  if (s.exit !== 0 && s.exit !== undefined && s.exit !== null) throw new Failure(`the server exited with ${s.exit}: ${s.stderr.slice(-1000)}`, steps.length);
  return result;
}
