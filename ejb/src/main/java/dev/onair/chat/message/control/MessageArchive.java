package dev.onair.chat.message.control;

import dev.onair.chat.message.boundary.RoomMessage;
import dev.onair.chat.message.boundary.Sender;
import dev.onair.chat.message.entity.ChatMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The {@code chat_messages} table: idempotent inserts, and a room's messages newest first. */
@ApplicationScoped
public class MessageArchive {

    /**
     * A repeated server id (a redelivered queue message) or a repeated
     * (sender, client id) matches a unique key and changes nothing; unlike
     * INSERT IGNORE this does not also swallow other errors such as truncation.
     */
    private static final String INSERT = "INSERT INTO chat_messages"
            + " (id, room_id, sender_id, sender_name, kind, content, client_id, sent_at)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON DUPLICATE KEY UPDATE id = id";

    @PersistenceContext(unitName = "onair")
    EntityManager em;

    /** @return whether a row was added (false: it was stored before) */
    public boolean store(RoomMessage message, String clientId) {
        return em.createNativeQuery(INSERT)
                .setParameter(1, message.id())
                .setParameter(2, message.room())
                .setParameter(3, message.from().id())
                .setParameter(4, message.from().name())
                .setParameter(5, message.type())
                .setParameter(6, message.content())
                .setParameter(7, clientId)
                .setParameter(8, Timestamp.from(Instant.ofEpochMilli(message.ts())))
                .executeUpdate() > 0;
    }

    /** Up to {@code limit} messages of the room with an id below {@code before}, newest first. */
    public List<RoomMessage> before(String room, long before, int limit) {
        return em.createNamedQuery(ChatMessage.ROOM_BEFORE, ChatMessage.class)
                .setParameter("room", room)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(MessageArchive::view)
                .toList();
    }

    private static RoomMessage view(ChatMessage m) {
        return new RoomMessage(m.id(), m.roomId(), new Sender(m.senderId(), m.senderName()), m.kind(), m.content(),
                m.sentAt().toEpochMilli());
    }
}
