package dev.onair.websocket.chat;

import dev.onair.chat.conversation.boundary.ConversationId;
import dev.onair.chat.conversation.boundary.Cursor;
import dev.onair.chat.conversation.boundary.Recipient;
import dev.onair.chat.message.boundary.Draft;
import dev.onair.chat.message.boundary.MessageRefused;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An op-4 body meant for a conversation rather than the socket's room: a JSON
 * object with {@code "to"} ({@code "user:<id>"} or {@code "group:<id>"}, the
 * message fields as for a room message) or with {@code "ack"}
 * ({@code "delivered"} or {@code "read"}, {@code "conversation"}, {@code "id"}).
 * A body with neither (raw text, or a room message's JSON) is not one of these
 * and goes to the room as before.
 */
sealed interface ConversationRequest {

    Pattern TO = Pattern.compile("(user|group):([1-9][0-9]{0,17})");

    /** A message to a user or group. */
    record Send(Recipient to, Draft draft) implements ConversationRequest {
    }

    /** A cursor moved by the client. */
    record Ack(Cursor cursor, String conversation, long id) implements ConversationRequest {
    }

    /**
     * The request in the body, or empty when the body is for the room.
     *
     * @throws MessageRefused (400) when it names a conversation but is not valid
     */
    static Optional<ConversationRequest> parse(byte[] body) {
        JsonObject object;
        try {
            String text = ChatRequest.utf8(body);
            if (!text.stripLeading().startsWith("{")) {
                return Optional.empty();
            }
            object = ChatRequest.object(text);
        } catch (MessageRefused notJson) {
            return Optional.empty(); // the room chat answers it as it always has
        }
        boolean to = object.containsKey("to");
        boolean ack = object.containsKey("ack");
        if (!to && !ack) {
            return Optional.empty();
        }
        if (to && ack) {
            throw MessageRefused.invalid("a request has \"to\" or \"ack\", not both");
        }
        return Optional.of(to ? send(object) : ack(object));
    }

    private static Send send(JsonObject object) {
        String to = ChatRequest.string(object, "to", "");
        Matcher m = TO.matcher(to);
        if (!m.matches()) {
            throw MessageRefused.invalid("to must be user:<id> or group:<id>");
        }
        long id = Long.parseLong(m.group(2));
        return new Send("group".equals(m.group(1)) ? Recipient.group(id) : Recipient.user(id),
                ChatRequest.draft(object));
    }

    private static Ack ack(JsonObject object) {
        Cursor cursor = Cursor.ofWire(ChatRequest.string(object, "ack", ""))
                .orElseThrow(() -> MessageRefused.invalid("ack must be delivered or read"));
        String conversation = ConversationId.parse(ChatRequest.string(object, "conversation", ""))
                .orElseThrow(() -> MessageRefused.invalid("conversation must be a conversation id")).value();
        JsonValue id = object.get("id");
        if (!(id instanceof JsonNumber number) || !number.isIntegral() || number.bigDecimalValue().signum() <= 0
                || number.bigIntegerValue().bitLength() > 63) {
            throw MessageRefused.invalid("id must be a message id");
        }
        return new Ack(cursor, conversation, number.longValue());
    }
}
