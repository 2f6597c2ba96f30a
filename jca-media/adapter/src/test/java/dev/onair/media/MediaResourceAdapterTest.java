package dev.onair.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.media.api.MediaDecision;
import dev.onair.media.inbound.MediaActivationSpec;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class MediaResourceAdapterTest {

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int publish(int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/rtmp/publish"))
                .POST(HttpRequest.BodyPublishers.ofString("app=live&call=publish&name=k&clientid=1"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void deliversWhileStartedAndFreesThePortOnStop() throws Exception {
        int port = freePort();
        MediaResourceAdapter cut = new MediaResourceAdapter();
        cut.setCallbackPort(port);
        TestBootstrapContext context = new TestBootstrapContext();
        cut.start(context);
        try {
            MediaActivationSpec spec = new MediaActivationSpec();
            ListenerEndpointFactory endpoint = new ListenerEndpointFactory(event -> MediaDecision.allowAs("u1"));
            cut.endpointActivation(endpoint, spec);
            assertEquals(302, publish(port));

            cut.endpointDeactivation(endpoint, spec);
            assertEquals(503, publish(port));
            assertTrue(cut.workExecutor().isPresent());
        } finally {
            cut.stop();
        }
        assertTrue(cut.workExecutor().isEmpty());

        cut.start(context);
        cut.stop();
        context.getWorkManager().shutdown();
    }

    @Test
    void refusesForeignOrInvalidActivationSpecs() throws Exception {
        MediaResourceAdapter cut = new MediaResourceAdapter();
        cut.setCallbackPort(freePort());
        cut.start(new TestBootstrapContext());
        try {
            ListenerEndpointFactory endpoint = new ListenerEndpointFactory(event -> MediaDecision.allow());
            assertThrows(NotSupportedException.class, () -> cut.endpointActivation(endpoint, new ForeignSpec()));
            MediaActivationSpec invalid = new MediaActivationSpec();
            invalid.setApp("live/../x");
            assertThrows(InvalidPropertyException.class, () -> cut.endpointActivation(endpoint, invalid));
        } finally {
            cut.stop();
        }
    }

    @Test
    void activationBeforeStartIsAnError() {
        assertThrows(ResourceException.class, () -> new MediaResourceAdapter()
                .endpointActivation(new ListenerEndpointFactory(event -> MediaDecision.allow()), new MediaActivationSpec()));
    }

    @Test
    void equalityFollowsConfiguration() {
        MediaResourceAdapter a = new MediaResourceAdapter();
        MediaResourceAdapter b = new MediaResourceAdapter();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        b.setCallbackPort(18089);
        assertNotEquals(a, b);
    }

    /** An activation spec of some other adapter: nothing to configure, nothing to check. */
    private static final class ForeignSpec implements ActivationSpec {
        @Override
        public void validate() {
        }

        @Override
        public ResourceAdapter getResourceAdapter() {
            return null;
        }

        @Override
        public void setResourceAdapter(ResourceAdapter ra) {
        }
    }
}
