package dev.onair.chat.media.control;

import dev.onair.chat.media.boundary.MediaKind;
import dev.onair.chat.media.boundary.MediaRefused;
import java.util.Optional;
import java.util.Set;

/**
 * Decides an upload's kind from what its content is: an image whose header
 * gives its size; voice = audio streams and no video in ogg, mp3, aac, wav,
 * m4a or WebM; video = a video stream in mp4, QuickTime or WebM; anything
 * else, including media that does not read as such, a file (served only as
 * an attachment, so a browser never renders it in our origin).
 */
public final class Classifier {

    private static final Set<Container> VIDEO_CONTAINERS = Set.of(Container.MP4, Container.QUICKTIME, Container.WEBM);
    private static final String OCTET_STREAM = "application/octet-stream";

    private Classifier() {
    }

    public static Classified classify(Container container, Optional<ImageHeaders.Size> image, Optional<Probe> probe) {
        if (container.isImage()) {
            return image.map(s -> new Classified(MediaKind.IMAGE, container.mime(), s.width(), s.height(), null))
                    .orElseGet(() -> Classified.file(OCTET_STREAM));
        }
        if (!container.isAudioVisual()) {
            return Classified.file(container.mime());
        }
        if (probe.isEmpty()) {
            return Classified.file(OCTET_STREAM);
        }
        Probe p = probe.get();
        if (p.hasVideo()) {
            if (!VIDEO_CONTAINERS.contains(container)) {
                return Classified.file(OCTET_STREAM);
            }
            Probe.Stream video = p.firstVideo();
            return new Classified(MediaKind.VIDEO, container.mime(), video.width(), video.height(), p.durationMillis());
        }
        if (p.hasAudio()) {
            return new Classified(MediaKind.VOICE, audioMime(container), null, null, p.durationMillis());
        }
        return Classified.file(OCTET_STREAM);
    }

    private static String audioMime(Container container) {
        return switch (container) {
            case MP4, QUICKTIME -> "audio/mp4";
            case WEBM -> "audio/webm";
            default -> container.mime();
        };
    }

    /**
     * Holds the content to what the client said it is, when it said so.
     * Saying {@code file} is always fine: the content is then kept as a file
     * (an attachment), whatever it is.
     *
     * @throws MediaRefused 415 when the content is another kind than stated
     */
    public static Classified decide(Classified detected, Optional<MediaKind> stated) {
        if (stated.isEmpty() || stated.get() == detected.kind()) {
            return detected;
        }
        if (stated.get() == MediaKind.FILE) {
            return detected.asFile();
        }
        throw MediaRefused.unsupported("the content is not " + article(stated.get()) + ": it reads as "
                + (detected.kind() == MediaKind.FILE ? "a file of type " + detected.mime()
                    : article(detected.kind()) + " (" + detected.mime() + ")"));
    }

    private static String article(MediaKind kind) {
        return (kind == MediaKind.IMAGE ? "an " : "a ") + kind.wire();
    }
}
