# shellcheck shell=bash
# Payara Server for bin/onair: the domain, its resources (docs/CONTRACTS.md) and
# the EAR. Sourced by bin/onair after lib/common.sh.

# Ports Payara takes from --portbase (iiop x3, admin, Hazelcast DAS, JMS, http,
# https, JMX).
PAYARA_PORT_OFFSETS=(37 38 39 48 49 76 80 81 86)

asa() {
  logged "$ASADMIN" --port "$ADMIN_PORT" --interactive=false "$@"
}

# Escapes a value inside an asadmin --property list (name=value:name=value).
prop() {
  local v=${1//\\/\\\\}
  v=${v//:/\\:}
  v=${v//=/\\=}
  printf '%s' "$v"
}

# asa_batch NAME [--ignore-failures] < commands: runs them in one asadmin
# process (multimode: ~2 s instead of ~1.3 s per command). Lines are written in
# the multimode file syntax: backslashes doubled, arguments with spaces quoted.
asa_batch() {
  local file="$STATE/asadmin-$DOMAIN-$1.txt" ignore=${2:-} out
  sed 's/\\/\\\\/g' > "$file"
  out=$(mktemp)
  printf '\n$ asadmin multimode --file %s\n' "$file" >> "$CUR_LOG"
  "$ASADMIN" --port "$ADMIN_PORT" --interactive=false multimode --file "$file" > "$out" 2>&1 || true
  grep -v 'Unable to retrieve infocmp' "$out" >> "$CUR_LOG"
  if [ "$ignore" != --ignore-failures ] && grep -qE '^Command [a-z-]+ failed' "$out"; then
    CUR_DETAIL="$(grep -m1 -oE '^Command [a-z-]+ failed' "$out"): $(grep -m1 -E 'remote failure|[Ee]rror|[Ee]xception|failed for' "$out" | cut -c1-300)"
    rm -f "$out"
    return 1
  fi
  rm -f "$out"
}

payara_pid() {
  local pid
  pid=$(cat "$DOMAIN_DIR/config/pid" 2>/dev/null || true)
  runs_with "$pid" "$PAYARA_HOME" && printf '%s' "$pid"
}

check_payara_ports() {
  local o p
  if [ $((ONAIR_PORT_BASE + 86)) -gt 65535 ]; then
    CUR_HINT="Payara uses base+37..86; for node 2 the base is ONAIR_NODE2_PORT_BASE (default ONAIR_PORT_BASE+100)"
    die "port base $ONAIR_PORT_BASE of domain $DOMAIN puts Payara ports above 65535"
  fi
  for o in "${PAYARA_PORT_OFFSETS[@]}"; do
    p=$((ONAIR_PORT_BASE + o))
    if port_open 127.0.0.1 "$p"; then
      CUR_HINT="stop it, or choose another ONAIR_PORT_BASE (Payara uses base+37..86: admin base+48, http base+80)"
      die "Payara port $p (base $ONAIR_PORT_BASE + $o) is taken by $(port_owner "$p")"
    fi
  done
}

start_payara() {
  local env_lines=() line pid
  while IFS= read -r line; do env_lines+=("$line"); done < <(payara_env)
  check_payara_ports
  # Recorded before the start: a failed start can leave the domain running.
  mark_started "$PAYARA_COMPONENT" pending
  # An EAR still deployed (the domain was killed, not stopped by bin/onair) is
  # disabled before the start: Payara would load it by itself and race the
  # redeploy below (start-domain returns before deployed apps are loaded; seen:
  # "Cannot create scratch directory", "web module … already loaded at /ws").
  sed -i -E '/<application-ref [^>]*ref="onair"/{s/ enabled="[a-z]*"//;s/<application-ref /<application-ref enabled="false" /}' \
    "$DOMAIN_DIR/config/domain.xml"
  # The server JVM inherits asadmin's environment: this is how MicroProfile
  # Config sees ONAIR_* (env ONAIR_REDIS_HOST <=> property onair.redis.host).
  local log_size
  log_size=$(stat -c %s "$SERVER_LOG" 2>/dev/null || echo 0)
  logged env "${env_lines[@]}" "$ASADMIN" --interactive=false start-domain "$DOMAIN"
  pid=$(payara_pid || true)
  [ -n "$pid" ] || die "start-domain succeeded but no server process was found"
  wait_startup "$log_size" "$pid"
  printf '%s\n' "$pid" > "$STARTED/$PAYARA_COMPONENT.pid"
  grep -qzx "ONAIR_PORT_BASE=$ONAIR_PORT_BASE" "/proc/$pid/environ" ||
    die "the Payara JVM did not inherit the ONAIR_* environment"
  payara_env | fingerprint > "$STATE/$PAYARA_COMPONENT-env.fp"
}

# After a crash (kill -9) the domain still lists the EAR; left there, the
# startup's own load of it races the redeploy even after the startup message
# (seen: "Cannot create scratch directory"). So it is undeployed offline: out
# of domain.xml (the other applications stay), its files gone.
undeploy_offline() {
  sed -i -e '/<application [^>]*name="onair"/,/<\/application>/d' -e '/<application-ref [^>]*ref="onair"/d' \
    "$DOMAIN_DIR/config/domain.xml"
  rm -rf "$DOMAIN_DIR/applications/onair" "$DOMAIN_DIR"/generated/*/onair
}

# start-domain can return before the server has finished starting: under load a
# deploy right after it raced the startup's own loading of the application left
# by a killed domain ("Cannot create scratch directory"). The server logs
# "startup time :" once started; only the log written since SIZE is read
# (all of it if it was rotated meanwhile).
wait_startup() {
  local size=$1 pid=$2 deadline now
  deadline=$(( $(date +%s) + ONAIR_HEALTH_TIMEOUT ))
  while :; do
    now=$(stat -c %s "$SERVER_LOG" 2>/dev/null || echo 0)
    if [ "$now" -lt "$size" ]; then size=0; fi
    # grep reads all of tail's output here (see runs_with for why)
    grep -q 'startup time :' < <(tail -c +"$((size + 1))" "$SERVER_LOG" 2>/dev/null) && return 0
    alive "$pid" || die "the Payara server (pid $pid) ended while starting"
    [ "$(date +%s)" -lt "$deadline" ] || die "Payara did not log its startup within ${ONAIR_HEALTH_TIMEOUT}s"
    sleep 1
  done
}

# The EAR is undeployed first: `run` deploys it anyway, and an EAR that Payara
# loads by itself at start-domain races that redeploy; a failed startup load
# also left a dangling Artemis MDB activation behind (AMQ154003 "EndpointFactory
# is currently not available" every 2 s).
stop_payara() {
  local pid
  if [ -n "$(payara_pid || true)" ]; then
    asa undeploy onair || true
  fi
  asa stop-domain "$DOMAIN" || true
  pid=$(payara_pid || true)
  [ -n "$pid" ] && terminate "$pid" 30
  return 0
}

ensure_payara() {
  step "Payara: domain $DOMAIN (admin 127.0.0.1:$ADMIN_PORT, http $HTTP_PORT)" "$LOGS/$PAYARA_COMPONENT-setup.log" \
    "see the log and $SERVER_LOG"
  if [ ! -f "$DOMAIN_DIR/config/domain.xml" ]; then
    check_payara_ports
    asa create-domain --portbase "$ONAIR_PORT_BASE" --nopassword "$DOMAIN"
  fi
  local pid
  pid=$(payara_pid || true)
  if [ -n "$pid" ] && [ "$(payara_env | fingerprint)" != "$(cat "$STATE/$PAYARA_COMPONENT-env.fp" 2>/dev/null)" ]; then
    say "Payara: configuration (ONAIR_*) changed, restarting the domain"
    stop_payara
    pid=""
  fi
  if [ -n "$pid" ]; then
    say "Payara: already running (pid $pid)"
    [ -f "$STARTED/$PAYARA_COMPONENT.pid" ] || printf '%s\n' "$pid" > "$STARTED/$PAYARA_COMPONENT.pid"
  else
    say "Payara: starting the domain"
    start_payara
  fi
  if [ ! -f "$DOMAIN_DIR/config/onair-setup.done" ]; then
    say "Payara: first-time setup (MariaDB driver, heap 1g, default principal-to-role mapping, http queue), then restart"
    asa add-library --type common "$DRIVER_JAR"
    # http-thread-pool's queue: Grizzly queues every socket read as a task, at
    # most 4,096 by default; with ~19,000 sockets a burst of connects or
    # heartbeats overflowed it and Grizzly dropped sockets (BENCHMARKS.md, run 1).
    asa_batch setup <<EOF
delete-jvm-options -Xmx512m
create-jvm-options -Xmx1g
set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-queue-size=65536
EOF
    stop_payara
    start_payara
    touch "$DOMAIN_DIR/config/onair-setup.done"
  fi
  ensure_jvm
}

# ONAIR_PAYARA_HEAP (e.g. 2g; the benchmark's setting): the domain's -Xmx.
# ONAIR_PAYARA_GC (g1 or parallel; the benchmark uses parallel): its collector.
# Each is set, and the domain restarted, only when it differs; unset leaves it as it is.
ensure_jvm() {
  local current changes="" gc_flag current_gc
  if [ -n "${ONAIR_PAYARA_HEAP:-}" ]; then
    current=$(grep -o '<jvm-options>-Xmx[^<]*' "$DOMAIN_DIR/config/domain.xml" | head -1 | sed 's/<jvm-options>//')
    if [ "$current" != "-Xmx$ONAIR_PAYARA_HEAP" ]; then
      say "Payara: heap ${current#-Xmx} -> $ONAIR_PAYARA_HEAP (ONAIR_PAYARA_HEAP)"
      changes+="delete-jvm-options $current"$'\n'"create-jvm-options -Xmx$ONAIR_PAYARA_HEAP"$'\n'
    fi
  fi
  if [ -n "${ONAIR_PAYARA_GC:-}" ]; then
    case "$ONAIR_PAYARA_GC" in
      g1) gc_flag=-XX:+UseG1GC ;;
      parallel) gc_flag=-XX:+UseParallelGC ;;
      *) die "ONAIR_PAYARA_GC must be g1 or parallel, not '$ONAIR_PAYARA_GC'" ;;
    esac
    current_gc=$(grep -o '<jvm-options>-XX:+Use[A-Za-z0-9]*GC<' "$DOMAIN_DIR/config/domain.xml" | sed 's/<jvm-options>//; s/<$//' | head -1 || true)
    # no explicit flag (a new domain: grep finds nothing) means the JVM's default, G1 on this kind of machine
    if [ "${current_gc:--XX:+UseG1GC}" != "$gc_flag" ]; then
      say "Payara: collector ${current_gc:-default} -> $gc_flag (ONAIR_PAYARA_GC)"
      # asadmin takes ':' as its option separator: escape it
      [ -n "$current_gc" ] && changes+="delete-jvm-options ${current_gc/:/\\:}"$'\n'
      changes+="create-jvm-options ${gc_flag/:/\\:}"$'\n'
    fi
  fi
  [ -n "$changes" ] || return 0
  say "Payara: restarting the domain for its new JVM options"
  printf '%s' "$changes" | asa_batch jvm
  stop_payara
  start_payara
}

# The resources of docs/CONTRACTS.md. Created when missing and created anew
# when the configuration or a RAR changed; otherwise left as they are.
ensure_resources() {
  step "Payara: resources jdbc/onair, artemis-ra, jms/onair/*, onair-media, jca/onair/media" \
    "$LOGS/$PAYARA_COMPONENT-setup.log" "see the log and $SERVER_LOG"
  local fp
  fp=$({ printf '%s\n' "$ONAIR_DB_HOST" "$ONAIR_DB_PORT" "$ONAIR_DB_NAME" "$ONAIR_DB_USER" \
      "$ONAIR_DB_PASSWORD" "$ONAIR_ARTEMIS_PORT" "$ONAIR_ARTEMIS_USER" "$ONAIR_ARTEMIS_PASSWORD" \
      "$ONAIR_MEDIA_HTTP_PORT" "$ONAIR_MEDIA_CALLBACK_PORT"
    archive_fingerprint "$ARTEMIS_RAR"; archive_fingerprint "$MEDIA_RAR"; } | fingerprint)
  if [ "$fp" = "$(cat "$DOMAIN_DIR/config/onair-resources.fp" 2>/dev/null)" ]; then
    say "Payara: resources unchanged"
    return 0
  fi
  rm -f "$DOMAIN_DIR/config/onair-resources.fp"
  asa_batch teardown --ignore-failures <<'EOF'
undeploy onair
undeploy --cascade=true onair-media
undeploy --cascade=true artemis-ra
delete-resource-adapter-config onair-media
delete-resource-adapter-config artemis-ra
delete-jdbc-resource jdbc/onair
delete-jdbc-connection-pool --cascade=true onair-pool
EOF
  local v
  for v in "$ONAIR_DB_USER" "$ONAIR_DB_PASSWORD" "$ONAIR_ARTEMIS_USER" "$ONAIR_ARTEMIS_PASSWORD"; do
    case "$v" in *'"'*|*$'\n'*) die "database and broker credentials must not contain a double quote or a newline" ;; esac
  done
  local db_url="jdbc:mariadb://$ONAIR_DB_HOST:$ONAIR_DB_PORT/$ONAIR_DB_NAME"
  local broker="host=127.0.0.1;port=$ONAIR_ARTEMIS_PORT"
  local jdbc_props artemis_props jms_creds media_ra media_pool
  jdbc_props="url=$(prop "$db_url"):user=$(prop "$ONAIR_DB_USER"):password=$(prop "$ONAIR_DB_PASSWORD")"
  artemis_props="ConnectionParameters=$(prop "$broker"):UserName=$(prop "$ONAIR_ARTEMIS_USER"):Password=$(prop "$ONAIR_ARTEMIS_PASSWORD")"
  jms_creds="UserName=$(prop "$ONAIR_ARTEMIS_USER"):Password=$(prop "$ONAIR_ARTEMIS_PASSWORD")"
  media_ra="CallbackHost=127.0.0.1:CallbackPort=$ONAIR_MEDIA_CALLBACK_PORT"
  media_pool="MediaServerUrl=$(prop "http://127.0.0.1:$ONAIR_MEDIA_HTTP_PORT")"
  asa_batch resources <<EOF
create-jdbc-connection-pool --datasourceclassname org.mariadb.jdbc.MariaDbDataSource --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 32 --isconnectvalidatereq=true --validationmethod custom-validation --validationclassname org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation --property "$jdbc_props" onair-pool
create-jdbc-resource --connectionpoolid onair-pool jdbc/onair
ping-connection-pool onair-pool
create-resource-adapter-config --property "$artemis_props" artemis-ra
deploy --type rar --name artemis-ra "$ARTEMIS_RAR"
create-connector-connection-pool --raname artemis-ra --connectiondefinition org.apache.activemq.artemis.ra.ActiveMQRAConnectionFactory --transactionsupport XATransaction --property "$jms_creds" onair-jms-pool
create-connector-resource --poolname onair-jms-pool jms/onair/ConnectionFactory
create-admin-object --raname artemis-ra --restype jakarta.jms.Topic --property Address=onair.push jms/onair/PushTopic
ping-connection-pool onair-jms-pool
create-resource-adapter-config --property $media_ra onair-media
deploy --type rar --name onair-media "$MEDIA_RAR"
create-connector-connection-pool --raname onair-media --connectiondefinition dev.onair.media.api.MediaConnectionFactory --property $media_pool onair-media-pool
create-connector-resource --poolname onair-media-pool jca/onair/media
EOF
  printf '%s\n' "$fp" > "$DOMAIN_DIR/config/onair-resources.fp"
}

deploy_ear() {
  step "Payara: deploying $EAR as onair" "$LOGS/$PAYARA_COMPONENT-deploy.log" \
    "see $SERVER_LOG for the cause"
  asa deploy --force=true --enabled=true --name onair "$EAR"
}

wait_health() {
  local url="http://127.0.0.1:$HTTP_PORT/api/health" code body deadline
  step "Waiting for $url (HTTP 200, up to ${ONAIR_HEALTH_TIMEOUT}s)" "$SERVER_LOG" \
    "the application is deployed but not healthy: read the body above and $SERVER_LOG"
  body=$(mktemp)
  deadline=$(( $(date +%s) + ONAIR_HEALTH_TIMEOUT ))
  while :; do
    code=$(curl -s -o "$body" -w '%{http_code}' --max-time 5 "$url" || true)
    [ "$code" = 200 ] && { rm -f "$body"; return 0; }
    if [ "$(date +%s)" -ge "$deadline" ]; then
      printf 'Last answer of %s: HTTP %s\n' "$url" "$code" >&2
      head -c 2000 "$body" >&2; echo >&2
      rm -f "$body"
      die "health check did not answer 200 within ${ONAIR_HEALTH_TIMEOUT}s (last: HTTP $code)"
    fi
    sleep 1
  done
}
