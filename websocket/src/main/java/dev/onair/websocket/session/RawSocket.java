package dev.onair.websocket.session;

import jakarta.websocket.Session;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Binary messages written to a Tyrus session below {@code getAsyncRemote()}:
 * framed once per message (whatever the number of sockets) and handed to
 * Tyrus's raw-frame write, the path of its own broadcast. The remote endpoint
 * would, for every send, frame and copy the message again and schedule a new
 * idle-timeout task on the container's managed scheduler, which
 * PLATFORM-NOTES measured as over half of the CPU of a room fan-out.
 *
 * <p>Tyrus keeps these classes out of the API, so they are reached by
 * reflection on the session's own objects; on another container, or another
 * Tyrus, {@link #of} returns null and the portable remote endpoint is used.
 * The write lands in the same container writer as every other frame of the
 * session (it serializes them), and nothing is masked or extended on a
 * server's frames, so the pre-framed bytes are exactly what the endpoint
 * would have written. The container's own write queue per socket is left at
 * Grizzly's default: lowering it (Connection.setMaxAsyncWriteQueueSize) made
 * the close of a stalled socket wait behind Tyrus's own queue, and its client
 * saw 1006 instead of 1013 (BENCHMARKS.md).
 */
final class RawSocket {

    private static final Logger LOG = Logger.getLogger(RawSocket.class.getName());
    /** Writes the container could not take at once; {@link LocalSessions} sweeps them. */
    static final StalledWrites STALLED = new StalledWrites();
    private static final ThreadLocal<byte[][]> LAST_FRAMED = ThreadLocal.withInitial(() -> new byte[2][]);
    private static volatile Access access;
    private static volatile boolean unavailable;

    private final Object webSocket;
    private final MethodHandle sendRaw;
    private final long timeoutNanos;

    private RawSocket(Object webSocket, MethodHandle sendRaw, long timeoutNanos) {
        this.webSocket = webSocket;
        this.sendRaw = sendRaw;
        this.timeoutNanos = timeoutNanos;
    }

    /** @return null when the session is not a Tyrus session this class knows how to reach */
    static RawSocket of(Session session) {
        if (unavailable) {
            return null;
        }
        try {
            Object remote = session.getAsyncRemote();
            Access a = access;
            if (a == null || a.remoteClass != remote.getClass()) {
                a = new Access(remote.getClass());
                access = a;
            }
            Object webSocket = a.webSocket.get(remote);
            long timeout = session.getAsyncRemote().getSendTimeout();
            return new RawSocket(webSocket, a.sendRaw, TimeUnit.MILLISECONDS.toNanos(timeout > 0 ? timeout : 30_000));
        } catch (ReflectiveOperationException | ClassCastException e) {
            unavailable = true;
            LOG.warning(() -> "ws raw frames unavailable, using the remote endpoint: " + e);
            return null;
        } catch (RuntimeException e) {
            return null; // this session is already closing: the endpoint reports that as usual
        }
    }

    /**
     * Writes one binary message; {@code done} gets null or the failure, at once
     * when the container took the frame, later (from the sweep) when it waits.
     */
    void send(byte[] message, Consumer<Throwable> done) {
        Future<?> write;
        try {
            write = (Future<?>) sendRaw.invoke(webSocket, ByteBuffer.wrap(framed(message)));
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

    private static Field findField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    /** The reflective handles, looked up once per remote-endpoint class. */
    private static final class Access {

        final Class<?> remoteClass;
        final Field webSocket;
        final MethodHandle sendRaw;

        Access(Class<?> remoteClass) throws ReflectiveOperationException {
            this.remoteClass = remoteClass;
            this.webSocket = findField(remoteClass, "webSocket");
            Method send = webSocket.getType().getMethod("sendRawFrame", ByteBuffer.class);
            send.setAccessible(true);
            this.sendRaw = MethodHandles.lookup().unreflect(send);
        }
    }
}
