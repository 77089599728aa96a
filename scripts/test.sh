#!/usr/bin/env bash
# `npm test`: type-check, lint, unit and database tests, then end-to-end tests in Chromium
# against a production build. `npm test -- <suite>…` runs only the suites named. DATABASE_URL
# runs the database and end-to-end tests on a PostgreSQL server instead of the embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/steps.sh
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

SUITES="static db e2e all"
usage() {
  cat >&2 <<'MSG'
Usage: npm test [-- <suite>…]
  static  type-check, lint and formatting
  db      unit and database tests (Vitest)
  e2e     end-to-end tests (Playwright, Chromium)
  all     all three (the default)
MSG
}
for suite in "$@"; do
  if ! [[ " $SUITES " == *" $suite "* ]]; then
    printf 'Unknown test suite "%s"; the suites are: %s.\n' "$suite" "${SUITES// /, }" >&2
    usage
    exit 2
  fi
done
selected=" ${*:-all} "
wants() { [[ "$selected" == *" all "* || "$selected" == *" $1 "* ]]; }

ensure_browser() {
  if [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; then return 0; fi
  if run npx playwright install chromium >/dev/null 2>&1; then return 0; fi
  cat >&2 <<'MSG'
No browser for the end-to-end tests. Either install Debian's Chromium
  (sudo apt-get install -y chromium, which gives /usr/bin/chromium),
or let Playwright download its own where the internet allows
  (npx playwright install chromium).
MSG
  exit 1
}

if wants static; then
  step "Type-check"
  run npx next typegen >/dev/null
  run npx tsc --noEmit
  step "Lint"
  run npx eslint . --max-warnings 0
  step "Format (Prettier; \`npm run format\` fixes it)"
  run npx prettier --check . --log-level warn
fi
if wants db; then
  step "Unit and database tests ($([ -n "${DATABASE_URL:-}" ] && echo "PostgreSQL server" || echo "embedded PGlite"))"
  run npx vitest run
fi
if wants e2e; then
  ensure_browser
  step "End-to-end tests (Chromium, production build)"
  run npx playwright test
fi
