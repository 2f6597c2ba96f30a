package dev.onair.account.boundary;

import java.time.Instant;
import java.util.Set;

/** What a verified access token says about its bearer. */
public record AccessClaims(long userId, String username, Set<String> roles, Instant expiresAt) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
