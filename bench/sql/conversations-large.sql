-- Large conversation tables for checking the plans of ConversationArchive's
-- backlog (undelivered) and list queries (BENCHMARKS.md, "Conversation queries
-- on large tables"). Run on an EMPTY database migrated to V5 (or later):
--
--   mysql -uroot -e 'CREATE DATABASE onair_plan'
--   for f in ejb/src/main/resources/db/migration/V*.sql; do mysql -uroot onair_plan < $f; done
--   mysql -uroot onair_plan < bench/sql/conversations-large.sql
--
-- Shape (deterministic: RAND is seeded): 20,000 users; ~200,000 private
-- conversations between skewed random pairs (low user ids talk more), 1 to 20
-- messages each (cubed skew, mean ~6); 500 groups of 50-500 members with
-- 100-1,600 messages each; five very busy conversations of 100,000 messages
-- (groups 1 and 2, p-1-1001, p-5-6, p-7-8); ~2,000,000 messages over 90 days.
-- Members are up to date except: 10 % of private and 30 % of group member rows
-- lag 0..50 messages behind (delivered), read lags 0..19 behind delivered in
-- 30 % of rows. Users picked for the queries:
--   1: ~3,400 conversations (3,000 with users 1001..4000), 6 lagging by 1..3
--   2: in groups 1..20 (the 100k-message groups 1 and 2 lag 30 and 50)
--   3: lags 1..50 in all of its conversations (a backlog of several batches)
--   4: in group 1, offline for long: 20,000 behind
-- Took 15 minutes on 2 CPUs shared with a running test suite (128 MiB buffer pool); the
-- scratch tables gen_* are dropped at the end.

SET SESSION sort_buffer_size = 64 * 1024 * 1024;
SET @t_end = 90 * 86400000;                            -- 90 days of traffic, ms
SET @base = (UNIX_TIMESTAMP('2026-08-29') - UNIX_TIMESTAMP('2025-01-01')) * 1000; -- ms since MessageIds.EPOCH

INSERT INTO users (id, username, display_name, password_hash, roles, must_change_password, stream_key, created_at)
SELECT seq, CONCAT('user', seq), CONCAT('User ', seq), '$2a$10$abcdefghijklmnopqrstuuXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
       'user', FALSE, CONCAT('sk-', seq), '2026-01-01 00:00:00'
FROM seq_1_to_20000;

CREATE TABLE gen_conv (
    id       VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    kind     VARCHAR(8) NOT NULL,
    group_id BIGINT NULL,
    a        BIGINT NULL,          -- private: the two users
    b        BIGINT NULL,
    size     INT NULL,             -- group: its member count (members by formula below)
    n        INT NOT NULL,         -- its message count
    start_ms BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB;

-- Private conversations: user 1 with 1001..4000, then skewed random pairs.
INSERT INTO gen_conv (id, kind, a, b, n)
SELECT CONCAT('p-1-', seq), 'private', 1, seq, 1 + FLOOR(POW(RAND(11), 3) * 20) FROM seq_1001_to_4000;

CREATE TABLE gen_pair (x BIGINT, y BIGINT, n INT) ENGINE=InnoDB;
INSERT INTO gen_pair
SELECT 1 + FLOOR(20000 * POW(RAND(12), 1.6)), 1 + FLOOR(20000 * RAND(13)), 1 + FLOOR(POW(RAND(14), 3) * 20)
FROM seq_1_to_200000;
INSERT IGNORE INTO gen_conv (id, kind, a, b, n)
SELECT CONCAT('p-', LEAST(x, y), '-', GREATEST(x, y)), 'private', LEAST(x, y), GREATEST(x, y), n
FROM gen_pair WHERE x <> y;
DROP TABLE gen_pair;
INSERT IGNORE INTO gen_conv (id, kind, a, b, n) VALUES
    ('p-5-6', 'private', 5, 6, 1), ('p-7-8', 'private', 7, 8, 1);
UPDATE gen_conv SET n = 100000 WHERE id IN ('p-1-1001', 'p-5-6', 'p-7-8');

-- Groups: 500, 50..500 members, 100..1,600 messages; groups 1 and 2 have 500 and 100,000.
INSERT INTO chat_groups (id, name, owner_id, open_to_join, created_at)
SELECT seq, CONCAT('Group ', seq), ((seq * 7919) MOD 20000) + 1, TRUE, '2026-01-01 00:00:00' FROM seq_1_to_500;
INSERT INTO gen_conv (id, kind, group_id, size, n)
SELECT CONCAT('g-', seq), 'group', seq, 50 + FLOOR(RAND(21) * 451), 100 + FLOOR(POW(RAND(22), 2) * 1500)
FROM seq_1_to_500;
UPDATE gen_conv SET size = 500, n = 100000 WHERE id IN ('g-1', 'g-2');

-- Conversations start anywhere in the first 80 days (the busy ones at day 0).
UPDATE gen_conv SET start_ms = IF(n = 100000, 0, FLOOR(RAND(31) * 80 * 86400000));

-- Member k (0-based) of group g is user ((g * 7919 + k * 131) mod 20000) + 1: distinct for k < 20000.
INSERT INTO chat_group_members (group_id, user_id, joined_at)
SELECT g.group_id, ((g.group_id * 7919 + k.seq * 131) MOD 20000) + 1, '2026-01-01 00:00:00'
FROM gen_conv g JOIN seq_0_to_499 k ON k.seq < g.size WHERE g.kind = 'group';
INSERT IGNORE INTO chat_group_members (group_id, user_id, joined_at)
SELECT seq, 2, '2026-01-01 00:00:00' FROM seq_1_to_20
UNION ALL SELECT seq, 1, '2026-01-01 00:00:00' FROM seq_3_to_7
UNION ALL SELECT 1, 4, '2026-01-01 00:00:00';

-- Messages: seq 1..n per conversation, times increasing with seq, senders one of the members.
CREATE TABLE gen_msg (
    conversation_id VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    seq       BIGINT NOT NULL,
    t         BIGINT NOT NULL,
    sender_id BIGINT NOT NULL
) ENGINE=InnoDB;
INSERT INTO gen_msg
SELECT c.id, s.seq,
       c.start_ms + FLOOR((s.seq - 1 + 0.9 * RAND(41)) * (@t_end - c.start_ms) / c.n),
       IF(c.kind = 'private', IF(RAND(42) < 0.5, c.a, c.b),
          ((c.group_id * 7919 + FLOOR(RAND(43) * c.size) * 131) MOD 20000) + 1)
FROM gen_conv c JOIN seq_1_to_100000 s ON s.seq <= c.n;

-- The secondary indexes are built after the bulk insert (sorted builds instead of
-- random inserts into a table larger than the buffer pool); re-added as in V3/V5.
ALTER TABLE conversation_messages
    DROP INDEX uk_conversation_messages_seq,
    DROP INDEX uk_conversation_messages_client,
    DROP INDEX ix_conversation_messages_conversation;

-- Ids as MessageIds makes them: milliseconds << 12, low bits telling apart those of one millisecond.
INSERT INTO conversation_messages (id, conversation_id, sender_id, sender_name, kind, content, client_id, sent_at,
                                   stored_at, seq)
SELECT (@base + t) * 4096 + (ROW_NUMBER() OVER (ORDER BY t, conversation_id, seq) MOD 4096),
       conversation_id, sender_id, CONCAT('user', sender_id), 'text',
       CONCAT('message ', seq, ' ', LEFT(MD5(CONCAT(conversation_id, seq)), 4 + (seq * 7) MOD 28)),
       MD5(CONCAT(conversation_id, '/', seq)),
       FROM_UNIXTIME(UNIX_TIMESTAMP('2025-01-01') + (@base + t) / 1000),
       FROM_UNIXTIME(UNIX_TIMESTAMP('2025-01-01') + (@base + t) / 1000), seq
FROM gen_msg
ORDER BY 1;
DROP TABLE gen_msg;

ALTER TABLE conversation_messages
    ADD CONSTRAINT uk_conversation_messages_seq UNIQUE (conversation_id, seq),
    ADD CONSTRAINT uk_conversation_messages_client UNIQUE (conversation_id, sender_id, client_id),
    ADD INDEX ix_conversation_messages_conversation (conversation_id, id);

INSERT INTO conversations (id, kind, group_id, last_message_id, last_seq)
SELECT c.id, c.kind, c.group_id, m.id, c.n
FROM gen_conv c JOIN conversation_messages m ON m.conversation_id = c.id AND m.seq = c.n;

-- Members: both of a private conversation, a group's members; lag set below.
INSERT INTO conversation_members (conversation_id, user_id, peer_id, delivered_id, read_id, delivered_seq, read_seq)
SELECT id, a, b, 0, 0, n, n FROM gen_conv WHERE kind = 'private'
UNION ALL
SELECT id, b, a, 0, 0, n, n FROM gen_conv WHERE kind = 'private';
INSERT INTO conversation_members (conversation_id, user_id, peer_id, delivered_id, read_id, delivered_seq, read_seq)
SELECT c.id, gm.user_id, NULL, 0, 0, c.n, c.n
FROM gen_conv c JOIN chat_group_members gm ON gm.group_id = c.group_id;

UPDATE conversation_members c JOIN gen_conv g ON g.id = c.conversation_id
SET c.delivered_seq = GREATEST(0, g.n - FLOOR(RAND(51) * 51))
WHERE RAND(52) < IF(g.kind = 'private', 0.1, 0.3);
-- the picked users
UPDATE conversation_members c JOIN gen_conv g ON g.id = c.conversation_id
SET c.delivered_seq = g.n WHERE c.user_id IN (1, 2, 4);
UPDATE conversation_members c JOIN gen_conv g ON g.id = c.conversation_id
SET c.delivered_seq = GREATEST(0, g.n - 1 - (g.n MOD 3))
WHERE c.user_id = 1 AND c.conversation_id IN ('p-1-1500', 'p-1-2000', 'p-1-2500', 'p-1-3000', 'p-1-3500', 'g-5');
UPDATE conversation_members c JOIN gen_conv g ON g.id = c.conversation_id
SET c.delivered_seq = g.n - IF(g.id = 'g-1', 30, 50) WHERE c.user_id = 2 AND g.id IN ('g-1', 'g-2');
UPDATE conversation_members c JOIN gen_conv g ON g.id = c.conversation_id
SET c.delivered_seq = GREATEST(0, g.n - 1 - FLOOR(RAND(53) * 50)) WHERE c.user_id = 3;
UPDATE conversation_members SET delivered_seq = 80000 WHERE user_id = 4 AND conversation_id = 'g-1';

UPDATE conversation_members
SET read_seq = GREATEST(0, delivered_seq - IF(RAND(54) < 0.3, FLOOR(RAND(55) * 20), 0));
UPDATE conversation_members c
    LEFT JOIN conversation_messages d ON d.conversation_id = c.conversation_id AND d.seq = c.delivered_seq
    LEFT JOIN conversation_messages r ON r.conversation_id = c.conversation_id AND r.seq = c.read_seq
SET c.delivered_id = COALESCE(d.id, 0), c.read_id = COALESCE(r.id, 0);

DROP TABLE gen_conv;
ANALYZE TABLE users, chat_groups, chat_group_members, conversations, conversation_members, conversation_messages;

SELECT (SELECT COUNT(*) FROM users) AS users,
       (SELECT COUNT(*) FROM conversations WHERE kind = 'private') AS privates,
       (SELECT COUNT(*) FROM conversations WHERE kind = 'group') AS `groups`,
       (SELECT COUNT(*) FROM conversation_members) AS members,
       (SELECT COUNT(*) FROM conversation_messages) AS messages,
       (SELECT COUNT(*) FROM conversation_members WHERE delivered_seq < (SELECT last_seq FROM conversations v
                                                          WHERE v.id = conversation_id)) AS lagging_members;
