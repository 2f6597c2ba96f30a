package dev.onair.it.chat;

import static dev.onair.it.chat.Conversing.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/conversations} (most recent first, peer or group, last
 * message, unread count, cursors, cursor pagination) and
 * {@code GET /api/v1/conversations/{id}/messages} (newest first, members only).
 */
class ConversationsApiIT {

    @Test
    void listsTheCallersConversationsMostRecentFirstWithUnreadCounts() {
        Account alice = Api.newAccount("caa");
        Account bob = Api.newAccount("cab");
        Account carol = Api.newAccount("cac");
        long group = GroupChatIT.create(alice, "crew", true);
        long lastToBob;
        long fromCarol;
        long inGroup;
        try (GoimClient a = Conversing.online(alice);
             GoimClient b = Conversing.online(bob);
             GoimClient c = Conversing.online(carol)) {
            Conversing.send(b, 1, "user:" + alice.id(), "bob 1");
            Conversing.send(b, 2, "user:" + alice.id(), "bob 2");
            lastToBob = id(Conversing.send(a, 3, "user:" + bob.id(), "alice to bob"));
            inGroup = id(Conversing.send(a, 4, "group:" + group, "to the crew"));
            fromCarol = id(Conversing.send(c, 5, "user:" + alice.id(), "carol here"));
            for (long id : List.of(lastToBob, inGroup, fromCarol)) {
                assertTrue(Conversing.stored(id).isPresent());
            }
            Conversing.ack(a, 6, "read", Conversing.privateId(alice.id(), carol.id()), fromCarol);
        }

        JsonObject page = Api.json(Api.get("/api/v1/conversations", alice.token()));
        JsonArray items = page.getJsonArray("items");
        assertEquals(3, items.size(), page.toString());
        assertEquals(JsonValue.NULL, page.getOrDefault("next", JsonValue.NULL));

        JsonObject withCarol = items.getJsonObject(0);
        assertEquals(Conversing.privateId(alice.id(), carol.id()), withCarol.getString("id"));
        assertEquals("private", withCarol.getString("kind"));
        assertEquals(carol.id(), withCarol.getJsonObject("peer").getJsonNumber("id").longValueExact());
        assertEquals(carol.username(), withCarol.getJsonObject("peer").getString("name"));
        assertEquals(fromCarol, withCarol.getJsonObject("last").getJsonNumber("id").longValueExact());
        assertEquals(0, withCarol.getInt("unread"), "read up to its last message");
        assertEquals(fromCarol, withCarol.getJsonNumber("read").longValueExact());

        JsonObject crew = items.getJsonObject(1);
        assertEquals("g-" + group, crew.getString("id"));
        assertEquals("group", crew.getString("kind"));
        assertEquals("crew", crew.getJsonObject("group").getString("name"));
        assertEquals(0, crew.getInt("unread"), "own messages are not unread");

        JsonObject withBob = items.getJsonObject(2);
        assertEquals(Conversing.privateId(alice.id(), bob.id()), withBob.getString("id"));
        assertEquals(2, withBob.getInt("unread"), "bob's two, not alice's own");
        assertEquals("alice to bob", withBob.getJsonObject("last").getString("content"));

        JsonObject first = Api.json(Api.get("/api/v1/conversations?limit=2", alice.token()));
        assertEquals(2, first.getJsonArray("items").size());
        long next = first.getJsonNumber("next").longValueExact();
        assertEquals(inGroup, next);
        JsonObject second = Api.json(Api.get("/api/v1/conversations?limit=2&before=" + next, alice.token()));
        assertEquals(1, second.getJsonArray("items").size());
        assertEquals(withBob.getString("id"), second.getJsonArray("items").getJsonObject(0).getString("id"));

        assertEquals(401, Api.get("/api/v1/conversations", null).statusCode());
        assertEquals(400, Api.get("/api/v1/conversations?limit=0", alice.token()).statusCode());
        assertEquals(400, Api.get("/api/v1/conversations?before=x", alice.token()).statusCode());
    }

    @Test
    void historyIsNewestFirstAndForMembersOnly() {
        Account alice = Api.newAccount("cah");
        Account bob = Api.newAccount("cai");
        Account eve = Api.newAccount("caj");
        String conversation = Conversing.privateId(alice.id(), bob.id());
        long[] ids = Conversing.sentWhileAway(alice, bob, "h0", "h1", "h2").stream().mapToLong(Long::longValue)
                .toArray();
        String path = "/api/v1/conversations/" + conversation + "/messages";
        JsonObject page = Api.json(Api.get(path + "?limit=2", bob.token()));
        JsonArray items = page.getJsonArray("items");
        assertEquals(List.of(ids[2], ids[1]), items.stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValueExact()).toList(), "newest first");
        assertEquals("h2", items.getJsonObject(0).getString("content"));
        assertEquals(ids[1], page.getJsonNumber("next").longValueExact());
        JsonObject older = Api.json(Api.get(path + "?limit=2&before=" + ids[1], alice.token()));
        assertEquals(1, older.getJsonArray("items").size());
        assertEquals(ids[0], older.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValueExact());

        HttpResponse<String> forbidden = Api.get(path, eve.token());
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals(404, Api.get("/api/v1/conversations/p-999999998-999999999/messages", eve.token()).statusCode());
        assertEquals(404, Api.get("/api/v1/conversations/nonsense/messages", eve.token()).statusCode());
        assertEquals(404, Api.get("/api/v1/conversations/g-999999999/messages", eve.token()).statusCode());
        assertEquals(401, Api.get(path, null).statusCode());
        assertEquals(400, Api.get(path + "?limit=101", alice.token()).statusCode());
    }
}
