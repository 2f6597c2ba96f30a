package dev.onair.chat.message.control;

/**
 * Time-ordered message ids in 53 bits, so that JavaScript (whose numbers are
 * exact only up to 2^53) reads them unchanged: 41 bits of milliseconds since
 * {@link #EPOCH} (69 years), 5 bits of node (32 nodes), 7 bits of sequence
 * (128 ids per millisecond per node). Ids from one generator strictly
 * increase: when the clock stands still past 128 ids, or goes backwards, the
 * generator carries on from its last millisecond rather than wait, so an id's
 * time can run ahead of the clock by a little under load and never repeats.
 */
public final class MessageIds {

    /** 2025-01-01T00:00:00Z. */
    public static final long EPOCH = 1_735_689_600_000L;
    static final int NODE_BITS = 5;
    static final int SEQUENCE_BITS = 7;
    public static final int MAX_NODE = (1 << NODE_BITS) - 1;
    private static final long MAX_SEQUENCE = (1 << SEQUENCE_BITS) - 1;
    private static final long MAX_MILLIS = (1L << 41) - 1;

    private final long node;
    private long lastMillis = -1;
    private long sequence;

    public MessageIds(int node) {
        if (node < 0 || node > MAX_NODE) {
            throw new IllegalArgumentException("node must be 0.." + MAX_NODE);
        }
        this.node = node;
    }

    /** The next id at the given wall-clock time (epoch milliseconds). */
    public synchronized long next(long epochMillis) {
        long millis = epochMillis - EPOCH;
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new IllegalStateException("clock outside the id range: " + epochMillis);
        }
        if (millis <= lastMillis) {
            millis = lastMillis;
            if (++sequence > MAX_SEQUENCE) {
                millis++;
                sequence = 0;
            }
        } else {
            sequence = 0;
        }
        lastMillis = millis;
        return (millis << (NODE_BITS + SEQUENCE_BITS)) | (node << SEQUENCE_BITS) | sequence;
    }

    /**
     * The smallest id any node can make at or after a moment: a cursor set to
     * it just before that moment excludes everything earlier (a group's new
     * member starts reading there).
     */
    public static long firstAt(long epochMillis) {
        return Math.max(0, epochMillis - EPOCH) << (NODE_BITS + SEQUENCE_BITS);
    }

    /** The epoch millisecond an id was made at. */
    public static long epochMillisOf(long id) {
        return (id >>> (NODE_BITS + SEQUENCE_BITS)) + EPOCH;
    }

    /** The node that made an id. */
    public static int nodeOf(long id) {
        return (int) ((id >>> SEQUENCE_BITS) & MAX_NODE);
    }
}
