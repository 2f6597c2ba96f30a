package dev.onair.websocket.session;

import dev.onair.account.boundary.AccessClaims;
import dev.onair.account.boundary.AccessTokens;
import dev.onair.chat.boundary.ConnectionKeys;
import dev.onair.chat.boundary.Presence.Renewal;
import dev.onair.chat.message.boundary.RoomModeration;
import dev.onair.websocket.chat.ConversationChat;
import dev.onair.websocket.chat.RoomChat;
import dev.onair.websocket.protocol.AuthRequest;
import dev.onair.websocket.protocol.BinaryFrames;
import dev.onair.websocket.protocol.Frame;
import dev.onair.websocket.protocol.OperationList;
import dev.onair.websocket.protocol.Ops;
import dev.onair.websocket.protocol.Outbound;
import dev.onair.websocket.protocol.ProtocolViolation;
import dev.onair.websocket.protocol.RoomChange;
import dev.onair.websocket.protocol.TextFrames;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCode;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The goim connection life cycle of one node's sockets.
 *
 * <p>A socket must send auth (op 7) as its first frame within
 * {@code onair.ws.auth-timeout}; its body carries an OnAir access token whose
 * user must be the claimed {@code mid} (when non-zero). Then: heartbeat (2 →
 * 3 with the room's cluster-wide online count as int32), change room (12 →
 * 13), subscribe and unsubscribe business ops (14 → 15, 16 → 17); replies
 * echo the request's version and sequence and, for 13/15/17, its body, as
 * goim does. Op 4 sends a message to the socket's room ({@link RoomChat},
 * answered with op 5; entering a room also brings its last messages), or,
 * with {@code "to"} or {@code "ack"} in its JSON body, to a user or group or
 * moves a cursor ({@link ConversationChat}, which also sends the user's
 * undelivered messages after auth). Other
 * ops are acknowledged goim-style (same op, empty body) and otherwise
 * ignored. A socket without a heartbeat for {@code onair.ws.heartbeat-timeout}
 * (or for twice the interval its client stated in the auth body's
 * {@code heartbeat}, when that is shorter) is closed, and so is a socket whose access token expires: an open socket
 * is no licence to outlive the token. A client renews it by sending op 7
 * again on the open socket with a fresh token of the same user (answered
 * with op 8; nothing else about the socket changes).
 *
 * <p>Every refusal is an error frame (op 6, {@code {"code","reason"}}) and
 * then a close with the matching code: 1002 malformed frame, 1009 body too
 * big, 1008 policy (no or bad token, first frame not auth, auth or heartbeat
 * deadline missed, token expired or renewed with another user's, key held by another user, a user's oldest connection
 * beyond {@code onair.ws.max-connections-per-user}, banned from the auth's
 * room, kicked or banned from the socket's room by a moderator). Changing
 * into a room one is banned from is answered with an error frame (code 403,
 * "banned from room") instead of op 13, and the socket stays in its room. A socket too slow for its
 * outbox is closed with 1013 (try again later) and no error frame, since its
 * queue is what is full. Each event is one log line, never a stack trace for
 * a client's mistake.
 */
@ApplicationScoped
public class SubProtocol implements Connection.Trouble {

    private static final Logger LOG = Logger.getLogger(SubProtocol.class.getName());
    private static final String CONNECTION = Connection.class.getName();

    @Inject
    WsSettings settings;

    @Inject
    LocalSessions sessions;

    @Inject
    AccessTokens tokens;

    @Inject
    SessionPresence presence;

    @Inject
    Clock clock;

    @Inject
    RoomChat roomChat;

    @Inject
    ConversationChat conversationChat;

    @EJB
    RoomModeration moderation;

    @Resource
    ManagedExecutorService executor;

    void opened(Session session) {
        session.getAsyncRemote().setSendTimeout(settings.sendTimeout().toMillis());
        Connection connection = new Connection(session.getId(), session, SessionTransport.of(session),
                settings.sendQueue(), this);
        connection.deadline(clock.millis() + settings.authTimeout().toMillis());
        session.getUserProperties().put(CONNECTION, connection);
        sessions.opened(connection);
    }

    void binary(Session session, ByteBuffer message) {
        Connection connection = live(session);
        if (connection == null) {
            return;
        }
        Frame frame;
        try {
            frame = BinaryFrames.decode(message, settings.maxBody());
        } catch (ProtocolViolation violation) {
            reject(connection, false, null, violation);
            return;
        }
        handle(connection, false, frame);
    }

    void text(Session session, String message) {
        Connection connection = live(session);
        if (connection == null) {
            return;
        }
        Frame frame;
        try {
            frame = TextFrames.decode(message, settings.maxBody());
        } catch (ProtocolViolation violation) {
            reject(connection, true, null, violation);
            return;
        }
        handle(connection, true, frame);
    }

    void closed(Session session, CloseReason reason) {
        Connection connection = (Connection) session.getUserProperties().get(CONNECTION);
        if (connection == null) {
            return;
        }
        connection.startClosing();
        connection.outbox().finish(List.of(), null);
        release(connection);
        LOG.info(() -> "ws closed " + connection + " code=" + reason.getCloseCode().getCode()
                + " reason=" + reason.getReasonPhrase());
    }

    void failed(Session session, Throwable failure) {
        Object connection = session.getUserProperties().get(CONNECTION);
        LOG.info(() -> "ws error " + (connection == null ? "session=" + session.getId() : connection) + ": " + failure);
    }

    /** The deadline sweep found a socket past its auth or heartbeat deadline, or its token's expiry. */
    void expired(Connection connection) {
        String reason = !connection.isAuthenticated() ? "auth timeout"
                : connection.tokenExpiresAt() <= clock.millis() ? "token expired" : "heartbeat timeout";
        reject(connection, connection.isText(), null, ProtocolViolation.policy(reason));
    }

    /** A moderator kicked or banned the socket's user from its room: 1008 with {@code reason}. */
    public void eject(Connection connection, String reason) {
        reject(connection, connection.isText(), null, ProtocolViolation.policy(reason));
    }

    @Override
    public void overflowed(Connection connection) {
        LOG.warning(() -> "ws dropped slow client " + connection + ": send queue full");
        disconnect(connection, false, null, CloseCodes.TRY_AGAIN_LATER, "send queue full");
    }

    @Override
    public void broken(Connection connection, Throwable failure) {
        LOG.info(() -> "ws send failed " + connection + ": " + failure);
        disconnect(connection, false, null, CloseCodes.TRY_AGAIN_LATER, "send failed");
    }

    private void handle(Connection connection, boolean text, Frame frame) {
        try {
            if (!connection.isAuthenticated()) {
                authenticate(connection, text, frame);
                return;
            }
            switch (frame.op()) {
                case Ops.HEARTBEAT -> heartbeat(connection, text, frame);
                case Ops.AUTH -> renewToken(connection, text, frame);
                case Ops.CHANGE_ROOM -> changeRoom(connection, text, frame);
                case Ops.SUB -> subscribe(connection, text, frame, true);
                case Ops.UNSUB -> subscribe(connection, text, frame, false);
                case Ops.SEND_MSG -> sendMessage(connection, text, frame);
                default -> connection.send(Outbound.of(Frame.reply(frame, frame.op(), null)), text);
            }
        } catch (ProtocolViolation violation) {
            reject(connection, text, frame, violation);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ws frame failed " + connection + " op=" + frame.op(), e);
            disconnect(connection, text, Outbound.error(frame.ver(), frame.seq(), 1011, "server error"),
                    CloseCodes.UNEXPECTED_CONDITION, "server error");
        }
    }

    /** Op 4: to a user or group ({@code "to"}), an ack ({@code "ack"}), or else to the socket's room. */
    private void sendMessage(Connection connection, boolean text, Frame frame) {
        if (!conversationChat.send(connection, frame, reply -> connection.send(reply, text))) {
            roomChat.send(connection, frame, reply -> connection.send(reply, text));
        }
    }

    private void authenticate(Connection connection, boolean text, Frame frame) throws ProtocolViolation {
        if (frame.op() != Ops.AUTH) {
            throw ProtocolViolation.policy("first frame must be auth (op 7)");
        }
        AuthRequest request = AuthRequest.parse(frame.body());
        if (request.token().isBlank()) {
            throw ProtocolViolation.policy("token required");
        }
        AccessClaims claims = tokens.verify(request.token())
                .orElseThrow(() -> ProtocolViolation.policy("invalid token"));
        if (request.mid() != 0 && request.mid() != claims.userId()) {
            throw ProtocolViolation.policy("mid does not match the token");
        }
        if (!moderation.mayEnter(request.roomId(), claims.userId())) {
            throw ProtocolViolation.policy(RoomModeration.BANNED);
        }
        String key = request.key().isEmpty() ? ConnectionKeys.next() : request.key();
        connection.name(claims.username());
        connection.identify(key, claims.userId(), request.roomId(), request.platform(), request.accepts(), text);
        conversationChat.identified(connection); // before bind: pushes may reach it from then on
        sessions.bind(connection).ifPresent(old -> {
            LOG.info(() -> "ws replaced " + old + " by session=" + connection.id());
            disconnect(old, old.isText(), null, CloseCodes.NORMAL_CLOSURE, "replaced by a new connection");
        });
        connection.heartbeatWindow(settings.heartbeatWindow(request.heartbeat()).toMillis());
        connection.deadline(clock.millis() + connection.heartbeatWindow());
        connection.tokenExpiresAt(claims.expiresAt().toEpochMilli());
        admit(connection);
        connection.send(Outbound.of(Frame.reply(frame, Ops.AUTH_REPLY, null)), text);
        roomChat.joined(connection);
        conversationChat.authenticated(connection);
        LOG.info(() -> "ws auth " + connection + " platform=" + request.platform() + " accepts=" + request.accepts()
                + " heartbeat-window=" + connection.heartbeatWindow() + "ms" + (text ? " form=text" : " form=binary"));
    }

    /** Op 7 on an authenticated socket: a fresh token of the same user extends the socket's licence. */
    private void renewToken(Connection connection, boolean text, Frame frame) throws ProtocolViolation {
        AccessClaims claims = tokens.verify(AuthRequest.parse(frame.body()).token())
                .orElseThrow(() -> ProtocolViolation.policy("invalid token"));
        if (claims.userId() != connection.mid()) {
            throw ProtocolViolation.policy("token of another user");
        }
        connection.tokenExpiresAt(claims.expiresAt().toEpochMilli());
        connection.send(Outbound.of(Frame.reply(frame, Ops.AUTH_REPLY, null)), text);
        LOG.fine(() -> "ws token renewed " + connection + " until " + claims.expiresAt());
    }

    private void heartbeat(Connection connection, boolean text, Frame frame) throws ProtocolViolation {
        connection.deadline(clock.millis() + connection.heartbeatWindow());
        connection.send(Outbound.heartbeatReply(frame, online(connection)), text);
    }

    private void changeRoom(Connection connection, boolean text, Frame frame) throws ProtocolViolation {
        String to = RoomChange.parse(frame.body());
        String from = connection.roomId();
        if (!to.equals(from) && !moderation.mayEnter(to, connection.mid())) {
            LOG.info(() -> "ws room change refused " + connection + " to=" + to + ": banned");
            connection.send(Outbound.error(frame.ver(), frame.seq(), 403, RoomModeration.BANNED), text);
            return; // no op 13: the socket stays where it was
        }
        if (!to.equals(from)) {
            sessions.move(connection, to);
            presence.leftRoom(from, connection.key());
            online(connection);
            LOG.info(() -> "ws room change " + connection + " from=" + from);
        }
        connection.send(Outbound.of(Frame.reply(frame, Ops.CHANGE_ROOM_REPLY, frame.body())), text);
        if (!to.equals(from)) {
            roomChat.joined(connection); // after op 13, so the client learns of the move before the history
        }
    }

    private void subscribe(Connection connection, boolean text, Frame frame, boolean subscribe)
            throws ProtocolViolation {
        Set<Integer> ops = OperationList.parse(frame.body());
        if (subscribe) {
            connection.accept(ops);
        } else {
            connection.refuse(ops);
        }
        int reply = subscribe ? Ops.SUB_REPLY : Ops.UNSUB_REPLY;
        connection.send(Outbound.of(Frame.reply(frame, reply, frame.body())), text);
    }

    /**
     * Renews the socket's presence lease and answers its room's online count
     * (int32, as the wire wants); refuses a socket another node has evicted
     * under the per-user maximum since its last heartbeat.
     */
    private int online(Connection connection) throws ProtocolViolation {
        Renewal renewal = presence.renew(connection);
        if (renewal.evicted()) {
            throw ProtocolViolation.policy(SessionPresence.TOO_MANY);
        }
        return (int) Math.min(Integer.MAX_VALUE, renewal.roomCount());
    }

    /** Counts a new socket and closes the user's oldest ones of this node beyond the per-user maximum. */
    private void admit(Connection connection) {
        for (String key : presence.admit(connection)) {
            sessions.byKey(key).filter(old -> old != connection).ifPresent(old -> reject(old, old.isText(), null,
                    ProtocolViolation.policy(SessionPresence.TOO_MANY)));
        }
    }

    private void reject(Connection connection, boolean text, Frame frame, ProtocolViolation violation) {
        int code = violation.kind().closeCode();
        LOG.info(() -> "ws rejected " + connection + " code=" + code + " reason=" + violation.reason());
        Outbound error = Outbound.error(frame == null ? Frame.VERSION : frame.ver(), frame == null ? 0 : frame.seq(),
                code, violation.reason());
        disconnect(connection, text, error, CloseCodes.getCloseCode(code), violation.reason());
    }

    /**
     * Takes a socket out of service at once (no more pushes, presence released),
     * sends {@code last} after whatever is in flight, then closes it off the
     * calling thread, which may be a push fan-out or a container I/O thread.
     */
    private void disconnect(Connection connection, boolean text, Outbound last, CloseCode code, String reason) {
        if (!connection.startClosing()) {
            return;
        }
        release(connection);
        List<Object> messages = last == null ? List.of() : last.messages(text);
        connection.outbox().finish(messages, () -> closeLater(connection.session(), new CloseReason(code, reason)));
    }

    private void closeLater(Session session, CloseReason reason) {
        try {
            executor.execute(() -> SessionTransport.close(session, reason));
        } catch (RuntimeException rejected) {
            SessionTransport.close(session, reason); // executor shutting down: close here
        }
    }

    private void release(Connection connection) {
        if (sessions.remove(connection)) {
            presence.left(connection);
        }
    }

    private Connection live(Session session) {
        Connection connection = (Connection) session.getUserProperties().get(CONNECTION);
        return connection == null || connection.isClosing() ? null : connection;
    }

    /** On undeploy or shutdown: give this node's presence back now rather than when the leases end. */
    @PreDestroy
    void shutdown() {
        for (Connection connection : sessions.all()) {
            if (connection.isAuthenticated()) {
                presence.left(connection);
            }
        }
    }
}
