-- Private and group conversations (issue 3).
-- Conversation ids are ASCII, URL-safe and case-sensitive: "p-<lower user id>-<higher user id>"
-- for two users, "g-<group id>" for a group (docs/CONTRACTS.md).

-- Groups: a name, an owner (always a member), open = anyone may join.
CREATE TABLE chat_groups (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(64)  NOT NULL,
    owner_id     BIGINT       NOT NULL,
    open_to_join BOOLEAN      NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_chat_groups_owner FOREIGN KEY (owner_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE chat_group_members (
    group_id  BIGINT       NOT NULL,
    user_id   BIGINT       NOT NULL,
    joined_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (group_id, user_id),
    INDEX ix_chat_group_members_user (user_id),
    CONSTRAINT fk_chat_group_members_group FOREIGN KEY (group_id) REFERENCES chat_groups (id) ON DELETE CASCADE,
    CONSTRAINT fk_chat_group_members_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A conversation appears with its first stored message; last_message_id orders the list
-- (message ids are unique across conversations, so it is also the list's cursor).
CREATE TABLE conversations (
    id              VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    kind            VARCHAR(8)   NOT NULL,
    group_id        BIGINT       NULL,
    last_message_id BIGINT       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who takes part in a conversation, with their cursors (message ids; they only move forward,
-- read implies delivered). Private: both users, from the first message on. Group: the members,
-- from joining on (cursors start at the join time's first id), removed when they leave.
CREATE TABLE conversation_members (
    conversation_id VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_id         BIGINT NOT NULL,
    peer_id         BIGINT NULL,
    delivered_id    BIGINT NOT NULL DEFAULT 0,
    read_id         BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (conversation_id, user_id),
    INDEX ix_conversation_members_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Written by the delivery MDB from the queue onair.chat.deliver: the server id as primary key
-- stores a redelivered message once; (conversation, sender, client id) a client's retry.
CREATE TABLE conversation_messages (
    id              BIGINT        NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    sender_id       BIGINT        NOT NULL,
    sender_name     VARCHAR(64)   NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    content         VARCHAR(1500) NOT NULL,
    client_id       VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    sent_at         TIMESTAMP(3)  NOT NULL,
    stored_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_conversation_messages_client UNIQUE (conversation_id, sender_id, client_id),
    INDEX ix_conversation_messages_conversation (conversation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
