package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Stack;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/** Heartbeats with online counts, room changes, and presence as it lands in Redis. */
class SubRoomsIT {

    private static Account dave;
    private static Account erin;

    @BeforeAll
    static void accounts() {
        dave = Api.newAccount("wsd");
        erin = Api.newAccount("wse");
    }

    @Test
    void answersHeartbeatsWithTheRoomsOnlineCount() {
        String room = Rooms.fresh();
        try (GoimClient first = GoimClient.authenticated(dave, room, List.of());
             GoimClient second = GoimClient.authenticated(erin, room, List.of())) {
            first.send(new WireFrame(1, 2, 77, new byte[0]));

            WireFrame reply = first.nextFrame();

            assertEquals(3, reply.op());
            assertEquals(77, reply.seq());
            assertEquals(4, reply.body().length, "an int32 body");
            assertTrue(reply.int32() >= 2, "both sockets of the room count, got " + reply.int32());
        }
    }

    @Test
    void changesRoomAndReceivesOnlyTheNewRoomsPushes() {
        String from = Rooms.fresh();
        String to = Rooms.fresh();
        try (GoimClient client = GoimClient.authenticated(dave, from, List.of())) {
            client.send(WireFrame.of(12, 5, to));

            WireFrame reply = client.nextFrame();
            assertEquals(13, reply.op());
            assertEquals(5, reply.seq());
            assertEquals(to, reply.text(), "goim echoes the room id");

            GoimPush.toRoom(from, 1000, "old room");
            GoimPush.toRoom(to, 1000, "new room");
            List<WireFrame> pushes = client.pushes(1, f -> f.op() == 1000, GoimClient.WAIT);
            assertEquals("new room", pushes.get(0).text());
            assertEquals(List.of(), client.silence(f -> f.op() == 1000, Duration.ofSeconds(1)));

            client.send(new WireFrame(1, 2, 6, new byte[0]));
            assertEquals(1, client.nextFrame().int32(), "counted in the new room only");
        }
    }

    @Test
    void keepsPresenceAsALeaseInRedisAndReleasesItOnClose() throws InterruptedException {
        String room = Rooms.fresh();
        String key = "it-" + UUID.randomUUID();
        String set = "onair:presence:room:" + room;
        try (JedisPooled redis = new JedisPooled(new HostAndPort(Stack.redisHost(), Stack.redisPort()),
                DefaultJedisClientConfig.builder().database(Stack.redisDb()).build())) {
            try (GoimClient client = GoimClient.authenticated(dave, room, List.of(), key)) {
                Double lease = redis.zscore(set, key);
                assertTrue(lease != null && lease > System.currentTimeMillis(), "a lease that ends in the future");
                assertTrue(redis.pttl(set) > 0, "the room's set expires by itself");
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (redis.zscore(set, key) != null && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertNull(redis.zscore(set, key), "released on close");
        }
    }

    /** Sockets of a node that died stop counting when their leases end; nobody has to clean up after it. */
    @Test
    void countsLeasesOfDeadNodesUntilTheyEndOnly() {
        String room = Rooms.fresh();
        String set = "onair:presence:room:" + room;
        try (JedisPooled redis = new JedisPooled(new HostAndPort(Stack.redisHost(), Stack.redisPort()),
                DefaultJedisClientConfig.builder().database(Stack.redisDb()).build())) {
            long now = System.currentTimeMillis();
            redis.zadd(set, now - 1_000, "ended-on-a-dead-node");
            redis.zadd(set, now + 60_000, "still-leased-on-a-dead-node");
            try (GoimClient client = GoimClient.authenticated(dave, room, List.of())) {
                client.send(new WireFrame(1, 2, 1, new byte[0]));

                assertEquals(2, client.nextFrame().int32(), "this socket and the unexpired lease");
                assertNull(redis.zscore(set, "ended-on-a-dead-node"), "ended leases are trimmed");
            } finally {
                redis.del(set);
            }
        }
    }
}
