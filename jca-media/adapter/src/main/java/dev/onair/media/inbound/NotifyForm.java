package dev.onair.media.inbound;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body as nginx-rtmp posts it: its own fields
 * first, then the query arguments of the client's RTMP URL.
 */
public final class NotifyForm {

    private NotifyForm() {
    }

    /**
     * Decodes the fields in order. When a field repeats, the first value wins: nginx writes
     * its own fields before the client's query arguments, so {@code rtmp://h/live/k?name=x}
     * cannot override the real stream name.
     */
    public static Map<String, String> parse(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.putIfAbsent(key, value);
        }
        return fields;
    }

    /** Merges a second form (the URL query) under the first (the body): the body wins. */
    public static Map<String, String> merge(Map<String, String> body, Map<String, String> query) {
        if (query.isEmpty()) {
            return body;
        }
        Map<String, String> fields = new LinkedHashMap<>(body);
        query.forEach(fields::putIfAbsent);
        return Collections.unmodifiableMap(fields);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return text;
        }
    }
}
