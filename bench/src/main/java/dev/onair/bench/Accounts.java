package dev.onair.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bench users registered and logged in through OnAir's own API ({@code /api/v1/accounts}, {@code /sessions}). */
final class Accounts {

    record User(long id, String token) {
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final String PASSWORD = "bench-password-1";

    private Accounts() {
    }

    static List<User> create(String http, int count) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        List<User> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = "bench" + run + "u" + i;
            String credentials = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}";
            HttpResponse<String> created = post(client, http + "/api/v1/accounts", credentials);
            if (created.statusCode() != 201) {
                throw new IOException("register " + name + ": " + created.statusCode() + " " + created.body());
            }
            HttpResponse<String> session = post(client, http + "/api/v1/sessions", credentials);
            if (session.statusCode() != 200) {
                throw new IOException("login " + name + ": " + session.statusCode() + " " + session.body());
            }
            users.add(new User(Long.parseLong(find(ID, created.body())), find(TOKEN, session.body())));
        }
        return users;
    }

    private static HttpResponse<String> post(HttpClient client, String url, String json)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String find(Pattern pattern, String body) throws IOException {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IOException("unexpected answer: " + body);
        }
        return m.group(1);
    }
}
