package dev.onair.websocket.push;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What waits on one lane: each key's items in order, the keys in the order
 * their first waiting item came. A key is due when its first item's due time
 * has come (a room's merge window) or it holds a full batch; the lane takes
 * the first due key and everything that key holds at that moment. So an item
 * that arrives while the lane is busy with other keys still goes out with its
 * key's next turn, not one turn later, and a busy lane visits its keys in
 * turn. Not thread-safe: {@link PushLanes} guards it with the lane's lock.
 */
final class LaneBacklog<T> {

    private static final class Waiting<T> {
        final long dueAt;
        final List<T> items = new ArrayList<>();

        Waiting(long dueAt) {
            this.dueAt = dueAt;
        }
    }

    private final int batch;
    private final Map<Object, Waiting<T>> keys = new LinkedHashMap<>();
    private int size;

    /** @param batch items that make a key due whatever its due time */
    LaneBacklog(int batch) {
        this.batch = batch;
    }

    /**
     * Queues an item; {@code dueAt} counts only when the key had nothing waiting.
     *
     * @return true when the lane may have to wake for it: the key is new or has just filled a batch
     */
    boolean add(Object key, T item, long dueAt) {
        Waiting<T> waiting = keys.get(key);
        boolean added = waiting == null;
        if (added) {
            waiting = new Waiting<>(dueAt);
            keys.put(key, waiting);
        }
        waiting.items.add(item);
        size++;
        return added || waiting.items.size() == batch;
    }

    /** @return all that the first due key holds, in order, or null when no key is due */
    List<T> takeDue(long now) {
        for (Iterator<Waiting<T>> it = keys.values().iterator(); it.hasNext(); ) {
            Waiting<T> waiting = it.next();
            if (now - waiting.dueAt >= 0 || waiting.items.size() >= batch) {
                it.remove();
                size -= waiting.items.size();
                return waiting.items;
            }
        }
        return null;
    }

    /** @return nanoseconds until the next key is due, or -1 when nothing waits */
    long nanosToNextDue(long now) {
        long next = -1;
        for (Waiting<T> waiting : keys.values()) {
            long wait = Math.max(0, waiting.dueAt - now);
            if (next < 0 || wait < next) {
                next = wait;
            }
        }
        return next;
    }

    int size() {
        return size;
    }
}
