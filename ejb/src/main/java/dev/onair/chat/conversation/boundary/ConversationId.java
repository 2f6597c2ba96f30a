package dev.onair.chat.conversation.boundary;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conversation's id, URL-safe ASCII: {@code p-<a>-<b>} for the private
 * conversation of users a &lt; b (one per pair, whoever writes first), and
 * {@code g-<id>} for group {@code id}. Numbers are decimal without leading
 * zeros, so each conversation has exactly one spelling.
 */
public record ConversationId(String value) {

    private static final Pattern PRIVATE = Pattern.compile("p-([1-9][0-9]{0,17})-([1-9][0-9]{0,17})");
    private static final Pattern GROUP = Pattern.compile("g-([1-9][0-9]{0,17})");

    public static ConversationId direct(long oneUser, long otherUser) {
        if (oneUser <= 0 || otherUser <= 0 || oneUser == otherUser) {
            throw new IllegalArgumentException("a private conversation is between two different users");
        }
        return new ConversationId("p-" + Math.min(oneUser, otherUser) + "-" + Math.max(oneUser, otherUser));
    }

    public static ConversationId group(long groupId) {
        if (groupId <= 0) {
            throw new IllegalArgumentException("group ids are positive");
        }
        return new ConversationId("g-" + groupId);
    }

    /** The id if the text is one, in its only spelling. */
    public static Optional<ConversationId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher p = PRIVATE.matcher(text);
        if (p.matches()) {
            long a = Long.parseLong(p.group(1));
            long b = Long.parseLong(p.group(2));
            return a < b ? Optional.of(new ConversationId(text)) : Optional.empty();
        }
        return GROUP.matcher(text).matches() ? Optional.of(new ConversationId(text)) : Optional.empty();
    }

    public boolean isGroup() {
        return value.startsWith("g-");
    }

    /** The group of a group conversation. */
    public long groupId() {
        if (!isGroup()) {
            throw new IllegalStateException(value + " is not a group conversation");
        }
        return Long.parseLong(value.substring(2));
    }

    /** Whether the user is one of the two of a private conversation (always false for a group). */
    public boolean isBetween(long userId) {
        return !isGroup() && (first() == userId || second() == userId);
    }

    /** The other user of a private conversation. */
    public long peerOf(long userId) {
        if (!isBetween(userId)) {
            throw new IllegalArgumentException("user " + userId + " is not in " + value);
        }
        return first() == userId ? second() : first();
    }

    private long first() {
        return Long.parseLong(value.substring(2, value.indexOf('-', 2)));
    }

    private long second() {
        return Long.parseLong(value.substring(value.indexOf('-', 2) + 1));
    }

    @Override
    public String toString() {
        return value;
    }
}
