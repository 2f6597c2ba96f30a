package dev.onair.web.goim;

import dev.onair.chat.boundary.RoomIds;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The checked parameters of goim's online endpoints. A room type or id that
 * no client could have joined ({@link RoomIds}) is a request error rather
 * than a count of 0, so a caller's typo shows; the number of rooms one call
 * may ask for is bounded because each costs a Redis command.
 */
final class OnlineQuery {

    static final int MAX_ROOMS = 1000;

    record Top(String type, int limit) {
    }

    record Rooms(String type, List<String> rooms) {
    }

    private OnlineQuery() {
    }

    static Top top(String type, String limit) {
        checkType(type);
        if (limit == null || limit.isBlank()) {
            throw new IllegalArgumentException("limit is required");
        }
        int n;
        try {
            n = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be an int32");
        }
        if (n < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return new Top(type, n);
    }

    static Rooms rooms(String type, List<String> rooms) {
        checkType(type);
        if (rooms == null || rooms.isEmpty()) {
            throw new IllegalArgumentException("rooms is required");
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>(rooms);
        if (distinct.size() > MAX_ROOMS) {
            throw new IllegalArgumentException("at most " + MAX_ROOMS + " rooms per request");
        }
        for (String room : distinct) {
            if (!RoomIds.isValid(RoomIds.of(type, room))) {
                throw new IllegalArgumentException("invalid room id");
            }
        }
        return new Rooms(type, List.copyOf(distinct));
    }

    private static void checkType(String type) {
        if (type == null || type.isEmpty()) {
            throw new IllegalArgumentException("type is required");
        }
        // A type never holds ':', which also keeps "live://x" from passing as a type with a longer id.
        if (type.indexOf(':') >= 0 || !RoomIds.isValid(RoomIds.of(type, "0"))) {
            throw new IllegalArgumentException("invalid type");
        }
    }
}
