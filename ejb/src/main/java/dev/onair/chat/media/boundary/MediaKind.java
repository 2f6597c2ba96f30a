package dev.onair.chat.media.boundary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an upload is, decided from its content; the message kind that may carry it. */
public enum MediaKind {
    IMAGE, VOICE, VIDEO, FILE;

    /** The name on the wire and in the table: {@code image}, {@code voice}, {@code video}, {@code file}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MediaKind> of(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(wire)).findFirst();
    }

    public static boolean isMediaKind(String wire) {
        return of(wire).isPresent();
    }
}
