package dev.onair.chat.boundary;

/** The push bus could not take a message (broker down or unreachable); the caller may retry. */
public class PushUnavailable extends RuntimeException {

    public PushUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
