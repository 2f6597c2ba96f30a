package dev.onair.chat.conversation.control;

import dev.onair.chat.conversation.boundary.ConversationId;
import dev.onair.chat.conversation.boundary.ConversationMessage;
import dev.onair.chat.conversation.boundary.ConversationSummary;
import dev.onair.chat.conversation.boundary.ConversationSummary.Party;
import dev.onair.chat.message.boundary.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The conversation tables (V3): messages, the conversations with their last
 * message, and their members' cursors. SQL rather than entities: every write
 * here is an idempotent upsert, and the reads are joins shaped for one answer.
 */
@ApplicationScoped
public class ConversationArchive {

    /** What storing a message did. */
    public enum Stored {
        /** a new row */
        ADDED,
        /** this id was stored before (a redelivery): push it again, clients drop the repeat by id */
        AGAIN,
        /** another message of the same sender and client id is stored: this one is a duplicate, drop it */
        DUPLICATE
    }

    private static final String COLUMNS = "m.id, m.conversation_id, m.sender_id, m.sender_name, m.kind, m.content,"
            + " m.sent_at";

    @PersistenceContext(unitName = "onair")
    EntityManager em;

    /**
     * Stores a message once and makes its conversation and, for a private one,
     * both members' rows exist (inserted with the conversation's first message,
     * so later messages cost two statements, not four). Its own transaction: the message is committed
     * before anyone is told of it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored store(ConversationMessage message, String clientId) {
        int added = em.createNativeQuery("INSERT INTO conversation_messages"
                        + " (id, conversation_id, sender_id, sender_name, kind, content, client_id, sent_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, message.id())
                .setParameter(2, message.conversation())
                .setParameter(3, message.from().id())
                .setParameter(4, message.from().name())
                .setParameter(5, message.type())
                .setParameter(6, message.content())
                .setParameter(7, clientId)
                .setParameter(8, Timestamp.from(Instant.ofEpochMilli(message.ts())))
                .executeUpdate();
        if (added == 0) {
            boolean same = !em.createNativeQuery("SELECT 1 FROM conversation_messages WHERE id = ?1")
                    .setParameter(1, message.id()).getResultList().isEmpty();
            return same ? Stored.AGAIN : Stored.DUPLICATE;
        }
        ConversationId conversation = new ConversationId(message.conversation());
        int conversationRows = em.createNativeQuery("INSERT INTO conversations (id, kind, group_id, last_message_id) VALUES (?1, ?2, ?3, ?4)"
                        + " ON DUPLICATE KEY UPDATE last_message_id = GREATEST(last_message_id, VALUES(last_message_id))")
                .setParameter(1, conversation.value())
                .setParameter(2, conversation.isGroup() ? "group" : "private")
                .setParameter(3, conversation.isGroup() ? conversation.groupId() : null)
                .setParameter(4, message.id())
                .executeUpdate();
        // The driver reports found rows: 2 when an existing conversation's last message moved, so its
        // members' rows exist; 1 when it was added (or, out of order, left as it was): make sure of them.
        if (!conversation.isGroup() && conversationRows != 2) {
            long sender = message.from().id();
            join(conversation.value(), sender, conversation.peerOf(sender), 0);
            join(conversation.value(), conversation.peerOf(sender), sender, 0);
        }
        return Stored.ADDED;
    }

    /** Adds a member row unless there is one; its cursors start at {@code cursor}. */
    public void join(String conversation, long userId, Long peerId, long cursor) {
        em.createNativeQuery("INSERT IGNORE INTO conversation_members"
                        + " (conversation_id, user_id, peer_id, delivered_id, read_id) VALUES (?1, ?2, ?3, ?4, ?4)")
                .setParameter(1, conversation).setParameter(2, userId).setParameter(3, peerId)
                .setParameter(4, cursor).executeUpdate();
    }

    public void leave(String conversation, long userId) {
        em.createNativeQuery("DELETE FROM conversation_members WHERE conversation_id = ?1 AND user_id = ?2")
                .setParameter(1, conversation).setParameter(2, userId).executeUpdate();
    }

    public boolean isMember(String conversation, long userId) {
        return !em.createNativeQuery("SELECT 1 FROM conversation_members WHERE conversation_id = ?1 AND user_id = ?2")
                .setParameter(1, conversation).setParameter(2, userId).getResultList().isEmpty();
    }

    public boolean exists(String conversation) {
        return !em.createNativeQuery("SELECT 1 FROM conversations WHERE id = ?1")
                .setParameter(1, conversation).getResultList().isEmpty();
    }

    public boolean holds(String conversation, long messageId) {
        return !em.createNativeQuery("SELECT 1 FROM conversation_messages WHERE id = ?1 AND conversation_id = ?2")
                .setParameter(1, messageId).setParameter(2, conversation).getResultList().isEmpty();
    }

    /**
     * Moves a member's delivered cursor, or its read cursor and with it the
     * delivered one, forward to {@code messageId}; never back.
     *
     * @return whether the cursor moved
     */
    @Transactional
    public boolean advance(String conversation, long userId, boolean read, long messageId) {
        String sql = read
                ? "UPDATE conversation_members SET read_id = ?1, delivered_id = GREATEST(delivered_id, ?1)"
                        + " WHERE conversation_id = ?2 AND user_id = ?3 AND read_id < ?1"
                : "UPDATE conversation_members SET delivered_id = ?1"
                        + " WHERE conversation_id = ?2 AND user_id = ?3 AND delivered_id < ?1";
        return em.createNativeQuery(sql).setParameter(1, messageId).setParameter(2, conversation)
                .setParameter(3, userId).executeUpdate() > 0;
    }

    /**
     * Up to {@code limit} messages of the user's conversations above the
     * user's delivered cursor in each and above {@code after}, oldest first,
     * of private and/or group conversations.
     */
    public List<ConversationMessage> undelivered(long userId, long after, int limit, boolean privates,
                                                 boolean groups) {
        return messages(em.createNativeQuery("SELECT " + COLUMNS + " FROM conversation_members c"
                        + " JOIN conversations v ON v.id = c.conversation_id AND v.last_message_id > c.delivered_id"
                        + " JOIN conversation_messages m ON m.conversation_id = c.conversation_id"
                        + " AND m.id > c.delivered_id AND m.id > ?2"
                        + " WHERE c.user_id = ?1 AND v.kind IN (?4, ?5) ORDER BY m.id LIMIT ?3")
                .setParameter(1, userId).setParameter(2, after).setParameter(3, limit)
                .setParameter(4, privates ? "private" : "-").setParameter(5, groups ? "group" : "-")
                .getResultList());
    }

    /** Up to {@code limit} messages of a conversation below {@code before}, newest first. */
    public List<ConversationMessage> before(String conversation, long before, int limit) {
        return messages(em.createNativeQuery("SELECT " + COLUMNS + " FROM conversation_messages m"
                        + " WHERE m.conversation_id = ?1 AND m.id < ?2 ORDER BY m.id DESC LIMIT ?3")
                .setParameter(1, conversation).setParameter(2, before).setParameter(3, limit).getResultList());
    }

    /** The user's conversations whose last message is below {@code before}, most recent first. */
    public List<ConversationSummary> list(long userId, long before, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + ", v.kind, v.group_id, c.peer_id,"
                        + " pu.username, g.name, c.delivered_id, c.read_id,"
                        + " (SELECT COUNT(*) FROM conversation_messages u WHERE u.conversation_id = c.conversation_id"
                        + " AND u.id > c.read_id AND u.sender_id <> c.user_id)"
                        + " FROM conversation_members c"
                        + " JOIN conversations v ON v.id = c.conversation_id"
                        + " JOIN conversation_messages m ON m.id = v.last_message_id"
                        + " LEFT JOIN users pu ON pu.id = c.peer_id"
                        + " LEFT JOIN chat_groups g ON g.id = v.group_id"
                        + " WHERE c.user_id = ?1 AND v.last_message_id < ?2"
                        + " ORDER BY v.last_message_id DESC LIMIT ?3")
                .setParameter(1, userId).setParameter(2, before).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> {
            ConversationMessage last = message(r);
            boolean group = "group".equals(r[7]);
            Party peer = group ? null : new Party(number(r[9]), (String) r[10]);
            Party party = group ? new Party(number(r[8]), r[11] == null ? "" : (String) r[11]) : null;
            return new ConversationSummary(last.conversation(), (String) r[7], peer, party, last,
                    number(r[14]), number(r[12]), number(r[13]));
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<ConversationMessage> messages(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(ConversationArchive::message).toList();
    }

    private static ConversationMessage message(Object[] r) {
        return new ConversationMessage(number(r[0]), (String) r[1], new Sender(number(r[2]), (String) r[3]),
                (String) r[4], (String) r[5], millis(r[6]));
    }

    /** A TIMESTAMP column as the driver hands it over: a Timestamp, or a LocalDateTime in the JVM's zone. */
    private static long millis(Object value) {
        return value instanceof java.time.LocalDateTime local ? Timestamp.valueOf(local).getTime()
                : ((Timestamp) value).getTime();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
