/**
 * The parameters the server accepts, per method (issue 12, defect 5).
 *
 * A message that does not match the protocol's types must not reach the handlers: a `didOpen` whose
 * text is a number used to be stored, and every later request on that URI failed. Requests with bad
 * parameters are answered with InvalidParams; bad notifications are dropped with one log line (a
 * notification has no answer to carry the error). Extra properties are allowed, as the protocol
 * evolves by adding them.
 */
import { z } from 'zod';

const uinteger = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/**
 * Coordinates must be numbers; out-of-range ones (negative, fractional, past the end) are clamped
 * later, where the text is known, as VS Code clamps them (textSync.ts): a stale position is normal
 * while the user types, and the server has always answered it.
 */
const coordinate = z.number();
const position = z.looseObject({ line: coordinate, character: coordinate });
const range = z.looseObject({ start: position, end: position });
const docId = z.looseObject({ uri: z.string() });
const positional = z.looseObject({ textDocument: docId, position });

const diagnostic = z.looseObject({ range, message: z.string() });

const SCHEMAS = {
  // notifications
  didOpen: z.looseObject({ textDocument: z.looseObject({ uri: z.string(), languageId: z.string(), version: z.number().int(), text: z.string() }) }),
  didChange: z.looseObject({
    textDocument: z.looseObject({ uri: z.string(), version: z.number().int() }),
    contentChanges: z.array(
      z.union([z.looseObject({ range, rangeLength: uinteger.optional(), text: z.string() }), z.looseObject({ text: z.string(), range: z.undefined().optional() })]),
    ),
  }),
  didSave: z.looseObject({ textDocument: docId, text: z.string().optional() }),
  didClose: z.looseObject({ textDocument: docId }),
  didChangeConfiguration: z.looseObject({ settings: z.unknown() }),
  trustChanged: z.looseObject({ trusted: z.boolean().optional() }),
  /** The event itself: vscode-languageserver unwraps `params.event` before our handler sees it. */
  didChangeWorkspaceFolders: z.looseObject({
    added: z.array(z.looseObject({ uri: z.string(), name: z.string() })),
    removed: z.array(z.looseObject({ uri: z.string(), name: z.string() })),
  }),
  // requests
  'textDocument/diagnostic': z.looseObject({ textDocument: docId, identifier: z.string().optional(), previousResultId: z.string().optional() }),
  codeAction: z.looseObject({ textDocument: docId, range, context: z.looseObject({ diagnostics: z.array(diagnostic), only: z.array(z.string()).optional() }) }),
  hover: positional,
  completion: positional,
  documentSymbol: z.looseObject({ textDocument: docId }),
  foldingRange: z.looseObject({ textDocument: docId }),
  codeLens: z.looseObject({ textDocument: docId }),
  executeCommand: z.looseObject({ command: z.string(), arguments: z.array(z.unknown()).optional() }),
} as const;

const NOTIFICATIONS = new Set(['didOpen', 'didChange', 'didSave', 'didClose', 'didChangeConfiguration', 'trustChanged', 'didChangeWorkspaceFolders']);

export type Checked = { ok: true } | { ok: false; notification: boolean; message: string };

const OK: Checked = { ok: true };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosition = (p: unknown) => isObject(p) && Number.isFinite(p.line) && Number.isFinite(p.character);
const isRange = (r: unknown) => isObject(r) && isPosition(r.start) && isPosition(r.end);
const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

/**
 * Plain checks for the two messages of every keystroke (a change, then a pull of its diagnostics),
 * which zod took ~25 µs each to validate (and to copy). Each accepts only what its schema above
 * accepts; whatever it does not accept goes on to the schema, which decides and words the message.
 */
const FAST = new Map<string, (p: unknown) => boolean>(
  Object.entries({
    didChange: (p) =>
      isObject(p) &&
      isObject(p.textDocument) &&
      typeof p.textDocument.uri === 'string' &&
      Number.isSafeInteger(p.textDocument.version) &&
      Array.isArray(p.contentChanges) &&
      p.contentChanges.every(
        (c) =>
          isObject(c) &&
          typeof c.text === 'string' &&
          (c.range === undefined || (isRange(c.range) && (c.rangeLength === undefined || (Number.isSafeInteger(c.rangeLength) && (c.rangeLength as number) >= 0)))),
      ),
    'textDocument/diagnostic': (p) =>
      isObject(p) && isObject(p.textDocument) && typeof p.textDocument.uri === 'string' && optionalString(p.identifier) && optionalString(p.previousResultId),
  }),
);

/** For tests: whether the plain check of a method accepts the parameters (undefined: the method has none). */
export function fastAccepts(name: string, params: unknown): boolean | undefined {
  return FAST.get(name)?.(params);
}

/** For tests: whether the method's schema accepts the parameters. */
export function schemaAccepts(name: string, params: unknown): boolean {
  return (SCHEMAS as Record<string, z.ZodType>)[name]?.safeParse(params).success ?? true;
}

/** Checks a handler's parameters; handlers without a schema (internal ones) pass. */
export function checkParams(name: string, params: unknown): Checked {
  if (FAST.get(name)?.(params)) return OK;
  const schema = (SCHEMAS as Record<string, z.ZodType>)[name];
  if (!schema) return OK;
  const r = schema.safeParse(params);
  if (r.success) return OK;
  const issue = r.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'params';
  return { ok: false, notification: NOTIFICATIONS.has(name), message: `${name}: invalid parameters (${where}: ${issue?.message ?? 'invalid'})` };
}
