package dev.onair.websocket.session;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;

/** {@code /ws/sub}: goim's WebSocket path. Everything is delegated to {@link SubProtocol}. */
@ServerEndpoint("/sub")
public class SubEndpoint {

    /**
     * The container's own limit, well above any valid frame, so an oversize
     * frame normally gets the protocol's error frame and 1009; only a message
     * beyond this is cut off by the container itself (also with 1009).
     */
    static final long MAX_MESSAGE_BYTES = 64 * 1024;

    @Inject
    SubProtocol protocol;

    @OnOpen
    public void open(Session session) {
        protocol.opened(session);
    }

    @OnMessage(maxMessageSize = MAX_MESSAGE_BYTES)
    public void binary(Session session, ByteBuffer message) {
        protocol.binary(session, message);
    }

    @OnMessage(maxMessageSize = MAX_MESSAGE_BYTES)
    public void text(Session session, String message) {
        protocol.text(session, message);
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        protocol.closed(session, reason);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        protocol.failed(session, failure);
    }
}
