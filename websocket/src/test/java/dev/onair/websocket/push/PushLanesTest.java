package dev.onair.websocket.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PushLanesTest {

    private final List<PushLanes<?>> started = new ArrayList<>();

    private <T> PushLanes<T> lanes(int count, int capacity, long windowNanos, int batch, Consumer<List<T>> sink) {
        PushLanes<T> lanes = new PushLanes<>(count, capacity, windowNanos, batch, System::nanoTime,
                runnable -> new Thread(runnable, "lane"), sink);
        started.add(lanes);
        return lanes;
    }

    @AfterEach
    void stop() {
        started.forEach(PushLanes::stop);
    }

    @Test
    void keepsEachKeysItemsInOrderAcrossConcurrentSubmitters() throws InterruptedException {
        Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(4 * 5_000);
        PushLanes<int[]> cut = lanes(4, 100_000, 0, 20, items -> {
            for (int[] item : items) {
                seen.computeIfAbsent("room" + item[0], k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(item[1]);
                all.countDown();
            }
        });

        List<Thread> submitters = new ArrayList<>();
        for (int room = 0; room < 4; room++) {
            int r = room;
            Thread submitter = new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    cut.submit("room" + r, new int[] {r, i}, r % 2 == 0);
                }
            });
            submitter.start();
            submitters.add(submitter);
        }
        for (Thread submitter : submitters) {
            submitter.join();
        }

        assertTrue(all.await(10, TimeUnit.SECONDS));
        assertEquals(4, seen.size());
        for (List<Integer> items : seen.values()) {
            for (int i = 0; i < items.size(); i++) {
                assertEquals(i, items.get(i));
            }
        }
    }

    @Test
    void whatArrivesWhileTheLaneIsBusyGoesOutWithItsKeysNextTurn() throws InterruptedException {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BlockingQueue<List<String>> out = new LinkedBlockingQueue<>();
        PushLanes<String> cut = lanes(1, 100, 0, 20, items -> {
            if (items.contains("hold")) {
                busy.countDown();
                await(release);
            }
            out.add(items);
        });

        cut.submit("live://0", "hold", false);
        assertTrue(busy.await(5, TimeUnit.SECONDS));
        cut.submit("live://1", "a", true);
        cut.submit("live://2", "x", true);
        cut.submit("live://1", "b", true);
        release.countDown();

        assertEquals(List.of("hold"), out.poll(5, TimeUnit.SECONDS));
        assertEquals(List.of("a", "b"), out.poll(5, TimeUnit.SECONDS));
        assertEquals(List.of("x"), out.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void aWindowedKeyWaitsItsWindowWhileOthersGoAtOnce() throws InterruptedException {
        BlockingQueue<List<String>> out = new LinkedBlockingQueue<>();
        long window = TimeUnit.SECONDS.toNanos(2); // long enough that a slow machine cannot blur the order
        PushLanes<String> cut = lanes(1, 100, window, 3, out::add);

        long start = System.nanoTime();
        cut.submit("live://1", "a", true);
        cut.submit("live://1", "b", true);
        cut.submit("keys", "k", false);

        assertEquals(List.of("k"), out.poll(5, TimeUnit.SECONDS), "an item without a window goes at once");
        assertEquals(List.of("a", "b"), out.poll(5, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start >= window, "the room waited its window");
    }

    @Test
    void aFullBatchGoesWithoutWaitingTheWindow() throws InterruptedException {
        BlockingQueue<List<String>> out = new LinkedBlockingQueue<>();
        PushLanes<String> cut = lanes(1, 100, TimeUnit.MINUTES.toNanos(10), 3, out::add);

        cut.submit("live://2", "1", true);
        cut.submit("live://2", "2", true);
        cut.submit("live://2", "3", true);

        assertEquals(List.of("1", "2", "3"), out.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void refusesWhatDoesNotFitTheLaneAndTakesMoreOnceItDrains() throws InterruptedException {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch drained = new CountDownLatch(2);
        PushLanes<String> cut = lanes(1, 2, 0, 20, items -> {
            busy.countDown();
            await(release);
            drained.countDown();
        });
        cut.submit("live://0", "hold", false);
        assertTrue(busy.await(5, TimeUnit.SECONDS));

        assertTrue(cut.submit("live://1", "a", false));
        assertTrue(cut.submit("live://1", "b", false));
        assertFalse(cut.submit("live://1", "c", false));
        assertEquals(2, cut.waiting());

        release.countDown();
        assertTrue(drained.await(5, TimeUnit.SECONDS));
        assertTrue(cut.submit("live://1", "d", false), "draining makes room again");
    }

    @Test
    void aFailingHandOverDoesNotEndTheLane() throws InterruptedException {
        BlockingQueue<List<String>> out = new LinkedBlockingQueue<>();
        PushLanes<String> cut = lanes(1, 100, 0, 20, items -> {
            if (items.contains("bad")) {
                throw new IllegalStateException("broken socket list");
            }
            out.add(items);
        });
        cut.submit("live://1", "bad", false);
        cut.submit("live://2", "good", false);

        assertEquals(List.of("good"), out.poll(5, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
