package dev.onair.account.boundary;

import dev.onair.account.control.StreamKeyGenerator;
import dev.onair.account.entity.User;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;

/** Each account's secret stream key, and the public stream name it maps to. */
@Stateless
public class StreamKeys {

    private static final Logger LOG = Logger.getLogger(StreamKeys.class.getName());

    @PersistenceContext
    EntityManager em;

    public Optional<StreamKey> of(long userId) {
        return Optional.ofNullable(em.find(User.class, userId)).map(StreamKeys::key);
    }

    /** @return the owner and public name for a presented key; empty for an unknown key */
    public Optional<StreamKey> lookup(String key) {
        if (key == null || key.isBlank() || key.length() > 64) {
            return Optional.empty();
        }
        return em.createNamedQuery(User.BY_STREAM_KEY, User.class)
                .setParameter("key", key)
                .getResultStream().findFirst().map(StreamKeys::key);
    }

    public StreamKey rotate(long userId) {
        User user = em.find(User.class, userId);
        user.rotateStreamKey(StreamKeyGenerator.next());
        LOG.info(() -> "stream key rotated user=" + userId);
        return key(user);
    }

    private static StreamKey key(User u) {
        return new StreamKey(u.getId(), u.getStreamKey(), u.publicStreamName());
    }

    /** A secret key (never shown to anyone but its owner) and the public name of the stream it opens. */
    public record StreamKey(long userId, String key, String publicName) {
    }
}
