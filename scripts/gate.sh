#!/usr/bin/env bash
# The whole gate behind `npm test`. Ends with vitest's summary line.
# Independent checks run two at a time (the machines here have 2 cores); each step's output is
# kept in .cache/gate/<step>.log and printed only when the step fails. Time zones: vitest runs
# once, under UTC, and test/timezones/ replays every public function under UTC, UTC+14 and UTC-8
# in child processes (see docs/decisions.md).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache/gate
failed=()

# step <name> <command...>: runs it quietly, prints its time, and its log when it fails.
step() {
  local name=$1 start=$SECONDS
  shift
  if "$@" >".cache/gate/$name.log" 2>&1; then
    printf '  ok  %-10s %3ds\n' "$name" $((SECONDS - start))
  else
    printf '  FAIL %-9s %3ds\n' "$name" $((SECONDS - start))
    sed 's/^/    /' ".cache/gate/$name.log"
    return 1
  fi
}

# together <fn> <fn>: runs two shell functions side by side and waits for both.
together() {
  "$1" & local first=$!
  "$2" & local second=$!
  wait "$first" || failed+=("$1")
  wait "$second" || failed+=("$2")
}

typecheck() { step typecheck npx tsc -p tsconfig.check.json; }
lint() { step lint npx eslint --cache --cache-strategy content --cache-location .cache/eslint/ .; }
# build: the JS from tsup and the declarations the typecheck step emitted (npm run build runs both).
package() { step build bash -c 'npx tsup && npx tsx scripts/declarations.ts' && step publint npm run --silent publint && step attw npm run --silent attw && step size npm run --silent size; }
docs() { step docs npm run --silent docs -- --logLevel Warn && step knip npm run --silent knip; }

# Two streams, so neither core waits for the other's slower step: the package needs the
# declarations the typecheck emits; lint, docs and knip need nothing built.
checked_package() { typecheck && package; }
prose_and_lint() {
  local status=0
  lint || status=1
  docs || status=1
  return "$status"
}

printf '== static checks\n'
together checked_package prose_and_lint
if [ ${#failed[@]} -gt 0 ]; then
  printf '\nfailed: %s\n' "${failed[*]}"
  exit 1
fi

printf '\n== vitest (TZ=UTC, with coverage; test/timezones/ adds UTC+14 and UTC-8)\n'
# The coverage summary goes to coverage/coverage-summary.txt (vitest.config.ts); dropping the
# provider's one header line after it keeps vitest's summary line the last thing printed.
TZ=UTC npx vitest run --coverage 2>&1 | grep -v 'Coverage report from'
