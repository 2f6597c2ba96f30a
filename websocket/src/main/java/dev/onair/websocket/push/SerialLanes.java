package dev.onair.websocket.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A fixed number of lanes, each working through its items in order on a
 * borrowed executor thread, one batch at a time. Items for the same lane key
 * keep their order; different lanes run in parallel. A lane hands its sink
 * everything that piled up since the last batch (up to a limit), which is
 * what lets a busy room's pushes merge. Each lane is bounded: past its
 * capacity, new items are refused (goim likewise discards pushes for a room
 * whose channel is full) and the caller is told so.
 */
final class SerialLanes<T> {

    private final List<Lane> lanes;
    private final Executor executor;
    private final Consumer<List<T>> sink;
    private final int maxBatch;
    private final int capacity;

    SerialLanes(int laneCount, int capacity, int maxBatch, Executor executor, Consumer<List<T>> sink) {
        this.lanes = new ArrayList<>(laneCount);
        for (int i = 0; i < laneCount; i++) {
            lanes.add(new Lane());
        }
        this.capacity = capacity;
        this.maxBatch = maxBatch;
        this.executor = executor;
        this.sink = sink;
    }

    /**
     * @return false when the lane is full and the item was dropped
     */
    boolean submit(Object laneKey, T item) {
        Lane lane = lanes.get(Math.floorMod(laneKey.hashCode(), lanes.size()));
        if (lane.size.incrementAndGet() > capacity) {
            lane.size.decrementAndGet();
            return false;
        }
        lane.items.add(item);
        lane.schedule();
        return true;
    }

    private final class Lane implements Runnable {

        final Queue<T> items = new ConcurrentLinkedQueue<>();
        final AtomicInteger size = new AtomicInteger();
        final AtomicBoolean scheduled = new AtomicBoolean();

        void schedule() {
            if (scheduled.compareAndSet(false, true)) {
                executor.execute(this);
            }
        }

        @Override
        public void run() {
            try {
                List<T> batch = new ArrayList<>();
                for (T item = items.poll(); item != null; item = batch.size() < maxBatch ? items.poll() : null) {
                    batch.add(item);
                }
                size.addAndGet(-batch.size());
                if (!batch.isEmpty()) {
                    sink.accept(batch);
                }
            } finally {
                scheduled.set(false);
                // an item that arrived after the last poll found the lane still scheduled: run again for it
                if (!items.isEmpty()) {
                    schedule();
                }
            }
        }
    }
}
