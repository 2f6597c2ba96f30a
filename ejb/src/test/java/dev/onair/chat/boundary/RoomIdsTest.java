package dev.onair.chat.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoomIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"live://1000", "chat://room-7", "a://b", "live_2://x/y?z=1"})
    void acceptsTypeSlashSlashId(String roomId) {
        assertTrue(RoomIds.isValid(roomId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1000", "live:/1000", "://1000", "live://", "live://a b", "li ve://1",
            "live://\u00e9", "live://\n"})
    void refusesAnythingElse(String roomId) {
        assertFalse(RoomIds.isValid(roomId));
    }

    @Test
    void refusesOverlongParts() {
        assertFalse(RoomIds.isValid("t".repeat(33) + "://1"));
        assertFalse(RoomIds.isValid("live://" + "1".repeat(97)));
        assertTrue(RoomIds.isValid("t".repeat(32) + "://" + "1".repeat(96)));
    }

    @Test
    void buildsTheIdGoimsPushApiAddresses() {
        assertEquals("live://1000", RoomIds.of("live", "1000"));
    }
}
