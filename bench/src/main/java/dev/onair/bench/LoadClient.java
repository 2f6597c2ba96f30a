package dev.onair.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The goim load generator: opens {@code --connections} WebSockets to
 * {@code --ws}, round robin over {@code --rooms} rooms ({@code live://0..}),
 * from source addresses 127.0.0.2 .. 127.0.0.(1+{@code --sources}) (one
 * source address has ~28k ephemeral ports); authenticates each with op 7
 * (with a real access token of one of {@code --users} bench users created
 * through {@code --http}/api/v1 when {@code --accounts true}); sends a
 * heartbeat every {@code --heartbeat-s}; then pushes {@code --rate} pushes/s
 * through the goim push API, round robin over the rooms, each body stamped
 * with its send time; and measures, over {@code --duration-s} after
 * {@code --warmup-s}: deliveries/s received, p50/p99 latency from push sent
 * to frame received (one clock: this process both pushes and receives),
 * connections held, and, given {@code --server-pid}, the server's heap and
 * RSS per connection after a full GC. Prints one {@code RESULT key=value ...}
 * line for bench/run.sh.
 */
public final class LoadClient {

    private static final int PUSH_OP = 1000;

    private final LongAdder delivered = new LongAdder();
    private final LongAdder messages = new LongAdder();
    private final LongAdder heartbeatReplies = new LongAdder();
    private final AtomicInteger authed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger lost = new AtomicInteger();
    private final Map<String, AtomicInteger> closes = new ConcurrentHashMap<>();
    private final LatencyHistogram latency = new LatencyHistogram();
    private final LatencyHistogram pushApi = new LatencyHistogram();
    private final LongAdder pushesOk = new LongAdder();
    private final LongAdder pushesFailed = new LongAdder();
    private final LongAdder pushesSkipped = new LongAdder();
    private final AtomicLong bytesIn = new AtomicLong();
    private volatile boolean measuring;

    public static void main(String[] args) throws Exception {
        new LoadClient().run(new Args(args));
        System.exit(0);
    }

    private void run(Args a) throws Exception {
        String label = a.string("label", "server");
        String http = a.required("http");
        URI ws = URI.create(a.string("ws", http.replaceFirst("^http", "ws") + "/ws/sub"));
        int connections = a.integer("connections", 1000);
        int rooms = a.integer("rooms", 100);
        int sources = a.integer("sources", 4);
        int rate = a.integer("rate", 500);
        int bodySize = a.integer("body", 64);
        int warmup = a.integer("warmup-s", 10);
        int duration = a.integer("duration-s", 30);
        int heartbeat = a.integer("heartbeat-s", 60);
        int inFlight = a.integer("connect-concurrency", 200);
        long serverPid = Long.parseLong(a.string("server-pid", "0"));
        String pushKey = a.string("push-key", "");
        boolean accounts = Boolean.parseBoolean(a.string("accounts", "false"));
        int userCount = a.integer("users", 100);

        log("%s: %d connections, %d rooms, %d source addresses, %d pushes/s of %d bytes, transport %s",
                label, connections, rooms, sources, rate, bodySize, Transport.name());
        List<Accounts.User> users = accounts ? Accounts.create(http, userCount) : List.of(new Accounts.User(0, "none"));
        log("%d users ready", users.size());

        ServerMemory before = serverPid > 0 ? ServerMemory.of(serverPid) : null;
        EventLoopGroup group = Transport.group(a.integer("threads", Runtime.getRuntime().availableProcessors()));
        Semaphore connecting = new Semaphore(inFlight);
        long connectStart = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            connecting.acquire();
            Accounts.User user = users.get(i % users.size());
            String auth = "{\"mid\":" + user.id() + ",\"key\":\"\",\"room_id\":\"live://" + (i % rooms)
                    + "\",\"platform\":\"web\",\"accepts\":[" + PUSH_OP + "],\"token\":\"" + user.token() + "\"}";
            InetSocketAddress source = new InetSocketAddress("127.0.0." + (2 + i % sources), 0);
            connect(group, ws, source, auth, heartbeat, connecting);
            if (i % 2000 == 1999) {
                log("connecting: %d started, %d authenticated, %d failed", i + 1, authed.get(), failed.get());
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(a.integer("connect-timeout-s", 300));
        while (authed.get() + failed.get() < connections && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
        log("connected: %d authenticated, %d failed in %.1f s; closes %s", authed.get(), failed.get(),
                connectSeconds, new TreeMap<>(closes));
        Thread.sleep(3000);
        ServerMemory after = serverPid > 0 ? ServerMemory.of(serverPid) : null;
        int heldAtMemory = authed.get() - lost.get();

        ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(10)).build();
        Semaphore pushesInFlight = new Semaphore(a.integer("push-concurrency", 64));
        AtomicLong next = new AtomicLong();
        long period = 1_000_000_000L / rate;
        pusher.scheduleAtFixedRate(() -> push(client, http, pushKey, rooms, bodySize, next, pushesInFlight),
                0, period, TimeUnit.NANOSECONDS);
        Thread.sleep(warmup * 1000L);
        latency.reset();
        pushApi.reset();
        long d0 = delivered.sum();
        long m0 = messages.sum();
        long p0 = pushesOk.sum();
        long b0 = bytesIn.get();
        long t0 = System.nanoTime();
        long cpu0 = serverPid > 0 ? ServerMemory.cpuTicks(serverPid) : -1;
        measuring = true;
        Thread.sleep(duration * 1000L);
        measuring = false;
        long cpu1 = serverPid > 0 ? ServerMemory.cpuTicks(serverPid) : -1;
        double seconds = (System.nanoTime() - t0) / 1e9;
        long deliveries = delivered.sum() - d0;
        long pushed = pushesOk.sum() - p0;
        long msgs = messages.sum() - m0;
        long inBytes = bytesIn.get() - b0;
        pusher.shutdownNow();
        Thread.sleep(2000);
        int held = authed.get() - lost.get();
        double perRoom = (double) held / rooms;

        StringBuilder r = new StringBuilder("RESULT");
        kv(r, "label", label);
        kv(r, "connections", connections);
        kv(r, "held", held);
        kv(r, "failed", failed.get());
        kv(r, "lost", lost.get());
        kv(r, "connect_s", String.format("%.1f", connectSeconds));
        if (before != null && after != null && heldAtMemory > 0) {
            kv(r, "heap_before_mb", before.heapUsedKb() / 1024);
            kv(r, "heap_after_mb", after.heapUsedKb() / 1024);
            kv(r, "heap_per_conn_kb", String.format("%.1f", (after.heapUsedKb() - before.heapUsedKb()) / (double) heldAtMemory));
            kv(r, "rss_before_mb", before.rssKb() / 1024);
            kv(r, "rss_after_mb", after.rssKb() / 1024);
            kv(r, "rss_per_conn_kb", String.format("%.1f", (after.rssKb() - before.rssKb()) / (double) heldAtMemory));
        }
        kv(r, "push_rate", String.format("%.0f", pushed / seconds));
        kv(r, "push_failed", pushesFailed.sum());
        kv(r, "push_skipped", pushesSkipped.sum());
        kv(r, "push_api_p99_ms", String.format("%.1f", pushApi.percentileMicros(0.99) / 1000.0));
        kv(r, "deliveries_s", String.format("%.0f", deliveries / seconds));
        kv(r, "expected_s", String.format("%.0f", pushed * perRoom / seconds));
        kv(r, "messages_s", String.format("%.0f", msgs / seconds));
        kv(r, "mbit_in", String.format("%.1f", inBytes * 8 / seconds / 1e6));
        if (cpu0 >= 0 && cpu1 >= 0) {
            // CPU the server JVM used in the window: robust to how much of its core others took
            double cpuSeconds = (cpu1 - cpu0) / 100.0;
            kv(r, "server_cpu_pct", String.format("%.0f", 100 * cpuSeconds / seconds));
            kv(r, "us_per_delivery", deliveries == 0 ? "-" : String.format("%.1f", cpuSeconds * 1e6 / deliveries));
        }
        kv(r, "p50_ms", String.format("%.1f", latency.percentileMicros(0.50) / 1000.0));
        kv(r, "p99_ms", String.format("%.1f", latency.percentileMicros(0.99) / 1000.0));
        kv(r, "closes", closes.isEmpty() ? "none" : new TreeMap<>(closes).toString().replace(" ", ""));
        System.out.println(r);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    private void push(HttpClient client, String http, String key, int rooms, int bodySize, AtomicLong next,
                      Semaphore inFlight) {
        if (!inFlight.tryAcquire()) {
            pushesSkipped.increment(); // the push API is behind: do not pile up requests
            return;
        }
        long room = next.getAndIncrement() % rooms;
        long sent = System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(http + "/goim/push/room?operation=" + PUSH_OP + "&type=live&room=" + room))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PushStamp.body(sent, bodySize)));
        if (!key.isEmpty()) {
            request.header("Authorization", "Bearer " + key);
        }
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            inFlight.release();
            if (failure == null && response.statusCode() == 200 && response.body().contains("\"code\":0")) {
                pushesOk.increment();
                if (measuring) {
                    pushApi.recordMicros((System.nanoTime() - sent) / 1000);
                }
            } else {
                if (pushesFailed.sum() < 5) {
                    log("push failed: %s", failure != null ? failure : response.statusCode() + " " + response.body());
                }
                pushesFailed.increment();
            }
        });
    }

    private void connect(EventLoopGroup group, URI ws, InetSocketAddress source, String auth, int heartbeat,
                         Semaphore connecting) {
        Bootstrap bootstrap = new Bootstrap().group(group).channel(Transport.client())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(8192),
                                new WebSocketClientProtocolHandler(WebSocketClientHandshakerFactory.newHandshaker(
                                        ws, WebSocketVersion.V13, null, false, new DefaultHttpHeaders(), 65536),
                                        false),
                                new WebSocketFrameAggregator(1 << 20),
                                new Socket(auth, heartbeat, connecting));
                    }
                });
        bootstrap.connect(new InetSocketAddress(ws.getHost(), ws.getPort()), source).addListener(f -> {
            if (!f.isSuccess()) {
                failure("connect: " + f.cause().getClass().getSimpleName());
                failed.incrementAndGet();
                connecting.release();
            }
        });
    }

    private void failure(String what) {
        closes.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    /** One client socket: auth once the handshake is done, heartbeats, and counting what arrives. */
    private final class Socket extends SimpleChannelInboundHandler<WebSocketFrame> {

        private final String auth;
        private final int heartbeat;
        private final Semaphore connecting;
        private boolean authenticated;
        private boolean settled;

        Socket(String auth, int heartbeat, Semaphore connecting) {
            this.auth = auth;
            this.heartbeat = heartbeat;
            this.connecting = connecting;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                send(ctx.channel(), GoimFrames.encode(GoimFrames.AUTH, 1, auth.getBytes(StandardCharsets.UTF_8)));
            } else if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                failure("handshake timeout");
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (frame instanceof CloseWebSocketFrame close) {
                failure("close " + close.statusCode() + (authenticated ? "" : " before auth"));
                ctx.close();
                return;
            }
            if (!(frame instanceof BinaryWebSocketFrame)) {
                return;
            }
            ByteBuffer message = frame.content().nioBuffer();
            bytesIn.addAndGet(message.remaining());
            messages.increment();
            long now = System.nanoTime();
            GoimFrames.visit(message, (op, body) -> {
                if (op == PUSH_OP) {
                    delivered.increment();
                    long stamp = PushStamp.read(body);
                    if (measuring && stamp > 0) {
                        latency.recordMicros((now - stamp) / 1000);
                    }
                } else if (op == GoimFrames.AUTH_REPLY && !authenticated) {
                    authenticated = true;
                    settle(true);
                    long first = ThreadLocalRandom.current().nextLong(heartbeat * 1000L);
                    ctx.executor().scheduleAtFixedRate(() -> send(ctx.channel(),
                                    GoimFrames.encode(GoimFrames.HEARTBEAT, 0, new byte[0])),
                            first, heartbeat * 1000L, TimeUnit.MILLISECONDS);
                } else if (op == GoimFrames.HEARTBEAT_REPLY) {
                    heartbeatReplies.increment();
                }
            });
        }

        private void settle(boolean ok) {
            if (!settled) {
                settled = true;
                (ok ? authed : failed).incrementAndGet();
                connecting.release();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (authenticated) {
                lost.incrementAndGet();
            } else {
                settle(false);
            }
            super.channelInactive(ctx);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            failure("error " + cause.getClass().getSimpleName());
            ctx.close();
        }

        private void send(Channel channel, byte[] message) {
            if (channel.isActive()) {
                channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(message)));
            }
        }
    }

    private static void kv(StringBuilder out, String key, Object value) {
        out.append(' ').append(key).append('=').append(value);
    }

    static void log(String format, Object... args) {
        System.out.printf("%tT %s%n", System.currentTimeMillis(), String.format(format, args));
    }
}
