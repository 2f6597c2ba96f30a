#!/usr/bin/env bash
# Runs ConversationArchive's backlog and list reads (PlanCheck.java) against a
# database filled by conversations-large.sql (BENCHMARKS.md, "Conversation
# queries on large tables"):
#
#   bench/sql/plan-check.sh time [REV]          median of 9 calls per case
#   bench/sql/plan-check.sh dump FILE [REV]     every batch and page of 215 users, to diff
#
# REV: a git revision whose ConversationArchive.java to run (default: the work
# tree's, from ejb/target/classes: run `mvn -pl ejb -am install` first). The
# rest of the ejb classes come from ejb/target/classes. EclipseLink and the
# MariaDB driver are taken from the Payara that bin/onair installs
# (ONAIR_HOME, default .onair-test). PLAN_DB (onair_plan) names the database on
# 127.0.0.1:3306, user root without password.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ONAIR_HOME=${ONAIR_HOME:-$ROOT/.onair-test}
MODULES=$ONAIR_HOME/payara6/glassfish/modules
DRIVER=$(ls "$ONAIR_HOME"/downloads/mariadb-java-client-*.jar | head -1)
CP=$DRIVER
for jar in jakarta.persistence-api jakarta.transaction-api jakarta.annotation-api jakarta.enterprise.cdi-api \
           jakarta.inject-api org.eclipse.persistence.core org.eclipse.persistence.jpa org.eclipse.persistence.asm \
           org.eclipse.persistence.jpa.jpql; do
    CP=$CP:$MODULES/$jar.jar
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/classes/META-INF" "$WORK/archive"
cat > "$WORK/classes/META-INF/persistence.xml" <<XML
<persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
  <persistence-unit name="plan" transaction-type="RESOURCE_LOCAL">
    <provider>org.eclipse.persistence.jpa.PersistenceProvider</provider>
    <exclude-unlisted-classes>true</exclude-unlisted-classes>
  </persistence-unit>
</persistence>
XML
EJB=$ROOT/ejb/target/classes
MODE=$1; shift
OUT=
if [ "$MODE" = dump ]; then OUT=$1; shift; fi
REV=${1:-}
if [ -n "$REV" ]; then
    git -C "$ROOT" show "$REV:ejb/src/main/java/dev/onair/chat/conversation/control/ConversationArchive.java" \
        > "$WORK/archive/ConversationArchive.java"
    javac -nowarn -d "$WORK/classes" -cp "$CP:$EJB" "$WORK/archive/ConversationArchive.java"
fi
javac -d "$WORK/classes" -cp "$CP:$EJB" "$ROOT/bench/sql/PlanCheck.java"
java -Durl="jdbc:mariadb://127.0.0.1:3306/${PLAN_DB:-onair_plan}" -cp "$WORK/classes:$EJB:$CP" \
    dev.onair.chat.conversation.control.PlanCheck "$MODE" $OUT
