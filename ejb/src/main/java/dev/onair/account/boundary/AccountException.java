package dev.onair.account.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A request about accounts that cannot be honoured; {@link Reason} tells the
 * edge which answer to give (409, 401, 422 ...). Not a system failure, so it
 * neither rolls back nor is wrapped by the container.
 */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    public enum Reason { USERNAME_TAKEN, BAD_CREDENTIALS, WEAK_PASSWORD, NOT_FOUND, PASSWORD_CHANGE_REQUIRED }

    private final Reason reason;

    public AccountException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
