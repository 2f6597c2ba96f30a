package dev.onair.chat.control;

import dev.onair.chat.boundary.Presence;
import dev.onair.platform.redis.Redis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;

/**
 * Presence as one Redis sorted set per room, {@code onair:presence:room:<room id>},
 * whose members are connection keys scored by the epoch millisecond their
 * lease ends. The online count is the number of members scored after now, so a
 * dead node's connections stop counting when their leases end, with no
 * sweeper. Every renewal also trims ended leases and sets the set's own TTL to
 * one lease, so a room nobody renews disappears from Redis entirely (leases are
 * the same length on every node, so the newest one is always the longest).
 *
 * <p>Commands go in a pipeline, not MULTI: one round trip, and a room move
 * (leave + renew) touches two keys that a Redis Cluster may hold on different
 * slots. Scores come from the injected clock, so nodes must keep their clocks
 * in sync (NTP) to within a small fraction of a lease.
 */
@ApplicationScoped
public class RedisPresence implements Presence {

    static final String ROOM_PREFIX = "onair:presence:room:";

    @Inject
    Redis redis;

    @Inject
    Clock clock;

    @Override
    public long renew(String roomId, String key, Duration lease) {
        if (roomId.isEmpty()) {
            return 0;
        }
        long now = clock.millis();
        long leaseMillis = Math.max(1, lease.toMillis());
        String room = ROOM_PREFIX + roomId;
        try (AbstractPipeline pipeline = redis.client().pipelined()) {
            pipeline.zremrangeByScore(room, Double.NEGATIVE_INFINITY, now);
            pipeline.zadd(room, now + leaseMillis, key);
            pipeline.pexpire(room, leaseMillis);
            Response<Long> online = pipeline.zcount(room, "(" + now, "+inf");
            pipeline.sync();
            return online.get();
        }
    }

    @Override
    public void leave(String roomId, String key) {
        if (!roomId.isEmpty()) {
            redis.client().zrem(ROOM_PREFIX + roomId, key);
        }
    }

    @Override
    public long onlineCount(String roomId) {
        if (roomId.isEmpty()) {
            return 0;
        }
        return redis.client().zcount(ROOM_PREFIX + roomId, "(" + clock.millis(), "+inf");
    }
}
