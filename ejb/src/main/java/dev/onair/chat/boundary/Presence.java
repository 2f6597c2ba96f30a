package dev.onair.chat.boundary;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Who is connected, in which room, from which address, as which user, across
 * all nodes. Membership is a lease: a connection counts as online until its
 * lease ends, and the websocket tier renews it on every heartbeat. A node that
 * dies stops renewing, so its connections age out by themselves within one
 * lease; nothing has to clean up after it.
 */
public interface Presence {

    /**
     * One connection as presence knows it. {@code roomId} may be
     * {@link RoomIds#NONE} (in no room); {@code address} is the client's IP,
     * empty when the container could not tell it.
     */
    record Member(String key, long mid, String roomId, String address) {
    }

    /**
     * What a renewal found: the online count of the member's room, and whether
     * another node has since closed the connection out under the per-user
     * maximum (then its own node must close it).
     */
    record Renewal(long roomCount, boolean evicted) {
    }

    /**
     * What admitting a new connection found: its room's online count and the
     * keys of the user's oldest connections beyond the maximum, which are no
     * longer counted and must be closed wherever they are.
     */
    record Admission(long roomCount, List<String> evicted) {
    }

    /** A room's online count in goim's {@code /online/top} answer; {@code roomId} is the id part. */
    record RoomCount(String roomId, long count) {
    }

    /** The cluster's connections and distinct client addresses. */
    record Totals(long connections, long addresses) {
    }

    /**
     * Counts a freshly authenticated connection for {@code lease} and applies
     * the per-user maximum: beyond {@code maxPerUser} live connections, the
     * user's oldest ones (never this one) are evicted.
     */
    Admission admit(Member member, Duration lease, int maxPerUser);

    /** Extends a connection's lease (on heartbeat or after a room change) and answers its room's count. */
    Renewal renew(Member member, Duration lease);

    /** Stops counting a connection in a room it left; the rest of its presence stays. */
    void leaveRoom(String roomId, String key);

    /** Stops counting a closed connection anywhere. */
    void leave(Member member);

    /** Connections whose lease in the room has not ended; 0 for {@link RoomIds#NONE}. */
    long onlineCount(String roomId);

    /** The {@code limit} rooms of a type with the most connections, highest first; empty rooms left out. */
    List<RoomCount> top(String type, int limit);

    /** The online count of each of the given rooms of a type (ids without the type), 0 for unknown ones. */
    Map<String, Long> counts(String type, List<String> roomIds);

    /** Live connections and distinct client addresses of the whole cluster. */
    Totals totals();

    /** The keys of a user's live connections on any node, oldest lease end first. */
    List<String> connectionsOf(long mid);
}
