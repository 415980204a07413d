# Shared helpers for the repo's scripts. Needs only Node 20 and npm: pnpm is installed into
# .tools/ from the npm registry on first use (no global install, no corepack download).
PNPM_VERSION=10.34.8
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

ensure_pnpm() {
  if [ ! -x "$ROOT/.tools/node_modules/.bin/pnpm" ]; then
    echo "==> installing pnpm $PNPM_VERSION into .tools/"
    npm install --silent --no-audit --no-fund --prefix "$ROOT/.tools" "pnpm@$PNPM_VERSION" >/dev/null
  fi
  export PATH="$ROOT/.tools/node_modules/.bin:$PATH"
}

install_deps() {
  ensure_pnpm
  echo "==> pnpm install"
  pnpm install --frozen-lockfile --reporter=append-only | tail -n 3
}

# Starts the machine's local PostgreSQL if it is down (docs/architecture.md: 127.0.0.1:5432, trust auth).
ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then return 0; fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "==> starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 1; done
  fi
  echo "PostgreSQL is not reachable on 127.0.0.1:5432 (set ACCRUE_TEST_PG_URL to another server)" >&2
  return 1
}
