/**
 * The CDS Hooks service as an EHR sees it: the real built process on 127.0.0.1, called over HTTP
 * with signed tokens (issue 11). Every 200 response is checked against the zod ports of the
 * spec's invariants, and every FHIR resource in it is validated with FHIR.js.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import { type Reply, type Service, type TestKeys, authedCall, call, hmacToken, makeKeys, sample, serviceNow, sign, startService } from './harness';
import { DiscoverySchema, assertValidResponse } from './invariants';
import { fhirErrors, resourcesIn } from './fhir-check';
import { CPT, ICD10CM, hookRequest, patientBorn, serviceRequest } from './requests';

const SELECT = '/cds-services/imaging-order-select';
const SIGN = '/cds-services/imaging-order-sign';
const PAMA = 'http://fhir.org/argonaut/Extension/pama-rating';

function checked(r: Reply): any {
  assert.equal(r.status, 200, `expected 200, got ${r.status}: ${r.text.slice(0, 300)}`);
  assertValidResponse(r.json);
  for (const res of resourcesIn(r.json)) assert.deepEqual(fhirErrors(res), [], 'FHIR R4 resource in the response');
  return r.json;
}

function ratingOf(action: any): string {
  const ext = action.resource.extension.find((e: any) => e.url === PAMA);
  return ext.valueCodeableConcept.coding[0].code;
}

function ruleOf(card: any): string {
  return card.source.topic.code;
}

describe('CDS Hooks service (real process over HTTP)', function () {
  let keys: TestKeys;
  let svc: Service;
  let argo: Service;

  before(async function () {
    keys = await makeKeys();
    [svc, argo] = await Promise.all([
      startService(keys, { bodyLimitBytes: 200_000 }),
      startService(keys, { profile: 'argonaut', qcdsmGCode: 'G9999', docsBaseUrl: 'https://docs.example.org/rules' }, ['--rating-provenance', 'reported']),
    ]);
  });
  after(async function () {
    await Promise.all([svc?.stop(), argo?.stop()]);
  });

  describe('discovery', function () {
    it('lists order-select and order-sign with the patient prefetch', async function () {
      const r = await authedCall(svc, keys, '/cds-services');
      assert.equal(r.status, 200);
      const d = DiscoverySchema.parse(r.json);
      assert.deepEqual(d.services.map((s) => s.hook).sort(), ['order-select', 'order-sign']);
      for (const s of d.services) assert.deepEqual(s.prefetch, { patient: 'Patient/{{context.patientId}}' });
    });
    it('is authenticated too', async function () {
      const r = await call(svc.url, '/cds-services');
      assert.equal(r.status, 401);
      assert.equal(r.text, '');
    });
  });

  describe('cards', function () {
    it("the starting article's 3-month-old with a dimple and hair tuft: a warning card replacing the radiograph with ultrasound", async function () {
      const body = checked(await authedCall(svc, keys, SELECT, sample('01-infant-dimple-radiograph.json')));
      assert.equal(body.cards.length, 1);
      const card = body.cards[0];
      assert.equal(ruleOf(card), 'inappropriate-initial-study');
      assert.equal(card.indicator, 'warning');
      assert.match(card.source.label, /Back Pain-Child.*S1.*reported/);
      assert.equal(card.selectionBehavior, 'at-most-one');
      const recommended = card.suggestions.filter((s: any) => s.isRecommended);
      assert.equal(recommended.length, 1);
      const action = recommended[0].actions[0];
      assert.equal(action.type, 'update');
      assert.deepEqual(action.resource.code.coding[0], { system: CPT, code: '76800', display: 'US spine area of interest' });
      assert.equal(action.resource.id, 'xr-spine-1');
      assert.deepEqual(
        card.overrideReasons.map((o: any) => o.code),
        ['guideline-does-not-apply', 'clinician-judgement', 'radiology-recommended', 'patient-factors', 'other'],
      );
      assert.match(card.links[0].url, /\/rules\/inappropriate-initial-study$/);
      assert.match(card.detail, /Usually Not Appropriate/);
      // S1 ratings are "reported": cards yes, a formal rating no, unless the deployer opts in.
      assert.equal(body.systemActions, undefined);
    });

    it('stamps a reported rating when --rating-provenance reported is given; the argonaut profile also emits extension.systemActions', async function () {
      const body = checked(await authedCall(argo, keys, SELECT, sample('01-infant-dimple-radiograph.json')));
      assert.equal(body.systemActions.length, 1);
      assert.equal(ratingOf(body.systemActions[0]), 'not-appropriate');
      assert.deepEqual(body.extension.systemActions, body.systemActions);
      const urls = body.systemActions[0].resource.extension.map((e: any) => e.url);
      assert.ok(urls.includes('http://fhir.org/argonaut/Extension/pama-rating-qcdsm-consulted'));
      assert.ok(urls.includes('http://fhir.org/argonaut/Extension/pama-rating-consult-id'));
      assert.match(body.systemActions[0].description, /not-appropriate/);
      // docsBaseUrl decides the rule link.
      assert.match(body.cards[0].links[0].url, /^https:\/\/docs\.example\.org\/rules\/inappropriate-initial-study\.md$/);
      // The rating only attaches extensions: the order itself is unchanged.
      const { extension, ...rest } = body.systemActions[0].resource;
      void extension;
      assert.deepEqual(rest, sample('01-infant-dimple-radiograph.json').context.draftOrders.entry[0].resource);
    });

    it("an older infant's spinal ultrasound (order-sign): the acoustic window has closed, MRI suggested", async function () {
      const body = checked(await authedCall(svc, keys, SIGN, sample('02-older-infant-ultrasound.json')));
      assert.deepEqual(body.cards.map(ruleOf), ['ultrasound-window-closed']);
      assert.equal(body.cards[0].indicator, 'warning');
      assert.match(body.cards[0].suggestions[0].label, /MRI/);
    });

    it('a red-flag case: radiographs for back pain with fever are rated appropriate (acr-portal), no warning card', async function () {
      const body = checked(await authedCall(svc, keys, SELECT, sample('03-red-flag-back-pain.json')));
      assert.equal(body.cards.filter((c: any) => c.indicator === 'warning').length, 0);
      assert.equal(body.systemActions.length, 1);
      assert.equal(ratingOf(body.systemActions[0]), 'appropriate');
      assert.match(body.systemActions[0].description, /acr-portal/);
      // No G-code is claimed unless configured.
      assert.ok(!body.systemActions[0].resource.extension.some((e: any) => /qcdsm/.test(e.url)));
      assert.equal(body.extension, undefined);
    });

    it('insufficient data (a partial birth date): an information card naming what is missing, never a rating', async function () {
      const body = checked(await authedCall(argo, keys, SELECT, sample('04-insufficient-data.json')));
      assert.equal(body.cards.length, 1);
      assert.equal(body.cards[0].indicator, 'info');
      assert.match(body.cards[0].summary, /Not rated.*full birth date/);
      assert.equal(body.systemActions, undefined);
    });

    for (const [what, patient, expect] of [
      ['a null patient prefetch', null, /patient's record/],
      ['a Patient without birthDate', patientBorn(undefined), /birth date/],
      ['a null birthDate', patientBorn(null), /birth date/],
      ['an OperationOutcome in the prefetch', { resourceType: 'OperationOutcome', issue: [] }, /patient's record/],
    ] as const) {
      it(`insufficient data: ${what}`, async function () {
        const req = hookRequest('order-select', [serviceRequest({ cpt: '76800', reasonText: ['sacral dimple'] })], patient);
        const body = checked(await authedCall(argo, keys, SELECT, req));
        assert.equal(body.cards.length, 1);
        assert.match(body.cards[0].summary, expect);
        assert.equal(body.systemActions, undefined);
      });
    }

    it('insufficient data: no reason for the study at all', async function () {
      const body = checked(await authedCall(argo, keys, SELECT, hookRequest('order-select', [serviceRequest({ cpt: '72148' })], patientBorn('2016-05-02'))));
      assert.match(body.cards[0].summary, /reason for the study/);
      assert.equal(body.systemActions, undefined);
    });

    it('back pain without red flags, MRI: a not-appropriate card and rating (acr-portal)', async function () {
      const req = hookRequest('order-select', [serviceRequest({ cpt: '72148', reasons: [{ coding: [{ system: ICD10CM, code: 'M54.50' }] }] })], patientBorn('2016-05-02'));
      const body = checked(await authedCall(svc, keys, SELECT, req));
      assert.deepEqual(body.cards.map(ruleOf), ['not-appropriate-for-scenario']);
      assert.equal(ratingOf(body.systemActions[0]), 'not-appropriate');
    });

    it('no covered scenario: an info card and a no-criteria-apply rating', async function () {
      const req = hookRequest('order-select', [serviceRequest({ cpt: '72148', reasonText: ['headache'] })], patientBorn('2016-05-02'));
      const body = checked(await authedCall(svc, keys, SELECT, req));
      assert.deepEqual(body.cards.map(ruleOf), ['no-criteria-apply']);
      assert.equal(body.cards[0].indicator, 'info');
      assert.equal(ratingOf(body.systemActions[0]), 'no-criteria-apply');
    });

    it('information and hint findings become info cards (window closing at 5 months; MRI first at 2 months)', async function () {
      const closing = hookRequest('order-select', [serviceRequest({ cpt: '76800', reasonText: ['hair tuft'], authoredOn: '2026-11-20' })], patientBorn('2026-06-15'));
      const a = checked(await authedCall(svc, keys, SELECT, closing));
      assert.deepEqual(
        a.cards.map((c: any) => [ruleOf(c), c.indicator]),
        [['ultrasound-window-closing', 'info']],
      );
      const mri = hookRequest('order-select', [serviceRequest({ cpt: '72148', reasonText: ['hair tuft'] })], patientBorn('2026-09-20'));
      const b = checked(await authedCall(svc, keys, SELECT, mri));
      assert.deepEqual(
        b.cards.map((c: any) => [ruleOf(c), c.indicator]),
        [['mri-first-in-young-infant', 'info']],
      );
    });

    it('an acknowledgement recorded in the order note hides the finding, as in the editor', async function () {
      const req = hookRequest('order-select', [
        serviceRequest({ cpt: '72020', reasonText: ['sacral dimple', 'hair tuft'], notes: ['acknowledge inappropriate-initial-study: radiology-recommended'] }),
      ]);
      const body = checked(await authedCall(svc, keys, SELECT, req));
      assert.deepEqual(body.cards.map(ruleOf), []);
    });

    it('patients 18 or older: no card, no rating', async function () {
      const req = hookRequest('order-select', [serviceRequest({ cpt: '72148', reasonText: ['low back pain'] })], patientBorn('2000-01-01'));
      assert.deepEqual(checked(await authedCall(argo, keys, SELECT, req)), { cards: [] });
    });

    it('non-spine and non-imaging orders are left alone', async function () {
      for (const code of [
        { coding: [{ system: CPT, code: '70450' }], text: 'CT head without contrast' },
        { text: 'Complete blood count' },
        { coding: [{ system: 'http://loinc.org', code: '58410-2', display: 'CBC panel' }] },
      ]) {
        const req = hookRequest('order-select', [serviceRequest({ code, reasonText: ['sacral dimple'] })]);
        assert.deepEqual(checked(await authedCall(argo, keys, SELECT, req)), { cards: [] });
      }
    });

    it('tolerates the known deviations: Bundle without type, WHO ICD-10 URI, text-only and LOINC-display codes', async function () {
      const who = {
        coding: [
          { system: 'http://hl7.org/fhir/sid/icd-10', code: 'Q82.6' },
          { system: 'http://hl7.org/fhir/sid/icd-10', code: 'L68.3' },
        ],
      };
      for (const code of [{ text: 'XR spine single view' }, { coding: [{ system: 'http://loinc.org', code: '00000-0', display: 'XR Spine' }] }]) {
        const req = hookRequest('order-select', [serviceRequest({ code, reasons: [who] })], undefined, { bundleType: false });
        const body = checked(await authedCall(svc, keys, SELECT, req));
        assert.deepEqual(body.cards.map(ruleOf), ['inappropriate-initial-study']);
        // Without a CPT code for the new study's region, the suggestion carries the ACR name as text.
        assert.ok(body.cards[0].suggestions.every((s: any) => s.actions[0].resource.code.text));
      }
    });

    it('order-select looks only at the selected orders; order-sign at all of them', async function () {
      const a = serviceRequest({ id: 'a', cpt: '72020', reasonText: ['sacral dimple', 'hair tuft'] });
      const b = serviceRequest({ id: 'b', cpt: '72148', reasonText: ['hair tuft'] });
      const sel = checked(await authedCall(svc, keys, SELECT, hookRequest('order-select', [a, b], undefined, { selections: ['ServiceRequest/b'] })));
      assert.deepEqual(sel.cards.map(ruleOf), ['mri-first-in-young-infant']);
      const signed = checked(await authedCall(svc, keys, SIGN, hookRequest('order-sign', [a, b])));
      assert.deepEqual(signed.cards.map(ruleOf).sort(), ['inappropriate-initial-study', 'mri-first-in-young-infant']);
    });

    it('every summary stays under 140 characters, cut at a word with an ellipsis', async function () {
      const body = checked(await authedCall(svc, keys, SELECT, sample('01-infant-dimple-radiograph.json')));
      for (const c of body.cards) {
        assert.ok(c.summary.length < 140);
        if (c.summary.endsWith('…')) assert.match(c.summary, /\S…$/);
      }
    });

    it('serves the rule pages its cards link to', async function () {
      const r = await call(svc.url, '/rules/inappropriate-initial-study');
      assert.equal(r.status, 200);
      assert.match(r.headers.get('content-type') ?? '', /text\/markdown/);
      assert.equal((await call(svc.url, '/rules/no-such-rule')).status, 404);
    });
  });

  describe('errors', function () {
    const outcome = (r: Reply, status: number) => {
      assert.equal(r.status, status, r.text.slice(0, 200));
      assert.equal(r.json?.resourceType, 'OperationOutcome');
      assert.deepEqual(fhirErrors(r.json), []);
      assert.doesNotMatch(r.text, /at [\w.<>]+ \(|node:internal|\.js:\d+/, 'no stack trace');
    };
    it('malformed JSON → 400 with an OperationOutcome that does not echo the body', async function () {
      const token = await sign(keys, svc.publicUrl + SELECT);
      const r = await call(svc.url, SELECT, { raw: '{"hook": "order-select", "secret-patient-name', token });
      outcome(r, 400);
      assert.doesNotMatch(r.text, /secret-patient-name/);
    });
    it('wrong shape → 400', async function () {
      outcome(await authedCall(svc, keys, SELECT, { hook: 'order-select' }), 400);
      outcome(await authedCall(svc, keys, SELECT, [1, 2, 3]), 400);
      outcome(await authedCall(svc, keys, SELECT, hookRequest('order-sign', [serviceRequest({})])), 400);
      const noSelections = hookRequest('order-select', [serviceRequest({})], undefined, { selections: [] });
      outcome(await authedCall(svc, keys, SELECT, noSelections), 400);
    });
    it('unknown service → 404; unknown path → 404', async function () {
      outcome(await authedCall(svc, keys, '/cds-services/nope', hookRequest('order-select', [serviceRequest({})])), 404);
      outcome(await call(svc.url, '/nowhere'), 404);
    });
    it('the patient prefetch key absent → 412', async function () {
      outcome(await authedCall(svc, keys, SELECT, hookRequest('order-select', [serviceRequest({})], undefined, { noPrefetch: true })), 412);
      const other = { ...hookRequest('order-select', [serviceRequest({})]), prefetch: { encounter: null } };
      outcome(await authedCall(svc, keys, SELECT, other), 412);
    });
    it('body over the limit → 413', async function () {
      const big = hookRequest('order-select', [serviceRequest({ notes: ['x'.repeat(300_000)] })]);
      outcome(await authedCall(svc, keys, SELECT, big), 413);
    });
    it('not JSON → 415', async function () {
      const token = await sign(keys, svc.publicUrl + SELECT);
      outcome(await call(svc.url, SELECT, { raw: '<hello/>', token, headers: { 'content-type': 'application/xml' } }), 415);
    });
    it('a slow, half-sent request is closed by the server, and the service keeps serving', async function () {
      const slow = await startService(keys, { idleTimeoutMs: 200, requestTimeoutMs: 500 });
      try {
        const { port } = new URL(slow.url);
        const token = await sign(keys, slow.publicUrl + SELECT);
        // Authenticated, declares 1,000 bytes of body, sends 7 and goes quiet.
        const head = `POST ${SELECT} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"hook"`;
        await new Promise<void>((resolve, reject) => {
          const s = net.connect(Number(port), '127.0.0.1', () => s.write(head));
          s.resume();
          s.on('error', () => undefined);
          s.on('close', () => resolve());
          s.setTimeout(60_000, () => reject(new Error('the server never closed the connection')));
        });
        assert.equal((await authedCall(slow, keys, '/cds-services')).status, 200);
      } finally {
        await slow.stop();
      }
    });
  });

  describe('client authentication (JWT)', function () {
    const refused = async (token: string | undefined, route = SELECT, body: unknown = sample('01-infant-dimple-radiograph.json')) => {
      const r = await call(svc.url, route, { body, token });
      assert.equal(r.status, 401);
      assert.equal(r.text, '', '401 with no detail');
    };
    it('RS384 and ES384 tokens are accepted', async function () {
      assert.equal((await authedCall(svc, keys, SELECT, sample('01-infant-dimple-radiograph.json'), { key: 'rs' })).status, 200);
      assert.equal((await authedCall(svc, keys, SELECT, sample('01-infant-dimple-radiograph.json'), { key: 'es' })).status, 200);
    });
    it('no token, or a malformed Authorization header', async function () {
      await refused(undefined);
      const r = await call(svc.url, SELECT, { body: {}, headers: { authorization: 'Basic dXNlcjpwYXNz' } });
      assert.equal(r.status, 401);
      await refused('not.a.jwt!');
    });
    it('alg none', async function () {
      const now = await serviceNow();
      await refused(
        `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: keys.iss, aud: svc.publicUrl + SELECT, exp: now + 60, iat: now, jti: 'n1' })).toString('base64url')}.`,
      );
    });
    it('HMAC (HS384), including the public-key-as-secret confusion', async function () {
      const jwks = fs.readFileSync(`${keys.dir}/ehr.jwks.json`, 'utf8');
      const now = await serviceNow();
      await refused(hmacToken({ iss: keys.iss, aud: svc.publicUrl + SELECT, exp: now + 60, iat: now, jti: 'h1' }, jwks));
    });
    it('an algorithm not on the list (RS256 with a known key)', async function () {
      await refused(await sign(keys, svc.publicUrl + SELECT, { key: 'rs256', alg: 'RS256', kid: 'rs256-1' }));
    });
    it('an issuer not allow-listed', async function () {
      await refused(await sign(keys, svc.publicUrl + SELECT, { iss: 'https://evil.example.org' }));
    });
    it('aud of another endpoint, another host, or missing', async function () {
      await refused(await sign(keys, svc.publicUrl + '/cds-services'));
      await refused(await sign(keys, 'https://other.example.org/cds-services/imaging-order-select'));
      await refused(await sign(keys, svc.publicUrl + SELECT, { omit: ['aud'] }));
    });
    it('expired, issued in the future, or living longer than the cap', async function () {
      await refused(await sign(keys, svc.publicUrl + SELECT, { exp: -120, iat: -200 }));
      await refused(await sign(keys, svc.publicUrl + SELECT, { iat: 600, exp: 700 }));
      await refused(await sign(keys, svc.publicUrl + SELECT, { exp: 3600 }));
    });
    it('a missing exp, iat or jti', async function () {
      await refused(await sign(keys, svc.publicUrl + SELECT, { omit: ['exp'] }));
      await refused(await sign(keys, svc.publicUrl + SELECT, { omit: ['iat'] }));
      await refused(await sign(keys, svc.publicUrl + SELECT, { jti: null }));
    });
    it('a replayed jti', async function () {
      const token = await sign(keys, svc.publicUrl + SELECT);
      assert.equal((await call(svc.url, SELECT, { body: sample('01-infant-dimple-radiograph.json'), token })).status, 200);
      await refused(token);
    });
    it('a signature by an unknown key, an unknown kid, or no kid', async function () {
      await refused(await sign(keys, svc.publicUrl + SELECT, { key: 'stranger' }));
      await refused(await sign(keys, svc.publicUrl + SELECT, { kid: 'nobody' }));
      await refused(await sign(keys, svc.publicUrl + SELECT, { kid: null }));
    });
    it('typ other than JWT', async function () {
      await refused(await sign(keys, svc.publicUrl + SELECT, { typ: 'at+jwt' }));
    });
    it('tenant: required and allow-listed where the issuer has tenants', async function () {
      await refused(await sign(keys, svc.publicUrl + SELECT, { iss: keys.otherIss, key: 'es' }));
      await refused(await sign(keys, svc.publicUrl + SELECT, { iss: keys.otherIss, key: 'es', tenant: 'clinic-b' }));
      const ok = await sign(keys, svc.publicUrl + SELECT, { iss: keys.otherIss, key: 'es', tenant: 'clinic-a' });
      assert.equal((await call(svc.url, SELECT, { body: sample('01-infant-dimple-radiograph.json'), token: ok })).status, 200);
    });
    it('authentication comes before anything else: no 404/400/413 leaks to an unauthenticated caller', async function () {
      await refused(undefined, '/cds-services/nope', {});
      await refused(undefined, SELECT, { junk: true });
      await refused(undefined, SELECT + '/feedback', {});
    });
  });

  describe('feedback', function () {
    const at = '2026-12-01T10:00:00Z';
    it('records card id, rule, outcome, reason code and time — nothing else', async function () {
      const body = checked(await authedCall(svc, keys, SELECT, sample('01-infant-dimple-radiograph.json')));
      const card = body.cards[0];
      const fb = {
        feedback: [
          { card: card.uuid, outcome: 'overridden', overrideReason: { reason: card.overrideReasons[1], userComment: 'mother of Jane Doe prefers' }, outcomeTimestamp: at },
          { card: card.uuid, outcome: 'accepted', acceptedSuggestions: [{ id: card.suggestions[0].uuid }], outcomeTimestamp: at },
        ],
      };
      const r = await authedCall(svc, keys, SELECT + '/feedback', fb);
      assert.equal(r.status, 200);
      const lines = fs
        .readFileSync(svc.feedbackLog, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const mine = lines.filter((l) => l.card === card.uuid);
      assert.deepEqual(mine, [
        { card: card.uuid, rule: 'inappropriate-initial-study', outcome: 'overridden', reason: 'clinician-judgement', time: at },
        { card: card.uuid, rule: 'inappropriate-initial-study', outcome: 'accepted', time: at },
      ]);
      assert.doesNotMatch(fs.readFileSync(svc.feedbackLog, 'utf8'), /Jane/);
    });
    it('validates the cds-fb invariants', async function () {
      const id = '0d6b3f8e-6f1e-4a57-8d0a-9f5b2f3c4d5e';
      for (const bad of [
        { feedback: [{ card: id, outcome: 'accepted', outcomeTimestamp: at }] },
        { feedback: [{ card: id, outcome: 'overridden', overrideReason: {}, outcomeTimestamp: at }] },
        { feedback: [{ card: id, outcome: 'accepted', acceptedSuggestions: [{ id }], overrideReason: { userComment: 'x' }, outcomeTimestamp: at }] },
        { feedback: [{ card: id, outcome: 'ignored', outcomeTimestamp: at }] },
        { feedback: [{ card: 'not-a-uuid', outcome: 'overridden', outcomeTimestamp: at }] },
        { feedback: [{ card: id, outcome: 'overridden', outcomeTimestamp: 'yesterday' }] },
        { feedback: [] },
      ]) {
        const r = await authedCall(svc, keys, SELECT + '/feedback', bad);
        assert.equal(r.status, 400, JSON.stringify(bad));
        assert.equal(r.json.resourceType, 'OperationOutcome');
      }
    });
    it('unknown service → 404', async function () {
      const r = await authedCall(svc, keys, '/cds-services/nope/feedback', { feedback: [] });
      assert.equal(r.status, 404);
    });
  });

  describe('logs', function () {
    it('hold no token and no patient data', async function () {
      const token = await sign(keys, svc.publicUrl + SELECT);
      await call(svc.url, SELECT, { body: sample('01-infant-dimple-radiograph.json'), token });
      await call(svc.url, SELECT, { raw: '{"broken": "tuft of hair', token: await sign(keys, svc.publicUrl + SELECT) });
      const log = svc.stdout() + svc.stderr();
      assert.ok(log.includes('"route":"/cds-services/:id"'), 'requests are logged');
      for (const secret of [token, token.split('.')[2], 'Bearer', '2026-08-18', 'tuft', 'dimple', 'example-patient', 'Practitioner/']) {
        assert.ok(!log.includes(secret), `log contains ${secret.slice(0, 20)}`);
      }
    });
  });
});
