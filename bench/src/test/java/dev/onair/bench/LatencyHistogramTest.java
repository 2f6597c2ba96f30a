package dev.onair.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void bucketsHoldTheirValuesWithinThreePercent() {
        for (long v = 0; v < 5_000_000; v = v < 100 ? v + 1 : v + v / 7) {
            int index = LatencyHistogram.index(v);
            long upper = LatencyHistogram.upperBound(index);
            assertTrue(upper >= v, v + " above its bucket " + upper);
            assertTrue(upper <= v + Math.max(0, v / 31), v + " bucket too wide: " + upper);
            if (index > 0) {
                assertTrue(LatencyHistogram.upperBound(index - 1) < v, "buckets overlap at " + v);
            }
        }
    }

    @Test
    void percentiles() {
        LatencyHistogram h = new LatencyHistogram();
        assertEquals(0, h.percentileMicros(0.99));
        for (int i = 1; i <= 100; i++) {
            h.recordMicros(i);
        }
        h.recordMicros(-5); // clock noise counts as 0
        assertEquals(101, h.count());
        assertEquals(50, h.percentileMicros(0.5));
        long p99 = h.percentileMicros(0.99);
        assertTrue(p99 >= 99 && p99 <= 101, "p99 " + p99);
        h.reset();
        assertEquals(0, h.count());
    }
}
