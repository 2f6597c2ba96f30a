package dev.onair.media.inbound;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.onair.media.api.MediaEvent;
import dev.onair.media.api.MediaEvent.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Answers one nginx-rtmp callback: parse, put the public name back, deliver to the
 * endpoints, answer with the folded decision and remember a rename. Runs on a WorkManager
 * thread; nginx waits for the answer before it lets the client go on.
 */
final class CallbackHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(CallbackHandler.class.getName());

    /** nginx-rtmp's forms are a few hundred bytes; more is not nginx. */
    private static final int MAX_BODY = 64 * 1024;

    private final MediaEndpoints endpoints;
    private final PublicNames publicNames;

    CallbackHandler(MediaEndpoints endpoints, PublicNames publicNames) {
        this.endpoints = endpoints;
        this.publicNames = publicNames;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, new CallbackAnswer(405, null, "nginx-rtmp callbacks are POSTs (notify_method post)"));
                return;
            }
            Optional<MediaEvent> event = NotifyCallbacks.toEvent(exchange.getRequestURI().getPath(), form(exchange));
            if (event.isEmpty()) {
                send(exchange, new CallbackAnswer(404, null, "not an nginx-rtmp callback this adapter knows"));
                return;
            }
            send(exchange, answer(event.get()));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "nginx-rtmp callback failed: " + exchange.getRequestURI().getPath(), e);
            send(exchange, new CallbackAnswer(CallbackAnswer.LISTENER_FAILED, null, "callback failed"));
        } finally {
            exchange.close();
        }
    }

    private CallbackAnswer answer(MediaEvent raw) {
        MediaEvent event = publicNames.publicView(raw);
        CallbackAnswer answer = endpoints.deliver(event);
        if (raw.kind() == Kind.PUBLISH) {
            answer.rename().ifPresent(publicName -> publicNames.remember(raw, publicName));
        }
        log(event, answer);
        return answer;
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readNBytes(MAX_BODY), StandardCharsets.UTF_8);
        return NotifyForm.merge(NotifyForm.parse(body), NotifyForm.parse(exchange.getRequestURI().getRawQuery()));
    }

    /** One line per event; a PUBLISH's name is the stream key, so it is never logged. */
    private static void log(MediaEvent event, CallbackAnswer answer) {
        boolean publishing = event.kind() == Kind.PUBLISH || event.kind() == Kind.PUBLISH_DONE;
        String name = event.kind() == Kind.PUBLISH ? answer.rename().orElse("-") : event.name();
        LOG.log(publishing ? Level.INFO : Level.DEBUG, "media " + event.kind() + " app=" + event.app()
                + " stream=" + name + " client=" + event.clientId() + " addr=" + event.addr()
                + " -> " + answer.status());
    }

    private static void send(HttpExchange exchange, CallbackAnswer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        if (answer.location() != null) {
            exchange.getResponseHeaders().set("Location", answer.location());
        }
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
