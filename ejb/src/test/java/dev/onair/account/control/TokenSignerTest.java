package dev.onair.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.account.boundary.AccessClaims;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSignerTest {

    static final String SECRET = "0123456789abcdef0123456789abcdef-test";
    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    TokenSigner cut = new TokenSigner(SECRET, Duration.ofHours(1), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void signedTokenVerifiesWithItsClaims() {
        var token = cut.sign(42, "alice", Set.of("user", "admin"));

        AccessClaims claims = cut.verify(token.token()).orElseThrow();

        assertEquals(42, claims.userId());
        assertEquals("alice", claims.username());
        assertEquals(Set.of("user", "admin"), claims.roles());
        assertEquals(NOW.plus(Duration.ofHours(1)), claims.expiresAt());
        assertEquals(claims.expiresAt(), token.expiresAt());
    }

    @Test
    void expiredTokenIsRefused() {
        var token = cut.sign(42, "alice", Set.of("user"));
        var later = new TokenSigner(SECRET, Duration.ofHours(1),
                Clock.fixed(NOW.plus(Duration.ofHours(1)).plusSeconds(1), ZoneOffset.UTC));

        assertTrue(later.verify(token.token()).isEmpty());
    }

    @Test
    void tokenSignedWithAnotherSecretIsRefused() {
        var other = new TokenSigner("another-secret-another-secret-1234", Duration.ofHours(1),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertTrue(cut.verify(other.sign(42, "alice", Set.of("admin")).token()).isEmpty());
    }

    @Test
    void tamperedPayloadIsRefused() {
        String[] parts = cut.sign(42, "alice", Set.of("user")).token().split("\\.");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"1\",\"upn\":\"admin\",\"groups\":[\"admin\"],\"iss\":\"onair\",\"exp\":9999999999}"
                        .getBytes()) + "." + parts[2];

        assertTrue(cut.verify(forged).isEmpty());
    }

    @Test
    void unsignedAndGarbageTokensAreRefused() {
        assertTrue(cut.verify("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.").isEmpty());
        assertTrue(cut.verify("not a token").isEmpty());
        assertTrue(cut.verify("").isEmpty());
        assertTrue(cut.verify(null).isEmpty());
        assertTrue(cut.verify("x".repeat(5000)).isEmpty());
    }

    @Test
    void shortSecretIsRejectedAtStart() {
        assertThrows(IllegalArgumentException.class,
                () -> new TokenSigner("short", Duration.ofHours(1), Clock.systemUTC()));
    }
}
