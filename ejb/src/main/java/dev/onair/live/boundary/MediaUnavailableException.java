package dev.onair.live.boundary;

import jakarta.ejb.ApplicationException;

/** The media server could not be reached; the edge answers 503. */
@ApplicationException
public class MediaUnavailableException extends RuntimeException {

    public MediaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
