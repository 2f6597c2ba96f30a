package dev.onair.chat.group.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A chat group: its name, its owner (always one of its members) and whether anyone may join. */
@Entity
@Table(name = "chat_groups")
public class ChatGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "open_to_join", nullable = false)
    private boolean open;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChatGroup() {
    }

    public ChatGroup(String name, long ownerId, boolean open, Instant createdAt) {
        this.name = name;
        this.ownerId = ownerId;
        this.open = open;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long ownerId() {
        return ownerId;
    }

    public void ownerId(long ownerId) {
        this.ownerId = ownerId;
    }

    public boolean isOpen() {
        return open;
    }
}
