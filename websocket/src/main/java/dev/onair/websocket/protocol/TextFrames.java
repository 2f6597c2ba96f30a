package dev.onair.websocket.protocol;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;

/**
 * The JSON text form goim documents (docs/proto.md): one text message is
 * {@code {"ver":1,"op":7,"seq":1,"body":...}}. {@code op} is required;
 * {@code ver} defaults to 1 and {@code seq} to 0.
 *
 * <p>Bodies map to the same bytes as in the binary form, so everything past
 * decoding is form-blind: a JSON string body stands for its UTF-8 bytes (so
 * {@code "body":"live://1001"} changes room exactly like the binary body
 * {@code live://1001}), any other JSON body for its JSON text (so
 * {@code "body":{"token":...}} is an auth body). Outbound, bytes that are one
 * JSON value are embedded as that value and anything else as a string, so a
 * pushed {@code {"msg":"hi"}} arrives as an object, not as escaped text.
 * Payload bytes that are not UTF-8 cannot be carried in the text form; they
 * arrive with U+FFFD in place of the invalid bytes.
 */
public final class TextFrames {

    private TextFrames() {
    }

    public static Frame decode(String message, int maxBody) throws ProtocolViolation {
        JsonValue parsed;
        try {
            parsed = Json.parse(message);
        } catch (JsonException e) {
            throw ProtocolViolation.malformed("text frame is not valid JSON");
        }
        if (!(parsed instanceof JsonObject frame)) {
            throw ProtocolViolation.malformed("text frame must be a JSON object");
        }
        if (!frame.containsKey("op")) {
            throw ProtocolViolation.malformed("text frame has no op");
        }
        int ver = integer(frame, "ver", Frame.VERSION);
        if (ver < Short.MIN_VALUE || ver > Short.MAX_VALUE) {
            throw ProtocolViolation.malformed("ver must be an int16");
        }
        int op = integer(frame, "op", 0);
        int seq = integer(frame, "seq", 0);
        byte[] body = bodyBytes(frame.get("body"));
        if (body.length > maxBody) {
            throw ProtocolViolation.tooBig("body over " + maxBody + " bytes");
        }
        return new Frame(ver, op, seq, body);
    }

    /** Renders a frame, its body mapped as described above. */
    public static String encode(Frame frame) {
        return encode(frame, bodyValue(frame.body()));
    }

    /** Renders a frame with an explicit body value ({@code null}: no body member). */
    public static String encode(Frame frame, JsonValue body) {
        JsonObjectBuilder out = Json.PROVIDER.createObjectBuilder()
                .add("ver", frame.ver())
                .add("op", frame.op())
                .add("seq", frame.seq());
        if (body != null) {
            out.add("body", body);
        }
        return out.build().toString();
    }

    /** The JSON value standing for body bytes; {@code null} for an empty body. */
    public static JsonValue bodyValue(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            return Json.parse(text);
        } catch (JsonException e) {
            return Json.PROVIDER.createValue(text);
        }
    }

    private static byte[] bodyBytes(JsonValue body) {
        if (body == null || body == JsonValue.NULL) {
            return new byte[0];
        }
        String text = body instanceof JsonString string ? string.getString() : body.toString();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int integer(JsonObject frame, String name, int absent) throws ProtocolViolation {
        JsonValue value = frame.get(name);
        if (value == null) {
            return absent;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw ProtocolViolation.malformed(name + " must be an integer");
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw ProtocolViolation.malformed(name + " must be an int32");
        }
    }
}
