package dev.onair.platform.health;

/**
 * One system OnAir depends on, probed for real (a round trip, not a pooled handle).
 * Implementations are CDI beans; {@link SystemHealth} finds every one of them.
 */
public interface DependencyCheck {

    /** Short, stable name shown on the dashboard and in {@code /api/health}, e.g. {@code database}. */
    String name();

    /** Probes the dependency once; may block, {@link SystemHealth} bounds the wait. */
    DependencyHealth check();
}
