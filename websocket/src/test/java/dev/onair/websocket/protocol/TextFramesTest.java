package dev.onair.websocket.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onair.websocket.protocol.ProtocolViolation.Kind;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextFramesTest {

    private static final int MAX_BODY = 4096;

    @Test
    void decodesTheDocumentedForm() throws ProtocolViolation {
        Frame frame = TextFrames.decode("{\"ver\":1,\"op\":7,\"seq\":1,\"body\":{\"token\":\"t\"}}", MAX_BODY);
        assertEquals(new Frame(1, 7, 1, "{\"token\":\"t\"}".getBytes(StandardCharsets.UTF_8)), frame);
    }

    @Test
    void takesAStringBodyAsItsBytes() throws ProtocolViolation {
        Frame frame = TextFrames.decode("{\"op\":12,\"seq\":4,\"body\":\"live://1001\"}", MAX_BODY);
        assertEquals(new Frame(1, 12, 4, "live://1001".getBytes(StandardCharsets.UTF_8)), frame);
    }

    @Test
    void defaultsVersionSequenceAndBody() throws ProtocolViolation {
        assertEquals(new Frame(1, 2, 0, new byte[0]), TextFrames.decode("{\"op\":2}", MAX_BODY));
        assertEquals(new Frame(1, 2, 0, new byte[0]), TextFrames.decode("{\"op\":2,\"body\":null}", MAX_BODY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"op\":2", "[1,2]", "\"op\"", "{\"op\":2} trailing",
            "{\"seq\":1}", "{\"op\":\"2\"}", "{\"op\":2.5}", "{\"op\":2147483648}", "{\"op\":2,\"ver\":70000}"})
    void refusesMalformedFrames(String message) {
        ProtocolViolation violation = assertThrows(ProtocolViolation.class, () -> TextFrames.decode(message, MAX_BODY));
        assertEquals(Kind.MALFORMED, violation.kind());
    }

    @Test
    void refusesABodyOverTheLimitAsTooBig() {
        String message = "{\"op\":7,\"body\":\"" + "x".repeat(11) + "\"}";
        ProtocolViolation violation = assertThrows(ProtocolViolation.class, () -> TextFrames.decode(message, 10));
        assertEquals(Kind.TOO_BIG, violation.kind());
    }

    @Test
    void embedsJsonBodiesAsValuesAndOtherBytesAsStrings() {
        JsonObject object = parse(TextFrames.encode(Frame.push(1000, utf8("{\"msg\":\"hi\"}"))));
        assertEquals("hi", object.getJsonObject("body").getString("msg"));
        assertEquals(1000, object.getInt("op"));
        assertEquals(1, object.getInt("ver"));
        assertEquals(0, object.getInt("seq"));

        assertEquals("hello world", parse(TextFrames.encode(Frame.push(1000, utf8("hello world")))).getString("body"));
        assertEquals("1000,1001", parse(TextFrames.encode(Frame.push(15, utf8("1000,1001")))).getString("body"));
        assertEquals(42, parse(TextFrames.encode(Frame.push(1000, utf8("42")))).getInt("body"));
    }

    @Test
    void leavesOutAnEmptyBody() {
        JsonObject object = parse(TextFrames.encode(new Frame(1, 8, 3, new byte[0])));
        assertEquals(3, object.getInt("seq"));
        assertEquals(8, object.getInt("op"));
        assertEquals(false, object.containsKey("body"));
    }

    @Test
    void mapsBodiesBothWays() throws ProtocolViolation {
        for (String body : new String[] {"{\"a\":[1,2]}", "plain text", "live://1"}) {
            String encoded = TextFrames.encode(Frame.push(1000, utf8(body)));
            assertEquals(body, new String(TextFrames.decode(encoded, MAX_BODY).body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void replacesInvalidUtf8InOutboundBodies() {
        JsonValue value = TextFrames.bodyValue(new byte[] {'a', (byte) 0xff});
        assertEquals("\"a\ufffd\"", value.toString());
        assertNull(TextFrames.bodyValue(new byte[0]));
    }

    private static JsonObject parse(String text) {
        return (JsonObject) Json.parse(text);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
