package dev.onair.account.control;

import java.util.Optional;

/** What makes a password acceptable. Length over composition rules, as NIST SP 800-63B advises. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @return why the password is refused, or empty when it is acceptable */
    public static Optional<String> violation(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password must have at most " + MAX_LENGTH + " characters");
        }
        if (password.equalsIgnoreCase(username)) {
            return Optional.of("password must differ from the username");
        }
        return Optional.empty();
    }
}
