package dev.onair.chat.message.control;

import dev.onair.chat.message.boundary.Accepted;
import dev.onair.chat.message.boundary.Draft;
import dev.onair.chat.message.boundary.MessageRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * The steps every user message goes through, wherever it is going (a room, a
 * user, a group): the rules ({@link MessageRules}), a known client id answered
 * with its first answer, the per-user rate (one counter for all of a user's
 * messages), the caller's own restrictions, the time-ordered id, time and
 * masked content, and the durable hand-over, after which the sender may be
 * answered. A client id is claimed before the hand-over and released when the
 * hand-over fails, so a retry after a 503 is sent again, not answered as a duplicate.
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

    /**
     * Takes a message in.
     *
     * @param scope        where client ids are unique for this message ({@link ClientIds#ROOMS} for room messages)
     * @param restrictions checks of the destination, run after the rate limit; throw a {@link MessageRefused}
     * @return the answer for the sender; a duplicate's answer when the client id was known (nothing handed over)
     */
    public Accepted accept(long senderId, String scope, Draft draft, Runnable restrictions, Handover handover) {
        MessageRules.check(draft);
        String clientId = draft.clientId();
        if (clientId != null) {
            Optional<Accepted> earlier = clientIds.known(senderId, scope, clientId);
            if (earlier.isPresent()) {
                return earlier.get();
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
            Optional<Accepted> raced = clientIds.claim(senderId, scope, clientId, accepted);
            if (raced.isPresent()) {
                return raced.get();
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
        return accepted;
    }
}
