package dev.onair.websocket.protocol;

import dev.onair.chat.boundary.RoomIds;

/**
 * The body of change room (op 12): the new room id as plain text,
 * {@code live://1001}; an empty body leaves the current room for none, as in goim.
 */
public final class RoomChange {

    private RoomChange() {
    }

    public static String parse(byte[] body) throws ProtocolViolation {
        String roomId = Utf8.decode(body);
        if (!roomId.isEmpty() && !RoomIds.isValid(roomId)) {
            throw ProtocolViolation.malformed("room must be type://id");
        }
        return roomId;
    }
}
