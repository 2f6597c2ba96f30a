package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Database;
import dev.onair.it.support.Poll;
import dev.onair.it.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Room (danmaku) messages over the socket: op 4 in, op 5 to the sender, op
 * 1000 to the room, a row in {@code chat_messages}; the refusals; the
 * history on join and over HTTP; mutes and slow mode. Every test has its own accounts (the rate
 * limit is per user) and its own room.
 */
class RoomMessagesIT {

    private static final Duration STORED = Duration.ofSeconds(15);

    @Test
    void deliversToTheRoomAnswersTheSenderAndStoresTheMessage() throws SQLException {
        Account alice = Api.newAccount("rma");
        Account bob = Api.newAccount("rmb");
        String room = Rooms.fresh();
        try (GoimClient sender = GoimClient.authenticated(alice, room, List.of());
             GoimClient listener = GoimClient.authenticated(bob, room, List.of())) {
            sender.send(WireFrame.of(4, 42, message("text", "hello room", "c-1")));

            List<WireFrame> mine = sender.pushes(2, f -> f.op() == 5 || f.op() == 1000, GoimClient.WAIT);
            JsonObject answer = json(only(mine, 5));
            assertEquals(42, only(mine, 5).seq(), "op 5 echoes the sequence");
            long id = answer.getJsonNumber("id").longValueExact();
            assertTrue(answer.getJsonNumber("ts").longValueExact() > 0);

            JsonObject delivered = json(listener.pushes(1, f -> f.op() == 1000, GoimClient.WAIT).get(0));
            assertEquals(id, delivered.getJsonNumber("id").longValueExact());
            assertEquals(room, delivered.getString("room"));
            assertEquals(alice.id(), delivered.getJsonObject("from").getJsonNumber("id").longValueExact());
            assertEquals(alice.username(), delivered.getJsonObject("from").getString("name"));
            assertEquals("text", delivered.getString("type"));
            assertEquals("hello room", delivered.getString("content"));
            assertEquals(answer.getJsonNumber("ts"), delivered.getJsonNumber("ts"));
            assertEquals(delivered, json(only(mine, 1000)), "the sender gets its own message too");

            assertEquals(Optional.of("hello room|" + alice.id() + "|c-1|" + room),
                    Poll.until(STORED, () -> row(id)), "archived by the MDB");
        }
    }

    @Test
    void acceptsAPlainTextBodyAsGoimClientsSendIt() {
        Account alice = Api.newAccount("rmp");
        String room = Rooms.fresh();
        try (GoimClient sender = GoimClient.authenticated(alice, room, List.of())) {
            sender.send(WireFrame.of(4, 3, "弹幕 raw"));

            List<WireFrame> mine = sender.pushes(2, f -> f.op() == 5 || f.op() == 1000, GoimClient.WAIT);
            assertTrue(json(only(mine, 5)).containsKey("id"), "accepted: " + only(mine, 5).text());
            assertEquals("弹幕 raw", json(only(mine, 1000)).getString("content"));
        }
    }

    @Test
    void speaksTheJsonTextFormToo() {
        Account alice = Api.newAccount("rmt");
        String room = Rooms.fresh();
        try (GoimClient client = GoimClient.authenticatedInText(alice, room, List.of())) {

            client.sendText("{\"ver\":1,\"op\":4,\"seq\":2,\"body\":{\"type\":\"text\",\"content\":\"in text\"}}");
            List<JsonObject> got = List.of(client.nextText(), client.nextText());
            JsonObject answer = got.stream().filter(m -> m.getInt("op") == 5).findFirst().orElseThrow();
            JsonObject pushed = got.stream().filter(m -> m.getInt("op") == 1000).findFirst().orElseThrow();
            assertEquals(2, answer.getInt("seq"));
            assertEquals(answer.getJsonObject("body").getJsonNumber("id"),
                    pushed.getJsonObject("body").getJsonNumber("id"));
            assertEquals("in text", pushed.getJsonObject("body").getString("content"));
        }
    }

    @Test
    void aRepeatedClientIdIsStoredAndDeliveredOnce() throws SQLException {
        Account alice = Api.newAccount("rmd");
        Account bob = Api.newAccount("rme");
        String room = Rooms.fresh();
        String clientId = "retry-" + UUID.randomUUID();
        try (GoimClient sender = GoimClient.authenticated(alice, room, List.of());
             GoimClient listener = GoimClient.authenticated(bob, room, List.of())) {
            sender.send(WireFrame.of(4, 1, message("text", "once", clientId)));
            JsonObject first = json(sender.pushes(1, f -> f.op() == 5, GoimClient.WAIT).get(0));
            sender.send(WireFrame.of(4, 2, message("text", "once", clientId)));
            JsonObject second = json(sender.pushes(1, f -> f.op() == 5, GoimClient.WAIT).get(0));

            assertEquals(first.getJsonNumber("id"), second.getJsonNumber("id"), "the retry gets the first id");
            assertTrue(second.getBoolean("duplicate"), "and is marked as a duplicate");
            assertEquals(1, listener.pushes(1, f -> f.op() == 1000, GoimClient.WAIT).size());
            assertEquals(List.of(), listener.silence(f -> f.op() == 1000, Duration.ofSeconds(1)), "delivered once");
            long id = first.getJsonNumber("id").longValueExact();
            assertTrue(Poll.until(STORED, () -> row(id)).isPresent());
            assertEquals(1, count("select count(*) from chat_messages where sender_id = ? and client_id = ?",
                    alice.id(), clientId));
        }
    }

    @Test
    void refusesBadMessagesWithAnErrorAndKeepsTheSocketOpen() {
        Account alice = Api.newAccount("rmx");
        String room = Rooms.fresh();
        try (GoimClient sender = GoimClient.authenticated(alice, room, List.of())) {
            List<WireFrame> bad = List.of(
                    WireFrame.of(4, 1, message("text", "", null)),
                    WireFrame.of(4, 2, message("text", "x".repeat(501), null)),
                    WireFrame.of(4, 3, "{\"content\": oops"),
                    new WireFrame(1, 4, 4, new byte[] {(byte) 0xC3, (byte) 0x28}),
                    WireFrame.of(4, 5, message("video", "v", null)),
                    WireFrame.of(4, 6, ""));
            for (WireFrame frame : bad) {
                sender.send(frame);
                WireFrame reply = sender.pushes(1, f -> f.op() == 5, GoimClient.WAIT).get(0);
                assertEquals(frame.seq(), reply.seq());
                assertEquals(400, json(reply).getInt("code"), "refused: " + reply.text());
                assertFalse(json(reply).getString("reason").isBlank());
            }
            assertEquals(List.of(), sender.silence(f -> f.op() == 1000, Duration.ofMillis(500)), "nothing delivered");

            sender.send(new WireFrame(1, 2, 9, new byte[0]));
            assertEquals(1, sender.pushes(1, f -> f.op() == 3, GoimClient.WAIT).size(), "still served");
            assertFalse(sender.isClosed());
        }
    }

    @Test
    void refusesMessagesOverTheRateWithoutClosing() {
        Account alice = Api.newAccount("rmr");
        String room = Rooms.fresh();
        try (GoimClient sender = GoimClient.authenticated(alice, room, List.of())) {
            // 12 sends within one 2 s span touch at most two 5-message windows: at least 2 are refused
            IntStream.rangeClosed(1, 12).forEach(i -> sender.send(WireFrame.of(4, i, message("text", "m" + i, null))));

            List<JsonObject> answers = sender.pushes(12, f -> f.op() == 5, GoimClient.WAIT).stream()
                    .map(RoomMessagesIT::json).toList();
            assertEquals(12, answers.size());
            long limited = answers.stream().filter(a -> a.getInt("code", 0) == 429).count();
            assertTrue(limited >= 2, "over the rate: " + answers);
            assertTrue(answers.stream().allMatch(a -> a.containsKey("id") || a.getInt("code") == 429));
            assertFalse(sender.isClosed());
        }
    }

    @Test
    void masksSensitiveWordsInDeliveryAndStorage() throws SQLException {
        Account alice = Api.newAccount("rms");
        String room = Rooms.fresh();
        try (GoimClient sender = GoimClient.authenticated(alice, room, List.of())) {
            sender.send(WireFrame.of(4, 1, message("text", "what a ShIt show", null)));

            List<WireFrame> mine = sender.pushes(2, f -> f.op() == 5 || f.op() == 1000, GoimClient.WAIT);
            assertEquals("what a *** show", json(only(mine, 1000)).getString("content"));
            long id = json(only(mine, 5)).getJsonNumber("id").longValueExact();
            assertEquals("what a *** show", Poll.until(STORED, () -> row(id)).orElseThrow().split("\\|")[0]);
        }
    }

    @Test
    void aLateJoinerGetsTheRoomsLastMessagesInOrder() {
        Account alice = Api.newAccount("rmh");
        Account bob = Api.newAccount("rmi");
        Account carol = Api.newAccount("rmj");
        String room = Rooms.fresh();
        try (GoimClient sender = GoimClient.authenticated(alice, room, List.of())) {
            for (int i = 1; i <= 3; i++) {
                sender.send(WireFrame.of(4, i, message("text", "before you came " + i, null)));
                sender.pushes(1, f -> f.op() == 5, GoimClient.WAIT);
            }
            assertTrue(Poll.until(STORED, () -> roomCount(room) == 3 ? Optional.of(3) : Optional.empty())
                    .isPresent(), "all three archived");

            try (GoimClient late = GoimClient.authenticated(bob, room, List.of())) {
                assertEquals(List.of("before you came 1", "before you came 2", "before you came 3"),
                        contents(late.pushes(3, f -> f.op() == 1000, GoimClient.WAIT)), "history on auth");
            }
            try (GoimClient mover = GoimClient.authenticated(carol, Rooms.fresh(), List.of())) {
                mover.send(WireFrame.of(12, 7, room));
                assertEquals(13, mover.nextFrame().op());
                assertEquals(List.of("before you came 1", "before you came 2", "before you came 3"),
                        contents(mover.pushes(3, f -> f.op() == 1000, GoimClient.WAIT)), "history on room change");
            }
        }
    }

    @Test
    void pagesTheRoomsHistoryNewestFirstForTokenHoldersOnly() {
        Account alice = Api.newAccount("rmq");
        String room = Rooms.fresh();
        String path = roomPath(room) + "/messages";
        List<Long> ids = new ArrayList<>();
        try (GoimClient sender = GoimClient.authenticated(alice, room, List.of())) {
            for (int i = 1; i <= 5; i++) {
                sender.send(WireFrame.of(4, i, message("text", "page " + i, null)));
                ids.add(json(sender.pushes(1, f -> f.op() == 5, GoimClient.WAIT).get(0)).getJsonNumber("id")
                        .longValueExact());
            }
        }
        assertTrue(Poll.until(STORED, () -> roomCount(room) == 5 ? Optional.of(5) : Optional.empty()).isPresent());

        HttpResponse<String> anonymous = Api.get(path, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        JsonObject first = page(path + "?limit=2", alice.token());
        assertEquals(List.of(ids.get(4), ids.get(3)), pageIds(first));
        assertEquals("page 5", first.getJsonArray("items").getJsonObject(0).getString("content"));
        JsonObject second = page(path + "?limit=2&before=" + first.getJsonNumber("next"), alice.token());
        assertEquals(List.of(ids.get(2), ids.get(1)), pageIds(second));
        JsonObject last = page(path + "?limit=2&before=" + second.getJsonNumber("next"), alice.token());
        assertEquals(List.of(ids.get(0)), pageIds(last));
        assertFalse(last.containsKey("next") && !last.isNull("next"), "no page after the last");

        HttpResponse<String> badLimit = Api.get(path + "?limit=0", alice.token());
        assertEquals(400, badLimit.statusCode());
        assertTrue(badLimit.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(400, Api.get(path + "?before=abc", alice.token()).statusCode());
    }

    @Test
    void anAdministratorMutesAUserInOneRoomOnly() throws SQLException {
        String admin = adminToken();
        Account alice = Api.newAccount("rmm");
        String room = Rooms.fresh();
        String other = Rooms.fresh();
        String mutes = roomPath(room) + "/mutes/" + alice.id();

        assertEquals(403, Api.send(put(mutes, "{\"seconds\":60}", alice.token())).statusCode(), "admins only");
        assertEquals(400, Api.send(put(mutes, "{\"seconds\":0}", admin)).statusCode());
        assertEquals(204, Api.send(put(mutes, "{\"seconds\":60}", admin)).statusCode());
        try (GoimClient muted = GoimClient.authenticated(alice, room, List.of())) {
            muted.send(WireFrame.of(4, 1, message("text", "let me speak", null)));
            JsonObject refused = json(muted.pushes(1, f -> f.op() == 5, GoimClient.WAIT).get(0));
            assertEquals(403, refused.getInt("code"), refused.toString());

            muted.send(WireFrame.of(12, 2, other));
            muted.send(WireFrame.of(4, 3, message("text", "elsewhere", null)));
            assertTrue(json(muted.pushes(1, f -> f.op() == 5, GoimClient.WAIT).get(0)).containsKey("id"));

            assertEquals(204, Api.delete(mutes, admin).statusCode());
            muted.send(WireFrame.of(12, 4, room));
            muted.send(WireFrame.of(4, 5, message("text", "back", null)));
            assertTrue(json(muted.pushes(1, f -> f.op() == 5, GoimClient.WAIT).get(0)).containsKey("id"));
        }
    }

    @Test
    void slowModeAllowsOneMessagePerInterval() throws SQLException {
        String admin = adminToken();
        Account alice = Api.newAccount("rmw");
        String room = Rooms.fresh();
        String slowMode = roomPath(room) + "/slow-mode";
        assertEquals(204, Api.send(put(slowMode, "{\"seconds\":30}", admin)).statusCode());
        try (GoimClient sender = GoimClient.authenticated(alice, room, List.of())) {
            sender.send(WireFrame.of(4, 1, message("text", "first", null)));
            assertTrue(json(sender.pushes(1, f -> f.op() == 5, GoimClient.WAIT).get(0)).containsKey("id"));
            sender.send(WireFrame.of(4, 2, message("text", "too soon", null)));
            JsonObject refused = json(sender.pushes(1, f -> f.op() == 5, GoimClient.WAIT).get(0));
            assertEquals(429, refused.getInt("code"));
            assertTrue(refused.getString("reason").contains("slow mode"), refused.toString());

            assertEquals(204, Api.send(put(slowMode, "{\"seconds\":0}", admin)).statusCode());
            sender.send(WireFrame.of(4, 3, message("text", "free again", null)));
            assertTrue(json(sender.pushes(1, f -> f.op() == 5, GoimClient.WAIT).get(0)).containsKey("id"));
        }
    }

    /** A fresh account made administrator in the database, then signed in so its token carries the role. */
    static String adminToken() throws SQLException {
        Account account = Api.newAccount("rmadm");
        try (Connection db = Database.connect();
             PreparedStatement update = db.prepareStatement("update users set roles = 'admin,user' where id = ?")) {
            update.setLong(1, account.id());
            assertEquals(1, update.executeUpdate());
        }
        return Api.login(account.username(), Api.PASSWORD);
    }

    static String roomPath(String room) {
        return "/api/v1/rooms/live/" + room.substring("live://".length());
    }

    static HttpRequest put(String path, String json, String token) {
        return HttpRequest.newBuilder(Stack.api(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static JsonObject page(String path, String token) {
        HttpResponse<String> response = Api.get(path, token);
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response);
    }

    private static List<Long> pageIds(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("id").longValueExact()).toList();
    }

    private static List<String> contents(List<WireFrame> frames) {
        return frames.stream().map(f -> json(f).getString("content")).toList();
    }

    private static String message(String type, String content, String clientId) {
        var body = Json.createObjectBuilder().add("type", type).add("content", content);
        if (clientId != null) {
            body.add("client_id", clientId);
        }
        return body.build().toString();
    }

    private static WireFrame only(List<WireFrame> frames, int op) {
        List<WireFrame> matching = frames.stream().filter(f -> f.op() == op).toList();
        assertEquals(1, matching.size(), "one op " + op + " among " + frames);
        return matching.get(0);
    }

    private static JsonObject json(WireFrame frame) {
        return Json.createReader(new StringReader(new String(frame.body(), StandardCharsets.UTF_8))).readObject();
    }

    /** content|sender_id|client_id|room_id of an archived message. */
    private static Optional<String> row(long id) {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(
                "select content, sender_id, client_id, room_id from chat_messages where id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(String.join("|", rs.getString(1), Long.toString(rs.getLong(2)), rs.getString(3),
                        rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long roomCount(String room) {
        try {
            return count("select count(*) from chat_messages where room_id = ?", room);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
