# shellcheck shell=sh
# OnAir: writes the Payara pre-boot and post-boot command files from the
# environment, before the image's init_1_generate_deploy_commands.sh copies
# them to *_FINAL. Sourced (not executed) by the image's entrypoint, so: POSIX
# sh, no exit, no set -e.
#
# Creates what bin/onair creates (docs/CONTRACTS.md): jdbc/onair on onair-pool,
# the Artemis RAR artemis-ra with jms/onair/ConnectionFactory and
# jms/onair/PushTopic, the media RAR onair-media with jca/onair/media, then
# deploys the EAR as onair.

onair_prop() {
  # Escapes a value inside an asadmin --property list.
  printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'
}

onair_boot_files() {
  dir=${ONAIR_ARTIFACTS_DIR:-/opt/payara/onair}
  db_url="jdbc:mariadb://${ONAIR_DB_HOST:-mariadb}:${ONAIR_DB_PORT:-3306}/${ONAIR_DB_NAME:-onair}"
  broker="host=${ONAIR_ARTEMIS_HOST:-artemis};port=${ONAIR_ARTEMIS_PORT:-61617}"
  a_user=$(onair_prop "${ONAIR_ARTEMIS_USER:-onair}")
  a_pass=$(onair_prop "${ONAIR_ARTEMIS_PASSWORD:-onair}")

  cat > "$PREBOOT_COMMANDS" <<PRE
set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true
PRE

  cat > "$POSTBOOT_COMMANDS" <<POST
create-jdbc-connection-pool --datasourceclassname org.mariadb.jdbc.MariaDbDataSource --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 32 --isconnectvalidatereq=true --validationmethod custom-validation --validationclassname org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation --property url=$(onair_prop "$db_url"):user=$(onair_prop "${ONAIR_DB_USER:-onair}"):password=$(onair_prop "${ONAIR_DB_PASSWORD:-onair}") onair-pool
create-jdbc-resource --connectionpoolid onair-pool jdbc/onair
create-resource-adapter-config --property ConnectionParameters=$(onair_prop "$broker"):UserName=$a_user:Password=$a_pass artemis-ra
deploy --type rar --name artemis-ra $dir/artemis-ra.rar
create-connector-connection-pool --raname artemis-ra --connectiondefinition org.apache.activemq.artemis.ra.ActiveMQRAConnectionFactory --transactionsupport XATransaction --property UserName=$a_user:Password=$a_pass onair-jms-pool
create-connector-resource --poolname onair-jms-pool jms/onair/ConnectionFactory
create-admin-object --raname artemis-ra --restype jakarta.jms.Topic --property Address=onair.push jms/onair/PushTopic
create-resource-adapter-config --property CallbackHost=127.0.0.1:CallbackPort=${ONAIR_MEDIA_CALLBACK_PORT:-8089} onair-media
deploy --type rar --name onair-media $dir/onair-media.rar
create-connector-connection-pool --raname onair-media --connectiondefinition dev.onair.media.api.MediaConnectionFactory --property MediaServerUrl=$(onair_prop "http://127.0.0.1:${ONAIR_MEDIA_HTTP_PORT:-8088}") onair-media-pool
create-connector-resource --poolname onair-media-pool jca/onair/media
deploy --force=true --name onair $dir/onair.ear
POST
  echo "[onair] wrote $PREBOOT_COMMANDS and $POSTBOOT_COMMANDS"
}

onair_boot_files
