package dev.onair.bench;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latencies in microseconds, recorded lock-free from many threads: exact
 * below 64 µs, then 32 buckets per power of two (about 3 % wide) up to
 * ~2^40 µs. A percentile is read as its bucket's upper bound, so it errs by
 * at most one bucket, upwards.
 */
final class LatencyHistogram {

    private static final int LINEAR = 64;
    private static final int PER_POWER = 32;
    private static final int POWERS = 35;
    private final AtomicLongArray counts = new AtomicLongArray(LINEAR + PER_POWER * POWERS);

    void recordMicros(long micros) {
        counts.incrementAndGet(Math.min(index(Math.max(0, micros)), counts.length() - 1));
    }

    static int index(long micros) {
        if (micros < LINEAR) {
            return (int) micros;
        }
        int power = 63 - Long.numberOfLeadingZeros(micros); // >= 6
        long mantissa = micros >>> (power - 5);              // 32..63
        return LINEAR + (power - 6) * PER_POWER + (int) (mantissa - PER_POWER);
    }

    /** The largest value a bucket holds. */
    static long upperBound(int index) {
        if (index < LINEAR) {
            return index;
        }
        int group = (index - LINEAR) / PER_POWER;
        long mantissa = (index - LINEAR) % PER_POWER + PER_POWER;
        int shift = group + 1;
        return ((mantissa + 1) << shift) - 1;
    }

    long count() {
        long total = 0;
        for (int i = 0; i < counts.length(); i++) {
            total += counts.get(i);
        }
        return total;
    }

    /** @param fraction 0.5 for the median, 0.99 for p99; 0 when nothing was recorded */
    long percentileMicros(double fraction) {
        long total = count();
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(fraction * total));
        long seen = 0;
        for (int i = 0; i < counts.length(); i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return upperBound(i);
            }
        }
        return upperBound(counts.length() - 1);
    }

    void reset() {
        for (int i = 0; i < counts.length(); i++) {
            counts.set(i, 0);
        }
    }
}
