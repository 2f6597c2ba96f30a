package dev.onair.websocket.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WsSettingsTest {

    private final WsSettings cut = settings(Duration.ofMinutes(8));

    @Test
    void aSocketWhoseClientStatedNoIntervalGetsTheConfiguredWindow() {
        assertEquals(Duration.ofMinutes(8), cut.heartbeatWindow(0));
    }

    @Test
    void aStatedIntervalGivesTwiceItAsTheWindow() {
        assertEquals(Duration.ofSeconds(6), cut.heartbeatWindow(3));
        assertEquals(Duration.ofSeconds(60), cut.heartbeatWindow(30));
    }

    @Test
    void aClientCannotLengthenItsWindowBeyondTheConfiguredOne() {
        assertEquals(Duration.ofMinutes(8), cut.heartbeatWindow(240), "exactly the configured window");
        assertEquals(Duration.ofMinutes(8), cut.heartbeatWindow(3600));
        assertEquals(Duration.ofMinutes(8), cut.heartbeatWindow(Integer.MAX_VALUE));
    }

    private static WsSettings settings(Duration heartbeatTimeout) {
        WsSettings settings = new WsSettings();
        settings.heartbeatTimeout = heartbeatTimeout;
        return settings;
    }
}
