package dev.onair.websocket.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OutboxTest {

    /** A transport whose sends complete only when the test says so. */
    static final class ManualTransport implements Outbox.Transport {
        final List<Object> sent = new ArrayList<>();
        final List<Consumer<Throwable>> pending = new ArrayList<>();

        @Override
        public void accept(Object message, Consumer<Throwable> done) {
            sent.add(message);
            pending.add(done);
        }

        void complete() {
            pending.remove(0).accept(null);
        }

        void fail() {
            pending.remove(0).accept(new IOException("gone"));
        }
    }

    private final ManualTransport transport = new ManualTransport();
    private final List<Throwable> broken = new ArrayList<>();
    private final Outbox cut = new Outbox(transport, 3, broken::add);

    @Test
    void sendsOneAtATimeInOrder() {
        assertTrue(cut.offer(List.of("a", "b")));
        assertTrue(cut.offer(List.of("c")));
        assertEquals(List.of("a"), transport.sent);

        transport.complete();
        assertEquals(List.of("a", "b"), transport.sent);
        transport.complete();
        transport.complete();
        assertEquals(List.of("a", "b", "c"), transport.sent);
        assertEquals(0, cut.queued());
    }

    @Test
    void anIdleSocketSendsAtOnceAndQueuesOnlyWhatFollowsTheFirstMessage() {
        Outbox bytes = new Outbox(transport, 3, 1000, broken::add);
        assertTrue(bytes.offer(List.of(new byte[400])));
        assertEquals(1, transport.sent.size());
        assertEquals(0, bytes.queued());
        assertEquals(0, bytes.queuedBytes(), "the message in flight is no longer the queue's");
        transport.complete();

        assertTrue(bytes.offer(List.of(new byte[100], new byte[200], new byte[300])));
        assertEquals(2, transport.sent.size());
        assertEquals(2, bytes.queued());
        assertEquals(500, bytes.queuedBytes());
        assertFalse(bytes.offer(List.of(new byte[1], new byte[1])), "two queued + two more is over 3");
        assertFalse(new Outbox(transport, 3, 1000, broken::add).offer(List.of(new byte[1001])),
                "an idle socket still refuses what could never fit");
    }

    @Test
    void refusesWhatDoesNotFitSoTheCallerCanDropTheSocket() {
        assertTrue(cut.offer(List.of("in flight")));
        assertTrue(cut.offer(List.of("1", "2", "3")));
        assertFalse(cut.offer(List.of("4")));
        assertEquals(3, cut.queued());
    }

    @Test
    void boundsTheBytesASlowSocketPinsAndFreesThemAsItSends() {
        Outbox small = new Outbox(transport, 100, 1000, broken::add);
        assertTrue(small.offer(List.of(new byte[100]))); // in flight at once: no longer queued
        assertTrue(small.offer(List.of(new byte[600], new byte[300])));
        assertEquals(900, small.queuedBytes());
        assertFalse(small.offer(List.of(new byte[101])), "over the byte bound although far below 100 messages");
        assertTrue(small.offer(List.of("x".repeat(33)))); // text counts 3 bytes a char
        assertEquals(999, small.queuedBytes());
        transport.complete();
        assertEquals(399, small.queuedBytes());
        assertTrue(small.offer(List.of(new byte[600])));
        assertTrue(broken.isEmpty());
    }

    @Test
    void refusesABatchLargerThanTheRoomLeftWithoutQueueingPartOfIt() {
        assertTrue(cut.offer(List.of("in flight", "1")));
        assertFalse(cut.offer(List.of("2", "3", "4")));
        assertEquals(1, cut.queued());
    }

    @Test
    void finishesWithTheLastMessageAfterTheOneInFlightThenRunsTheClose() {
        AtomicInteger closed = new AtomicInteger();
        cut.offer(List.of("a", "b", "c"));

        cut.finish(List.of("error"), closed::incrementAndGet);
        assertEquals(0, closed.get(), "the close waits for the send in flight");

        transport.complete();
        assertEquals(List.of("a", "error"), transport.sent, "queued messages are dropped, the last one is sent");
        assertEquals(0, closed.get());
        transport.complete();
        assertEquals(1, closed.get());
    }

    @Test
    void finishesAtOnceWhenIdleAndIgnoresLaterOffersAndFinishes() {
        AtomicInteger closed = new AtomicInteger();
        cut.finish(List.of(), closed::incrementAndGet);
        assertEquals(1, closed.get());

        assertTrue(cut.offer(List.of("late")), "a closing socket is not reported as overflowing");
        cut.finish(List.of("again"), closed::incrementAndGet);
        assertEquals(List.of(), transport.sent);
        assertEquals(1, closed.get());
    }

    @Test
    void reportsAFailedSendOnceAndDropsTheRest() {
        cut.offer(List.of("a", "b"));
        transport.fail();

        assertEquals(1, broken.size());
        assertEquals(List.of("a"), transport.sent);
        assertTrue(cut.offer(List.of("c")));
        assertEquals(List.of("a"), transport.sent);
    }

    @Test
    void stillClosesWhenTheLastMessageFails() {
        AtomicInteger closed = new AtomicInteger();
        cut.finish(List.of("error"), closed::incrementAndGet);
        transport.fail();
        assertEquals(1, closed.get());
        assertEquals(0, broken.size(), "the planned close covers it");
    }

    @Test
    void survivesSendsThatCompleteInsideTheSendCall() {
        List<Object> sent = new ArrayList<>();
        Outbox.Transport synchronous = (message, done) -> {
            sent.add(message);
            done.accept(null);
        };
        Outbox outbox = new Outbox(synchronous, 200_000, broken::add);
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(i);
        }

        assertTrue(outbox.offer(many));

        assertEquals(100_000, sent.size(), "a deep queue drains in a loop, not by recursion");
        assertEquals(99_999, sent.get(99_999));
    }
}
