package dev.onair.media.inbound;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;

/**
 * The HTTP listener nginx-rtmp's notify directives post to, on the JDK's built-in server.
 * <p>
 * Every exchange (request parsing, delivery to endpoints, the answer) runs on the given
 * executor, i.e. on WorkManager threads. The JDK server also starts one thread of its own,
 * its dispatcher, and offers no hook to supply it. That is acceptable: it only accepts
 * connections and hands each one to the executor, never runs adapter or application code
 * and never waits on an endpoint, like the acceptor threads of the container's own HTTP
 * listener; and it ends with {@link #stop()}. Pinning a WorkManager thread for the
 * adapter's lifetime to run that loop would give the container no more control over it.
 */
public final class CallbackServer {

    /** Pending connections the kernel may queue while every WorkManager thread is busy. */
    private static final int BACKLOG = 128;
    /**
     * Seconds stop() lets in-flight callbacks finish before it closes their connections. On
     * JDK 17 stop() always waits this long, even when idle (JDK-8304065, fixed in later JDKs).
     */
    private static final int STOP_GRACE_SECONDS = 1;

    private final HttpServer server;
    private final PublicNames publicNames;

    private CallbackServer(HttpServer server, PublicNames publicNames) {
        this.server = server;
        this.publicNames = publicNames;
    }

    /** Binds the address and starts answering callbacks. */
    public static CallbackServer start(InetSocketAddress address, MediaEndpoints endpoints, Executor executor)
            throws IOException {
        PublicNames publicNames = new PublicNames();
        HttpServer server = HttpServer.create(address, BACKLOG);
        server.createContext(NotifyCallbacks.CONTEXT, new CallbackHandler(endpoints, publicNames));
        server.setExecutor(executor);
        server.start();
        return new CallbackServer(server, publicNames);
    }

    /** The bound address (the port is the real one when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public void stop() {
        server.stop(STOP_GRACE_SECONDS);
        publicNames.clear();
    }
}
