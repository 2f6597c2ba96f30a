package dev.onair.live.boundary;

import dev.onair.media.api.MediaConnection;
import dev.onair.media.api.MediaConnectionFactory;
import dev.onair.media.api.StreamStats;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Logger;

/** The streams on air right now, as the media server sees them, and dropping one. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // remote reads, nothing to enlist
public class LiveStreams {

    public static final String INGEST_APP = "live";
    private static final Logger LOG = Logger.getLogger(LiveStreams.class.getName());

    @Resource(lookup = "jca/onair/media")
    MediaConnectionFactory media;

    public List<StreamStats> onAir() {
        try (MediaConnection connection = media.getConnection()) {
            return connection.streams().stream()
                    .filter(s -> INGEST_APP.equals(s.app()) && s.publishing())
                    .toList();
        } catch (Exception e) {
            throw new MediaUnavailableException("media server unavailable: " + e.getMessage(), e);
        }
    }

    /**
     * @param by who asks (username), for the audit line
     * @return whether a publisher was connected and has been cut
     */
    public boolean drop(String publicName, String by) {
        try (MediaConnection connection = media.getConnection()) {
            boolean dropped = connection.dropPublisher(INGEST_APP, publicName);
            LOG.info(() -> "drop publisher stream=" + publicName + " by=" + by + " dropped=" + dropped);
            return dropped;
        } catch (Exception e) {
            throw new MediaUnavailableException("media server unavailable: " + e.getMessage(), e);
        }
    }
}
