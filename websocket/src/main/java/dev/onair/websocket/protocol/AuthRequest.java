package dev.onair.websocket.protocol;

import dev.onair.chat.boundary.ConnectionKeys;
import dev.onair.chat.boundary.RoomIds;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The body of goim's auth frame (op 7), plus OnAir's {@code token} and
 * optional {@code heartbeat}:
 * {@code {"mid":123,"key":"","room_id":"live://1000","platform":"web","accepts":[1000],"token":"...","heartbeat":30}}.
 * Every member is optional here; whether the token is present and valid is
 * the server's policy, decided after parsing. Unknown members are ignored so
 * newer clients keep working.
 *
 * @param mid      the user id the client claims; 0 = "whoever the token says"
 * @param key      the connection key the client wants; empty = let the server create one
 * @param roomId   the room to join, {@code type://id}; empty = no room
 * @param platform free text such as web, android, ios
 * @param accepts  business ops the client wants pushed to its key, user id or everyone
 * @param token    the access token; empty when absent
 * @param heartbeat the seconds between the client's heartbeats, when it states them
 *                  (at least {@link #MIN_HEARTBEAT}); 0 = not stated
 */
public record AuthRequest(long mid, String key, String roomId, String platform, Set<Integer> accepts,
                          String token, int heartbeat) {

    static final int MAX_PLATFORM = 32;
    /** The shortest heartbeat interval a client may state: its window is then 4 s, four deadline sweeps. */
    public static final int MIN_HEARTBEAT = 2;

    public AuthRequest {
        accepts = Set.copyOf(accepts);
    }

    public static AuthRequest parse(byte[] body) throws ProtocolViolation {
        JsonValue parsed;
        try {
            parsed = Json.parse(Utf8.decode(body));
        } catch (JsonException e) {
            throw ProtocolViolation.malformed("auth body is not valid JSON");
        }
        if (!(parsed instanceof JsonObject auth)) {
            throw ProtocolViolation.malformed("auth body must be a JSON object");
        }
        long mid = mid(auth.get("mid"));
        String key = string(auth, "key");
        if (!key.isEmpty() && !ConnectionKeys.isValid(key)) {
            throw ProtocolViolation.malformed("key must be 1-64 of A-Z a-z 0-9 . _ : -");
        }
        String roomId = string(auth, "room_id");
        if (!roomId.isEmpty() && !RoomIds.isValid(roomId)) {
            throw ProtocolViolation.malformed("room_id must be type://id");
        }
        String platform = string(auth, "platform");
        if (platform.length() > MAX_PLATFORM) {
            throw ProtocolViolation.malformed("platform longer than " + MAX_PLATFORM);
        }
        return new AuthRequest(mid, key, roomId, platform, accepts(auth.get("accepts")), string(auth, "token"),
                heartbeat(auth.get("heartbeat")));
    }

    /** Whole seconds, {@link #MIN_HEARTBEAT} or more; any larger one is capped by the server's window. */
    private static int heartbeat(JsonValue value) throws ProtocolViolation {
        if (value == null || value == JsonValue.NULL) {
            return 0;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                int seconds = number.intValueExact();
                if (seconds >= MIN_HEARTBEAT) {
                    return seconds;
                }
            } catch (ArithmeticException e) {
                // falls through to the violation below
            }
        }
        throw ProtocolViolation.malformed("heartbeat must be whole seconds from " + MIN_HEARTBEAT + " to "
                + Integer.MAX_VALUE);
    }

    private static long mid(JsonValue value) throws ProtocolViolation {
        if (value == null || value == JsonValue.NULL) {
            return 0;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                long mid = number.longValueExact();
                if (mid >= 0) {
                    return mid;
                }
            } catch (ArithmeticException e) {
                // falls through to the violation below
            }
        }
        throw ProtocolViolation.malformed("mid must be a non-negative integer");
    }

    private static String string(JsonObject auth, String name) throws ProtocolViolation {
        JsonValue value = auth.get(name);
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        if (!(value instanceof JsonString string)) {
            throw ProtocolViolation.malformed(name + " must be a string");
        }
        return string.getString();
    }

    private static Set<Integer> accepts(JsonValue value) throws ProtocolViolation {
        Set<Integer> accepts = new LinkedHashSet<>();
        if (value == null || value == JsonValue.NULL) {
            return accepts;
        }
        if (!(value instanceof JsonArray array)) {
            throw ProtocolViolation.malformed("accepts must be an array of ops");
        }
        for (JsonValue op : array) {
            accepts.add(OperationList.op(op));
        }
        return accepts;
    }
}
