#!/usr/bin/env bash
# The API for the e2e run: its own SQLite file, migrated, the demo program (240 members, enough for
# the finished A/B test to name its winner: its stats want 100 members an arm; and one
# staff user per role) on a fixed clock, then served. Started by playwright.config.ts (webServer);
# builds nothing: `pnpm turbo run build` (or npm test) builds apps/api first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
main="$here/../../api/dist/main.js"
[ -f "$main" ] || { echo "apps/api is not built ($main): run the build first" >&2; exit 1; }
mkdir -p "$here/.data"
export ACCRUE_SQLITE_PATH="$here/.data/e2e.sqlite"
rm -f "$ACCRUE_SQLITE_PATH" "$ACCRUE_SQLITE_PATH"-*
node "$main" migrate
node "$main" seed-demo 240
exec node "$main" serve
