package dev.onair.websocket.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onair.websocket.protocol.ProtocolViolation.Kind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RoomChangeTest {

    @Test
    void readsTheRoomIdAsPlainText() throws ProtocolViolation {
        assertEquals("live://1001", RoomChange.parse("live://1001".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAnEmptyBodyAsNoRoom() throws ProtocolViolation {
        assertEquals("", RoomChange.parse(new byte[0]));
    }

    @Test
    void refusesIdsNotOfTheTypeIdForm() {
        assertEquals(Kind.MALFORMED, assertThrows(ProtocolViolation.class,
                () -> RoomChange.parse("1001".getBytes(StandardCharsets.UTF_8))).kind());
        assertEquals(Kind.MALFORMED, assertThrows(ProtocolViolation.class,
                () -> RoomChange.parse(new byte[] {'a', ':', '/', '/', (byte) 0xff})).kind());
    }
}
