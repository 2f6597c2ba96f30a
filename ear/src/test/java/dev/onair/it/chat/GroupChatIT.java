package dev.onair.it.chat;

import static dev.onair.it.chat.Conversing.GROUP;
import static dev.onair.it.chat.Conversing.id;
import static dev.onair.it.chat.Conversing.message;
import static dev.onair.it.chat.Conversing.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Groups over {@code /api/v1/groups} (owner, members, open and closed, the
 * owner's rules, problems) and group messages over the socket (op 1002 to the
 * members at send time).
 */
class GroupChatIT {

    @Test
    void createReadAndList() {
        Account owner = Api.newAccount("gca");
        Account other = Api.newAccount("gcb");
        HttpResponse<String> created = Api.postJson("/api/v1/groups", "{\"name\":\"Night owls\",\"open\":false}",
                owner.token());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject group = Api.json(created);
        long id = group.getJsonNumber("id").longValueExact();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/groups/" + id));
        assertEquals("Night owls", group.getString("name"));
        assertEquals(owner.id(), group.getJsonNumber("owner").longValueExact());
        assertEquals("g-" + id, group.getString("conversation"));

        JsonObject read = Api.json(Api.get("/api/v1/groups/" + id, owner.token()));
        assertEquals(1, read.getJsonArray("members").size());
        assertEquals(owner.username(), read.getJsonArray("members").getJsonObject(0).getString("name"));
        assertEquals(id, Api.json(Api.get("/api/v1/groups", owner.token())).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValueExact());

        assertEquals(403, Api.get("/api/v1/groups/" + id, other.token()).statusCode(), "members only");
        assertEquals(404, Api.get("/api/v1/groups/999999999", owner.token()).statusCode());
        assertEquals(401, Api.get("/api/v1/groups", null).statusCode());
        HttpResponse<String> nameless = Api.postJson("/api/v1/groups", "{\"name\":\" \",\"open\":true}", owner.token());
        assertEquals(400, nameless.statusCode());
        assertTrue(nameless.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals(400, Api.postJson("/api/v1/groups", "{\"name\":\"x\"}", owner.token()).statusCode());
        assertEquals(401, Api.postJson("/api/v1/groups", "{\"name\":\"x\",\"open\":true}", null).statusCode());
    }

    @Test
    void theOwnersRules() {
        Account owner = Api.newAccount("gco");
        Account bob = Api.newAccount("gcp");
        Account carol = Api.newAccount("gcq");
        long closed = create(owner, "closed", false);
        long open = create(owner, "open", true);
        String members = "/api/v1/groups/" + closed + "/members";

        assertEquals(403, Api.postJson("/api/v1/groups/" + closed + "/join", "", bob.token()).statusCode());
        assertEquals(200, Api.postJson("/api/v1/groups/" + open + "/join", "", bob.token()).statusCode());
        assertEquals(409, Api.postJson("/api/v1/groups/" + open + "/join", "", bob.token()).statusCode(), "twice");

        assertEquals(200, Api.postJson(members, "{\"userId\":" + bob.id() + "}", owner.token()).statusCode());
        assertEquals(403, Api.postJson(members, "{\"userId\":" + carol.id() + "}", bob.token()).statusCode());
        assertEquals(404, Api.postJson(members, "{\"userId\":999999999}", owner.token()).statusCode());
        assertEquals(400, Api.postJson(members, "{}", owner.token()).statusCode());
        assertEquals(409, Api.postJson(members, "{\"userId\":" + bob.id() + "}", owner.token()).statusCode());

        assertEquals(409, Api.delete(members + "/me", owner.token()).statusCode(), "the owner must hand over first");
        assertEquals(409, Conversing.put("/api/v1/groups/" + closed + "/owner", "{\"userId\":" + carol.id() + "}",
                owner.token()).statusCode(), "only to a member");
        assertEquals(403, Conversing.put("/api/v1/groups/" + closed + "/owner", "{\"userId\":" + bob.id() + "}",
                bob.token()).statusCode());
        HttpResponse<String> handed = Conversing.put("/api/v1/groups/" + closed + "/owner",
                "{\"userId\":" + bob.id() + "}", owner.token());
        assertEquals(200, handed.statusCode(), handed.body());
        assertEquals(bob.id(), Api.json(handed).getJsonNumber("owner").longValueExact());
        assertEquals(204, Api.delete(members + "/me", owner.token()).statusCode());
        assertEquals(403, Api.get("/api/v1/groups/" + closed, owner.token()).statusCode(), "gone");

        assertEquals(200, Api.postJson(members, "{\"userId\":" + carol.id() + "}", bob.token()).statusCode());
        assertEquals(403, Api.delete(members + "/" + bob.id(), carol.token()).statusCode(), "owner only");
        assertEquals(204, Api.delete(members + "/" + carol.id(), bob.token()).statusCode());
        assertEquals(404, Api.delete(members + "/" + carol.id(), bob.token()).statusCode(), "not a member any more");
        assertEquals(1, Api.json(Api.get("/api/v1/groups/" + closed, bob.token())).getJsonArray("members").size());
    }

    @Test
    void groupMessagesReachTheMembersAtSendTime() {
        Account owner = Api.newAccount("gcm");
        Account bob = Api.newAccount("gcn");
        Account carol = Api.newAccount("gcr");
        Account eve = Api.newAccount("gcs");
        long group = create(owner, "talk", false);
        add(owner, group, bob);
        add(owner, group, carol);
        try (GoimClient o = Conversing.online(owner);
             GoimClient b = Conversing.online(bob);
             GoimClient c = Conversing.online(carol);
             GoimClient e = Conversing.online(eve)) {
            JsonObject answer = Conversing.send(o, 1, "group:" + group, "hello all");
            assertEquals("g-" + group, answer.getString("conversation"));
            for (GoimClient member : List.of(b, c)) {
                JsonObject pushed = Conversing.messages(member, GROUP, 1).get(0);
                assertEquals(id(answer), id(pushed));
                assertEquals(group, pushed.getJsonNumber("group").longValueExact());
                assertEquals("g-" + group, pushed.getString("conversation"));
                assertEquals(owner.id(), pushed.getJsonObject("from").getJsonNumber("id").longValueExact());
                assertEquals("hello all", pushed.getString("content"));
            }
            assertEquals(List.of(), e.silence(f -> f.op() == GROUP, Duration.ofSeconds(1)), "not a member");
            assertTrue(Conversing.stored(id(answer)).isPresent());

            assertEquals(403, request(e, 2, message("group:" + group, "let me in", null)).getInt("code"));
            assertEquals(404, request(e, 3, message("group:999999999", "anyone?", null)).getInt("code"));

            assertEquals(204, Api.delete("/api/v1/groups/" + group + "/members/" + carol.id(), owner.token())
                    .statusCode());
            long second = id(Conversing.send(b, 4, "group:" + group, "after the kick"));
            assertEquals(second, id(Conversing.messages(o, GROUP, 1).get(0)));
            assertEquals(List.of(), c.silence(f -> f.op() == GROUP, Duration.ofSeconds(1)), "kicked: nothing more");
            assertEquals(403, request(c, 5, message("group:" + group, "still here?", null)).getInt("code"));
        }
    }

    @Test
    void aNewMemberGetsNoBacklogFromBeforeItJoined() {
        Account owner = Api.newAccount("gcu");
        Account late = Api.newAccount("gcv");
        long group = create(owner, "history", true);
        try (GoimClient o = Conversing.online(owner)) {
            assertTrue(Conversing.stored(id(Conversing.send(o, 1, "group:" + group, "before"))).isPresent());
            assertEquals(200, Api.postJson("/api/v1/groups/" + group + "/join", "", late.token()).statusCode());
            long after = id(Conversing.send(o, 2, "group:" + group, "after"));
            assertTrue(Conversing.stored(after).isPresent());
        }
        try (GoimClient l = Conversing.online(late)) {
            List<JsonObject> got = Conversing.messages(l, GROUP, 2);
            assertEquals(1, got.size(), "only what came after joining: " + got);
            assertEquals("after", got.get(0).getString("content"));
        }
    }

    static long create(Account owner, String name, boolean open) {
        HttpResponse<String> created = Api.postJson("/api/v1/groups",
                "{\"name\":\"" + name + "\",\"open\":" + open + "}", owner.token());
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created).getJsonNumber("id").longValueExact();
    }

    static void add(Account owner, long group, Account member) {
        HttpResponse<String> added = Api.postJson("/api/v1/groups/" + group + "/members",
                "{\"userId\":" + member.id() + "}", owner.token());
        assertEquals(200, added.statusCode(), added.body());
    }
}
