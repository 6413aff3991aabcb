// The inner loop: `tsc -b -w` recompiles on save and mocha re-runs the engine tests on every
// compiled change. Extra arguments go to mocha, e.g. `npm run watch -- out/test/engine/rules.test.js`.
import { spawn } from 'node:child_process';

const specs = process.argv.slice(2);
const children = [
  spawn('npx', ['tsc', '-b', '-w', '--preserveWatchOutput'], { stdio: 'inherit' }),
  spawn('npx', ['mocha', '--watch', '--watch-files', 'out/**/*.js', '--reporter', 'dot', ...(specs.length ? specs : ['out/test/engine/*.test.js'])], { stdio: 'inherit' }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children)
  c.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 1;
  });
