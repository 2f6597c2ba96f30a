package dev.onair.chat.message.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One archived room message. Rows are only ever inserted (by the archive,
 * with SQL that ignores a repeated id) and read; the entity maps them for reading.
 */
@Entity
@Table(name = "chat_messages")
@NamedQuery(name = ChatMessage.ROOM_BEFORE,
        query = "select m from ChatMessage m where m.roomId = :room and m.id < :before order by m.id desc")
public class ChatMessage {

    public static final String ROOM_BEFORE = "ChatMessage.roomBefore";

    @Id
    private long id;

    @Column(name = "room_id", nullable = false, length = 140)
    private String roomId;

    @Column(name = "sender_id", nullable = false)
    private long senderId;

    @Column(name = "sender_name", nullable = false, length = 64)
    private String senderName;

    @Column(name = "kind", nullable = false, length = 16)
    private String kind;

    @Column(name = "content", nullable = false, length = 1500)
    private String content;

    @Column(name = "client_id", length = 64)
    private String clientId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ChatMessage() {
    }

    public long id() {
        return id;
    }

    public String roomId() {
        return roomId;
    }

    public long senderId() {
        return senderId;
    }

    public String senderName() {
        return senderName;
    }

    public String kind() {
        return kind;
    }

    public String content() {
        return content;
    }

    public String clientId() {
        return clientId;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
