package dev.onair.chat.conversation.boundary;

import dev.onair.chat.message.boundary.Sender;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * A private or group message as JSON, the body of its push frame and of its
 * delivery-queue message:
 * {@code {"id":..,"conversation":"p-1-2","from":{"id":..,"name":".."},"type":"text","content":"..","ts":..}},
 * plus {@code "group":<id>} for a group message.
 */
public final class ConversationMessageJson {

    /** The op of a private message push. */
    public static final int PRIVATE_OP = 1001;
    /** The op of a group message push. */
    public static final int GROUP_OP = 1002;
    /** The op of a receipt: the other user of a private conversation received or read up to a message. */
    public static final int RECEIPT_OP = 1003;

    private static final JsonProvider JSON = JsonProvider.provider();

    private ConversationMessageJson() {
    }

    public static int opOf(ConversationMessage message) {
        return new ConversationId(message.conversation()).isGroup() ? GROUP_OP : PRIVATE_OP;
    }

    public static String encode(ConversationMessage message) {
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("id", message.id())
                .add("conversation", message.conversation())
                .add("from", JSON.createObjectBuilder()
                        .add("id", message.from().id())
                        .add("name", message.from().name()))
                .add("type", message.type())
                .add("content", message.content())
                .add("ts", message.ts());
        ConversationId conversation = new ConversationId(message.conversation());
        if (conversation.isGroup()) {
            o.add("group", conversation.groupId());
        }
        return o.build().toString();
    }

    public static byte[] bytes(ConversationMessage message) {
        return encode(message).getBytes(StandardCharsets.UTF_8);
    }

    /** @throws RuntimeException (a JSON-P, cast or argument exception) when the text is not such a message */
    public static ConversationMessage decode(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            JsonObject from = o.getJsonObject("from");
            String conversation = ConversationId.parse(o.getString("conversation"))
                    .orElseThrow(() -> new IllegalArgumentException("not a conversation id")).value();
            return new ConversationMessage(o.getJsonNumber("id").longValueExact(), conversation,
                    new Sender(from.getJsonNumber("id").longValueExact(), from.getString("name")),
                    o.getString("type"), o.getString("content"), o.getJsonNumber("ts").longValueExact());
        }
    }

    /** The receipt body: {@code {"conversation":"p-1-2","user":<id>,"delivered"|"read":<message id>}}. */
    public static byte[] receipt(String conversation, long userId, Cursor cursor, long messageId) {
        return JSON.createObjectBuilder().add("conversation", conversation).add("user", userId)
                .add(cursor.wireName(), messageId).build().toString().getBytes(StandardCharsets.UTF_8);
    }
}
