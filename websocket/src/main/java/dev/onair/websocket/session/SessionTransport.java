package dev.onair.websocket.session;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.logging.Logger;

/**
 * The container side of an outbox: asynchronous sends and a quiet close on a
 * real WebSocket session. Binary messages (every push to a binary socket) go
 * through {@link RawSocket} when the container allows it; text, and binary on
 * any other container, through the remote endpoint.
 */
final class SessionTransport {

    private static final Logger LOG = Logger.getLogger(SessionTransport.class.getName());

    private SessionTransport() {
    }

    static Outbox.Transport of(Session session) {
        Outbox.Transport endpoint = endpoint(session);
        RawSocket raw = RawSocket.of(session);
        if (raw == null) {
            return endpoint;
        }
        return (message, done) -> {
            if (message instanceof byte[] bytes) {
                raw.send(bytes, done);
            } else {
                endpoint.accept(message, done);
            }
        };
    }

    private static Outbox.Transport endpoint(Session session) {
        RemoteEndpoint.Async remote = session.getAsyncRemote();
        return (message, done) -> {
            SendHandler handler = result -> done.accept(result.isOK() ? null
                    : result.getException() != null ? result.getException() : new IOException("send failed"));
            try {
                // byte[] messages are shared by every socket of a push: wrap, never copy or modify
                if (message instanceof byte[] bytes) {
                    remote.sendBinary(ByteBuffer.wrap(bytes), handler);
                } else {
                    remote.sendText((String) message, handler);
                }
            } catch (RuntimeException e) {
                done.accept(e); // the session closed under us
            }
        };
    }

    static void close(Session session, CloseReason reason) {
        try {
            if (session.isOpen()) {
                session.close(reason);
            }
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "ws close failed session=" + session.getId() + ": " + e);
        }
    }
}
