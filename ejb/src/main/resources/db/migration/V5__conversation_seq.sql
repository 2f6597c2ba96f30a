-- A per-conversation store sequence (docs/CONTRACTS.md, "Private and group messages").
-- The delivery MDB numbers a conversation's messages 1, 2, 3 ... in the order they are stored:
-- conversations.last_seq is the counter, bumped under the conversation row's lock in the
-- transaction that inserts the message, so within a conversation seq order is commit order.
-- A message whose store failed and came again later gets a seq above everything stored
-- before it, whatever its id. The members' delivered/read cursors and the offline backlog
-- work on seq; delivered_id/read_id stay as the id of the message a cursor is at (what the
-- API shows and acks name).

ALTER TABLE conversations ADD COLUMN last_seq BIGINT NOT NULL DEFAULT 0;

ALTER TABLE conversation_messages ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;

ALTER TABLE conversation_members
    ADD COLUMN delivered_seq BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN read_seq      BIGINT NOT NULL DEFAULT 0;

-- Existing messages were stored in no known order: number them in id order per conversation.
UPDATE conversation_messages m
    JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY conversation_id ORDER BY id) AS n
          FROM conversation_messages) numbered ON numbered.id = m.id
    SET m.seq = numbered.n;

UPDATE conversations v
    SET v.last_seq = (SELECT COALESCE(MAX(m.seq), 0) FROM conversation_messages m WHERE m.conversation_id = v.id);

-- A cursor at message id X is at the seq of the last message at or below X (group members'
-- cursors start at an id that names no message: the join time's first id).
UPDATE conversation_members c
    SET c.delivered_seq = (SELECT COALESCE(MAX(m.seq), 0) FROM conversation_messages m
                           WHERE m.conversation_id = c.conversation_id AND m.id <= c.delivered_id),
        c.read_seq      = (SELECT COALESCE(MAX(m.seq), 0) FROM conversation_messages m
                           WHERE m.conversation_id = c.conversation_id AND m.id <= c.read_id);

-- The backlog reads a conversation's messages in seq order from this index; unique, so two
-- messages can never share a place.
ALTER TABLE conversation_messages
    ALTER COLUMN seq DROP DEFAULT,
    ADD CONSTRAINT uk_conversation_messages_seq UNIQUE (conversation_id, seq);
