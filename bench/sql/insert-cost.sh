#!/usr/bin/env bash
# What V6's index (ix_conversation_messages_unread) costs each stored message
# (BENCHMARKS.md, "Conversation queries on large tables"): messages stored the
# way ConversationArchive.store stores them (the conversation's upsert, then
# INSERT IGNORE ... SELECT its last_seq) into a table that already holds ROWS
# messages, timed without and with the index, alternately, ROUNDS times:
#   per-tx: one transaction (and so one log flush) per message, as the delivery MDB commits;
#   one-tx: all in one transaction, which leaves the index maintenance without the flush.
#
#   bench/sql/insert-cost.sh            (DB onair_insert, dropped at the end; ROWS, N, ROUNDS)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=${DB:-onair_insert}
ROWS=${ROWS:-2000000}
N=${N:-3000}
ROUNDS=${ROUNDS:-2}
CONVERSATIONS=$((ROWS / 10))
sql() { mysql -uroot "$DB" -e "$1"; }

mysql -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB"
for f in "$ROOT"/ejb/src/main/resources/db/migration/V[1-5]__*.sql; do mysql -uroot "$DB" < "$f"; done
# ROWS messages, ten per conversation, interleaved over the conversations in id order as they arrive
sql "INSERT INTO conversations (id, kind, group_id, last_message_id, last_seq)
       SELECT CONCAT('p-', seq, '-x'), 'private', NULL, 0, 10 FROM seq_1_to_$CONVERSATIONS"
sql "INSERT INTO conversation_messages (id, conversation_id, sender_id, sender_name, kind, content, client_id, sent_at, seq)
       SELECT seq + 1, CONCAT('p-', 1 + seq MOD $CONVERSATIONS, '-x'), 1 + seq MOD 7, 'sender', 'text',
              'a message of an ordinary length, some forty characters', NULL, NOW(3), 1 + seq DIV $CONVERSATIONS
       FROM seq_0_to_$((ROWS - 1))"
sql "ANALYZE TABLE conversation_messages" > /dev/null
mysql -uroot "$DB" <<'SQL'
DELIMITER //
CREATE PROCEDURE store_messages(IN n INT, IN first_id BIGINT, IN conversations INT, IN one_tx BOOLEAN)
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE conv VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin; -- the column's, or no index is used
  IF one_tx THEN START TRANSACTION; END IF;
  WHILE i < n DO
    SET conv = CONCAT('p-', 1 + ((first_id + i) * 7919) MOD conversations, '-x');
    IF NOT one_tx THEN START TRANSACTION; END IF;
    INSERT INTO conversations (id, kind, group_id, last_message_id, last_seq) VALUES (conv, 'private', NULL, first_id + i, 1)
      ON DUPLICATE KEY UPDATE last_seq = last_seq + 1, last_message_id = GREATEST(last_message_id, VALUES(last_message_id));
    INSERT IGNORE INTO conversation_messages (id, conversation_id, sender_id, sender_name, kind, content, client_id, sent_at, seq)
      SELECT first_id + i, conv, 3, 'sender', 'text', 'a message of an ordinary length, some forty characters',
             NULL, NOW(3), last_seq FROM conversations WHERE id = conv;
    IF NOT one_tx THEN COMMIT; END IF;
    SET i = i + 1;
  END WHILE;
  IF one_tx THEN COMMIT; END IF;
END //
SQL

next_id=$((ROWS + 1))
run() { # label one_tx
  local start end
  start=$(date +%s%N)
  sql "CALL store_messages($N, $next_id, $CONVERSATIONS, $2)"
  end=$(date +%s%N)
  next_id=$((next_id + N))
  printf '%-8s %-6s %6d messages  %8.1f us/message\n' "$index" "$1" "$N" "$(echo "($end - $start) / 1000 / $N" | bc -l)"
}
for round in $(seq 1 "$ROUNDS"); do
  index=V5
  run per-tx FALSE
  run one-tx TRUE
  sql "ALTER TABLE conversation_messages ADD INDEX ix_conversation_messages_unread (conversation_id, seq, sender_id)"
  index=V6
  run per-tx FALSE
  run one-tx TRUE
  sql "ALTER TABLE conversation_messages DROP INDEX ix_conversation_messages_unread"
done
mysql -uroot -e "DROP DATABASE $DB"
