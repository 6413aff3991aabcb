import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A path shipped with the product (knowledge data, rule docs), found by walking up from wherever
 * this module was bundled (dist/) or compiled (out/server/src/…) to.
 */
export function findShipped(...relative: string[]): string | undefined {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, ...relative);
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}
