package dev.onair.websocket.session;

import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes that the container could not take at once (the socket's buffers are
 * full), watched until they complete or their send timeout passes. A
 * container write returns a plain {@link Future} with no completion callback;
 * rather than a thread blocked per stalled socket, one periodic
 * {@link #sweep} looks at the few writes that are waiting. A write that
 * completes at once never gets here.
 */
final class StalledWrites {

    private record Stall(Future<?> write, long deadlineNanos, Consumer<Throwable> done) {
    }

    private static final Logger LOG = Logger.getLogger(StalledWrites.class.getName());
    private final Queue<Stall> stalls = new ConcurrentLinkedQueue<>();

    void watch(Future<?> write, long deadlineNanos, Consumer<Throwable> done) {
        stalls.add(new Stall(write, deadlineNanos, done));
    }

    /** Reports each write that has completed (null or its failure) or timed out, once. */
    void sweep(long nowNanos) {
        for (Iterator<Stall> it = stalls.iterator(); it.hasNext(); ) {
            Stall stall = it.next();
            if (stall.write().isDone()) {
                it.remove();
                report(stall, outcome(stall.write()));
            } else if (nowNanos - stall.deadlineNanos() >= 0) {
                it.remove();
                report(stall, new TimeoutException("send timed out"));
            }
        }
    }

    /** One socket's trouble must not stop the sweep (a periodic task that throws is never run again). */
    private static void report(Stall stall, Throwable outcome) {
        try {
            stall.done().accept(outcome);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ws stalled write completion failed", e);
        }
    }

    int size() {
        return stalls.size();
    }

    /** null when the write succeeded, else why it failed. */
    static Throwable outcome(Future<?> done) {
        try {
            done.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() != null ? e.getCause() : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (RuntimeException e) { // cancelled
            return e;
        }
    }
}
