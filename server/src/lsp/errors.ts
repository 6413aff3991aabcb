import { type ConnectionStrategy, ErrorCodes, LSPErrorCodes, type Message, type RequestMessage, ResponseError, type ResponseMessage } from 'vscode-languageserver';

// The protocol errors handlers answer with. Apart from params.ts (zod), which is loaded after
// initialize through features.ts; these are needed by the connection before it.

export function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

export function requestCancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/**
 * A request cancelled before its handler started is answered RequestCancelled straight from the
 * message queue (vscode-jsonrpc asks this strategy); one already running sees its token instead.
 */
export const CONNECTION_STRATEGY: ConnectionStrategy = {
  cancelUndispatched(message: Message): ResponseMessage {
    const id = (message as RequestMessage).id ?? null;
    return { jsonrpc: '2.0', id, error: { code: LSPErrorCodes.RequestCancelled, message: 'request cancelled' } };
  },
};
