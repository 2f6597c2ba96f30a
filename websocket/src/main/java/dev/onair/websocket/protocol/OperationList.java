package dev.onair.websocket.protocol;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The body of subscribe (op 14) and unsubscribe (op 16): goim's
 * comma-separated int32 list, {@code 1000,1001}. A JSON array
 * {@code [1000,1001]} is accepted too, which is what a text-form client
 * naturally sends. An empty body is an empty list. goim silently ignores a
 * list it cannot parse; OnAir refuses it as malformed so the client learns
 * its subscription did not happen.
 */
public final class OperationList {

    private OperationList() {
    }

    public static Set<Integer> parse(byte[] body) throws ProtocolViolation {
        String text = Utf8.decode(body).strip();
        Set<Integer> ops = new LinkedHashSet<>();
        if (text.isEmpty()) {
            return ops;
        }
        if (text.startsWith("[")) {
            JsonValue parsed;
            try {
                parsed = Json.parse(text);
            } catch (JsonException e) {
                throw ProtocolViolation.malformed("operation list is not valid JSON");
            }
            for (JsonValue op : (JsonArray) parsed) {
                ops.add(op(op));
            }
            return ops;
        }
        for (String op : text.split(",", -1)) {
            try {
                ops.add(Integer.parseInt(op.strip()));
            } catch (NumberFormatException e) {
                throw ProtocolViolation.malformed("operations must be comma-separated int32s");
            }
        }
        return ops;
    }

    static int op(JsonValue value) throws ProtocolViolation {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                // falls through to the violation below
            }
        }
        throw ProtocolViolation.malformed("operations must be int32s");
    }
}
