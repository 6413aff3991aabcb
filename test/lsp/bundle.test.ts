/**
 * The server answers initialize from dist/server.js alone; the engine, zod and the knowledge base
 * live in dist/features.js, loaded after initialize (server/src/lsp/features.ts). A static import
 * that pulls the engine into the first bundle makes every start pay for compiling it, so guard it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const DIST = path.resolve(__dirname, '..', '..', '..', 'dist');

describe('server bundles: initialize does not load the engine', () => {
  it('dist/server.js holds no zod and no rules; dist/features.js holds them', () => {
    const server = fs.readFileSync(path.join(DIST, 'server.js'), 'utf8');
    const features = fs.readFileSync(path.join(DIST, 'features.js'), 'utf8');
    for (const marker of ['ZodError', 'inappropriate-initial-study']) {
      assert.ok(features.includes(marker), `features.js should contain ${marker}`);
      assert.ok(!server.includes(marker), `server.js contains ${marker}: a static import pulled the engine into the first bundle`);
    }
  });
});
