package dev.onair.websocket.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onair.chat.message.boundary.Draft;
import dev.onair.chat.message.boundary.MessageRefused;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChatRequestTest {

    @Test
    void readsTheJsonForm() {
        String body = "{\"type\":\"link\",\"content\":\"https://x.org\",\"client_id\":\"c1\"}";

        Draft draft = ChatRequest.parse(bytes(body));

        assertEquals(new Draft("link", "https://x.org", "c1"), draft);
    }

    @Test
    void defaultsTheTypeToText() {
        assertEquals(new Draft("text", "hi", null), ChatRequest.parse(bytes("{\"content\":\"hi\"}")));
    }

    @Test
    void takesAnyOtherBodyAsRawText() {
        assertEquals(Draft.text("弹幕 hello"), ChatRequest.parse(bytes("弹幕 hello")));
        assertEquals(Draft.text("[1,2]"), ChatRequest.parse(bytes("[1,2]")));
    }

    @Test
    void refusesBrokenJsonWrongTypesAndInvalidUtf8() {
        refused(bytes("{\"content\":"), "malformed message JSON");
        refused(bytes("{\"content\":5}"), "content must be a string");
        refused(new byte[] {(byte) 0xC3, (byte) 0x28}, "body is not valid UTF-8");
    }

    private static void refused(byte[] body, String reason) {
        MessageRefused refused = assertThrows(MessageRefused.class, () -> ChatRequest.parse(body));
        assertEquals(400, refused.code());
        assertEquals(reason, refused.reason());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
