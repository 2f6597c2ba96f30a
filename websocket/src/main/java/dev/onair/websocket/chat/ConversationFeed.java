package dev.onair.websocket.chat;

import dev.onair.chat.conversation.boundary.Backlog;
import dev.onair.chat.conversation.boundary.ConversationMessage;
import dev.onair.chat.conversation.boundary.ConversationMessageJson;
import dev.onair.websocket.protocol.Frame;
import dev.onair.websocket.protocol.Outbound;
import dev.onair.websocket.session.Connection;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One socket's private and group message stream, as a push filter: while a
 * backlog batch is being read, live messages are held; the batch goes out
 * first, then what was held, each message once (ids the socket already got,
 * from a batch, live, or sent itself, are dropped). Between batches live
 * messages pass at once, so a client that never acks still gets them; it
 * orders by id. The last few thousand ids are remembered, which covers a
 * batch and whatever overlaps it.
 */
final class ConversationFeed implements Connection.PushFilter {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final int REMEMBERED = 4096;
    /** Held pushes beyond this are dropped: they are stored, and the next backlog has them. */
    private static final int MAX_HELD = 10_000;

    private final Map<Long, Boolean> seen = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final List<Outbound> held = new ArrayList<>();
    private boolean reading = true;
    /** Where the next batch starts (its conversation the awaited ack's), null when none is awaited. */
    private Backlog.Position next;
    private long awaitedId;

    @Override
    public synchronized boolean admits(Outbound outbound) {
        Long id = messageId(outbound);
        if (id == null) {
            return true;
        }
        if (reading) {
            if (held.size() < MAX_HELD) {
                held.add(outbound);
            }
            return false;
        }
        return remember(id);
    }

    /**
     * Sends a batch (one op-9 message for binary sockets), then the pushes
     * held while it was read, and lets live pushes through again. A batch that
     * may have more behind it waits for the client's delivered ack of its last message.
     * {@code release} queues past the filter ({@link Connection#release}).
     */
    synchronized void deliver(Consumer<Outbound> release, Backlog backlog) {
        List<ConversationMessage> batch = backlog.messages();
        List<Frame> frames = new ArrayList<>();
        for (ConversationMessage message : batch) {
            if (remember(message.id())) {
                frames.add(Frame.push(ConversationMessageJson.opOf(message), ConversationMessageJson.bytes(message)));
            }
        }
        if (!frames.isEmpty()) {
            release.accept(Outbound.batch(frames));
        }
        for (Outbound outbound : held) {
            if (remember(messageId(outbound))) {
                release.accept(outbound);
            }
        }
        held.clear();
        reading = false;
        if (backlog.complete() || batch.isEmpty()) {
            next = null;
            awaitedId = 0;
        } else {
            ConversationMessage last = batch.get(batch.size() - 1);
            next = backlog.next(); // the place of the last message
            awaitedId = last.id();
        }
    }

    /**
     * A delivered (or read) ack from the client: when it reaches the last
     * message of a batch that had more behind it, holding starts again and the
     * place to read the next batch from is returned; otherwise nothing.
     */
    synchronized Optional<Backlog.Position> acked(String conversation, long id) {
        if (next == null || !conversation.equals(next.conversation()) || id < awaitedId) {
            return Optional.empty();
        }
        Backlog.Position after = next;
        next = null;
        awaitedId = 0;
        reading = true;
        return Optional.of(after);
    }

    /** A message this socket sent: its push is not echoed back here (the sender's other sockets get it). */
    synchronized void sentHere(long id) {
        remember(id);
    }

    private boolean remember(long id) {
        return seen.put(id, Boolean.TRUE) == null;
    }

    /** The message id of a private or group message push; {@code null} for anything else. */
    static Long messageId(Outbound outbound) {
        if (outbound.frameCount() != 1) {
            return null;
        }
        Frame frame = outbound.frames().get(0);
        if (frame.op() != ConversationMessageJson.PRIVATE_OP && frame.op() != ConversationMessageJson.GROUP_OP) {
            return null;
        }
        try (var reader = JSON.createReader(new ByteArrayInputStream(frame.body()))) {
            return reader.readObject().get("id") instanceof JsonNumber id ? id.longValue() : null;
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }
}
