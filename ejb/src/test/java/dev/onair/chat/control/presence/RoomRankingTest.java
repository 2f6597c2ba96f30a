package dev.onair.chat.control.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onair.chat.boundary.Presence.RoomCount;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomRankingTest {

    @Test
    void ranksHighestFirstAndCutsToTheLimit() {
        List<RoomCount> rooms = List.of(new RoomCount("a", 1), new RoomCount("b", 5), new RoomCount("c", 3));

        assertEquals(List.of(new RoomCount("b", 5), new RoomCount("c", 3)), RoomRanking.top(rooms, 2));
    }

    @Test
    void leavesEmptyRoomsOut() {
        List<RoomCount> rooms = List.of(new RoomCount("gone", 0), new RoomCount("here", 1));

        assertEquals(List.of(new RoomCount("here", 1)), RoomRanking.top(rooms, 10));
    }

    @Test
    void ordersEqualCountsByRoomId() {
        List<RoomCount> rooms = List.of(new RoomCount("z", 2), new RoomCount("a", 2));

        assertEquals(List.of(new RoomCount("a", 2), new RoomCount("z", 2)), RoomRanking.top(rooms, 10));
    }
}
