package dev.onair.websocket.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.websocket.protocol.Frame;
import dev.onair.websocket.protocol.Outbound;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConnectionTest {

    @Test
    void acceptsGoimStyle() {
        Connection cut = Connections.idle("s1");
        cut.identify("k", 1, "", "web", Set.of(1000), false);

        assertTrue(cut.accepts(5), "ops below 1000 always go through");
        assertTrue(cut.accepts(0));
        assertTrue(cut.accepts(1000));
        assertFalse(cut.accepts(1001), "business ops only when accepted");
        assertFalse(cut.accepts(-1));

        cut.accept(Set.of(1001));
        assertTrue(cut.accepts(1001));
        cut.refuse(Set.of(1000, 1001));
        assertFalse(cut.accepts(1000));
    }

    @Test
    void acceptsNoBusinessOpsWithEmptyAccepts() {
        Connection cut = Connections.idle("s1");
        cut.identify("k", 1, "", "web", Set.of(), false);
        assertFalse(cut.accepts(1000));
    }

    @Test
    void pushesInItsOwnForm() {
        List<Object> sent = new ArrayList<>();
        Connection cut = Connections.recording("s1", sent, 4, null);
        cut.identify("k", 1, "", "web", Set.of(), true);

        cut.push(Outbound.of(Frame.push(1000, "{}".getBytes())));

        assertEquals(1, sent.size());
        assertTrue(sent.get(0) instanceof String);
    }

    @Test
    void reportsOverflowInsteadOfWaiting() {
        List<Connection> overflowed = new ArrayList<>();
        Connection.Trouble trouble = new Connection.Trouble() {
            @Override
            public void overflowed(Connection connection) {
                overflowed.add(connection);
            }

            @Override
            public void broken(Connection connection, Throwable failure) {
            }
        };
        Connection cut = new Connection("s1", null, (message, done) -> { }, 1, trouble);

        cut.push(Outbound.of(Frame.push(1000, new byte[0]))); // in flight, never completes
        cut.push(Outbound.of(Frame.push(1000, new byte[0]))); // queued
        cut.push(Outbound.of(Frame.push(1000, new byte[0]))); // no room

        assertEquals(List.of(cut), overflowed);
    }

    @Test
    void closesOnlyOnce() {
        Connection cut = Connections.idle("s1");
        assertTrue(cut.startClosing());
        assertFalse(cut.startClosing());
    }
}
