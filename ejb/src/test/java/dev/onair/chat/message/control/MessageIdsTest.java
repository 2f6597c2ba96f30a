package dev.onair.chat.message.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessageIdsTest {

    private static final long NOW = 1_764_000_000_000L; // 2025-11-24
    private final MessageIds cut = new MessageIds(7);

    @Test
    void encodesTimeAndNode() {
        long id = cut.next(NOW);

        assertEquals(NOW, MessageIds.epochMillisOf(id));
        assertEquals(7, MessageIds.nodeOf(id));
    }

    @Test
    void staysBelowJavaScriptsExactIntegerRangeForItsWholeLife() {
        long lastMillis = MessageIds.EPOCH + (1L << 41) - 1;
        MessageIds lastNode = new MessageIds(MessageIds.MAX_NODE);

        long id = lastNode.next(lastMillis);

        assertTrue(id < (1L << 53), "id " + id + " must be below 2^53");
    }

    @Test
    void strictlyIncreasesWithinOneMillisecondBeyondTheSequence() {
        long previous = cut.next(NOW);
        for (int i = 0; i < 1000; i++) {
            long id = cut.next(NOW);
            assertTrue(id > previous, "ids must increase");
            previous = id;
        }
        assertTrue(MessageIds.epochMillisOf(previous) > NOW, "past 128 ids the time part borrows ahead");
    }

    @Test
    void keepsIncreasingWhenTheClockGoesBack() {
        long before = cut.next(NOW);

        long after = cut.next(NOW - 5_000);

        assertTrue(after > before);
    }

    @Test
    void ordersIdsOfDifferentNodesByTime() {
        long early = new MessageIds(31).next(NOW);
        long late = new MessageIds(0).next(NOW + 1);

        assertTrue(late > early);
    }

    @Test
    void refusesNodesOutsideFiveBits() {
        assertThrows(IllegalArgumentException.class, () -> new MessageIds(32));
        assertThrows(IllegalArgumentException.class, () -> new MessageIds(-1));
    }

    @Test
    void firstAtIsBelowEveryIdOfThatMomentAndAboveEveryEarlierOne() {
        long now = MessageIds.EPOCH + 1_000_000;
        long first = MessageIds.firstAt(now);
        for (int node = 0; node <= MessageIds.MAX_NODE; node += 31) {
            org.junit.jupiter.api.Assertions.assertTrue(new MessageIds(node).next(now) >= first);
            org.junit.jupiter.api.Assertions.assertTrue(new MessageIds(node).next(now - 1) < first);
        }
        org.junit.jupiter.api.Assertions.assertEquals(0, MessageIds.firstAt(0));
    }
}
