/**
 * Language server entry (bundled to dist/server.js). `ProposedFeatures.all` + argv choose the
 * transport: `--stdio`, `--node-ipc` or `--socket=N`.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { CONNECTION_STRATEGY } from './params';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all, CONNECTION_STRATEGY));
