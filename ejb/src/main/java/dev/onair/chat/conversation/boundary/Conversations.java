package dev.onair.chat.conversation.boundary;

import dev.onair.account.boundary.Accounts;
import dev.onair.chat.boundary.Push;
import dev.onair.chat.boundary.PushBus;
import dev.onair.chat.conversation.control.ConversationArchive;
import dev.onair.chat.conversation.control.DeliveryQueue;
import dev.onair.chat.group.boundary.Groups;
import dev.onair.chat.message.boundary.Accepted;
import dev.onair.chat.message.boundary.Draft;
import dev.onair.chat.message.boundary.MessageRefused;
import dev.onair.chat.message.boundary.Sender;
import dev.onair.chat.message.control.MessageIntake;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Private and group messages: sending, acknowledging, the offline backlog and
 * the history.
 *
 * <p>A message to a user or group is refused when the user or group does not
 * exist (404), the sender writes to itself (400) or is not a member of the
 * group (403); otherwise it passes the same intake as room messages (rules,
 * client id, rate, sensitive words, id) with the conversation as the client
 * id's scope, and is queued durably ({@link DeliveryQueue}) with its
 * recipients, fixed now: both users, or the group's members. The delivery MDB
 * stores and pushes it. No transaction (NOT_SUPPORTED), as for room messages:
 * the queue send must be done when the sender is answered; the writes that need
 * one (cursors) have their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Conversations {

    private static final Logger LOG = Logger.getLogger(Conversations.class.getName());
    public static final int MAX_PAGE = 100;

    @Inject
    MessageIntake intake;

    @Inject
    DeliveryQueue queue;

    @Inject
    ConversationArchive archive;

    @Inject
    PushBus pushBus;

    @EJB
    Accounts accounts;

    @EJB
    Groups groups;

    /** How many undelivered messages a socket gets at once (op-9 batch); the next after its delivered ack. */
    @Inject
    @ConfigProperty(name = "onair.chat.offline-batch", defaultValue = "200")
    int offlineBatch;

    @PostConstruct
    void validate() {
        if (offlineBatch < 1 || offlineBatch > 1000) {
            throw new IllegalStateException("onair.chat.offline-batch must be 1..1000");
        }
    }

    /**
     * Sends a message to a user or a group.
     *
     * @throws MessageRefused 400 invalid or to oneself, 403 not a member, 404 no such user or group,
     *                        429 over the rate, 503 cannot be queued now
     */
    public Sent send(Sender sender, Recipient to, Draft draft) {
        ConversationId conversation;
        List<Long> recipients;
        if (to.group()) {
            if (to.id() <= 0 || !groups.exists(to.id())) {
                throw new MessageRefused(404, "no group " + to.id());
            }
            recipients = groups.memberIds(to.id());
            if (!recipients.contains(sender.id())) {
                throw new MessageRefused(MessageRefused.FORBIDDEN, "not a member of group " + to.id());
            }
            conversation = ConversationId.group(to.id());
        } else {
            if (to.id() == sender.id()) {
                throw MessageRefused.invalid("a message to yourself");
            }
            if (to.id() <= 0 || !accounts.exists(to.id())) {
                throw new MessageRefused(404, "no user " + to.id());
            }
            recipients = List.of(sender.id(), to.id());
            conversation = ConversationId.direct(sender.id(), to.id());
        }
        Accepted accepted = intake.accept(sender.id(), conversation.value(), draft, () -> { }, stamp -> queue.send(
                new DeliveryQueue.Delivery(new ConversationMessage(stamp.id(), conversation.value(), sender,
                        draft.type(), stamp.content(), stamp.ts()), recipients, draft.clientId())));
        LOG.fine(() -> "chat message id=" + accepted.id() + " conversation=" + conversation + " from=" + sender.id()
                + (accepted.duplicate() ? " duplicate" : ""));
        return new Sent(accepted, conversation.value());
    }

    /**
     * Moves the user's cursor in a conversation forward to a message of it
     * (forward in store order: the message's seq, not its id) and,
     * in a private conversation, tells the other user (op 1003) when it moved.
     *
     * @throws MessageRefused 404 when the user has no such conversation or it no such message
     */
    public void ack(long userId, String conversation, Cursor cursor, long messageId) {
        ConversationId id = ConversationId.parse(conversation)
                .orElseThrow(() -> MessageRefused.invalid("conversation is not a conversation id"));
        if (!archive.isMember(id.value(), userId)) {
            throw new MessageRefused(404, "no conversation " + conversation);
        }
        long seq = archive.seqOf(id.value(), messageId)
                .orElseThrow(() -> new MessageRefused(404, "no message " + messageId + " in " + conversation));
        boolean moved = archive.advance(id.value(), userId, cursor == Cursor.READ, messageId, seq);
        if (moved && !id.isGroup()) {
            try {
                pushBus.publish(new Push(new Push.Mids(List.of(id.peerOf(userId))), ConversationMessageJson.RECEIPT_OP,
                        ConversationMessageJson.receipt(id.value(), userId, cursor, messageId)));
            } catch (RuntimeException e) {
                LOG.warning(() -> "chat receipt not pushed conversation=" + conversation + " user=" + userId + ": " + e);
            }
        }
    }

    /**
     * The next batch of the user's undelivered messages after {@code after}
     * ({@link Backlog.Position#START} first, then the previous batch's
     * {@link Backlog#next}): of private conversations, group ones or both.
     */
    public Backlog backlog(long userId, Backlog.Position after, boolean privates, boolean groups) {
        return Backlog.of(archive.undelivered(userId, after, offlineBatch + 1, privates, groups), offlineBatch,
                after);
    }

    /** Whether the user may read a conversation. */
    public Access access(long userId, String conversation) {
        ConversationId id = ConversationId.parse(conversation).orElse(null);
        if (id == null) {
            return Access.NOT_FOUND;
        }
        if (archive.isMember(id.value(), userId)) {
            return Access.MEMBER;
        }
        if (id.isBetween(userId) && accounts.exists(id.peerOf(userId))) {
            return Access.MEMBER; // no message yet: an empty history
        }
        boolean there = id.isGroup() ? groups.exists(id.groupId()) : archive.exists(id.value());
        return there ? Access.FORBIDDEN : Access.NOT_FOUND;
    }

    /** A page of a conversation's history, newest first; check {@link #access} first. */
    public List<ConversationMessage> page(String conversation, long before, int limit) {
        return archive.before(conversation, before, Math.min(limit, MAX_PAGE));
    }

    /** A page of the user's conversations, most recent first, whose last message is below {@code before}. */
    public List<ConversationSummary> list(long userId, long before, int limit) {
        return archive.list(userId, before, Math.min(limit, MAX_PAGE));
    }
}
