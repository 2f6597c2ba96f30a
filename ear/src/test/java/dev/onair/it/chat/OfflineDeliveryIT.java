package dev.onair.it.chat;

import static dev.onair.it.chat.Conversing.ACCEPTS;
import static dev.onair.it.chat.Conversing.PRIVATE;
import static dev.onair.it.chat.Conversing.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Database;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Messages sent while the recipient had no socket arrive when it connects:
 * oldest first, in one op-9 batch, again on every connect until acked as
 * delivered, in batches of {@code onair.chat.offline-batch} (200) that follow
 * each other on the delivered ack of a batch's last message; live messages
 * during the backlog arrive after it, once.
 */
class OfflineDeliveryIT {

    private static final int BATCH = 200;

    @Test
    void theBacklogComesOnConnectInOneBatchUntilAcked() {
        Account alice = Api.newAccount("oda");
        Account bob = Api.newAccount("odb");
        List<Long> sent = Conversing.sentWhileAway(alice, bob, "offline 1", "offline 2", "offline 3");
        String conversation = Conversing.privateId(alice.id(), bob.id());

        try (GoimClient bob1 = Conversing.online(bob)) {
            WireFrame batch = bob1.nextFrame();
            assertEquals(9, batch.op(), "the backlog is one op-9 batch, right after op 8");
            List<WireFrame> frames = batch.unbatch();
            assertEquals(sent, frames.stream().map(f -> id(Conversing.json(f))).toList(), "oldest first");
            assertTrue(frames.stream().allMatch(f -> f.op() == PRIVATE));
            assertEquals("offline 1", Conversing.json(frames.get(0)).getString("content"));
        }
        try (GoimClient bob2 = Conversing.online(bob)) {
            assertEquals(sent, Conversing.ids(bob2, PRIVATE, 3), "not acked: the same backlog again");
            JsonObject acked = Conversing.ack(bob2, 5, "delivered", conversation, sent.get(2));
            assertEquals("delivered", acked.getString("ack"));
            assertEquals(sent.get(2), id(acked));
        }
        try (GoimClient bob3 = Conversing.online(bob)) {
            assertEquals(List.of(), bob3.silence(f -> f.op() == PRIVATE, Duration.ofSeconds(2)), "acked: nothing");
        }
    }

    @Test
    void aSocketThatAcceptsNoMessagesGetsNoBacklog() {
        Account alice = Api.newAccount("odn");
        Account bob = Api.newAccount("odo");
        Conversing.sentWhileAway(alice, bob, "x");
        try (GoimClient other = GoimClient.authenticated(bob, "", List.of(1000))) {
            assertEquals(List.of(), other.silence(f -> true, Duration.ofSeconds(2)));
        }
    }

    @Test
    void aLongBacklogComesInBatchesThatFollowTheDeliveredAck() throws SQLException {
        Account alice = Api.newAccount("odl");
        Account bob = Api.newAccount("odm");
        String conversation = Conversing.privateId(alice.id(), bob.id());
        List<Long> stored = storeDirectly(conversation, alice, bob, BATCH + 5);

        try (GoimClient receiver = Conversing.online(bob)) {
            WireFrame first = receiver.nextFrame();
            assertEquals(9, first.op());
            List<Long> batch1 = first.unbatch().stream().map(f -> id(Conversing.json(f))).toList();
            assertEquals(stored.subList(0, BATCH), batch1, "the first " + BATCH + ", oldest first");
            assertEquals(List.of(), receiver.silence(f -> f.op() == PRIVATE, Duration.ofSeconds(1)),
                    "the next batch waits for the ack");

            receiver.send(WireFrame.of(4, 2, "{\"ack\":\"delivered\",\"conversation\":\"" + conversation
                    + "\",\"id\":" + batch1.get(BATCH - 1) + "}"));
            List<WireFrame> next = receiver.pushes(6, f -> f.op() == 5 || f.op() == PRIVATE, GoimClient.WAIT);
            assertEquals(5, next.get(0).op(), "the ack's answer first");
            assertEquals(stored.subList(BATCH, BATCH + 5),
                    next.subList(1, next.size()).stream().map(f -> id(Conversing.json(f))).toList());
        }
    }

    @Test
    void liveMessagesDuringTheBacklogComeAfterItOnce() {
        Account alice = Api.newAccount("odp");
        Account bob = Api.newAccount("odq");
        try (GoimClient sender = Conversing.online(alice)) {
            List<Long> sent = new ArrayList<>(
                    Conversing.sendAll(sender, "user:" + bob.id(), "before 1", "before 2", "before 3"));
            sent.forEach(id -> assertTrue(Conversing.stored(id).isPresent()));
            try (GoimClient receiver = Conversing.online(bob)) {
                sent.add(id(Conversing.send(sender, 4, "user:" + bob.id(), "live")));
                List<Long> got = Conversing.ids(receiver, PRIVATE, 4);
                assertEquals(sent, got, "backlog, then the live message, in order");
                Set<Long> unique = new HashSet<>(got);
                assertEquals(4, unique.size());
                assertEquals(List.of(), receiver.silence(f -> f.op() == PRIVATE, Duration.ofSeconds(1)), "once");
            }
        }
    }

    @Test
    void theTextFormGetsTheBacklogAsConsecutiveMessages() {
        Account alice = Api.newAccount("odt");
        Account bob = Api.newAccount("odu");
        List<Long> sent = Conversing.sentWhileAway(alice, bob, "t1", "t2");
        try (GoimClient text = GoimClient.authenticatedInText(bob, "", ACCEPTS)) {
            JsonObject one = text.nextText();
            JsonObject two = text.nextText();
            assertEquals(PRIVATE, one.getInt("op"));
            assertEquals(sent, List.of(id(one.getJsonObject("body")), id(two.getJsonObject("body"))));
        }
    }

    /**
     * Writes {@code count} messages from alice to bob as the delivery MDB
     * would, so a backlog longer than a batch needs no minutes of rate-limited
     * sending. Ids are time-ordered like the server's (41 bits of ms since 2025);
     * seqs 1, 2, ... in the same order, as if stored one after the other.
     */
    private static List<Long> storeDirectly(String conversation, Account alice, Account bob, int count)
            throws SQLException {
        long base = (System.currentTimeMillis() - 1_735_689_600_000L - 60_000) << 12;
        List<Long> ids = LongStream.range(0, count).map(i -> base + i * 4096 + 31 * 128).boxed().toList();
        try (Connection db = Database.connect()) {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO conversation_messages"
                    + " (id, conversation_id, sender_id, sender_name, kind, content, sent_at, seq)"
                    + " VALUES (?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < count; i++) {
                    insert.setLong(1, ids.get(i));
                    insert.setString(2, conversation);
                    insert.setLong(3, alice.id());
                    insert.setString(4, alice.username());
                    insert.setString(5, "text");
                    insert.setString(6, "bulk " + i);
                    insert.setTimestamp(7, new Timestamp(System.currentTimeMillis()));
                    insert.setLong(8, i + 1);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement c = db.prepareStatement("INSERT INTO conversations (id, kind, last_message_id,"
                    + " last_seq) VALUES (?, 'private', ?, ?)")) {
                c.setString(1, conversation);
                c.setLong(2, ids.get(count - 1));
                c.setLong(3, count);
                c.executeUpdate();
            }
            for (long[] pair : new long[][] {{alice.id(), bob.id()}, {bob.id(), alice.id()}}) {
                try (PreparedStatement m = db.prepareStatement("INSERT INTO conversation_members"
                        + " (conversation_id, user_id, peer_id) VALUES (?, ?, ?)")) {
                    m.setString(1, conversation);
                    m.setLong(2, pair[0]);
                    m.setLong(3, pair[1]);
                    m.executeUpdate();
                }
            }
        }
        return ids;
    }
}
