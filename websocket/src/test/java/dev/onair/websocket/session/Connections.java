package dev.onair.websocket.session;

import java.util.ArrayList;
import java.util.List;

/** Connections for tests: no container session, a transport that records what was sent. */
final class Connections {

    private Connections() {
    }

    static Connection idle(String id) {
        return recording(id, new ArrayList<>(), 16, new Connection.Trouble() {
            @Override
            public void overflowed(Connection connection) {
            }

            @Override
            public void broken(Connection connection, Throwable failure) {
            }
        });
    }

    static Connection recording(String id, List<Object> sent, int sendQueue, Connection.Trouble trouble) {
        return new Connection(id, null, (message, done) -> {
            sent.add(message);
            done.accept(null);
        }, sendQueue, trouble);
    }
}
