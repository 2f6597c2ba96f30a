package dev.onair.websocket.chat;

import dev.onair.chat.message.boundary.Draft;
import dev.onair.chat.message.boundary.MessageRefused;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The body of an op-4 frame: either a JSON object
 * {@code {"type":"text","content":"...","client_id":"..."}} ({@code type}
 * defaults to text, {@code client_id} is optional), or, as goim clients send,
 * the raw UTF-8 text of a text message. A body whose first non-blank
 * character is {@code {} is taken for JSON and must then be valid; a body
 * that is not valid UTF-8 is refused rather than repaired with U+FFFD.
 */
final class ChatRequest {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ChatRequest() {
    }

    static Draft parse(byte[] body) {
        String text = utf8(body);
        if (!text.stripLeading().startsWith("{")) {
            return Draft.text(text);
        }
        return draft(object(text));
    }

    /** The body's JSON object, when it is one (first non-blank character {@code {}). */
    static JsonObject object(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw MessageRefused.invalid("malformed message JSON");
        }
    }

    /** The message fields of an op-4 JSON body. */
    static Draft draft(JsonObject object) {
        return new Draft(string(object, "type", Draft.TEXT), string(object, "content", null),
                string(object, "client_id", null));
    }

    static String string(JsonObject object, String name, String absent) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return absent;
        }
        if (!(value instanceof JsonString string)) {
            throw MessageRefused.invalid(name + " must be a string");
        }
        return string.getString();
    }

    static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw MessageRefused.invalid("body is not valid UTF-8");
        }
    }
}
