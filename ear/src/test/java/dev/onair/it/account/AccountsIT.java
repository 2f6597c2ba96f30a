package dev.onair.it.account;

import static dev.onair.it.support.Api.PASSWORD;
import static dev.onair.it.support.Api.get;
import static dev.onair.it.support.Api.json;
import static dev.onair.it.support.Api.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Database;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Register, log in and use the token, through the public HTTP API, against the real database. */
class AccountsIT {

    static String registration(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "content type of " + response.body());
        JsonObject problem = json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(response.body().contains("Exception"), "no internals leak: " + response.body());
    }

    @Test
    void registersStoresAPbkdf2HashAndLogsIn() throws Exception {
        String username = Api.uniqueName("reg");

        HttpResponse<String> created = postJson("/api/v1/accounts", registration(username, PASSWORD), null);

        assertEquals(201, created.statusCode(), created.body());
        JsonObject account = json(created);
        long id = account.getJsonNumber("id").longValue();
        assertEquals(username, account.getString("username"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/accounts/" + id));
        assertFalse(created.body().contains("password"), "no hash in the answer");
        assertFalse(created.body().contains("sk_"), "no stream key in the answer");
        try (var db = Database.connect();
             var q = db.prepareStatement("select password_hash, roles from users where id = ?")) {
            q.setLong(1, id);
            ResultSet row = q.executeQuery();
            assertTrue(row.next(), "row written");
            assertTrue(row.getString(1).startsWith("PBKDF2WithHmacSHA512:210000:"), row.getString(1));
            assertFalse(row.getString(1).contains(PASSWORD));
            assertEquals("user", row.getString(2));
        }

        HttpResponse<String> session = postJson("/api/v1/sessions", registration(username, PASSWORD), null);
        assertEquals(200, session.statusCode(), session.body());
        String token = json(session).getString("accessToken");
        assertEquals("Bearer", json(session).getString("tokenType"));

        HttpResponse<String> me = get("/api/v1/me", token);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(id, json(me).getJsonNumber("id").longValue());
    }

    @Test
    void duplicateUsernameIsAConflictAndKeepsTheFirstAccount() {
        String username = Api.uniqueName("dup");
        assertEquals(201, postJson("/api/v1/accounts", registration(username, PASSWORD), null).statusCode());

        assertProblem(postJson("/api/v1/accounts", registration(username, "another password 1"), null), 409);

        assertEquals(200, postJson("/api/v1/sessions", registration(username, PASSWORD), null).statusCode(),
                "the first account's password still works");
    }

    @Test
    void invalidRegistrationsAreProblemsWithFieldErrors() {
        HttpResponse<String> bad = postJson("/api/v1/accounts", registration("a b", "short"), null);
        assertProblem(bad, 400);
        var fields = json(bad).getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field")).toList();
        assertTrue(fields.contains("username") && fields.contains("password"), bad.body());

        assertProblem(postJson("/api/v1/accounts", "{\"username\":", null), 400);
        assertProblem(postJson("/api/v1/accounts", "", null), 400);
        assertProblem(postJson("/api/v1/accounts", registration("x".repeat(300), PASSWORD), null), 400);
    }

    @Test
    void badCredentialsAreRefusedAlikeForUnknownUsersAndWrongPasswords() {
        Api.Account account = Api.newAccount("cred");

        HttpResponse<String> wrong = postJson("/api/v1/sessions", registration(account.username(), "wrong password"), null);
        HttpResponse<String> unknown = postJson("/api/v1/sessions", registration(Api.uniqueName("nobody"), PASSWORD), null);

        assertProblem(wrong, 401);
        assertProblem(unknown, 401);
        assertEquals(json(wrong).getString("detail"), json(unknown).getString("detail"));
    }

    @Test
    void protectedResourcesNeedAValidToken() {
        Api.Account account = Api.newAccount("tok");
        String[] parts = account.token().split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"onair\",\"sub\":\"" + account.id() + "\",\"upn\":\"admin\",\"groups\":[\"admin\"],"
                        + "\"exp\":4102444800}").getBytes()) + "." + parts[2];

        assertProblem(get("/api/v1/me", null), 401);
        assertProblem(get("/api/v1/me", "garbage"), 401);
        assertProblem(get("/api/v1/me", forged), 401);
        assertEquals(200, get("/api/v1/me", account.token()).statusCode());
    }

    @Test
    void changingThePasswordRetiresTheOldOne() {
        Api.Account account = Api.newAccount("pwd");
        String change = Json.createObjectBuilder().add("currentPassword", PASSWORD)
                .add("newPassword", "a brand new passphrase").build().toString();

        var put = Api.send(java.net.http.HttpRequest.newBuilder(dev.onair.it.support.Stack.api("/api/v1/me/password"))
                .header("Authorization", "Bearer " + account.token()).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(change)).build());

        assertEquals(204, put.statusCode(), put.body());
        assertProblem(postJson("/api/v1/sessions", registration(account.username(), PASSWORD), null), 401);
        assertEquals(200, postJson("/api/v1/sessions",
                registration(account.username(), "a brand new passphrase"), null).statusCode());
    }

    @Test
    void theStreamKeyIsSecretPerOwnerAndRotates() {
        Api.Account account = Api.newAccount("key");

        HttpResponse<String> key = get("/api/v1/me/stream-key", account.token());

        assertEquals(200, key.statusCode(), key.body());
        String secret = json(key).getString("streamKey");
        assertTrue(secret.matches("sk_[A-Za-z0-9_-]{32}"), secret);
        assertEquals("u" + account.id(), json(key).getString("publicName"));
        assertTrue(json(key).getString("ingestUrl").endsWith("/live/" + secret));
        assertFalse(json(key).getString("hlsUrl").contains(secret));
        assertProblem(get("/api/v1/me/stream-key", null), 401);

        HttpResponse<String> rotated = postJson("/api/v1/me/stream-key", "", account.token());
        assertEquals(200, rotated.statusCode(), rotated.body());
        assertNotEquals(secret, json(rotated).getString("streamKey"));
        assertEquals(json(rotated).getString("streamKey"),
                json(get("/api/v1/me/stream-key", account.token())).getString("streamKey"));
    }

    @Test
    void dropAnyStreamNeedsTheAdminRole() {
        Api.Account account = Api.newAccount("nadm");
        assertProblem(Api.delete("/api/v1/media/streams/u1", account.token()), 403);
        assertProblem(Api.delete("/api/v1/media/streams/u1", null), 401);
    }
}
