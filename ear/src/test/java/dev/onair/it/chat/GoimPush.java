package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.onair.it.support.Api;
import dev.onair.it.support.Stack;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A back end calling goim's push API, with the stack's API key unless told otherwise. */
final class GoimPush {

    private GoimPush() {
    }

    static String key() {
        String key = Stack.pushKey();
        assertFalse(key.isBlank(), "run with -Donair.it.pushKey=<ONAIR_PUSH_API_KEY of the stack>");
        return key;
    }

    static HttpResponse<String> post(String pathAndQuery, String body) {
        return post(pathAndQuery, body, key());
    }

    /** @param key the API key to send as a bearer token; null sends none */
    static HttpResponse<String> post(String pathAndQuery, String body, String key) {
        return postAt(Stack.http(), pathAndQuery, body, key);
    }

    /** The push API of a given node ({@code http://host:port}). */
    static HttpResponse<String> postAt(String node, String pathAndQuery, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + "/goim/push/" + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return Api.send(request.build());
    }

    /** Pushes to a {@code type://id} room and asserts goim's {@code {"code":0}}. */
    static void toRoom(String roomId, int operation, String body) {
        String[] parts = roomId.split("://", 2);
        accepted(post("room?operation=" + operation + "&type=" + encode(parts[0]) + "&room=" + encode(parts[1]), body));
    }

    static void accepted(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(0, Api.json(response).getInt("code"), response.body());
    }

    static JsonObject refused(HttpResponse<String> response, int status, int code) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject reply = Api.json(response);
        assertEquals(code, reply.getInt("code"), response.body());
        return reply;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
