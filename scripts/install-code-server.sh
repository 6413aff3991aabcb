#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3 workbench in a browser) for the end-to-end tests.
# usage: scripts/install-code-server.sh [DEST_DIR]   (default: .e2e/code-server, git-ignored)
# Needs root for apt; uses only the npm registry and Debian apt. Idempotent: a second run is a no-op.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEST=${1:-"$ROOT/.e2e/code-server"}
CS_VERSION=4.100.3        # last code-server with engines.node 20 (ships VS Code 1.100.3)
RG_NPM_VERSION=1.15.11    # @vscode/ripgrep pinned in code-server's lib/vscode/npm-shrinkwrap.json
RG_TAG=v13.0.0-10         # VERSION constant in @vscode/ripgrep/lib/postinstall.js
BIN="$DEST/node_modules/.bin/code-server"

if [ -x "$BIN" ] && "$BIN" --config /dev/null --version 2>/dev/null | grep -q "^${CS_VERSION} "; then
  echo "code-server ${CS_VERSION} already installed in $DEST"
  exit 0
fi

# Build needs: kerberos (libkrb5-dev), @vscode/ripgrep (seeded from Debian's rg below); chromium for the UI tests.
if ! dpkg -s libkrb5-dev ripgrep chromium >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y libkrb5-dev ripgrep chromium
fi

# Seed @vscode/ripgrep's download cache with Debian's rg so its postinstall never goes to GitHub.
cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-${RG_NPM_VERSION}"
asset="$cache/ripgrep-${RG_TAG}-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$asset" ]; then
  mkdir -p "$cache"; stage=$(mktemp -d); cp "$(command -v rg)" "$stage/rg"
  tar czf "$asset" -C "$stage" rg; rm -rf "$stage"
fi

mkdir -p "$DEST"; cd "$DEST"
[ -f package.json ] || echo '{"name":"code-server-host","private":true}' > package.json
# npm_config_yes: node-pty's postinstall runs `npx node-gyp` (the machine npmrc says yes=false).
# npm_config_unsafe_perm: code-server's postinstall refuses to run as root otherwise.
npm_config_yes=true npm_config_unsafe_perm=true npm install --no-save --no-audit --no-fund "code-server@${CS_VERSION}"
"$BIN" --config /dev/null --version
