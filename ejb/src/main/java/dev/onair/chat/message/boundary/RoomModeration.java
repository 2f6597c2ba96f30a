package dev.onair.chat.message.boundary;

import dev.onair.chat.boundary.RoomIds;
import dev.onair.chat.message.control.RoomRestrictions;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A room's moderation: muting a user in it for a while, and slow mode (one
 * message per interval and user). Both take effect on every node at once and
 * end by themselves (a mute) or when turned off (slow mode). Who may moderate
 * is the caller's decision; each action is logged with who took it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Redis only, nothing to enlist
public class RoomModeration {

    public static final Duration MAX_MUTE = Duration.ofDays(30);
    public static final Duration MAX_SLOW_MODE = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(RoomModeration.class.getName());

    @Inject
    RoomRestrictions restrictions;

    public void mute(String room, long userId, Duration length, String by) {
        require(RoomIds.isValid(room) && !length.isNegative() && !length.isZero() && length.compareTo(MAX_MUTE) <= 0);
        restrictions.mute(room, userId, length);
        LOG.info(() -> "chat mute room=" + room + " user=" + userId + " for=" + length + " by=" + by);
    }

    public void unmute(String room, long userId, String by) {
        require(RoomIds.isValid(room));
        restrictions.unmute(room, userId);
        LOG.info(() -> "chat unmute room=" + room + " user=" + userId + " by=" + by);
    }

    /** Zero turns slow mode off. */
    public void slowMode(String room, Duration interval, String by) {
        require(RoomIds.isValid(room) && !interval.isNegative() && interval.compareTo(MAX_SLOW_MODE) <= 0);
        restrictions.slowMode(room, interval);
        LOG.info(() -> "chat slow mode room=" + room + " interval=" + interval + " by=" + by);
    }

    private static void require(boolean valid) {
        if (!valid) {
            throw new IllegalArgumentException("room must be type://id and durations within their bounds");
        }
    }
}
