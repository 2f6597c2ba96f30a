package dev.onair.media.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.media.ListenerEndpointFactory;
import dev.onair.media.ThreadWorkManager;
import dev.onair.media.WorkManagerExecutor;
import dev.onair.media.api.MediaDecision;
import dev.onair.media.api.MediaEvent.Kind;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The callback listener over real HTTP on loopback, the way nginx-rtmp calls it. */
class CallbackServerTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ThreadWorkManager workManager = new ThreadWorkManager();
    private final MediaEndpoints endpoints = new MediaEndpoints();
    private CallbackServer cut;

    @BeforeEach
    void start() throws Exception {
        cut = CallbackServer.start(new InetSocketAddress("127.0.0.1", 0), endpoints, new WorkManagerExecutor(workManager));
    }

    @AfterEach
    void stop() throws Exception {
        cut.stop();
        workManager.shutdown();
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + cut.address().getPort() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRenamedPublishIsAnswered302AndItsDoneCarriesThePublicName() throws Exception {
        var keys = new ListenerEndpointFactory(event ->
                event.kind() == Kind.PUBLISH ? MediaDecision.allowAs("u42") : MediaDecision.allow());
        endpoints.activate(new MediaActivationSpec(), keys);

        HttpResponse<String> publish = post("/rtmp/publish", CapturedCallbacks.PUBLISH);
        HttpResponse<String> update = post("/rtmp/update", CapturedCallbacks.UPDATE_PUBLISH);
        HttpResponse<String> done = post("/rtmp/publish_done", CapturedCallbacks.PUBLISH_DONE);

        assertEquals(302, publish.statusCode());
        assertEquals(Optional.of("u42"), publish.headers().firstValue("Location"));
        assertEquals(200, update.statusCode());
        assertEquals(200, done.statusCode());
        assertEquals("SECRETKEY", keys.received().get(0).name());
        assertEquals("u42", keys.received().get(1).name());
        assertEquals("u42", keys.received().get(2).name());
        assertEquals(Optional.of("SECRETKEY"), keys.received().get(2).arg("name"));
    }

    @Test
    void aDenyIs403WithTheReason() throws Exception {
        endpoints.activate(new MediaActivationSpec(), new ListenerEndpointFactory(event -> MediaDecision.deny("unknown stream key")));

        HttpResponse<String> publish = post("/rtmp/publish", CapturedCallbacks.PUBLISH);

        assertEquals(403, publish.statusCode());
        assertEquals("unknown stream key", publish.body());
    }

    @Test
    void withoutListenersPublishFailsClosedAndPlayPasses() throws Exception {
        assertEquals(503, post("/rtmp/publish", CapturedCallbacks.PUBLISH).statusCode());
        assertEquals(200, post("/rtmp/play", CapturedCallbacks.VIEWER_PLAY).statusCode());
    }

    @Test
    void everyExchangeRunsOnTheWorkManager() throws Exception {
        var threads = new ListenerEndpointFactory(event -> {
            assertTrue(Thread.currentThread().getName().startsWith("test-work-"));
            return MediaDecision.allow();
        });
        endpoints.activate(new MediaActivationSpec(), threads);
        int before = workManager.scheduled();

        assertEquals(200, post("/rtmp/play", CapturedCallbacks.VIEWER_PLAY).statusCode());
        assertEquals(before + 1, workManager.scheduled());
    }

    @Test
    void whatIsNotACallbackIsRefused() throws Exception {
        assertEquals(404, post("/rtmp/connect", "call=connect").statusCode());
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + cut.address().getPort() + "/rtmp/publish")).build();
        assertEquals(405, http.send(get, HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}
