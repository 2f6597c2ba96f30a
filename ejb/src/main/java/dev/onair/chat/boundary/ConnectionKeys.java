package dev.onair.chat.boundary;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Connection keys: the goim name of one socket connection. A client may bring its
 * own key (to be addressable across reconnects) or let the server create one.
 * The alphabet excludes commas because the push topic carries key lists
 * comma-joined, and whitespace so keys survive logs and query strings intact.
 */
public final class ConnectionKeys {

    public static final int MAX_LENGTH = 64;

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private ConnectionKeys() {
    }

    public static boolean isValid(String key) {
        return key != null && VALID.matcher(key).matches();
    }

    /** A fresh key, a UUID like goim's own. */
    public static String next() {
        return UUID.randomUUID().toString();
    }
}
