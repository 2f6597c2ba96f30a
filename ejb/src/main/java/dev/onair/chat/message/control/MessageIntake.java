package dev.onair.chat.message.control;

import dev.onair.chat.media.boundary.Attachments;
import dev.onair.chat.message.boundary.Accepted;
import dev.onair.chat.message.boundary.Draft;
import dev.onair.chat.message.boundary.MessageRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * The steps every user message goes through, wherever it is going (a room, a
 * user, a group): the rules ({@link MessageRules}), media kinds naming an
 * upload of the sender's ({@link Attachments}), a known client id answered
 * with its first answer, the per-user rate (one counter for all of a user's
 * messages), the caller's own restrictions, the time-ordered id, time and
 * masked content, and the durable hand-over, after which the sender may be
 * answered. A client id is claimed before the hand-over and released when the
 * hand-over fails, so a retry after a 503 is sent again, not answered as a duplicate;
 * it is confirmed after the hand-over, and a retry that finds it still pending
 * (its node died in between) hands the message over again under the claimed
 * id, which every store keeps once.
 */
@ApplicationScoped
public class MessageIntake {

    /** What a message that passed is stamped with. */
    public record Stamp(long id, long ts, String content) {
    }

    /** The durable hand-over of a stamped message; throws a 503 {@link MessageRefused} when it cannot be done. */
    @FunctionalInterface
    public interface Handover {
        void send(Stamp stamp);
    }

    @Inject
    ChatSettings settings;

    @Inject
    RateLimits rates;

    @Inject
    ClientIds clientIds;

    @Inject
    NodeMessageIds ids;

    @Inject
    Clock clock;

    @Inject
    Attachments attachments;

    /**
     * Takes a message in.
     *
     * @param scope        where client ids are unique for this message ({@link ClientIds#ROOMS} for room messages)
     * @param restrictions checks of the destination, run after the rate limit; throw a {@link MessageRefused}
     * @return the answer for the sender; a duplicate's answer when the client id was known (handed over again only when its claim was left pending)
     */
    public Accepted accept(long senderId, String scope, Draft draft, Runnable restrictions, Handover handover) {
        MessageRules.check(draft);
        attachments.check(senderId, draft);
        String clientId = draft.clientId();
        if (clientId != null) {
            Optional<ClientIds.Claim> earlier = clientIds.known(senderId, scope, clientId);
            if (earlier.isPresent()) {
                return settle(senderId, scope, draft, earlier.get(), handover);
            }
        }
        long now = clock.millis();
        if (!rates.tryAcquire(senderId, now)) {
            throw new MessageRefused(MessageRefused.RATE_LIMITED, "too many messages, at most "
                    + settings.rateRule().limit() + " per " + settings.rateRule().window().toMillis() + " ms");
        }
        restrictions.run();
        Stamp stamp = new Stamp(ids.next(now), now, settings.wordFilter().mask(draft.content()));
        Accepted accepted = new Accepted(stamp.id(), stamp.ts(), false);
        if (clientId != null) {
            Optional<ClientIds.Claim> raced = clientIds.claim(senderId, scope, clientId, accepted);
            if (raced.isPresent()) {
                return settle(senderId, scope, draft, raced.get(), handover);
            }
        }
        try {
            handover.send(stamp);
        } catch (MessageRefused unavailable) {
            if (clientId != null) {
                clientIds.release(senderId, scope, clientId);
            }
            throw unavailable;
        }
        if (clientId != null) {
            clientIds.confirm(senderId, scope, clientId, accepted);
        }
        return accepted;
    }

    /** A retry of a claimed client id: the first answer, after handing the message over again if still pending. */
    private Accepted settle(long senderId, String scope, Draft draft, ClientIds.Claim claim, Handover handover) {
        Accepted answer = claim.answer();
        if (claim.pending()) {
            handover.send(new Stamp(answer.id(), answer.ts(), settings.wordFilter().mask(draft.content())));
            clientIds.confirm(senderId, scope, draft.clientId(), answer);
        }
        return answer;
    }
}
