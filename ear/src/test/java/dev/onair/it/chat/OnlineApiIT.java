package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Poll;
import dev.onair.it.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/** goim's online API ({@code /goim/online/...}) over real sockets and real Redis presence. */
class OnlineApiIT {

    private static Account heidi;
    private static Account ivan;

    @BeforeAll
    static void accounts() {
        heidi = Api.newAccount("wsh");
        ivan = Api.newAccount("wsi");
    }

    @Test
    void countsRoomsRanksThemAndDropsClosedConnections() {
        String type = freshType();
        String busy = "busy";
        String quiet = "quiet";
        String middle = "middle";
        long before = total().getJsonNumber("conn_count").longValue();
        List<GoimClient> clients = new ArrayList<>();
        try {
            for (Account account : List.of(heidi, ivan, heidi)) {
                clients.add(GoimClient.authenticated(account, type + "://" + busy, List.of()));
            }
            clients.add(GoimClient.authenticated(ivan, type + "://" + quiet, List.of()));
            clients.add(GoimClient.authenticated(heidi, type + "://" + middle, List.of()));
            clients.add(GoimClient.authenticated(ivan, type + "://" + middle, List.of()));

            JsonObject rooms = data(get("room?type=" + type + "&rooms=busy&rooms=quiet&rooms=middle&rooms=empty"))
                    .asJsonObject();
            assertEquals(Json.createObjectBuilder().add(busy, 3).add(quiet, 1).add(middle, 2).add("empty", 0).build(),
                    rooms);

            JsonArray top = data(get("top?type=" + type + "&limit=2")).asJsonArray();
            assertEquals(Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("room_id", busy).add("count", 3))
                    .add(Json.createObjectBuilder().add("room_id", middle).add("count", 2)).build(), top);

            JsonObject total = total();
            assertTrue(total.getJsonNumber("conn_count").longValue() >= before + clients.size(), total.toString());
            assertTrue(total.getJsonNumber("ip_count").longValue() >= 1, total.toString());
            assertTrue(clientAddressIsKnown(), "the client's IP is in presence: the container told it");
        } finally {
            clients.forEach(GoimClient::close);
        }

        Optional<JsonObject> emptied = Poll.until(Duration.ofSeconds(10), () -> {
            JsonObject counts = data(get("room?type=" + type + "&rooms=busy&rooms=quiet&rooms=middle")).asJsonObject();
            return counts.values().stream().allMatch(count -> count.toString().equals("0"))
                    ? Optional.of(counts) : Optional.empty();
        });
        assertTrue(emptied.isPresent(), "rooms empty once their sockets closed");
        assertEquals(Json.createArrayBuilder().build(), data(get("top?type=" + type + "&limit=10")));
        long after = total().getJsonNumber("conn_count").longValue();
        // Integration tests run one at a time: no other socket opened meanwhile.
        assertTrue(after <= before, "closed connections leave the total: before=" + before + " after=" + after);
    }

    /** A dead node's connections count until their leases end, and not after: nobody has to clean up. */
    @Test
    void countsLeasesOfDeadNodesUntilTheyEndOnly() {
        String type = freshType();
        long now = System.currentTimeMillis();
        String ended = "dead-ended-" + UUID.randomUUID();
        String leased = "dead-leased-" + UUID.randomUUID();
        try (JedisPooled redis = redis()) {
            JsonObject before = total();
            redis.zadd("onair:presence:conns", now - 1_000, ended);
            redis.zadd("onair:presence:conns", now + 60_000, leased);
            redis.zadd("onair:presence:ips", now - 1_000, "192.0.2.1");
            redis.zadd("onair:presence:rooms:" + type, now + 60_000, "ghost");
            redis.zadd("onair:presence:rooms:" + type, now + 60_000, "haunted");
            redis.zadd("onair:presence:room:" + type + "://ghost", now - 1_000, ended);
            redis.zadd("onair:presence:room:" + type + "://haunted", now + 60_000, leased);
            try {
                JsonObject after = total();
                assertEquals(before.getJsonNumber("conn_count").longValue() + 1,
                        after.getJsonNumber("conn_count").longValue(), "only the unexpired lease counts");
                assertEquals(before.getJsonNumber("ip_count").longValue(), after.getJsonNumber("ip_count").longValue());
                assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("room_id", "haunted")
                        .add("count", 1)).build(), data(get("top?type=" + type + "&limit=5")));
            } finally {
                redis.zrem("onair:presence:conns", ended, leased);
                redis.zrem("onair:presence:ips", "192.0.2.1");
                redis.del("onair:presence:rooms:" + type, "onair:presence:room:" + type + "://ghost",
                        "onair:presence:room:" + type + "://haunted");
            }
        }
    }

    @Test
    void answersGoimsShape() {
        HttpResponse<String> response = get("total");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject reply = Api.json(response);
        assertEquals(0, reply.getInt("code"));
        assertEquals("", reply.getString("message"));
        assertTrue(reply.getJsonObject("data").containsKey("conn_count"));
        assertTrue(reply.getJsonObject("data").containsKey("ip_count"));
    }

    @Test
    void refusesRequestsWithoutTheApiKey() {
        for (String path : List.of("total", "top?type=live&limit=1", "room?type=live&rooms=1")) {
            GoimPush.refused(get(path, null), 401, -401);
            GoimPush.refused(get(path, GoimPush.key() + "x"), 401, -401);
        }
        HttpResponse<String> byQuery = get("total?api_key=" + GoimPush.encode(GoimPush.key()), null);
        assertEquals(0, Api.json(byQuery).getInt("code"), byQuery.body());
    }

    @Test
    void refusesBadParametersWithGoimsMinus400() {
        for (String path : List.of("top?limit=1", "top?type=live", "top?type=live&limit=x", "top?type=live&limit=0",
                "top?type=a%20b&limit=1", "room?type=live", "room?rooms=1", "room?type=live&rooms=a%20b",
                "room?type=live://x&rooms=1")) {
            JsonObject reply = GoimPush.refused(get(path), 400, -400);
            assertTrue(!reply.getString("message", "").isEmpty(), path + " says why");
        }
    }

    /** A type of its own, so no other test's rooms enter this test's top. */
    private static String freshType() {
        return "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static boolean clientAddressIsKnown() {
        try (JedisPooled redis = redis()) {
            return redis.zscore("onair:presence:ips", "127.0.0.1") != null;
        }
    }

    private static JedisPooled redis() {
        return new JedisPooled(new HostAndPort(Stack.redisHost(), Stack.redisPort()),
                DefaultJedisClientConfig.builder().database(Stack.redisDb()).build());
    }

    private static JsonObject total() {
        return data(get("total")).asJsonObject();
    }

    static JsonValue data(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        JsonObject reply = Api.json(response);
        assertEquals(0, reply.getInt("code"), response.body());
        return reply.get("data");
    }

    static HttpResponse<String> get(String pathAndQuery) {
        return get(pathAndQuery, GoimPush.key());
    }

    /** @param key the API key to send as a bearer token; null sends none */
    static HttpResponse<String> get(String pathAndQuery, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Stack.api("/goim/online/" + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return Api.send(request.build());
    }
}
