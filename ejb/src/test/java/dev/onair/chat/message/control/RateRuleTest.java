package dev.onair.chat.message.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateRuleTest {

    private final RateRule cut = new RateRule(5, Duration.ofSeconds(2));

    @Test
    void allowsUpToTheLimitPerWindow() {
        assertTrue(cut.allows(1));
        assertTrue(cut.allows(5));
        assertFalse(cut.allows(6));
    }

    @Test
    void groupsMomentsIntoFixedWindows() {
        assertEquals(cut.windowOf(10_000), cut.windowOf(11_999));
        assertNotEquals(cut.windowOf(11_999), cut.windowOf(12_000));
    }

    @Test
    void saysWhenTheWindowEnds() {
        assertEquals(2_000, cut.millisLeft(10_000));
        assertEquals(1, cut.millisLeft(11_999));
    }

    @Test
    void refusesRulesThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new RateRule(0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RateRule(1, Duration.ZERO));
    }
}
