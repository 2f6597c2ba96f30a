package dev.onair.account.boundary;

import java.time.Instant;
import java.util.Set;

/** An account as other components may see it: never the password hash or the stream key. */
public record AccountView(long id, String username, String displayName, Set<String> roles,
                          boolean mustChangePassword, Instant createdAt) {
}
