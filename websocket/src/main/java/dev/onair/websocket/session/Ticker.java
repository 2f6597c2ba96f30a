package dev.onair.websocket.session;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One thread for the websocket tier's frequent ticks (the stalled-write
 * sweep, a hundred or more runs a second). A managed scheduled executor sets
 * up and tears down the container context around every run; this thread,
 * made by the managed thread factory, takes it once.
 * Ticks are short and touch only the application's own objects.
 */
@ApplicationScoped
public class Ticker {

    @Resource
    ManagedThreadFactory threadFactory;

    private ScheduledExecutorService thread;

    @PostConstruct
    void start() {
        thread = Executors.newSingleThreadScheduledExecutor(threadFactory);
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    /** Runs {@code tick} every {@code millis}, the first time after one period. */
    public ScheduledFuture<?> every(long millis, Runnable tick) {
        return thread.scheduleAtFixedRate(tick, millis, millis, TimeUnit.MILLISECONDS);
    }
}
