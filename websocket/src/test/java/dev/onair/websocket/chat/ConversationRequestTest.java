package dev.onair.websocket.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onair.chat.conversation.boundary.Cursor;
import dev.onair.chat.conversation.boundary.Recipient;
import dev.onair.chat.message.boundary.Draft;
import dev.onair.chat.message.boundary.MessageRefused;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationRequestTest {

    @Test
    void roomBodiesAreNotConversationRequests() {
        assertEquals(Optional.empty(), parse("plain danmaku"));
        assertEquals(Optional.empty(), parse("{\"type\":\"text\",\"content\":\"to the room\"}"));
        assertEquals(Optional.empty(), parse("{not json"), "left to the room chat's own answer");
        assertEquals(Optional.empty(), ConversationRequest.parse(new byte[] {(byte) 0xC3, 0x28}));
    }

    @Test
    void readsAMessageToAUserOrGroup() {
        assertEquals(Optional.of(new ConversationRequest.Send(Recipient.user(42), new Draft("text", "hi", "c-1"))),
                parse("{\"to\":\"user:42\",\"content\":\"hi\",\"client_id\":\"c-1\"}"));
        assertEquals(Optional.of(new ConversationRequest.Send(Recipient.group(7), new Draft("link", "https://x.y", null))),
                parse("{\"to\":\"group:7\",\"type\":\"link\",\"content\":\"https://x.y\"}"));
    }

    @Test
    void readsAnAck() {
        assertEquals(Optional.of(new ConversationRequest.Ack(Cursor.READ, "p-1-2", 99)),
                parse("{\"ack\":\"read\",\"conversation\":\"p-1-2\",\"id\":99}"));
        assertEquals(Optional.of(new ConversationRequest.Ack(Cursor.DELIVERED, "g-3", 5)),
                parse("{\"ack\":\"delivered\",\"conversation\":\"g-3\",\"id\":5}"));
    }

    @Test
    void refusesWhatNamesAConversationBadly() {
        for (String bad : new String[] {"{\"to\":\"user:0\",\"content\":\"x\"}", "{\"to\":\"user:x\"}",
                "{\"to\":\"room:1\"}", "{\"to\":42}", "{\"to\":null}", "{\"to\":\"user:1\",\"ack\":\"read\"}",
                "{\"ack\":\"seen\",\"conversation\":\"p-1-2\",\"id\":1}",
                "{\"ack\":\"read\",\"conversation\":\"p-2-1\",\"id\":1}",
                "{\"ack\":\"read\",\"conversation\":\"p-1-2\",\"id\":0}",
                "{\"ack\":\"read\",\"conversation\":\"p-1-2\",\"id\":1.5}",
                "{\"ack\":\"read\",\"conversation\":\"p-1-2\",\"id\":\"1\"}",
                "{\"ack\":\"read\",\"conversation\":\"p-1-2\",\"id\":99999999999999999999}",
                "{\"ack\":\"read\",\"conversation\":\"p-1-2\"}"}) {
            MessageRefused refused = assertThrows(MessageRefused.class, () -> parse(bad), bad);
            assertEquals(400, refused.code(), bad);
        }
    }

    private static Optional<ConversationRequest> parse(String body) {
        return ConversationRequest.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
