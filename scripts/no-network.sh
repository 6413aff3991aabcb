#!/usr/bin/env bash
# Proves that the CLI and the language server open no network connection (issue 5, item 4), and
# that the CDS Hooks service opens none either: it only listens (issue 11, item 1).
#
#  (a) Runs the CLI on samples/ and the protocol-abuse tests (which drive dist/server.js over stdio)
#      under `strace -f -e trace=connect`, and fails on any connect() to an AF_INET / AF_INET6
#      address. AF_UNIX connects (local IPC) are allowed.
#  (c) Runs the CDS service's integration and property tests with the service itself started under
#      `strace -f -ff -e trace=connect` (CDS_TRACE_DIR, see test/cds/harness.ts). Only the service's
#      own process tree is traced, so the test client's loopback connections are not in the trace and
#      any AF_INET / AF_INET6 connect() there, loopback included, is the service connecting out.
#  (b) Runs the CLI tests inside a network namespace with no interfaces (`unshare -n`) and checks
#      that they pass there.
#
# Needs: strace (Debian package `strace`), unshare (util-linux) with permission to create a network
# namespace (root, or a CI container allowed to), a built tree (`npm run build`).
# Usage: scripts/no-network.sh        (npm run test:no-network)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
MOCHA="$ROOT/node_modules/mocha/bin/mocha.js"
NODE=$(command -v node)
LOGDIR=$(mktemp -d "${TMPDIR:-/tmp}/iol-no-network.XXXXXX")
trap 'rm -rf "$LOGDIR"' EXIT
fail=0

say() { printf '%s\n' "no-network: $*"; }

for tool in strace unshare; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    say "missing '$tool' (apt-get install -y ${tool/unshare/util-linux})"; exit 2
  fi
done
if [ ! -f dist/cli.js ] || [ ! -f dist/server.js ] || [ ! -f out/test/hardening/protocol-abuse.test.js ]; then
  say "build first: npm run build"; exit 2
fi

# Any connect() whose address is AF_INET or AF_INET6 is a failure.
check_log() {
  local name=$1 log=$2
  local total inet
  total=$(grep -c ' connect(' "$log" || true)
  inet=$(grep -E 'connect\(.*sa_family=AF_INET6?[,}]' "$log" || true)
  if [ -n "$inet" ]; then
    say "FAIL ($name): network connect() calls:"; printf '%s\n' "$inet" | head -20; fail=1
  else
    say "ok ($name): $total connect() calls, none to AF_INET/AF_INET6"
  fi
}

# Positive control: the check must catch a real connect() (so a change in strace's output format
# cannot make this script pass vacuously).
strace -f -qq -e trace=connect -o "$LOGDIR/control.strace" "$NODE" -e \
  "require('net').connect(9,'127.0.0.1').on('error',()=>{}); require('net').connect({port:9,host:'::1'}).on('error',()=>{})" >/dev/null 2>&1 || true
if [ "$(grep -cE 'connect\(.*sa_family=AF_INET6?[,}]' "$LOGDIR/control.strace" || true)" -lt 2 ]; then
  say "FAIL: the positive control (a deliberate AF_INET and AF_INET6 connect) was not detected:"; cat "$LOGDIR/control.strace"; exit 1
fi

# The same control in the one-file-per-process form (-ff) the CDS service is traced with.
mkdir -p "$LOGDIR/control-ff"
strace -f -ff -qq -e trace=connect -o "$LOGDIR/control-ff/c" "$NODE" -e \
  "require('net').connect(9,'127.0.0.1').on('error',()=>{})" >/dev/null 2>&1 || true
if [ "$(cat "$LOGDIR"/control-ff/c* | grep -cE 'connect\(.*sa_family=AF_INET6?[,}]' || true)" -lt 1 ]; then
  say "FAIL: the positive control (strace -ff) was not detected:"; cat "$LOGDIR"/control-ff/c*; exit 1
fi

# (a) strace: the CLI on every sample, in each output format, with a rule pack, and --fix on a copy.
work="$LOGDIR/work"; mkdir -p "$work"; cp -r samples "$work/samples"
run_traced() {
  local name=$1; shift
  local log="$LOGDIR/$name.strace"
  set +e
  strace -f -qq -s 4096 -e trace=connect,execve -o "$log" "$@" >"$LOGDIR/$name.out" 2>"$LOGDIR/$name.err"
  local rc=$?
  set -e
  echo "$rc" >"$LOGDIR/$name.rc"
  check_log "$name" "$log"
  return 0
}
run_traced cli-json    "$NODE" bin/imaging-order-lint.js --format json samples/
run_traced cli-sarif   "$NODE" bin/imaging-order-lint.js --format sarif samples/
run_traced cli-stylish "$NODE" bin/imaging-order-lint.js --no-color samples/
run_traced cli-fix     "$NODE" bin/imaging-order-lint.js --fix --report "$work/report.md" "$work/samples"
for name in cli-json cli-sarif cli-stylish cli-fix; do
  rc=$(cat "$LOGDIR/$name.rc")
  if [ "$rc" != 0 ] && [ "$rc" != 1 ]; then say "FAIL ($name): exit code $rc"; sed -n 1,20p "$LOGDIR/$name.err"; fail=1; fi
done
run_traced protocol "$NODE" "$MOCHA" --no-config --timeout 120000 --reporter dot out/test/hardening/protocol-abuse.test.js
if ! grep -qE 'execve\(.*dist/server\.js' "$LOGDIR/protocol.strace"; then say "FAIL (protocol): the server process was not traced (no execve of dist/server.js)"; fail=1; fi
if [ "$(cat "$LOGDIR/protocol.rc")" != 0 ]; then say "FAIL (protocol): the protocol tests failed under strace"; tail -30 "$LOGDIR/protocol.out"; fail=1; fi

# (c) The CDS Hooks service, traced on its own while its tests call it over loopback.
if [ -f out/test/cds/service.test.js ] && [ -f dist/cds.js ]; then
  mkdir -p "$LOGDIR/cds"
  set +e
  CDS_TRACE_DIR="$LOGDIR/cds" "$NODE" "$MOCHA" --no-config --timeout 180000 --reporter dot out/test/cds/service.test.js out/test/cds/properties.test.js >"$LOGDIR/cds.out" 2>&1
  rc=$?
  set -e
  # strace -ff writes one file per process without a pid prefix; prefix each line with its file so
  # the count in check_log (" connect(") sees every call.
  for f in "$LOGDIR"/cds/cds-*; do sed "s|^|$(basename "$f") |" "$f"; done >"$LOGDIR/cds.strace" 2>/dev/null || true
  if ! grep -qE 'execve\(.*imaging-order-cds\.js' "$LOGDIR/cds.strace"; then say "FAIL (cds): the service process was not traced (no execve of bin/imaging-order-cds.js)"; fail=1; fi
  check_log cds-service "$LOGDIR/cds.strace"
  if [ "$rc" != 0 ]; then say "FAIL (cds): the CDS service tests failed under strace"; tail -40 "$LOGDIR/cds.out"; fail=1
  else say "ok (cds): $(grep -Eo '[0-9]+ passing' "$LOGDIR/cds.out" | head -1) with the service traced in $(ls "$LOGDIR"/cds | wc -l) process files"; fi
else
  say "FAIL (cds): build first (dist/cds.js, out/test/cds)"; fail=1
fi

# (b) unshare -n: the CLI tests in a namespace without network interfaces.
cli_tests=()
for f in out/test/cli/*.test.js out/test/hardening/hostile.test.js; do [ -f "$f" ] && cli_tests+=("$f"); done
set +e
unshare -n "$NODE" -e 'const os=require("os");const up=Object.entries(os.networkInterfaces()).filter(([n,a])=>a.some(x=>!x.internal));if(up.length){console.error("interfaces up:",up.map(x=>x[0]));process.exit(3)}' 2>"$LOGDIR/unshare.err"
rc=$?
set -e
if [ "$rc" != 0 ]; then
  say "FAIL: cannot run inside 'unshare -n' (rc $rc): $(cat "$LOGDIR/unshare.err")"; exit 1
fi
set +e
unshare -n "$NODE" "$MOCHA" --no-config --timeout 180000 --reporter dot "${cli_tests[@]}" >"$LOGDIR/unshare-tests.out" 2>&1
rc=$?
unshare -n "$NODE" bin/imaging-order-lint.js --format json samples/ >"$LOGDIR/unshare-cli.json" 2>"$LOGDIR/unshare-cli.err"
rc2=$?
set -e
if [ "$rc" != 0 ]; then say "FAIL (unshare -n): CLI tests failed without a network"; tail -40 "$LOGDIR/unshare-tests.out"; fail=1
else say "ok (unshare -n): $(grep -Eo '[0-9]+ passing' "$LOGDIR/unshare-tests.out" | head -1) in ${cli_tests[*]}"; fi
if [ "$rc2" != 0 ] && [ "$rc2" != 1 ]; then say "FAIL (unshare -n): CLI on samples/ exited $rc2"; cat "$LOGDIR/unshare-cli.err"; fail=1
elif ! "$NODE" -e 'JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"))' "$LOGDIR/unshare-cli.json"; then say "FAIL (unshare -n): CLI output is not JSON"; fail=1
else say "ok (unshare -n): CLI on samples/ exited $rc2 with JSON output"; fi

if [ "$fail" != 0 ]; then say "FAILED"; exit 1; fi
say "passed: no AF_INET/AF_INET6 connect() (CLI, language server, CDS service), and the CLI works without any network interface"
