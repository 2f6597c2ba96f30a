package dev.onair.media;

import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A container's WorkManager reduced to a thread pool, for running the adapter without one. */
public final class ThreadWorkManager implements WorkManager {

    private static final AtomicInteger THREAD_IDS = new AtomicInteger();

    private final ExecutorService threads = Executors.newCachedThreadPool(
            runnable -> new Thread(runnable, "test-work-" + THREAD_IDS.incrementAndGet()));
    private final AtomicInteger scheduled = new AtomicInteger();

    @Override
    public void doWork(Work work) {
        work.run();
    }

    @Override
    public void doWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener) {
        work.run();
    }

    @Override
    public long startWork(Work work) {
        scheduleWork(work);
        return 0;
    }

    @Override
    public long startWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener) {
        scheduleWork(work);
        return 0;
    }

    @Override
    public void scheduleWork(Work work) {
        scheduled.incrementAndGet();
        threads.execute(work);
    }

    @Override
    public void scheduleWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener) {
        scheduleWork(work);
    }

    /** How many works were handed to this manager. */
    public int scheduled() {
        return scheduled.get();
    }

    public void shutdown() throws InterruptedException {
        threads.shutdown();
        threads.awaitTermination(5, TimeUnit.SECONDS);
    }
}
