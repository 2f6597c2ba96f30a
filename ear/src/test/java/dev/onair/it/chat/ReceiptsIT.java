package dev.onair.it.chat;

import static dev.onair.it.chat.Conversing.ACCEPTS;
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
        Account alice = Api.newAccount("rca");
        Account bob = Api.newAccount("rcb");
        String conversation = Conversing.privateId(alice.id(), bob.id());
        try (GoimClient sender = GoimClient.authenticated(alice, "", ACCEPTS);
             GoimClient receiver = GoimClient.authenticated(bob, "", ACCEPTS)) {
            long first = id(Conversing.send(sender, 1, "user:" + bob.id(), "one"));
            long second = id(Conversing.send(sender, 2, "user:" + bob.id(), "two"));
            Conversing.messages(receiver, PRIVATE, 2);

            JsonObject delivered = Conversing.ack(receiver, 3, "delivered", conversation, second);
            assertEquals("delivered", delivered.getString("ack"));
            assertEquals(second, id(delivered));
            JsonObject receipt = Conversing.messages(sender, RECEIPT, 1).get(0);
            assertEquals(conversation, receipt.getString("conversation"));
            assertEquals(bob.id(), receipt.getJsonNumber("user").longValueExact());
            assertEquals(second, receipt.getJsonNumber("delivered").longValueExact());
            assertEquals(second + "|0", Conversing.cursors(conversation, bob.id()));

            Conversing.ack(receiver, 4, "read", conversation, first);
            JsonObject read = Conversing.messages(sender, RECEIPT, 1).get(0);
            assertEquals(first, read.getJsonNumber("read").longValueExact());
            assertEquals(second + "|" + first, Conversing.cursors(conversation, bob.id()), "delivered stays ahead");

            Conversing.ack(receiver, 5, "read", conversation, second);
            Conversing.messages(sender, RECEIPT, 1);
            assertEquals(second + "|" + second, Conversing.cursors(conversation, bob.id()));
        }
    }

    @Test
    void cursorsNeverMoveBackAndAStaleAckTellsNoOne() {
        Account alice = Api.newAccount("rcc");
        Account bob = Api.newAccount("rcd");
        String conversation = Conversing.privateId(alice.id(), bob.id());
        try (GoimClient sender = GoimClient.authenticated(alice, "", ACCEPTS);
             GoimClient receiver = GoimClient.authenticated(bob, "", ACCEPTS)) {
            long first = id(Conversing.send(sender, 1, "user:" + bob.id(), "one"));
            long second = id(Conversing.send(sender, 2, "user:" + bob.id(), "two"));
            Conversing.messages(receiver, PRIVATE, 2);

            Conversing.ack(receiver, 3, "read", conversation, second);
            assertEquals(second, Conversing.messages(sender, RECEIPT, 1).get(0).getJsonNumber("read").longValueExact());
            assertEquals(second + "|" + second, Conversing.cursors(conversation, bob.id()), "read implies delivered");

            assertEquals(first, id(Conversing.ack(receiver, 4, "delivered", conversation, first)));
            assertEquals(first, id(Conversing.ack(receiver, 5, "read", conversation, first)));
            assertEquals(second + "|" + second, Conversing.cursors(conversation, bob.id()), "no step back");
            assertEquals(List.of(), sender.silence(f -> f.op() == RECEIPT, Duration.ofSeconds(1)));
        }
    }

    @Test
    void refusesAcksOfUnknownMessagesAndOthersConversations() {
        Account alice = Api.newAccount("rce");
        Account bob = Api.newAccount("rcf");
        Account eve = Api.newAccount("rcg");
        String conversation = Conversing.privateId(alice.id(), bob.id());
        try (GoimClient sender = GoimClient.authenticated(alice, "", ACCEPTS);
             GoimClient intruder = GoimClient.authenticated(eve, "", ACCEPTS)) {
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
}
