package dev.onair.websocket.session;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Enforces the auth and heartbeat deadlines, and the expiry of each socket's
 * access token, with one sweep a second over this node's sockets, instead of
 * a timer per socket: tens of thousands of sockets cost one pass of cheap
 * comparisons, and the deadlines are read from the injected clock.
 */
@ApplicationScoped
public class Deadlines {

    private static final Logger LOG = Logger.getLogger(Deadlines.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    LocalSessions sessions;

    @Inject
    SubProtocol protocol;

    @Inject
    Clock clock;

    @Inject
    WsSettings settings;

    private ScheduledFuture<?> sweeping;

    /** Starts with the application; reading the settings here makes bad values fail the deployment. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        String configured = settings.describe();
        LOG.info(() -> "ws settings " + configured);
        sweeping = scheduler.scheduleAtFixedRate(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    void sweep() {
        try {
            long now = clock.millis();
            for (Connection connection : sessions.all()) {
                if (!connection.isClosing() && (connection.deadline() <= now || connection.tokenExpiresAt() <= now)) {
                    protocol.expired(connection);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "deadline sweep failed; next one in a second", e);
        }
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }
}
