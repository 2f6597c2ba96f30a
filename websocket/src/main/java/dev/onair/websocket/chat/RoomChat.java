package dev.onair.websocket.chat;

import dev.onair.chat.message.boundary.Accepted;
import dev.onair.chat.message.boundary.MessageRefused;
import dev.onair.chat.message.boundary.RoomMessage;
import dev.onair.chat.message.boundary.RoomMessageJson;
import dev.onair.chat.message.boundary.RoomMessages;
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
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Room chat for authenticated sockets. Op 4 sends a message to the socket's
 * room; the answer is op 5 with the request's sequence, either
 * {@code {"id":<server id>,"ts":<epoch ms>}} (plus {@code "duplicate":true}
 * when the client id had been used: nothing was sent again) or
 * {@code {"code":400|429|500|503,"reason":"..."}}. A refused message never
 * closes the socket: it is the sender's mistake or the server's trouble,
 * not a protocol violation. The message itself reaches everyone in the room,
 * the sender included, as an op-1000 push.
 */
@ApplicationScoped
public class RoomChat {

    private static final Logger LOG = Logger.getLogger(RoomChat.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    RoomMessages messages;

    /** Handles an op-4 frame; {@code reply} queues the op-5 answer in the form of the request. */
    public void send(Connection connection, Frame frame, Consumer<Outbound> reply) {
        String answer;
        try {
            Accepted accepted = messages.send(new Sender(connection.mid(), connection.name()), connection.roomId(),
                    ChatRequest.parse(frame.body()));
            var body = JSON.createObjectBuilder().add("id", accepted.id()).add("ts", accepted.ts());
            if (accepted.duplicate()) {
                body.add("duplicate", true);
            }
            answer = body.build().toString();
        } catch (MessageRefused refused) {
            LOG.info(() -> "chat message refused " + connection + " code=" + refused.code()
                    + " reason=" + refused.reason());
            answer = error(refused.code(), refused.reason());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "chat message failed " + connection, e);
            answer = error(500, "server error");
        }
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        reply.accept(Outbound.of(Frame.reply(frame, Ops.SEND_MSG_REPLY, body)));
    }

    /**
     * A socket entered its room (auth or room change): it gets the room's last
     * messages, oldest first, as op-1000 frames in one batch (one op-9 frame
     * for binary sockets). Messages accepted in the last moments may still be
     * on their way to the archive and missing here; they arrive live instead.
     */
    public void joined(Connection connection) {
        String room = connection.roomId();
        if (room.isEmpty()) {
            return;
        }
        try {
            List<RoomMessage> recent = messages.recent(room);
            if (!recent.isEmpty()) {
                connection.push(Outbound.batch(recent.stream()
                        .map(m -> Frame.push(RoomMessageJson.ROOM_CHAT_OP, RoomMessageJson.bytes(m)))
                        .toList()));
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "chat history not sent " + connection + ": " + e);
        }
    }

    private static String error(int code, String reason) {
        return JSON.createObjectBuilder().add("code", code).add("reason", reason).build().toString();
    }
}
