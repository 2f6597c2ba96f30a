# shellcheck shell=bash
# The backing services of bin/onair: packages, build, downloads, MariaDB, Redis,
# Artemis, nginx-rtmp. Sourced by bin/onair after lib/common.sh.

# ---------------------------------------------------------------------------
# Debian packages
# ---------------------------------------------------------------------------
ensure_packages() {
  local pkgs=(nginx libnginx-mod-rtmp ffmpeg redis-server mariadb-server unzip curl gettext-base)
  [ "${ONAIR_TEST_MODE:-0}" = 1 ] && pkgs+=(chromium chromium-driver)
  local missing=() p
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    step "Checking Debian packages"
    CUR_HINT="sudo apt-get install -y ${missing[*]}"
    die "missing Debian packages (not root, so not installing them); run the line below, then this command again"
  fi
  step "Installing Debian packages: ${missing[*]}" "$LOGS/apt.log" \
    "check that apt-get reaches Debian's mirrors, then run again"
  logged env DEBIAN_FRONTEND=noninteractive apt-get update
  logged env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# ---------------------------------------------------------------------------
# Build and downloads
# ---------------------------------------------------------------------------
build() {
  if [ "${ONAIR_SKIP_BUILD:-0}" = 1 ]; then
    say "Build skipped (ONAIR_SKIP_BUILD=1)"
  else
    step "Building the project (mvn install, tests skipped)" "$LOGS/build.log" \
      "fix the build error, or check it with: mvn -DskipTests install"
    : > "$CUR_LOG"
    logged mvn -B -f "$ROOT/pom.xml" -DskipTests -DskipITs install
  fi
  local a
  for a in "$ARTEMIS_RAR" "$MEDIA_RAR" "$EAR"; do
    [ -f "$a" ] || { CUR_HINT="build it: cd $ROOT && mvn -DskipTests install"; die "$a is missing"; }
  done
}

# mvn_fetch GROUP:ARTIFACT:VERSION[:TYPE[:CLASSIFIER]] FILE — from Maven Central
# (through the local repository) into $DOWNLOADS, once.
mvn_fetch() {
  [ -f "$DOWNLOADS/$2" ] && return 0
  # Run where there is no pom.xml: dependency:copy needs no project.
  local here=$PWD
  cd "$DOWNLOADS"
  logged mvn -B -q dependency:copy -Dartifact="$1" -DoutputDirectory="$DOWNLOADS"
  cd "$here"
  [ -f "$DOWNLOADS/$2" ] || die "mvn dependency:copy did not produce $DOWNLOADS/$2"
}

fetch_distributions() {
  step "Fetching Payara $PAYARA_VERSION, Artemis $ARTEMIS_VERSION, MariaDB driver" "$LOGS/fetch.log" \
    "Maven must reach Maven Central; see the log"
  mvn_fetch "fish.payara.distributions:payara:$PAYARA_VERSION:zip" "payara-$PAYARA_VERSION.zip"
  mvn_fetch "org.apache.activemq:apache-artemis:$ARTEMIS_VERSION:zip:bin" "apache-artemis-$ARTEMIS_VERSION-bin.zip"
  mvn_fetch "org.mariadb.jdbc:mariadb-java-client:$MARIADB_DRIVER_VERSION" "$(basename "$DRIVER_JAR")"
  if [ ! -x "$ASADMIN" ]; then
    logged unzip -q -o "$DOWNLOADS/payara-$PAYARA_VERSION.zip" -d "$ONAIR_HOME"
    printf '%s\n' "$PAYARA_VERSION" > "$PAYARA_HOME/.onair-version"
  elif [ "$(cat "$PAYARA_HOME/.onair-version" 2>/dev/null)" != "$PAYARA_VERSION" ]; then
    warn "$PAYARA_HOME is not Payara $PAYARA_VERSION; remove $ONAIR_HOME to upgrade"
  fi
  if [ ! -x "$ARTEMIS_HOME/bin/artemis" ]; then
    logged unzip -q -o "$DOWNLOADS/apache-artemis-$ARTEMIS_VERSION-bin.zip" -d "$ONAIR_HOME"
  fi
}

# ---------------------------------------------------------------------------
# MariaDB: use the one listening on ONAIR_DB_HOST:ONAIR_DB_PORT, else start a
# private mariadbd under $ONAIR_HOME/mariadb.
# ---------------------------------------------------------------------------
MARIADB_DIR=""
DB_ADMIN=()   # the mariadb client command that may create databases and users

start_mariadb() {
  MARIADB_DIR="$ONAIR_HOME/mariadb"
  local sock="$MARIADB_DIR/mysqld.sock" pid
  step "MariaDB: starting a private server on $ONAIR_DB_HOST:$ONAIR_DB_PORT" "$LOGS/mariadb.log" \
    "see the log; or start MariaDB yourself on $ONAIR_DB_HOST:$ONAIR_DB_PORT"
  is_local_host "$ONAIR_DB_HOST" || die "nothing listens on $ONAIR_DB_HOST:$ONAIR_DB_PORT and it is not this machine"
  if [ ! -d "$MARIADB_DIR/data/mysql" ]; then
    mkdir -p "$MARIADB_DIR/data"
    logged mariadb-install-db --no-defaults --datadir="$MARIADB_DIR/data" --user="$(id -un)" \
      --auth-root-authentication-method=socket --skip-test-db
  fi
  pid=$(spawn "$CUR_LOG" mariadbd --no-defaults --datadir="$MARIADB_DIR/data" --socket="$sock" \
    --port="$ONAIR_DB_PORT" --bind-address=127.0.0.1 --pid-file="$MARIADB_DIR/mariadbd.pid" \
    --user="$(id -un)" --skip-name-resolve --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci)
  mark_started mariadb "$pid"
  wait_port 127.0.0.1 "$ONAIR_DB_PORT" 60 "$pid"
  DB_ADMIN=(mariadb --no-defaults --socket="$sock" -u"$(id -un)")
}

ensure_mariadb() {
  local pid
  pid=$(started_pid mariadb || true)
  if alive "$pid"; then
    say "MariaDB: private server already running (pid $pid) on $ONAIR_DB_HOST:$ONAIR_DB_PORT"
    MARIADB_DIR="$ONAIR_HOME/mariadb"
    DB_ADMIN=(mariadb --no-defaults --socket="$MARIADB_DIR/mysqld.sock" -u"$(id -un)")
  elif port_open "$ONAIR_DB_HOST" "$ONAIR_DB_PORT"; then
    rm -f "$STARTED/mariadb.pid"
    say "MariaDB: using the server on $ONAIR_DB_HOST:$ONAIR_DB_PORT"
    find_db_admin
  else
    rm -f "$STARTED/mariadb.pid"
    start_mariadb
  fi
  create_database
}

# Root over TCP with an empty password, or root over the local unix socket.
find_db_admin() {
  local tcp=(mariadb --protocol=TCP -h"$ONAIR_DB_HOST" -P"$ONAIR_DB_PORT" -uroot --password=)
  if "${tcp[@]}" -e 'select 1' >/dev/null 2>&1; then
    DB_ADMIN=("${tcp[@]}")
    return 0
  fi
  if is_local_host "$ONAIR_DB_HOST" &&
     [ "$(mariadb -uroot -N -e 'select @@port' 2>/dev/null)" = "$ONAIR_DB_PORT" ]; then
    DB_ADMIN=(mariadb -uroot)
    return 0
  fi
  DB_ADMIN=()
}

sql_quote() { printf "'%s'" "${1//\'/\'\'}"; }

create_database() {
  local db="\`${ONAIR_DB_NAME//\`/}\`" u p h sql=""
  step "MariaDB: database $ONAIR_DB_NAME and user $ONAIR_DB_USER" "$LOGS/mariadb-setup.log" \
    "give root access (unix socket or TCP with an empty password), or create the database and user yourself"
  [ -n "$ONAIR_DB_PASSWORD" ] || die "ONAIR_DB_PASSWORD must not be empty (a Payara JDBC pool needs a password)"
  if [ ${#DB_ADMIN[@]} -eq 0 ]; then
    # No root: fine as long as the application user already reaches its database.
    if [ "${ONAIR_RESET_DATA:-0}" != 1 ] && mariadb --protocol=TCP -h"$ONAIR_DB_HOST" -P"$ONAIR_DB_PORT" \
         -u"$ONAIR_DB_USER" --password="$ONAIR_DB_PASSWORD" "$ONAIR_DB_NAME" -e 'select 1' >/dev/null 2>&1; then
      say "MariaDB: no root access, but $ONAIR_DB_USER already reaches $ONAIR_DB_NAME"
      return 0
    fi
    CUR_HINT="as a MariaDB admin run: CREATE DATABASE $ONAIR_DB_NAME; CREATE USER '$ONAIR_DB_USER'@'%' IDENTIFIED BY '...'; GRANT ALL ON $ONAIR_DB_NAME.* TO '$ONAIR_DB_USER'@'%';"
    die "cannot log in to MariaDB at $ONAIR_DB_HOST:$ONAIR_DB_PORT as root (neither TCP with an empty password nor the unix socket)"
  fi
  u=$(sql_quote "$ONAIR_DB_USER"); p=$(sql_quote "$ONAIR_DB_PASSWORD")
  [ "${ONAIR_RESET_DATA:-0}" = 1 ] && sql+="DROP DATABASE IF EXISTS $db;"
  sql+="CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  for h in "'localhost'" "'127.0.0.1'" "'%'"; do
    sql+="CREATE USER IF NOT EXISTS $u@$h IDENTIFIED BY $p; ALTER USER $u@$h IDENTIFIED BY $p;"
    sql+="GRANT ALL PRIVILEGES ON $db.* TO $u@$h;"
  done
  logged "${DB_ADMIN[@]}" -e "$sql"
  [ "${ONAIR_RESET_DATA:-0}" = 1 ] && say "MariaDB: database $ONAIR_DB_NAME dropped and created anew"
  return 0
}

# ---------------------------------------------------------------------------
# Redis: use the one listening, else a private one (no persistence).
# ---------------------------------------------------------------------------
ensure_redis() {
  local pid dir="$ONAIR_HOME/redis"
  pid=$(started_pid redis || true)
  if alive "$pid"; then
    say "Redis: private server already running (pid $pid) on $ONAIR_REDIS_HOST:$ONAIR_REDIS_PORT"
  elif port_open "$ONAIR_REDIS_HOST" "$ONAIR_REDIS_PORT"; then
    rm -f "$STARTED/redis.pid"
    say "Redis: using the server on $ONAIR_REDIS_HOST:$ONAIR_REDIS_PORT"
  else
    rm -f "$STARTED/redis.pid"
    step "Redis: starting a private server on 127.0.0.1:$ONAIR_REDIS_PORT" "$LOGS/redis.log" \
      "see the log; or start Redis yourself on $ONAIR_REDIS_HOST:$ONAIR_REDIS_PORT"
    is_local_host "$ONAIR_REDIS_HOST" || die "nothing listens on $ONAIR_REDIS_HOST:$ONAIR_REDIS_PORT and it is not this machine"
    mkdir -p "$dir"
    rm -f "$dir/redis.pid"
    logged redis-server --daemonize yes --bind 127.0.0.1 --port "$ONAIR_REDIS_PORT" --save '' \
      --appendonly no --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$CUR_LOG"
    local i
    for ((i = 0; i < 40; i++)); do [ -s "$dir/redis.pid" ] && break; sleep 0.25; done
    pid=$(cat "$dir/redis.pid" 2>/dev/null || true)
    [ -n "$pid" ] || die "redis-server wrote no pid file"
    mark_started redis "$pid"
    wait_port 127.0.0.1 "$ONAIR_REDIS_PORT" 30 "$pid"
  fi
  if [ "${ONAIR_RESET_DATA:-0}" = 1 ]; then
    CUR_LOG="$LOGS/redis-setup.log"
    logged redis-cli -h "$ONAIR_REDIS_HOST" -p "$ONAIR_REDIS_PORT" -n "$ONAIR_REDIS_DB" flushdb
    say "Redis: logical database $ONAIR_REDIS_DB flushed"
  fi
}

# ---------------------------------------------------------------------------
# Artemis: one broker instance under $ONAIR_HOME/artemis, core protocol only,
# on 127.0.0.1:$ONAIR_ARTEMIS_PORT.
# ---------------------------------------------------------------------------
ensure_artemis() {
  local pid fp
  pid=$(started_pid artemis || true)
  fp=$(printf '%s\n%s\n' "$ONAIR_ARTEMIS_USER" "$ONAIR_ARTEMIS_PASSWORD" | fingerprint)
  if alive "$pid" && [ "$(cat "$STATE/artemis.fp" 2>/dev/null)" = "$fp:$ONAIR_ARTEMIS_PORT" ]; then
    say "Artemis: already running (pid $pid) on 127.0.0.1:$ONAIR_ARTEMIS_PORT"
    return 0
  fi
  step "Artemis: broker on 127.0.0.1:$ONAIR_ARTEMIS_PORT" "$LOGS/artemis.log" \
    "see the log; a port in use can be changed with ONAIR_ARTEMIS_PORT"
  if alive "$pid"; then
    say "Artemis: configuration changed, restarting"
    terminate "$pid" 30
    rm -f "$STARTED/artemis.pid"
  fi
  port_open 127.0.0.1 "$ONAIR_ARTEMIS_PORT" &&
    die "port $ONAIR_ARTEMIS_PORT is taken by $(port_owner "$ONAIR_ARTEMIS_PORT"); set ONAIR_ARTEMIS_PORT to a free port"
  # The instance holds the user and password: create it anew when they change.
  if [ ! -f "$ARTEMIS_INSTANCE/etc/broker.xml" ] || [ "$(cat "$STATE/artemis.users" 2>/dev/null)" != "$fp" ]; then
    rm -rf "$ARTEMIS_INSTANCE"
    logged "$ARTEMIS_HOME/bin/artemis" create --silent --user "$ONAIR_ARTEMIS_USER" \
      --password "$ONAIR_ARTEMIS_PASSWORD" --require-login --host 127.0.0.1 \
      --default-port "$ONAIR_ARTEMIS_PORT" --no-amqp-acceptor --no-stomp-acceptor \
      --no-mqtt-acceptor --no-hornetq-acceptor --no-web --nio --java-memory 512M "$ARTEMIS_INSTANCE"
    printf '%s\n' "$fp" > "$STATE/artemis.users"
  fi
  # One acceptor, core protocol only (it otherwise also speaks AMQP/MQTT/STOMP
  # and ports such as 5672/1883 may belong to other services).
  sed -i -E "s#<acceptor name=\"artemis\">[^<]*</acceptor>#<acceptor name=\"artemis\">tcp://127.0.0.1:$ONAIR_ARTEMIS_PORT?tcpSendBufferSize=1048576;tcpReceiveBufferSize=1048576;protocols=CORE;useEpoll=true;supportAdvisory=false;suppressInternalManagementObjects=false</acceptor>#" \
    "$ARTEMIS_INSTANCE/etc/broker.xml"
  grep -q "tcp://127.0.0.1:$ONAIR_ARTEMIS_PORT?.*protocols=CORE;" "$ARTEMIS_INSTANCE/etc/broker.xml" ||
    die "could not set the acceptor in $ARTEMIS_INSTANCE/etc/broker.xml"
  # A private or group message whose store fails (the database is away) comes back after 1, 2, 4 ...
  # 60 s, about an hour in all, before it is dead-lettered: the broker's default of ten immediate
  # retries sent messages already acknowledged to their senders to DLQ within a 2 s outage.
  # Added when missing; a running broker reloads its address settings by itself.
  grep -q '<address-setting match="onair.chat.deliver">' "$ARTEMIS_INSTANCE/etc/broker.xml" ||
    sed -i 's#</address-settings>#   <address-setting match="onair.chat.deliver"><redelivery-delay>1000</redelivery-delay><redelivery-delay-multiplier>2</redelivery-delay-multiplier><max-redelivery-delay>60000</max-redelivery-delay><max-delivery-attempts>70</max-delivery-attempts></address-setting>\n      </address-settings>#' \
      "$ARTEMIS_INSTANCE/etc/broker.xml"
  grep -q '<address-setting match="onair.chat.deliver">' "$ARTEMIS_INSTANCE/etc/broker.xml" ||
    die "could not set the redelivery of onair.chat.deliver in $ARTEMIS_INSTANCE/etc/broker.xml"
  pid=$(spawn "$CUR_LOG" "$ARTEMIS_INSTANCE/bin/artemis" run)
  mark_started artemis "$pid"
  wait_port 127.0.0.1 "$ONAIR_ARTEMIS_PORT" 60 "$pid"
  printf '%s\n' "$fp:$ONAIR_ARTEMIS_PORT" > "$STATE/artemis.fp"
}

# ---------------------------------------------------------------------------
# nginx-rtmp: config/nginx-rtmp.conf.template rendered into its own prefix.
# ---------------------------------------------------------------------------
ensure_nginx() {
  local pid prefix="$ONAIR_NGINX_PREFIX" conf new
  local template="$ROOT/config/nginx-rtmp.conf.template"
  step "nginx-rtmp: RTMP 127.0.0.1:$ONAIR_RTMP_PORT, HTTP 127.0.0.1:$ONAIR_MEDIA_HTTP_PORT" "$LOGS/nginx.log" \
    "see the log and $prefix/logs/error.log; ports can be changed with ONAIR_RTMP_PORT / ONAIR_MEDIA_HTTP_PORT"
  [ -f "$template" ] || die "$template is missing"
  mkdir -p "$prefix/conf" "$prefix/logs" "$prefix/temp" "$prefix/hls"
  conf="$prefix/conf/nginx.conf"
  new="$prefix/conf/nginx.conf.new"
  ONAIR_NGINX_PREFIX=$prefix ONAIR_RTMP_PORT=$ONAIR_RTMP_PORT ONAIR_MEDIA_HTTP_PORT=$ONAIR_MEDIA_HTTP_PORT \
    ONAIR_MEDIA_CALLBACK_PORT=$ONAIR_MEDIA_CALLBACK_PORT \
    envsubst '${ONAIR_NGINX_PREFIX} ${ONAIR_RTMP_PORT} ${ONAIR_MEDIA_HTTP_PORT} ${ONAIR_MEDIA_CALLBACK_PORT}' \
    < "$template" > "$new"
  local nginx_cmd=(nginx -p "$prefix/" -c conf/nginx.conf)
  local globals=''
  grep -qE '^\s*daemon\s' "$new" || globals='daemon off;'
  # As root nginx hands its workers to 'nobody', who cannot reach an hls_path
  # inside a private checkout (mktemp and home directories are 0700): keep the
  # workers as the invoking user; this instance listens on loopback only.
  if [ "$(id -u)" = 0 ]; then globals+=' user root;'; fi
  if [ -n "$globals" ]; then nginx_cmd+=(-g "$globals"); fi
  pid=$(started_pid nginx || true)
  if alive "$pid"; then
    if cmp -s "$new" "$conf"; then
      rm -f "$new"
      say "nginx-rtmp: already running (pid $pid)"
      return 0
    fi
    mv "$new" "$conf"
    logged "${nginx_cmd[@]}" -t
    say "nginx-rtmp: configuration changed, reloading"
    kill -HUP "$pid"
  else
    rm -f "$STARTED/nginx.pid"
    mv "$new" "$conf"
    local p
    for p in "$ONAIR_RTMP_PORT" "$ONAIR_MEDIA_HTTP_PORT"; do
      port_open 127.0.0.1 "$p" && die "port $p is taken by $(port_owner "$p"); set ONAIR_RTMP_PORT / ONAIR_MEDIA_HTTP_PORT to free ports"
    done
    logged "${nginx_cmd[@]}" -t
    pid=$(spawn "$CUR_LOG" "${nginx_cmd[@]}")
    mark_started nginx "$pid"
  fi
  wait_port 127.0.0.1 "$ONAIR_RTMP_PORT" 30 "$pid"
  wait_port 127.0.0.1 "$ONAIR_MEDIA_HTTP_PORT" 30 "$pid"
}
