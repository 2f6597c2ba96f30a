package dev.onair.websocket.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdleTimerSchedulerTest {

    /** Laid out as Tyrus's BaseContainer: the managed scheduler in a private field of a superclass. */
    static class BaseContainer {
        private ScheduledExecutorService managedScheduledExecutorService = Executors.newSingleThreadScheduledExecutor();
    }

    static final class ServerContainer extends BaseContainer {
    }

    @Test
    void replacesTheContainersManagedSchedulerAndStopsItsOwnOnShutdown() throws Exception {
        ServerContainer container = new ServerContainer();
        ScheduledExecutorService managed = ((BaseContainer) container).managedScheduledExecutorService;
        IdleTimerScheduler listener = new IdleTimerScheduler();

        listener.contextInitialized(event(container));
        ScheduledExecutorService swapped = ((BaseContainer) container).managedScheduledExecutorService;
        assertNotSame(managed, swapped);
        assertTrue(swapped instanceof ScheduledThreadPoolExecutor plain && plain.getRemoveOnCancelPolicy());

        listener.contextDestroyed(event(container));
        assertTrue(swapped.isShutdown());
        assertDoesNotThrow(() -> swapped.schedule(() -> { }, 1, TimeUnit.SECONDS)); // late frames: dropped
        managed.shutdownNow();
    }

    /** Another container: a scheduler under another name, which must stay where it is. */
    static final class OtherContainer {
        private ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    }

    @Test
    void leavesAnotherContainerAsItIs() {
        OtherContainer other = new OtherContainer();
        ScheduledExecutorService before = other.scheduler;
        IdleTimerScheduler listener = new IdleTimerScheduler();
        listener.contextInitialized(event(other));
        listener.contextDestroyed(event(other));
        assertSame(before, other.scheduler);
        assertFalse(before.isShutdown());
        assertDoesNotThrow(() -> new IdleTimerScheduler().contextInitialized(event(null)));
        before.shutdownNow();
    }

    private static ServletContextEvent event(Object container) {
        Map<String, Object> attributes = container == null ? Map.of()
                : Map.of("jakarta.websocket.server.ServerContainer", container);
        ServletContext context = (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
                new Class<?>[] {ServletContext.class},
                (proxy, method, args) -> method.getName().equals("getAttribute") ? attributes.get(args[0]) : null);
        return new ServletContextEvent(context);
    }
}
