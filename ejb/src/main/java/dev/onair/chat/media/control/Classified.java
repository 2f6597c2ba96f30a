package dev.onair.chat.media.control;

import dev.onair.chat.media.boundary.MediaKind;

/** What an upload turned out to be: its kind, MIME type and, where known, dimensions and duration. */
public record Classified(MediaKind kind, String mime, Integer width, Integer height, Long durationMillis) {

    public static Classified file(String mime) {
        return new Classified(MediaKind.FILE, mime, null, null, null);
    }

    /** The same content kept as a plain file (served as an attachment), with its MIME type. */
    public Classified asFile() {
        return new Classified(MediaKind.FILE, mime, null, null, null);
    }
}
