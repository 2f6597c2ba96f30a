package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/**
 * The per-user maximum ({@code onair.ws.max-connections-per-user}, default 10,
 * which the test stack keeps): the oldest connection beyond it is closed with
 * 1008, on this node at once and on another node at its next heartbeat.
 */
class ConnectionsPerUserIT {

    private static final int MAX = 10;

    @Test
    void closesTheOldestConnectionBeyondTheMaximum() {
        Account judy = Api.newAccount("wsj");
        List<GoimClient> clients = new ArrayList<>();
        try (JedisPooled redis = redis()) {
            for (int i = 0; i < MAX; i++) {
                clients.add(GoimClient.authenticated(judy, Rooms.fresh(), List.of(), "it-" + i + "-" + UUID.randomUUID()));
            }
            GoimClient oldest = clients.get(0);

            clients.add(GoimClient.authenticated(judy, Rooms.fresh(), List.of()));

            assertEquals(new GoimClient.Close(1008, "too many connections"), oldest.awaitClose());
            for (GoimClient kept : clients.subList(1, clients.size())) {
                assertFalse(kept.isClosed(), "only the oldest goes");
            }
            GoimClient second = clients.get(1);
            second.send(new WireFrame(1, 2, 9, new byte[0]));
            assertEquals(3, second.nextFrame().op(), "the others keep working");
            assertEquals(MAX, redis.zcard("onair:presence:user:" + judy.id()), "the user's live keys");
        } finally {
            clients.forEach(GoimClient::close);
        }
    }

    /** Another node evicted this socket (it leaves a mark in Redis): its own node closes it at the next heartbeat. */
    @Test
    void closesAConnectionEvictedByAnotherNodeAtItsNextHeartbeat() {
        Account kim = Api.newAccount("wsk");
        String key = "it-" + UUID.randomUUID();
        try (JedisPooled redis = redis();
             GoimClient client = GoimClient.authenticated(kim, Rooms.fresh(), List.of(), key)) {
            redis.psetex("onair:presence:evicted:" + key, 60_000, "1");

            client.send(new WireFrame(1, 2, 3, new byte[0]));

            assertEquals(6, client.nextFrame().op(), "an error frame first");
            assertEquals(new GoimClient.Close(1008, "too many connections"), client.awaitClose());
        }
    }

    private static JedisPooled redis() {
        return new JedisPooled(new HostAndPort(Stack.redisHost(), Stack.redisPort()),
                DefaultJedisClientConfig.builder().database(Stack.redisDb()).build());
    }
}
