package dev.onair.websocket.chat;

import dev.onair.chat.conversation.boundary.Backlog;
import dev.onair.chat.conversation.boundary.ConversationMessageJson;
import dev.onair.chat.conversation.boundary.Conversations;
import dev.onair.chat.conversation.boundary.Sent;
import dev.onair.chat.message.boundary.MessageRefused;
import dev.onair.chat.message.boundary.Sender;
import dev.onair.websocket.protocol.Frame;
import dev.onair.websocket.protocol.Ops;
import dev.onair.websocket.protocol.Outbound;
import dev.onair.websocket.session.Connection;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Private and group chat for authenticated sockets. Op 4 with {@code "to"}
 * sends a message, answered with op 5 {@code {"id","ts","conversation"}} (plus
 * {@code "duplicate":true}); op 4 with {@code "ack"} moves a cursor, answered
 * with op 5 {@code {"ack","id"}}; refusals are op 5 {@code {"code","reason"}}
 * and never close the socket. Messages arrive as op 1001 (private) and 1002
 * (group) pushes to every socket of the recipients that accepts the op, the
 * sending socket excepted. A socket that accepts either op gets its user's
 * undelivered messages right after auth (op 8), conversation by conversation,
 * each one's in the order they were stored, in batches of
 * {@code onair.chat.offline-batch}: the next batch after the delivered ack of
 * the last message of the previous one; live messages wait while a batch is read
 * ({@link ConversationFeed}).
 */
@ApplicationScoped
public class ConversationChat {

    private static final Logger LOG = Logger.getLogger(ConversationChat.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    Conversations conversations;

    /**
     * Called once the socket is identified and before it is registered (so
     * before any push can reach it): a socket that wants private or group
     * messages holds them until its backlog is out.
     */
    public void identified(Connection connection) {
        if (wantsMessages(connection)) {
            connection.filter(new ConversationFeed());
        }
    }

    /** Called after op 8: sends the first backlog batch. */
    public void authenticated(Connection connection) {
        feed(connection).ifPresent(feed -> nextBatch(connection, feed, Backlog.Position.START));
    }

    /**
     * Handles an op-4 frame meant for a conversation.
     *
     * @return false when the frame is a room message (no {@code to} or {@code ack}): nothing was done
     */
    public boolean send(Connection connection, Frame frame, Consumer<Outbound> reply) {
        String answer;
        Runnable then = () -> { };
        try {
            Optional<ConversationRequest> request = ConversationRequest.parse(frame.body());
            if (request.isEmpty()) {
                return false;
            }
            if (request.get() instanceof ConversationRequest.Send send) {
                answer = send(connection, send);
            } else {
                ConversationRequest.Ack ack = (ConversationRequest.Ack) request.get();
                answer = ack(connection, ack);
                then = () -> afterAck(connection, ack);
            }
        } catch (MessageRefused refused) {
            LOG.info(() -> "chat request refused " + connection + " code=" + refused.code()
                    + " reason=" + refused.reason());
            answer = error(refused.code(), refused.reason());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "chat request failed " + connection, e);
            answer = error(500, "server error");
        }
        reply.accept(Outbound.of(Frame.reply(frame, Ops.SEND_MSG_REPLY, answer.getBytes(StandardCharsets.UTF_8))));
        then.run();
        return true;
    }

    private String send(Connection connection, ConversationRequest.Send request) {
        Sent sent = conversations.send(new Sender(connection.mid(), connection.name()), request.to(), request.draft());
        feed(connection).ifPresent(feed -> feed.sentHere(sent.accepted().id()));
        var body = JSON.createObjectBuilder().add("id", sent.accepted().id()).add("ts", sent.accepted().ts())
                .add("conversation", sent.conversation());
        if (sent.accepted().duplicate()) {
            body.add("duplicate", true);
        }
        return body.build().toString();
    }

    private String ack(Connection connection, ConversationRequest.Ack request) {
        conversations.ack(connection.mid(), request.conversation(), request.cursor(), request.id());
        return JSON.createObjectBuilder().add("ack", request.cursor().wireName()).add("id", request.id())
                .build().toString();
    }

    /** After the ack's op 5: the next backlog batch when the ack completed the last one. */
    private void afterAck(Connection connection, ConversationRequest.Ack ack) {
        feed(connection).ifPresent(feed -> feed.acked(ack.conversation(), ack.id())
                .ifPresent(after -> nextBatch(connection, feed, after)));
    }

    /**
     * Reads and sends a batch; on failure (database down) the socket goes
     * live without it and gets it on its next connect.
     */
    private void nextBatch(Connection connection, ConversationFeed feed, Backlog.Position after) {
        Backlog backlog;
        try {
            backlog = conversations.backlog(connection.mid(), after,
                    connection.accepts(ConversationMessageJson.PRIVATE_OP),
                    connection.accepts(ConversationMessageJson.GROUP_OP));
        } catch (RuntimeException e) {
            LOG.warning(() -> "chat backlog not read " + connection + ": " + e);
            backlog = new Backlog(List.of(), true, after);
        }
        feed.deliver(connection::release, backlog);
        Backlog sent = backlog;
        LOG.fine(() -> "chat backlog " + connection + " after=" + after + " sent=" + sent.messages().size()
                + " complete=" + sent.complete());
    }

    private static boolean wantsMessages(Connection connection) {
        return connection.accepts(ConversationMessageJson.PRIVATE_OP)
                || connection.accepts(ConversationMessageJson.GROUP_OP);
    }

    private static Optional<ConversationFeed> feed(Connection connection) {
        return connection.filter() instanceof ConversationFeed feed ? Optional.of(feed) : Optional.empty();
    }

    private static String error(int code, String reason) {
        return JSON.createObjectBuilder().add("code", code).add("reason", reason).build().toString();
    }
}
