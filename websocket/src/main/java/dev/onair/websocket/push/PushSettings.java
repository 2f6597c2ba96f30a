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
     * Lanes of the fan-out, each with its own thread; a room's pushes always
     * take the same lane. Four by default, also on one core: writing is a
     * system call per socket, and the fan-out gets the core's time per
     * thread, against the container's and the broker's. Lanes that had to
     * wait for one thread fell far behind (BENCHMARKS.md, run 7).
     */
    @Inject
    @ConfigProperty(name = "onair.ws.push-threads", defaultValue = "4")
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
        if (threads < 1 || threads > 64) {
            throw new IllegalStateException("onair.ws.push-threads must be 1..64");
        }
    }

    public int threads() {
        return threads;
    }

    public Duration mergeWindow() {
        return mergeWindow;
    }

    public int mergeBatch() {
        return mergeBatch;
    }
}
