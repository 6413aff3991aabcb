#!/usr/bin/env node
// `npm run cds:try [-- samples/cds/<file>.json] [--json]`: one step from a clean build to a real card.
// Generates a TEST-ONLY RS384 key at run time, starts the service trusting it, signs the sample
// request with it (aud = the endpoint, unique jti), sends it over loopback, prints the cards and any
// rating, and stops the service. Default sample: the 3-month-old with a dimple and hair tuft.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, signFor, startService, testSetup } from '../bench/cds-lib.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const file = resolve(args.find((a) => !a.startsWith('--')) ?? resolve(ROOT, 'samples/cds/01-infant-dimple-radiograph.json'));
let body;
try {
  body = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`cds:try: cannot read ${file}: ${e.message}`);
  process.exit(2);
}
const route = `/cds-services/${body.hook === 'order-sign' ? 'imaging-order-sign' : 'imaging-order-select'}`;

const setup = await testSetup();
let svc;
try {
  svc = await startService(setup.args, { CDS_LOG_LEVEL: 'warn' });
  const token = await signFor(setup, 'RS384', route);
  const res = await fetch(svc.url + route, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  const reply = await res.json().catch(() => undefined);
  console.log(`POST ${route} (${file.replace(ROOT + '/', '')}), signed RS384 with a test-only key → HTTP ${res.status}\n`);
  if (json || res.status !== 200) console.log(JSON.stringify(reply, null, 2));
  else {
    if (!reply.cards.length) console.log('No cards.');
    for (const c of reply.cards) {
      console.log(`[${c.indicator}] ${c.summary}`);
      console.log(`    source: ${c.source.label}`);
      for (const s of c.suggestions ?? []) console.log(`    suggestion${s.isRecommended ? ' (recommended)' : ''}: ${s.label}`);
      if (c.links) console.log(`    rule page: ${c.links[0].url}`);
    }
    for (const a of reply.systemActions ?? []) console.log(`\nrating: ${a.description}`);
    console.log('\n(--json prints the whole response)');
  }
} catch (e) {
  console.error(`cds:try: ${e.message}`);
  process.exitCode = 1;
} finally {
  await svc?.stop();
  setup.cleanup();
}
