#!/usr/bin/env bash
# `npm test`: type-check, lint, unit and database tests, then end-to-end tests in Chromium
# against a production build. DATABASE_URL runs the database and end-to-end tests on a
# PostgreSQL server instead of the embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

ensure_browser() {
  if [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; then return 0; fi
  if npx playwright install chromium >/dev/null 2>&1; then return 0; fi
  cat >&2 <<'MSG'
No browser for the end-to-end tests. Either install Debian's Chromium
  (sudo apt-get install -y chromium, which gives /usr/bin/chromium),
or let Playwright download its own where the internet allows
  (npx playwright install chromium).
MSG
  exit 1
}

only="${1:-all}"
if [ "$only" = all ] || [ "$only" = static ]; then
  step "Type-check"
  npx next typegen >/dev/null
  npx tsc --noEmit
  step "Lint"
  npx eslint . --max-warnings 0
  step "Format (Prettier; \`npm run format\` fixes it)"
  npx prettier --check . --log-level warn
fi
if [ "$only" = all ] || [ "$only" = db ]; then
  step "Unit and database tests ($([ -n "${DATABASE_URL:-}" ] && echo "PostgreSQL server" || echo "embedded PGlite"))"
  npx vitest run
fi
if [ "$only" = all ] || [ "$only" = e2e ]; then
  ensure_browser
  step "End-to-end tests (Chromium, production build)"
  npx playwright test
fi
