package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kicks and bans per room, for administrators: a kick closes the user's
 * sockets in the room with 1008 "kicked from room" and they may come back; a
 * ban does the same with "banned from room" and then refuses auth into the
 * room (error frame, 1008) and a room change into it (error frame 403, no op
 * 13, the socket stays) until lifted; both reach sockets on node 2 too.
 */
class RoomKickBanIT {

    @Test
    void aKickedClientIsClosedWith1008AndMayRejoin() throws SQLException {
        String admin = RoomMessagesIT.adminToken();
        Account alice = Api.newAccount("rka");
        Account bob = Api.newAccount("rkb");
        String room = Rooms.fresh();
        String kick = RoomMessagesIT.roomPath(room) + "/kicks/" + alice.id();
        try (GoimClient kicked = GoimClient.authenticated(alice, room, List.of());
             GoimClient elsewhere = GoimClient.authenticated(alice, Rooms.fresh(), List.of());
             GoimClient bystander = GoimClient.authenticated(bob, room, List.of())) {
            assertEquals(403, Api.send(post(kick, alice.token())).statusCode(), "admins only");
            assertEquals(204, Api.send(post(kick, admin)).statusCode());

            assertClosed(kicked, "kicked from room");
            assertFalse(elsewhere.isClosed(), "the user's sockets in other rooms stay");
            assertFalse(bystander.isClosed(), "other users in the room stay");
        }
        try (GoimClient back = GoimClient.authenticated(alice, room, List.of())) {
            assertFalse(back.isClosed(), "a kick is not a ban: the user may rejoin");
        }
    }

    @Test
    void aBannedUserIsClosedAndKeptOutUntilUnbanned() throws SQLException {
        String admin = RoomMessagesIT.adminToken();
        Account alice = Api.newAccount("rbn");
        String room = Rooms.fresh();
        String other = Rooms.fresh();
        String ban = RoomMessagesIT.roomPath(room) + "/bans/" + alice.id();

        assertEquals(403, Api.send(RoomMessagesIT.put(ban, "{\"seconds\":60}", alice.token())).statusCode());
        assertEquals(403, Api.delete(ban, alice.token()).statusCode());
        assertEquals(400, Api.send(RoomMessagesIT.put(ban, "{\"seconds\":0}", admin)).statusCode());
        assertEquals(400, Api.send(RoomMessagesIT.put(ban, "{\"seconds\":2592001}", admin)).statusCode());

        try (GoimClient inRoom = GoimClient.authenticated(alice, room, List.of())) {
            assertEquals(204, Api.send(RoomMessagesIT.put(ban, "{\"seconds\":600}", admin)).statusCode());
            assertClosed(inRoom, "banned from room");
        }
        assertAuthRefused(Stack.ws(), alice, room);

        try (GoimClient outside = GoimClient.authenticated(alice, other, List.of())) {
            outside.send(WireFrame.of(12, 5, room));
            WireFrame refused = outside.pushes(1, f -> f.op() == 6 || f.op() == 13, GoimClient.WAIT).get(0);
            assertEquals(6, refused.op(), "no op 13 into a room one is banned from");
            assertEquals(5, refused.seq());
            assertEquals(403, json(refused).getInt("code"));
            assertEquals("banned from room", json(refused).getString("reason"));
            assertEquals(List.of(), outside.silence(f -> f.op() == 13, Duration.ofMillis(500)));
            assertFalse(outside.isClosed(), "the socket stays, in its old room");
            outside.send(new WireFrame(1, 2, 6, new byte[0]));
            assertEquals(1, outside.pushes(1, f -> f.op() == 3 && f.seq() == 6, GoimClient.WAIT).size());

            assertEquals(204, Api.delete(ban, admin).statusCode());
            outside.send(WireFrame.of(12, 7, room));
            assertEquals(1, outside.pushes(1, f -> f.op() == 13 && f.seq() == 7, GoimClient.WAIT).size(),
                    "unbanned: the room change goes through");
        }
        try (GoimClient back = GoimClient.authenticated(alice, room, List.of())) {
            assertFalse(back.isClosed());
        }
    }

    @Test
    void aBanWithoutSecondsLastsUntilLifted() throws SQLException {
        String admin = RoomMessagesIT.adminToken();
        Account alice = Api.newAccount("rbp");
        String room = Rooms.fresh();
        String ban = RoomMessagesIT.roomPath(room) + "/bans/" + alice.id();
        assertEquals(204, Api.send(RoomMessagesIT.put(ban, "{}", admin)).statusCode());
        assertAuthRefused(Stack.ws(), alice, room);
        assertEquals(204, Api.delete(ban, admin).statusCode());
        try (GoimClient back = GoimClient.authenticated(alice, room, List.of())) {
            assertFalse(back.isClosed());
        }
    }

    @Test
    void kicksAndBansReachSocketsOnNodeTwo() throws SQLException {
        String node2 = Stack.http2();
        assumeFalse(node2.isEmpty(), "a one-node stack: no -Donair.it.http2 (bin/onair test passes it with ONAIR_NODES=2)");
        String ws2 = node2.replaceFirst("^http", "ws") + "/ws/sub";
        String admin = RoomMessagesIT.adminToken();
        Account alice = Api.newAccount("rkc");
        String room = Rooms.fresh();
        try (GoimClient onTwo = GoimClient.authenticatedAt(ws2, alice, room, List.of(), "")) {
            assertEquals(204, Api.send(post(RoomMessagesIT.roomPath(room) + "/kicks/" + alice.id(), admin))
                    .statusCode());
            assertClosed(onTwo, "kicked from room");
        }
        String ban = RoomMessagesIT.roomPath(room) + "/bans/" + alice.id();
        try (GoimClient onTwo = GoimClient.authenticatedAt(ws2, alice, room, List.of(), "")) {
            assertEquals(204, Api.send(RoomMessagesIT.put(ban, "{\"seconds\":600}", admin)).statusCode());
            assertClosed(onTwo, "banned from room");
        }
        assertAuthRefused(ws2, alice, room);
        assertEquals(204, Api.delete(ban, admin).statusCode());
    }

    private static void assertClosed(GoimClient client, String reason) {
        WireFrame error = client.pushes(1, f -> f.op() == 6, GoimClient.WAIT).get(0);
        assertEquals(1008, json(error).getInt("code"));
        assertEquals(reason, json(error).getString("reason"));
        GoimClient.Close close = client.awaitClose();
        assertEquals(1008, close.code());
        assertEquals(reason, close.reason());
    }

    private static void assertAuthRefused(String ws, Account account, String room) {
        try (GoimClient client = GoimClient.connect(ws)) {
            client.send(WireFrame.of(7, 3, GoimClient.auth(account.id(), account.token(), room, List.of(), "")
                    .toString()));
            JsonObject error = SubAuthIT.assertErrorFrame(client.nextFrame(), 3, 1008);
            assertEquals("banned from room", error.getString("reason"));
            GoimClient.Close close = client.awaitClose();
            assertEquals(1008, close.code());
            assertEquals("banned from room", close.reason());
        }
    }

    private static HttpRequest post(String path, String token) {
        return HttpRequest.newBuilder(Stack.api(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private static JsonObject json(WireFrame frame) {
        return Json.createReader(new StringReader(frame.text())).readObject();
    }
}
