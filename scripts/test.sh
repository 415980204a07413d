#!/usr/bin/env bash
# The whole test suite: install, build, lint, unit + property tests (core), integration tests of
# the API on SQLite and PostgreSQL, and the dashboard's Playwright tests in Chromium.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

install_deps
ensure_postgres
echo "==> build"
pnpm turbo run build --output-logs=errors-only
echo "==> lint and format"
pnpm lint
echo "==> core and stats: unit and property tests"
pnpm --filter @accrue/core --filter @accrue/stats test
echo "==> api: unit and integration tests (SQLite and PostgreSQL)"
ACCRUE_TEST_DATABASES="${ACCRUE_TEST_DATABASES:-sqlite,postgresql}" pnpm --filter @accrue/api test
echo "==> dashboard: Playwright in Chromium"
bash scripts/ensure-chromium.sh
pnpm --filter @accrue/dashboard test:e2e
echo "==> all tests passed"
