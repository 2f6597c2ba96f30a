package dev.onair.media.outbound;

import dev.onair.media.api.MediaException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GET requests to nginx-rtmp's HTTP side: {@code /stat} and {@code /control/...}.
 * An {@link IOException} means the media server could not be reached (the caller treats the
 * managed connection as broken); a {@link MediaException} means it answered with an error.
 */
final class MediaServerClient {

    private final HttpClient http;
    private final String baseUrl;
    private final Duration timeout;

    /** @param baseUrl e.g. {@code http://127.0.0.1:8088}; a path prefix, if any, is kept */
    MediaServerClient(HttpClient http, String baseUrl, Duration timeout) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timeout = timeout;
    }

    /** The raw /stat XML. */
    String stat() throws IOException {
        return get("/stat", Map.of());
    }

    /** GET /control/drop/{what}; nginx answers 200 with the number of clients it dropped ("0" if none). */
    int drop(String what, String app, String name, String clientId) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app", app);
        query.put("name", name);
        if (clientId != null) {
            query.put("clientid", clientId);
        }
        String answer = get("/control/drop/" + what, query).trim();
        try {
            return answer.isEmpty() ? 0 : Integer.parseInt(answer);
        } catch (NumberFormatException e) {
            throw new MediaException("unexpected answer from nginx-rtmp /control/drop/" + what + ": " + answer);
        }
    }

    private String get(String path, Map<String, String> query) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path + queryString(query)))
                .timeout(timeout)
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for nginx-rtmp " + path, e);
        }
        int status = response.statusCode();
        if (status != 200) {
            throw new MediaException("nginx-rtmp " + path + " answered HTTP " + status);
        }
        return response.body();
    }

    private static String queryString(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        return query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
