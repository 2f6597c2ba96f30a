package dev.onair.media.api;

/**
 * The media server could not be reached, answered with an error, or the pool had no
 * connection. Unchecked on purpose: callers cannot do anything specific about it beyond
 * what their boundary's exception mapping already does, and a checked exception would
 * make {@link MediaConnection#close()} in try-with-resources and lambdas noisy. Not a
 * {@code jakarta.resource.ResourceException}, so that callers need no connector API.
 */
public class MediaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MediaException(String message) {
        super(message);
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
