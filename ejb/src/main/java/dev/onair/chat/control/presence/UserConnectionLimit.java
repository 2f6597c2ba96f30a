package dev.onair.chat.control.presence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which of a user's live connections the per-user maximum closes: the oldest
 * by admission time, never the one being admitted (a new login should work;
 * a forgotten tab should not block it). A connection with no admission time
 * on record (written by an older node, or lost) counts as oldest.
 */
public final class UserConnectionLimit {

    private final int max;

    public UserConnectionLimit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("the maximum of connections per user must be at least 1");
        }
        this.max = max;
    }

    /**
     * @param live     the user's live connection keys, the admitted one included
     * @param since    admission time (epoch ms) by key
     * @param admitted the key being admitted
     * @return the keys to evict, oldest first
     */
    public List<String> beyond(List<String> live, Map<String, Double> since, String admitted) {
        int excess = live.size() - max;
        if (excess <= 0) {
            return List.of();
        }
        List<String> others = new ArrayList<>(live);
        others.remove(admitted);
        others.sort(Comparator.<String>comparingDouble(key -> since.getOrDefault(key, 0.0))
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(others.subList(0, Math.min(excess, others.size())));
    }
}
