package dev.onair.chat.conversation.control;

import dev.onair.chat.conversation.boundary.Backlog;
import dev.onair.chat.conversation.boundary.ConversationId;
import dev.onair.chat.conversation.boundary.ConversationMessage;
import dev.onair.chat.conversation.boundary.ConversationSummary;
import dev.onair.chat.conversation.boundary.ConversationSummary.Party;
import dev.onair.chat.message.boundary.Sender;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The conversation tables (V3, V5, V6): messages numbered per conversation in
 * store order (seq), the conversations with their last message and counter,
 * and their members' cursors. SQL rather than entities: every write here is an
 * idempotent upsert, and the reads are joins shaped for one answer.
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

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * Stores a message once, numbered after everything its conversation stored
     * before (its seq), and makes its conversation and, for a private one,
     * both members' rows exist (inserted with the conversation's first message,
     * so later messages cost two statements, not four). Its own transaction: the
     * message is committed before anyone is told of it.
     *
     * <p>The conversation row comes first: bumping its {@code last_seq} locks the
     * row until this transaction ends, so a conversation's stores take their
     * seq one after the other and commit in seq order, even when two run at
     * once (message grouping already gives a conversation to one consumer at a
     * time; a redelivery to another node need not wait for it). The message
     * then takes the counter's new value. A message that fails here and comes
     * again later gets a seq above every message stored meanwhile, whatever
     * its id, so it lands above any cursor moved in between.
     *
     * <p>{@code INSERT IGNORE} tells a duplicate (0 rows; the driver reports
     * found rows, so an upsert would say 1 either way); every other value was
     * checked before the message was queued, so nothing else is ignored. A
     * duplicate rolls this transaction back: the counter and the conversation's
     * last message stay as they were.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored store(ConversationMessage message, String clientId) {
        ConversationId conversation = new ConversationId(message.conversation());
        int conversationRows = em.createNativeQuery("INSERT INTO conversations"
                        + " (id, kind, group_id, last_message_id, last_seq) VALUES (?1, ?2, ?3, ?4, 1)"
                        + " ON DUPLICATE KEY UPDATE last_seq = last_seq + 1,"
                        + " last_message_id = GREATEST(last_message_id, VALUES(last_message_id))")
                .setParameter(1, conversation.value())
                .setParameter(2, conversation.isGroup() ? "group" : "private")
                .setParameter(3, conversation.isGroup() ? conversation.groupId() : null)
                .setParameter(4, message.id())
                .executeUpdate();
        int added = em.createNativeQuery("INSERT IGNORE INTO conversation_messages"
                        + " (id, conversation_id, sender_id, sender_name, kind, content, client_id, sent_at, seq)"
                        + " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, last_seq FROM conversations WHERE id = ?2")
                .setParameter(1, message.id())
                .setParameter(2, conversation.value())
                .setParameter(3, message.from().id())
                .setParameter(4, message.from().name())
                .setParameter(5, message.type())
                .setParameter(6, message.content())
                .setParameter(7, clientId)
                .setParameter(8, Timestamp.from(Instant.ofEpochMilli(message.ts())))
                .executeUpdate();
        if (added == 0) {
            transaction.setRollbackOnly();
            boolean same = !em.createNativeQuery("SELECT 1 FROM conversation_messages WHERE id = ?1")
                    .setParameter(1, message.id()).getResultList().isEmpty();
            return same ? Stored.AGAIN : Stored.DUPLICATE;
        }
        // 1 row: the conversation was added (an existing one reports 2, its counter changed).
        if (!conversation.isGroup() && conversationRows == 1) {
            long sender = message.from().id();
            join(conversation.value(), sender, conversation.peerOf(sender));
            join(conversation.value(), conversation.peerOf(sender), sender);
        }
        return Stored.ADDED;
    }

    /** Adds a private conversation's member row unless there is one, its cursors before the first message. */
    public void join(String conversation, long userId, long peerId) {
        em.createNativeQuery("INSERT IGNORE INTO conversation_members"
                        + " (conversation_id, user_id, peer_id, delivered_id, read_id, delivered_seq, read_seq)"
                        + " VALUES (?1, ?2, ?3, 0, 0, 0, 0)")
                .setParameter(1, conversation).setParameter(2, userId).setParameter(3, peerId).executeUpdate();
    }

    /**
     * Adds a group conversation's member row unless there is one: its cursors
     * start at the messages stored so far (seq), shown as {@code cursorId}.
     */
    public void joinGroup(String conversation, long userId, long cursorId) {
        em.createNativeQuery("INSERT IGNORE INTO conversation_members"
                        + " (conversation_id, user_id, peer_id, delivered_id, read_id, delivered_seq, read_seq)"
                        + " SELECT ?1, ?2, NULL, ?3, ?3, COALESCE(MAX(last_seq), 0), COALESCE(MAX(last_seq), 0)"
                        + " FROM conversations WHERE id = ?1")
                .setParameter(1, conversation).setParameter(2, userId).setParameter(3, cursorId).executeUpdate();
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

    /** The seq of a message of the conversation, if it holds one of this id. */
    public OptionalLong seqOf(String conversation, long messageId) {
        List<?> seq = em.createNativeQuery("SELECT seq FROM conversation_messages WHERE id = ?1 AND conversation_id = ?2")
                .setParameter(1, messageId).setParameter(2, conversation).getResultList();
        return seq.isEmpty() ? OptionalLong.empty() : OptionalLong.of(number(seq.get(0)));
    }

    /**
     * Moves a member's delivered cursor, or its read cursor and with it the
     * delivered one, forward to the message {@code messageId} of seq {@code seq};
     * never back (by seq: a message stored late is after the ones stored before it).
     *
     * @return whether the cursor moved
     */
    @Transactional
    public boolean advance(String conversation, long userId, boolean read, long messageId, long seq) {
        // one table: MariaDB assigns left to right, so delivered_id sees the old delivered_seq
        String sql = read
                ? "UPDATE conversation_members SET read_seq = ?1, read_id = ?2,"
                        + " delivered_id = IF(delivered_seq < ?1, ?2, delivered_id),"
                        + " delivered_seq = GREATEST(delivered_seq, ?1)"
                        + " WHERE conversation_id = ?3 AND user_id = ?4 AND read_seq < ?1"
                : "UPDATE conversation_members SET delivered_seq = ?1, delivered_id = ?2"
                        + " WHERE conversation_id = ?3 AND user_id = ?4 AND delivered_seq < ?1";
        return em.createNativeQuery(sql).setParameter(1, seq).setParameter(2, messageId)
                .setParameter(3, conversation).setParameter(4, userId).executeUpdate() > 0;
    }

    /**
     * Up to {@code limit} messages of the user's conversations above the
     * user's delivered cursor in each and after {@code after}, of private
     * and/or group conversations: conversation after conversation in id order,
     * each one's in seq order ({@code uk_conversation_messages_seq}). The order
     * is one a batch can be resumed from ({@link Backlog.Position}) with only
     * the last message's conversation and seq.
     *
     * <p>Reads that each come out in index order, so nothing is sorted and no
     * message beyond the batch is read: the conversations with messages above
     * where the batch starts in each, then their messages, one seq range a
     * conversation. A join of the three tables read every undelivered message
     * (each conversation's index from its first seq on) and sorted them all, for
     * every batch (BENCHMARKS.md, "Conversation queries on large tables"). One
     * transaction: the reads see one snapshot, as the join did.
     */
    @Transactional
    public List<Backlog.Entry> undelivered(long userId, Backlog.Position after, int limit, boolean privates,
                                           boolean groups) {
        // Each conversation found holds a message above its start, the one at last_seq (the counter is
        // bumped with that message's insert): no more than limit conversations are needed.
        @SuppressWarnings("unchecked")
        List<Object[]> starts = em.createNativeQuery("SELECT c.conversation_id,"
                        + " GREATEST(c.delivered_seq, IF(c.conversation_id = ?2, ?3, 0)), v.last_seq"
                        + " FROM conversation_members c JOIN conversations v ON v.id = c.conversation_id"
                        + " WHERE c.user_id = ?1 AND c.conversation_id >= ?2 AND v.kind IN (?4, ?5)"
                        + " AND v.last_seq > GREATEST(c.delivered_seq, IF(c.conversation_id = ?2, ?3, 0))"
                        + " ORDER BY c.conversation_id LIMIT ?6")
                .setParameter(1, userId).setParameter(2, after.conversation()).setParameter(3, after.seq())
                .setParameter(4, privates ? "private" : "-").setParameter(5, groups ? "group" : "-")
                .setParameter(6, limit)
                .getResultList();
        List<Backlog.Entry> found = new ArrayList<>();
        int next = 0;
        while (found.size() < limit && next < starts.size()) {
            // As many conversations as hold the rest by their counters (seq has no gaps, V5), not all
            // found: each range costs the optimizer a look into the index. Should they hold fewer, read on.
            int first = next;
            for (long held = 0; next < starts.size() && held < limit - found.size(); next++) {
                held += number(starts.get(next)[2]) - number(starts.get(next)[1]);
            }
            found.addAll(above(starts.subList(first, next), limit - found.size()));
        }
        return found;
    }

    /** Up to {@code limit} messages above the seq of each {conversation, seq} row, in conversation then seq order. */
    private List<Backlog.Entry> above(List<Object[]> starts, int limit) {
        // the index named: ranges read in its order need no sort and stop at the limit
        Query messages = em.createNativeQuery("SELECT " + COLUMNS + ", m.seq FROM conversation_messages m"
                + " FORCE INDEX (uk_conversation_messages_seq) WHERE " + seqRanges("m", starts.size())
                + " ORDER BY m.conversation_id, m.seq LIMIT ?" + (2 * starts.size() + 1));
        bindSeqRanges(messages, starts);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = messages.setParameter(2 * starts.size() + 1, limit).getResultList();
        return rows.stream().map(r -> new Backlog.Entry(message(r), number(r[7]))).toList();
    }

    /** Up to {@code limit} messages of a conversation below {@code before}, newest first. */
    public List<ConversationMessage> before(String conversation, long before, int limit) {
        return messages(em.createNativeQuery("SELECT " + COLUMNS + " FROM conversation_messages m"
                        + " WHERE m.conversation_id = ?1 AND m.id < ?2 ORDER BY m.id DESC LIMIT ?3")
                .setParameter(1, conversation).setParameter(2, before).setParameter(3, limit).getResultList());
    }

    /**
     * The user's conversations whose last message is below {@code before},
     * most recent first.
     *
     * <p>The page is sorted on keys alone (the user's member rows and their
     * conversations' last message ids) before the wide rows of its few
     * conversations are joined; the unread counts are a second read of seq
     * ranges over {@code ix_conversation_messages_unread} (V6), which counts
     * the unread messages from the index and nothing before them. One join read
     * the last message and counted the unread ones of every conversation of the
     * user (each from the conversation's first message) before sorting
     * (BENCHMARKS.md, "Conversation queries on large tables"). One transaction:
     * the counts are of the page's snapshot.
     */
    @Transactional
    public List<ConversationSummary> list(long userId, long before, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + ", v.kind, v.group_id, c.peer_id,"
                        + " pu.username, g.name, c.delivered_id, c.read_id, c.read_seq"
                        + " FROM (SELECT mine.conversation_id, conv.last_message_id FROM conversation_members mine"
                        + " JOIN conversations conv ON conv.id = mine.conversation_id"
                        + " WHERE mine.user_id = ?1 AND conv.last_message_id < ?2"
                        + " ORDER BY conv.last_message_id DESC LIMIT ?3) page"
                        + " JOIN conversation_members c ON c.conversation_id = page.conversation_id AND c.user_id = ?1"
                        + " JOIN conversations v ON v.id = page.conversation_id"
                        + " JOIN conversation_messages m ON m.id = page.last_message_id"
                        + " LEFT JOIN users pu ON pu.id = c.peer_id"
                        + " LEFT JOIN chat_groups g ON g.id = v.group_id"
                        + " ORDER BY page.last_message_id DESC")
                .setParameter(1, userId).setParameter(2, before).setParameter(3, limit).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Long> unread = unread(userId, rows.stream().map(r -> new Object[] {r[1], r[14]}).toList());
        return rows.stream().map(r -> {
            ConversationMessage last = message(r);
            boolean group = "group".equals(r[7]);
            Party peer = group ? null : new Party(number(r[9]), (String) r[10]);
            Party party = group ? new Party(number(r[8]), r[11] == null ? "" : (String) r[11]) : null;
            return new ConversationSummary(last.conversation(), (String) r[7], peer, party, last,
                    unread.getOrDefault(last.conversation(), 0L), number(r[12]), number(r[13]));
        }).toList();
    }

    /** Per conversation, the messages above its read seq that others sent: of {conversation, read seq} pairs. */
    private Map<String, Long> unread(long userId, List<Object[]> reads) {
        // the index named: left to itself the optimizer weighs every index on (conversation_id, ...), a look per range
        Query count = em.createNativeQuery("SELECT u.conversation_id, COUNT(*) FROM conversation_messages u"
                + " FORCE INDEX (ix_conversation_messages_unread) WHERE (" + seqRanges("u", reads.size()) + ")"
                + " AND u.sender_id <> ?" + (2 * reads.size() + 1) + " GROUP BY u.conversation_id");
        bindSeqRanges(count, reads);
        @SuppressWarnings("unchecked")
        List<Object[]> counts = count.setParameter(2 * reads.size() + 1, userId).getResultList();
        return counts.stream().collect(Collectors.toMap(r -> (String) r[0], r -> number(r[1])));
    }

    /**
     * {@code (m.conversation_id = ?1 AND m.seq > ?2) OR (m.conversation_id = ?3 AND m.seq > ?4) ...}
     * for {@code count} conversations: the optimizer reads each as one range of
     * an index that starts (conversation_id, seq), in that order. A join on the
     * conversation could only look up its first column and read the
     * conversation's entries from seq 1 on.
     */
    static String seqRanges(String alias, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "(" + alias + ".conversation_id = ?" + (2 * i + 1) + " AND " + alias + ".seq > ?"
                        + (2 * i + 2) + ")")
                .collect(Collectors.joining(" OR "));
    }

    /** Binds {@link #seqRanges}' parameters from {conversation, seq} rows. */
    private static void bindSeqRanges(Query query, List<Object[]> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            query.setParameter(2 * i + 1, ranges.get(i)[0]).setParameter(2 * i + 2, number(ranges.get(i)[1]));
        }
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
