# syntax=docker/dockerfile:1
# OnAir application server: Payara Server 6 with the MariaDB driver, the two
# resource adapters and the EAR. Build context: the repository root
#   docker compose -f docker/docker-compose.yml build
# Resources are created at every start by docker/payara/init_0_onair.sh
# (post-boot command file), the same ones bin/onair creates.

# --- 1: build the project and fetch the MariaDB driver with Maven -------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -DskipITs install \
 && mkdir -p /out \
 && cp artemis-rar/target/artemis-ra.rar jca-media/adapter/target/onair-media.rar ear/target/onair.ear /out/ \
 && cd /tmp \
 && mvn -B -q dependency:copy \
      -Dartifact="org.mariadb.jdbc:mariadb-java-client:$(sed -n 's:.*<mariadb.version>\(.*\)</mariadb.version>.*:\1:p' /src/pom.xml)" \
      -DoutputDirectory=/out/lib

# --- 2: the server -------------------------------------------------------------
FROM payara/server-full:6.2025.9-jdk17

# = asadmin add-library --type common: the domain's lib/ directory.
COPY --from=build --chown=payara:payara /out/lib/ ${PAYARA_DIR}/glassfish/domains/${DOMAIN_NAME}/lib/
COPY --from=build --chown=payara:payara /out/artemis-ra.rar /out/onair-media.rar /out/onair.ear /opt/payara/onair/
# Sourced by the image's entrypoint before init_1_generate_deploy_commands.sh.
COPY --chown=payara:payara docker/payara/init_0_onair.sh ${SCRIPT_DIR}/init_0_onair.sh

# Warm-up: the first application deployed in a fresh domain makes Payara create
# <jdbc-config-source-configuration> in domain.xml (MicroProfile Config). When
# that first deploy is a post-boot command it deadlocks (seen with Payara
# 6.2025.9: the boot thread waits on a config transaction forever). Deploying
# and undeploying once here writes the element into the image's domain.xml.
RUN ${PAYARA_DIR}/bin/asadmin start-domain ${DOMAIN_NAME} \
 && ${PAYARA_DIR}/bin/asadmin --user=${ADMIN_USER} --passwordfile=${PASSWORD_FILE} \
      deploy --type rar --name onair-warmup /opt/payara/onair/artemis-ra.rar \
 && ${PAYARA_DIR}/bin/asadmin --user=${ADMIN_USER} --passwordfile=${PASSWORD_FILE} undeploy onair-warmup \
 && ${PAYARA_DIR}/bin/asadmin stop-domain ${DOMAIN_NAME} \
 && grep -q '<jdbc-config-source-configuration' ${PAYARA_DIR}/glassfish/domains/${DOMAIN_NAME}/config/domain.xml \
 && rm -rf ${PAYARA_DIR}/glassfish/domains/${DOMAIN_NAME}/osgi-cache ${PAYARA_DIR}/glassfish/domains/${DOMAIN_NAME}/logs

# Heap as bin/onair sets it (-Xmx1g); the image inserts JVM_ARGS into the java command line.
ENV JVM_ARGS="-Xmx1g"
EXPOSE 8080 4848 1935 8088
