# shellcheck shell=bash
# Common helpers of bin/onair: configuration defaults, messages, ports, process bookkeeping.
# Sourced by bin/onair; every function here expects ROOT to be set.

# ---------------------------------------------------------------------------
# Configuration (docs/CONTRACTS.md). Every value comes from the environment,
# with the contract's default; "test" switches to the test defaults first.
# ---------------------------------------------------------------------------

# The ONAIR_* variables of the contract, in the order `status` prints them.
CONTRACT_VARS=(ONAIR_HOME ONAIR_PORT_BASE ONAIR_DB_HOST ONAIR_DB_PORT ONAIR_DB_NAME
  ONAIR_DB_USER ONAIR_DB_PASSWORD ONAIR_REDIS_HOST ONAIR_REDIS_PORT ONAIR_REDIS_DB
  ONAIR_ARTEMIS_PORT ONAIR_ARTEMIS_USER ONAIR_ARTEMIS_PASSWORD ONAIR_RTMP_PORT
  ONAIR_MEDIA_HTTP_PORT ONAIR_MEDIA_CALLBACK_PORT ONAIR_TOKEN_SECRET ONAIR_TOKEN_TTL
  ONAIR_PUSH_API_KEY ONAIR_NODE_ID ONAIR_MEDIA_ROOT)

# Variables that steer this script only; they are not handed to Payara.
# ONAIR_NODES and ONAIR_NODE2_* choose how many domains run and where node 2
# listens; each node gets its own ONAIR_PORT_BASE/ONAIR_NODE_ID instead.
CONTROL_VARS=" ONAIR_SKIP_BUILD ONAIR_RESET_DATA ONAIR_HEALTH_TIMEOUT ONAIR_NGINX_PREFIX ONAIR_TEST_MODE ONAIR_LOG_LINES ONAIR_DEV_EAR ONAIR_NODES ONAIR_NODE2_PORT_BASE ONAIR_NODE2_MEDIA_CALLBACK_PORT ONAIR_NODE2_ID ONAIR_NODE2_CHAT_NODE_ID ONAIR_PAYARA_HEAP "

test_defaults() {
  : "${ONAIR_HOME:=$ROOT/.onair-test}"
  : "${ONAIR_PORT_BASE:=18000}"
  : "${ONAIR_DB_NAME:=onair_test}"
  : "${ONAIR_REDIS_DB:=1}"
  : "${ONAIR_ARTEMIS_PORT:=61627}"
  : "${ONAIR_RTMP_PORT:=11935}"
  : "${ONAIR_MEDIA_HTTP_PORT:=18088}"
  : "${ONAIR_MEDIA_CALLBACK_PORT:=18089}"
  # a short auth deadline keeps the deadline test quick
  : "${ONAIR_WS_AUTH_TIMEOUT:=PT3S}"
  # uploads' crash leftovers are looked for every 5 s, so UploadLeftoversIT sees one go
  : "${ONAIR_MEDIA_TMP_SWEEP:=PT5S}"
  # two Payara domains, so the cluster test sees a push cross from one node to the other
  : "${ONAIR_NODES:=2}"
  export ONAIR_NODES ONAIR_WS_AUTH_TIMEOUT ONAIR_MEDIA_TMP_SWEEP ONAIR_HOME ONAIR_PORT_BASE ONAIR_DB_NAME \
    ONAIR_REDIS_DB ONAIR_ARTEMIS_PORT ONAIR_RTMP_PORT ONAIR_MEDIA_HTTP_PORT ONAIR_MEDIA_CALLBACK_PORT
  export ONAIR_TEST_MODE=1
}

run_defaults() {
  : "${ONAIR_HOME:=$ROOT/.onair}"
  : "${ONAIR_PORT_BASE:=8000}"
  : "${ONAIR_DB_HOST:=127.0.0.1}"
  : "${ONAIR_DB_PORT:=3306}"
  : "${ONAIR_DB_NAME:=onair}"
  : "${ONAIR_DB_USER:=onair}"
  : "${ONAIR_DB_PASSWORD:=onair}"
  : "${ONAIR_REDIS_HOST:=127.0.0.1}"
  : "${ONAIR_REDIS_PORT:=6379}"
  : "${ONAIR_REDIS_DB:=0}"
  : "${ONAIR_ARTEMIS_PORT:=61617}"
  : "${ONAIR_ARTEMIS_USER:=onair}"
  : "${ONAIR_ARTEMIS_PASSWORD:=onair}"
  : "${ONAIR_RTMP_PORT:=1935}"
  : "${ONAIR_MEDIA_HTTP_PORT:=8088}"
  : "${ONAIR_MEDIA_CALLBACK_PORT:=8089}"
  : "${ONAIR_TOKEN_TTL:=PT1H}"
  : "${ONAIR_NODE_ID:=$(hostname):$ONAIR_PORT_BASE}"
  : "${ONAIR_HEALTH_TIMEOUT:=180}"
  : "${ONAIR_NODES:=1}"
  case "$ONAIR_NODES" in 1|2) ;; *) die "ONAIR_NODES must be 1 or 2 (got '$ONAIR_NODES')" ;; esac
  # Absolute home: the Payara domain and nginx are started from other directories.
  ONAIR_HOME=$(realpath -m "$ONAIR_HOME")
  # Uploaded media (chat uploads under chat/, uploads being read under tmp/); both nodes share it.
  : "${ONAIR_MEDIA_ROOT:=$ONAIR_HOME/media}"
  ONAIR_MEDIA_ROOT=$(realpath -m "$ONAIR_MEDIA_ROOT")
  export ONAIR_MEDIA_ROOT
  ONAIR_NGINX_PREFIX="$ONAIR_HOME/nginx"

  LOGS="$ONAIR_HOME/logs"
  STARTED="$ONAIR_HOME/started"
  STATE="$ONAIR_HOME/state"
  DOWNLOADS="$ONAIR_HOME/downloads"

  ADMIN_PORT=$((ONAIR_PORT_BASE + 48))
  HTTP_PORT=$((ONAIR_PORT_BASE + 80))
  # Node 2 (ONAIR_NODES=2): a second domain of the same Payara installation with
  # the same resources, EAR and secrets; only its ports, its node id and the
  # media adapter's callback port differ (nginx-rtmp calls back node 1 only).
  NODE2_PORT_BASE=${ONAIR_NODE2_PORT_BASE:-$((ONAIR_PORT_BASE + 100))}
  NODE2_MEDIA_CALLBACK_PORT=${ONAIR_NODE2_MEDIA_CALLBACK_PORT:-$((ONAIR_MEDIA_CALLBACK_PORT + 1))}
  NODE2_ID=${ONAIR_NODE2_ID:-$(hostname):$NODE2_PORT_BASE}
  # The chat's message ids carry a node number (onair.chat.node-id, 0..31) that
  # must differ between nodes; derived, it comes from host + instance name,
  # which both domains share ("server"): so two nodes get 1 and 2 unless set.
  if [ "$ONAIR_NODES" = 2 ]; then
    : "${ONAIR_CHAT_NODE_ID:=1}"
    NODE2_CHAT_NODE_ID=${ONAIR_NODE2_CHAT_NODE_ID:-$(( (ONAIR_CHAT_NODE_ID + 1) % 32 ))}
  fi
  NODE2_ADMIN_PORT=$((NODE2_PORT_BASE + 48))
  NODE2_HTTP_PORT=$((NODE2_PORT_BASE + 80))
  PAYARA_VERSION=$(pom_property payara.version)
  ARTEMIS_VERSION=$(pom_property artemis.version)
  MARIADB_DRIVER_VERSION=$(pom_property mariadb.version)
  PAYARA_HOME="$ONAIR_HOME/payara6"
  ASADMIN="$PAYARA_HOME/bin/asadmin"
  NODE2_SERVER_LOG="$PAYARA_HOME/glassfish/domains/onair2/logs/server.log"
  use_node 1
  ARTEMIS_HOME="$ONAIR_HOME/apache-artemis-$ARTEMIS_VERSION"
  ARTEMIS_INSTANCE="$ONAIR_HOME/artemis"
  DRIVER_JAR="$DOWNLOADS/mariadb-java-client-$MARIADB_DRIVER_VERSION.jar"

  ARTEMIS_RAR="$ROOT/artemis-rar/target/artemis-ra.rar"
  MEDIA_RAR="$ROOT/jca-media/adapter/target/onair-media.rar"
  # ONAIR_DEV_EAR: deploy another EAR (a development aid other helpers use).
  EAR="${ONAIR_DEV_EAR:-$ROOT/ear/target/onair.ear}"
}

# Points the Payara variables (domain, ports, pid file name, logs) at node 1 or
# node 2. Node 2 changes ONAIR_PORT_BASE, ONAIR_MEDIA_CALLBACK_PORT and
# ONAIR_NODE_ID too, as its JVM must see them: call it for node 2 in a subshell.
use_node() {
  NODE=$1
  if [ "$NODE" = 1 ]; then
    DOMAIN=onair
    PAYARA_COMPONENT=payara
    NODE_LABEL=""
  else
    ONAIR_PORT_BASE=$NODE2_PORT_BASE
    ONAIR_MEDIA_CALLBACK_PORT=$NODE2_MEDIA_CALLBACK_PORT
    ONAIR_NODE_ID=$NODE2_ID
    ONAIR_CHAT_NODE_ID=${NODE2_CHAT_NODE_ID:-}
    ADMIN_PORT=$NODE2_ADMIN_PORT
    HTTP_PORT=$NODE2_HTTP_PORT
    DOMAIN=onair2
    PAYARA_COMPONENT=payara2
    NODE_LABEL="node 2"
  fi
  DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/$DOMAIN"
  SERVER_LOG="$DOMAIN_DIR/logs/server.log"
}

make_home() {
  mkdir -p "$LOGS" "$STARTED" "$STATE" "$DOWNLOADS"
}

# A property of the root pom (versions live there only).
pom_property() {
  local v
  v=$(sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1)
  [ -n "$v" ] || die "property $1 is missing in $ROOT/pom.xml"
  printf '%s' "$v"
}

# ONAIR_TOKEN_SECRET and ONAIR_PUSH_API_KEY: from the environment, else from
# $ONAIR_HOME/secrets.env, else generated once into it.
load_secrets() {
  local f="$ONAIR_HOME/secrets.env" env_token=${ONAIR_TOKEN_SECRET:-} env_key=${ONAIR_PUSH_API_KEY:-}
  if [ -f "$f" ]; then
    # shellcheck disable=SC1090
    . "$f"
  fi
  [ -n "$env_token" ] && ONAIR_TOKEN_SECRET=$env_token
  [ -n "$env_key" ] && ONAIR_PUSH_API_KEY=$env_key
  if [ -z "${ONAIR_TOKEN_SECRET:-}" ] || [ -z "${ONAIR_PUSH_API_KEY:-}" ]; then
    (umask 077; touch "$f")
    if [ -z "${ONAIR_TOKEN_SECRET:-}" ]; then
      ONAIR_TOKEN_SECRET=$(random_string 64)
      printf 'ONAIR_TOKEN_SECRET=%s\n' "$ONAIR_TOKEN_SECRET" >> "$f"
    fi
    if [ -z "${ONAIR_PUSH_API_KEY:-}" ]; then
      ONAIR_PUSH_API_KEY=$(random_string 40)
      printf 'ONAIR_PUSH_API_KEY=%s\n' "$ONAIR_PUSH_API_KEY" >> "$f"
    fi
  fi
  chmod 600 "$f" 2>/dev/null || true
  [ "${#ONAIR_TOKEN_SECRET}" -ge 32 ] || die "ONAIR_TOKEN_SECRET must be at least 32 bytes (HS256 key)"
}

random_string() {
  local s=""
  while [ "${#s}" -lt "$1" ]; do
    s+=$(head -c 96 /dev/urandom | base64 -w0 | tr -d '/+=')
  done
  printf '%s' "${s:0:$1}"
}

# NAME=value lines for every ONAIR_* setting handed to Payara: the contract's
# variables plus any other ONAIR_* a module may read, minus the script's own.
payara_env() {
  local v
  for v in "${CONTRACT_VARS[@]}" $(compgen -v ONAIR_ | sort); do
    case "$CONTROL_VARS" in *" $v "*) continue ;; esac
    printf '%s=%s\n' "$v" "${!v}"
  done | awk '!seen[$0]++'
}

fingerprint() { sha256sum | cut -c1-16; }

# The content of an archive, blind to the timestamps a rebuild changes: the
# CRC-32 of every entry, and of every entry of the jars inside it.
archive_fingerprint() {
  local tmp
  tmp=$(mktemp -d)
  unzip -q -o "$1" -d "$tmp"
  (cd "$tmp" && find . -type f | LC_ALL=C sort | while IFS= read -r f; do
    case "$f" in
      *.jar) printf '%s\n' "$f"; unzip -v "$f" | awk '$7 ~ /^[0-9a-f]{8}$/ { print $7, $8 }' ;;
      *) sha256sum "$f" ;;
    esac
  done) | fingerprint
  rm -rf "$tmp"
}

# ---------------------------------------------------------------------------
# Messages and failure handling
# ---------------------------------------------------------------------------
T0=$(date +%s%N)
elapsed() { printf '%5.1fs' "$(( ($(date +%s%N) - T0) / 1000000 ))e-3"; }
# NODE_LABEL names node 2 in what its parallel setup prints.
say()  { printf '[%s] %s%s\n' "$(elapsed)" "${NODE_LABEL:+$NODE_LABEL: }" "$*"; }
warn() { printf '[%s] %sWARNING: %s\n' "$(elapsed)" "${NODE_LABEL:+$NODE_LABEL: }" "$*" >&2; }

# What is being done, where its log is, and what to do if it fails.
CUR_STEP="starting"; CUR_LOG=""; CUR_HINT=""; CUR_DETAIL=""
step() {
  CUR_STEP=$1; CUR_LOG=${2:-}; CUR_HINT=${3:-}; CUR_DETAIL=""
  say "$CUR_STEP"
}

die() {
  CUR_DETAIL=$*
  exit 1
}

# Runs a command, its output appended to $CUR_LOG; on failure keeps the most
# telling line of that output for the failure message.
logged() {
  local out rc=0 log=${CUR_LOG:-/dev/null}
  out=$(mktemp)
  printf '\n$ %s\n' "$*" >> "$log"
  "$@" > "$out" 2>&1 || rc=$?
  cat "$out" >> "$log"
  if [ "$rc" -ne 0 ]; then
    CUR_DETAIL=$(telling_line "$out")
    rm -f "$out"
    return "$rc"
  fi
  rm -f "$out"
}

telling_line() {
  local l
  l=$(grep -E 'remote failure|ERROR|Error|error:|failed|Exception|denied|refused|in use|not found|No such' "$1" \
      | grep -vE '^Command .* failed\.?$|^\[INFO\]|Usage:' | head -n 1)
  [ -n "$l" ] || l=$(grep -v '^\s*$' "$1" | tail -n 1)
  printf '%s' "${l:0:300}"
}

# ---------------------------------------------------------------------------
# Ports and processes
# ---------------------------------------------------------------------------
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

# "name (pid N)" of the process listening on a local port, when ss can tell.
port_owner() {
  local o
  o=$(ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*users:(("\([^"]*\)",pid=\([0-9]*\).*/\1 (pid \2)/p' | head -n 1)
  printf '%s' "${o:-another process}"
}

# wait_port HOST PORT SECONDS [PID]: fails early if PID dies.
wait_port() {
  local host=$1 port=$2 secs=$3 pid=${4:-} i
  for ((i = 0; i < secs * 4; i++)); do
    port_open "$host" "$port" && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      CUR_DETAIL="the process exited before it opened $host:$port"
      return 1
    fi
    sleep 0.25
  done
  CUR_DETAIL="nothing answered on $host:$port within ${secs}s"
  return 1
}

is_local_host() {
  case "$1" in 127.*|localhost|::1) return 0 ;; *) return 1 ;; esac
}

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# runs_with PID TEXT: the live process PID has TEXT in its command line. Not
# `tr | grep -q`: under pipefail, grep leaving at the first match can kill tr
# with SIGPIPE (a Payara command line is longer than one 4 KiB write), and
# the pipeline then fails although the text is there.
runs_with() {
  local cmdline
  alive "$1" || return 1
  cmdline=$(tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null) || return 1
  [[ $cmdline == *"$2"* ]]
}

# Started components: $STARTED/NAME.pid holds the pid, so that `stop` stops
# only what `run` started. STARTED_NOW lists what this invocation started.
# A background job (node 2's setup) cannot add to its parent's STARTED_NOW:
# it also appends the names to the file STARTED_NOW_FILE names.
STARTED_NOW=()
STARTED_NOW_FILE=""
mark_started() {
  printf '%s\n' "$2" > "$STARTED/$1.pid"
  STARTED_NOW+=("$1")
  if [ -n "$STARTED_NOW_FILE" ]; then printf '%s\n' "$1" >> "$STARTED_NOW_FILE"; fi
}

started_pid() {
  local f="$STARTED/$1.pid"
  [ -f "$f" ] && cat "$f"
}

# Starts a long-running command detached from this shell (own session, so a
# Ctrl-C or the end of this script does not reach it); prints its pid.
spawn() {
  local log=$1 pidfile
  shift
  pidfile=$(mktemp)
  setsid bash -c 'echo $$ > "$0"; exec "$@"' "$pidfile" "$@" >> "$log" 2>&1 < /dev/null &
  local i
  for ((i = 0; i < 50; i++)); do
    [ -s "$pidfile" ] && break
    sleep 0.05
  done
  cat "$pidfile"
  rm -f "$pidfile"
}

# Sends TERM, waits up to SECS seconds, then KILL.
terminate() {
  local pid=$1 secs=${2:-30} i
  alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < secs * 4; i++)); do
    alive "$pid" || return 0
    sleep 0.25
  done
  kill -KILL "$pid" 2>/dev/null || true
}

# TERM to a process and, first, to its descendants (found by parent pid).
kill_tree() {
  local child
  for child in $(pgrep -P "$1" 2>/dev/null); do kill_tree "$child"; done
  kill -TERM "$1" 2>/dev/null || true
}
