package dev.onair.chat.message.control;

import java.time.Duration;

/**
 * At most {@code limit} messages per user in each fixed window of
 * {@code window}. Fixed windows cost one Redis counter per user and window;
 * the price is that a burst straddling two windows may reach twice the
 * limit, which is acceptable for flood control in a chat.
 */
public record RateRule(int limit, Duration window) {

    public RateRule {
        if (limit < 1) {
            throw new IllegalArgumentException("onair.chat.rate.limit must be at least 1");
        }
        if (window.toMillis() < 1) {
            throw new IllegalArgumentException("onair.chat.rate.window must be at least 1 ms");
        }
    }

    /** The window a moment falls into; all moments of one window share its number. */
    public long windowOf(long epochMillis) {
        return epochMillis / window.toMillis();
    }

    /** Whether the {@code count}-th message in a window (1 = the first) may pass. */
    public boolean allows(long count) {
        return count <= limit;
    }

    /** How long until the window of {@code epochMillis} ends. */
    public long millisLeft(long epochMillis) {
        return window.toMillis() - epochMillis % window.toMillis();
    }
}
