package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /ws/sub's first frame: auth with an access token, or an error frame and close 1008. */
class SubAuthIT {

    private static Account alice;
    private static Account bob;

    @BeforeAll
    static void accounts() {
        alice = Api.newAccount("wsa");
        bob = Api.newAccount("wsb");
    }

    @Test
    void answersAuthWithOp8OnTheSameSequence() {
        try (GoimClient client = GoimClient.connect()) {
            JsonObject auth = GoimClient.auth(alice.id(), alice.token(), Rooms.fresh(), List.of(1000), "");
            client.send(WireFrame.of(7, 42, auth.toString()));

            WireFrame reply = client.nextFrame();

            assertEquals(8, reply.op());
            assertEquals(42, reply.seq());
            assertEquals(1, reply.ver());
            assertEquals(0, reply.body().length);
        }
    }

    @Test
    void takesTheUserFromTheTokenWhenMidIsZero() {
        try (GoimClient client = GoimClient.connect()) {
            client.send(WireFrame.of(7, 1, GoimClient.auth(0, alice.token(), "", List.of(), "").toString()));
            assertEquals(8, client.nextFrame().op());
        }
    }

    @Test
    void refusesAuthWithoutToken() {
        assertRefusedWith1008(GoimClient.auth(alice.id(), null, Rooms.fresh(), List.of(), "").toString(),
                "token required");
    }

    @Test
    void refusesABadToken() {
        assertRefusedWith1008(GoimClient.auth(alice.id(), alice.token() + "x", Rooms.fresh(), List.of(), "").toString(),
                "invalid token");
        assertRefusedWith1008(GoimClient.auth(alice.id(), "not-a-token", Rooms.fresh(), List.of(), "").toString(),
                "invalid token");
    }

    @Test
    void refusesAMidThatIsNotTheTokensUser() {
        assertRefusedWith1008(GoimClient.auth(bob.id(), alice.token(), Rooms.fresh(), List.of(), "").toString(),
                "mid does not match the token");
    }

    @Test
    void refusesAFirstFrameOtherThanAuth() {
        try (GoimClient client = GoimClient.connect()) {
            client.send(new WireFrame(1, 2, 5, new byte[0]));

            assertErrorFrame(client.nextFrame(), 5, 1008);
            assertEquals(1008, client.awaitClose().code());
        }
    }

    @Test
    void closesASocketSilentPastTheAuthDeadline() {
        Duration deadline = Duration.parse(System.getProperty("onair.it.wsAuthTimeout", "PT10S"));
        long started = System.nanoTime();
        try (GoimClient client = GoimClient.connect()) {
            List<WireFrame> error = client.pushes(1, f -> true, deadline.plusSeconds(5));
            assertEquals(1, error.size(), "an error frame within the deadline and a margin");
            assertErrorFrame(error.get(0), 0, 1008);
            GoimClient.Close close = client.awaitClose();

            assertEquals(1008, close.code());
            assertEquals("auth timeout", close.reason());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(deadline.minusSeconds(1)) >= 0, "closed after " + took + ", before the deadline");
        }
    }

    @Test
    void refusesAnotherUsersConnectionKey() {
        String key = "it-" + UUID.randomUUID();
        try (GoimClient owner = GoimClient.authenticated(alice, Rooms.fresh(), List.of(), key)) {
            assertRefusedWith1008(GoimClient.auth(bob.id(), bob.token(), Rooms.fresh(), List.of(), key).toString(),
                    "key in use by another user");
            assertFalse(owner.isClosed(), "the key's owner stays connected");
        }
    }

    @Test
    void replacesTheSameUsersConnectionWithTheSameKey() {
        String key = "it-" + UUID.randomUUID();
        try (GoimClient first = GoimClient.authenticated(alice, Rooms.fresh(), List.of(), key);
             GoimClient second = GoimClient.authenticated(alice, Rooms.fresh(), List.of(), key)) {
            GoimClient.Close close = first.awaitClose();
            assertEquals(1000, close.code());
            assertFalse(second.isClosed());
        }
    }

    private static void assertRefusedWith1008(String authBody, String reason) {
        try (GoimClient client = GoimClient.connect()) {
            client.send(WireFrame.of(7, 3, authBody));

            JsonObject error = assertErrorFrame(client.nextFrame(), 3, 1008);
            assertEquals(reason, error.getString("reason"));
            GoimClient.Close close = client.awaitClose();
            assertEquals(1008, close.code());
            assertEquals(reason, close.reason());
        }
    }

    static JsonObject assertErrorFrame(WireFrame frame, int seq, int code) {
        assertEquals(6, frame.op(), "error frame (op 6) before the close");
        assertEquals(seq, frame.seq());
        JsonObject body = Json.createReader(new StringReader(frame.text())).readObject();
        assertEquals(code, body.getInt("code"));
        return body;
    }
}
