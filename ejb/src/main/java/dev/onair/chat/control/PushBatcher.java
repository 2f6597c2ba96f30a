package dev.onair.chat.control;

import dev.onair.chat.boundary.Push;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Collects the pushes published outside a transaction and sends them to the
 * topic a few milliseconds' worth at a time, as one message. Every topic
 * message costs a JMS context and a send here, the broker's routing, and on
 * every node a listener call and an acknowledgement; at hundreds of pushes a
 * second that was about a tenth of the core the fan-out needs (BENCHMARKS.md,
 * run 11). A push waits at most the linger; a batch goes when the linger is up
 * or it is full.
 *
 * <p>One thread sends, so pushes reach the topic in the order they were
 * offered. When a send fails (the broker is unreachable) the batch is tried
 * again every retry interval and new pushes are refused meanwhile, so callers
 * see the outage (the push API answers -500) and nothing accepted is dropped
 * while the node runs.
 *
 * <p>{@link #stop} ends it without an interrupt: an interrupt in the middle of
 * a linger or a send would lose the batch in hand. The thread finishes that
 * batch, sends what is still queued, and ends; at stop a failing batch is
 * tried once, so a stop never waits for the broker.
 */
final class PushBatcher implements Runnable {

    private static final Logger LOG = Logger.getLogger(PushBatcher.class.getName());
    /** How often an idle publisher looks whether it should stop. */
    private static final long IDLE_POLL_MILLIS = 100;

    /** Sends one batch (one push or more) as one topic message. */
    interface Sink {
        void send(List<Push> batch);
    }

    private final BlockingQueue<Push> queue;
    private final int maxCount;
    private final int maxBytes;
    private final long lingerNanos;
    private final long retryMillis;
    private final Sink sink;
    private volatile boolean failing;
    private volatile boolean stopping;

    PushBatcher(int capacity, int maxCount, int maxBytes, long lingerNanos, long retryMillis, Sink sink) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxCount = maxCount;
        this.maxBytes = maxBytes;
        this.lingerNanos = lingerNanos;
        this.retryMillis = retryMillis;
        this.sink = sink;
    }

    /** @return false when the push is refused: the topic is unreachable, the queue is full or it stops */
    boolean offer(Push push) {
        return !failing && !stopping && queue.offer(push);
    }

    /** Sends batches until {@link #stop}, then what is still queued. */
    @Override
    public void run() {
        try {
            while (!stopping) {
                List<Push> batch = next(IDLE_POLL_MILLIS);
                if (batch != null) {
                    publish(batch);
                }
            }
            for (List<Push> batch : drain()) {
                publish(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the running thread to finish its batch, send what is queued, and end. */
    void stop() {
        stopping = true;
    }

    /** Takes what is queued, in batches, for a last send when the node stops. */
    List<List<Push>> drain() throws InterruptedException {
        List<List<Push>> batches = new ArrayList<>();
        for (Push first = queue.poll(); first != null; first = queue.poll()) {
            batches.add(batchFrom(first, 0));
        }
        return batches;
    }

    /**
     * The next batch: waits up to {@code idleMillis} for a first push, then takes what comes within the
     * linger, up to the limits; {@code null} when no push came.
     */
    List<Push> next(long idleMillis) throws InterruptedException {
        Push first = queue.poll(idleMillis, TimeUnit.MILLISECONDS);
        return first == null ? null : batchFrom(first, lingerNanos);
    }

    private List<Push> batchFrom(Push first, long linger) throws InterruptedException {
        List<Push> batch = new ArrayList<>();
        batch.add(first);
        int bytes = first.body().length;
        long deadline = System.nanoTime() + linger;
        while (batch.size() < maxCount && bytes < maxBytes) {
            long left = deadline - System.nanoTime();
            Push next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
            if (next == null) {
                break;
            }
            batch.add(next);
            bytes += next.body().length;
        }
        return batch;
    }

    /** Sends the batch, again and again while the topic is unreachable. */
    void publish(List<Push> batch) throws InterruptedException {
        while (true) {
            try {
                sink.send(batch);
                if (failing) {
                    LOG.info("push topic reachable again, publishing");
                    failing = false;
                }
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    LOG.warning(() -> "push topic unreachable at stop, " + batch.size() + " pushes not published: " + e);
                    return;
                }
                if (!failing) {
                    LOG.warning(() -> "push topic unreachable, refusing pushes and retrying a batch of "
                            + batch.size() + " every " + retryMillis + " ms: " + e);
                    failing = true;
                }
                Thread.sleep(retryMillis);
            }
        }
    }
}
