package dev.onair.websocket.push;

import java.util.List;
import java.util.function.Consumer;

/**
 * A push to everyone at goim's {@code speed}: so many sockets per second, a
 * slice each second, so a broadcast to a full node does not make every client
 * reconnect or fetch at the same instant. goim divides the speed among its
 * comet servers; OnAir applies it per node, since a node does not know how
 * many others received the same push.
 */
final class PacedBroadcast<T> implements Runnable {

    private final List<T> targets;
    private final int perSecond;
    private final Consumer<Runnable> inOneSecond;
    private final Consumer<T> delivery;
    private int next;

    /**
     * @param inOneSecond runs a task a second from now (a scheduled executor in production)
     */
    PacedBroadcast(List<T> targets, int perSecond, Consumer<Runnable> inOneSecond,
                   Consumer<T> delivery) {
        this.targets = List.copyOf(targets);
        this.perSecond = perSecond;
        this.inOneSecond = inOneSecond;
        this.delivery = delivery;
    }

    /** Delivers one slice, and schedules the next a second later while sockets remain. */
    @Override
    public void run() {
        int end = Math.min(targets.size(), next + perSecond);
        for (int i = next; i < end; i++) {
            delivery.accept(targets.get(i));
        }
        next = end;
        if (next < targets.size()) {
            inOneSecond.accept(this);
        }
    }
}
