package dev.onair.websocket.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Presence (Redis) failures while sockets keep working: heartbeats then
 * answer this node's own count. Every heartbeat of every socket would hit the
 * same failure, so it is logged at most once a minute instead of per frame.
 */
@ApplicationScoped
public class PresenceOutage {

    private static final Logger LOG = Logger.getLogger(PresenceOutage.class.getName());
    private static final long QUIET_MILLIS = 60_000;

    @Inject
    Clock clock;

    private final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE / 2);

    void failed(RuntimeException failure) {
        long now = clock.millis();
        long last = lastLogged.get();
        if (now - last >= QUIET_MILLIS && lastLogged.compareAndSet(last, now)) {
            LOG.warning(() -> "presence unavailable, online counts are this node's only: " + failure);
        }
    }
}
