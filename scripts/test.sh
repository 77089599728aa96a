#!/usr/bin/env bash
# `npm test`: type-check, lint, unit and database tests, then end-to-end tests in Chromium
# against a production build. `npm test -- <suite>…` runs only the suites named. DATABASE_URL
# runs the database and end-to-end tests on a PostgreSQL server instead of the embedded database.
# `npm test -- cluster` (not part of the default) runs a whole site on loopback: PostgreSQL primary
# and replica, two app servers, two workers and HAProxy (e2e-cluster/).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/steps.sh
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

SUITES="static db e2e all cluster"
usage() {
  cat >&2 <<'MSG'
Usage: npm test [-- <suite>…]
  static  type-check, lint and formatting
  db      unit and database tests (Vitest)
  e2e     end-to-end tests (Playwright, Chromium)
  all     all three (the default)
  cluster two app servers, workers and HAProxy on a PostgreSQL primary and replica (about
          4 minutes; needs HAProxy and PostgreSQL's server programs from Debian's packages)
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
# Only when asked for by name: it is slow, and needs programs `npm test` does not.
wants_by_name() { [[ "$selected" == *" $1 "* ]]; }

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

ensure_cluster_programs() {
  local missing=()
  command -v haproxy >/dev/null || missing+=(haproxy)
  ls /usr/lib/postgresql/*/bin/pg_basebackup >/dev/null 2>&1 || missing+=(postgresql)
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  cat >&2 <<MSG
The cluster test runs HAProxy and PostgreSQL's server programs from Debian's packages:
  sudo apt-get install -y ${missing[*]}
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
if wants_by_name cluster; then
  ensure_cluster_programs
  ensure_browser
  step "Cluster test (PostgreSQL primary and replica, two app servers, two workers, HAProxy)"
  run npx playwright test -c e2e-cluster/playwright.config.ts
fi
