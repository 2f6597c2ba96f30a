package dev.onair.platform.health;

import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * The outcome of one {@link DependencyCheck}.
 *
 * @param name   the check's name
 * @param up     whether the dependency answered correctly
 * @param detail one short line for a human: what answered, or why it is down (never a stack trace)
 * @param millis how long the probe took, or waited before it was given up
 */
public record DependencyHealth(String name, boolean up, String detail, long millis) implements Serializable {

    private static final int MAX_DETAIL = 200;

    public static DependencyHealth up(String name, String detail, long millis) {
        return new DependencyHealth(name, true, detail, millis);
    }

    public static DependencyHealth down(String name, String detail, long millis) {
        return new DependencyHealth(name, false, detail, millis);
    }

    public static DependencyHealth down(String name, Throwable failure, long millis) {
        return down(name, describe(failure), millis);
    }

    /**
     * Runs a probe and times it: the dependency is up when the probe returns (its answer is
     * the detail) and down when it throws.
     */
    public static DependencyHealth probe(String name, Callable<String> probe) {
        long start = System.nanoTime();
        try {
            String detail = probe.call();
            return up(name, detail, elapsedMillis(start));
        } catch (Exception e) {
            return down(name, e, elapsedMillis(start));
        }
    }

    static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The exception type and the first line of its message: enough to act on, nothing internal. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getSimpleName();
        if (message != null && !message.isBlank()) {
            text += ": " + message.strip().lines().findFirst().orElse("");
        }
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
    }
}
