package dev.onair.live.boundary;

import dev.onair.account.boundary.StreamKeys;
import dev.onair.account.boundary.StreamKeys.StreamKey;
import dev.onair.live.entity.LiveSession;
import dev.onair.media.api.MediaDecision;
import dev.onair.media.api.MediaEvent;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Decides whether a publish may go on and keeps the live sessions. The
 * anchor publishes to {@code live/<secret key>}; an accepted publish is
 * renamed to the account's public stream name, so the key never leaves here.
 */
@Stateless
public class LiveIngest {

    private static final Logger LOG = Logger.getLogger(LiveIngest.class.getName());

    @EJB
    StreamKeys streamKeys;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public MediaDecision publish(MediaEvent event) {
        Optional<StreamKey> key = streamKeys.lookup(event.name());
        if (key.isEmpty()) {
            LOG.warning(() -> "publish rejected: unknown stream key from addr=" + event.addr()
                    + " client=" + event.clientId());
            return MediaDecision.deny("unknown stream key");
        }
        String stream = key.get().publicName();
        Instant now = clock.instant();
        // a reconnect replaces a session whose end we never heard of
        endOpenSessions(stream, now);
        em.persist(new LiveSession(key.get().userId(), stream, event.clientId(), event.addr(), now));
        LOG.info(() -> "publish accepted user=" + key.get().userId() + " stream=" + stream
                + " client=" + event.clientId());
        return MediaDecision.allowAs(stream);
    }

    public void publishDone(MediaEvent event) {
        // the adapter reports the public name; after an adapter restart nginx's raw field (the key) arrives
        String stream = streamKeys.lookup(event.name()).map(StreamKey::publicName).orElse(event.name());
        int ended = endOpenSessions(stream, clock.instant());
        LOG.info(() -> "publish done stream=" + stream + " client=" + event.clientId() + " sessions ended=" + ended);
    }

    private int endOpenSessions(String stream, Instant at) {
        var open = em.createNamedQuery(LiveSession.OPEN_BY_STREAM, LiveSession.class)
                .setParameter("stream", stream)
                .getResultList();
        open.forEach(s -> s.end(at));
        return open.size();
    }
}
