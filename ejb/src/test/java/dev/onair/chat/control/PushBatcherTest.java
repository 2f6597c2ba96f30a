package dev.onair.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.chat.boundary.Push;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PushBatcherTest {

    private static Push push(int n, int bytes) {
        return new Push(new Push.Room("live://" + n), 1000, new byte[bytes]);
    }

    @Test
    void takesWhatWaitsInOrderUpToTheCount() throws Exception {
        PushBatcher batcher = new PushBatcher(100, 3, 1 << 20, 0, 1, batch -> { });
        List<Push> offered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            offered.add(push(i, 10));
            assertTrue(batcher.offer(offered.get(i)));
        }
        assertEquals(offered.subList(0, 3), batcher.next(5_000));
        assertEquals(offered.subList(3, 5), batcher.next(5_000));
    }

    @Test
    void closesABatchOnceItHoldsTheBytes() throws Exception {
        PushBatcher batcher = new PushBatcher(100, 100, 100, 0, 1, batch -> { });
        for (int i = 0; i < 4; i++) {
            batcher.offer(push(i, 60));
        }
        assertEquals(2, batcher.next(5_000).size()); // 60 is under the limit, 120 is not
        assertEquals(2, batcher.next(5_000).size());
    }

    @Test
    void waitsTheLingerForALatePush() throws Exception {
        PushBatcher batcher = new PushBatcher(100, 2, 1 << 20, TimeUnit.SECONDS.toNanos(5), 1, batch -> { });
        batcher.offer(push(1, 1));
        offerLater(batcher, push(2, 1));
        assertEquals(2, batcher.next(5_000).size());
    }

    @Test
    void withoutALingerTakesOnlyWhatAlreadyWaits() throws Exception {
        PushBatcher batcher = new PushBatcher(100, 2, 1 << 20, 0, 1, batch -> { });
        batcher.offer(push(1, 1));
        Thread late = offerLater(batcher, push(2, 1));
        assertEquals(1, batcher.next(5_000).size());
        late.join();
        assertEquals(1, batcher.next(5_000).size());
    }

    private static Thread offerLater(PushBatcher batcher, Push push) {
        Thread late = new Thread(() -> {
            sleep(50);
            batcher.offer(push);
        });
        late.start();
        return late;
    }

    @Test
    void drainsWhatIsLeftInBatches() throws InterruptedException {
        PushBatcher batcher = new PushBatcher(100, 2, 1 << 20, 0, 1, batch -> { });
        List<Push> offered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            offered.add(push(i, 1));
            batcher.offer(offered.get(i));
        }
        assertEquals(List.of(offered.subList(0, 2), offered.subList(2, 4), offered.subList(4, 5)), batcher.drain());
        assertEquals(List.of(), batcher.drain());
    }

    @Test
    void refusesWhenFull() {
        PushBatcher batcher = new PushBatcher(2, 100, 1 << 20, 0, 1, batch -> { });
        assertTrue(batcher.offer(push(1, 1)));
        assertTrue(batcher.offer(push(2, 1)));
        assertFalse(batcher.offer(push(3, 1)));
    }

    @Test
    void retriesAFailedBatchAndRefusesPushesMeanwhile() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<List<Push>> sent = new CopyOnWriteArrayList<>();
        CountDownLatch failedTwice = new CountDownLatch(2);
        CountDownLatch brokerBack = new CountDownLatch(1);
        CountDownLatch recovered = new CountDownLatch(1);
        PushBatcher batcher = new PushBatcher(100, 100, 1 << 20, 0, 20, batch -> {
            if (calls.incrementAndGet() <= 2) {
                failedTwice.countDown();
                throw new IllegalStateException("broker down");
            }
            await(brokerBack);
            sent.add(batch);
            recovered.countDown();
        });
        Push first = push(1, 1);
        batcher.offer(first);
        Thread thread = new Thread(batcher);
        thread.start();
        try {
            assertTrue(failedTwice.await(5, TimeUnit.SECONDS)); // the first failure marked it failing
            assertFalse(batcher.offer(push(2, 1)), "refused while the topic is unreachable");
            brokerBack.countDown();
            assertTrue(recovered.await(5, TimeUnit.SECONDS));
            assertEquals(List.of(List.of(first)), sent, "the failed batch went out once the topic was back");
            Push later = push(3, 1);
            assertTrue(await(() -> batcher.offer(later)), "taken again once it recovered");
        } finally {
            batcher.stop();
            thread.join(5_000);
        }
        assertFalse(thread.isAlive());
    }

    @Test
    void aStopInTheMiddleOfALingerStillSendsTheBatch() throws Exception {
        List<List<Push>> sent = new CopyOnWriteArrayList<>();
        // room for one: the second offer is taken only once the publisher holds the first and lingers
        PushBatcher batcher = new PushBatcher(1, 100, 1 << 20, TimeUnit.MILLISECONDS.toNanos(300), 1, sent::add);
        Push first = push(1, 1);
        Push second = push(2, 1);
        batcher.offer(first);
        Thread thread = new Thread(batcher);
        thread.start();
        assertTrue(await(() -> batcher.offer(second)));
        batcher.stop();
        thread.join(5_000);
        assertFalse(thread.isAlive());
        assertEquals(List.of(List.of(first, second)), sent);
    }

    @Test
    void aStopSendsWhatIsQueuedInOrderThenRefuses() throws Exception {
        List<List<Push>> sent = new CopyOnWriteArrayList<>();
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PushBatcher batcher = new PushBatcher(100, 2, 1 << 20, 0, 1, batch -> {
            sending.countDown();
            await(release);
            sent.add(batch);
        });
        List<Push> offered = new ArrayList<>(List.of(push(0, 1)));
        batcher.offer(offered.get(0));
        Thread thread = new Thread(batcher);
        thread.start();
        assertTrue(sending.await(5, TimeUnit.SECONDS));
        for (int i = 1; i < 5; i++) {
            offered.add(push(i, 1));
            assertTrue(batcher.offer(offered.get(i)));
        }
        batcher.stop();
        assertFalse(batcher.offer(push(9, 1)), "refused once stopping");
        release.countDown();
        thread.join(5_000);
        assertFalse(thread.isAlive());
        assertEquals(List.of(offered.subList(0, 1), offered.subList(1, 3), offered.subList(3, 5)), sent);
    }

    @Test
    void aStopTriesAFailingBatchOnceAndEnds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch failing = new CountDownLatch(1);
        PushBatcher batcher = new PushBatcher(100, 1, 1 << 20, 0, 50, batch -> {
            calls.incrementAndGet();
            failing.countDown();
            throw new IllegalStateException("broker down");
        });
        batcher.offer(push(1, 1));
        batcher.offer(push(2, 1));
        Thread thread = new Thread(batcher);
        thread.start();
        assertTrue(failing.await(5, TimeUnit.SECONDS));
        batcher.stop();
        thread.join(5_000);
        assertFalse(thread.isAlive(), "a stop does not wait for the broker");
        assertTrue(calls.get() >= 2, "the queued push was tried too: " + calls.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean await(java.util.function.BooleanSupplier condition) throws TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            sleep(5);
        }
        throw new TimeoutException();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
