-- The unread counts of the conversation list (messages above a member's read_seq that others sent)
-- read from this index alone: a count reads the range above the cursor and no table row, where
-- uk_conversation_messages_seq needs a row per message for its sender (BENCHMARKS.md,
-- "Conversation queries on large tables"). Built in place, without blocking writes.
ALTER TABLE conversation_messages
    ADD INDEX ix_conversation_messages_unread (conversation_id, seq, sender_id),
    ALGORITHM = INPLACE, LOCK = NONE;
