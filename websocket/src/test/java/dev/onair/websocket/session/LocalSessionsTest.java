package dev.onair.websocket.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.websocket.protocol.ProtocolViolation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalSessionsTest {

    private final LocalSessions cut = new LocalSessions();

    @Test
    void findsABoundConnectionByKeyUserAndRoom() throws ProtocolViolation {
        Connection c = open("s1", "k1", 7, "live://1");

        assertEquals(Optional.empty(), cut.bind(c));

        assertSame(c, cut.byKey("k1").orElseThrow());
        assertEquals(Set.of(c), Set.copyOf(cut.ofMid(7)));
        assertEquals(Set.of(c), Set.copyOf(cut.inRoom("live://1")));
        assertEquals(1, cut.localCount("live://1"));
        assertTrue(c.isAuthenticated());
    }

    @Test
    void keepsAConnectionWithoutRoomOutOfEveryRoom() throws ProtocolViolation {
        cut.bind(open("s1", "k1", 7, ""));
        assertEquals(0, cut.localCount(""));
    }

    @Test
    void movesBetweenRooms() throws ProtocolViolation {
        Connection c = open("s1", "k1", 7, "live://1");
        cut.bind(c);

        cut.move(c, "live://2");

        assertEquals("live://2", c.roomId());
        assertEquals(0, cut.localCount("live://1"));
        assertEquals(1, cut.localCount("live://2"));
        cut.move(c, "");
        assertEquals(0, cut.localCount("live://2"));
    }

    @Test
    void letsTheSameUserReplaceTheConnectionOfAKey() throws ProtocolViolation {
        Connection old = open("s1", "k1", 7, "live://1");
        cut.bind(old);
        Connection fresh = open("s2", "k1", 7, "live://1");

        assertSame(old, cut.bind(fresh).orElseThrow());
        assertSame(fresh, cut.byKey("k1").orElseThrow());

        assertTrue(cut.remove(old));
        assertSame(fresh, cut.byKey("k1").orElseThrow(), "removing the old one keeps the new one's key");
        assertEquals(List.of(fresh), List.copyOf(cut.inRoom("live://1")));
    }

    @Test
    void refusesAnotherUsersKey() throws ProtocolViolation {
        cut.bind(open("s1", "k1", 7, "live://1"));
        Connection intruder = open("s2", "k1", 8, "live://1");

        ProtocolViolation violation = assertThrows(ProtocolViolation.class, () -> cut.bind(intruder));

        assertEquals(ProtocolViolation.Kind.POLICY, violation.kind());
        assertFalse(intruder.isAuthenticated());
        assertFalse(cut.remove(intruder), "an unbound connection has no presence to release");
        assertEquals(7, cut.byKey("k1").orElseThrow().mid());
    }

    @Test
    void removesOnceAndEmptiesItsIndexes() throws ProtocolViolation {
        Connection c = open("s1", "k1", 7, "live://1");
        cut.bind(c);

        assertTrue(cut.remove(c));
        assertFalse(cut.remove(c));

        assertTrue(cut.byKey("k1").isEmpty());
        assertTrue(cut.ofMid(7).isEmpty());
        assertTrue(cut.inRoom("live://1").isEmpty());
        assertTrue(cut.all().isEmpty());
    }

    @Test
    void doesNotBindAConnectionClosedWhileAuthenticating() throws ProtocolViolation {
        Connection c = open("s1", "k1", 7, "live://1");
        cut.remove(c);

        assertEquals(Optional.empty(), cut.bind(c));
        assertTrue(cut.byKey("k1").isEmpty());
        assertFalse(c.isAuthenticated());
    }

    @Test
    void ignoresMovesOfRemovedConnections() throws ProtocolViolation {
        Connection c = open("s1", "k1", 7, "live://1");
        cut.bind(c);
        cut.remove(c);

        cut.move(c, "live://2");

        assertTrue(cut.inRoom("live://2").isEmpty());
    }

    private Connection open(String id, String key, long mid, String room) {
        Connection connection = Connections.idle(id);
        connection.identify(key, mid, room, "web", Set.of(), false);
        cut.opened(connection);
        return connection;
    }
}
