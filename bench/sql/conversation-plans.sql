-- The plans of the conversation reads, before and after V6 and the rewrite
-- (BENCHMARKS.md, "Conversation queries on large tables"), on a database filled
-- by conversations-large.sql: the statements as the driver sends them (values
-- in place of the parameters) for user 4, 20,000 messages behind in group 1.
--   mysql -uroot onair_plan < bench/sql/conversation-plans.sql
-- The "before" plans are the V5 ones only without V6's index (with it, the old
-- count subquery reads that index instead): drop it and ANALYZE TABLE
-- conversation_messages for them, add it back (V6) for the "after" ones.

-- Backlog before: one join, every undelivered message read and sorted for a batch of 201.
ANALYZE FORMAT=JSON
SELECT m.id, m.conversation_id, m.sender_id, m.sender_name, m.kind, m.content, m.sent_at, m.seq
FROM conversation_members c
JOIN conversations v ON v.id = c.conversation_id AND v.last_seq > c.delivered_seq
JOIN conversation_messages m ON m.conversation_id = c.conversation_id AND m.seq > c.delivered_seq
WHERE c.user_id = 4 AND v.kind IN ('private', 'group')
  AND (c.conversation_id > '' OR (c.conversation_id = '' AND m.seq > 0))
ORDER BY c.conversation_id, m.seq LIMIT 201;

-- Backlog after: the conversations with messages above their start, in member index order ...
ANALYZE FORMAT=JSON
SELECT c.conversation_id, GREATEST(c.delivered_seq, IF(c.conversation_id = '', 0, 0)), v.last_seq
FROM conversation_members c JOIN conversations v ON v.id = c.conversation_id
WHERE c.user_id = 4 AND c.conversation_id >= '' AND v.kind IN ('private', 'group')
  AND v.last_seq > GREATEST(c.delivered_seq, IF(c.conversation_id = '', 0, 0))
ORDER BY c.conversation_id LIMIT 201;

-- ... then their messages, one range each (here one conversation), read in index order up to the limit.
ANALYZE FORMAT=JSON
SELECT m.id, m.conversation_id, m.sender_id, m.sender_name, m.kind, m.content, m.sent_at, m.seq
FROM conversation_messages m FORCE INDEX (uk_conversation_messages_seq)
WHERE (m.conversation_id = 'g-1' AND m.seq > 80000)
ORDER BY m.conversation_id, m.seq LIMIT 201;

-- List before: every conversation of the user joined with its last message and counted, then sorted.
ANALYZE FORMAT=JSON
SELECT m.id, m.conversation_id, m.sender_id, m.sender_name, m.kind, m.content, m.sent_at, v.kind, v.group_id,
       c.peer_id, pu.username, g.name, c.delivered_id, c.read_id,
       (SELECT COUNT(*) FROM conversation_messages u WHERE u.conversation_id = c.conversation_id
        AND u.seq > c.read_seq AND u.sender_id <> c.user_id)
FROM conversation_members c
JOIN conversations v ON v.id = c.conversation_id
JOIN conversation_messages m ON m.id = v.last_message_id
LEFT JOIN users pu ON pu.id = c.peer_id
LEFT JOIN chat_groups g ON g.id = v.group_id
WHERE c.user_id = 4 AND v.last_message_id < 9223372036854775807
ORDER BY v.last_message_id DESC LIMIT 20;

-- List after: the page sorted on keys, its 20 rows joined ...
ANALYZE FORMAT=JSON
SELECT m.id, m.conversation_id, m.sender_id, m.sender_name, m.kind, m.content, m.sent_at, v.kind, v.group_id,
       c.peer_id, pu.username, g.name, c.delivered_id, c.read_id, c.read_seq
FROM (SELECT mine.conversation_id, conv.last_message_id FROM conversation_members mine
      JOIN conversations conv ON conv.id = mine.conversation_id
      WHERE mine.user_id = 4 AND conv.last_message_id < 9223372036854775807
      ORDER BY conv.last_message_id DESC LIMIT 20) page
JOIN conversation_members c ON c.conversation_id = page.conversation_id AND c.user_id = 4
JOIN conversations v ON v.id = page.conversation_id
JOIN conversation_messages m ON m.id = page.last_message_id
LEFT JOIN users pu ON pu.id = c.peer_id
LEFT JOIN chat_groups g ON g.id = v.group_id
ORDER BY page.last_message_id DESC;

-- ... and the unread counts of the page, from V6's index alone (the group-1 range counts 20,000).
ANALYZE FORMAT=JSON
SELECT u.conversation_id, COUNT(*) FROM conversation_messages u FORCE INDEX (ix_conversation_messages_unread)
WHERE ((u.conversation_id = 'g-1' AND u.seq > 79982) OR (u.conversation_id = 'p-4-10154' AND u.seq > 1))
  AND u.sender_id <> 4
GROUP BY u.conversation_id;
