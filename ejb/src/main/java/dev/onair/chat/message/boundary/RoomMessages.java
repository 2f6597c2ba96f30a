package dev.onair.chat.message.boundary;

import dev.onair.chat.boundary.Push;
import dev.onair.chat.boundary.PushBus;
import dev.onair.chat.boundary.RoomIds;
import dev.onair.chat.media.boundary.Attachments;
import dev.onair.chat.message.control.ChatSettings;
import dev.onair.chat.message.control.ClientIds;
import dev.onair.chat.message.control.MessageArchive;
import dev.onair.chat.message.control.MessageRules;
import dev.onair.chat.message.control.NodeMessageIds;
import dev.onair.chat.message.control.PersistQueue;
import dev.onair.chat.message.control.RateLimits;
import dev.onair.chat.message.control.RoomRestrictions;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Room (danmaku) messages: sending one to a room, and reading a room's history.
 *
 * <p>A message is checked ({@link MessageRules}; a media message's upload
 * by {@link Attachments}), rate-limited per user,
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
    RateLimits rates;

    @Inject
    RoomRestrictions restrictions;

    @Inject
    ClientIds clientIds;

    @Inject
    NodeMessageIds ids;

    @Inject
    PersistQueue queue;

    @Inject
    PushBus pushBus;

    @Inject
    MessageArchive archive;

    @Inject
    Clock clock;

    @Inject
    Attachments attachments;

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
        MessageRules.check(draft);
        attachments.check(sender.id(), draft);
        String clientId = draft.clientId();
        if (clientId != null) {
            Optional<ClientIds.Claim> earlier = clientIds.known(sender.id(), clientId);
            if (earlier.isPresent()) {
                return settle(earlier.get(), sender, room, draft);
            }
        }
        long now = clock.millis();
        if (!rates.tryAcquire(sender.id(), now)) {
            throw new MessageRefused(MessageRefused.RATE_LIMITED, "too many messages, at most "
                    + settings.rateRule().limit() + " per " + settings.rateRule().window().toMillis() + " ms");
        }
        restrictions.check(room, sender.id());
        RoomMessage message = message(ids.next(now), room, sender, draft, now);
        Accepted accepted = new Accepted(message.id(), message.ts(), false);
        if (clientId != null) {
            Optional<ClientIds.Claim> raced = clientIds.claim(sender.id(), clientId, accepted);
            if (raced.isPresent()) {
                return settle(raced.get(), sender, room, draft);
            }
        }
        try {
            queue.send(message, clientId);
        } catch (MessageRefused unavailable) {
            if (clientId != null) {
                clientIds.release(sender.id(), clientId);
            }
            throw unavailable;
        }
        if (clientId != null) {
            clientIds.confirm(sender.id(), clientId, accepted);
        }
        publish(message);
        LOG.fine(() -> "chat message id=" + message.id() + " room=" + room + " from=" + sender.id());
        return accepted;
    }

    /**
     * A retry of a client id already claimed. A confirmed claim's message is
     * queued: the retry only gets the answer again. A pending one's may have
     * died with its node before reaching the queue, so the message is queued
     * (and pushed) again under the claimed id and time; if the first one did
     * arrive, the archive keeps one row and clients drop the repeated id.
     */
    private Accepted settle(ClientIds.Claim claim, Sender sender, String room, Draft draft) {
        Accepted answer = claim.answer();
        if (claim.pending()) {
            RoomMessage message = message(answer.id(), room, sender, draft, answer.ts());
            queue.send(message, draft.clientId());
            clientIds.confirm(sender.id(), draft.clientId(), answer);
            publish(message);
            LOG.info(() -> "chat message id=" + answer.id() + " queued again for a retry of a pending client id");
        }
        return answer;
    }

    private RoomMessage message(long id, String room, Sender sender, Draft draft, long ts) {
        return new RoomMessage(id, room, sender, draft.type(), settings.wordFilter().mask(draft.content()), ts);
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
