package dev.onair.chat.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored upload: who owns it, what it is, and the facts read from its content. */
@Entity
@Table(name = "chat_media")
public class ChatMediaRow {

    @Id
    @Column(length = 32)
    private String id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = 8)
    private String kind;

    @Column(nullable = false, length = 100)
    private String mime;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    private Integer width;

    private Integer height;

    @Column(name = "duration_millis")
    private Long durationMillis;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChatMediaRow() {
    }

    public ChatMediaRow(String id, long ownerId, String kind, String mime, long size, String sha256, Integer width,
                        Integer height, Long durationMillis, String fileName, Instant createdAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.kind = kind;
        this.mime = mime;
        this.size = size;
        this.sha256 = sha256;
        this.width = width;
        this.height = height;
        this.durationMillis = durationMillis;
        this.fileName = fileName;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public String kind() {
        return kind;
    }

    public String mime() {
        return mime;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Integer width() {
        return width;
    }

    public Integer height() {
        return height;
    }

    public Long durationMillis() {
        return durationMillis;
    }

    public String fileName() {
        return fileName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
