package dev.onair.chat.message.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A message the server will not take, with an HTTP-like code the sender sees
 * in its op-5 answer: 400 invalid, 403 muted in the room, 429 too many
 * messages (rate or slow mode), 503 cannot be stored now (retry with the same
 * client id). An application exception, so the EJB
 * container hands it over as it is; no stack trace is captured.
 */
@ApplicationException
public class MessageRefused extends RuntimeException {

    public static final int INVALID = 400;
    public static final int FORBIDDEN = 403;
    public static final int RATE_LIMITED = 429;
    public static final int UNAVAILABLE = 503;

    private final int code;

    public MessageRefused(int code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }

    public static MessageRefused invalid(String reason) {
        return new MessageRefused(INVALID, reason);
    }

    public int code() {
        return code;
    }

    public String reason() {
        return getMessage();
    }
}
