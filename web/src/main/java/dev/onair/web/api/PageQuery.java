package dev.onair.web.api;

import dev.onair.web.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Optional;

/**
 * The cursor query of a history page, as every history endpoint takes it:
 * {@code before} (a message id, exclusive; absent = from the newest) and
 * {@code limit} (1 to the endpoint's maximum). Taken as strings so that a bad
 * value is answered with a problem saying which bounds hold, not a bare 404
 * from the JAX-RS conversion.
 */
public record PageQuery(long before, int limit) {

    /** @return the query, or empty when a value is not a whole number within its bounds */
    public static Optional<PageQuery> parse(String before, String limit, int maxLimit) {
        long cursor = before == null ? Long.MAX_VALUE : number(before, 1, Long.MAX_VALUE);
        long size = number(limit, 1, maxLimit);
        return cursor < 0 || size < 0 ? Optional.empty() : Optional.of(new PageQuery(cursor, (int) size));
    }

    /** The 400 problem for a query {@link #parse} refused. */
    public static Response invalid(int maxLimit) {
        return Problem.of("invalid-parameter", "Invalid parameter", Status.BAD_REQUEST,
                "before must be a message id (a positive whole number), limit a whole number from 1 to "
                        + maxLimit).toResponse();
    }

    /** The number if it is one within bounds, otherwise -1. */
    private static long number(String value, long min, long max) {
        try {
            long parsed = Long.parseLong(value);
            return parsed >= min && parsed <= max ? parsed : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
