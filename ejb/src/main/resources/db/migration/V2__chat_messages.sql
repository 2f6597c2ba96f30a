-- Room (danmaku) messages, written by the archive MDB from the queue onair.chat.persist.
-- id is the server's time-ordered message id (not AUTO_INCREMENT): as the primary
-- key it makes a redelivered queue message store once; (sender_id, client_id)
-- makes a client's retry store once (NULL client ids never collide). Room and
-- client ids are ASCII and case-sensitive, hence ascii_bin.
CREATE TABLE chat_messages (
    id           BIGINT        NOT NULL PRIMARY KEY,
    room_id      VARCHAR(140)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    sender_id    BIGINT        NOT NULL,
    sender_name  VARCHAR(64)   NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    content      VARCHAR(1500) NOT NULL,
    client_id    VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    sent_at      TIMESTAMP(3)  NOT NULL,
    stored_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_chat_messages_client UNIQUE (sender_id, client_id),
    INDEX ix_chat_messages_room (room_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
