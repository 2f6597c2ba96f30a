package dev.onair.account.boundary;

import dev.onair.account.control.TokenSigner;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues and verifies the signed, expiring access tokens every API and socket checks. */
@ApplicationScoped
public class AccessTokens {

    @Inject
    @ConfigProperty(name = "onair.token.secret")
    String secret;

    @Inject
    @ConfigProperty(name = "onair.token.ttl", defaultValue = "PT1H")
    Duration ttl;

    @Inject
    Clock clock;

    private TokenSigner signer;

    @PostConstruct
    void init() {
        signer = new TokenSigner(secret, ttl, clock);
    }

    public IssuedToken issue(long userId, String username, Set<String> roles) {
        TokenSigner.SignedToken signed = signer.sign(userId, username, roles);
        return new IssuedToken(signed.token(), signed.expiresAt());
    }

    public Optional<AccessClaims> verify(String token) {
        return signer.verify(token);
    }
}
