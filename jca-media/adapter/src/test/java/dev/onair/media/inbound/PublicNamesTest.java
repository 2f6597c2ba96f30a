package dev.onair.media.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onair.media.api.MediaEvent;
import dev.onair.media.api.MediaEvent.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicNamesTest {

    private final PublicNames cut = new PublicNames();

    private static MediaEvent event(Kind kind, String clientId, String name) {
        return new MediaEvent(kind, "live", name, clientId, "127.0.0.1", Map.of("name", name));
    }

    @Test
    void laterEventsOfARenamedPublishCarryThePublicName() {
        cut.remember(event(Kind.PUBLISH, "1", "SECRETKEY"), "u42");

        assertEquals("u42", cut.publicView(event(Kind.UPDATE_PUBLISH, "1", "SECRETKEY")).name());
        assertEquals("u42", cut.publicView(event(Kind.PUBLISH_DONE, "1", "SECRETKEY")).name());
    }

    @Test
    void publishDoneEndsTheEntry() {
        cut.remember(event(Kind.PUBLISH, "1", "SECRETKEY"), "u42");
        cut.publicView(event(Kind.PUBLISH_DONE, "1", "SECRETKEY"));

        assertEquals(0, cut.size());
        assertEquals("SECRETKEY", cut.publicView(event(Kind.PUBLISH_DONE, "1", "SECRETKEY")).name());
    }

    @Test
    void anotherClientOrNameIsNotRenamed() {
        cut.remember(event(Kind.PUBLISH, "1", "SECRETKEY"), "u42");

        assertEquals("OTHERKEY", cut.publicView(event(Kind.PUBLISH_DONE, "1", "OTHERKEY")).name());
        assertEquals("SECRETKEY", cut.publicView(event(Kind.PUBLISH_DONE, "2", "SECRETKEY")).name());
    }

    @Test
    void viewerEventsAreLeftAlone() {
        cut.remember(event(Kind.PUBLISH, "1", "SECRETKEY"), "u42");
        assertEquals("SECRETKEY", cut.publicView(event(Kind.PLAY_DONE, "1", "SECRETKEY")).name());
    }

    @Test
    void staysBoundedWhenPublishDoneNeverComes() {
        for (int i = 0; i < PublicNames.CAPACITY + 10; i++) {
            cut.remember(event(Kind.PUBLISH, Integer.toString(i), "k" + i), "p" + i);
        }
        assertEquals(PublicNames.CAPACITY, cut.size());
    }
}
