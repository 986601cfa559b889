#!/usr/bin/env bash
# ProfileGraph's one entry point for builds and tests.
#   ./build.sh test    install what is missing, build with warnings as errors, run every test
#                      (.NET and Node conformance); ends with one line "N passed, N failed"
#   ./build.sh bench   run the benchmarks beside their baselines (graphql-js; for "http", a bare ASP.NET Core
#                      endpoint under autocannon; for "graph", a naive one-call-per-field server of the profile
#                      graph against the emulators) and rewrite docs/benchmarks.md
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
out="$root/test-output"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n==> %s\n' "$*" >&2; }

apt_install() {
  # Debian packages a test needs (chromium, postgresql, ...): installed only when missing.
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_node_packages() {
  command -v node >/dev/null || apt_install nodejs npm
  log "npm ci (tests/conformance)"
  (cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error) >&2
}

build() {
  log "dotnet build (Release, warnings as errors)"
  dotnet build ProfileGraph.sln -c Release -warnaserror -nologo -clp:ErrorsOnly >&2
}

run_dotnet_tests() {
  # Each test project on its own, with its own TRX file: <Counters total=".." passed=".." failed=".." ...>.
  local passed=0 failed=0 project name trx p f
  for project in $(find tests -name '*.Tests.csproj' | sort); do
    name=$(basename "$project" .csproj)
    log "dotnet test $name"
    dotnet test "$project" -c Release --no-build --nologo \
      --results-directory "$out/dotnet" --logger "trx;LogFileName=$name.trx" 2>&1 | tee -a "$out/dotnet-test.log" >&2
    trx="$out/dotnet/$name.trx"
    if [ ! -f "$trx" ]; then
      # A test host that crashed writes no results: count it as a failure rather than lose it.
      failed=$((failed + 1))
      continue
    fi
    p=$(grep -o '<Counters [^>]*' "$trx" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')
    f=$(grep -o '<Counters [^>]*' "$trx" | sed -E 's/ (passed|total|executed|notExecuted|completed|inProgress|pending)="[0-9]*"//g' \
      | grep -o '="[0-9]*"' | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}')
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
  done
  echo "$passed $failed"
}

list_failed_dotnet_tests() {
  # The names and first message lines of failed tests, so the end of the log says what failed.
  local trx
  for trx in "$out"/dotnet/*.trx; do
    [ -f "$trx" ] || continue
    awk '
      /<UnitTestResult / && /outcome="Failed"/ { match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); failed = 1; print "FAILED " name; shown = 0; next }
      /<UnitTestResult / { failed = 0 }
      failed && /<Message>/ { inmsg = 1 }
      failed && inmsg && shown < 4 { line = $0; gsub(/<\/?Message>/, "", line); gsub(/^ +/, "", line); print "  " line; shown++ }
      /<\/Message>/ { inmsg = 0 }
    ' "$trx"
  done
}

run_node_tests() {
  if ! ls tests/conformance/*.test.mjs >/dev/null 2>&1; then echo "0 0"; return; fi
  # The IDE's browser test drives Debian's chromium (/usr/bin/chromium) through playwright-core.
  [ -x /usr/bin/chromium ] || apt_install chromium >&2 || log "chromium could not be installed; the browser test will fail"
  log "node --test (tests/conformance)"
  (cd tests/conformance && node --test --test-reporter=tap ./*.test.mjs) 2>&1 | tee "$out/node-test.log" >&2
  local passed failed
  passed=$(grep -E '^# pass ' "$out/node-test.log" | awk '{s+=$3} END {print s+0}')
  failed=$(grep -E '^# fail ' "$out/node-test.log" | awk '{s+=$3} END {print s+0}')
  grep -qE '^# pass ' "$out/node-test.log" || failed=$((failed + 1))
  echo "$passed $failed"
}

cmd_test() {
  rm -rf "$out" && mkdir -p "$out"
  # In CI a missing snapshot fails instead of being written: snapshots are reviewed and committed.
  [ "${CI:-}" = "true" ] && export SNAPSHOOTER_STRICT_MODE=true
  # The cache's Redis tests start a real redis-server on a free loopback port.
  command -v redis-server >/dev/null || apt_install redis-server || log "redis-server could not be installed; the Redis tests will fail"
  # The compose file is validated with docker-compose config (no container engine runs in CI).
  command -v docker-compose >/dev/null || apt_install docker-compose || log "docker-compose could not be installed; the compose test will fail"
  install_node_packages || { echo "0 passed, 1 failed"; return 1; }
  if ! build; then
    echo "0 passed, 1 failed"
    return 1
  fi
  read -r dp df < <(run_dotnet_tests)
  read -r np nf < <(run_node_tests)
  local passed=$((dp + np)) failed=$((df + nf))
  [ "$df" -eq 0 ] || list_failed_dotnet_tests >&2
  [ "$nf" -eq 0 ] || grep -E '^not ok |^ *not ok ' "$out/node-test.log" >&2
  log ".NET: $dp passed, $df failed; Node: $np passed, $nf failed"
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

cmd_bench() {
  install_node_packages
  log "benchmarks (BenchmarkDotNet beside graphql-js)"
  dotnet run -c Release --project benchmarks/ProfileGraph.Benchmarks -- "$@"
}

case "${1:-test}" in
  test) cmd_test ;;
  bench) shift; cmd_bench "$@" ;;
  *) echo "usage: ./build.sh [test|bench]" >&2; exit 2 ;;
esac
