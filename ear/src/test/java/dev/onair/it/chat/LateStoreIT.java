package dev.onair.it.chat;

import static dev.onair.it.chat.Conversing.PRIVATE;
import static dev.onair.it.chat.Conversing.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Database;
import dev.onair.it.support.Poll;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A message whose store failed and succeeded only on redelivery, after a later
 * message of its conversation had been stored, pushed and acked as delivered,
 * still reaches the recipient: it is in the backlog the recipient gets on its
 * next connect, because cursors and backlog follow the order messages were
 * stored in (their seq), not their ids.
 *
 * <p>The store of the one message is made to fail for real: a trigger on
 * {@code conversation_messages} refuses that row until the test drops it, so the
 * delivery MDB's transaction rolls back and the broker redelivers (1 s, 2 s, ...).
 */
class LateStoreIT {

    private static final String TRIGGER = "it_late_store";
    private static final Duration REDELIVERED = Duration.ofSeconds(45);

    @Test
    void aMessageStoredAfterALaterOneWasAckedComesInTheNextBacklog() throws SQLException {
        Account alice = Api.newAccount("lsa");
        Account bob = Api.newAccount("lsb");
        String conversation = Conversing.privateId(alice.id(), bob.id());
        String to = "user:" + bob.id();

        long late;
        try (GoimClient sender = Conversing.online(alice)) {
            try (GoimClient receiver = Conversing.online(bob)) {
                long before = id(Conversing.send(sender, 1, to, "before"));
                assertEquals(List.of(before), Conversing.ids(receiver, PRIVATE, 1));

                refuseStore(conversation, "late");
                try {
                    late = id(Conversing.send(sender, 2, to, "late"));
                    long next = id(Conversing.send(sender, 3, to, "next"));
                    assertTrue(Conversing.stored(next).isPresent(), "the later message is stored");
                    assertEquals(List.of(next), Conversing.ids(receiver, PRIVATE, 1), "and pushed");
                    assertEquals(Optional.empty(), Conversing.row(late), "the earlier one waits for its redelivery");
                    assertTrue(late < next);
                    Conversing.ack(receiver, 4, "delivered", conversation, next);
                } finally {
                    allowStore();
                }
            }
            // bob is offline now, his delivered cursor past the late message's id
            long waiting = late;
            assertTrue(Poll.until(REDELIVERED, () -> Conversing.row(waiting)).isPresent(), "stored on redelivery");
        }

        try (GoimClient receiver = Conversing.online(bob)) {
            assertEquals(List.of(late), receiver.pushes(1, f -> f.op() == PRIVATE, GoimClient.WAIT).stream()
                    .map(f -> id(Conversing.json(f))).toList(), "the late message is in the backlog");
            assertEquals(List.of(), receiver.silence(f -> f.op() == PRIVATE, Duration.ofSeconds(1)), "and only it");
            Conversing.ack(receiver, 1, "delivered", conversation, late);
        }
        try (GoimClient again = Conversing.online(bob)) {
            assertEquals(List.of(), again.silence(f -> f.op() == PRIVATE, Duration.ofSeconds(2)), "acked: nothing");
        }
    }

    /** Makes every insert of this content into this conversation fail until {@link #allowStore}. */
    private static void refuseStore(String conversation, String content) throws SQLException {
        try (Connection db = Database.connect(); Statement ddl = db.createStatement()) {
            ddl.execute("DROP TRIGGER IF EXISTS " + TRIGGER);
            ddl.execute("CREATE TRIGGER " + TRIGGER + " BEFORE INSERT ON conversation_messages FOR EACH ROW"
                    + " BEGIN IF NEW.conversation_id = '" + conversation + "' AND NEW.content = '" + content + "'"
                    + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'LateStoreIT refuses this row'; END IF; END");
        }
    }

    private static void allowStore() throws SQLException {
        try (Connection db = Database.connect(); Statement ddl = db.createStatement()) {
            ddl.execute("DROP TRIGGER IF EXISTS " + TRIGGER);
        }
    }
}
