package dev.onair.web.conversation;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A page, newest first, with the cursor of the next (older) one.
 *
 * @param next the {@code before} value for the next page; {@code null} after the last page
 */
public record Page<T>(List<T> items, Long next) {

    static <T> Page<T> of(List<T> items, int limit, ToLongFunction<T> cursor) {
        Long next = items.size() == limit ? cursor.applyAsLong(items.get(items.size() - 1)) : null;
        return new Page<>(items, next);
    }
}
