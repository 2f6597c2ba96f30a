package dev.onair.chat.control.presence;

import dev.onair.chat.boundary.Presence.RoomCount;
import dev.onair.chat.boundary.Presence.Totals;
import dev.onair.platform.redis.Redis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;

/**
 * The read side of presence, for goim's online API and later delivery work.
 * Every count is taken now, from the lease-scored sets ("scored after now"),
 * never from a stored number, so it is right across nodes even just after
 * one died. A ranking by stored counts would have to be rewritten on every
 * heartbeat with a count the same pipeline cannot know yet, and would keep a
 * dead node's numbers; instead {@link #top} recounts the live rooms of the
 * type in one pipeline, which costs one ZCOUNT per live room of that type
 * (goim's own top also walks every room it knows).
 */
@ApplicationScoped
public class RedisOnlineQueries {

    private static final String INF = "+inf";

    @Inject
    Redis redis;

    @Inject
    Clock clock;

    public long onlineCount(String roomId) {
        if (roomId.isEmpty()) {
            return 0;
        }
        return redis.client().zcount(PresenceKeys.room(roomId), after(clock.millis()), INF);
    }

    public List<RoomCount> top(String type, int limit) {
        long now = clock.millis();
        String index = PresenceKeys.roomsOfType(type);
        List<String> ids;
        try (AbstractPipeline pipeline = redis.client().pipelined()) {
            pipeline.zremrangeByScore(index, Double.NEGATIVE_INFINITY, now);
            Response<List<String>> live = pipeline.zrangeByScore(index, after(now), INF);
            pipeline.sync();
            ids = live.get();
        }
        Map<String, Long> counts = count(type, ids, now);
        List<RoomCount> rooms = new ArrayList<>(counts.size());
        counts.forEach((id, count) -> rooms.add(new RoomCount(id, count)));
        return RoomRanking.top(rooms, limit);
    }

    public Map<String, Long> counts(String type, List<String> roomIds) {
        return count(type, roomIds, clock.millis());
    }

    public Totals totals() {
        long now = clock.millis();
        try (AbstractPipeline pipeline = redis.client().pipelined()) {
            // Trimmed here as well as on admission, so a dead node's entries go even when nobody connects.
            pipeline.zremrangeByScore(PresenceKeys.CONNECTIONS, Double.NEGATIVE_INFINITY, now);
            pipeline.zremrangeByScore(PresenceKeys.ADDRESSES, Double.NEGATIVE_INFINITY, now);
            Response<Long> connections = pipeline.zcount(PresenceKeys.CONNECTIONS, after(now), INF);
            Response<Long> addresses = pipeline.zcount(PresenceKeys.ADDRESSES, after(now), INF);
            pipeline.sync();
            return new Totals(connections.get(), addresses.get());
        }
    }

    public List<String> connectionsOf(long mid) {
        return redis.client().zrangeByScore(PresenceKeys.user(mid), after(clock.millis()), INF);
    }

    private Map<String, Long> count(String type, List<String> ids, long now) {
        Map<String, Response<Long>> pending = new LinkedHashMap<>();
        try (AbstractPipeline pipeline = redis.client().pipelined()) {
            for (String id : ids) {
                pending.putIfAbsent(id, pipeline.zcount(PresenceKeys.room(PresenceKeys.roomId(type, id)),
                        after(now), INF));
            }
            pipeline.sync();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        pending.forEach((id, count) -> counts.put(id, count.get()));
        return counts;
    }

    /** Scores strictly after {@code now}: a lease that ends now has ended. */
    static String after(long now) {
        return "(" + now;
    }
}
