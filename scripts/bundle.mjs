// Bundles the extension client, the language server and the CLI with esbuild so that the
// .vsix and the bins carry no node_modules.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// `import { z } from 'zod'` brings the namespaces `z.locales` and `z.core.locales`: every translation of zod's
// messages (~260 KB, a quarter of the engine bundle, compiled at each start). Nothing here calls
// z.config(z.locales.xx()); the English messages zod registers by default come from locales/en.js, which zod's
// schemas import directly, and stay.
const noZodLocales = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.c?js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](?:classic[\\/]external|core[\\/]index)\.c?js$/.test(args.importer) ? { path: 'zod-locales', namespace: 'no-zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

const common = {
  bundle: true,
  plugins: [noZodLocales],
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Minified: smaller to ship and faster to parse at start-up; the source maps keep stack traces readable.
  minify: true,
  keepNames: false,
  logLevel: 'warning',
  // ESM dependencies (tinyglobby) read import.meta.url, which a CommonJS bundle lacks.
  define: { 'import.meta.url': '__importMetaUrl', __VERSION__: JSON.stringify(version) },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

// The language server is two bundles: dist/server.js answers initialize, and dist/features.js (the
// engine, the rules, zod, the knowledge loader) is required after it (server/src/lsp/features.ts).
// One file meant V8 compiling all of it before the first answer. The features use only plain
// values of the LSP types (kinds, severities), so they take vscode-languageserver-types, not a
// second copy of the whole library.
const featuresExternal = {
  name: 'features-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/features$/ }, (args) =>
      args.importer.endsWith('server/src/lsp/server.ts') || args.importer.endsWith('server/src/lsp/settings.ts') ? { path: './features.js', external: true } : undefined,
    );
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // No import.meta.url banner: nothing in this bundle reads it (tinyglobby is in features.js), and
  // building the URL cost ~10 ms before the initialize answer.
  build({ ...common, define: {}, banner: {}, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [featuresExternal, noZodLocales] }),
  build({ ...common, entryPoints: ['server/src/lsp/features.ts'], outfile: 'dist/features.js', alias: { 'vscode-languageserver': 'vscode-languageserver-types' } }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, entryPoints: ['server/src/cds/main.ts'], outfile: 'dist/cds.js' }),
  // How the client launches the server (server/src/shared/launch.ts) on its own, for the benchmark: it starts
  // dist/server.js with these flags, so it takes them from the build it runs (bench/lib.mjs), not from out/. Not shipped
  // (.vscodeignore allows only the client and server bundles).
  build({ ...common, define: {}, banner: {}, entryPoints: ['server/src/shared/launch.ts'], outfile: 'dist/launch.js' }),
]);
