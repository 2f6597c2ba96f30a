package dev.onair.websocket.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class StalledWritesTest {

    private final StalledWrites stalled = new StalledWrites();
    private final List<Object> outcomes = new ArrayList<>();

    @Test
    void reportsEachWriteOnceWhenItCompletes() {
        CompletableFuture<Object> ok = new CompletableFuture<>();
        CompletableFuture<Object> failing = new CompletableFuture<>();
        stalled.watch(ok, 1_000, t -> outcomes.add(t == null ? "ok" : t));
        stalled.watch(failing, 1_000, t -> outcomes.add(t == null ? "ok" : t));
        stalled.sweep(10);
        assertTrue(outcomes.isEmpty());
        assertEquals(2, stalled.size());

        ok.complete("frame");
        failing.completeExceptionally(new IOException("reset"));
        stalled.sweep(20);
        assertEquals("ok", outcomes.get(0));
        assertInstanceOf(IOException.class, outcomes.get(1));
        stalled.sweep(30);
        assertEquals(2, outcomes.size());
        assertEquals(0, stalled.size());
    }

    @Test
    void aWriteStuckPastItsDeadlineTimesOut() {
        stalled.watch(new CompletableFuture<>(), 100, outcomes::add);
        stalled.sweep(99);
        assertTrue(outcomes.isEmpty());
        stalled.sweep(100);
        assertInstanceOf(TimeoutException.class, outcomes.get(0));
        assertNull(StalledWrites.outcome(CompletableFuture.completedFuture(null)));
    }
}
