package dev.onair.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A client of the OnAir HTTP API as a mobile app would use it. */
public final class Api {

    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public static final String PASSWORD = "correct horse battery";

    private Api() {
    }

    /** A username unique to this run, so tests never collide with earlier data. */
    public static String uniqueName(String prefix) {
        return (prefix + UUID.randomUUID().toString().replace("-", "")).substring(0, 24);
    }

    public static HttpResponse<String> postJson(String path, String json, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Stack.api(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    public static HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Stack.api(path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    public static HttpResponse<String> delete(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Stack.api(path)).timeout(Duration.ofSeconds(30)).DELETE();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + request.uri(), e);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Registers a fresh account and logs it in. */
    public static Account newAccount(String prefix) {
        String username = uniqueName(prefix);
        HttpResponse<String> created = postJson("/api/v1/accounts",
                Json.createObjectBuilder().add("username", username).add("password", PASSWORD).build().toString(), null);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("register failed: " + created.statusCode() + " " + created.body());
        }
        long id = json(created).getJsonNumber("id").longValue();
        return new Account(id, username, login(username, PASSWORD));
    }

    public static String login(String username, String password) {
        return loginAt(Stack.http(), username, password);
    }

    /** Logs in through a given node ({@code http://host:port}). */
    public static String loginAt(String node, String username, String password) {
        HttpResponse<String> session = send(HttpRequest.newBuilder(java.net.URI.create(node + "/api/v1/sessions"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", username)
                        .add("password", password).build().toString()))
                .build());
        if (session.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + session.statusCode() + " " + session.body());
        }
        return json(session).getString("accessToken");
    }

    public record Account(long id, String username, String token) {
    }
}
