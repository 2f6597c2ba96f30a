package dev.onair.chat.media.control;

import dev.onair.chat.media.boundary.MediaKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chat media configuration ({@code onair.media.*}, {@code onair.chat.media.*};
 * each also an environment variable: {@code onair.media.root} = {@code ONAIR_MEDIA_ROOT}).
 * Values that cannot work stop the application at start, not at the first upload.
 */
@ApplicationScoped
public class MediaSettings {

    private static final Logger LOG = Logger.getLogger(MediaSettings.class.getName());

    /** Where uploads are kept; empty = {@code $ONAIR_HOME/media} ({@code bin/onair} always sets it). */
    @Inject
    @ConfigProperty(name = "onair.media.root", defaultValue = "")
    String root;

    @Inject
    @ConfigProperty(name = "onair.media.ffprobe", defaultValue = "/usr/bin/ffprobe")
    String ffprobe;

    @Inject
    @ConfigProperty(name = "onair.chat.media.probe-timeout", defaultValue = "PT15S")
    Duration probeTimeout;

    @Inject
    @ConfigProperty(name = "onair.chat.media.max-image-bytes", defaultValue = "10485760")
    long maxImageBytes;

    @Inject
    @ConfigProperty(name = "onair.chat.media.max-voice-bytes", defaultValue = "5242880")
    long maxVoiceBytes;

    @Inject
    @ConfigProperty(name = "onair.chat.media.max-video-bytes", defaultValue = "52428800")
    long maxVideoBytes;

    @Inject
    @ConfigProperty(name = "onair.chat.media.max-file-bytes", defaultValue = "20971520")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "onair.chat.media.max-voice-duration", defaultValue = "PT120S")
    Duration maxVoiceDuration;

    @Inject
    @ConfigProperty(name = "onair.chat.media.max-video-duration", defaultValue = "PT300S")
    Duration maxVideoDuration;

    /** Width x height above which an image is refused (a small file can announce a huge canvas). */
    @Inject
    @ConfigProperty(name = "onair.chat.media.max-image-pixels", defaultValue = "50000000")
    long maxImagePixels;

    /**
     * How old a file in {@code tmp/} must be to count as left by a crash: an
     * upload being read touches its file with every write and is judged within
     * {@code probe-timeout}, so an hour only ever finds leftovers.
     */
    @Inject
    @ConfigProperty(name = "onair.media.tmp-max-age", defaultValue = "PT1H")
    Duration tmpMaxAge;

    /** How often each node looks for such leftovers (also once at start). */
    @Inject
    @ConfigProperty(name = "onair.media.tmp-sweep", defaultValue = "PT10M")
    Duration tmpSweep;

    private MediaLimits limits;
    private Path rootPath;

    @PostConstruct
    void validate() {
        limits = new MediaLimits(Map.of(MediaKind.IMAGE, maxImageBytes, MediaKind.VOICE, maxVoiceBytes,
                MediaKind.VIDEO, maxVideoBytes, MediaKind.FILE, maxFileBytes),
                maxVoiceDuration, maxVideoDuration, maxImagePixels);
        if (probeTimeout.toMillis() < 1) {
            throw new IllegalStateException("onair.chat.media.probe-timeout must be positive");
        }
        if (tmpMaxAge.compareTo(probeTimeout.multipliedBy(2)) < 0 || tmpMaxAge.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalStateException("onair.media.tmp-max-age must be at least a minute and twice the probe"
                    + " timeout: a shorter one would delete uploads still being read or judged");
        }
        if (tmpSweep.toMillis() < 1) {
            throw new IllegalStateException("onair.media.tmp-sweep must be positive");
        }
        String dir = root.isBlank() ? System.getenv().getOrDefault("ONAIR_HOME", System.getProperty("java.io.tmpdir"))
                + "/media" : root;
        rootPath = Path.of(dir).toAbsolutePath().normalize();
        LOG.info(() -> "chat media: root=" + rootPath + " ffprobe=" + ffprobe + " limits=" + limits
                + " tmp-max-age=" + tmpMaxAge + " tmp-sweep=" + tmpSweep);
    }

    public MediaLimits limits() {
        return limits;
    }

    public Path root() {
        return rootPath;
    }

    public String ffprobe() {
        return ffprobe;
    }

    public Duration probeTimeout() {
        return probeTimeout;
    }

    public Duration tmpMaxAge() {
        return tmpMaxAge;
    }

    public Duration tmpSweep() {
        return tmpSweep;
    }
}
