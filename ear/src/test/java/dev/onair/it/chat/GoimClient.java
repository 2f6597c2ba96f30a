package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A goim client on {@code java.net.http.WebSocket}: sends frames in either
 * form, collects what the server sends (binary frames, text messages) and how
 * it closes.
 */
final class GoimClient implements WebSocket.Listener, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    /** How the server closed the socket. */
    record Close(int code, String reason) {
    }

    /** One message from the server: a binary frame or a text-form JSON object. */
    record Received(WireFrame frame, JsonObject text) {

        int op() {
            return frame != null ? frame.op() : text.getInt("op");
        }
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Close> closed = new CompletableFuture<>();
    private final ByteArrayOutputStream binaryPart = new ByteArrayOutputStream();
    private final StringBuilder textPart = new StringBuilder();
    private WebSocket socket;
    private volatile boolean paused;
    private boolean owed;

    static GoimClient connect() {
        return connect(Stack.ws());
    }

    /** Connects to the /ws/sub of a given node ({@code ws://host:port/ws/sub}). */
    static GoimClient connect(String ws) {
        GoimClient client = new GoimClient();
        client.socket = Api.HTTP.newWebSocketBuilder().connectTimeout(WAIT)
                .buildAsync(URI.create(ws), client).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        return client;
    }

    /** Connects and authenticates in the binary form; fails the test unless op 8 comes back. */
    static GoimClient authenticated(Api.Account account, String room, List<Integer> accepts) {
        return authenticated(account, room, accepts, "");
    }

    static GoimClient authenticated(Api.Account account, String room, List<Integer> accepts, String key) {
        return authenticatedAt(Stack.ws(), account, room, accepts, key);
    }

    /** Connects to a given node's /ws/sub and authenticates there. */
    static GoimClient authenticatedAt(String ws, Api.Account account, String room, List<Integer> accepts,
                                      String key) {
        return authenticatedAt(ws, auth(account.id(), account.token(), room, accepts, key));
    }

    /** Connects to a given node's /ws/sub and authenticates in the binary form with this op-7 body. */
    static GoimClient authenticatedAt(String ws, JsonObject authBody) {
        GoimClient client = connect(ws);
        client.send(WireFrame.of(7, 1, authBody.toString()));
        WireFrame reply = client.nextFrame();
        assertEquals(8, reply.op(), "auth reply");
        return client;
    }

    /** Connects and authenticates in goim's JSON text form; fails the test unless op 8 comes back. */
    static GoimClient authenticatedInText(Api.Account account, String room, List<Integer> accepts) {
        GoimClient client = connect();
        client.sendText(Json.createObjectBuilder().add("ver", 1).add("op", 7).add("seq", 1)
                .add("body", auth(account.id(), account.token(), room, accepts, "")).build().toString());
        assertEquals(8, client.nextText().getInt("op"), "auth reply");
        return client;
    }

    static JsonObject auth(long mid, String token, String room, List<Integer> accepts, String key) {
        JsonArrayBuilder ops = Json.createArrayBuilder();
        accepts.forEach(ops::add);
        JsonObjectBuilder body = Json.createObjectBuilder().add("mid", mid).add("key", key).add("room_id", room)
                .add("platform", "web").add("accepts", ops);
        if (token != null) {
            body.add("token", token);
        }
        return body.build();
    }

    void send(WireFrame frame) {
        sendRaw(frame.encode());
    }

    void sendRaw(byte[] message) {
        socket.sendBinary(ByteBuffer.wrap(message), true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    void sendText(String message) {
        socket.sendText(message, true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** The next message, which must be a binary frame. */
    WireFrame nextFrame() {
        Received next = next(WAIT);
        assertTrue(next != null, "no frame within " + WAIT);
        assertTrue(next.frame() != null, "expected a binary frame, got text " + next.text());
        return next.frame();
    }

    /** The next message, which must be a text-form JSON object. */
    JsonObject nextText() {
        Received next = next(WAIT);
        assertTrue(next != null, "no message within " + WAIT);
        assertTrue(next.text() != null, "expected text, got a binary frame op=" + next.op());
        return next.text();
    }

    Received next(Duration wait) {
        try {
            return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Binary push frames (op-9 batches unwrapped) until {@code count} matching ones arrived or time ran out. */
    List<WireFrame> pushes(int count, Predicate<WireFrame> matching, Duration wait) {
        List<WireFrame> frames = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        while (frames.size() < count) {
            long left = deadline - System.nanoTime();
            Received next = left > 0 ? next(Duration.ofNanos(left)) : null;
            if (next == null) {
                break;
            }
            if (next.frame() != null) {
                next.frame().unbatch().stream().filter(matching).forEach(frames::add);
            }
        }
        return frames;
    }

    /** Nothing matching arrives within {@code wait}. */
    List<WireFrame> silence(Predicate<WireFrame> matching, Duration wait) {
        return pushes(1, matching, wait);
    }

    Close awaitClose() {
        return closed.orTimeout(WAIT.toSeconds() + 20, TimeUnit.SECONDS).join();
    }

    Close awaitClose(Duration wait) {
        return closed.orTimeout(wait.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    boolean isClosed() {
        return closed.isDone();
    }

    /**
     * Stops reading from the socket, like a client on a stalled network: the
     * server's sends back up into the TCP buffers and then its send queue.
     */
    void pause() {
        paused = true;
    }

    synchronized void resume() {
        paused = false;
        if (owed) {
            owed = false;
            socket.request(1);
        }
    }

    private synchronized void demandNext(WebSocket webSocket) {
        if (paused) {
            owed = true;
        } else {
            webSocket.request(1);
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        binaryPart.writeBytes(chunk);
        if (last) {
            received.add(new Received(WireFrame.decode(binaryPart.toByteArray()), null));
            binaryPart.reset();
        }
        demandNext(webSocket);
        return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        textPart.append(data);
        if (last) {
            received.add(new Received(null, Json.createReader(new StringReader(textPart.toString())).readObject()));
            textPart.setLength(0);
        }
        demandNext(webSocket);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Close(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }
}
