package dev.onair.media.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.onair.media.api.MediaConnection;
import dev.onair.media.api.MediaConnectionFactory;
import dev.onair.media.api.MediaException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pool contract of the managed connection, against a loopback stand-in for nginx's http side. */
class MediaManagedConnectionTest {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
    private HttpServer nginx;
    private MediaManagedConnectionFactory factory;

    @BeforeEach
    void startNginxStandIn() throws IOException {
        String stat = StatParserTest.resource("stat-publishing.xml");
        nginx = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        nginx.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            String path = exchange.getRequestURI().getPath();
            byte[] body = (path.equals("/stat") ? stat : path.startsWith("/control/drop/") ? "1" : "")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        nginx.start();
        factory = new MediaManagedConnectionFactory();
        factory.setMediaServerUrl("http://127.0.0.1:" + nginx.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        nginx.stop(0);
    }

    private MediaManagedConnection managed() throws Exception {
        MediaManagedConnection managed = (MediaManagedConnection) factory.createManagedConnection(null, null);
        managed.addConnectionEventListener(new Recorder());
        return managed;
    }

    @Test
    void readsStreamsAndDropsThroughControl() throws Exception {
        MediaConnection cut = (MediaConnection) managed().getConnection(null, null);

        assertEquals("u42", cut.streams().get(0).name());
        assertTrue(cut.dropPublisher("live", "u42"));
        assertTrue(cut.dropClient("live", "u42", "7"));
        assertEquals(List.of("/stat", "/control/drop/publisher?app=live&name=u42",
                "/control/drop/client?app=live&name=u42&clientid=7"), requests);
    }

    @Test
    void closingAHandleTellsThePoolOnce() throws Exception {
        MediaConnection cut = (MediaConnection) managed().getConnection(null, null);

        cut.close();
        cut.close();

        assertEquals(1, events.size());
        assertEquals(ConnectionEvent.CONNECTION_CLOSED, events.get(0).getId());
        assertSame(cut, events.get(0).getConnectionHandle());
        assertThrows(IllegalStateException.class, cut::streams);
    }

    @Test
    void anUnreachableServerIsAConnectionError() throws Exception {
        try (ServerSocket unused = new ServerSocket(0)) {
            factory.setMediaServerUrl("http://127.0.0.1:" + unused.getLocalPort());
        }
        MediaConnection cut = (MediaConnection) managed().getConnection(null, null);

        assertThrows(MediaException.class, cut::streams);
        assertEquals(ConnectionEvent.CONNECTION_ERROR_OCCURRED, events.get(0).getId());
        assertSame(cut, events.get(0).getConnectionHandle());
    }

    @Test
    void anHttpErrorIsReportedButTheConnectionStaysUsable() throws Exception {
        factory.setMediaServerUrl("http://127.0.0.1:" + nginx.getAddress().getPort() + "/missing");
        MediaConnection cut = (MediaConnection) managed().getConnection(null, null);

        assertThrows(MediaException.class, cut::streams);
        assertTrue(events.isEmpty());
    }

    @Test
    void cleanupInvalidatesHandlesTheApplicationForgot() throws Exception {
        MediaManagedConnection managed = managed();
        MediaConnection forgotten = (MediaConnection) managed.getConnection(null, null);

        managed.cleanup();

        assertThrows(IllegalStateException.class, forgotten::streams);
        MediaConnection next = (MediaConnection) managed.getConnection(null, null);
        assertEquals(2, next.streams().size());
    }

    @Test
    void associateMovesAHandleToAnotherManagedConnection() throws Exception {
        MediaManagedConnection first = managed();
        MediaManagedConnection second = managed();
        MediaConnection handle = (MediaConnection) first.getConnection(null, null);

        second.associateConnection(handle);
        handle.close();

        assertSame(second, events.get(0).getSource());
    }

    @Test
    void outsideAContainerConnectionsAreMadeAndDestroyedPerUse() {
        MediaConnectionFactory connections = (MediaConnectionFactory) factory.createConnectionFactory();
        try (MediaConnection cut = connections.getConnection()) {
            assertEquals(2, cut.streams().size());
        }
    }

    @Test
    void matchesOnlyConnectionsOfAnEqualFactory() throws Exception {
        MediaManagedConnection mine = managed();
        MediaManagedConnectionFactory other = new MediaManagedConnectionFactory();
        other.setMediaServerUrl("http://127.0.0.1:1");
        MediaManagedConnection theirs = (MediaManagedConnection) other.createManagedConnection(null, null);

        assertSame(mine, factory.matchManagedConnections(Set.of(mine), null, null));
        assertEquals(null, factory.matchManagedConnections(Set.of(theirs), null, null));
    }

    @Test
    void factoriesAreEqualByConfiguration() {
        MediaManagedConnectionFactory a = new MediaManagedConnectionFactory();
        MediaManagedConnectionFactory b = new MediaManagedConnectionFactory();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        b.setTimeout(500);
        assertNotEquals(a, b);
        assertFalse(a.equals(null));
    }

    @Test
    void aBadUrlIsAnInvalidProperty() {
        factory.setMediaServerUrl("127.0.0.1:8088");
        assertThrows(jakarta.resource.spi.InvalidPropertyException.class, () -> factory.createManagedConnection(null, null));
    }

    private final class Recorder implements ConnectionEventListener {
        @Override
        public void connectionClosed(ConnectionEvent event) {
            events.add(event);
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            events.add(event);
        }

        // The adapter has no transactions; these never fire.
        @Override
        public void localTransactionStarted(ConnectionEvent event) {
        }

        @Override
        public void localTransactionCommitted(ConnectionEvent event) {
        }

        @Override
        public void localTransactionRolledback(ConnectionEvent event) {
        }
    }
}
