/**
 * Regression tests for the code review of the CDS Hooks service: each failed before its fix.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { type Reply, type Service, type TestKeys, authedCall, call, makeKeys, sample, sign, startService } from './harness';
import { assertValidResponse } from './invariants';
import { pruneEmpty } from '../../server/src/cds/prune-empty';
import { shortSummary } from '../../server/src/cds/cards';
import { errorForLog } from '../../server/src/cds/main';
import { feedbackSection } from '../../server/src/engine/feedback-report';

const SELECT = '/cds-services/imaging-order-select';
const SIGN = '/cds-services/imaging-order-sign';
const PAMA = 'http://fhir.org/argonaut/Extension/pama-rating';
const ACK = 'urn:imaging-order-lint:acknowledgement-reason';
const at = '2026-12-01T10:00:00Z';

function ok(r: Reply): any {
  assert.equal(r.status, 200, `expected 200, got ${r.status}: ${r.text.slice(0, 300)}`);
  assertValidResponse(r.json);
  return r.json;
}

/** Sample 01 with its ServiceRequest changed by `f`. */
function sample01(f: (sr: any) => void = () => {}): any {
  const s = sample('01-infant-dimple-radiograph.json');
  f(s.context.draftOrders.entry[0].resource);
  return s;
}

describe('CDS review regressions', function () {
  let keys: TestKeys;
  let svc: Service;

  before(async function () {
    keys = await makeKeys();
    svc = await startService(keys, { bodyLimitBytes: 400_000 });
  });
  after(async function () {
    await svc?.stop();
  });

  it("1: a change-of-study suggestion does not carry the old order's pama-rating extensions", async function () {
    const body = ok(
      await authedCall(
        svc,
        keys,
        SELECT,
        sample01((sr) => {
          sr.extension = [
            { url: PAMA, valueCodeableConcept: { coding: [{ system: 'http://fhir.org/argonaut/CodeSystem/pama-rating', code: 'not-appropriate' }] } },
            { url: `${PAMA}-consult-id`, valueUri: 'urn:uuid:0d6b3f8e-6f1e-4a57-8d0a-9f5b2f3c4d5e' },
            { url: 'http://example.org/keep-me', valueString: 'kept' },
          ];
        }),
      ),
    );
    const resource = body.cards[0].suggestions[0].actions[0].resource;
    assert.deepEqual(
      resource.extension.map((e: any) => e.url),
      ['http://example.org/keep-me'],
    );
  });

  it('2: an override reason outside our code system or list is logged as "other", never verbatim', async function () {
    const card = ok(await authedCall(svc, keys, SELECT, sample01())).cards[0];
    const fb = {
      feedback: [
        { card: card.uuid, outcome: 'overridden', overrideReason: { reason: { system: 'urn:x', code: 'John Smith MRN 12345' } }, outcomeTimestamp: at },
        { card: card.uuid, outcome: 'overridden', overrideReason: { reason: { code: 'patient-factors' } }, outcomeTimestamp: at },
        { card: card.uuid, outcome: 'overridden', overrideReason: { reason: { system: ACK, code: 'patient-factors' } }, outcomeTimestamp: at },
      ],
    };
    assert.equal((await authedCall(svc, keys, SELECT + '/feedback', fb)).status, 200);
    const text = fs.readFileSync(svc.feedbackLog, 'utf8');
    assert.doesNotMatch(text, /John|12345/);
    const mine = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((l) => l.card === card.uuid);
    assert.deepEqual(
      mine.map((l) => l.reason),
      ['other', 'other', 'patient-factors'],
    );
  });

  it('2: the feedback report takes text, escapes table cells and compares times as times', function () {
    const rows = [
      { card: 'c1', rule: 'a|b', outcome: 'accepted', time: '2026-12-01T10:05:00Z' },
      // Later in time, though "…00.5Z" < "…00Z" as strings.
      { card: 'c1', rule: 'a|b', outcome: 'overridden', reason: 'x|y', time: '2026-12-01T10:05:00.5Z' },
    ];
    const md: string = feedbackSection(rows.map((r) => JSON.stringify(r)).join('\n'));
    assert.match(md, /\| `a\\\|b` \| 1 \| 0 \(0\.0%\) \| 1 \(100\.0%\) \| x\\\|y \(1\) \|/);
  });

  it('3: orders beyond the per-request cap are not checked, and one info card says so', async function () {
    const one = sample01().context.draftOrders.entry[0].resource;
    const orders = Array.from({ length: 60 }, (_, i) => ({ ...one, id: `xr-${i}` }));
    const req = sample01();
    req.hook = 'order-sign';
    delete req.context.selections;
    req.context.draftOrders.entry = orders.map((resource) => ({ resource }));
    const body = ok(await authedCall(svc, keys, SIGN, req));
    assert.equal(body.cards.length, 51);
    const last = body.cards[50];
    assert.equal(last.indicator, 'info');
    assert.match(last.summary, /10 .*not checked/);
  });

  it('4: deeply nested JSON is a 400 "structure", not a 500', async function () {
    const depth = 60_000;
    const raw = JSON.stringify(sample01((sr) => (sr.extension = [{ url: 'http://example.org/deep', valueString: 'x' }]))).replace(
      '"valueString":"x"',
      `"deep":${'['.repeat(depth)}${']'.repeat(depth)}`,
    );
    const r = await call(svc.url, SELECT, { raw, token: await sign(keys, svc.publicUrl + SELECT), headers: { 'content-type': 'application/json' } });
    assert.equal(r.status, 400, r.text.slice(0, 200));
    assert.equal(r.json.issue[0].code, 'structure');
    // and the service keeps serving
    ok(await authedCall(svc, keys, SELECT, sample01()));
  });

  it('4: pruneEmpty refuses a structure deeper than its limit', function () {
    let v: unknown = 1;
    for (let i = 0; i < 100_000; i++) v = [v];
    assert.throws(
      () => pruneEmpty(v),
      (e: Error) => e.name !== 'RangeError',
    );
  });

  it('6: summaries never split a surrogate pair', function () {
    for (let n = 120; n < 145; n++) {
      const s = shortSummary('x'.repeat(n) + '😀'.repeat(20));
      const last = s.replace(/…$/, '');
      const code = last.charCodeAt(last.length - 1);
      assert.ok(!(code >= 0xd800 && code <= 0xdbff), `lone high surrogate at n=${n}`);
    }
  });

  it('7: feedback for a card never issued → 404; for a suggestion never issued → 400; from another issuer → 404', async function () {
    const card = ok(await authedCall(svc, keys, SELECT, sample01())).cards[0];
    const never = await authedCall(svc, keys, SELECT + '/feedback', {
      feedback: [{ card: '0d6b3f8e-6f1e-4a57-8d0a-9f5b2f3c4d5e', outcome: 'overridden', overrideReason: { userComment: 'x' }, outcomeTimestamp: at }],
    });
    assert.equal(never.status, 404);
    assert.equal(never.json.resourceType, 'OperationOutcome');
    const badSuggestion = await authedCall(svc, keys, SELECT + '/feedback', {
      feedback: [{ card: card.uuid, outcome: 'accepted', acceptedSuggestions: [{ id: '0d6b3f8e-6f1e-4a57-8d0a-9f5b2f3c4d5e' }], outcomeTimestamp: at }],
    });
    assert.equal(badSuggestion.status, 400);
    const other = await authedCall(
      svc,
      keys,
      SELECT + '/feedback',
      { feedback: [{ card: card.uuid, outcome: 'accepted', acceptedSuggestions: [{ id: card.suggestions[0].uuid }], outcomeTimestamp: at }] },
      { iss: keys.otherIss, key: 'es', tenant: 'clinic-a' },
    );
    assert.equal(other.status, 404, other.text);
    const good = await authedCall(svc, keys, SELECT + '/feedback', {
      feedback: [{ card: card.uuid, outcome: 'accepted', acceptedSuggestions: [{ id: card.suggestions[0].uuid }], outcomeTimestamp: at }],
    });
    assert.equal(good.status, 200);
  });

  it('8: an uncaught error is logged with its stack frames and without its message', function () {
    const err = new Error('Jane Doe MRN 999');
    const logged = JSON.stringify(errorForLog(err));
    assert.doesNotMatch(logged, /Jane|999/);
    assert.match(logged, /review\.test/);
  });
});
