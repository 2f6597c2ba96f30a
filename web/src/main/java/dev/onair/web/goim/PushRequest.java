package dev.onair.web.goim;

import dev.onair.chat.boundary.Push;
import dev.onair.chat.boundary.RoomIds;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A goim push request read into a {@link Push}: the endpoint ({@code keys},
 * {@code mids}, {@code room}, {@code all}), its query parameters (name → values,
 * null when absent) and the body.
 * {@code operation} is required on every endpoint (goim defaults it to 0 for
 * keys and mids, which no client accepts as a message). {@code keys} and
 * {@code mids} may be repeated, as goim expects, or comma-separated. Every
 * refusal is an {@link IllegalArgumentException} whose message is goim's -400
 * text.
 */
final class PushRequest {

    static final List<String> ENDPOINTS = List.of("keys", "mids", "room", "all");

    private PushRequest() {
    }

    /** @param endpoint one of {@link #ENDPOINTS} */
    static Push parse(String endpoint, Function<String, String[]> query, byte[] body) {
        int operation = int32(required(first(query, "operation"), "operation"), "operation");
        Push.Target target = switch (endpoint) {
            case "keys" -> new Push.Keys(split(query.apply("keys")));
            case "mids" -> new Push.Mids(split(query.apply("mids")).stream().map(PushRequest::mid).toList());
            case "room" -> room(first(query, "type"), first(query, "room"));
            case "all" -> {
                String speed = first(query, "speed");
                yield new Push.All(speed == null || speed.isEmpty() ? 0 : int32(speed, "speed"));
            }
            default -> throw new IllegalStateException("not a push endpoint: " + endpoint);
        };
        return new Push(target, operation, body);
    }

    private static Push.Target room(String type, String room) {
        if (type == null || type.isEmpty() || room == null || room.isEmpty()) {
            throw new IllegalArgumentException("type and room are required");
        }
        return new Push.Room(RoomIds.of(type, room));
    }

    private static String first(Function<String, String[]> query, String name) {
        String[] values = query.apply(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String required(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static int int32(String value, String name) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an int32");
        }
    }

    private static long mid(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("mids must be numbers");
        }
    }

    private static List<String> split(String[] values) {
        List<String> items = new ArrayList<>();
        for (String value : values == null ? new String[0] : values) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }
}
