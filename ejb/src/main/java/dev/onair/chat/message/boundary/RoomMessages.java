package dev.onair.chat.message.boundary;

import dev.onair.chat.boundary.Push;
import dev.onair.chat.boundary.PushBus;
import dev.onair.chat.boundary.RoomIds;
import dev.onair.chat.message.control.ChatSettings;
import dev.onair.chat.message.control.ClientIds;
import dev.onair.chat.message.control.MessageArchive;
import dev.onair.chat.message.control.MessageIntake;
import dev.onair.chat.message.control.PersistQueue;
import dev.onair.chat.message.control.RoomRestrictions;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;

/**
 * Room (danmaku) messages: sending one to a room, and reading a room's history.
 *
 * <p>A message is checked ({@link MessageIntake}: the rules shared with private and group messages), rate-limited per user,
 * refused to a user muted in the room or within the room's slow-mode interval,
 * masked for sensitive words, stamped with a time-ordered id and the time,
 * queued for the archive, and only then pushed to the room and acknowledged:
 * an id the sender holds is an id the broker has on disk. No transaction
 * (NOT_SUPPORTED): the queue send must be done, not pending a commit, when the
 * sender is answered, and there is nothing else to roll back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoomMessages {

    private static final Logger LOG = Logger.getLogger(RoomMessages.class.getName());
    public static final int MAX_PAGE = 100;

    @Inject
    ChatSettings settings;

    @Inject
    MessageIntake intake;

    @Inject
    RoomRestrictions restrictions;

    @Inject
    PersistQueue queue;

    @Inject
    PushBus pushBus;

    @Inject
    MessageArchive archive;

    /**
     * Sends a message to a room.
     *
     * @return the stored id and time; for a client id already used, the first message's
     * @throws MessageRefused when the message is invalid (400), its sender muted (403), over the rate or
     *                        the slow mode (429), or it cannot be queued (503)
     */
    public Accepted send(Sender sender, String room, Draft draft) {
        if (!RoomIds.isValid(room)) {
            throw MessageRefused.invalid("join a room first");
        }
        RoomMessage[] queued = new RoomMessage[1];
        Accepted accepted = intake.accept(sender.id(), ClientIds.ROOMS, draft,
                () -> restrictions.check(room, sender.id()), stamp -> {
                    RoomMessage message = new RoomMessage(stamp.id(), room, sender, draft.type(), stamp.content(),
                            stamp.ts());
                    queue.send(message, draft.clientId());
                    queued[0] = message;
                });
        if (queued[0] != null) {
            publish(queued[0]);
            LOG.fine(() -> "chat message id=" + accepted.id() + " room=" + room + " from=" + sender.id());
        }
        return accepted;
    }

    /** The last messages of a room for a socket entering it ({@code onair.chat.history-on-join}), oldest first. */
    public List<RoomMessage> recent(String room) {
        if (settings.historyOnJoin() == 0 || !RoomIds.isValid(room)) {
            return List.of();
        }
        List<RoomMessage> newestFirst = new ArrayList<>(archive.before(room, Long.MAX_VALUE, settings.historyOnJoin()));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** A page of a room's history, newest first: up to {@code limit} messages with ids below {@code before}. */
    public List<RoomMessage> page(String room, long before, int limit) {
        return archive.before(room, before, Math.min(limit, MAX_PAGE));
    }

    /**
     * The message is safely queued by now; a push that fails only costs the
     * live delivery (the message is in the history), so the sender still gets its id.
     */
    private void publish(RoomMessage message) {
        try {
            pushBus.publish(new Push(new Push.Room(message.room()), RoomMessageJson.ROOM_CHAT_OP,
                    RoomMessageJson.bytes(message)));
        } catch (RuntimeException e) {
            LOG.warning(() -> "chat message id=" + message.id() + " stored but not pushed: " + e);
        }
    }
}
