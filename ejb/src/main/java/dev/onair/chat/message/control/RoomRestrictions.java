package dev.onair.chat.message.control;

import dev.onair.chat.message.boundary.MessageRefused;
import dev.onair.platform.redis.Redis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.SetParams;

/**
 * Per-room mutes, bans and slow mode, in Redis so every node applies them at once:
 * {@code onair:chat:room:<room>:mute:<user>} exists while the user is muted
 * (it expires when the mute ends), {@code onair:chat:room:<room>:ban:<user>}
 * while the user is banned (expiring with the ban, or never for a permanent one), {@code onair:chat:room:<room>:slow} holds
 * the slow-mode interval in milliseconds, and
 * {@code onair:chat:room:<room>:last:<user>} exists for one interval after a
 * user's message while slow mode is on. Without Redis nothing is restricted
 * (logged), as with the rate limit: a ban then does not keep anyone out.
 */
@ApplicationScoped
public class RoomRestrictions {

    private static final Logger LOG = Logger.getLogger(RoomRestrictions.class.getName());
    static final String PREFIX = "onair:chat:room:";

    @Inject
    Redis redis;

    public void mute(String room, long userId, Duration length) {
        redis.client().set(muteKey(room, userId), "1", SetParams.setParams().px(length.toMillis()));
    }

    public void unmute(String room, long userId) {
        redis.client().del(muteKey(room, userId));
    }

    /** Bans a user from the room for {@code length}, or until unbanned when empty. */
    public void ban(String room, long userId, Optional<Duration> length) {
        SetParams params = SetParams.setParams();
        length.ifPresent(l -> params.px(l.toMillis()));
        redis.client().set(banKey(room, userId), "1", params);
    }

    public void unban(String room, long userId) {
        redis.client().del(banKey(room, userId));
    }

    /** Whether the user is banned from the room now; false (logged) when Redis cannot tell. */
    public boolean isBanned(String room, long userId) {
        if (room.isEmpty()) {
            return false;
        }
        try {
            return redis.client().exists(banKey(room, userId));
        } catch (RuntimeException e) {
            LOG.warning(() -> "chat room ban not checked room=" + room + " user=" + userId + ": " + e);
            return false;
        }
    }

    /** One message per {@code interval} and user in the room; zero turns slow mode off. */
    public void slowMode(String room, Duration interval) {
        if (interval.isZero()) {
            redis.client().del(PREFIX + room + ":slow");
        } else {
            redis.client().set(PREFIX + room + ":slow", Long.toString(interval.toMillis()));
        }
    }

    /**
     * Refuses a muted user (403) or a message within the slow-mode interval
     * of the user's last one (429); otherwise starts the user's next interval.
     */
    public void check(String room, long userId) {
        Response<Long> muteLeft;
        Response<String> slow;
        try (AbstractPipeline pipeline = redis.client().pipelined()) {
            muteLeft = pipeline.pttl(muteKey(room, userId));
            slow = pipeline.get(PREFIX + room + ":slow");
            pipeline.sync();
            if (muteLeft.get() > 0) {
                throw new MessageRefused(MessageRefused.FORBIDDEN,
                        "muted in this room for another " + seconds(muteLeft.get()) + " s");
            }
            if (slow.get() != null) {
                long interval = Long.parseLong(slow.get());
                String started = redis.client().set(PREFIX + room + ":last:" + userId, "1",
                        SetParams.setParams().nx().px(interval));
                if (started == null) {
                    throw new MessageRefused(MessageRefused.RATE_LIMITED,
                            "slow mode: one message per " + seconds(interval) + " s in this room");
                }
            }
        } catch (MessageRefused refused) {
            throw refused;
        } catch (RuntimeException e) {
            LOG.warning(() -> "chat room restrictions not checked room=" + room + " user=" + userId + ": " + e);
        }
    }

    private static String muteKey(String room, long userId) {
        return PREFIX + room + ":mute:" + userId;
    }

    private static String banKey(String room, long userId) {
        return PREFIX + room + ":ban:" + userId;
    }

    private static long seconds(long millis) {
        return (millis + 999) / 1000;
    }
}
