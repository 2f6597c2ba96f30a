package dev.onair.websocket.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LaneBacklogTest {

    private final LaneBacklog<String> backlog = new LaneBacklog<>(3);

    @Test
    void aKeyWaitsItsWindowFromItsFirstItem() {
        assertTrue(backlog.add("live://1", "a", 50), "a new key may have to wake the lane");
        assertFalse(backlog.add("live://1", "b", 80), "a later item keeps the key's due time");
        assertTrue(backlog.add("live://2", "x", 80));

        assertNull(backlog.takeDue(49));
        assertEquals(1, backlog.nanosToNextDue(49));
        assertEquals(List.of("a", "b"), backlog.takeDue(50));
        assertEquals(30, backlog.nanosToNextDue(50));
        assertNull(backlog.takeDue(79));
        assertEquals(List.of("x"), backlog.takeDue(80));
        assertEquals(-1, backlog.nanosToNextDue(80), "nothing waits");
        assertEquals(0, backlog.size());
    }

    @Test
    void aFullBatchIsDueAtOnce() {
        backlog.add("live://1", "1", 50);
        backlog.add("live://1", "2", 50);
        assertTrue(backlog.add("live://1", "3", 50), "a full batch may have to wake the lane");

        assertEquals(List.of("1", "2", "3"), backlog.takeDue(0));
    }

    @Test
    void takesEverythingTheKeyHoldsWhenItsTurnComes() {
        backlog.add("live://1", "1", 0);
        backlog.add("live://2", "x", 0);
        backlog.add("live://1", "2", 0);
        backlog.add("live://1", "3", 0);
        backlog.add("live://1", "4", 0); // past the batch: the sink splits, nothing waits a turn more

        assertEquals(List.of("1", "2", "3", "4"), backlog.takeDue(0));
        assertEquals(1, backlog.size());
    }

    @Test
    void dueKeysTakeTurnsInTheOrderTheyCame() {
        backlog.add("live://1", "a", 0);
        backlog.add("live://2", "x", 0);
        backlog.add("live://3", "later", 100);
        assertEquals(List.of("a"), backlog.takeDue(10));
        backlog.add("live://1", "b", 10); // the key comes again, behind the others

        assertEquals(List.of("x"), backlog.takeDue(10));
        assertEquals(List.of("b"), backlog.takeDue(10), "a key not yet due is passed over");
        assertEquals(List.of("later"), backlog.takeDue(100));
    }
}
