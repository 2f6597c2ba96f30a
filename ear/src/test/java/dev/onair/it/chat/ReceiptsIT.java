package dev.onair.it.chat;

import static dev.onair.it.chat.Conversing.PRIVATE;
import static dev.onair.it.chat.Conversing.RECEIPT;
import static dev.onair.it.chat.Conversing.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acks over the socket: op 4 {@code {"ack","conversation","id"}} moves the
 * user's delivered/read cursor forward only (read implies delivered), is
 * answered with op 5 {@code {"ack","id"}}, and in a private conversation tells
 * the other user with op 1003.
 */
class ReceiptsIT {

    @Test
    void deliveredAndReadAcksMoveTheCursorsAndTellTheSender() {
        try (TwoDelivered two = TwoDelivered.between("rca", "rcb")) {
            long first = two.first();
            long second = two.second();
            String conversation = two.conversation();
            long bob = two.bob().id();

            JsonObject delivered = Conversing.ack(two.receiver(), 3, "delivered", conversation, second);
            assertEquals("delivered", delivered.getString("ack"));
            assertEquals(second, id(delivered));
            JsonObject receipt = Conversing.messages(two.sender(), RECEIPT, 1).get(0);
            assertEquals(conversation, receipt.getString("conversation"));
            assertEquals(bob, receipt.getJsonNumber("user").longValueExact());
            assertEquals(second, receipt.getJsonNumber("delivered").longValueExact());
            assertEquals(second + "|0", Conversing.cursors(conversation, bob));

            Conversing.ack(two.receiver(), 4, "read", conversation, first);
            JsonObject read = Conversing.messages(two.sender(), RECEIPT, 1).get(0);
            assertEquals(first, read.getJsonNumber("read").longValueExact());
            assertEquals(second + "|" + first, Conversing.cursors(conversation, bob), "delivered stays ahead");

            Conversing.ack(two.receiver(), 5, "read", conversation, second);
            Conversing.messages(two.sender(), RECEIPT, 1);
            assertEquals(second + "|" + second, Conversing.cursors(conversation, bob));
        }
    }

    @Test
    void cursorsNeverMoveBackAndAStaleAckTellsNoOne() {
        try (TwoDelivered two = TwoDelivered.between("rcc", "rcd")) {
            long first = two.first();
            long second = two.second();
            String conversation = two.conversation();
            long bob = two.bob().id();

            Conversing.ack(two.receiver(), 3, "read", conversation, second);
            assertEquals(second,
                    Conversing.messages(two.sender(), RECEIPT, 1).get(0).getJsonNumber("read").longValueExact());
            assertEquals(second + "|" + second, Conversing.cursors(conversation, bob), "read implies delivered");

            assertEquals(first, id(Conversing.ack(two.receiver(), 4, "delivered", conversation, first)));
            assertEquals(first, id(Conversing.ack(two.receiver(), 5, "read", conversation, first)));
            assertEquals(second + "|" + second, Conversing.cursors(conversation, bob), "no step back");
            assertEquals(List.of(), two.sender().silence(f -> f.op() == RECEIPT, Duration.ofSeconds(1)));
        }
    }

    @Test
    void refusesAcksOfUnknownMessagesAndOthersConversations() {
        Account alice = Api.newAccount("rce");
        Account bob = Api.newAccount("rcf");
        Account eve = Api.newAccount("rcg");
        String conversation = Conversing.privateId(alice.id(), bob.id());
        try (GoimClient sender = Conversing.online(alice);
             GoimClient intruder = Conversing.online(eve)) {
            long id = id(Conversing.send(sender, 1, "user:" + bob.id(), "private"));
            Conversing.stored(id);
            assertEquals(404, Conversing.ack(intruder, 1, "read", conversation, id).getInt("code"));
            assertEquals(404, Conversing.ack(sender, 2, "read", conversation, id + 1).getInt("code"));
            assertEquals(400, Conversing.request(sender, 3,
                    "{\"ack\":\"seen\",\"conversation\":\"" + conversation + "\",\"id\":" + id + "}").getInt("code"));
            assertEquals(400, Conversing.request(sender, 4,
                    "{\"ack\":\"read\",\"conversation\":\"p-2-1\",\"id\":" + id + "}").getInt("code"));
            assertEquals(400, Conversing.request(sender, 5,
                    "{\"ack\":\"read\",\"conversation\":\"" + conversation + "\",\"id\":-3}").getInt("code"));
            assertEquals("0|0", Conversing.cursors(conversation, bob.id()), "nothing moved");
        }
    }

    /**
     * Where the cursor tests start: alice's socket ({@code sender}) sent bob
     * two messages (sequences 1 and 2), which reached bob's socket
     * ({@code receiver}); neither is acked yet.
     */
    private record TwoDelivered(Account bob, String conversation, GoimClient sender, GoimClient receiver,
                                long first, long second) implements AutoCloseable {

        static TwoDelivered between(String alicePrefix, String bobPrefix) {
            Account alice = Api.newAccount(alicePrefix);
            Account bob = Api.newAccount(bobPrefix);
            GoimClient sender = Conversing.online(alice);
            GoimClient receiver = null;
            try {
                receiver = Conversing.online(bob);
                List<Long> sent = Conversing.sendAll(sender, "user:" + bob.id(), "one", "two");
                assertEquals(sent, Conversing.ids(receiver, PRIVATE, 2));
                return new TwoDelivered(bob, Conversing.privateId(alice.id(), bob.id()), sender, receiver,
                        sent.get(0), sent.get(1));
            } catch (RuntimeException | Error e) {
                sender.close();
                if (receiver != null) {
                    receiver.close();
                }
                throw e;
            }
        }

        @Override
        public void close() {
            try (sender; receiver) {
                // both sockets close, the receiver's first
            }
        }
    }
}
