package dev.onair.chat.media.control;

/**
 * The file name a client gave, cleaned for keeping and for a
 * Content-Disposition header: the last path segment, no control characters or
 * quotes, at most 255 characters; {@code null} when nothing is left.
 */
public final class FileNames {

    public static final int MAX = 255;

    private FileNames() {
    }

    public static String clean(String given) {
        if (given == null) {
            return null;
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != '"' && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return null;
        }
        return cleaned.codePointCount(0, cleaned.length()) > MAX
                ? cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX)) : cleaned;
    }
}
