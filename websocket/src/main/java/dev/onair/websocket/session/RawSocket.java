package dev.onair.websocket.session;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Binary messages written to a Tyrus session below {@code getAsyncRemote()}:
 * framed once per message (whatever the number of sockets) and written
 * straight into the socket's Grizzly write queue, the queue every frame of
 * the session ends in. The remote endpoint would, for every send, frame and
 * copy the message again and schedule a new idle-timeout task on the
 * container's managed scheduler, which PLATFORM-NOTES measured as over half
 * of the CPU of a room fan-out; Tyrus's own raw-frame write still took the
 * frame through Tyrus's lock, the servlet output stream, two output buffers
 * (with a copy into a new buffer) and the HTTP filter chain, about a third of
 * the fan-out's CPU besides the {@code write(2)} itself (BENCHMARKS.md).
 *
 * <p>Tyrus and Grizzly keep these classes out of the API, so they are reached
 * by reflection on the session's own objects: session → Tyrus web socket →
 * protocol handler → servlet writer → upgrade handler → web connection →
 * output stream → catalina and Grizzly output buffers → Grizzly connection,
 * whose transport's asynchronous writer takes the frame wrapped, not copied.
 * Where that path is not there, Tyrus's raw-frame write is used; where
 * neither is (another container, another Tyrus), {@link #of} returns null and
 * the portable remote endpoint is used.
 *
 * <p>Order with frames Tyrus writes itself (closes, pongs) holds because
 * Tyrus flushes each of its frames into the same Grizzly queue, and a
 * session's outbox closes only after its write in flight completed. Nothing
 * is masked or extended on a server's frames, so the pre-framed bytes are
 * exactly what the endpoint would have written. The container's own write
 * queue per socket is left at Grizzly's default: lowering it
 * (Connection.setMaxAsyncWriteQueueSize) made the close of a stalled socket
 * wait behind Tyrus's own queue, and its client saw 1006 instead of 1013
 * (BENCHMARKS.md).
 */
final class RawSocket {

    private static final Logger LOG = Logger.getLogger(RawSocket.class.getName());
    /** Writes the container could not take at once; {@link LocalSessions} sweeps them. */
    static final StalledWrites STALLED = new StalledWrites();
    private static final ThreadLocal<byte[][]> LAST_FRAMED = ThreadLocal.withInitial(() -> new byte[2][]);
    /** (target, frame) → Future: the shape both kinds of write are adapted to. */
    private static final MethodType WRITE = MethodType.methodType(Future.class, Object.class, byte[].class);
    private static final String[] TO_GRIZZLY = {
        "protocolHandler", "writer", "tyrusHttpUpgradeHandler", "getWebConnection()",
        "outputStream", "ob", "grizzlyOutputBuffer", "connection"};
    private static volatile Access access;
    private static volatile GrizzlyWrite grizzly;
    private static volatile boolean unavailable;
    private static volatile boolean grizzlyUnavailable;

    private final Object target;
    private final MethodHandle write;
    private final long timeoutNanos;

    private RawSocket(Object target, MethodHandle write, long timeoutNanos) {
        this.target = target;
        this.write = write;
        this.timeoutNanos = timeoutNanos;
    }

    /** @return null when the session is not a Tyrus session this class knows how to reach */
    static RawSocket of(Session session) {
        if (unavailable) {
            return null;
        }
        try {
            RemoteEndpoint.Async remote = session.getAsyncRemote();
            Access a = access;
            if (a == null || a.remoteClass != remote.getClass()) {
                a = new Access(remote.getClass());
                access = a;
            }
            Object webSocket = a.webSocket.get(remote);
            long timeout = remote.getSendTimeout();
            long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeout > 0 ? timeout : 30_000);
            RawSocket direct = grizzlyUnavailable ? null : direct(webSocket, timeoutNanos);
            return direct != null ? direct : new RawSocket(webSocket, a.sendRaw, timeoutNanos);
        } catch (ReflectiveOperationException | ClassCastException | IllegalArgumentException e) {
            unavailable = true;
            LOG.warning(() -> "ws raw frames unavailable, using the remote endpoint: " + e);
            return null;
        } catch (RuntimeException e) {
            return null; // this session is already closing: the endpoint reports that as usual
        }
    }

    /**
     * Writes to the session's Grizzly connection, or null: for this session
     * when a link on the way is not set (it is closing), for good (logged
     * once) when the way there is not as expected.
     */
    private static RawSocket direct(Object webSocket, long timeoutNanos) {
        try {
            Object next = webSocket;
            for (String step : TO_GRIZZLY) {
                next = step.endsWith("()") ? ContainerFields.call(next, step.substring(0, step.length() - 2))
                        : ContainerFields.get(next, step);
                if (next == null) {
                    return null;
                }
            }
            return new RawSocket(next, grizzlyWrite(next), timeoutNanos);
        } catch (ReflectiveOperationException | RuntimeException e) {
            grizzlyUnavailable = true;
            LOG.warning(() -> "ws direct Grizzly writes unavailable, using Tyrus's raw frames: " + e);
            return null;
        }
    }

    private static MethodHandle grizzlyWrite(Object connection) throws ReflectiveOperationException {
        Object transport = connection.getClass().getMethod("getTransport").invoke(connection);
        Object writer = transport.getClass().getMethod("getWriter", boolean.class).invoke(transport, false);
        GrizzlyWrite g = grizzly;
        if (g == null || g.writer != writer) {
            g = new GrizzlyWrite(writer);
            grizzly = g;
        }
        return g.write;
    }

    /**
     * Writes one binary message; {@code done} gets null or the failure, at once
     * when the container took the frame, later (from the sweep) when it waits.
     */
    void send(byte[] message, Consumer<Throwable> done) {
        Future<?> write;
        try {
            write = (Future<?>) this.write.invokeExact(target, framed(message));
        } catch (Throwable e) { // the session closed under us
            done.accept(e);
            return;
        }
        if (write.isDone()) {
            done.accept(StalledWrites.outcome(write));
        } else {
            STALLED.watch(write, System.nanoTime() + timeoutNanos, done);
        }
    }

    /**
     * The WebSocket binary frame of a message. A room push hands the same array
     * to each of its sockets in turn on one thread, so the last one framed on
     * this thread is kept: one framing per push, not per socket.
     */
    static byte[] framed(byte[] message) {
        byte[][] last = LAST_FRAMED.get();
        if (last[0] == message) {
            return last[1];
        }
        byte[] framed = frame(message);
        last[0] = message;
        last[1] = framed;
        return framed;
    }

    /** FIN + binary opcode, unmasked (RFC 6455 5.2: a server never masks), then the payload. */
    static byte[] frame(byte[] payload) {
        int n = payload.length;
        int header = n < 126 ? 2 : n < 65536 ? 4 : 10;
        ByteBuffer out = ByteBuffer.allocate(header + n).put((byte) 0x82);
        if (n < 126) {
            out.put((byte) n);
        } else if (n < 65536) {
            out.put((byte) 126).putShort((short) n);
        } else {
            out.put((byte) 127).putLong(n);
        }
        return out.put(payload).array();
    }

    /** Tyrus's handles, looked up once per remote-endpoint class. */
    private static final class Access {

        final Class<?> remoteClass;
        final Field webSocket;
        final MethodHandle sendRaw;

        Access(Class<?> remoteClass) throws ReflectiveOperationException {
            this.remoteClass = remoteClass;
            this.webSocket = ContainerFields.find(remoteClass, "webSocket");
            Method send = webSocket.getType().getMethod("sendRawFrame", ByteBuffer.class);
            send.setAccessible(true);
            MethodHandle wrap = MethodHandles.lookup().findStatic(ByteBuffer.class, "wrap",
                    MethodType.methodType(ByteBuffer.class, byte[].class));
            this.sendRaw = MethodHandles.filterArguments(MethodHandles.lookup().unreflect(send), 1, wrap)
                    .asType(WRITE);
        }
    }

    /**
     * Grizzly's asynchronous writer of the transport, adapted to (connection,
     * frame) → Future: {@code Writer.write(Connection, WritableMessage)} with the
     * frame wrapped in a {@code ByteBufferWrapper}. That buffer is neither
     * pooled nor disposable, so Grizzly never recycles the shared frame array.
     */
    private static final class GrizzlyWrite {

        final Object writer;
        final MethodHandle write;

        GrizzlyWrite(Object writer) throws ReflectiveOperationException {
            this.writer = writer;
            ClassLoader loader = writer.getClass().getClassLoader();
            Class<?> writerType = Class.forName("org.glassfish.grizzly.Writer", false, loader);
            Class<?> connectionType = Class.forName("org.glassfish.grizzly.Connection", false, loader);
            Class<?> messageType = Class.forName("org.glassfish.grizzly.asyncqueue.WritableMessage", false, loader);
            Class<?> wrapperType = Class.forName("org.glassfish.grizzly.memory.ByteBufferWrapper", false, loader);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle write = lookup.unreflect(writerType.getMethod("write", connectionType, messageType))
                    .bindTo(writer);
            MethodHandle wrap = MethodHandles.filterArguments(
                    lookup.findConstructor(wrapperType, MethodType.methodType(void.class, ByteBuffer.class)), 0,
                    lookup.findStatic(ByteBuffer.class, "wrap", MethodType.methodType(ByteBuffer.class, byte[].class)))
                    .asType(MethodType.methodType(messageType, byte[].class));
            this.write = MethodHandles.filterArguments(write, 1, wrap).asType(WRITE);
        }
    }
}
