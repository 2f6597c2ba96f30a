package dev.onair.account.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KnownUserIdsTest {

    private final KnownUserIds cut = new KnownUserIds();

    @Test
    void knowsOnlyWhatWasAdded() {
        cut.add(7);
        assertTrue(cut.contains(7));
        assertFalse(cut.contains(8));
    }

    @Test
    void startsOverWhenFull() {
        for (long id = 1; id <= KnownUserIds.CAPACITY; id++) {
            cut.add(id);
        }
        assertTrue(cut.contains(1));
        cut.add(KnownUserIds.CAPACITY + 1L);
        assertFalse(cut.contains(1), "the full set was dropped");
        assertTrue(cut.contains(KnownUserIds.CAPACITY + 1L), "the newest id is kept");
    }
}
