package dev.onair.chat.control.presence;

import dev.onair.chat.boundary.Presence.RoomCount;
import java.util.Comparator;
import java.util.List;

/**
 * goim's {@code /online/top}: rooms by online count, highest first, cut to the
 * limit. Empty rooms are left out (goim only knows rooms with connections);
 * equal counts are ordered by room id so that the answer is stable.
 */
public final class RoomRanking {

    private static final Comparator<RoomCount> HIGHEST_FIRST = Comparator.comparingLong(RoomCount::count)
            .reversed().thenComparing(RoomCount::roomId);

    private RoomRanking() {
    }

    public static List<RoomCount> top(List<RoomCount> rooms, int limit) {
        return rooms.stream().filter(room -> room.count() > 0).sorted(HIGHEST_FIRST).limit(Math.max(0, limit))
                .toList();
    }
}
