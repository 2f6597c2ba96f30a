package dev.onair.media;

import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks on threads of the container's {@link WorkManager}, so that the JDK's HTTP
 * server and client never start unmanaged worker threads of their own: the container
 * sizes, names and monitors them, and application code called from them gets a proper
 * context.
 */
public final class WorkManagerExecutor implements Executor {

    private final WorkManager workManager;

    public WorkManagerExecutor(WorkManager workManager) {
        this.workManager = workManager;
    }

    /**
     * @throws RejectedExecutionException if the work manager refuses the work; the JDK HTTP
     *         server then closes that connection, which nginx treats as a rejected callback
     */
    @Override
    public void execute(Runnable task) {
        try {
            workManager.scheduleWork(new RunnableWork(task));
        } catch (WorkException e) {
            throw new RejectedExecutionException("WorkManager refused the work", e);
        }
    }

    private record RunnableWork(Runnable task) implements Work {

        @Override
        public void run() {
            task.run();
        }

        /** Each task is one short HTTP exchange; letting it finish beats interrupting it. */
        @Override
        public void release() {
        }
    }
}
