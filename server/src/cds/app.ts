import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { advise } from './advise';
import { Authenticator } from './auth';
import { BoundedMap } from './bounded-map';
import type { CdsConfig } from './config';
import { DEFAULT_SETTINGS, type Engine, RULES_BY_ID, defaultKnowledge, ruleDocsUri, rulesDocsDir } from '../engine';
import { FeedbackLog, FeedbackSchema, type IssuedCard } from './feedback';
import { HookRequestSchema, hookProblem, patientPrefetch } from './hook-request';
import { loadIcd10Findings } from './icd10-findings';
import { operationOutcome } from './operation-outcome';
import { TooDeepError } from './prune-empty';

type Hook = 'order-select' | 'order-sign';

export const SERVICES: { id: string; hook: Hook; title: string; description: string }[] = [
  {
    id: 'imaging-order-select',
    hook: 'order-select',
    title: 'Pediatric spine imaging: ACR Appropriateness Criteria',
    description:
      'Checks a selected pediatric spine imaging order against the ACR Appropriateness Criteria (Back Pain-Child, Suspected Spine Trauma-Child): findings, the recommended study and, where the provenance allows, a PAMA rating.',
  },
  {
    id: 'imaging-order-sign',
    hook: 'order-sign',
    title: 'Pediatric spine imaging: ACR Appropriateness Criteria (at signing)',
    description:
      'Checks pediatric spine imaging orders about to be signed against the ACR Appropriateness Criteria (Back Pain-Child, Suspected Spine Trauma-Child): findings, the recommended study and, where the provenance allows, a PAMA rating.',
  },
];
const BY_ID = new Map(SERVICES.map((s) => [s.id, s]));
const PREFETCH = { patient: 'Patient/{{context.patientId}}' };

export interface AppOptions {
  config: CdsConfig;
  baseDir: string;
  dev: boolean;
  /** The URL the service is reached at when no publicUrl is configured (dev): filled in after listen. */
  localUrl: () => string;
  logLevel?: string;
}

/** Fixed, content-free messages: a parser's own message can quote the body, which may hold patient data. */
function describeClientError(err: { code?: string; statusCode?: number }): { status: number; text: string; code: Parameters<typeof operationOutcome>[0] } {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, text: 'the request body is over the size limit', code: 'too-long' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, text: 'send the request as application/json', code: 'structure' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, text: 'the request body is empty', code: 'structure' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, text: 'the Content-Length does not match the body', code: 'structure' };
    default:
      if (err.statusCode === 408 || err.code === 'FST_ERR_REQUEST_TIMEOUT') return { status: 408, text: 'the request took too long to arrive', code: 'timeout' };
      if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return { status: 400, text: 'the request body is not valid JSON', code: 'structure' };
      return { status: 500, text: 'the service could not process this request', code: 'exception' };
  }
}

function zodSummary(issues: { path: PropertyKey[]; message: string }[]): string {
  // Paths and schema messages only: never the offending values.
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(body)'}: ${i.message}`)
    .join('; ');
}

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const { config } = o;
  const knowledge = defaultKnowledge();
  const engine: Engine = { knowledge, settings: { ...DEFAULT_SETTINGS, rules: config.rules } };
  const icd = loadIcd10Findings(knowledge);
  const auth = o.dev ? undefined : new Authenticator(config, o.baseDir);
  const cardMemory = new BoundedMap<IssuedCard>(config.cardMemory.size);
  const feedbackLog = new FeedbackLog(path.resolve(o.baseDir, config.feedbackLog), cardMemory);
  const base = () => (config.publicUrl ?? o.localUrl()).replace(/\/+$/, '');
  const ruleLink = (ruleId: string) => (config.docsBaseUrl ? ruleDocsUri(ruleId, config.docsBaseUrl) : `${base()}/rules/${ruleId}`);

  const app = Fastify({
    logger: {
      level: o.logLevel ?? 'info',
      // Nothing from the request is logged but what onResponse picks; these guard any other log call.
      redact: { paths: ['req.headers.authorization', 'headers.authorization', 'body', 'req.body'], remove: true },
    },
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    bodyLimit: config.bodyLimitBytes,
    connectionTimeout: config.idleTimeoutMs,
    keepAliveTimeout: Math.min(config.idleTimeoutMs, 5000),
    requestTimeout: config.requestTimeoutMs,
    return503OnClosing: true,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { maxParamLength: 200 },
  });
  app.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  // One line per request: who called (iss, jti, tenant — never the token) and how it went.
  const clients = new WeakMap<FastifyRequest, { iss: string; jti: string; tenant?: string }>();
  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10, ...clients.get(req) },
      'request',
    );
  });

  const refuse = (reply: FastifyReply) => reply.code(401).header('www-authenticate', 'Bearer').send();
  const authenticate = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!auth) return;
    const audience = base() + req.url.split('?')[0];
    const r = await auth.verify(req.headers.authorization, audience);
    if (!r.ok) {
      // The reason (which check failed) is for operators; the client only learns "401".
      req.log.warn({ why: r.why }, 'call refused');
      if (r.busy) return reply.code(503).header('retry-after', '5').send(operationOutcome('transient', 'the service is busy; retry shortly'));
      return refuse(reply);
    }
    clients.set(req, { iss: r.iss, jti: r.jti, ...(r.tenant ? { tenant: r.tenant } : {}) });
  };

  app.setErrorHandler((err: { code?: string; statusCode?: number; name?: string }, req, reply) => {
    const d = describeClientError(err);
    if (d.status >= 500) req.log.error({ err: { name: err.name, code: err.code } }, 'request failed');
    reply.code(d.status).send(operationOutcome(d.code, d.text));
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send(operationOutcome('not-found', 'no such endpoint')));

  app.get('/cds-services', { onRequest: authenticate }, async () => ({
    services: SERVICES.map((s) => ({ hook: s.hook, id: s.id, title: s.title, description: s.description, prefetch: PREFETCH })),
  }));

  app.post<{ Params: { id: string } }>('/cds-services/:id', { onRequest: authenticate }, async (req, reply) => {
    const service = BY_ID.get(req.params.id);
    if (!service) return reply.code(404).send(operationOutcome('not-found', 'no CDS service with this id'));
    const parsed = HookRequestSchema.safeParse(req.body);
    if (!parsed.success) return reply.code(400).send(operationOutcome('structure', `not a valid ${service.hook} request: ${zodSummary(parsed.error.issues)}`));
    const problem = hookProblem(parsed.data, service.hook);
    if (problem) return reply.code(400).send(operationOutcome('invalid', problem));
    const patient = patientPrefetch(parsed.data);
    // We never query the FHIR server, so without the prefetched Patient there is no age: 412, as the spec requires.
    if (patient.state === 'absent') return reply.code(412).send(operationOutcome('required', 'the "patient" prefetch (Patient/{{context.patientId}}) is required'));
    let advice;
    try {
      advice = advise(parsed.data, service.hook, patient, {
        engine,
        icd,
        ratingProvenance: config.ratingProvenance,
        profile: config.profile,
        qcdsmGCode: config.qcdsmGCode,
        maxOrders: config.maxOrdersPerRequest,
        ruleLink,
      });
    } catch (e) {
      if (e instanceof TooDeepError) return reply.code(400).send(operationOutcome('structure', e.message));
      throw e;
    }
    const { response, cardRules } = advice;
    const expires = Date.now() + config.cardMemory.ttlSeconds * 1000;
    // Feedback is taken only from the client the card went to, and only for the suggestions it carried.
    const iss = clients.get(req)?.iss ?? '';
    const suggestionsOf = new Map(response.cards.map((c) => [c.uuid, (c.suggestions ?? []).flatMap((x) => (x.uuid ? [x.uuid.toLowerCase()] : []))]));
    for (const c of cardRules) cardMemory.set(c.uuid, { ruleId: c.ruleId, iss, suggestions: suggestionsOf.get(c.uuid) ?? [] }, expires);
    return response;
  });

  app.post<{ Params: { id: string } }>('/cds-services/:id/feedback', { onRequest: authenticate }, async (req, reply) => {
    if (!BY_ID.has(req.params.id)) return reply.code(404).send(operationOutcome('not-found', 'no CDS service with this id'));
    const parsed = FeedbackSchema.safeParse(req.body);
    if (!parsed.success) return reply.code(400).send(operationOutcome('structure', `not valid feedback: ${zodSummary(parsed.error.issues)}`));
    const problem = feedbackLog.check(parsed.data, clients.get(req)?.iss ?? '');
    if (problem) return reply.code(problem.status).send(operationOutcome(problem.status === 404 ? 'not-found' : 'invalid', problem.text));
    feedbackLog.record(parsed.data);
    return reply.code(200).send();
  });

  // Rule pages for card links when no docsBaseUrl is set: public documentation, so no token is asked for.
  app.get<{ Params: { rule: string } }>('/rules/:rule', async (req, reply) => {
    const id = req.params.rule.replace(/\.md$/, '');
    const dir = rulesDocsDir();
    if (!RULES_BY_ID.has(id) || !dir) return reply.code(404).send(operationOutcome('not-found', 'no such rule'));
    const text = await fs.promises.readFile(path.join(dir, `${id}.md`), 'utf8');
    return reply.type('text/markdown; charset=utf-8').send(text);
  });

  return app;
}
