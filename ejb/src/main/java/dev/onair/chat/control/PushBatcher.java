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
 */
final class PushBatcher implements Runnable {

    private static final Logger LOG = Logger.getLogger(PushBatcher.class.getName());

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

    PushBatcher(int capacity, int maxCount, int maxBytes, long lingerNanos, long retryMillis, Sink sink) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxCount = maxCount;
        this.maxBytes = maxBytes;
        this.lingerNanos = lingerNanos;
        this.retryMillis = retryMillis;
        this.sink = sink;
    }

    /** @return false when the push is refused: the topic is unreachable or the queue is full */
    boolean offer(Push push) {
        return !failing && queue.offer(push);
    }

    /** Sends batches until interrupted; {@link #drain} then gives what is still queued. */
    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                publish(next());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes what is queued, in batches, for a last send when the node stops. */
    List<List<Push>> drain() throws InterruptedException {
        List<List<Push>> batches = new ArrayList<>();
        for (Push first = queue.poll(); first != null; first = queue.poll()) {
            batches.add(batchFrom(first, 0));
        }
        return batches;
    }

    /** The next batch: waits for a first push, then takes what comes within the linger, up to the limits. */
    List<Push> next() throws InterruptedException {
        return batchFrom(queue.take(), lingerNanos);
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
