package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the private and group chat ITs share: op-4 requests, their answers, pushes, stored rows. */
final class Conversing {

    static final int PRIVATE = 1001;
    static final int GROUP = 1002;
    static final int RECEIPT = 1003;
    static final List<Integer> ACCEPTS = List.of(PRIVATE, GROUP, RECEIPT);
    static final Duration STORED = Duration.ofSeconds(15);

    private Conversing() {
    }

    static String privateId(long a, long b) {
        return "p-" + Math.min(a, b) + "-" + Math.max(a, b);
    }

    static String message(String to, String content, String clientId) {
        var body = Json.createObjectBuilder().add("to", to).add("type", "text").add("content", content);
        if (clientId != null) {
            body.add("client_id", clientId);
        }
        return body.build().toString();
    }

    /** Sends op 4 and returns the body of its op-5 answer (other frames read meanwhile are dropped). */
    static JsonObject request(GoimClient client, int seq, String body) {
        client.send(WireFrame.of(4, seq, body));
        List<WireFrame> answer = client.pushes(1, f -> f.op() == 5 && f.seq() == seq, GoimClient.WAIT);
        assertEquals(1, answer.size(), "op 5 for seq " + seq);
        return json(answer.get(0));
    }

    static JsonObject send(GoimClient client, int seq, String to, String content) {
        JsonObject answer = request(client, seq, message(to, content, null));
        assertTrue(answer.containsKey("id"), "accepted: " + answer);
        return answer;
    }

    /** Sends each content in turn (sequences 1, 2, ...) and answers the ids they were accepted under. */
    static List<Long> sendAll(GoimClient client, String to, String... contents) {
        List<Long> ids = new ArrayList<>();
        for (String content : contents) {
            ids.add(id(send(client, ids.size() + 1, to, content)));
        }
        return ids;
    }

    /**
     * {@code from} sends each content to user {@code to} from a socket of its
     * own that it closes again, while {@code to} has none; answers the ids
     * once all are stored, so that they wait as {@code to}'s backlog.
     */
    static List<Long> sentWhileAway(Account from, Account to, String... contents) {
        List<Long> ids;
        try (GoimClient sender = online(from)) {
            ids = sendAll(sender, "user:" + to.id(), contents);
        }
        ids.forEach(id -> assertTrue(stored(id).isPresent(), "stored: " + id));
        return ids;
    }

    /** A socket of the user in no room, accepting private and group messages and receipts. */
    static GoimClient online(Account account) {
        return GoimClient.authenticated(account, "", ACCEPTS);
    }

    static JsonObject ack(GoimClient client, int seq, String kind, String conversation, long id) {
        return request(client, seq, Json.createObjectBuilder().add("ack", kind).add("conversation", conversation)
                .add("id", id).build().toString());
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValueExact();
    }

    static JsonObject json(WireFrame frame) {
        return Json.createReader(new StringReader(new String(frame.body(), StandardCharsets.UTF_8))).readObject();
    }

    static List<JsonObject> messages(GoimClient client, int op, int count) {
        return client.pushes(count, f -> f.op() == op, GoimClient.WAIT).stream().map(Conversing::json).toList();
    }

    /** The ids of the next {@code count} pushes of the op, in the order they came. */
    static List<Long> ids(GoimClient client, int op, int count) {
        return messages(client, op, count).stream().map(Conversing::id).toList();
    }

    /** content|sender|conversation of a stored private or group message, once the MDB has stored it. */
    static Optional<String> stored(long id) {
        return Poll.until(STORED, () -> row(id));
    }

    static Optional<String> row(long id) {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT content, sender_id, conversation_id FROM conversation_messages WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getString(3))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, Object... params) {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** delivered|read cursors of a user in a conversation. */
    static String cursors(String conversation, long userId) {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT delivered_id, read_id FROM conversation_members WHERE conversation_id = ? AND user_id = ?")) {
            query.setString(1, conversation);
            query.setLong(2, userId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) + "|" + rs.getLong(2) : "none";
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(Stack.api(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token);
    }

    static java.net.http.HttpResponse<String> put(String path, String json, String token) {
        return Api.send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
