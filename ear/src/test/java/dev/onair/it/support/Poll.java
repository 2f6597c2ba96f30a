package dev.onair.it.support;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waits for an eventual outcome (a stream to appear, a row to change) without fixed sleeps. */
public final class Poll {

    private Poll() {
    }

    public static <T> Optional<T> until(Duration timeout, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> result = probe.get();
            if (result.isPresent() || System.nanoTime() > deadline) {
                return result;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
