package dev.onair.media.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.media.api.MediaEvent.Kind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaEventTest {

    @Test
    void argsAreACopyThatCannotChange() {
        Map<String, String> form = new HashMap<>(Map.of("token", "abc"));
        MediaEvent cut = new MediaEvent(Kind.PUBLISH, "live", "key", "2", "127.0.0.1", form);
        form.put("token", "changed");

        assertEquals(Optional.of("abc"), cut.arg("token"));
        assertThrows(UnsupportedOperationException.class, () -> cut.args().put("x", "y"));
    }

    @Test
    void missingFieldsReadAsEmpty() {
        MediaEvent cut = new MediaEvent(Kind.PLAY_DONE, null, null, null, null, Map.of());
        assertEquals("", cut.app());
        assertEquals("", cut.name());
        assertEquals("", cut.clientId());
        assertEquals("", cut.addr());
    }

    @Test
    void recognisesNginxsOwnRelay() {
        MediaEvent relay = new MediaEvent(Kind.PLAY, "", "u42", "3", "127.0.0.1:1935/hls",
                Map.of("flashver", "ngx-local-relay"));
        MediaEvent viewer = new MediaEvent(Kind.PLAY, "live", "u42", "6", "127.0.0.1",
                Map.of("flashver", "LNX 9,0,124,2"));
        assertTrue(relay.fromLocalRelay());
        assertFalse(viewer.fromLocalRelay());
    }

    @Test
    void withNameKeepsTheForm() {
        MediaEvent done = new MediaEvent(Kind.PUBLISH_DONE, "live", "SECRET", "1", "127.0.0.1",
                Map.of("name", "SECRET"));
        MediaEvent cut = done.withName("u42");
        assertEquals("u42", cut.name());
        assertEquals(Optional.of("SECRET"), cut.arg("name"));
    }
}
