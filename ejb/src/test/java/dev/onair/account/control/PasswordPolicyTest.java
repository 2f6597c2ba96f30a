package dev.onair.account.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongEnoughPassword() {
        assertTrue(PasswordPolicy.violation("correct horse", "alice").isEmpty());
    }

    @Test
    void refusesShortLongMissingAndUsernamePasswords() {
        assertTrue(PasswordPolicy.violation("short", "alice").orElseThrow().contains("at least 8"));
        assertTrue(PasswordPolicy.violation("x".repeat(129), "alice").orElseThrow().contains("at most 128"));
        assertTrue(PasswordPolicy.violation(null, "alice").isPresent());
        assertTrue(PasswordPolicy.violation("Alice12345", "alice12345").orElseThrow().contains("username"));
    }
}
