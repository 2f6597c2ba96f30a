package dev.onair.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Private-message throughput: pairs of users chat with each other over
 * {@code /ws/sub} as fast as the server answers. Each socket keeps up to
 * {@code --window} messages waiting for their op 5; the peer's socket counts
 * the op-1001 deliveries and their latency (the content is the sender's
 * {@code System.nanoTime()}, one clock). Every message goes the whole way:
 * checks, the persistent delivery queue, the delivery MDB's insert, the push
 * topic, the fan-out. The server's per-user rate limit must be raised for
 * the run ({@code ONAIR_CHAT_RATE_LIMIT}).
 *
 * <pre>java -cp ... dev.onair.bench.PrivateLoad --http http://127.0.0.1:18080 --pairs 50 --window 8</pre>
 */
public final class PrivateLoad {

    private static final int SEND = 4;
    private static final int SEND_REPLY = 5;
    private static final int PRIVATE = 1001;

    private final LatencyHistogram latency = new LatencyHistogram();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile boolean running = true;

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String http = args.string("http", "http://127.0.0.1:18080");
        int pairs = args.integer("pairs", 50);
        int window = args.integer("window", 8);
        int warmup = args.integer("warmup-s", 10);
        int duration = args.integer("duration-s", 30);
        new PrivateLoad().run(http, pairs, window, warmup, duration);
    }

    private void run(String http, int pairs, int window, int warmup, int duration) throws Exception {
        System.out.printf("creating %d users%n", 2 * pairs);
        List<Accounts.User> users = Accounts.create(http, 2 * pairs);
        HttpClient client = HttpClient.newHttpClient();
        String ws = http.replaceFirst("^http", "ws") + "/ws/sub";
        List<Chatter> chatters = new ArrayList<>();
        for (Accounts.User user : users) {
            chatters.add(new Chatter(user, window).connect(client, ws));
        }
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < chatters.size(); i++) {
            Chatter from = chatters.get(i);
            Accounts.User to = users.get(i ^ 1); // 0<->1, 2<->3, ...
            Thread sender = new Thread(() -> from.chatWith(to), "sender-" + i);
            sender.setDaemon(true);
            sender.start();
            senders.add(sender);
        }
        System.out.printf("%d sockets chatting in %d pairs, window %d; warm-up %d s%n",
                chatters.size(), pairs, window, warmup);
        Thread.sleep(warmup * 1000L);
        latency.reset();
        delivered.set(0);
        accepted.set(0);
        refused.set(0);
        long start = System.nanoTime();
        Thread.sleep(duration * 1000L);
        double seconds = (System.nanoTime() - start) / 1e9;
        long got = delivered.get();
        System.out.printf("RESULT label=private pairs=%d window=%d accepted_s=%.0f delivered_s=%.0f refused=%d"
                        + " p50_ms=%.1f p99_ms=%.1f%n", pairs, window, accepted.get() / seconds, got / seconds,
                refused.get(), latency.percentileMicros(0.5) / 1000.0, latency.percentileMicros(0.99) / 1000.0);
        running = false;
        for (Thread t : senders) {
            t.join(2000);
        }
        System.exit(0);
    }

    /** One user's socket: sends to its peer within the window, counts what it receives. */
    private final class Chatter implements WebSocket.Listener {

        private final Accounts.User user;
        private final Semaphore window;
        private final CompletableFuture<Void> authenticated = new CompletableFuture<>();
        private ByteBuffer partial = ByteBuffer.allocate(0);
        private WebSocket socket;

        Chatter(Accounts.User user, int window) {
            this.user = user;
            this.window = new Semaphore(window);
        }

        Chatter connect(HttpClient client, String ws) {
            socket = client.newWebSocketBuilder().buildAsync(URI.create(ws), this).join();
            String auth = "{\"mid\":" + user.id() + ",\"key\":\"\",\"room_id\":\"\",\"platform\":\"bench\","
                    + "\"accepts\":[" + PRIVATE + "],\"token\":\"" + user.token() + "\"}";
            send(GoimFrames.AUTH, 1, auth);
            authenticated.orTimeout(30, TimeUnit.SECONDS).join();
            return this;
        }

        void chatWith(Accounts.User peer) {
            int seq = 1;
            try {
                while (running) {
                    window.acquire();
                    String body = "{\"to\":\"user:" + peer.id() + "\",\"content\":\"" + System.nanoTime() + "\"}";
                    send(SEND, ++seq, body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void send(int op, int seq, String body) {
            socket.sendBinary(ByteBuffer.wrap(GoimFrames.encode(op, seq, body.getBytes(StandardCharsets.UTF_8))), true)
                    .join();
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            ByteBuffer joined = ByteBuffer.allocate(partial.remaining() + data.remaining()).put(partial).put(data);
            joined.flip();
            if (!last) {
                partial = joined;
            } else {
                partial = ByteBuffer.allocate(0);
                GoimFrames.visit(joined, this::frame);
            }
            webSocket.request(1);
            return null;
        }

        private void frame(int op, ByteBuffer body) {
            String text = StandardCharsets.UTF_8.decode(body).toString();
            if (op == GoimFrames.AUTH_REPLY) {
                authenticated.complete(null);
            } else if (op == SEND_REPLY) {
                (text.contains("\"id\"") ? accepted : refused).incrementAndGet();
                window.release();
            } else if (op == PRIVATE && !text.contains("\"from\":{\"id\":" + user.id() + ",")) {
                int at = text.indexOf("\"content\":\"") + 11;
                long sent = Long.parseLong(text.substring(at, text.indexOf('"', at)));
                latency.recordMicros((System.nanoTime() - sent) / 1000);
                delivered.incrementAndGet();
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            System.out.printf("socket of user %d closed: %d %s%n", user.id(), statusCode, reason);
            authenticated.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
            return null;
        }
    }
}
