package dev.onair.websocket.session;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The bounded queue of one socket's outgoing WebSocket messages, sent one at a
 * time with asynchronous sends. Whoever offers a message never waits for the
 * network: a socket whose client reads slowly fills only its own queue, and
 * when that is full the offer fails so the caller can drop the socket.
 *
 * <p>At most one send is in flight. Its completion starts the next one; when
 * a send completes synchronously inside the send call (the container may do
 * that), the loop continues on the current thread instead of recursing, so
 * a long queue cannot overflow the stack.
 *
 * <p>The queue is bounded twice: in messages and in bytes ({@code String}s
 * counted at three bytes a char, their worst UTF-8 size), so a stalled
 * socket pins at most {@link #MAX_QUEUED_BYTES} here, whatever the sizes of
 * the messages (a batch may be 16 KB).
 */
final class Outbox {

    /** The most a socket's queue may hold before the socket counts as too slow. */
    static final long MAX_QUEUED_BYTES = 1024 * 1024;

    /** Sends one message ({@code byte[]} or {@code String}) and reports its outcome: {@code null} = sent. */
    interface Transport extends BiConsumer<Object, Consumer<Throwable>> {
    }

    private final Transport transport;
    private final int capacity;
    private final long maxBytes;
    private final Consumer<Throwable> onBroken;
    private long queuedBytes;
    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean finished;
    private Runnable afterLast;

    /**
     * @param onBroken called when a send fails (the socket is gone or stuck past the send timeout),
     *                 unless {@link #finish} already planned the end
     */
    Outbox(Transport transport, int capacity, Consumer<Throwable> onBroken) {
        this(transport, capacity, MAX_QUEUED_BYTES, onBroken);
    }

    Outbox(Transport transport, int capacity, long maxBytes, Consumer<Throwable> onBroken) {
        this.transport = transport;
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.onBroken = onBroken;
    }

    /**
     * Queues messages for sending in order.
     *
     * @return false when they do not fit: the queue is full and the socket too slow to keep
     */
    boolean offer(List<Object> messages) {
        Object first;
        synchronized (this) {
            if (finished || messages.isEmpty()) {
                return true; // the socket is on its way out; what it misses no longer matters
            }
            long bytes = 0;
            for (int i = 0; i < messages.size(); i++) {
                bytes += size(messages.get(i));
            }
            if (sending) {
                if (queue.size() + messages.size() > capacity || queuedBytes + bytes > maxBytes) {
                    return false;
                }
                queue.addAll(messages);
                queuedBytes += bytes;
                return true;
            }
            // idle, so the queue is empty: the first message goes out without passing through it
            if (messages.size() > capacity || bytes > maxBytes) {
                return false;
            }
            sending = true;
            first = messages.get(0);
            for (int i = 1; i < messages.size(); i++) {
                queue.addLast(messages.get(i));
            }
            queuedBytes += bytes - size(first);
        }
        pump(first);
        return true;
    }

    /**
     * Ends the outbox: drops whatever waits, sends {@code last} once the send in
     * flight (if any) completes, then runs {@code then} (typically the close).
     * Later offers are ignored. Only the first call counts.
     */
    void finish(List<Object> last, Runnable then) {
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            queue.clear();
            queue.addAll(last);
            queuedBytes = 0; // the last messages are few and bounded by the caller
            afterLast = then;
            if (sending) {
                return;
            }
            sending = true;
        }
        pump(null);
    }

    synchronized int queued() {
        return queue.size();
    }

    synchronized long queuedBytes() {
        return queuedBytes;
    }

    private static long size(Object message) {
        if (message instanceof byte[] bytes) {
            return bytes.length;
        }
        return message instanceof String text ? 3L * text.length() : 0;
    }

    /** Sends {@code first} (when not null), then the queue, until it is empty or a send is still in flight. */
    private void pump(Object first) {
        Object next = first;
        while (true) {
            if (next == null) {
                Runnable done = null;
                synchronized (this) {
                    next = queue.poll();
                    if (next != null && !finished) {
                        queuedBytes -= size(next);
                    }
                    if (next == null) {
                        sending = false;
                        done = afterLast;
                        afterLast = null;
                    }
                }
                if (next == null) {
                    if (done != null) {
                        done.run();
                    }
                    return;
                }
            }
            // whoever gets here second, the sender or the completion, carries on with the queue
            AtomicBoolean handoff = new AtomicBoolean();
            transport.accept(next, failure -> {
                if (failure != null) {
                    broken(failure);
                }
                if (!handoff.compareAndSet(false, true)) {
                    pump(null);
                }
            });
            if (handoff.compareAndSet(false, true)) {
                return;
            }
            next = null;
        }
    }

    private void broken(Throwable failure) {
        boolean report;
        synchronized (this) {
            report = !finished; // after finish() the close is already planned
            finished = true;
            queue.clear();
            queuedBytes = 0;
        }
        if (report) {
            onBroken.accept(failure);
        }
    }
}
