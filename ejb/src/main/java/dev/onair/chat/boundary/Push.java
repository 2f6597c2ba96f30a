package dev.onair.chat.boundary;

import java.util.Arrays;
import java.util.List;

/**
 * One goim push: who receives it ({@link Target}), the goim operation the
 * client sees as the frame's op, and the payload bytes, passed through
 * untouched (OnAir does not interpret what back ends push).
 *
 * @param target    connection keys, user ids, one room, or everyone
 * @param operation the frame op clients receive; ops &ge; 1000 are business ops
 * @param body      the payload; shared, never modified after construction
 */
public record Push(Target target, int operation, byte[] body) {

    public Push {
        if (target == null) {
            throw new IllegalArgumentException("a push needs a target");
        }
        body = body == null ? new byte[0] : body;
    }

    /**
     * Where a push goes; mirrors goim's four push endpoints, plus {@link Eject},
     * a control message that closes sockets instead of sending them a frame.
     */
    public sealed interface Target permits Keys, Mids, Room, All, Eject {
    }

    /** Specific connections, by connection key. */
    public record Keys(List<String> keys) implements Target {
        public Keys {
            if (keys == null || keys.isEmpty()) {
                throw new IllegalArgumentException("keys must not be empty");
            }
            keys = List.copyOf(keys);
            for (String key : keys) {
                if (!ConnectionKeys.isValid(key)) {
                    throw new IllegalArgumentException("invalid connection key");
                }
            }
        }
    }

    /** Every connection of the given users. */
    public record Mids(List<Long> mids) implements Target {
        public Mids {
            if (mids == null || mids.isEmpty()) {
                throw new IllegalArgumentException("mids must not be empty");
            }
            mids = List.copyOf(mids);
        }
    }

    /** Every connection in one room ({@code type://id}). */
    public record Room(String roomId) implements Target {
        public Room {
            if (!RoomIds.isValid(roomId)) {
                throw new IllegalArgumentException("room must be type://id");
            }
        }
    }

    /**
     * Every connection. {@code speed} paces the broadcast at that many
     * connections per second on each node (goim's throttle); 0 = as fast as possible.
     */
    public record All(int speed) implements Target {
        public All {
            if (speed < 0) {
                throw new IllegalArgumentException("speed must not be negative");
            }
        }
    }

    /**
     * Control, not a frame: every node closes the sockets of user {@code mid}
     * in room {@code roomId} with 1008 and the push body (UTF-8) as the reason
     * (a room kick or ban). The operation is unused (0).
     */
    public record Eject(String roomId, long mid) implements Target {
        public Eject {
            if (!RoomIds.isValid(roomId)) {
                throw new IllegalArgumentException("room must be type://id");
            }
        }
    }

    // a record compares arrays by identity; a push is a value, so compare the bytes

    @Override
    public boolean equals(Object other) {
        return other instanceof Push p && p.operation == operation && p.target.equals(target)
                && Arrays.equals(p.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * target.hashCode() + operation) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "Push[target=" + target + ", operation=" + operation + ", body=" + body.length + " bytes]";
    }
}
