#!/usr/bin/env bash
# Installs everything `npm run test:e2e` needs: Debian packages (chromium, neovim, libkrb5-dev,
# ripgrep, strace) and code-server 4.100.3 into .e2e/code-server. Idempotent; needs root.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PKGS="chromium neovim libkrb5-dev ripgrep strace"
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  echo "apt: installing$missing"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y $missing
else
  echo "apt: $PKGS already installed"
fi
"$ROOT/scripts/install-code-server.sh" "$ROOT/.e2e/code-server"
