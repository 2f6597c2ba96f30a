package dev.onair.media.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaDecisionTest {

    @Test
    void allowKeepsTheName() {
        MediaDecision cut = MediaDecision.allow();
        assertTrue(cut.allowed());
        assertEquals(Optional.empty(), cut.publicName());
        assertEquals(Optional.empty(), cut.reason());
    }

    @Test
    void allowAsCarriesThePublicName() {
        MediaDecision cut = MediaDecision.allowAs("u42");
        assertTrue(cut.allowed());
        assertEquals(Optional.of("u42"), cut.publicName());
    }

    @Test
    void denyCarriesTheReason() {
        MediaDecision cut = MediaDecision.deny("unknown stream key");
        assertFalse(cut.allowed());
        assertEquals(Optional.of("unknown stream key"), cut.reason());
    }

    @Test
    void publicNamesThatNginxWouldMisreadAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MediaDecision.allowAs("rtmp://elsewhere/live/x"));
        assertThrows(IllegalArgumentException.class, () -> MediaDecision.allowAs("a/b"));
        assertThrows(IllegalArgumentException.class, () -> MediaDecision.allowAs("a b"));
        assertThrows(IllegalArgumentException.class, () -> MediaDecision.allowAs(""));
        assertThrows(IllegalArgumentException.class, () -> MediaDecision.allowAs(null));
    }

    @Test
    void decisionsAreValues() {
        assertEquals(MediaDecision.allowAs("room-7"), MediaDecision.allowAs("room-7"));
        assertEquals(MediaDecision.deny("x"), MediaDecision.deny("x"));
    }
}
