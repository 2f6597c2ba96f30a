package dev.onair.chat.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionKeysTest {

    @Test
    void createsDistinctValidKeys() {
        String a = ConnectionKeys.next();
        String b = ConnectionKeys.next();
        assertTrue(ConnectionKeys.isValid(a));
        assertNotEquals(a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a,b", "a b", "k\u00e9y", "x\n"})
    void refusesKeysThatWouldBreakListsOrLogs(String key) {
        assertFalse(ConnectionKeys.isValid(key));
    }

    @Test
    void limitsLength() {
        assertTrue(ConnectionKeys.isValid("k".repeat(64)));
        assertFalse(ConnectionKeys.isValid("k".repeat(65)));
        assertFalse(ConnectionKeys.isValid(null));
    }
}
