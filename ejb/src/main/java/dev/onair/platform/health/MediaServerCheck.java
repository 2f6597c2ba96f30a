package dev.onair.platform.health;

import dev.onair.media.api.MediaConnection;
import dev.onair.media.api.MediaConnectionFactory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/** The media server (nginx-rtmp) is up when its statistics page can be read through the adapter. */
@ApplicationScoped
public class MediaServerCheck implements DependencyCheck {

    @Resource(lookup = "jca/onair/media")
    MediaConnectionFactory mediaConnections;

    @Override
    public String name() {
        return "media";
    }

    @Override
    public DependencyHealth check() {
        return DependencyHealth.probe(name(), () -> {
            try (MediaConnection connection = mediaConnections.getConnection()) {
                int streams = connection.streams().size();
                return streams + (streams == 1 ? " stream" : " streams") + " known to nginx-rtmp";
            }
        });
    }
}
