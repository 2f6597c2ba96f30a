package dev.onair.websocket.session;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The socket layer's configuration (MicroProfile Config, so each is also an
 * environment variable: {@code onair.ws.auth-timeout} = {@code ONAIR_WS_AUTH_TIMEOUT}).
 * Values that cannot work are refused when the application starts, not at
 * the first connection.
 */
@ApplicationScoped
public class WsSettings {

    /** How long a new socket may take to send its auth frame (goim: 8 s handshake). */
    @Inject
    @ConfigProperty(name = "onair.ws.auth-timeout", defaultValue = "PT10S")
    Duration authTimeout;

    /**
     * How long a socket may go without a heartbeat; goim: 4 min heartbeat × 2. Also the presence lease.
     * A client may ask for a shorter window for its socket ({@link #heartbeatWindow}).
     */
    @Inject
    @ConfigProperty(name = "onair.ws.heartbeat-timeout", defaultValue = "PT8M")
    Duration heartbeatTimeout;

    /** The largest frame body a client may send, in bytes (goim: 4096). */
    @Inject
    @ConfigProperty(name = "onair.ws.max-body", defaultValue = "4096")
    int maxBody;

    /** WebSocket messages that may wait for one socket before it is dropped as too slow. */
    @Inject
    @ConfigProperty(name = "onair.ws.send-queue", defaultValue = "256")
    int sendQueue;

    /** How long one message may take to reach a socket before the socket counts as broken. */
    @Inject
    @ConfigProperty(name = "onair.ws.send-timeout", defaultValue = "PT30S")
    Duration sendTimeout;

    /** The largest body setting the endpoint's container limit leaves room for, text form included. */
    static final int MAX_BODY_LIMIT = 8192;

    @PostConstruct
    void validate() {
        require(!authTimeout.isNegative() && !authTimeout.isZero(), "onair.ws.auth-timeout must be positive");
        require(!heartbeatTimeout.isNegative() && !heartbeatTimeout.isZero(),
                "onair.ws.heartbeat-timeout must be positive");
        require(maxBody >= 0 && maxBody <= MAX_BODY_LIMIT, "onair.ws.max-body must be 0.." + MAX_BODY_LIMIT);
        require(sendQueue >= 1, "onair.ws.send-queue must be at least 1");
        require(!sendTimeout.isNegative() && !sendTimeout.isZero(), "onair.ws.send-timeout must be positive");
    }

    private static void require(boolean valid, String message) {
        if (!valid) {
            throw new IllegalStateException(message);
        }
    }

    public Duration authTimeout() {
        return authTimeout;
    }

    public Duration heartbeatTimeout() {
        return heartbeatTimeout;
    }

    /**
     * The heartbeat window of one socket: twice the interval its client stated
     * in the auth body (goim's rule: a socket may miss one heartbeat), never
     * longer than {@code onair.ws.heartbeat-timeout}; the configured window when
     * it stated none ({@code statedSeconds} 0). A client can only shorten its
     * own window, so that a dead one of its sockets is noticed sooner.
     */
    public Duration heartbeatWindow(int statedSeconds) {
        if (statedSeconds <= 0) {
            return heartbeatTimeout;
        }
        Duration stated = Duration.ofSeconds(statedSeconds).multipliedBy(2);
        return stated.compareTo(heartbeatTimeout) < 0 ? stated : heartbeatTimeout;
    }

    public int maxBody() {
        return maxBody;
    }

    public int sendQueue() {
        return sendQueue;
    }

    public Duration sendTimeout() {
        return sendTimeout;
    }

    /** One line for the log: what this node runs with. */
    public String describe() {
        return "auth-timeout=" + authTimeout + " heartbeat-timeout=" + heartbeatTimeout + " max-body=" + maxBody
                + " send-queue=" + sendQueue + " send-timeout=" + sendTimeout;
    }
}
