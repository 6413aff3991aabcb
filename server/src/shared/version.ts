import * as fs from 'node:fs';
import { findShipped } from './shipped';

// Replaced with package.json's version by scripts/bundle.mjs (esbuild `define`); undeclared in tsc builds.
declare const __VERSION__: string | undefined;

function fromPackageJson(): string {
  const file = findShipped('package.json');
  const version: unknown = file ? JSON.parse(fs.readFileSync(file, 'utf8')).version : undefined;
  return typeof version === 'string' ? version : '0.0.0';
}

/** The product version, as in package.json: injected into bundles, read from the file in tsc (out/) builds. */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : fromPackageJson();
