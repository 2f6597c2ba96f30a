package dev.onair.chat.control.presence;

/**
 * Where presence lives in Redis, every key under {@code onair:presence:}. All
 * sorted sets are scored by the epoch millisecond a lease ends (except
 * {@link #userSince}), so "online" always means "scored after now" and a dead
 * node's entries stop counting without anyone removing them. The layout is
 * documented in {@code docs/CONTRACTS.md} ("Redis keys").
 */
public final class PresenceKeys {

    static final String PREFIX = "onair:presence:";

    /** Every live connection key of the cluster: {@code /online/total}'s conn_count. */
    public static final String CONNECTIONS = PREFIX + "conns";

    /** Every client address with a live connection, scored by its latest lease end: ip_count. */
    public static final String ADDRESSES = PREFIX + "ips";

    private static final String SEPARATOR = "://";

    private PresenceKeys() {
    }

    /** The connection keys in one {@code type://id} room. */
    public static String room(String roomId) {
        return PREFIX + "room:" + roomId;
    }

    /** The rooms of a type with a live lease, members are the id parts: what {@code /online/top} ranks. */
    public static String roomsOfType(String type) {
        return PREFIX + "rooms:" + type;
    }

    /** The connection keys of one client address, so a close knows whether the address is still online. */
    public static String address(String address) {
        return PREFIX + "ip:" + address;
    }

    /** The connection keys of one user. */
    public static String user(long mid) {
        return PREFIX + "user:" + mid;
    }

    /** The connection keys of one user scored by when they were admitted: "oldest" for the per-user maximum. */
    public static String userSince(long mid) {
        return PREFIX + "user-since:" + mid;
    }

    /** Set for a connection evicted by another node, so its own node closes it at its next heartbeat. */
    public static String evicted(String key) {
        return PREFIX + "evicted:" + key;
    }

    /** {@code live} of {@code live://1000}. */
    public static String type(String roomId) {
        int at = roomId.indexOf(SEPARATOR);
        return at < 0 ? "" : roomId.substring(0, at);
    }

    /** {@code 1000} of {@code live://1000}: the room id goim's online API speaks. */
    public static String idPart(String roomId) {
        int at = roomId.indexOf(SEPARATOR);
        return at < 0 ? roomId : roomId.substring(at + SEPARATOR.length());
    }

    /** The {@code type://id} room of a type and an id part. */
    public static String roomId(String type, String idPart) {
        return type + SEPARATOR + idPart;
    }
}
