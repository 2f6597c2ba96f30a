package dev.onair.web.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The public addresses of the media server, as clients must use them. */
@ApplicationScoped
public class MediaUrls {

    @Inject
    @ConfigProperty(name = "onair.media.public-host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "onair.rtmp.port", defaultValue = "1935")
    int rtmpPort;

    @Inject
    @ConfigProperty(name = "onair.media.http.port", defaultValue = "8088")
    int httpPort;

    public String ingest(String streamKey) {
        return "rtmp://" + host + ":" + rtmpPort + "/live/" + streamKey;
    }

    public String hls(String publicName) {
        return "http://" + host + ":" + httpPort + "/hls/" + publicName + ".m3u8";
    }
}
