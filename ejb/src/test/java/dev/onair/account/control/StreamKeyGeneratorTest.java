package dev.onair.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamKeyGeneratorTest {

    @Test
    void keysAreUrlSafeAndDistinct() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String key = StreamKeyGenerator.next();
            assertTrue(key.matches("sk_[A-Za-z0-9_-]{32}"), key);
            keys.add(key);
        }
        assertEquals(1000, keys.size());
    }
}
