#!/usr/bin/env bash
# Builds the API (and what it depends on) and runs the benchmark (bench/run.mjs): recordPurchase through the
# GraphQL API against PostgreSQL (next to pgbench TPC-B) and SQLite (next to a raw libsql insert loop).
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and pgbench. About 5 minutes.
# Usage: scripts/bench.sh [all|pg|sqlite]   (knobs: see the header of bench/run.mjs)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
mode="${1:-all}"
case "$mode" in
  all) script=bench ;;
  pg) script=bench:pg ;;
  sqlite) script=bench:sqlite ;;
  *) echo "usage: scripts/bench.sh [all|pg|sqlite]" >&2; exit 2 ;;
esac
install_deps
echo "==> building @accrue/api and its workspace dependencies"
pnpm --filter '@accrue/api...' build
echo "==> running the benchmark ($mode)"
pnpm --filter @accrue/bench "$script"
