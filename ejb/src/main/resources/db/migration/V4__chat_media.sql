-- Media uploaded for chat messages (POST /api/v1/chat/media). id is a random
-- 128-bit value in lowercase hex, also the file's name under the media root:
-- unguessable, so holding it is what lets a signed-in user fetch the file.
-- kind is decided from the content (image, voice, video, file); width/height
-- for images and videos, duration_millis for voice and video, when known.
CREATE TABLE chat_media (
    id              CHAR(32)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    owner_id        BIGINT        NOT NULL,
    kind            VARCHAR(8)    CHARACTER SET ascii NOT NULL,
    mime            VARCHAR(100)  CHARACTER SET ascii NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      CHARACTER SET ascii NOT NULL,
    width           INT           NULL,
    height          INT           NULL,
    duration_millis BIGINT        NULL,
    file_name       VARCHAR(255)  NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_chat_media_owner FOREIGN KEY (owner_id) REFERENCES users (id),
    INDEX ix_chat_media_owner (owner_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
