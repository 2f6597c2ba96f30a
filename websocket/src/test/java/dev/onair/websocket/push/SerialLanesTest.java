package dev.onair.websocket.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialLanesTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void keepsEachKeysItemsInOrderAcrossConcurrentSubmitters() throws InterruptedException {
        Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(4 * 5_000);
        SerialLanes<int[]> cut = new SerialLanes<>(4, 100_000, 64, pool, batch -> {
            for (int[] item : batch) {
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
                    cut.submit("room" + r, new int[] {r, i});
                }
            });
            submitter.start();
            submitters.add(submitter);
        }
        for (Thread submitter : submitters) {
            submitter.join();
        }

        assertTrue(all.await(10, TimeUnit.SECONDS));
        for (List<Integer> items : seen.values()) {
            for (int i = 0; i < items.size(); i++) {
                assertEquals(i, items.get(i));
            }
        }
    }

    @Test
    void handsOverWhatPiledUpAsOneBatch() throws InterruptedException {
        List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
        List<Runnable> parked = new ArrayList<>();
        SerialLanes<String> cut = new SerialLanes<>(1, 100, 64, parked::add, batches::add);

        cut.submit("room", "a");
        cut.submit("room", "b");
        cut.submit("room", "c");
        assertEquals(1, parked.size(), "one run is scheduled for the lane, however many items wait");

        parked.remove(0).run();
        assertEquals(List.of(List.of("a", "b", "c")), batches);
    }

    @Test
    void dropsWhatDoesNotFitTheLane() {
        List<Runnable> parked = new ArrayList<>();
        SerialLanes<String> cut = new SerialLanes<>(1, 2, 64, parked::add, batch -> { });

        assertTrue(cut.submit("room", "a"));
        assertTrue(cut.submit("room", "b"));
        assertFalse(cut.submit("room", "c"));

        parked.remove(0).run();
        assertTrue(cut.submit("room", "d"), "draining makes room again");
    }

    @Test
    void limitsABatchAndRunsAgainForTheRest() {
        List<List<String>> batches = new ArrayList<>();
        List<Runnable> parked = new ArrayList<>();
        SerialLanes<String> cut = new SerialLanes<>(1, 100, 2, parked::add, batches::add);
        cut.submit("room", "a");
        cut.submit("room", "b");
        cut.submit("room", "c");

        parked.remove(0).run();
        parked.remove(0).run();

        assertEquals(List.of(List.of("a", "b"), List.of("c")), batches);
        assertTrue(parked.isEmpty());
    }
}
