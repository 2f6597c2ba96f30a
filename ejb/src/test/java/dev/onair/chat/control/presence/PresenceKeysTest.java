package dev.onair.chat.control.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceKeysTest {

    @Test
    void splitsARoomIdIntoTypeAndIdPart() {
        assertEquals("live", PresenceKeys.type("live://1000"));
        assertEquals("1000", PresenceKeys.idPart("live://1000"));
        assertEquals("a://b", PresenceKeys.idPart("live://a://b"), "only the first separator splits");
        assertEquals("live://a://b", PresenceKeys.roomId("live", "a://b"));
    }

    @Test
    void keepsTheRoomKeyOfEarlierReleases() {
        assertEquals("onair:presence:room:live://1000", PresenceKeys.room("live://1000"));
    }

    @Test
    void namespacesEveryKey() {
        List<String> keys = List.of(PresenceKeys.CONNECTIONS, PresenceKeys.ADDRESSES, PresenceKeys.room("live://1"),
                PresenceKeys.roomsOfType("live"), PresenceKeys.address("127.0.0.1"), PresenceKeys.user(7),
                PresenceKeys.userSince(7), PresenceKeys.evicted("k"));

        keys.forEach(key -> assertTrue(key.startsWith("onair:presence:"), key));
        assertEquals(keys.size(), keys.stream().distinct().count());
    }
}
