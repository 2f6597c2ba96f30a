package dev.onair.it.chat;

import static dev.onair.it.chat.Conversing.ACCEPTS;
import static dev.onair.it.chat.Conversing.PRIVATE;
import static dev.onair.it.chat.Conversing.id;
import static dev.onair.it.chat.Conversing.json;
import static dev.onair.it.chat.Conversing.message;
import static dev.onair.it.chat.Conversing.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Private messages over the socket: op 4 with {@code "to":"user:<id>"}, op 5
 * to the sender, op 1001 to every socket of the recipient and the sender's
 * other sockets, a row in {@code conversation_messages}; refusals that keep
 * the socket open; client-id idempotency; order.
 */
class PrivateChatIT {

    @Test
    void reachesEverySocketOfTheRecipientAndTheSendersOtherSocketsAndIsStored() {
        Account alice = Api.newAccount("pca");
        Account bob = Api.newAccount("pcb");
        try (GoimClient phone = Conversing.online(alice);
             GoimClient laptop = Conversing.online(alice);
             GoimClient bob1 = Conversing.online(bob);
             GoimClient bob2 = Conversing.online(bob)) {
            JsonObject answer = request(phone, 7, message("user:" + bob.id(), "hello bob", "c-1"));
            long id = id(answer);
            String conversation = Conversing.privateId(alice.id(), bob.id());
            assertEquals(conversation, answer.getString("conversation"));
            assertTrue(answer.getJsonNumber("ts").longValueExact() > 0);
            assertFalse(answer.containsKey("duplicate"));

            for (GoimClient socket : List.of(bob1, bob2, laptop)) {
                JsonObject pushed = Conversing.messages(socket, PRIVATE, 1).get(0);
                assertEquals(id, id(pushed));
                assertEquals(conversation, pushed.getString("conversation"));
                assertEquals(alice.id(), pushed.getJsonObject("from").getJsonNumber("id").longValueExact());
                assertEquals(alice.username(), pushed.getJsonObject("from").getString("name"));
                assertEquals("text", pushed.getString("type"));
                assertEquals("hello bob", pushed.getString("content"));
                assertEquals(answer.getJsonNumber("ts"), pushed.getJsonNumber("ts"));
                assertFalse(pushed.containsKey("group"));
            }
            assertEquals(List.of(), phone.silence(f -> f.op() == PRIVATE, Duration.ofSeconds(1)),
                    "the sending socket is not echoed");
            assertEquals(Optional.of("hello bob|" + alice.id() + "|" + conversation), Conversing.stored(id));
        }
    }

    @Test
    void aSocketThatDoesNotAcceptTheOpGetsNothing() {
        Account alice = Api.newAccount("pcn");
        Account bob = Api.newAccount("pco");
        try (GoimClient sender = Conversing.online(alice);
             GoimClient deaf = GoimClient.authenticated(bob, "", List.of(1000))) {
            Conversing.send(sender, 1, "user:" + bob.id(), "unheard");
            assertEquals(List.of(), deaf.silence(f -> f.op() == PRIVATE, Duration.ofSeconds(2)));
        }
    }

    @Test
    void refusalsAnswerWithACodeAndKeepTheSocketOpen() {
        Account alice = Api.newAccount("pcr");
        Account bob = Api.newAccount("pcs");
        try (GoimClient sender = Conversing.online(alice)) {
            assertEquals(400, request(sender, 1, message("user:" + alice.id(), "me", null)).getInt("code"));
            assertEquals(404, request(sender, 2, message("user:999999999", "nobody", null)).getInt("code"));
            assertEquals(400, request(sender, 3, message("user:abc", "bad", null)).getInt("code"));
            assertEquals(400, request(sender, 4, message("room:1", "bad", null)).getInt("code"));
            assertEquals(400, request(sender, 5, message("user:" + bob.id(), " ", null)).getInt("code"));
            assertEquals(400, request(sender, 6, "{\"to\":\"user:" + bob.id() + "\",\"ack\":\"read\"}").getInt("code"));
            assertEquals(400, request(sender, 7, "{\"to\":42,\"content\":\"x\"}").getInt("code"));
            JsonObject refused = request(sender, 8, message("user:" + bob.id(), "x".repeat(501), null));
            assertEquals(400, refused.getInt("code"));
            assertTrue(refused.getString("reason").contains("500"), refused.toString());

            assertFalse(sender.isClosed(), "a refused message never closes the socket");
            assertTrue(Conversing.send(sender, 9, "user:" + bob.id(), "still here").containsKey("id"));
        }
    }

    @Test
    void masksSensitiveWordsAndRateLimitsPerUser() {
        Account alice = Api.newAccount("pcm");
        Account bob = Api.newAccount("pcq");
        try (GoimClient sender = Conversing.online(alice);
             GoimClient receiver = Conversing.online(bob)) {
            Conversing.send(sender, 1, "user:" + bob.id(), "what the fuck");
            assertEquals("what the ***", Conversing.messages(receiver, PRIVATE, 1).get(0).getString("content"));
            // The limit counts in fixed 2 s windows: 11 requests within one 2 s span touch at most two
            // windows, so one of them gets at least 6, whichever way a window boundary splits them.
            List<Integer> codes = new ArrayList<>();
            for (int seq = 2; seq <= 12; seq++) {
                JsonObject answer = request(sender, seq, message("user:" + bob.id(), "m" + seq, null));
                codes.add(answer.containsKey("code") ? answer.getInt("code") : 200);
            }
            assertTrue(codes.contains(429), "at most 5 messages per 2 s: " + codes);
        }
    }

    @Test
    void aRepeatedClientIdIsDeliveredAndStoredOnce() {
        Account alice = Api.newAccount("pcd");
        Account bob = Api.newAccount("pce");
        String clientId = "retry-" + UUID.randomUUID();
        try (GoimClient sender = Conversing.online(alice);
             GoimClient receiver = Conversing.online(bob)) {
            JsonObject first = request(sender, 1, message("user:" + bob.id(), "once", clientId));
            JsonObject second = request(sender, 2, message("user:" + bob.id(), "once", clientId));
            assertEquals(id(first), id(second));
            assertTrue(second.getBoolean("duplicate"));
            assertEquals(first.getString("conversation"), second.getString("conversation"));
            assertEquals(1, Conversing.messages(receiver, PRIVATE, 1).size());
            assertEquals(List.of(), receiver.silence(f -> f.op() == PRIVATE, Duration.ofSeconds(1)));
            assertTrue(Conversing.stored(id(first)).isPresent());
            assertEquals(1, Conversing.count("SELECT COUNT(*) FROM conversation_messages WHERE sender_id = ?"
                    + " AND client_id = ?", alice.id(), clientId));
        }
    }

    @Test
    void keepsTheOrderOfAConversation() {
        Account alice = Api.newAccount("pcu");
        Account bob = Api.newAccount("pcv");
        try (GoimClient sender = Conversing.online(alice);
             GoimClient receiver = Conversing.online(bob)) {
            List<Long> sent = Conversing.sendAll(sender, "user:" + bob.id(), "n1", "n2", "n3", "n4", "n5");
            List<JsonObject> got = Conversing.messages(receiver, PRIVATE, 5);
            assertEquals(sent, got.stream().map(Conversing::id).toList(), "delivered in the order sent");
            assertEquals(List.of("n1", "n2", "n3", "n4", "n5"), got.stream().map(m -> m.getString("content")).toList());
        }
    }

    @Test
    void roomMessagesStayAsTheyWere() {
        Account alice = Api.newAccount("pcw");
        String room = Rooms.fresh();
        try (GoimClient sender = GoimClient.authenticated(alice, room, ACCEPTS)) {
            sender.send(WireFrame.of(4, 3, "{\"type\":\"text\",\"content\":\"to the room\"}"));
            List<WireFrame> got = sender.pushes(2, f -> f.op() == 5 || f.op() == 1000, GoimClient.WAIT);
            assertEquals(2, got.size());
            JsonObject answer = json(got.stream().filter(f -> f.op() == 5).findFirst().orElseThrow());
            assertFalse(answer.containsKey("conversation"), "a room message: " + answer);
        }
    }

    @Test
    void speaksTheTextFormToo() {
        Account alice = Api.newAccount("pct");
        Account bob = Api.newAccount("pcx");
        try (GoimClient sender = Conversing.online(alice);
             GoimClient text = GoimClient.authenticatedInText(bob, "", ACCEPTS)) {
            long id = id(Conversing.send(sender, 1, "user:" + bob.id(), "in text"));
            JsonObject pushed = text.nextText();
            assertEquals(PRIVATE, pushed.getInt("op"));
            assertEquals(id, id(pushed.getJsonObject("body")));
        }
    }
}
