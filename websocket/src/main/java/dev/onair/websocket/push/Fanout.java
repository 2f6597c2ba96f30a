package dev.onair.websocket.push;

import dev.onair.chat.boundary.Push;
import dev.onair.websocket.protocol.Outbound;
import dev.onair.websocket.session.Connection;
import dev.onair.websocket.session.LocalSessions;
import dev.onair.websocket.session.SubProtocol;
import dev.onair.websocket.session.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Delivers pushes to this node's sockets. {@link #deliver} only queues, so the
 * topic listener is never held up by sockets; lanes (one per room, shared by
 * key/user/everyone pushes) keep pushes in order and merge a busy room's
 * backlog. Handing a message to a socket only queues it in that socket's
 * outbox, so one slow client costs its own queue, nobody else's time.
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
    private static final int MAX_DRAIN = 256;
    private static final long DROP_LOG_EVERY = 1_000;

    /**
     * Makes the lanes' own threads. A managed executor would set up and tear
     * down the container context around every task, hundreds of lane runs a
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

    @Inject
    Ticker ticker;

    private final AtomicLong dropped = new AtomicLong();
    /** Bundles of pushes: one push, or a room's pushes that waited out a merge window together. */
    private SerialLanes<List<Push>> lanes;
    private MergeWindow window;
    private ExecutorService laneThreads;
    private ScheduledFuture<?> windowTick;

    @PostConstruct
    void init() {
        laneThreads = Executors.newFixedThreadPool(settings.threads(), threadFactory);
        lanes = new SerialLanes<>(settings.threads(), LANE_CAPACITY, MAX_DRAIN, laneThreads, this::dispatch);
        long windowNanos = settings.mergeWindow().toNanos();
        if (windowNanos > 0 && settings.mergeBatch() > 1) {
            window = new MergeWindow(windowNanos, settings.mergeBatch(), System::nanoTime,
                    bundle -> queue(((Push.Room) bundle.get(0).target()).roomId(), bundle));
            // one tick for all rooms, a fifth of the window: a push waits at most 1.2 windows
            long tick = Math.max(1, settings.mergeWindow().toMillis() / 5);
            windowTick = ticker.every(tick, window::flushDue);
        }
        LOG.info(() -> "push fan-out: threads=" + settings.threads() + " merge-window=" + settings.mergeWindow()
                + " merge-batch=" + settings.mergeBatch());
    }

    @PreDestroy
    void stop() {
        if (windowTick != null) {
            windowTick.cancel(false);
        }
        laneThreads.shutdownNow();
    }

    /** Queues a push for this node's sockets and returns at once. */
    public void deliver(Push push) {
        if (push.target() instanceof Push.Eject eject) {
            eject(eject, new String(push.body(), StandardCharsets.UTF_8));
            return;
        }
        if (push.target() instanceof Push.Room room) {
            if (window != null) {
                window.add(room.roomId(), push);
            } else {
                queue(room.roomId(), List.of(push));
            }
        } else {
            queue(push.target().getClass(), List.of(push));
        }
    }

    private void queue(Object laneKey, List<Push> bundle) {
        if (!lanes.submit(laneKey, bundle)) {
            long count = dropped.addAndGet(bundle.size());
            if (count % DROP_LOG_EVERY < bundle.size()) {
                LOG.warning(() -> "push fan-out backlog full, dropped " + count + " pushes so far; latest "
                        + bundle.get(bundle.size() - 1));
            }
        }
    }

    private void dispatch(List<List<Push>> bundles) {
        List<Push> pushes = new ArrayList<>();
        bundles.forEach(pushes::addAll);
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
