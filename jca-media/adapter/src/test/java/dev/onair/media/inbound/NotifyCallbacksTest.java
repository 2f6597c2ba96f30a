package dev.onair.media.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.media.api.MediaEvent;
import dev.onair.media.api.MediaEvent.Kind;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotifyCallbacksTest {

    private static Optional<MediaEvent> event(String path, String body) {
        return NotifyCallbacks.toEvent(path, NotifyForm.parse(body));
    }

    @Test
    void aPublishBecomesAnEventWithEveryField() {
        MediaEvent cut = event("/rtmp/publish", CapturedCallbacks.PUBLISH).orElseThrow();

        assertEquals(Kind.PUBLISH, cut.kind());
        assertEquals("live", cut.app());
        assertEquals("SECRETKEY", cut.name());
        assertEquals("1", cut.clientId());
        assertEquals("127.0.0.1", cut.addr());
        assertEquals(Optional.of("live"), cut.arg("type"));
        assertEquals(Optional.of("a b"), cut.arg("token"));
    }

    @Test
    void eachPathIsItsCallback() {
        assertEquals(Kind.PLAY, event("/rtmp/play", CapturedCallbacks.VIEWER_PLAY).orElseThrow().kind());
        assertEquals(Kind.PLAY_DONE, event("/rtmp/play_done", CapturedCallbacks.VIEWER_PLAY_DONE).orElseThrow().kind());
        assertEquals(Kind.PUBLISH_DONE, event("/rtmp/publish_done", CapturedCallbacks.PUBLISH_DONE).orElseThrow().kind());
        assertEquals(Kind.RECORD_DONE, event("/rtmp/record_done", "call=record_done&path=/x.flv").orElseThrow().kind());
    }

    @Test
    void updateIsToldApartByCall() {
        assertEquals(Kind.UPDATE_PUBLISH, event("/rtmp/update", CapturedCallbacks.UPDATE_PUBLISH).orElseThrow().kind());
        assertEquals(Kind.UPDATE_PLAY, event("/rtmp/update", CapturedCallbacks.RELAY_UPDATE_PLAY).orElseThrow().kind());
        assertTrue(event("/rtmp/update", "call=publish").isEmpty());
        assertTrue(event("/rtmp/update_publish", CapturedCallbacks.UPDATE_PUBLISH).isEmpty());
    }

    @Test
    void theBareContextRoutesByCall() {
        assertEquals(Kind.PUBLISH, event("/rtmp", CapturedCallbacks.PUBLISH).orElseThrow().kind());
        assertEquals(Kind.PLAY_DONE, event("/rtmp/", CapturedCallbacks.VIEWER_PLAY_DONE).orElseThrow().kind());
    }

    @Test
    void theRelaysPlayHasNoApp() {
        MediaEvent relay = event("/rtmp/play", CapturedCallbacks.RELAY_PLAY).orElseThrow();
        assertEquals("", relay.app());
        assertEquals("u42", relay.name());
        assertTrue(relay.fromLocalRelay());
    }

    @Test
    void unknownCallbacksAreNotEvents() {
        assertTrue(event("/rtmp/done", "call=done").isEmpty());
        assertTrue(event("/rtmp", "call=connect").isEmpty());
        assertTrue(event("/other/publish", CapturedCallbacks.PUBLISH).isEmpty());
        assertTrue(NotifyCallbacks.toEvent("/rtmp/publish", Map.of()).isPresent());
    }
}
