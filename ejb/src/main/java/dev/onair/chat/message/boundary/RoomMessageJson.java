package dev.onair.chat.message.boundary;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * A room message as JSON, the body of the op-1000 frame every socket in the
 * room receives and of the persist-queue message:
 * {@code {"id":..,"room":"live://1","from":{"id":..,"name":".."},"type":"text","content":"..","ts":..}}.
 */
public final class RoomMessageJson {

    /** goim's room chat operation: the op of the frames room messages arrive in. */
    public static final int ROOM_CHAT_OP = 1000;

    // looked up once: Json's static methods run a service-loader lookup per call
    private static final JsonProvider JSON = JsonProvider.provider();

    private RoomMessageJson() {
    }

    public static String encode(RoomMessage message) {
        return JSON.createObjectBuilder()
                .add("id", message.id())
                .add("room", message.room())
                .add("from", JSON.createObjectBuilder()
                        .add("id", message.from().id())
                        .add("name", message.from().name()))
                .add("type", message.type())
                .add("content", message.content())
                .add("ts", message.ts())
                .build().toString();
    }

    public static byte[] bytes(RoomMessage message) {
        return encode(message).getBytes(StandardCharsets.UTF_8);
    }

    /** @throws RuntimeException (a JSON-P or cast exception) when the text is not such a message */
    public static RoomMessage decode(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            JsonObject from = o.getJsonObject("from");
            return new RoomMessage(o.getJsonNumber("id").longValueExact(), o.getString("room"),
                    new Sender(from.getJsonNumber("id").longValueExact(), from.getString("name")),
                    o.getString("type"), o.getString("content"), o.getJsonNumber("ts").longValueExact());
        }
    }
}
