package dev.onair.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The near-limit JVM baseline: a minimal Netty WebSocket broadcast server
 * speaking just enough goim v1 for the load client. {@code /ws/sub}: op 7
 * joins the room named by the auth body's {@code room_id} (no token check)
 * and is answered with op 8; op 2 with op 3 (the room's size). {@code POST
 * /goim/push/room?operation=&type=&room=} answers {@code {"code":0}} at once
 * and broadcasts the body, encoded once into one shared buffer that every
 * socket's frame retains, one task per event loop. With
 * {@code --merge-ms} > 0 a room's pushes wait up to that long, or until 20,
 * and go out as one op-9 batch, like goim's room job. A socket whose Netty
 * write buffer is above its high-water mark skips the push (the slow-client
 * rule, in its cheapest form).
 *
 * <p>Usage: {@code BaselineServer --port 24400 [--merge-ms 50] [--batch 20] [--threads 1]}
 */
public final class BaselineServer {

    private static final Pattern ROOM = Pattern.compile("\"room_id\"\\s*:\\s*\"([^\"]*)\"");
    private static final byte[] OK = "{\"code\":0,\"message\":\"\"}".getBytes(StandardCharsets.UTF_8);

    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final int mergeMillis;
    private final int batch;
    private final EventLoopGroup workers;

    private BaselineServer(int mergeMillis, int batch, EventLoopGroup workers) {
        this.mergeMillis = mergeMillis;
        this.batch = batch;
        this.workers = workers;
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        int port = a.integer("port", 24400);
        int threads = a.integer("threads", Runtime.getRuntime().availableProcessors());
        EventLoopGroup boss = Transport.group(1);
        EventLoopGroup workers = Transport.group(threads);
        BaselineServer server = new BaselineServer(a.integer("merge-ms", 0), a.integer("batch", 20), workers);
        Channel listener = new ServerBootstrap().group(boss, workers).channel(Transport.server())
                .option(ChannelOption.SO_BACKLOG, 4096)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 256 * 1024))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536),
                                server.new Push(),
                                new WebSocketServerProtocolHandler("/ws/sub", null, false, 65536),
                                server.new Goim());
                    }
                })
                .bind(a.string("host", "127.0.0.1"), port).sync().channel();
        System.out.println("baseline listening port=" + port + " transport=" + Transport.name() + " threads="
                + threads + " merge-ms=" + server.mergeMillis + " batch=" + server.batch);
        listener.closeFuture().sync();
    }

    private Room room(String id) {
        return rooms.computeIfAbsent(id, Room::new);
    }

    /** The push API: everything that is not the WebSocket path. */
    private final class Push extends SimpleChannelInboundHandler<FullHttpRequest> {

        Push() {
            super(false);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            if (request.uri().startsWith("/ws/sub")) {
                ctx.fireChannelRead(request);
                return;
            }
            try {
                QueryStringDecoder query = new QueryStringDecoder(request.uri());
                if (!query.path().equals("/goim/push/room")) {
                    reply(ctx, request, HttpResponseStatus.NOT_FOUND, "{\"code\":-404}".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                String roomId = first(query, "type") + "://" + first(query, "room");
                int op = Integer.parseInt(first(query, "operation"));
                byte[] frame = GoimFrames.encode(op, 0, ByteBufUtil.getBytes(request.content()));
                reply(ctx, request, HttpResponseStatus.OK, OK);
                Room room = rooms.get(roomId);
                if (room != null) {
                    room.push(frame);
                }
            } catch (RuntimeException e) {
                reply(ctx, request, HttpResponseStatus.BAD_REQUEST, "{\"code\":-400}".getBytes(StandardCharsets.UTF_8));
            } finally {
                request.release();
            }
        }

        private String first(QueryStringDecoder query, String name) {
            List<String> values = query.parameters().get(name);
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException(name + " missing");
            }
            return values.get(0);
        }

        private void reply(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status, byte[] body) {
            FullHttpResponse response = new DefaultFullHttpResponse(request.protocolVersion(), status,
                    Unpooled.wrappedBuffer(body));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            HttpUtil.setKeepAlive(response, HttpUtil.isKeepAlive(request));
            ctx.writeAndFlush(response);
        }
    }

    /** The goim side of one socket. */
    private final class Goim extends SimpleChannelInboundHandler<WebSocketFrame> {

        private Room room;

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (!(frame instanceof BinaryWebSocketFrame)) {
                return;
            }
            ByteBuffer message = frame.content().nioBuffer();
            int op = GoimFrames.op(message);
            int seq = message.remaining() >= GoimFrames.HEADER ? message.getInt(message.position() + 12) : 0;
            if (op == GoimFrames.AUTH && room == null) {
                ByteBuffer body = message.duplicate().position(message.position() + GoimFrames.HEADER);
                Matcher m = ROOM.matcher(StandardCharsets.UTF_8.decode(body));
                room = room(m.find() ? m.group(1) : "");
                room.sockets.add(ctx.channel());
                send(ctx, GoimFrames.encode(GoimFrames.AUTH_REPLY, seq, new byte[0]));
            } else if (op == GoimFrames.HEARTBEAT) {
                int online = room == null ? 0 : room.sockets.size();
                send(ctx, GoimFrames.encode(GoimFrames.HEARTBEAT_REPLY, seq,
                        ByteBuffer.allocate(4).putInt(online).array()));
            }
        }

        private void send(ChannelHandlerContext ctx, byte[] message) {
            ctx.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(message)));
        }
    }

    /**
     * A room's sockets and, when merging, the pushes waiting for its next batch.
     * A broadcast is one task per event loop that writes the shared frame to
     * each of the loop's sockets and then flushes them (no task per socket).
     */
    private final class Room {

        final ChannelGroup sockets;
        private final List<byte[]> pending = new ArrayList<>();
        private boolean flushScheduled;

        Room(String id) {
            sockets = new DefaultChannelGroup(id, GlobalEventExecutor.INSTANCE);
        }

        void push(byte[] frame) {
            if (mergeMillis <= 0) {
                broadcast(frame);
                return;
            }
            byte[] full = null;
            synchronized (this) {
                pending.add(frame);
                if (pending.size() >= batch) {
                    full = GoimFrames.batch(pending);
                    pending.clear();
                } else if (!flushScheduled) {
                    flushScheduled = true;
                    workers.next().schedule(this::flush, mergeMillis, TimeUnit.MILLISECONDS);
                }
            }
            if (full != null) {
                broadcast(full);
            }
        }

        private void flush() {
            byte[] message;
            synchronized (this) {
                flushScheduled = false;
                if (pending.isEmpty()) {
                    return;
                }
                message = pending.size() == 1 ? pending.get(0) : GoimFrames.batch(pending);
                pending.clear();
            }
            broadcast(message);
        }

        private void broadcast(byte[] message) {
            ByteBuf shared = Unpooled.wrappedBuffer(message);
            Map<EventLoop, List<Channel>> byLoop = new HashMap<>();
            for (Channel channel : sockets) {
                byLoop.computeIfAbsent(channel.eventLoop(), l -> new ArrayList<>()).add(channel);
            }
            for (Map.Entry<EventLoop, List<Channel>> entry : byLoop.entrySet()) {
                ByteBuf mine = shared.retainedDuplicate();
                Runnable write = () -> {
                    for (Channel channel : entry.getValue()) {
                        if (channel.isWritable()) { // a slow socket skips pushes instead of growing its buffer
                            channel.write(new BinaryWebSocketFrame(mine.retainedDuplicate()), channel.voidPromise());
                        }
                    }
                    for (Channel channel : entry.getValue()) {
                        channel.flush();
                    }
                    mine.release();
                };
                if (entry.getKey().inEventLoop()) {
                    write.run();
                } else {
                    entry.getKey().execute(write);
                }
            }
            shared.release();
        }
    }
}
