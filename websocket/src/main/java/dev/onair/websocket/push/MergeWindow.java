package dev.onair.websocket.push;

import dev.onair.chat.boundary.Push;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Holds each room's pushes for up to a window after the first, or until a
 * batch is full, then hands them on together so they go out as one op-9
 * message (goim's room job: a batch or a timer, whichever comes first).
 * {@link #flushDue} is called by one periodic tick rather than a timer per
 * room, so a push waits at most the window plus one tick. One lock: pushes
 * arrive from the single topic listener, at hundreds per second.
 */
final class MergeWindow {

    private record Pending(long since, List<Push> pushes) {
    }

    private final long windowNanos;
    private final int batch;
    private final LongSupplier nanoClock;
    private final Consumer<List<Push>> out;
    private final Map<String, Pending> rooms = new LinkedHashMap<>();

    /** @param out receives a room's pushes in order, at most {@code batch} at a time */
    MergeWindow(long windowNanos, int batch, LongSupplier nanoClock, Consumer<List<Push>> out) {
        this.windowNanos = windowNanos;
        this.batch = batch;
        this.nanoClock = nanoClock;
        this.out = out;
    }

    synchronized void add(String roomId, Push push) {
        Pending pending = rooms.get(roomId);
        if (pending == null) {
            pending = new Pending(nanoClock.getAsLong(), new ArrayList<>(batch));
            rooms.put(roomId, pending);
        }
        pending.pushes().add(push);
        if (pending.pushes().size() >= batch) {
            rooms.remove(roomId);
            out.accept(pending.pushes());
        }
    }

    /** Hands on every room whose first push has waited the window. */
    synchronized void flushDue() {
        long now = nanoClock.getAsLong();
        for (Iterator<Pending> it = rooms.values().iterator(); it.hasNext(); ) {
            Pending pending = it.next();
            if (now - pending.since() >= windowNanos) {
                it.remove();
                out.accept(pending.pushes());
            }
        }
    }

    synchronized int waiting() {
        return rooms.values().stream().mapToInt(p -> p.pushes().size()).sum();
    }
}
