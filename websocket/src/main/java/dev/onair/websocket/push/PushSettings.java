package dev.onair.websocket.push;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How room pushes are merged and how many threads deliver them
 * (MicroProfile Config; environment {@code ONAIR_WS_MERGE_WINDOW},
 * {@code ONAIR_WS_MERGE_BATCH}, {@code ONAIR_WS_PUSH_THREADS}). Refused at
 * start when they cannot work.
 */
@ApplicationScoped
public class PushSettings {

    /**
     * How long a room's first push waits for more to merge with (goim's room
     * job waits for its batch or a timer). PT0S: nothing waits, only pushes
     * that piled up behind a busy lane are merged.
     */
    @Inject
    @ConfigProperty(name = "onair.ws.merge-window", defaultValue = "PT0S")
    Duration mergeWindow;

    /** Pushes per merged op-9 message at most (goim: 20); 1 never merges. */
    @Inject
    @ConfigProperty(name = "onair.ws.merge-batch", defaultValue = "20")
    int mergeBatch;

    /**
     * Threads that write pushes to this node's sockets; 0 (the default) means
     * one per processor the JVM sees. Writing is CPU work (a system call per
     * socket), so more threads than cores only take turns.
     */
    @Inject
    @ConfigProperty(name = "onair.ws.push-threads", defaultValue = "0")
    int threads;

    static final Duration MAX_WINDOW = Duration.ofSeconds(5);

    @PostConstruct
    void validate() {
        if (mergeWindow.isNegative() || mergeWindow.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalStateException("onair.ws.merge-window must be PT0S.." + MAX_WINDOW);
        }
        if (mergeBatch < 1 || mergeBatch > 1000) {
            throw new IllegalStateException("onair.ws.merge-batch must be 1..1000");
        }
        if (threads < 0 || threads > 64) {
            throw new IllegalStateException("onair.ws.push-threads must be 0..64 (0: one per processor)");
        }
    }

    public int threads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    public Duration mergeWindow() {
        return mergeWindow;
    }

    public int mergeBatch() {
        return mergeBatch;
    }
}
