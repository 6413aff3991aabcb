#!/usr/bin/env bash
# One command on a fresh machine: installs npm dependencies, the system packages the end-to-end tests
# need (as root: chromium, neovim, strace, code-server), builds, and lints samples/.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
if [ "$(id -u)" = "0" ]; then
  bash scripts/install-e2e-deps.sh
else
  echo "setup: not root, so the end-to-end test dependencies (apt packages, code-server) were not installed;"
  echo "       run 'sudo bash scripts/install-e2e-deps.sh' before 'npm test'."
fi
npm run build
echo
echo "== imaging-order-lint samples/"
# samples/ holds a deliberately malformed line (an error), so the lint exits 1: that is the demo, not a failure.
node bin/imaging-order-lint.js samples/ || [ $? -eq 1 ]
