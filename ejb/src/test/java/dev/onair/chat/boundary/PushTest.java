package dev.onair.chat.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushTest {

    @Test
    void comparesPayloadsByContent() {
        Push a = new Push(new Push.Room("live://1"), 1000, "hi".getBytes(StandardCharsets.UTF_8));
        Push b = new Push(new Push.Room("live://1"), 1000, "hi".getBytes(StandardCharsets.UTF_8));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void treatsAMissingBodyAsEmpty() {
        assertArrayEquals(new byte[0], new Push(new Push.All(0), 1000, null).body());
    }

    @Test
    void refusesTargetsThatAddressNobody() {
        assertThrows(IllegalArgumentException.class, () -> new Push.Keys(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Push.Keys(List.of("a,b")));
        assertThrows(IllegalArgumentException.class, () -> new Push.Mids(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Push.Room("1000"));
        assertThrows(IllegalArgumentException.class, () -> new Push.All(-1));
        assertThrows(IllegalArgumentException.class, () -> new Push.Eject("1000", 7));
        assertThrows(IllegalArgumentException.class, () -> new Push(null, 1000, new byte[0]));
    }
}
