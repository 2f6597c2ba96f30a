package dev.onair.chat.boundary;

import java.time.Duration;

/**
 * Who is connected in which room, across all nodes. Membership is a lease: a
 * connection counts as online until its lease ends, and the websocket tier
 * renews it on every heartbeat. A node that dies stops renewing, so its
 * connections age out by themselves within one lease; nothing has to clean up
 * after it.
 */
public interface Presence {

    /**
     * Counts a connection as online in a room for {@code lease} from now, adding
     * it if absent, and answers the room's online count including it. An empty
     * room id ({@link RoomIds#NONE}) is no room: nothing is stored and the count is 0.
     */
    long renew(String roomId, String key, Duration lease);

    /** Stops counting a connection in a room (on room change or close). */
    void leave(String roomId, String key);

    /** Connections whose lease in the room has not ended. */
    long onlineCount(String roomId);
}
