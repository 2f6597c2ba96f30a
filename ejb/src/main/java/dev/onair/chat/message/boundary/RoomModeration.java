package dev.onair.chat.message.boundary;

import dev.onair.chat.boundary.Push;
import dev.onair.chat.boundary.PushBus;
import dev.onair.chat.boundary.RoomIds;
import dev.onair.chat.message.control.RoomRestrictions;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A room's moderation: muting a user in it for a while, slow mode (one
 * message per interval and user), kicking a user out of it (their sockets in
 * the room are closed with 1008 "kicked from room"; they may come back) and
 * banning them (closed with 1008 "banned from room", and kept out until the
 * ban ends or is lifted). All take effect on every node at once: restrictions
 * through Redis, kicks and bans through an {@link Push.Eject} on the push
 * topic. Who may moderate is the caller's decision; each action is logged
 * with who took it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Redis only, nothing to enlist
public class RoomModeration {

    public static final Duration MAX_MUTE = Duration.ofDays(30);
    public static final Duration MAX_SLOW_MODE = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(RoomModeration.class.getName());

    public static final Duration MAX_BAN = Duration.ofDays(30);
    public static final String KICKED = "kicked from room";
    public static final String BANNED = "banned from room";

    @Inject
    RoomRestrictions restrictions;

    @Inject
    PushBus pushBus;

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

    /** Closes the user's sockets in the room on every node; they may rejoin. */
    public void kick(String room, long userId, String by) {
        require(RoomIds.isValid(room));
        eject(room, userId, KICKED);
        LOG.info(() -> "chat kick room=" + room + " user=" + userId + " by=" + by);
    }

    /** Bans for {@code length} (up to {@link #MAX_BAN}), or until unbanned when empty, and ejects at once. */
    public void ban(String room, long userId, Optional<Duration> length, String by) {
        require(RoomIds.isValid(room) && length.map(l -> !l.isNegative() && !l.isZero()
                && l.compareTo(MAX_BAN) <= 0).orElse(true));
        restrictions.ban(room, userId, length);
        eject(room, userId, BANNED);
        LOG.info(() -> "chat ban room=" + room + " user=" + userId + " for="
                + length.map(Duration::toString).orElse("ever") + " by=" + by);
    }

    public void unban(String room, long userId, String by) {
        require(RoomIds.isValid(room));
        restrictions.unban(room, userId);
        LOG.info(() -> "chat unban room=" + room + " user=" + userId + " by=" + by);
    }

    /** Whether a socket of the user may enter the room (no room is always fine). */
    public boolean mayEnter(String room, long userId) {
        return !restrictions.isBanned(room, userId);
    }

    /** Zero turns slow mode off. */
    public void slowMode(String room, Duration interval, String by) {
        require(RoomIds.isValid(room) && !interval.isNegative() && interval.compareTo(MAX_SLOW_MODE) <= 0);
        restrictions.slowMode(room, interval);
        LOG.info(() -> "chat slow mode room=" + room + " interval=" + interval + " by=" + by);
    }

    private void eject(String room, long userId, String reason) {
        pushBus.publish(new Push(new Push.Eject(room, userId), 0, reason.getBytes(StandardCharsets.UTF_8)));
    }

    private static void require(boolean valid) {
        if (!valid) {
            throw new IllegalArgumentException("room must be type://id and durations within their bounds");
        }
    }
}
