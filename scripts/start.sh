#!/usr/bin/env bash
# Installs, builds, migrates the embedded SQLite database, loads the demo program and serves the
# API (http://localhost:4000/graphql) and the dashboard (http://localhost:3000). Ctrl-C stops both.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

install_deps
echo "==> build"
pnpm turbo run build --output-logs=errors-only --filter=@accrue/api... --filter=@accrue/dashboard...
mkdir -p data
if [ -z "${ACCRUE_ADMIN_SECRET:-}" ]; then
  [ -s data/admin-secret ] || node -e "console.log(require('crypto').randomBytes(24).toString('base64url'))" > data/admin-secret
  ACCRUE_ADMIN_SECRET="$(cat data/admin-secret)"
fi
export ACCRUE_ADMIN_SECRET PORT="${PORT:-4000}" HOST="${HOST:-127.0.0.1}"
DASHBOARD_PORT="${DASHBOARD_PORT:-3000}"
API_URL="http://localhost:$PORT/graphql"
# a port already taken (an earlier run still up, another app) would leave this run answering from it
for p in "$PORT" "$DASHBOARD_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "error: port $p is already in use (an earlier 'npm start' still running?); stop it, or set PORT / DASHBOARD_PORT" >&2
    exit 1
  fi
done
# the URL may carry a password: named, not printed
if [ -n "${DATABASE_URL:-}" ]; then WHERE="PostgreSQL at DATABASE_URL"; else WHERE="SQLite data/accrue.sqlite"; fi
# ACCRUE_SEED_DEMO=0: an empty database stays empty (a real program, not the demo)
if [ "${ACCRUE_SEED_DEMO:-1}" != 0 ]; then
  echo "==> migrate, and load the demo program if the database is empty ($WHERE)"
  node apps/api/dist/main.js migrate
  node apps/api/dist/main.js seed-demo
else
  echo "==> migrate ($WHERE; ACCRUE_SEED_DEMO=0: no demo program)"
  node apps/api/dist/main.js migrate
fi
node apps/api/dist/main.js serve &
API_PID=$!
# the dashboard's server talks to the API for its signed-in staff (session cookie); no secret reaches it
( cd apps/dashboard && NEXT_TELEMETRY_DISABLED=1 ACCRUE_API_URL="$API_URL" \
    exec node node_modules/next/dist/bin/next start -H 127.0.0.1 -p "$DASHBOARD_PORT" >../../data/dashboard.log 2>&1 ) &
DASH_PID=$!
# stop both, with whatever they started, however this script is stopped
kill_tree() {
  local child
  for child in $(pgrep -P "$1" 2>/dev/null); do kill_tree "$child"; done
  kill "$1" 2>/dev/null || true
}
trap 'trap - INT TERM EXIT; kill_tree $API_PID; kill_tree $DASH_PID' INT TERM EXIT
for _ in $(seq 1 60); do curl -sf "http://localhost:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
if [ "${ACCRUE_SEED_DEMO:-1}" != 0 ]; then
  # the demo staff of apps/api/src/cli/seed-demo.ts (created when the program had no staff)
  STAFF_LINES="    Sign in:      admin@demo.accrue.test / accrue-demo-password   (demo admin)
                  marketing@, finance@, support@, viewer@demo.accrue.test: same password, one per role"
else
  STAFF_LINES="    Sign in:      create the first admin with createStaffUser and the bootstrap secret below"
fi
cat <<MSG

  Accrue is running.
    GraphQL API:  $API_URL
    Dashboard:    http://localhost:$DASHBOARD_PORT  (log: data/dashboard.log)
$STAFF_LINES
    Authenticate: Authorization: Bearer $ACCRUE_ADMIN_SECRET
                  (the bootstrap admin secret, kept in data/admin-secret; set ACCRUE_ADMIN_SECRET to choose it)
    Try:          curl -s $API_URL -H 'content-type: application/json' \\
                    -H "authorization: Bearer $ACCRUE_ADMIN_SECRET" \\
                    -d '{"query":"{ programSettings { name } tiers { name memberCount } }"}'

MSG
wait $API_PID
