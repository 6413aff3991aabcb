// Bundles the extension client, the language server and the CLI with esbuild so that the
// .vsix and the bins carry no node_modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Minified: smaller to ship and faster to parse at start-up; the source maps keep stack traces readable.
  minify: true,
  keepNames: false,
  logLevel: 'warning',
  // ESM dependencies (tinyglobby) read import.meta.url, which a CommonJS bundle lacks.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, entryPoints: ['server/src/cds/main.ts'], outfile: 'dist/cds.js' }),
]);
