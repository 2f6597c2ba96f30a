package dev.onair.media.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onair.media.ListenerEndpointFactory;
import dev.onair.media.api.MediaDecision;
import dev.onair.media.api.MediaEvent;
import dev.onair.media.api.MediaEvent.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaEndpointsTest {

    private final MediaEndpoints cut = new MediaEndpoints();

    private static MediaEvent event(Kind kind, String app) {
        return new MediaEvent(kind, app, "SECRETKEY", "1", "127.0.0.1", Map.of());
    }

    private static MediaActivationSpec spec(String app) {
        MediaActivationSpec spec = new MediaActivationSpec();
        spec.setApp(app);
        return spec;
    }

    @Test
    void everyActiveEndpointGetsTheEventAndIsReleased() {
        var keys = new ListenerEndpointFactory(event -> MediaDecision.allowAs("u42"));
        var audit = new ListenerEndpointFactory(event -> MediaDecision.allow());
        cut.activate(spec("live"), keys);
        cut.activate(spec(null), audit);

        CallbackAnswer answer = cut.deliver(event(Kind.PUBLISH, "live"));

        assertEquals(302, answer.status());
        assertEquals("u42", answer.location());
        assertEquals(1, keys.received().size());
        assertEquals(1, audit.received().size());
        assertEquals(keys.created(), keys.released());
        assertEquals(audit.created(), audit.released());
    }

    @Test
    void twoBeansWithTheSameFilterAreTwoEndpoints() {
        var first = new ListenerEndpointFactory(event -> MediaDecision.allow());
        var second = new ListenerEndpointFactory(event -> MediaDecision.allow());
        MediaActivationSpec firstSpec = spec("live");
        cut.activate(firstSpec, first);
        cut.activate(spec("live"), second);

        cut.deactivate(firstSpec, first);
        cut.deliver(event(Kind.PLAY, "live"));

        assertEquals(1, cut.size());
        assertEquals(0, first.received().size());
        assertEquals(1, second.received().size());
    }

    @Test
    void deactivationWithAnotherFactoryLeavesTheEndpoint() {
        MediaActivationSpec spec = spec(null);
        cut.activate(spec, new ListenerEndpointFactory(event -> MediaDecision.allow()));
        cut.deactivate(spec, new ListenerEndpointFactory(event -> MediaDecision.allow()));
        assertEquals(1, cut.size());
    }

    @Test
    void theAppFilterSkipsOtherApplications() {
        var live = new ListenerEndpointFactory(event -> MediaDecision.deny("no"));
        cut.activate(spec("live"), live);

        assertEquals(200, cut.deliver(event(Kind.PLAY, "")).status());
        assertEquals(0, live.received().size());
    }

    @Test
    void aFailingEndpointRejectsThePublishButNotTheOthersDelivery() {
        var broken = new ListenerEndpointFactory(event -> {
            throw new IllegalStateException("database down");
        });
        var rooms = new ListenerEndpointFactory(event -> MediaDecision.allow());
        cut.activate(spec(null), broken);
        cut.activate(spec(null), rooms);

        assertEquals(500, cut.deliver(event(Kind.PUBLISH, "live")).status());
        assertEquals(200, cut.deliver(event(Kind.PUBLISH_DONE, "live")).status());
        assertEquals(2, rooms.received().size());
        assertEquals(broken.created(), broken.released());
    }

    @Test
    void aNullDecisionCountsAsAFailure() {
        cut.activate(spec(null), new ListenerEndpointFactory(event -> null));
        assertEquals(500, cut.deliver(event(Kind.PUBLISH, "live")).status());
    }

    @Test
    void withNoEndpointAPublishIsRefusedAndTheRestAccepted() {
        assertEquals(503, cut.deliver(event(Kind.PUBLISH, "live")).status());
        assertEquals(200, cut.deliver(event(Kind.PLAY, "live")).status());
    }
}
