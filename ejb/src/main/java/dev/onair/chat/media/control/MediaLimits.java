package dev.onair.chat.media.control;

import dev.onair.chat.media.boundary.MediaKind;
import dev.onair.chat.media.boundary.MediaRefused;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The limits an upload must keep, per kind: bytes for every kind, duration
 * for voice and video, pixels for images.
 */
public record MediaLimits(Map<MediaKind, Long> maxBytes, Duration maxVoice, Duration maxVideo, long maxPixels) {

    public MediaLimits {
        maxBytes = new EnumMap<>(maxBytes);
        for (MediaKind kind : MediaKind.values()) {
            if (maxBytes.getOrDefault(kind, 0L) < 1) {
                throw new IllegalArgumentException("max bytes of " + kind.wire() + " must be positive");
            }
        }
        if (maxVoice.toMillis() < 1 || maxVideo.toMillis() < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("durations and pixels must be positive");
        }
    }

    public long maxBytes(MediaKind kind) {
        return maxBytes.get(kind);
    }

    /**
     * How many bytes to read before the content is known: the stated kind's
     * limit, or, with none stated, the largest, since any kind may turn up.
     */
    public long readLimit(Optional<MediaKind> stated) {
        return stated.map(this::maxBytes)
                .orElseGet(() -> maxBytes.values().stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    /**
     * @throws MediaRefused 413 when the classified upload is over its kind's size, duration or pixel limit;
     *                      415 for voice or video of unknown duration
     */
    public void check(Classified media, long size) {
        long max = maxBytes(media.kind());
        if (size > max) {
            throw MediaRefused.tooLarge(media.kind().wire() + " over " + max + " bytes (" + size + ")");
        }
        Duration maxDuration = switch (media.kind()) {
            case VOICE -> maxVoice;
            case VIDEO -> maxVideo;
            default -> null;
        };
        if (maxDuration != null && media.durationMillis() == null) {
            throw MediaRefused.unsupported("cannot tell how long the " + media.kind().wire() + " is");
        }
        if (maxDuration != null && media.durationMillis() > maxDuration.toMillis()) {
            throw MediaRefused.tooLarge(media.kind().wire() + " longer than " + maxDuration.toSeconds() + " s ("
                    + media.durationMillis() + " ms)");
        }
        if (media.width() != null && media.kind() == MediaKind.IMAGE
                && (long) media.width() * media.height() > maxPixels) {
            throw MediaRefused.tooLarge("image over " + maxPixels + " pixels (" + media.width() + "x"
                    + media.height() + ")");
        }
    }
}
