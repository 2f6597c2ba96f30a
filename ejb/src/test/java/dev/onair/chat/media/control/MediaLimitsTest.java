package dev.onair.chat.media.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onair.chat.media.boundary.MediaKind;
import dev.onair.chat.media.boundary.MediaRefused;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaLimitsTest {

    private final MediaLimits cut = new MediaLimits(Map.of(MediaKind.IMAGE, 10L, MediaKind.VOICE, 5L,
            MediaKind.VIDEO, 50L, MediaKind.FILE, 20L), Duration.ofSeconds(120), Duration.ofSeconds(300), 100);

    @Test
    void readsUpToTheStatedKindsLimitOrTheLargest() {
        assertEquals(10, cut.readLimit(Optional.of(MediaKind.IMAGE)));
        assertEquals(5, cut.readLimit(Optional.of(MediaKind.VOICE)));
        assertEquals(50, cut.readLimit(Optional.empty()));
    }

    @Test
    void eachKindHasItsOwnSizeLimit() {
        Classified image = new Classified(MediaKind.IMAGE, "image/png", 10, 10, null);

        assertDoesNotThrow(() -> cut.check(image, 10));
        assertEquals(413, assertThrows(MediaRefused.class, () -> cut.check(image, 11)).status());
        assertDoesNotThrow(() -> cut.check(Classified.file("application/pdf"), 20));
        assertEquals(413, assertThrows(MediaRefused.class, () -> cut.check(Classified.file("x/y"), 21)).status());
    }

    @Test
    void voiceAndVideoHaveADurationLimitAndMustHaveADuration() {
        assertDoesNotThrow(() -> cut.check(voice(120_000L), 1));
        assertEquals(413, assertThrows(MediaRefused.class, () -> cut.check(voice(120_001L), 1)).status());
        assertEquals(413, assertThrows(MediaRefused.class, () -> cut.check(
                new Classified(MediaKind.VIDEO, "video/mp4", 2, 2, 300_001L), 1)).status());
        assertEquals(415, assertThrows(MediaRefused.class, () -> cut.check(voice(null), 1)).status());
    }

    @Test
    void anImageMayNotAnnounceMorePixelsThanAllowed() {
        assertDoesNotThrow(() -> cut.check(new Classified(MediaKind.IMAGE, "image/png", 10, 10, null), 1));
        assertEquals(413, assertThrows(MediaRefused.class,
                () -> cut.check(new Classified(MediaKind.IMAGE, "image/png", 11, 10, null), 1)).status());
    }

    @Test
    void everyKindNeedsAPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> new MediaLimits(Map.of(MediaKind.IMAGE, 1L),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1));
    }

    private static Classified voice(Long millis) {
        return new Classified(MediaKind.VOICE, "audio/ogg", null, null, millis);
    }
}
