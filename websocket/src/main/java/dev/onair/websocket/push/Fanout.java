package dev.onair.websocket.push;

import dev.onair.chat.boundary.Push;
import dev.onair.websocket.protocol.Outbound;
import dev.onair.websocket.session.Connection;
import dev.onair.websocket.session.LocalSessions;
import dev.onair.websocket.session.SubProtocol;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Delivers pushes to this node's sockets. {@link #deliver} only queues, so the
 * topic listener is never held up by sockets; lanes ({@link PushLanes}: a
 * room's pushes queue under the room, pushes to keys, users and everyone
 * under their kind) keep pushes in order, hold a room's pushes for the merge
 * window and merge what a busy room piled up. Handing a message to a socket
 * only queues it in that socket's outbox, so one slow client costs its own
 * queue, nobody else's time.
 *
 * <p>Who receives what follows goim: a room push goes to every socket in the
 * room; pushes to keys, users and everyone go to the sockets that accept
 * their op (ops below 1000 always, business ops only if listed in the
 * socket's accepts; an empty accepts list therefore receives no business
 * pushes except through its room). An {@link Push.Eject} (room kick or ban)
 * is not queued: the user's sockets in that room are closed at once.
 */
@ApplicationScoped
public class Fanout {

    private static final Logger LOG = Logger.getLogger(Fanout.class.getName());
    /** Pushes waiting per lane before new ones are dropped: about a minute of a very busy room. */
    private static final int LANE_CAPACITY = 10_000;
    private static final long DROP_LOG_EVERY = 1_000;

    /**
     * Makes the lanes' own threads. A managed executor would set up and tear
     * down the container context around every task, hundreds of lane turns a
     * second, and would queue them with every other task of the application;
     * these threads take the context once, when made.
     */
    @Resource
    ManagedThreadFactory threadFactory;

    /** Only for paced pushes to everyone: rare, and each waits a second anyway. */
    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    LocalSessions sessions;

    @Inject
    SubProtocol protocol;

    @Inject
    PushSettings settings;

    private final AtomicLong dropped = new AtomicLong();
    private PushLanes<Push> lanes;

    @PostConstruct
    void init() {
        // batch 1 never merges, so nothing waits for more either
        long windowNanos = settings.mergeBatch() > 1 ? settings.mergeWindow().toNanos() : 0;
        lanes = new PushLanes<>(settings.threads(), LANE_CAPACITY, windowNanos, settings.mergeBatch(), System::nanoTime,
                threadFactory, this::dispatch);
        LOG.info(() -> "push fan-out: threads=" + settings.threads() + " merge-window=" + settings.mergeWindow()
                + " merge-batch=" + settings.mergeBatch());
    }

    @PreDestroy
    void stop() {
        lanes.stop();
    }

    /** Queues a push for this node's sockets and returns at once. */
    public void deliver(Push push) {
        if (push.target() instanceof Push.Eject eject) {
            eject(eject, new String(push.body(), StandardCharsets.UTF_8));
            return;
        }
        boolean queued = push.target() instanceof Push.Room room
                ? lanes.submit(room.roomId(), push, true)
                : lanes.submit(push.target().getClass(), push, false);
        if (!queued) {
            long count = dropped.incrementAndGet();
            if (count % DROP_LOG_EVERY == 1) {
                LOG.warning(() -> "push fan-out backlog full, dropped " + count + " pushes so far; latest " + push);
            }
        }
    }

    /** One lane key's pushes: a room's (merged into batches) or those of one kind of target. */
    private void dispatch(List<Push> pushes) {
        for (Dispatch dispatch : RoomBatching.plan(pushes, settings.mergeBatch())) {
            Push.Target target = dispatch.target();
            Outbound outbound = dispatch.outbound();
            int op = dispatch.operation();
            if (target instanceof Push.Room room) {
                for (Connection connection : sessions.inRoom(room.roomId())) {
                    connection.push(outbound);
                }
            } else if (target instanceof Push.Keys keys) {
                for (String key : keys.keys()) {
                    sessions.byKey(key).filter(c -> c.accepts(op)).ifPresent(c -> c.push(outbound));
                }
            } else if (target instanceof Push.Mids mids) {
                for (long mid : mids.mids()) {
                    for (Connection connection : sessions.ofMid(mid)) {
                        if (connection.accepts(op)) {
                            connection.push(outbound);
                        }
                    }
                }
            } else if (target instanceof Push.All all) {
                everyone(all.speed(), op, outbound);
            }
        }
    }

    /** A kick or ban: closes the user's sockets in the room on this node now (closing only queues). */
    private void eject(Push.Eject eject, String reason) {
        for (Connection connection : List.copyOf(sessions.inRoom(eject.roomId()))) {
            if (connection.mid() == eject.mid()) {
                LOG.info(() -> "ws eject " + connection + " reason=" + reason); // the connection names its room
                protocol.eject(connection, reason);
            }
        }
    }

    private void everyone(int speed, int op, Outbound outbound) {
        List<Connection> targets = sessions.all().stream()
                .filter(c -> c.isAuthenticated() && c.accepts(op))
                .toList();
        if (speed == 0) {
            targets.forEach(c -> c.push(outbound));
        } else {
            new PacedBroadcast<>(targets, speed, next -> scheduler.schedule(next, 1, TimeUnit.SECONDS),
                    c -> c.push(outbound)).run();
        }
    }
}
