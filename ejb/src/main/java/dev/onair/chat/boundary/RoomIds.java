package dev.onair.chat.boundary;

import java.util.regex.Pattern;

/**
 * Room ids in goim's {@code type://id} form (e.g. {@code live://1000}). goim's
 * push API can only address rooms of that form (it joins {@code type} and
 * {@code room} with {@code ://}), so a client joining anything else could never
 * be reached: it is refused up front instead. Both parts are printable ASCII
 * without spaces, so ids are safe in Redis keys, logs and query strings. The
 * empty string means "no room".
 */
public final class RoomIds {

    public static final String NONE = "";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,32}://[\\x21-\\x7E]{1,96}");

    private RoomIds() {
    }

    public static boolean isValid(String roomId) {
        return roomId != null && VALID.matcher(roomId).matches();
    }

    /** The room id goim's push API builds from its {@code type} and {@code room} query parameters. */
    public static String of(String type, String room) {
        return type + "://" + room;
    }
}
