#!/usr/bin/env bash
# The whole gate behind `npm test`. Ends with vitest's summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$1"; }
step typecheck;  npm run --silent typecheck
step lint;       npm run --silent lint
step build;      npm run --silent build
step publint;    npm run --silent publint
step attw;       npm run --silent attw
step size;       npm run --silent size
step docs;       npm run --silent docs -- --logLevel Warn
step knip;       npm run --silent knip
step "vitest (TZ=UTC, with coverage)";            TZ=UTC npx vitest run --coverage
step "vitest (TZ=Pacific/Kiritimati, UTC+14)";    TZ=Pacific/Kiritimati npx vitest run
step "vitest (TZ=America/Los_Angeles, UTC-8)";    TZ=America/Los_Angeles npx vitest run
