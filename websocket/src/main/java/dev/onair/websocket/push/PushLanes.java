package dev.onair.websocket.push;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fixed number of lanes, each with its own thread working through its
 * {@link LaneBacklog}: the items of one key at a time, in order, and keys in
 * turn. Items of the same key keep their order; different lanes run in
 * parallel. A windowed item (a room push) waits until its key's window has
 * passed since the key's first waiting item, or until a batch is full
 * (goim's room job: a batch or a timer, whichever comes first); the window
 * is the lane's own timed wait, no tick. The key's items are taken only when
 * the lane comes to it, so what arrives meanwhile goes out in the same turn:
 * under load a push waits at most one round of the lane's keys (run 15 in
 * BENCHMARKS.md; taking a snapshot of the whole lane, then writing it, made a
 * push wait for the round in progress and then for its place in the next).
 * Each lane is bounded: past its capacity new items are refused (goim
 * likewise discards pushes for a room whose channel is full).
 */
final class PushLanes<T> {

    private static final Logger LOG = Logger.getLogger(PushLanes.class.getName());

    private final List<Lane> lanes;
    private final int capacity;
    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final Consumer<List<T>> sink;
    private volatile boolean stopped;

    /**
     * @param windowNanos how long a windowed key's first item waits for more (0: none)
     * @param batch       items that make a key due at once
     * @param sink        gets one key's items at a time, in order, on its lane's thread
     */
    PushLanes(int laneCount, int capacity, long windowNanos, int batch, LongSupplier nanoClock,
            ThreadFactory threads, Consumer<List<T>> sink) {
        this.capacity = capacity;
        this.windowNanos = windowNanos;
        this.nanoClock = nanoClock;
        this.sink = sink;
        this.lanes = new ArrayList<>(laneCount);
        for (int i = 0; i < laneCount; i++) {
            lanes.add(new Lane(batch));
        }
        for (Lane lane : lanes) {
            threads.newThread(lane).start();
        }
    }

    /**
     * @param windowed whether the item waits out the window (room pushes) or goes at the lane's next turn
     * @return false when the lane is full and the item was dropped
     */
    boolean submit(Object key, T item, boolean windowed) {
        Lane lane = lanes.get(Math.floorMod(key.hashCode(), lanes.size()));
        return lane.add(key, item, windowed ? windowNanos : 0);
    }

    /** Ends the lanes' threads after the items they are handing on; what waits is dropped. */
    void stop() {
        stopped = true;
        for (Lane lane : lanes) {
            lane.wake();
        }
    }

    int waiting() {
        return lanes.stream().mapToInt(Lane::size).sum();
    }

    private final class Lane implements Runnable {

        private final ReentrantLock lock = new ReentrantLock();
        private final Condition work = lock.newCondition();
        private final LaneBacklog<T> backlog;
        private boolean idle;

        Lane(int batch) {
            backlog = new LaneBacklog<>(batch);
        }

        boolean add(Object key, T item, long wait) {
            lock.lock();
            try {
                if (backlog.size() >= capacity) {
                    return false;
                }
                if (backlog.add(key, item, nanoClock.getAsLong() + wait) && idle) {
                    work.signal();
                }
                return true;
            } finally {
                lock.unlock();
            }
        }

        void wake() {
            lock.lock();
            try {
                work.signal();
            } finally {
                lock.unlock();
            }
        }

        int size() {
            lock.lock();
            try {
                return backlog.size();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void run() {
            while (true) {
                List<T> items = next();
                if (items == null) {
                    return;
                }
                try {
                    sink.accept(items);
                } catch (RuntimeException e) { // one bad hand-over must not end the lane
                    LOG.log(Level.WARNING, "push lane: " + items.size() + " items not handed on", e);
                }
            }
        }

        /** Waits for the next due key; null once stopped. */
        private List<T> next() {
            lock.lock();
            try {
                while (!stopped) {
                    long now = nanoClock.getAsLong();
                    List<T> due = backlog.takeDue(now);
                    if (due != null) {
                        return due;
                    }
                    long wait = backlog.nanosToNextDue(now);
                    idle = true;
                    try {
                        if (wait < 0) {
                            work.await();
                        } else {
                            work.awaitNanos(wait);
                        }
                    } finally {
                        idle = false;
                    }
                }
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } finally {
                lock.unlock();
            }
        }
    }
}
