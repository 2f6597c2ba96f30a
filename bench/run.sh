#!/usr/bin/env bash
# The chat benchmark (BENCHMARKS.md): the same load client against the minimal
# Netty goim server and against one Payara node (2 GiB heap), each without and
# with 50 ms room merging, server and client pinned to different cores; prints
# a table with the figures and the Payara/Netty ratios.
#
#   bench/run.sh [netty|payara|all]          (default all)
#
# Export the stack's private ONAIR_* ports first (as for bin/onair). Knobs:
# BENCH_CONNECTIONS (19000), BENCH_RATE pushes/s (500), BENCH_ROOMS (100),
# BENCH_WARMUP_S (30), BENCH_DURATION_S (30), BENCH_SERVER_CPU (0),
# BENCH_CLIENT_CPU (1), BENCH_NETTY_PORT (ONAIR_PORT_BASE+400),
# BENCH_MERGES ("0 50" ms), BENCH_USERS (20), BENCH_BROKER_NICE (-20), BENCH_KEEP_STACK=1 leaves the
# Payara stack running.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WHAT=${1:-all}
CONNECTIONS=${BENCH_CONNECTIONS:-19000}
RATE=${BENCH_RATE:-500}
ROOMS=${BENCH_ROOMS:-100}
WARMUP=${BENCH_WARMUP_S:-30}
DURATION=${BENCH_DURATION_S:-30}
SERVER_CPU=${BENCH_SERVER_CPU:-0}
CLIENT_CPU=${BENCH_CLIENT_CPU:-1}
MERGES=${BENCH_MERGES:-0 50}
: "${ONAIR_PORT_BASE:=18000}"
NETTY_PORT=${BENCH_NETTY_PORT:-$((ONAIR_PORT_BASE + 400))}
export ONAIR_HOME=${ONAIR_HOME:-$ROOT/.onair-test}

# Both servers and the client hold ~19,000 sockets: take the hard limit (20,000 here).
ulimit -n "$(ulimit -Hn)"

# The machine is shared, and Linux shares each core between sessions first (autogroup), then
# between their threads: another user's busy session on the server's core took half of it or
# more. Raise this session's group (the client, Netty and whatever bin/onair starts) and the
# servers' own groups to nice -10 (root only; otherwise the run says so and goes on).
boost() {
  local p
  for p in "$@"; do echo -10 2>/dev/null > "/proc/$p/autogroup" || return 1; done
}
if [ -w /proc/self/autogroup ] && boost $$; then
  echo "priority: autogroup nice -10 for the bench session and the servers"
else
  echo "priority: could not raise the autogroup priority (not root?): other load on the machine will show"
fi
echo "open files: $(ulimit -n); cores: $(nproc); server on cpu $SERVER_CPU, client on cpu $CLIENT_CPU"

mvn -q -B -f "$ROOT/bench/pom.xml" package -DskipTests
CP="$ROOT/bench/target/classes:$ROOT/bench/target/lib/*"
RESULTS="$ROOT/bench/target/results-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$RESULTS"
echo "results and logs: $RESULTS"

# client LABEL HTTP SERVER_PID [args]: one measurement, its RESULT line appended to results.txt
client() {
  local label=$1 http=$2 pid=$3
  shift 3
  echo "--- $label ($(uptime | sed 's/.*load/load/'))"
  taskset -c "$CLIENT_CPU" java -Xms1g -Xmx3g -XX:+UseParallelGC -cp "$CP" dev.onair.bench.LoadClient \
    --label "$label" --http "$http" --server-pid "$pid" --connections "$CONNECTIONS" --rooms "$ROOMS" \
    --rate "$RATE" --warmup-s "$WARMUP" --duration-s "$DURATION" --sources 4 "$@" 2>&1 | tee "$RESULTS/$label.log" |
    grep -E '^RESULT|connected:|failed' || true
  grep '^RESULT' "$RESULTS/$label.log" >> "$RESULTS/results.txt" || echo "RESULT label=$label failed=all" >> "$RESULTS/results.txt"
  echo "    after: $(uptime | sed 's/.*load/load/')"
}

wait_port() {
  local i
  for i in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.2
  done
  echo "port $1 did not open" >&2
  return 1
}

netty() {
  local merge=$1 pid
  taskset -c "$SERVER_CPU" java -Xms2g -Xmx2g -XX:+UseParallelGC -cp "$CP" dev.onair.bench.BaselineServer --port "$NETTY_PORT" \
    --merge-ms "$merge" > "$RESULTS/netty-server-$merge.log" 2>&1 &
  pid=$!
  wait_port "$NETTY_PORT"
  client "netty-merge$merge" "http://127.0.0.1:$NETTY_PORT" "$pid"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

payara() {
  local merge=$1 window batch pid key http
  # no merging at all (batch 1), or a window of $merge ms and goim's batch of 20
  if [ "$merge" = 0 ]; then window=PT0S batch=1; else window="PT$(awk "BEGIN{printf \"%.3f\", $merge/1000}")S" batch=20; fi
  # One node, 2 GiB heap; the per-user limit raised so a few bench users (BENCH_USERS, 20) hold all the sockets.
  # The auth deadline back at its default (the test stack uses 3 s): 19,000 connects queue up.
  ONAIR_NODES=1 ONAIR_PAYARA_HEAP=2g ONAIR_PAYARA_GC=parallel ONAIR_WS_MAX_CONNECTIONS_PER_USER=20000 ONAIR_WS_AUTH_TIMEOUT=PT10S \
    ONAIR_WS_MERGE_WINDOW=$window ONAIR_WS_MERGE_BATCH=$batch ONAIR_SKIP_BUILD=${PAYARA_BUILT:-0} \
    "$ROOT/bin/onair" run --test > "$RESULTS/payara-start-$merge.log" 2>&1 ||
    { tail -20 "$RESULTS/payara-start-$merge.log"; return 1; }
  PAYARA_BUILT=1
  pid=$(cat "$ONAIR_HOME/started/payara.pid")
  # The server side on one core: Payara and the broker it reads pushes from.
  taskset -a -p -c "$SERVER_CPU" "$pid" > /dev/null
  boost "$pid" || true
  local artemis
  # The broker shares the server's core and its CPU counts there, but at the top priority: it needs
  # ~6 % of the core, yet queued behind Payara's busy fan-out threads a push waited up to a few hundred
  # ms in it (run 15 in BENCHMARKS.md). In production it has cores of its own. BENCH_BROKER_NICE=-10
  # puts it level with Payara.
  for artemis in "$ONAIR_HOME"/started/artemis*.pid; do
    [ -f "$artemis" ] && taskset -a -p -c "$SERVER_CPU" "$(cat "$artemis")" > /dev/null &&
      echo "${BENCH_BROKER_NICE:--20}" 2>/dev/null > "/proc/$(cat "$artemis")/autogroup" || true
  done
  # Payara's http-thread-pool queues every socket read as a task, at most 4,096: with ~19,000
  # sockets a burst (connects, heartbeats) overflows it and Grizzly drops sockets (1006).
  "$ONAIR_HOME/payara6/bin/asadmin" --port "$((ONAIR_PORT_BASE + 48))" --interactive=false set \
    configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-queue-size=65536 \
    >> "$RESULTS/payara-start-$merge.log" 2>&1 || true
  key=$(grep '^ONAIR_PUSH_API_KEY=' "$ONAIR_HOME/secrets.env" | cut -d= -f2-)
  http="http://127.0.0.1:$((ONAIR_PORT_BASE + 80))"
  client "payara-merge$merge" "$http" "$pid" --accounts true --users "${BENCH_USERS:-20}" --push-key "$key"
}

case "$WHAT" in
  netty|all) for m in $MERGES; do netty "$m"; done ;;
esac
case "$WHAT" in
  payara|all)
    for m in $MERGES; do payara "$m"; done
    [ "${BENCH_KEEP_STACK:-0}" = 1 ] || "$ROOT/bin/onair" stop --test > "$RESULTS/payara-stop.log" 2>&1 || true
    ;;
esac

java -cp "$CP" dev.onair.bench.ResultTable "$RESULTS/results.txt" | tee "$RESULTS/table.txt"
