package dev.onair.chat.media.boundary;

import jakarta.ejb.ApplicationException;

/**
 * An upload the server will not keep, with the HTTP status it is answered
 * with: 400 nothing (or nothing usable) was sent, 413 over a size, duration
 * or pixel limit, 415 the content is not what the client said it is. An
 * application exception: the container hands it over as it is, and rolls back.
 */
@ApplicationException(rollback = true)
public class MediaRefused extends RuntimeException {

    public static final int EMPTY = 400;
    public static final int TOO_LARGE = 413;
    public static final int UNSUPPORTED = 415;

    private final int status;

    public MediaRefused(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public static MediaRefused empty(String reason) {
        return new MediaRefused(EMPTY, reason);
    }

    public static MediaRefused tooLarge(String reason) {
        return new MediaRefused(TOO_LARGE, reason);
    }

    public static MediaRefused unsupported(String reason) {
        return new MediaRefused(UNSUPPORTED, reason);
    }

    public int status() {
        return status;
    }

    public String reason() {
        return getMessage();
    }
}
