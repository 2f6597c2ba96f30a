package dev.onair.it.chat;

import static dev.onair.it.chat.SubAuthIT.assertErrorFrame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Frames the server must refuse (close 1002 or 1009) and the JSON text form it must speak. */
class SubFramingIT {

    private static Account carol;

    @BeforeAll
    static void account() {
        carol = Api.newAccount("wsc");
    }

    @Test
    void refusesAHeaderLengthOtherThan16() {
        assertClosedWith(WireFrame.raw(16, 12, 1, 7, 1, new byte[0]), 1002);
    }

    @Test
    void refusesAPacketLengthThatDoesNotMatchTheMessage() {
        assertClosedWith(WireFrame.raw(40, 16, 1, 7, 1, "{}".getBytes(StandardCharsets.UTF_8)), 1002);
    }

    @Test
    void refusesAMessageShorterThanAHeader() {
        assertClosedWith(new byte[] {0, 0, 0, 8, 0, 16, 0, 1}, 1002);
    }

    @Test
    void refusesABodyOverTheLimitWith1009() {
        byte[] body = new byte[5000];
        assertClosedWith(WireFrame.raw(16 + body.length, 16, 1, 7, 1, body), 1009);
    }

    @Test
    void refusesAnAuthBodyThatIsNotJson() {
        assertClosedWith(WireFrame.of(7, 1, "{\"token\":").encode(), 1002);
    }

    @Test
    void refusesAnAuthBodyThatIsNotUtf8() {
        byte[] body = {'{', '"', 'k', '"', ':', '"', (byte) 0xc3, '"', '}'};
        assertClosedWith(WireFrame.raw(16 + body.length, 16, 1, 7, 1, body), 1002);
    }

    @Test
    void refusesAMalformedFrameAfterAuthToo() {
        try (GoimClient client = GoimClient.authenticated(carol, Rooms.fresh(), List.of())) {
            client.send(WireFrame.of(14, 9, "1000,x"));

            assertErrorFrame(client.nextFrame(), 9, 1002);
            assertEquals(1002, client.awaitClose().code());
        }
    }

    @Test
    void speaksTheJsonTextForm() {
        String room = Rooms.fresh();
        try (GoimClient client = GoimClient.connect()) {
            JsonObject auth = GoimClient.auth(carol.id(), carol.token(), room, List.of(1000), "");
            client.sendText(Json.createObjectBuilder().add("ver", 1).add("op", 7).add("seq", 1).add("body", auth)
                    .build().toString());

            JsonObject reply = client.nextText();
            assertEquals(8, reply.getInt("op"));
            assertEquals(1, reply.getInt("seq"));

            client.sendText("{\"ver\":1,\"op\":2,\"seq\":2}");
            JsonObject heartbeat = client.nextText();
            assertEquals(3, heartbeat.getInt("op"));
            assertEquals(2, heartbeat.getInt("seq"));
            assertEquals(1, heartbeat.getInt("body"), "online count of the room: this socket");

            client.sendText("{\"ver\":1,\"op\":14,\"seq\":3,\"body\":\"1001,1002\"}");
            JsonObject subscribed = client.nextText();
            assertEquals(15, subscribed.getInt("op"));
            assertEquals("1001,1002", subscribed.getString("body"));

            GoimPush.toRoom(room, 1000, "{\"msg\":\"hello text\"}");
            JsonObject push = client.nextText();
            assertEquals(1000, push.getInt("op"));
            assertEquals("hello text", push.getJsonObject("body").getString("msg"));
        }
    }

    @Test
    void refusesMalformedJsonTextWith1002() {
        try (GoimClient client = GoimClient.connect()) {
            client.sendText("{\"op\":7,");

            JsonObject error = client.nextText();
            assertEquals(6, error.getInt("op"));
            assertEquals(1002, error.getJsonObject("body").getInt("code"));
            assertEquals(1002, client.awaitClose().code());
        }
    }

    private static void assertClosedWith(byte[] message, int code) {
        try (GoimClient client = GoimClient.connect()) {
            client.sendRaw(message);

            WireFrame error = client.nextFrame();
            JsonObject body = assertErrorFrame(error, error.seq(), code);
            GoimClient.Close close = client.awaitClose();
            assertEquals(code, close.code());
            assertEquals(body.getString("reason"), close.reason());
            assertTrue(!close.reason().isBlank());
        }
    }
}
