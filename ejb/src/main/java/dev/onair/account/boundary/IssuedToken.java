package dev.onair.account.boundary;

import java.time.Instant;

/** A freshly signed access token and when it stops being accepted. */
public record IssuedToken(String token, Instant expiresAt) {
}
