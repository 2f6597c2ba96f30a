package dev.onair.websocket.session;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.reflect.Field;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.logging.Logger;

/**
 * Gives Tyrus a plain scheduler for its per-session idle timer instead of the
 * container's managed one.
 *
 * <p>Tyrus cancels and schedules a session's idle-timeout task on every frame
 * it receives, whether or not an idle timeout is set (with none, as here, the
 * task does nothing). On Payara's managed scheduled executor each schedule
 * captures the thread context, which walks {@code ServiceLoader} through every
 * class loader of the EAR: a heartbeat cost ~0.3 ms of CPU, 7-12 % of a core
 * at 19,000 sockets (BENCHMARKS.md). The task needs no context (OnAir's own
 * deadlines are enforced by {@link Deadlines}), so a one-thread executor
 * that drops cancelled tasks serves it at the cost of a queue insert.
 *
 * <p>Tyrus reads the scheduler when it creates a session, so swapping it when
 * the application starts covers every socket. The container field is Tyrus's
 * ({@code BaseContainer.managedScheduledExecutorService}); on another
 * container it is not found and nothing changes.
 */
@WebListener
public class IdleTimerScheduler implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(IdleTimerScheduler.class.getName());
    private static final String CONTAINER_ATTRIBUTE = "jakarta.websocket.server.ServerContainer";
    private static final String FIELD = "managedScheduledExecutorService";

    private ScheduledThreadPoolExecutor scheduler;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Object container = event.getServletContext().getAttribute(CONTAINER_ATTRIBUTE);
        Field field = container == null ? null : find(container.getClass());
        if (field == null) {
            LOG.info("ws idle timers stay on the container's scheduler (not a Tyrus container)");
            return;
        }
        scheduler = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "onair-ws-idle-timer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true); // each frame cancels the previous task: keep the queue short
        // after undeploy, frames of sockets still closing schedule no-op tasks: drop them quietly
        scheduler.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        try {
            field.set(container, scheduler);
            LOG.info("ws idle timers on a plain scheduler (Tyrus's managed one captures context per frame)");
        } catch (IllegalAccessException | RuntimeException e) {
            scheduler.shutdown();
            scheduler = null;
            LOG.warning(() -> "ws idle timers stay on the container's scheduler: " + e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** The container's scheduler field, or null when it has none of that name and type. */
    private static Field find(Class<?> type) {
        try {
            Field field = ContainerFields.find(type, FIELD);
            return ScheduledExecutorService.class.isAssignableFrom(field.getType()) ? field : null;
        } catch (NoSuchFieldException | RuntimeException e) { // RuntimeException: inaccessible (modules)
            return null;
        }
    }
}
