package dev.onair.chat.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.chat.media.boundary.MediaKind;
import dev.onair.chat.media.boundary.MediaRefused;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private static final Probe.Stream OPUS = new Probe.Stream("audio", "opus", null, null, false);
    private static final Probe.Stream H264 = new Probe.Stream("video", "h264", 640, 360, false);
    private static final Probe.Stream COVER = new Probe.Stream("video", "mjpeg", 300, 300, true);

    @Test
    void anImageWithAReadableHeaderIsAnImage() {
        Classified c = Classifier.classify(Container.PNG, Optional.of(new ImageHeaders.Size(64, 48)), Optional.empty());

        assertEquals(new Classified(MediaKind.IMAGE, "image/png", 64, 48, null), c);
    }

    @Test
    void imageMagicWithAnUnreadableHeaderIsAFile() {
        Classified c = Classifier.classify(Container.JPEG, Optional.empty(), Optional.empty());

        assertEquals(Classified.file("application/octet-stream"), c);
    }

    @Test
    void audioWithoutVideoIsVoiceWithTheContainersAudioType() {
        Probe probe = new Probe(List.of(OPUS), 2_000L);

        assertEquals(new Classified(MediaKind.VOICE, "audio/ogg", null, null, 2_000L),
                Classifier.classify(Container.OGG, Optional.empty(), Optional.of(probe)));
        assertEquals("audio/mp4", Classifier.classify(Container.MP4, Optional.empty(), Optional.of(probe)).mime(),
                "m4a");
        assertEquals("audio/webm", Classifier.classify(Container.WEBM, Optional.empty(), Optional.of(probe)).mime());
        assertEquals("audio/mpeg", Classifier.classify(Container.MP3, Optional.empty(),
                Optional.of(new Probe(List.of(OPUS, COVER), 2_000L))).mime(), "a cover picture is no video");
    }

    @Test
    void aVideoStreamInMp4QuickTimeOrWebmIsVideo() {
        Probe probe = new Probe(List.of(H264, OPUS), 3_000L);

        assertEquals(new Classified(MediaKind.VIDEO, "video/mp4", 640, 360, 3_000L),
                Classifier.classify(Container.MP4, Optional.empty(), Optional.of(probe)));
        assertEquals("video/quicktime",
                Classifier.classify(Container.QUICKTIME, Optional.empty(), Optional.of(probe)).mime());
        assertEquals("video/webm", Classifier.classify(Container.WEBM, Optional.empty(), Optional.of(probe)).mime());
    }

    @Test
    void videoInAnotherContainerOrUnreadableMediaIsAFile() {
        assertEquals(MediaKind.FILE, Classifier.classify(Container.OGG, Optional.empty(),
                Optional.of(new Probe(List.of(H264), 1_000L))).kind(), "ogg video (theora) is not a video kind");
        assertEquals(MediaKind.FILE, Classifier.classify(Container.MP4, Optional.empty(), Optional.empty()).kind());
        assertEquals(MediaKind.FILE, Classifier.classify(Container.MP4, Optional.empty(),
                Optional.of(new Probe(List.of(), null))).kind());
        assertEquals(Classified.file("application/pdf"),
                Classifier.classify(Container.PDF, Optional.empty(), Optional.empty()));
    }

    @Test
    void theStatedKindMustMatchTheContent() {
        Classified png = new Classified(MediaKind.IMAGE, "image/png", 1, 1, null);
        Classified text = Classified.file("application/octet-stream");

        assertEquals(png, Classifier.decide(png, Optional.empty()));
        assertEquals(png, Classifier.decide(png, Optional.of(MediaKind.IMAGE)));
        MediaRefused refused = assertThrows(MediaRefused.class, () -> Classifier.decide(text,
                Optional.of(MediaKind.IMAGE)));
        assertEquals(415, refused.status());
        assertTrue(refused.reason().contains("not an image"), refused.reason());
        assertEquals(415, assertThrows(MediaRefused.class,
                () -> Classifier.decide(png, Optional.of(MediaKind.VOICE))).status());
    }

    @Test
    void statingFileKeepsAnyContentAsAnAttachment() {
        Classified png = new Classified(MediaKind.IMAGE, "image/png", 1, 1, null);

        assertEquals(new Classified(MediaKind.FILE, "image/png", null, null, null),
                Classifier.decide(png, Optional.of(MediaKind.FILE)));
    }
}
