package dev.onair.chat.conversation.boundary;

import java.util.Locale;
import java.util.Optional;

/** The two per-(conversation, user) cursors an ack moves; reading implies delivery. */
public enum Cursor {
    DELIVERED, READ;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Cursor> ofWire(String name) {
        for (Cursor cursor : values()) {
            if (cursor.wireName().equals(name)) {
                return Optional.of(cursor);
            }
        }
        return Optional.empty();
    }
}
