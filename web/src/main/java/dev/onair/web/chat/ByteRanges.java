package dev.onair.web.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code Range} header (RFC 9110 §14.2) asks of a stored file: one
 * byte range ({@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}), all of
 * it, or nothing it has. Browsers seeking in audio and video send exactly one
 * range; a header with several, another unit, or a malformed one is ignored
 * and the whole file is sent, as the RFC lets a server do, so no
 * multipart/byteranges body is ever built.
 */
final class ByteRanges {

    private static final Pattern ONE_RANGE = Pattern.compile("(?i)bytes\\s*=\\s*(\\d*)-(\\d*)\\s*");
    /** Positions longer than this are past any stored file (and past a long's range). */
    private static final int MAX_DIGITS = 18;

    /** The answer to a Range header: {@link Whole}, {@link Part} or {@link Unsatisfiable}. */
    sealed interface Answer permits Whole, Part, Unsatisfiable {
    }

    /** Send the whole file (200): no Range header, or one that is ignored. */
    record Whole() implements Answer {
    }

    /** Send bytes {@code first..last}, both inclusive, of a file of {@code size} bytes (206). */
    record Part(long first, long last, long size) implements Answer {

        long length() {
            return last - first + 1;
        }

        /** The {@code Content-Range} of the part: {@code bytes first-last/size}. */
        String contentRange() {
            return "bytes " + first + "-" + last + "/" + size;
        }
    }

    /** The range starts past the end of the file, or asks for its last 0 bytes (416). */
    record Unsatisfiable(long size) implements Answer {

        /** The {@code Content-Range} of a 416: {@code bytes *}/size. */
        String contentRange() {
            return "bytes */" + size;
        }
    }

    private ByteRanges() {
    }

    /**
     * @param range the Range header, or {@code null}
     * @param size  the file's length in bytes
     */
    static Answer of(String range, long size) {
        if (range == null) {
            return new Whole();
        }
        Matcher m = ONE_RANGE.matcher(range);
        if (!m.matches() || m.group(1).length() > MAX_DIGITS || m.group(2).length() > MAX_DIGITS) {
            return new Whole();
        }
        String first = m.group(1);
        String last = m.group(2);
        if (first.isEmpty()) {
            if (last.isEmpty()) {
                return new Whole(); // "bytes=-": malformed
            }
            long suffix = Long.parseLong(last);
            return suffix == 0 || size == 0 ? new Unsatisfiable(size)
                    : new Part(Math.max(0, size - suffix), size - 1, size);
        }
        long from = Long.parseLong(first);
        long to = last.isEmpty() ? Long.MAX_VALUE : Long.parseLong(last);
        if (to < from) {
            return new Whole(); // "bytes=5-2": malformed, ignored
        }
        if (from >= size) {
            return new Unsatisfiable(size);
        }
        return new Part(from, Math.min(to, size - 1), size);
    }
}
