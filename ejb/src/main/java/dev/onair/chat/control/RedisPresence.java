package dev.onair.chat.control;

import dev.onair.chat.boundary.Presence;
import dev.onair.chat.control.presence.PresenceKeys;
import dev.onair.chat.control.presence.RedisOnlineQueries;
import dev.onair.chat.control.presence.UserConnectionLimit;
import dev.onair.platform.redis.Redis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.params.ZAddParams;
import redis.clients.jedis.resps.Tuple;

/**
 * Presence as Redis sorted sets whose members are scored by the epoch
 * millisecond their lease ends (layout in {@link PresenceKeys}). A count is
 * the number of members scored after now, so a dead node's connections stop
 * counting when their leases end, with no sweeper. Every set also gets a TTL
 * of one lease on each renewal, so a set nobody renews disappears from Redis
 * entirely (leases are the same length on every node, so the newest one is
 * always the longest).
 *
 * <p>A heartbeat is one pipeline, one round trip, whatever it touches: the
 * room, the room's type index, the cluster's connections, the client
 * address, the user. Ended leases are trimmed from a room on every renewal
 * (its count is answered right away) and from the cluster-wide sets on
 * admission and on queries, which keeps heartbeats to O(log n) writes.
 * Commands go in a pipeline, not MULTI: keys of one call may sit on
 * different slots of a Redis Cluster. Scores come from the injected clock, so
 * nodes must keep their clocks in sync (NTP) to within a small fraction of a lease.
 */
@ApplicationScoped
public class RedisPresence implements Presence {

    private static final String INF = "+inf";

    @Inject
    Redis redis;

    @Inject
    Clock clock;

    @Inject
    RedisOnlineQueries queries;

    @Override
    public Admission admit(Member member, Duration lease, int maxPerUser) {
        long now = clock.millis();
        long leaseMillis = leaseMillis(lease);
        String user = PresenceKeys.user(member.mid());
        String since = PresenceKeys.userSince(member.mid());
        LongSupplier count;
        Response<List<String>> live;
        Response<List<Tuple>> admitted;
        try (AbstractPipeline pipeline = redis.client().pipelined()) {
            pipeline.del(PresenceKeys.evicted(member.key())); // a key that comes back is welcome again
            pipeline.zremrangeByScore(PresenceKeys.CONNECTIONS, Double.NEGATIVE_INFINITY, now);
            pipeline.zremrangeByScore(PresenceKeys.ADDRESSES, Double.NEGATIVE_INFINITY, now);
            pipeline.zremrangeByScore(user, Double.NEGATIVE_INFINITY, now);
            pipeline.zadd(since, now, member.key(), ZAddParams.zAddParams().nx());
            pipeline.pexpire(since, leaseMillis);
            count = renewIn(pipeline, member, now, leaseMillis);
            live = pipeline.zrangeByScore(user, "(" + now, INF);
            admitted = pipeline.zrangeWithScores(since, 0, -1);
            pipeline.sync();
        }
        Map<String, Double> admittedAt = admitted.get().stream()
                .collect(Collectors.toMap(Tuple::getElement, Tuple::getScore, (a, b) -> a));
        List<String> evicted = new UserConnectionLimit(maxPerUser).beyond(live.get(), admittedAt, member.key());
        // Ended: not live, and admitted over a lease ago (a key admitted since may just be mid-pipeline elsewhere).
        Set<String> liveKeys = Set.copyOf(live.get());
        List<String> ended = admittedAt.entrySet().stream()
                .filter(e -> !liveKeys.contains(e.getKey()) && e.getValue() < now - leaseMillis)
                .map(Map.Entry::getKey).toList();
        if (!evicted.isEmpty() || !ended.isEmpty()) {
            evict(member.mid(), evicted, ended, leaseMillis);
        }
        return new Admission(count.getAsLong(), evicted);
    }

    @Override
    public Renewal renew(Member member, Duration lease) {
        LongSupplier count;
        Response<Boolean> evicted;
        try (AbstractPipeline pipeline = redis.client().pipelined()) {
            count = renewIn(pipeline, member, clock.millis(), leaseMillis(lease));
            pipeline.pexpire(PresenceKeys.userSince(member.mid()), leaseMillis(lease));
            evicted = pipeline.exists(PresenceKeys.evicted(member.key()));
            pipeline.sync();
        }
        return new Renewal(count.getAsLong(), evicted.get());
    }

    @Override
    public void leaveRoom(String roomId, String key) {
        if (!roomId.isEmpty()) {
            redis.client().zrem(PresenceKeys.room(roomId), key);
        }
    }

    @Override
    public void leave(Member member) {
        String address = PresenceKeys.address(member.address());
        Response<Long> sameAddress = null;
        try (AbstractPipeline pipeline = redis.client().pipelined()) {
            if (!member.roomId().isEmpty()) {
                pipeline.zrem(PresenceKeys.room(member.roomId()), member.key());
            }
            pipeline.zrem(PresenceKeys.CONNECTIONS, member.key());
            pipeline.zrem(PresenceKeys.user(member.mid()), member.key());
            pipeline.zrem(PresenceKeys.userSince(member.mid()), member.key());
            if (!member.address().isEmpty()) {
                pipeline.zrem(address, member.key());
                sameAddress = pipeline.zcount(address, "(" + clock.millis(), INF);
            }
            pipeline.sync();
        }
        if (sameAddress != null && sameAddress.get() == 0) {
            // The address's last connection: it stops counting now. Should another connection from it
            // renew in between, that connection's next heartbeat adds the address back.
            redis.client().zrem(PresenceKeys.ADDRESSES, member.address());
        }
    }

    @Override
    public long onlineCount(String roomId) {
        return queries.onlineCount(roomId);
    }

    @Override
    public List<RoomCount> top(String type, int limit) {
        return queries.top(type, limit);
    }

    @Override
    public Map<String, Long> counts(String type, List<String> roomIds) {
        return queries.counts(type, roomIds);
    }

    @Override
    public Totals totals() {
        return queries.totals();
    }

    @Override
    public List<String> connectionsOf(long mid) {
        return queries.connectionsOf(mid);
    }

    /** Queues the lease writes of one connection; its room's count (0 outside a room) is there after sync. */
    private static LongSupplier renewIn(AbstractPipeline pipeline, Member member, long now, long leaseMillis) {
        long end = now + leaseMillis;
        Response<Long> count = null;
        if (!member.roomId().isEmpty()) {
            String room = PresenceKeys.room(member.roomId());
            String index = PresenceKeys.roomsOfType(PresenceKeys.type(member.roomId()));
            pipeline.zremrangeByScore(room, Double.NEGATIVE_INFINITY, now);
            pipeline.zadd(room, end, member.key());
            pipeline.pexpire(room, leaseMillis);
            count = pipeline.zcount(room, "(" + now, INF);
            pipeline.zadd(index, end, PresenceKeys.idPart(member.roomId()), ZAddParams.zAddParams().gt());
            pipeline.pexpire(index, leaseMillis);
        }
        lease(pipeline, PresenceKeys.CONNECTIONS, member.key(), end, leaseMillis);
        lease(pipeline, PresenceKeys.user(member.mid()), member.key(), end, leaseMillis);
        if (!member.address().isEmpty()) {
            lease(pipeline, PresenceKeys.address(member.address()), member.key(), end, leaseMillis);
            pipeline.zadd(PresenceKeys.ADDRESSES, end, member.address(), ZAddParams.zAddParams().gt());
            pipeline.pexpire(PresenceKeys.ADDRESSES, leaseMillis);
        }
        return count == null ? () -> 0 : count::get;
    }

    private static void lease(AbstractPipeline pipeline, String set, String member, long end, long leaseMillis) {
        pipeline.zadd(set, end, member);
        pipeline.pexpire(set, leaseMillis);
    }

    /**
     * Takes the evicted keys out of the user's presence and marks them for
     * their own node's next heartbeat; forgets the admission times of keys
     * whose lease ended (a dead node's), which nothing else trims.
     */
    private void evict(long mid, List<String> keys, List<String> ended, long leaseMillis) {
        try (AbstractPipeline pipeline = redis.client().pipelined()) {
            if (!keys.isEmpty()) {
                pipeline.zrem(PresenceKeys.user(mid), keys.toArray(String[]::new));
            }
            List<String> forgotten = new ArrayList<>(keys);
            forgotten.addAll(ended);
            pipeline.zrem(PresenceKeys.userSince(mid), forgotten.toArray(String[]::new));
            for (String key : keys) {
                pipeline.set(PresenceKeys.evicted(key), "1", SetParams.setParams().px(leaseMillis));
            }
            pipeline.sync();
        }
    }

    private static long leaseMillis(Duration lease) {
        return Math.max(1, lease.toMillis());
    }
}
