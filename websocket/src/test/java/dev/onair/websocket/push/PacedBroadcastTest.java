package dev.onair.websocket.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacedBroadcastTest {

    @Test
    void deliversASliceASecond() {
        List<String> targets = List.of("s1", "s2", "s3", "s4", "s5");
        List<Runnable> nextSecond = new ArrayList<>();
        List<String> delivered = new ArrayList<>();
        PacedBroadcast<String> cut = new PacedBroadcast<>(targets, 2, nextSecond::add, delivered::add);

        cut.run();
        assertEquals(List.of("s1", "s2"), delivered);
        assertEquals(1, nextSecond.size());

        nextSecond.remove(0).run();
        assertEquals(4, delivered.size());
        nextSecond.remove(0).run();
        assertEquals(targets, delivered);
        assertTrue(nextSecond.isEmpty(), "nothing left: no further slice is scheduled");
    }
}
