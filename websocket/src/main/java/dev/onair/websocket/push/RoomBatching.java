package dev.onair.websocket.push;

import dev.onair.chat.boundary.Push;
import dev.onair.websocket.protocol.BinaryFrames;
import dev.onair.websocket.protocol.Frame;
import dev.onair.websocket.protocol.Outbound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the pushes that piled up for a room while its lane was busy into
 * op-9 batches, as goim's job does for rooms: under load a room's sockets get
 * one message for many pushes, which is what makes fan-out on Tyrus affordable
 * (PLATFORM-NOTES: 4-16x throughput). Nothing waits to be merged: a push that
 * finds its lane idle goes out alone at once, as a plain frame whose op is the
 * push's operation. Only rooms are merged; goim sends pushes to keys, users
 * and everyone one by one too, and those honour each socket's accepts, which
 * one shared batch could not.
 */
final class RoomBatching {

    /** goim's job merges up to its batch size (20 by default) per room signal. */
    static final int MAX_FRAMES = 20;
    /** Keeps one batch a moderate WebSocket message whatever the payloads. */
    static final int MAX_BATCH_BYTES = 16 * 1024;

    private RoomBatching() {
    }

    /** Dispatches for pushes in arrival order; a room's pushes keep their order inside and across batches. */
    static List<Dispatch> plan(List<Push> pushes) {
        return plan(pushes, MAX_FRAMES);
    }

    /** @param maxFrames pushes merged into one batch at most; 1 never merges */
    static List<Dispatch> plan(List<Push> pushes, int maxFrames) {
        List<Object> slots = new ArrayList<>(pushes.size());
        Map<String, RoomBatch> open = new LinkedHashMap<>();
        for (Push push : pushes) {
            Frame frame = Frame.push(push.operation(), push.body());
            if (push.target() instanceof Push.Room room) {
                RoomBatch batch = open.get(room.roomId());
                if (batch == null || !batch.fits(frame, maxFrames)) {
                    batch = new RoomBatch(room, push.operation());
                    open.put(room.roomId(), batch);
                    slots.add(batch);
                }
                batch.add(frame);
            } else {
                slots.add(new Dispatch(push.target(), push.operation(), Outbound.of(frame)));
            }
        }
        List<Dispatch> plan = new ArrayList<>(slots.size());
        for (Object slot : slots) {
            plan.add(slot instanceof RoomBatch batch ? batch.dispatch() : (Dispatch) slot);
        }
        return plan;
    }

    private static final class RoomBatch {

        private final Push.Room room;
        private final int operation;
        private final List<Frame> frames = new ArrayList<>();
        private int bytes;

        RoomBatch(Push.Room room, int operation) {
            this.room = room;
            this.operation = operation;
        }

        boolean fits(Frame frame, int maxFrames) {
            return frames.size() < maxFrames
                    && bytes + BinaryFrames.HEADER_LENGTH + frame.body().length <= MAX_BATCH_BYTES;
        }

        void add(Frame frame) {
            frames.add(frame);
            bytes += BinaryFrames.HEADER_LENGTH + frame.body().length;
        }

        Dispatch dispatch() {
            Outbound outbound = frames.size() == 1 ? Outbound.of(frames.get(0)) : Outbound.batch(frames);
            return new Dispatch(room, operation, outbound);
        }
    }
}
