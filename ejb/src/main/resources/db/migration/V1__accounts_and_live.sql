CREATE TABLE users (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(32)  NOT NULL,
    display_name         VARCHAR(64)  NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    roles                VARCHAR(128) NOT NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    stream_key           VARCHAR(64)  NOT NULL,
    created_at           TIMESTAMP(3) NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_users_username UNIQUE (username),
    CONSTRAINT uk_users_stream_key UNIQUE (stream_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE live_sessions (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    stream_name  VARCHAR(64)  NOT NULL,
    client_id    VARCHAR(32)  NOT NULL,
    client_addr  VARCHAR(64)  NULL,
    started_at   TIMESTAMP(3) NOT NULL,
    ended_at     TIMESTAMP(3) NULL,
    CONSTRAINT fk_live_sessions_user FOREIGN KEY (user_id) REFERENCES users (id),
    INDEX ix_live_sessions_stream (stream_name, ended_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
