#!/usr/bin/env bash
# The whole gate behind `npm test`. Ends with vitest's summary line.
# The critical path is typecheck -> build -> vitest (vitest needs the package and the docs site),
# so those, the docs and the bad-input catalogue run at normal priority; lint, publint, attw, size
# and knip run at nice 10 and take the cores the critical path leaves idle (2 cores here:
# docs/decisions.md has the measurements). Each step's output is kept in
# .cache/gate/<step>.log and printed only when it fails. Time zones: vitest runs once, under
# UTC, and test/timezones/ replays every public function under UTC, UTC+14 and UTC-8 in child
# processes (see docs/decisions.md).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache/gate
failed=()
# Colours in the logs the gate prints only when it prints to a terminal.
[ -t 1 ] && export FORCE_COLOR=1

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

# Typecheck and lint share one TypeScript program in one process (scripts/check.ts): each used to
# build and check the whole program itself. It writes check.ready once the declarations the build
# packages are emitted; lint then goes on at low priority beside the build, the docs and vitest.
ready=.cache/gate/check.ready
rm -f "$ready"
npx tsx scripts/check.ts --ready "$ready" >.cache/gate/check.log 2>&1 &
check=$!

# Waits for the declarations (or for the check to stop without them, which the build then reports).
declarations() {
  while [ ! -e "$ready" ] && kill -0 "$check" 2>/dev/null; do sleep 0.2; done
}

# build: the JS from tsup and the declarations the check emitted (npm run build runs both).
build() { declarations && step build bash -c 'npx tsup && npx tsx scripts/declarations.ts'; }
docs() { step docs npm run --silent docs -- --logLevel Warn; }
# The checks of the built package and knip, at low priority, beside vitest.
package_checks() { step publint nice -n 10 npm run --silent publint && step attw nice -n 10 npm run --silent attw && step size nice -n 10 npm run --silent size && step knip nice -n 10 npm run --silent knip; }

# Prints the check's lines, and its output when it failed.
checked() {
  local status=0
  wait "$check" || status=1
  if [ "$status" -eq 0 ]; then grep -E '^  (ok|FAIL) ' .cache/gate/check.log; else sed 's/^/    /' .cache/gate/check.log; fi
  return "$status"
}

printf '== static checks\n'
together build docs
if [ ${#failed[@]} -gt 0 ]; then
  kill "$check" 2>/dev/null
  printf '\nfailed: %s\n' "${failed[*]}"
  exit 1
fi
package_checks &
checks=$!

# The bad-input catalogue runs in its own vitest run without coverage (docs/decisions.md: coverage
# made its 44,000 calls a third slower, and the unit tests alone meet the coverage thresholds),
# beside the rest of vitest and at the same priority: its cases have a timeout that catches a hang,
# which a starved low-priority run would trip. Started after the build, not before, so that it
# does not slow the typecheck everything else waits for.
TZ=UTC npx vitest run test/bad-input/catalogue/ --slowTestThreshold=30000 >.cache/gate/catalogue.log 2>&1 &
catalogue=$!

# The rest of vitest starts as soon as the package and the docs site are built, beside the rest of
# lint; each run's output is shown once the check has reported, so the gate still ends with
# vitest's summary line. The coverage summary goes to coverage/coverage-summary.txt
# (vitest.config.ts); dropping the provider's one header line after it keeps vitest's summary
# line the last thing printed.
TZ=UTC npx vitest run --coverage --exclude 'test/bad-input/catalogue/**' >.cache/gate/vitest.log 2>&1 &
vitest=$!
wait "$checks" || failed+=(package-checks)
checked || failed+=(check)
if [ ${#failed[@]} -gt 0 ]; then
  kill "$vitest" "$catalogue" 2>/dev/null
  printf '\nfailed: %s\n' "${failed[*]}"
  exit 1
fi

printf '\n== bad-input catalogue (vitest, TZ=UTC, without coverage)\n'
tail --pid="$catalogue" -n +1 -f .cache/gate/catalogue.log
wait "$catalogue" || failed+=(catalogue)

printf '\n== vitest (TZ=UTC, with coverage; test/timezones/ adds UTC+14 and UTC-8)\n'
tail --pid="$vitest" -n +1 -f .cache/gate/vitest.log | grep --line-buffered -v 'Coverage report from'
wait "$vitest" || failed+=(vitest)
if [ ${#failed[@]} -gt 0 ]; then
  printf '\nfailed: %s\n' "${failed[*]}"
  exit 1
fi
