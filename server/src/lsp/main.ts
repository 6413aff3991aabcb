/**
 * Language server entry (bundled to dist/server.js). `ProposedFeatures.all` + argv choose the
 * transport: `--stdio`, `--node-ipc` or `--socket=N`.
 */
import { format } from 'node:util';
import { type Connection, ProposedFeatures, StreamMessageReader, createConnection } from 'vscode-languageserver/node';
import { CONNECTION_STRATEGY } from './errors';
import { startServer } from './server';
import { FramedMessageWriter } from './wire';

/**
 * On stdio our own writer (wire.ts: diagnostics go out through the caching encoder, and each message
 * is one write); the library only takes a writer when it is given the reader too, so what it does for `--stdio` is
 * repeated here: console output goes to the client's log (stdout is the protocol), and the server
 * exits when its input closes.
 */
function stdioConnection(): Connection {
  const reader = new StreamMessageReader(process.stdin);
  // Exit code 0 when the input closes after a `shutdown` request, 1 otherwise (as the library does).
  let shutdown = false;
  const listen = reader.listen.bind(reader);
  reader.listen = (callback) =>
    listen((msg) => {
      if ((msg as { method?: string }).method === 'shutdown') shutdown = true;
      callback(msg);
    });
  const connection = createConnection(ProposedFeatures.all, reader, new FramedMessageWriter(process.stdout, true), CONNECTION_STRATEGY);
  const toLog =
    (send: (m: string) => void) =>
    (...args: unknown[]) =>
      send(format(...args));
  console.log = toLog((m) => connection.console.log(m));
  console.info = toLog((m) => connection.console.info(m));
  console.warn = toLog((m) => connection.console.warn(m));
  console.error = toLog((m) => connection.console.error(m));
  console.debug = toLog((m) => connection.console.log(m));
  const end = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  return connection;
}

startServer(process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all, CONNECTION_STRATEGY));
